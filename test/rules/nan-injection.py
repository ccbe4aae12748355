import math
import numpy as np

from django.http import HttpResponseBadRequest, JsonResponse
from fastapi import FastAPI
from flask import Flask, abort, jsonify, request

from shop.models import Product

app = Flask(__name__)
api = FastAPI()
MAX_DISCOUNT = 0.5


@app.route("/withdraw", methods=["POST"])
def withdraw():
    # expect: nan-injection
    amount = float(request.form["amount"])
    if amount > 1000:
        abort(400)
    return jsonify(withdrawn=amount)


@app.route("/withdraw-checked", methods=["POST"])
def withdraw_checked():
    # ok: nan-injection
    amount = float(request.form["amount"])
    if not math.isfinite(amount) or amount > 1000:
        abort(400)
    return jsonify(withdrawn=amount)


@app.route("/discount")
def discount():
    # expect: nan-injection
    if float(request.args.get("rate", "0")) >= MAX_DISCOUNT:
        abort(403)
    return jsonify(ok=True)


@app.route("/discount-int")
def discount_int():
    # ok: nan-injection
    if int(request.args.get("percent", "0")) >= 50:
        abort(403)
    return jsonify(ok=True)


def price_filter(request):
    # expect: nan-injection
    ceiling = np.float64(request.GET["max_price"])
    products = [product for product in Product.objects.all() if product.price <= ceiling]
    return JsonResponse({"ids": [product.id for product in products]})


def price_filter_checked(request):
    # ok: nan-injection
    ceiling = np.float64(request.GET["max_price"])
    if np.isnan(ceiling) or np.isinf(ceiling):
        return HttpResponseBadRequest("bad price")
    products = [product for product in Product.objects.all() if product.price <= ceiling]
    return JsonResponse({"ids": [product.id for product in products]})


def set_rating(request):
    # expect: nan-injection
    rating = float(request.POST["rating"])
    if rating < 0 or rating > 5:
        return HttpResponseBadRequest("rating out of range")
    return JsonResponse({"rating": rating})


def set_rating_self_check(request):
    # ok: nan-injection
    rating = float(request.POST["rating"])
    if rating != rating or rating < 0 or rating > 5:
        return HttpResponseBadRequest("rating out of range")
    return JsonResponse({"rating": rating})


def thumbnail_scale(request):
    # ok: nan-injection
    scale = float(request.GET.get("scale", "1.0"))
    return JsonResponse({"scale": scale})


def parse_threshold(text):
    # ok: nan-injection
    threshold = float(text)
    return threshold > 0.5


@app.route("/temperature")
def temperature():
    # expect: nan-injection
    celsius = float(request.args["celsius"])
    return jsonify(freezing=celsius <= 0)


@api.get("/quote")
# expect: nan-injection
def quote(amount: float, currency: str = "EUR"):
    if amount > 10_000:
        return {"error": "too large"}
    return {"amount": amount, "currency": currency}


@api.get("/quote-checked")
# ok: nan-injection
def quote_checked(amount: float):
    if not math.isfinite(amount) or amount > 10_000:
        return {"error": "bad amount"}
    return {"amount": amount}


@api.get("/quote-cents")
# ok: nan-injection
def quote_cents(cents: int):
    if cents > 1_000_000:
        return {"error": "too large"}
    return {"cents": cents}
