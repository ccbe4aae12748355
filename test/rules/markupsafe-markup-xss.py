import flask
from markupsafe import Markup, escape
from markupsafe import Markup as M


def greet(name):
    # expect: markupsafe-markup-xss
    a = Markup(f"<b>{name}</b>")
    # expect: markupsafe-markup-xss
    b = flask.Markup("unsafe {}".format(name))
    # expect: markupsafe-markup-xss
    c = M(name)
    # ok: markupsafe-markup-xss
    d = Markup("<b>{}</b>").format(name)
    # ok: markupsafe-markup-xss
    e = Markup(escape(name))
    # ok: markupsafe-markup-xss
    f = Markup(f"<b>{escape(name)}</b>")
    return a, b, c, d, e, f


class Html(Markup):
    pass


def wrap(name):
    # expect: markupsafe-markup-xss
    return Html(name)


def early(name):
    # expect: markupsafe-markup-xss
    return LaterHtml(name)


class LaterHtml(Html):
    pass


def escaped_badge(label):
    return '<span class="badge">%s</span>' % escape(label)


def raw_badge(label):
    return '<span class="badge">%s</span>' % label


def badges(label):
    # A helper of this module that escapes what it is given: the trace shows the markup escaped.
    # ok: markupsafe-markup-xss
    a = Markup(escaped_badge(label))
    # expect: markupsafe-markup-xss
    b = Markup(raw_badge(label))
    return a, b
