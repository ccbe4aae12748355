from django.shortcuts import render
from django.template import loader
from django.template.loader import render_to_string
from flask import Flask, render_template
from jinja2 import Environment, PackageLoader, select_autoescape

app = Flask(__name__)
env = Environment(loader=PackageLoader("shop"), autoescape=select_autoescape())


def profile(request):
    user = request.user
    api_token = request.session.get("api_token")
    # expect: template-context-locals
    return render(request, "profile.html", locals())


def profile_explicit(request):
    user = request.user
    # ok: template-context-locals
    return render(request, "profile.html", {"user": user})


def invoice_email(order):
    total = sum(line.price for line in order.lines)
    # expect: template-context-locals
    return render_to_string("invoice.txt", context=locals())


def invoice_email_explicit(order):
    total = sum(line.price for line in order.lines)
    # ok: template-context-locals
    return render_to_string("invoice.txt", context={"order": order, "total": total})


@app.route("/dashboard")
def dashboard():
    stats = {"users": 10}
    # expect: template-context-locals
    return render_template("dashboard.html", **locals())


@app.route("/dashboard-explicit")
def dashboard_explicit():
    stats = {"users": 10}
    # ok: template-context-locals
    return render_template("dashboard.html", stats=stats)


def newsletter(issue):
    template = env.get_template("newsletter.html")
    # expect: template-context-locals
    return template.render(globals())


def newsletter_explicit(issue):
    template = env.get_template("newsletter.html")
    # ok: template-context-locals
    return template.render(issue=issue)


def legacy(request):
    template = loader.get_template("legacy.html")
    # expect: template-context-locals
    return template.render(vars(), request)


def legacy_object(request, page):
    template = loader.get_template("legacy.html")
    # ok: template-context-locals
    return template.render(vars(page), request)


def log_line(user, action):
    # ok: template-context-locals
    return "{user} did {action}".format(**locals())
