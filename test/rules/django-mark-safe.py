from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.utils.safestring import SafeString as Safe
from django.utils import safestring

ICON = '<i class="icon"></i>'


def greet(name, url):
    # expect: django-mark-safe
    a = mark_safe("<b>%s</b>" % name)
    # expect: django-mark-safe
    b = Safe(name)
    # expect: django-mark-safe
    c = safestring.mark_safe(
        f"<a href='{url}'>{escape(name)}</a>"
    )
    # ok: django-mark-safe
    d = mark_safe(f"<b>{escape(name)}</b>")
    # ok: django-mark-safe
    e = mark_safe(ICON)
    # ok: django-mark-safe
    f = mark_safe(format_html("<b>{}</b>", name))
    return a, b, c, d, e, f


def preview(request):
    # Escaped before it is built into the markup: the trace shows it.
    comment = escape(request.POST.get("comment", ""))
    # ok: django-mark-safe
    return mark_safe(f"<div class='comment'>{comment}</div>")


def preview_raw(request):
    comment = request.POST.get("comment", "")
    # expect: django-mark-safe
    return mark_safe(f"<div class='comment'>{comment}</div>")
