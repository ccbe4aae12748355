import re
import sys

from django.http import JsonResponse
from flask import Flask, jsonify, request
from pymongo import MongoClient

from shop.models import Product

app = Flask(__name__)
db = MongoClient().shop
SLUG = re.compile(r"^[a-z0-9-]+$")


@app.route("/filter")
def filter_names():
    # expect: regex-injection
    pattern = re.compile(request.args["pattern"])
    return jsonify(names=[name for name in ("alice", "bob") if pattern.search(name)])


@app.route("/filter-escaped")
def filter_names_escaped():
    # ok: regex-injection
    pattern = re.compile(re.escape(request.args["pattern"]), re.IGNORECASE)
    return jsonify(names=[name for name in ("alice", "bob") if pattern.search(name)])


@app.route("/validate", methods=["POST"])
def validate():
    body = request.get_json()
    # expect: regex-injection
    ok = re.fullmatch(body["rule"], body["value"]) is not None
    return jsonify(ok=ok)


@app.route("/slug", methods=["POST"])
def check_slug():
    body = request.get_json()
    # ok: regex-injection
    ok = re.fullmatch(r"[a-z0-9-]+", body["value"]) is not None
    return jsonify(ok=ok)


@app.route("/highlight")
def highlight():
    term = request.args.get("term", "")
    text = request.args.get("text", "")
    # expect: regex-injection
    marked = re.sub("(" + term + ")", r"<mark>\1</mark>", text)
    return jsonify(text=marked)


@app.route("/highlight-escaped")
def highlight_escaped():
    term = re.escape(request.args.get("term", ""))
    text = request.args.get("text", "")
    # ok: regex-injection
    marked = re.sub(f"({term})", r"<mark>\1</mark>", text)
    return jsonify(text=marked)


def product_search(request):
    # expect: regex-injection
    found = Product.objects.filter(name__iregex=request.GET["q"])
    return JsonResponse({"ids": [product.id for product in found]})


def product_search_contains(request):
    # ok: regex-injection
    found = Product.objects.filter(name__icontains=request.GET["q"])
    return JsonResponse({"ids": [product.id for product in found]})


@app.route("/users")
def users():
    # expect: regex-injection
    return jsonify(users=list(db.users.find({"name": {"$regex": request.args["name"]}})))


@app.route("/users-prefix")
def users_prefix():
    prefix = re.escape(request.args["name"])
    # ok: regex-injection
    return jsonify(users=list(db.users.find({"name": {"$regex": "^" + prefix}})))


def matches(pattern, lines):
    # ok: regex-injection
    return [line for line in lines if re.search(pattern, line)]


if __name__ == "__main__":
    # ok: regex-injection
    print(matches(re.compile(sys.argv[1]), sys.stdin))
