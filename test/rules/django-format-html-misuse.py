from django.utils.html import conditional_escape, format_html, format_html_join

LINK = '<a href="{}">{}</a>'


def badge(user, url):
    # expect: django-format-html-misuse
    a = format_html(f"<b>{user.name}</b>")
    # expect: django-format-html-misuse
    b = format_html("<b>%s</b>" % user.name)
    # expect: django-format-html-misuse
    c = format_html("<b>{}</b>".format(user.name))
    # expect: django-format-html-misuse
    d = format_html("<a href='" + url + "'>link</a>")
    html = "<i>{}</i>".format(user.title)
    # expect: django-format-html-misuse
    e = format_html(html)
    # expect: django-format-html-misuse
    f = format_html_join("\n", f"<li>{user.name}: {{}}</li>", ((tag,) for tag in user.tags))
    # ok: django-format-html-misuse
    g = format_html("<b>{}</b>", user.name)
    # ok: django-format-html-misuse
    h = format_html(LINK, url, user.name)
    # ok: django-format-html-misuse
    i = format_html("<b>%s</b>" % conditional_escape(user.name))
    # ok: django-format-html-misuse
    j = format_html_join("\n", "<li>{}</li>", ((tag,) for tag in user.tags))
    # ok: django-format-html-misuse
    k = format_html(f"<b class='{'badge'}'>{{}}</b>", user.name)
    return a, b, c, d, e, f, g, h, i, j, k


def greeting(request):
    name = request.GET.get("name", "")
    # expect: django-format-html-misuse
    return format_html("<p>Hello {}</p>".format(name))


def greeting_escaped(request):
    # ok: django-format-html-misuse
    return format_html("<p>Hello {}</p>", request.GET.get("name", ""))
