import html
import json
from django.http import HttpResponse, HttpResponseBadRequest
from django.utils.safestring import mark_safe
from flask import Flask, Markup, Response, make_response, request as flask_request
from pyramid.response import Response as PyramidResponse
from pyramid.view import view_config

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


@app.route("/search")
def search():
    term = flask_request.args.get("q", "")
    page = "<h1>Results</h1>"
    page += "<p>You searched for " + term + "</p>"
    # expect: xss-response-from-request
    return Response(page)


@app.route("/search-escaped")
def search_escaped():
    term = html.escape(flask_request.args.get("q", ""))
    page = "<h1>Results</h1>"
    page += "<p>You searched for " + term + "</p>"
    # ok: xss-response-from-request
    return Response(page)


@app.route("/export")
def export():
    # ok: xss-response-from-request
    return Response(flask_request.args.get("q", ""), mimetype="text/csv")


@view_config(route_name="greet")
def pyramid_greet(request):
    name = request.matchdict["name"]
    # expect: xss-response-from-request
    return PyramidResponse("<h1>Hello %s</h1>" % name)


@view_config(route_name="greet-text")
def pyramid_greet_text(request):
    # ok: xss-response-from-request
    return PyramidResponse(text="Hello " + request.params["name"], content_type="text/plain")


@view_config(route_name="greet-body")
def pyramid_greet_body(request):
    # expect: xss-response-from-request
    return PyramidResponse(text="<p>Hello {}</p>".format(request.params["name"]))


def lambda_handler(event, context):
    name = event["queryStringParameters"]["name"]
    # expect: xss-response-from-request
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": f"<h1>Hello {name}</h1>"}


def lambda_handler_escaped(event, context):
    name = html.escape(event["queryStringParameters"]["name"])
    # ok: xss-response-from-request
    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": f"<h1>Hello {name}</h1>"}


def lambda_json(event, context):
    name = event["queryStringParameters"]["name"]
    # ok: xss-response-from-request
    return {"statusCode": 200, "headers": {"Content-Type": "application/json"}, "body": json.dumps({"hello": name})}


@app.route("/echo")
def echo():
    # expect: xss-response-from-request
    return flask_request.args.get("message", "")


@app.route("/echo-escaped")
def echo_escaped():
    # ok: xss-response-from-request
    return html.escape(flask_request.args.get("message", ""))


@app.route("/echo-count")
def echo_count():
    # ok: xss-response-from-request
    return str(len(flask_request.args.getlist("item")))
