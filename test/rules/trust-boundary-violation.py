"""Session and cookie writes in Flask and Django views."""
from django.http import HttpResponse
from flask import Flask, make_response, request, session

app = Flask(__name__)
ALLOWED_LANGUAGES = {"en", "fr", "de"}


@app.route("/login", methods=["POST"])
def login():
    user = authenticate(request.form["username"], request.form["password"])
    # ok: trust-boundary-violation
    session["user_id"] = user.id
    # expect: trust-boundary-violation
    session["role"] = request.form["role"]
    return "ok"


@app.route("/page")
def page():
    # ok: trust-boundary-violation
    session["page"] = int(request.args.get("page", 1))
    return "ok"


@app.route("/basket", methods=["POST"])
def basket():
    total = request.json["total"]
    # expect: trust-boundary-violation
    session["basket_total"] = total
    # ok: trust-boundary-violation
    session["basket_total"] = compute_total(session["items"])
    return "ok"


def set_user(request):
    # expect: trust-boundary-violation
    request.session["user_id"] = request.POST.get("user_id")
    return HttpResponse("ok")


def set_language(request):
    language = request.GET.get("lang", "en")
    if language not in ALLOWED_LANGUAGES:
        language = "en"
    # ok: trust-boundary-violation
    request.session["lang"] = language
    return HttpResponse("ok")


def login_django(request, user):
    # ok: trust-boundary-violation
    request.session["user_id"] = user.pk
    return HttpResponse("ok")


@app.route("/track")
def track():
    response = make_response("ok")
    # expect: trust-boundary-violation
    response.set_cookie("ref", request.args.get("ref", ""), secure=True, httponly=True, samesite="Lax")
    # ok: trust-boundary-violation
    response.set_cookie("ref", "campaign-42", secure=True, httponly=True, samesite="Lax")
    return response


def impersonate(request):
    # expect: trust-boundary-violation
    request.session["is_admin"] = request.COOKIES.get("admin")
    # ok: trust-boundary-violation
    request.session["is_admin"] = request.user.is_staff
    return HttpResponse("ok")


def login_helper(request, user, backend=None):
    # ok: trust-boundary-violation
    request.session["backend"] = backend


@app.route("/login-checked", methods=["POST"])
def login_checked():
    if valid_login(request.form["username"], request.form["password"]):
        # ok: trust-boundary-violation
        session["username"] = request.form["username"]
    else:
        # expect: trust-boundary-violation
        session["failed_user"] = request.form["username"]
    return "ok"


def set_language_checked(request):
    lang_code = request.POST.get("language")
    response = HttpResponse(status=204)
    if lang_code and check_for_language(lang_code):
        # ok: trust-boundary-violation
        request.session["lang"] = lang_code
        # ok: trust-boundary-violation
        response.set_cookie("lang", lang_code, secure=True, httponly=True, samesite="Lax")
    return response


import flask
from flask import session as user_session


@app.route("/theme")
def theme():
    # expect: trust-boundary-violation
    flask.session["theme"] = request.args["theme"]
    # expect: trust-boundary-violation
    user_session["theme"] = request.args["theme"]
    # ok: trust-boundary-violation
    user_session["theme"] = "dark"
    return "ok"
