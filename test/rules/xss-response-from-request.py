import html
from django.http import HttpResponse, HttpResponseBadRequest
from django.utils.safestring import mark_safe
from flask import Flask, Markup, make_response, request as flask_request

app = Flask(__name__)


def greet(request):
    name = request.GET.get("name", "")
    page = "<h1>Hello " + name + "</h1>"
    # expect: xss-response-from-request
    return HttpResponse(page)


def bad_request(request):
    # expect: xss-response-from-request
    return HttpResponseBadRequest(f"unknown item {request.POST['item']}")


def banner(request):
    # expect: xss-response-from-request
    return mark_safe("<div>%s</div>" % request.COOKIES["banner"])


def escaped(request):
    name = html.escape(request.GET["name"])
    # ok: xss-response-from-request
    return HttpResponse("<h1>Hello " + name + "</h1>")


def plain_text(request):
    # ok: xss-response-from-request
    return HttpResponse(request.GET["name"], content_type="text/plain")


def constant(request):
    # ok: xss-response-from-request
    return HttpResponse("<h1>Hello</h1>")


def from_parameter(title):
    # ok: xss-response-from-request
    return HttpResponse("<h1>" + title + "</h1>")


@app.route("/hello")
def hello():
    # expect: xss-response-from-request
    return "<p>Hello " + flask_request.args["name"] + "</p>"


@app.route("/card")
def card():
    who = flask_request.args.get("who", "")
    # expect: xss-response-from-request
    return make_response(Markup(f"<b>{who}</b>"))


@app.route("/safe")
def safe():
    # ok: xss-response-from-request
    return {"name": flask_request.args.get("name")}
