import jinja2
from jinja2 import Environment, select_autoescape
from jinja2 import Environment as Env


def make(flag):
    # expect: jinja2-autoescape-false
    a = jinja2.Environment(loader=jinja2.FileSystemLoader("templates"))
    # expect: jinja2-autoescape-false
    b = Environment(autoescape=False)
    # expect: jinja2-autoescape-false
    c = Env(
        loader=None,
        autoescape=flag,
    )
    # ok: jinja2-autoescape-false
    d = Environment(autoescape=select_autoescape(["html", "xml"]))
    # ok: jinja2-autoescape-false
    e = jinja2.Environment(autoescape=True)
    # expect: jinja2-autoescape-false
    f = jinja2.sandbox.SandboxedEnvironment(autoescape=False)
    return a, b, c, d, e, f
