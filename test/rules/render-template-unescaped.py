from flask import Flask, make_response, render_template, request
from flask_mail import Message
from markupsafe import escape

app = Flask(__name__)


@app.route("/hello")
def hello():
    # expect: render-template-unescaped
    return render_template("hello.j2", name=request.args.get("name", "world"))


@app.route("/hello-html")
def hello_html():
    # ok: render-template-unescaped
    return render_template("hello.html", name=request.args.get("name", "world"))


@app.route("/search")
def search():
    query = request.args.get("q", "")
    # expect: render-template-unescaped
    page = render_template("search.jinja2", query=query, results=[])
    return page


@app.route("/search-escaped")
def search_escaped():
    query = escape(request.args.get("q", ""))
    # ok: render-template-unescaped
    page = render_template("search.jinja2", query=query, results=[])
    return page


@app.route("/notes", methods=["POST"])
def notes():
    # expect: render-template-unescaped
    return make_response(render_template("note.txt", body=request.form["body"]), 201)


@app.route("/robots.txt")
def robots():
    # ok: render-template-unescaped
    return render_template("robots.txt", host=request.host_url_root)


@app.route("/profile/<username>")
def profile(username):
    # expect: render-template-unescaped
    return render_template("profile", username=username)


@app.route("/profile-svg/<username>")
def profile_svg(username):
    # ok: render-template-unescaped
    return render_template("avatar.svg", username=username)


@app.route("/invite", methods=["POST"])
def invite():
    # ok: render-template-unescaped
    text = render_template("invite.txt", inviter=request.form["name"])
    Message("You are invited", recipients=[request.form["email"]], body=text).send()
    return "sent"


@app.route("/feed")
def feed():
    # expect: render-template-unescaped
    return render_template("feed.j2", **request.args)
