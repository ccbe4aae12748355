import json
import sys

from bson import ObjectId
from django.http import JsonResponse
from flask import Flask, jsonify, request
from mongoengine import Document, StringField
from pymongo import MongoClient

app = Flask(__name__)
db = MongoClient("mongodb://localhost:27017").shop


class Customer(Document):
    email = StringField()


@app.route("/login", methods=["POST"])
def login():
    body = request.get_json()
    # expect: nosql-injection
    user = db.users.find_one({"username": body["username"], "password": body["password"]})
    return jsonify(ok=user is not None)


@app.route("/login-cast", methods=["POST"])
def login_cast():
    body = request.get_json()
    # ok: nosql-injection
    user = db.users.find_one({"username": str(body["username"]), "password": str(body["password"])})
    return jsonify(ok=user is not None)


@app.route("/orders/search", methods=["POST"])
def search_orders():
    # expect: nosql-injection
    orders = list(db.orders.find(request.json))
    return jsonify(orders=orders)


@app.route("/orders/<order_id>")
def show_order(order_id):
    # ok: nosql-injection
    order = db.orders.find_one({"_id": ObjectId(order_id)})
    return jsonify(order=order)


@app.route("/products")
def products():
    name = request.args.get("name", "")
    # expect: nosql-injection
    found = db.products.find({"$where": "this.name.indexOf('" + name + "') >= 0"})
    return jsonify(products=list(found))


@app.route("/products/expensive")
def expensive_products():
    # ok: nosql-injection
    found = db.products.find({"$where": "this.price > this.list_price"})
    return jsonify(products=list(found))


@app.route("/report", methods=["POST"])
def report():
    stages = json.loads(request.data)
    # expect: nosql-injection
    rows = db.orders.aggregate(stages)
    return jsonify(rows=list(rows))


@app.route("/report/by-status")
def report_by_status():
    pipeline = [{"$match": {"status": "shipped"}}, {"$group": {"_id": "$country", "total": {"$sum": "$amount"}}}]
    # ok: nosql-injection
    rows = db.orders.aggregate(pipeline)
    return jsonify(rows=list(rows))


def customers(request):
    query = json.loads(request.body)
    # expect: nosql-injection
    matches = Customer.objects(__raw__=query)
    return JsonResponse({"emails": [customer.email for customer in matches]})


def customers_by_email(request):
    # ok: nosql-injection
    matches = Customer.objects(email=request.GET["email"])
    return JsonResponse({"emails": [customer.email for customer in matches]})


@app.route("/stock/<int:count>")
def low_stock(count):
    # ok: nosql-injection
    return jsonify(items=list(db.products.find({"stock": {"$lt": count}})))


@app.route("/label")
def label():
    text = request.args["text"]
    # ok: nosql-injection
    return jsonify(position=text.find("sale"))


def purge(collection, owner):
    # ok: nosql-injection
    collection.delete_many({"owner": owner})


def matching(collection, expression):
    # expect: nosql-injection
    return collection.find({"$where": expression})


if __name__ == "__main__":
    # expect: nosql-injection
    print(db.users.count_documents(json.loads(sys.argv[1])))


@app.route("/books")
def books():
    query = {"author": request.args["author"], "year": {"$gte": 1900}}
    # ok: nosql-injection
    return jsonify(books=list(db.books.find(query)))


@app.route("/books/filter")
def books_filter():
    # expect: nosql-injection
    return jsonify(books=list(db.books.find(json.loads(request.args["filter"]))))


def saved_report(collection):
    with open("reports/overdue.json") as handle:
        query = json.loads(handle.read())
    # ok: nosql-injection
    return list(collection.find(query))
