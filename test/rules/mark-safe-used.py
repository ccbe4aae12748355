from django.utils.safestring import mark_safe
from django.utils import safestring
from django.utils.html import escape, format_html


def greet(name):
    # expect: mark-safe-used
    return mark_safe("<b>%s</b>" % name)


def greet_again(name):
    # expect: mark-safe-used
    return safestring.mark_safe(name)


def icon():
    # expect: mark-safe-used
    return mark_safe("<i class='icon'></i>")


def safe(name):
    # ok: mark-safe-used
    return format_html("<b>{}</b>", name)


def preview(request):
    # Escaped before it is built into the markup: the trace shows it.
    comment = escape(request.POST.get("comment", ""))
    # ok: mark-safe-used
    return mark_safe(f"<div class='comment'>{comment}</div>")


def preview_raw(request):
    comment = request.POST.get("comment", "")
    # expect: mark-safe-used
    return mark_safe(f"<div class='comment'>{comment}</div>")
