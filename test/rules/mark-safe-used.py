from django.utils.safestring import mark_safe
from django.utils import safestring
from django.utils.html import format_html


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
