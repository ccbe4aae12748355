import os
from pathlib import Path

from flask import request, send_file, send_from_directory
from werkzeug.utils import secure_filename

UPLOADS = "/srv/uploads"


def download():
    name = request.args["file"]
    # expect: path-traversal-request
    return send_file(os.path.join(UPLOADS, name))


def report(request):
    # expect: path-traversal-request
    with open("/srv/reports/" + request.GET["report"]) as fh:
        return fh.read()


def remove(request):
    target = os.path.join(UPLOADS, request.POST["name"])
    # expect: path-traversal-request
    os.remove(target)


def preview(request):
    # expect: path-traversal-request
    return Path(UPLOADS, request.GET["p"]).read_text()


def safe_download():
    name = secure_filename(request.args["file"])
    # ok: path-traversal-request
    return send_file(os.path.join(UPLOADS, name))


def basename_only(request):
    # ok: path-traversal-request
    with open(os.path.join(UPLOADS, os.path.basename(request.GET["f"]))) as fh:
        return fh.read()


def joined_safely():
    # ok: path-traversal-request
    return send_from_directory(UPLOADS, request.args["file"])


def config_file(path):
    # ok: path-traversal-request
    with open(path) as fh:
        return fh.read()
