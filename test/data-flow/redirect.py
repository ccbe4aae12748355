# Open redirect (Django redirect/HttpResponseRedirect, Flask redirect, Starlette/FastAPI RedirectResponse):
# vulnerable cases and safe look-alikes.
import subprocess
import sys

from django.http import HttpResponseRedirect
from django.shortcuts import redirect as django_redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from fastapi import FastAPI
from fastapi.responses import RedirectResponse
from flask import Flask, redirect, request, url_for

app = Flask(__name__)
api = FastAPI()

SAFE_TARGETS = {"home": "/", "profile": "/profile"}
ALLOWED = ("/", "/dashboard", "/settings")


@app.route("/login")
def login():
    target = request.args.get("next")
    # expect: open-redirect high/high blocking
    return redirect(target)


@app.route("/out")
def out():
    # expect: open-redirect high/high blocking
    return redirect(request.args["url"])


@app.route("/logout", methods=["POST"])
def logout():
    destination = request.form.get("return_to", "/")
    # expect: open-redirect high/high blocking
    return redirect(destination, code=303)


@app.route("/ref")
def ref():
    # expect: open-redirect high/high blocking
    return redirect(request.referrer or request.headers.get("Referer"))


@app.route("/cookie")
def cookie():
    last = request.cookies.get("last_page")
    # expect: open-redirect high/high blocking
    return redirect(last)


@app.route("/scheme")
def scheme():
    host = request.args.get("host")
    # expect: open-redirect high/high blocking
    return redirect("https://" + host + "/welcome")


def django_next(request):
    # expect: open-redirect high/high blocking
    return django_redirect(request.GET.get("next", "/"))


def django_response(request):
    url = request.POST["redirect_to"]
    # expect: open-redirect high/high blocking
    return HttpResponseRedirect(url)


def django_format(request):
    site = request.GET["site"]
    # expect: open-redirect high/high blocking
    return HttpResponseRedirect("%s/landing" % site)


def django_fstring(request):
    domain = request.GET.get("domain")
    # expect: open-redirect high/high blocking
    return django_redirect(f"//{domain}/path")


@api.get("/go")
def fastapi_go(url: str):
    # expect: open-redirect high/high blocking
    return RedirectResponse(url)


@api.get("/jump")
def fastapi_jump(target: str):
    # expect: open-redirect high/high blocking
    return RedirectResponse(url=target, status_code=302)


@app.route("/json", methods=["POST"])
def json_target():
    body = request.get_json()
    # expect: open-redirect high/high blocking
    return redirect(body["next"])


def django_header(request):
    origin = request.headers.get("Origin")
    # expect: open-redirect high/high blocking
    return HttpResponseRedirect(origin)


@app.route("/values")
def values():
    # expect: open-redirect high/high blocking
    return redirect(request.values.get("continue"))


# --- safe look-alikes ---------------------------------------------------------------------------------------------


@app.route("/login-safe")
def login_safe():
    # ok: open-redirect
    return redirect(url_for("index"))


@app.route("/item")
def item():
    # ok: open-redirect
    return redirect("/items/" + request.args["id"])


@app.route("/query")
def query():
    # ok: open-redirect
    return redirect("/search?q=" + request.args.get("q", ""))


@app.route("/named")
def named():
    key = request.args.get("to", "home")
    # ok: open-redirect
    return redirect(SAFE_TARGETS[key])


@app.route("/allowed")
def allowed():
    target = request.args.get("next", "/")
    if target not in ALLOWED:
        target = "/"
    # ok: open-redirect
    return redirect(target)


@app.route("/host")
def host():
    # ok: open-redirect
    return redirect("https://example.com/" + request.args.get("page", ""))


def django_checked(request):
    url = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}):
        url = "/"
    # ok: open-redirect
    return django_redirect(url)


def django_reverse(request):
    # ok: open-redirect
    return HttpResponseRedirect(reverse("profile", args=[request.GET["user"]]))


def django_constant(request):
    # ok: open-redirect
    return django_redirect("/dashboard/")


def django_path(request):
    slug = request.GET["slug"]
    # ok: open-redirect
    return HttpResponseRedirect(f"/articles/{slug}/")


@api.get("/go-safe")
def fastapi_safe(page: int):
    # ok: open-redirect
    return RedirectResponse(f"/pages/{page}")


@api.get("/home")
def fastapi_home():
    # ok: open-redirect
    return RedirectResponse("/")


def helper(target):
    # ok: open-redirect
    return redirect(target)


def cli_open():
    # ok: open-redirect
    return redirect(sys.argv[1])


@app.route("/overwritten")
def overwritten():
    target = request.args.get("next")
    target = "/"
    # ok: open-redirect
    return redirect(target)


from urllib.parse import urlparse as parse_next


@app.route("/finish-login")
def finish_login():
    nxt = request.args.get("next", "/")
    parts = parse_next(nxt)
    if parts.netloc or parts.scheme:
        nxt = "/"
    # Past the reset, the URL has no host: a path on this site, as with `parts.netloc == ""`.
    # ok: open-redirect
    return redirect(nxt)


@app.route("/finish-signup")
def finish_signup():
    nxt = request.args.get("next", "/")
    if parse_next(nxt).scheme:
        nxt = "/"
    # No scheme is not no host: `//evil.example` passes.
    # expect: open-redirect high/high blocking
    return redirect(nxt)


@app.route("/finish-sso")
def finish_sso():
    nxt = request.args.get("next", "/")
    if not parse_next(nxt).hostname:
        # A hostless URL is safe to redirect to, not to run: the check says nothing about a shell.
        # expect: subprocess-shell-true high/high blocking
        subprocess.run("audit-log " + nxt, shell=True)
        # ok: open-redirect
        return redirect(nxt)
    return redirect("/")
