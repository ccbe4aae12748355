"""Login, preferences and tracking views in Flask, Django, Starlette and Pyramid."""
from django.conf import settings
from django.http import HttpResponse
from flask import Flask, make_response, request
from starlette.responses import JSONResponse

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    token = issue_session(request.form["user"], request.form["password"])
    response = make_response("welcome")
    # expect: insecure-cookie-flags
    response.set_cookie("session_id", token)
    return response


@app.route("/login-secure", methods=["POST"])
def login_secure():
    token = issue_session(request.form["user"], request.form["password"])
    response = make_response("welcome")
    # ok: insecure-cookie-flags
    response.set_cookie("session_id", token, secure=True, httponly=True, samesite="Lax")
    return response


def remember_me(request, user):
    response = HttpResponse("ok")
    # expect: insecure-cookie-flags
    response.set_cookie("remember_token", user.remember_token, max_age=30 * 86400, secure=False, httponly=True, samesite="Lax")
    return response


def remember_me_securely(request, user):
    response = HttpResponse("ok")
    # ok: insecure-cookie-flags
    response.set_cookie("remember_token", user.remember_token, max_age=30 * 86400, secure=True, httponly=True, samesite="Lax")
    return response


def save_theme(request):
    response = HttpResponse("saved")
    # ok: insecure-cookie-flags
    response.set_cookie("theme", "dark", max_age=3600)
    return response


def save_cart(request, cart_id):
    response = HttpResponse("saved")
    # expect: insecure-cookie-flags
    response.set_cookie("cart", cart_id, max_age=3600)
    return response


def save_theme_from_settings(request):
    response = HttpResponse("saved")
    # ok: insecure-cookie-flags
    response.set_cookie("theme", "dark", max_age=3600, secure=settings.SESSION_COOKIE_SECURE, httponly=True, samesite="Lax")
    return response


async def starlette_login(request):
    response = JSONResponse({"ok": True})
    # expect: insecure-cookie-flags
    response.set_cookie(key="access_token", value=await make_jwt(request), httponly=True)
    return response


async def starlette_login_secure(request):
    response = JSONResponse({"ok": True})
    # ok: insecure-cookie-flags
    response.set_cookie(key="access_token", value=await make_jwt(request), httponly=True, secure=True, samesite="strict")
    return response


def pyramid_view(request):
    response = request.response
    # expect: insecure-cookie-flags
    response.set_cookie("auth_tkt", request.authenticated_userid, secure=True)
    return response


def csrf_cookie(response, token):
    # ok: insecure-cookie-flags
    response.set_cookie("csrftoken", token, secure=True, samesite="Strict")
    # expect: insecure-cookie-flags
    response.set_cookie("XSRF-TOKEN", token, samesite="Strict")


def forward_options(response, value, cookie_options):
    # ok: insecure-cookie-flags
    response.set_cookie("sid", value, **cookie_options)


def store_in_jar(jar, cookie):
    # ok: insecure-cookie-flags
    jar.set_cookie(cookie)


def cross_site_widget(response, widget_id):
    # expect: insecure-cookie-flags
    response.set_cookie("widget", widget_id, secure=True, httponly=True, samesite="None")
    # ok: insecure-cookie-flags
    response.set_cookie("widget", widget_id, secure=True, httponly=True, samesite="Lax")


def logout(response):
    # ok: insecure-cookie-flags
    response.set_cookie("session_id", max_age=0, path="/")
    # ok: insecure-cookie-flags
    response.set_cookie("session_id", "", max_age=0)
    # ok: insecure-cookie-flags
    response.set_cookie("session_id", "", expires=0)
    # expect: insecure-cookie-flags
    response.set_cookie("session_id", "signed-out", expires=3600)
