# Path traversal (open, send_file, FileResponse, os.remove, pathlib methods): vulnerable cases and safe look-alikes.
import os
import shutil
import sys
from pathlib import Path

from django.http import FileResponse as DjangoFileResponse, HttpResponse
from fastapi import FastAPI
from fastapi.responses import FileResponse
from flask import Flask, request, send_file, send_from_directory
from werkzeug.utils import secure_filename

app = Flask(__name__)
api = FastAPI()

UPLOADS = "/srv/uploads"
REPORTS = {"daily": "/srv/reports/daily.csv", "weekly": "/srv/reports/weekly.csv"}


@app.route("/download")
def download():
    name = request.args["file"]
    # expect: path-traversal-request high/high blocking
    return send_file(os.path.join(UPLOADS, name))


@app.route("/read")
def read():
    # expect: path-traversal-request high/high blocking
    with open("/srv/data/" + request.args.get("name")) as handle:
        return handle.read()


@app.route("/delete", methods=["POST"])
def delete():
    target = request.form["path"]
    # expect: path-traversal-request high/high blocking
    os.remove(os.path.join(UPLOADS, target))
    return "deleted"


@app.route("/save", methods=["POST"])
def save():
    upload = request.files["doc"]
    # expect: path-traversal-request high/high blocking
    with open(os.path.join(UPLOADS, upload.filename), "wb") as out:
        out.write(upload.read())
    return "saved"


@app.route("/text")
def text():
    # expect: path-traversal-request high/high blocking
    return Path(UPLOADS, request.args["name"]).read_text()


@app.route("/cookie")
def cookie_file():
    theme = request.cookies.get("theme")
    # expect: path-traversal-request high/high blocking
    return send_file(f"/srv/themes/{theme}.css")


@app.route("/purge", methods=["POST"])
def purge():
    folder = request.get_json()["folder"]
    # expect: path-traversal-request high/high blocking
    shutil.rmtree(os.path.join("/srv/cache", folder))
    return "ok"


def django_show(request):
    # expect: path-traversal-request high/high blocking
    with open("/srv/reports/" + request.GET["report"]) as handle:
        return HttpResponse(handle.read())


def django_write(request):
    name = request.POST.get("name")
    path = os.path.join("/srv/notes", name)
    # expect: path-traversal-request high/high blocking
    with open(path, "w") as handle:
        handle.write(request.POST.get("body", ""))
    return HttpResponse("ok")


def django_unlink(request):
    # expect: path-traversal-request high/high blocking
    os.unlink("/tmp/exports/%s" % request.GET["export"])
    return HttpResponse("ok")


@api.get("/files")
def fastapi_file(name: str):
    # expect: path-traversal-request high/high blocking
    return FileResponse(os.path.join(UPLOADS, name))


@api.get("/logs/{log_name}")
def fastapi_log(log_name: str):
    # expect: path-traversal-request high/high blocking
    with open(f"/var/log/app/{log_name}") as handle:
        return handle.read()


@app.route("/bytes")
def read_bytes():
    # expect: path-traversal-request high/high blocking
    return Path("/srv/blobs/" + request.args["blob"]).read_bytes()


@app.route("/dir")
def directory():
    # expect: path-traversal-request high/high blocking
    return send_from_directory(request.args["dir"], "index.html")


@app.route("/header")
def header_file():
    name = request.headers.get("X-File")
    # expect: path-traversal-request high/high blocking
    return open(os.path.join(UPLOADS, name)).read()


# --- safe look-alikes ---------------------------------------------------------------------------------------------


@app.route("/download-safe")
def download_safe():
    name = secure_filename(request.args["file"])
    # ok: path-traversal-request
    return send_file(os.path.join(UPLOADS, name))


@app.route("/base")
def base():
    name = os.path.basename(request.args.get("name"))
    # ok: path-traversal-request
    return open(os.path.join(UPLOADS, name)).read()


@app.route("/from-dir")
def from_dir():
    # ok: path-traversal-request
    return send_from_directory(UPLOADS, request.args["file"])


@app.route("/report")
def report():
    # ok: path-traversal-request
    return send_file(REPORTS[request.args.get("kind", "daily")])


@app.route("/allowed")
def allowed():
    name = request.args.get("name")
    if name not in ("terms.txt", "privacy.txt"):
        return "no", 404
    # ok: path-traversal-request
    return open(os.path.join("/srv/legal", name)).read()


@app.route("/numbered")
def numbered():
    number = int(request.args.get("n", "1"))
    # ok: path-traversal-request
    return open(f"/srv/pages/{number}.html").read()


@app.route("/save-safe", methods=["POST"])
def save_safe():
    upload = request.files["doc"]
    # ok: path-traversal-request
    with open(os.path.join(UPLOADS, secure_filename(upload.filename)), "wb") as out:
        out.write(upload.read())
    return "saved"


def django_static(request):
    # ok: path-traversal-request
    with open("/srv/static/robots.txt") as handle:
        return HttpResponse(handle.read())


def django_safe_name(request):
    name = os.path.basename(request.GET["report"])
    # ok: path-traversal-request
    return DjangoFileResponse(open(os.path.join("/srv/reports", name), "rb"))


@api.get("/files-safe")
def fastapi_safe(number: int):
    # ok: path-traversal-request
    return FileResponse(f"/srv/files/{number}.pdf")


@api.get("/avatar")
def fastapi_avatar(name: str):
    # ok: path-traversal-request
    return FileResponse(os.path.join(UPLOADS, secure_filename(name)))


def cli():
    # ok: path-traversal-request
    with open(sys.argv[1]) as handle:
        print(handle.read())


def read_config(path):
    # ok: path-traversal-request
    with open(path) as handle:
        return handle.read()


@app.route("/overwritten")
def overwritten():
    name = request.args.get("name")
    name = "default.txt"
    # ok: path-traversal-request
    return open(os.path.join(UPLOADS, name)).read()


@app.route("/digits")
def digits():
    ident = request.args.get("id", "0")
    if not ident.isdigit():
        return "bad", 400
    # ok: path-traversal-request
    return open(os.path.join(UPLOADS, ident + ".json")).read()


EXPORTS = Path("/srv/exports")


@app.route("/export-raw")
def export_raw():
    target = EXPORTS / request.args["name"]
    # A path built with `/` from a pathlib base: the receiver is the path.
    # expect: path-traversal-request high/high blocking
    body = target.read_bytes()
    # expect: path-traversal-request high/high blocking
    (EXPORTS.resolve() / "archive" / request.args["name"]).unlink()
    # ok: path-traversal-request
    return body + (EXPORTS / secure_filename(request.args["name"])).read_bytes()


class Archive:
    def open(self):
        return b""


@app.route("/archive-size")
def archive_size():
    share = int(request.args["n"]) / 3
    archive = Archive()
    # Not a path: a number divided, an object of the module's own class.
    # ok: path-traversal-request
    return str(share) + str(archive.open())
