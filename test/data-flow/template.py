# Server-side template injection (Flask render_template_string, Jinja2 Template/from_string, Django Template, Mako):
# vulnerable cases and safe look-alikes.
import sys

import jinja2
from django.http import HttpResponse
from django.template import Context, Template as DjangoTemplate
from fastapi import FastAPI
from flask import Flask, render_template, render_template_string, request
from jinja2.sandbox import SandboxedEnvironment
from mako.template import Template as MakoTemplate

app = Flask(__name__)
api = FastAPI()
env = jinja2.Environment()
sandbox = SandboxedEnvironment()

GREETINGS = {"en": "Hello {{ name }}", "fr": "Bonjour {{ name }}"}


@app.route("/hello")
def hello():
    name = request.args.get("name")
    # expect: template-injection high/high blocking
    return render_template_string("<h1>Hello " + name + "</h1>")


@app.route("/page", methods=["POST"])
def page():
    # expect: template-injection high/high blocking
    return render_template_string(request.form["template"])


@app.route("/email", methods=["POST"])
def email():
    body = request.get_json()["body"]
    # expect: template-injection high/high blocking
    return jinja2.Template(body).render()


@app.route("/fstring")
def fstring():
    title = request.args["title"]
    # expect: template-injection high/high blocking
    return render_template_string(f"<title>{title}</title>{{{{ content }}}}", content="x")


@app.route("/env")
def from_env():
    source = request.cookies.get("layout")
    # expect: template-injection high/high blocking
    return env.from_string(source).render()


@app.route("/mako")
def mako():
    text = request.args.get("text")
    # expect: template-injection high/high blocking
    return MakoTemplate("<p>" + text + "</p>").render()


def django_render(request):
    source = request.POST["layout"]
    # expect: template-injection high/high blocking
    template = DjangoTemplate(source)
    return HttpResponse(template.render(Context({})))


def django_concat(request):
    header = request.GET.get("header", "")
    # expect: template-injection high/high blocking
    template = DjangoTemplate("<h1>" + header + "</h1>{{ body }}")
    return HttpResponse(template.render(Context({"body": "x"})))


def django_format(request):
    # expect: template-injection high/high blocking
    template = DjangoTemplate("<p>%s</p>" % request.GET["message"])
    return HttpResponse(template.render(Context({})))


@api.get("/greet")
def fastapi_greet(name: str):
    # expect: template-injection high/high blocking
    return jinja2.Template("Hello " + name).render()


@api.post("/render")
def fastapi_render(template: str):
    # expect: template-injection high/high blocking
    return env.from_string(template).render()


@app.route("/header")
def header():
    # expect: template-injection high/high blocking
    return render_template_string(request.headers.get("X-Template", ""))


def cli():
    # expect: template-injection high/high blocking
    print(jinja2.Template(sys.argv[1]).render())


def render_text(text):
    # expect: template-injection medium/medium
    return jinja2.Template(text).render()


def render_snippet(snippet, context):
    # expect: template-injection medium/medium
    return render_template_string(snippet, **context)


# --- safe look-alikes ---------------------------------------------------------------------------------------------


@app.route("/hello-safe")
def hello_safe():
    # ok: template-injection
    return render_template_string("<h1>Hello {{ name }}</h1>", name=request.args.get("name"))


@app.route("/file")
def file_template():
    # ok: template-injection
    return render_template("page.html", title=request.args.get("title"))


@app.route("/greeting")
def greeting():
    lang = request.args.get("lang", "en")
    # ok: template-injection
    return render_template_string(GREETINGS[lang], name=request.args.get("name"))


@app.route("/constant")
def constant():
    # ok: template-injection
    return jinja2.Template("<p>{{ body }}</p>").render(body=request.args.get("body"))


@app.route("/sandbox")
def sandboxed():
    # ok: template-injection
    return sandbox.from_string(request.args.get("t", "")).render()


@app.route("/allowed")
def allowed():
    layout = request.args.get("layout")
    if layout not in ("{{ a }}", "{{ b }}"):
        return "no", 400
    # ok: template-injection
    return render_template_string(layout)


@app.route("/count")
def count():
    n = int(request.args.get("n", "1"))
    # ok: template-injection
    return render_template_string("{{ x }}" * n, x="y")


def django_context(request):
    # ok: template-injection
    template = DjangoTemplate("<p>{{ message }}</p>")
    return HttpResponse(template.render(Context({"message": request.GET["message"]})))


def django_overwritten(request):
    source = request.GET["layout"]
    source = "<p>{{ body }}</p>"
    # ok: template-injection
    return HttpResponse(DjangoTemplate(source).render(Context({})))


@api.get("/greet-safe")
def fastapi_safe(name: str):
    # ok: template-injection
    return jinja2.Template("Hello {{ name }}").render(name=name)


@api.get("/mako-safe")
def fastapi_mako(text: str):
    # ok: template-injection
    return MakoTemplate("<p>${text}</p>").render(text=text)


def from_file(path):
    with open(path) as handle:
        # ok: template-injection
        return jinja2.Template(handle.read()).render()


def cli_safe():
    # ok: template-injection
    print(jinja2.Template("{{ arg }}").render(arg=sys.argv[1]))


@app.route("/mako-constant")
def mako_constant():
    # ok: template-injection
    return MakoTemplate("<p>${body}</p>").render(body=request.args.get("body"))


@app.route("/env-constant")
def env_constant():
    # ok: template-injection
    return env.from_string("{{ x }}").render(x=request.args.get("x"))
