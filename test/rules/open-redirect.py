from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from flask import redirect as flask_redirect, request as flask_request, url_for


def login_done(request):
    # expect: open-redirect
    return redirect(request.GET.get("next", "/"))


def logout(request):
    target = request.POST["next"]
    # expect: open-redirect
    return HttpResponseRedirect(target)


def flask_done():
    # expect: open-redirect
    return flask_redirect(flask_request.args["next"])


def checked(request):
    url = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}):
        url = "/"
    # ok: open-redirect
    return redirect(url)


ALLOWED = {"/home", "/profile"}


def allow_listed(request):
    target = request.GET["next"]
    if target in ALLOWED:
        # ok: open-redirect
        return redirect(target)
    return redirect("/")


def same_site(request):
    # ok: open-redirect
    return redirect("/items/" + request.GET["id"])


def named():
    # ok: open-redirect
    return flask_redirect(url_for("index", page=flask_request.args.get("page")))


def from_parameter(url):
    # ok: open-redirect
    return redirect(url)
