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
