import jinja2
from flask import render_template_string, request
from jinja2.sandbox import SandboxedEnvironment

ENV = jinja2.Environment(autoescape=True)


def hello():
    name = request.args.get("name", "")
    # expect: template-injection
    return render_template_string("<h1>Hello " + name + "</h1>")


def custom(request):
    # expect: template-injection
    return ENV.from_string(request.POST["template"]).render()


def render_text(text):
    # expect: template-injection
    return jinja2.Template(text).render()


def hello_context():
    # ok: template-injection
    return render_template_string("<h1>Hello {{ name }}</h1>", name=request.args.get("name"))


def sandboxed(request):
    # ok: template-injection
    return SandboxedEnvironment().from_string(request.POST["template"]).render()


def from_file(path):
    with open(path) as fh:
        # ok: template-injection
        return jinja2.Template(fh.read()).render()
