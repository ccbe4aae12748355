from urllib.parse import quote

from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect
from flask import Flask, Response, make_response, request

app = Flask(__name__)
LANGUAGES = {"en", "fr", "de"}


def export_csv(request):
    response = HttpResponse(b"id,name\n", content_type="text/csv")
    filename = request.GET.get("name", "export")
    # expect: header-injection
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def export_csv_quoted(request):
    response = HttpResponse(b"id,name\n", content_type="text/csv")
    filename = quote(request.GET.get("name", "export"))
    # ok: header-injection
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def back(request):
    response = HttpResponseRedirect("/")
    # expect: header-injection
    response["Location"] = request.GET["next"]
    return response


def back_home(request):
    response = redirect("home")
    # ok: header-injection
    response["Location"] = "/dashboard/"
    return response


@app.route("/lang")
def set_language():
    resp = make_response("ok")
    # expect: header-injection
    resp.headers["Content-Language"] = request.args.get("lang", "en")
    return resp


@app.route("/lang-checked")
def set_language_checked():
    resp = make_response("ok")
    lang = request.args.get("lang", "en")
    if lang not in LANGUAGES:
        lang = "en"
    # ok: header-injection
    resp.headers["Content-Language"] = lang
    return resp


@app.route("/trace")
def trace():
    response = Response("traced")
    # ok: header-injection
    response.headers.add("X-Trace", request.headers.get("X-Trace-Id", ""))
    return response


@app.route("/page/<page>")
def page(page):
    response = Response("page")
    # ok: header-injection
    response.headers.add("X-Page", str(int(page)))
    return response


@app.route("/cache")
def cache():
    ttl = request.args.get("ttl", "60")
    # expect: header-injection
    return Response("cached", headers={"Cache-Control": "max-age=" + ttl})


@app.route("/cache-int")
def cache_int():
    ttl = int(request.args.get("ttl", "60"))
    # ok: header-injection
    return Response("cached", headers={"Cache-Control": "max-age=%d" % ttl})


@app.route("/echo")
def echo():
    # expect: header-injection
    return make_response("echo", 200, {"X-Echo": request.args["value"]})


@app.route("/static-headers")
def static_headers():
    # ok: header-injection
    return make_response("static", 200, {"X-Frame-Options": "DENY"})


@app.route("/copy")
def copy_headers():
    # ok: header-injection
    request.environ["HTTP_X_FORWARDED_FOR"] = request.args.get("ip", "")
    return "copied"


@app.route("/trace-param")
def trace_param():
    response = Response("traced")
    # expect: header-injection
    response.headers.set("X-Trace", request.args.get("trace", ""))
    return response


def api_result(request):
    response_data = {"status": "ok"}
    # ok: header-injection
    response_data["query"] = request.GET.get("q", "")
    return JsonResponse(response_data)
