# SQL injection (DB-API execute, Django raw/extra/RawSQL, SQLAlchemy text): vulnerable cases and safe look-alikes.
import sqlite3
import sys

from django.db import connection
from django.db.models.expressions import RawSQL
from django.http import JsonResponse
from fastapi import FastAPI
from flask import Flask, request
from sqlalchemy import text

from .models import Order, User

app = Flask(__name__)
api = FastAPI()
db = sqlite3.connect("app.db")

SORT_COLUMNS = {"name": "name", "date": "created_at"}


@app.route("/users")
def users():
    name = request.args.get("name")
    cursor = db.cursor()
    # expect: sql-injection high/high blocking
    cursor.execute("SELECT * FROM users WHERE name = '%s'" % name)
    return str(cursor.fetchall())


@app.route("/orders")
def orders():
    status = request.args["status"]
    query = f"SELECT id, total FROM orders WHERE status = '{status}'"
    # expect: sql-injection high/high blocking
    rows = db.execute(query).fetchall()
    return str(rows)


@app.route("/delete", methods=["POST"])
def delete():
    ident = request.form["id"]
    # expect: sql-injection high/high blocking
    db.execute("DELETE FROM sessions WHERE id = " + ident)
    return "ok"


@app.route("/report")
def report():
    column = request.args.get("column")
    # expect: sql-injection high/high blocking
    rows = db.execute("SELECT {} FROM sales WHERE region = ?".format(column), ("eu",)).fetchall()
    return str(rows)


@app.route("/search")
def search():
    term = request.cookies.get("last_search")
    # expect: sql-injection high/high blocking
    statement = text("SELECT * FROM products WHERE title LIKE '%" + term + "%'")
    return str(engine.execute(statement))


def django_raw(request):
    email = request.GET["email"]
    # expect: sql-injection high/high blocking
    people = User.objects.raw("SELECT * FROM auth_user WHERE email = '%s'" % email)
    return JsonResponse([p.id for p in people], safe=False)


def django_extra(request):
    region = request.GET.get("region")
    # expect: django-extra high/high blocking
    qs = Order.objects.extra(where=["region = '%s'" % region])
    return JsonResponse(list(qs.values()), safe=False)


def django_rawsql(request):
    field = request.POST["field"]
    # expect: django-rawsql high/high blocking
    qs = Order.objects.annotate(value=RawSQL("SELECT " + field + " FROM stats", ()))
    return JsonResponse(list(qs.values()), safe=False)


def django_cursor(request):
    ident = request.GET["id"]
    with connection.cursor() as cursor:
        # expect: sql-injection high/high blocking
        cursor.execute(f"UPDATE orders SET seen = 1 WHERE id = {ident}")
    return JsonResponse({})


@api.get("/items")
def fastapi_items(category: str):
    # expect: sql-injection high/high blocking
    return db.execute("SELECT * FROM items WHERE category = '" + category + "'").fetchall()


def cli_lookup():
    # expect: sql-injection high/high blocking
    print(db.execute("SELECT * FROM users WHERE login = '%s'" % sys.argv[1]).fetchall())


def find_user(cursor, name):
    # expect: sql-injection medium/medium
    cursor.execute("SELECT * FROM users WHERE name = '%s'" % name)


def purge(cursor, table):
    # expect: sql-injection medium/medium
    cursor.execute("DELETE FROM %s WHERE expired = 1" % table)


def recent(qs, days):
    # expect: django-extra medium/medium
    return qs.extra(where=["created > now() - interval '%s days'" % days])


class Repository:
    def count(self, cursor):
        # expect: sql-injection medium/low
        cursor.execute("SELECT COUNT(*) FROM %s" % self.table_name)


# --- safe look-alikes ---------------------------------------------------------------------------------------------


@app.route("/users-safe")
def users_safe():
    name = request.args.get("name")
    # ok: sql-injection
    return str(db.execute("SELECT * FROM users WHERE name = ?", (name,)).fetchall())


@app.route("/orders-safe")
def orders_safe():
    status = request.args["status"]
    # ok: sql-injection
    return str(db.execute("SELECT id FROM orders WHERE status = :status", {"status": status}).fetchall())


@app.route("/sorted")
def sorted_orders():
    column = SORT_COLUMNS.get(request.args.get("sort"), "name")
    # ok: sql-injection
    return str(db.execute("SELECT * FROM orders ORDER BY " + column).fetchall())


@app.route("/page")
def page():
    offset = int(request.args.get("offset", "0"))
    # ok: sql-injection
    return str(db.execute("SELECT * FROM orders LIMIT 20 OFFSET %d" % offset).fetchall())


@app.route("/allowed")
def allowed_column():
    column = request.args.get("column")
    if column not in ("name", "email"):
        return "bad column", 400
    # ok: sql-injection
    return str(db.execute(f"SELECT {column} FROM users").fetchall())


@app.route("/text-bound")
def text_bound():
    term = request.args.get("q")
    # ok: sql-injection
    return str(engine.execute(text("SELECT * FROM products WHERE title = :t"), {"t": term}))


def django_raw_params(request):
    email = request.GET["email"]
    # ok: sql-injection
    people = User.objects.raw("SELECT * FROM auth_user WHERE email = %s", [email])
    return JsonResponse([p.id for p in people], safe=False)


def django_extra_params(request):
    region = request.GET.get("region")
    # ok: django-extra audit
    qs = Order.objects.extra(where=["region = %s"], params=[region])
    return JsonResponse(list(qs.values()), safe=False)


def django_rawsql_params(request):
    pk = request.GET["pk"]
    # ok: django-rawsql audit
    qs = Order.objects.annotate(rank=RawSQL("SELECT rank FROM stats WHERE id = %s", (pk,)))
    return JsonResponse(list(qs.values()), safe=False)


def django_orm(request):
    # ok: sql-injection
    qs = User.objects.filter(email=request.GET["email"])
    return JsonResponse(list(qs.values()), safe=False)


@api.get("/items-safe")
def fastapi_items_safe(category: str):
    # ok: sql-injection
    return db.execute("SELECT * FROM items WHERE category = ?", (category,)).fetchall()


@api.get("/items-page")
def fastapi_page(page: int):
    # ok: sql-injection
    return db.execute(f"SELECT * FROM items LIMIT 10 OFFSET {page * 10}").fetchall()


def cli_safe():
    # ok: sql-injection
    print(db.execute("SELECT * FROM users WHERE login = ?", (sys.argv[1],)).fetchall())


def find_ids(cursor, ids):
    marks = ",".join(["%s"] * len(ids))
    # ok: sql-injection
    cursor.execute(f"SELECT * FROM users WHERE id IN ({marks})", ids)


def message(variants):
    # ok: sql-injection
    print(f"Please select from {variants}")


# --- class-based handlers, class constants and constructors ---------------------------------------------------------
import tornado.web
from django.views.generic import DetailView


class PostsHandler(tornado.web.RequestHandler):
    def get(self):
        author = self.get_argument("author")
        cur = db.cursor()
        # expect: sql-injection high/high blocking
        cur.execute(f"SELECT * FROM posts WHERE author = '{author}'")

    def post(self):
        page = int(self.get_argument("page", "1"))
        cur = db.cursor()
        # ok: sql-injection audit
        cur.execute(f"SELECT * FROM posts LIMIT 25 OFFSET {page * 25}")


class OrderByRef(DetailView):
    def get_object(self, queryset=None):
        # expect: sql-injection high/high blocking
        return Order.objects.raw("SELECT * FROM app_order WHERE ref = '{}'".format(self.kwargs["ref"]))[0]


class OrderByRefBound(DetailView):
    def get_object(self, queryset=None):
        # ok: sql-injection
        return Order.objects.raw("SELECT * FROM app_order WHERE ref = %s", [self.kwargs["ref"]])[0]


class ColumnSettings:
    # Not a handler: its get_argument is its own method, returning a constant.
    def get_argument(self, name):
        return "created_at"

    def rows(self):
        # ok: sql-injection audit
        return db.cursor().execute("SELECT * FROM t ORDER BY " + self.get_argument("order"))


class ProductSearch:
    table = "products"

    def __init__(self, term):
        self.term = term

    def run(self):
        # The request data arrives through the constructor: reported where ProductSearch(...) is called.
        return db.cursor().execute("SELECT * FROM " + self.table + " WHERE name = '" + self.term + "'").fetchall()


class ProductSearchBound:
    table = "products"

    def __init__(self, term):
        self.term = term

    def run(self):
        # ok: sql-injection audit
        return db.cursor().execute("SELECT * FROM " + self.table + " WHERE name = ?", (self.term,)).fetchall()


@app.route("/product-search")
def product_search():
    # expect: sql-injection high/high blocking
    found = ProductSearch(request.args["term"]).run()
    return str(found + ProductSearchBound(request.args["term"]).run())


import uuid


def tag_query(tag):
    return "SELECT title FROM posts WHERE tag = '{}'".format(tag.lower())


def post_query(post_id):
    # ok: sql-injection
    return "SELECT title FROM posts WHERE id = '{}'".format(uuid.UUID(post_id))


@api.get("/posts")
async def posts_by_tag(tag: str, post_id: str):
    # A helper builds the query from what this call passes: reported here, with the path.
    # expect: sql-injection high/high blocking
    rows = db.execute(tag_query(tag)).fetchall()
    return rows + db.execute(post_query(post_id)).fetchall()


from typing import Literal, Optional


@api.get("/products")
def products(sort: Literal["name", "price"] = "name", order: Optional[str] = None):
    # A Literal annotation admits only the developer's constants: FastAPI rejects anything else before the view runs.
    # ok: sql-injection
    db.execute(f"SELECT id FROM products ORDER BY {sort}")
    # Only a closed choice counts: any other subscripted annotation stays the client's text.
    # expect: sql-injection high/high blocking
    return db.execute(f"SELECT id FROM products ORDER BY {order}").fetchall()


@app.route("/restore", methods=["POST"])
def restore():
    script = request.files["dump"].read().decode("utf-8")
    # The whole statement is the client's: no SQL text to judge, the client writes it outright.
    # expect: sql-injection high/high blocking
    db.executescript("BEGIN;" + script + "COMMIT;")
    # expect: sql-injection high/high blocking
    db.executescript(script)
    # A statement object carries the value bound, not as SQL text.
    stmt = text("SELECT id FROM users WHERE name = :name").bindparams(name=request.form["name"])
    # ok: sql-injection
    return str(db.execute(stmt).fetchall())


def run_sql_file():
    # A command-line tool runs the SQL its user names: ordinary code, not injection.
    # ok: sql-injection
    db.executescript(open(sys.argv[1]).read())
