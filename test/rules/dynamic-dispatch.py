import importlib

from django.http import HttpResponseBadRequest, JsonResponse
from flask import Flask, abort, jsonify, request

from app import reports

app = Flask(__name__)
REPORT_KINDS = {"daily", "weekly", "monthly"}


def export_csv():
    return "id,name\n"


def export_json():
    return "[]"


EXPORTERS = {"csv": export_csv, "json": export_json}


@app.route("/export")
def export():
    # expect: dynamic-dispatch
    exporter = globals()[request.args["format"]]
    return exporter()


@app.route("/export-table")
def export_table():
    # ok: dynamic-dispatch
    exporter = EXPORTERS[request.args["format"]]
    return exporter()


def report(request):
    kind = request.GET.get("kind", "daily")
    # expect: dynamic-dispatch
    build = getattr(reports, kind)
    return JsonResponse(build())


def report_checked(request):
    kind = request.GET.get("kind", "daily")
    if kind not in REPORT_KINDS:
        return HttpResponseBadRequest("unknown report")
    # ok: dynamic-dispatch
    build = getattr(reports, kind)
    return JsonResponse(build())


@app.route("/plugin/<name>")
def plugin(name):
    # expect: dynamic-dispatch
    module = importlib.import_module(name)
    return jsonify(version=module.VERSION)


@app.route("/plugin-builtin")
def plugin_builtin():
    # ok: dynamic-dispatch
    module = importlib.import_module("app.plugins.builtin")
    return jsonify(version=module.VERSION)


class ActionView:
    def post(self, request):
        action = request.POST["action"]
        # expect: dynamic-dispatch
        handler = getattr(self, "handle_" + action, None)
        if handler is None:
            return HttpResponseBadRequest("unknown action")
        return handler(request)

    def get(self, request):
        # ok: dynamic-dispatch
        handler = getattr(self, "handle_" + request.method.lower())
        return handler(request)


@app.route("/settings")
def setting():
    # expect: dynamic-dispatch
    value = vars(app.config).get(request.args["key"])
    return jsonify(value=str(value))


def serialize(obj, fields):
    # ok: dynamic-dispatch
    return {field: getattr(obj, field) for field in fields}


@app.route("/count")
def count():
    # ok: dynamic-dispatch
    return jsonify(total=len(globals()))


@app.route("/field")
def field():
    name = request.args["name"]
    if not name.isidentifier() or name.startswith("_"):
        abort(400)
    # ok: dynamic-dispatch
    return jsonify(value=getattr(reports.SUMMARY, name))
