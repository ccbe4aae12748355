# LDAP injection (python-ldap and ldap3 search filters): vulnerable cases and safe look-alikes.
import sys

import ldap
from django.http import JsonResponse
from fastapi import FastAPI
from flask import Flask, request
from ldap.filter import escape_filter_chars, filter_format

app = Flask(__name__)
api = FastAPI()
conn = ldap.initialize("ldap://directory.example")
BASE = "ou=people,dc=example,dc=org"
GROUPS = {"admins": "(memberOf=cn=admins,dc=example,dc=org)", "staff": "(memberOf=cn=staff,dc=example,dc=org)"}


@app.route("/user")
def user():
    uid = request.args.get("uid")
    # expect: ldap-injection high/high blocking
    return str(conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(uid=" + uid + ")"))


@app.route("/mail")
def mail():
    address = request.args["mail"]
    # expect: ldap-injection high/high blocking
    return str(conn.search_s(BASE, ldap.SCOPE_SUBTREE, f"(mail={address})"))


@app.route("/login", methods=["POST"])
def login():
    name = request.form["username"]
    query = "(&(uid=%s)(objectClass=person))" % name
    # expect: ldap-injection high/high blocking
    result = conn.search_s(BASE, ldap.SCOPE_SUBTREE, query)
    return str(bool(result))


@app.route("/group")
def group():
    cn = request.cookies.get("group")
    # expect: ldap-injection high/high blocking
    return str(conn.search_st(BASE, ldap.SCOPE_SUBTREE, "(cn={})".format(cn), timeout=5))


@app.route("/json", methods=["POST"])
def json_filter():
    body = request.get_json()
    # expect: ldap-injection high/high blocking
    return str(conn.search_ext_s(BASE, ldap.SCOPE_SUBTREE, "(sn=" + body["surname"] + ")"))


def django_user(request):
    uid = request.GET["uid"]
    # expect: ldap-injection high/high blocking
    entries = conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(uid=%s)" % uid)
    return JsonResponse({"count": len(entries)})


def django_post(request):
    dept = request.POST.get("department")
    search_filter = "(&(objectClass=person)(department=" + dept + "))"
    # expect: ldap-injection high/high blocking
    entries = conn.search_s(BASE, ldap.SCOPE_ONELEVEL, search_filter)
    return JsonResponse({"count": len(entries)})


def django_header(request):
    remote = request.headers.get("X-Remote-User")
    # expect: ldap-injection high/high blocking
    entries = conn.search(BASE, ldap.SCOPE_SUBTREE, f"(uid={remote})")
    return JsonResponse({"id": entries})


def django_meta(request):
    agent = request.META["HTTP_X_USER"]
    # expect: ldap-injection high/high blocking
    entries = conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(uid=" + agent + ")")
    return JsonResponse({"count": len(entries)})


@api.get("/people")
def fastapi_people(name: str):
    # expect: ldap-injection high/high blocking
    return conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(cn=" + name + ")")


@api.get("/people/{uid}")
def fastapi_person(uid: str):
    # expect: ldap-injection high/high blocking
    return conn.search_s(BASE, ldap.SCOPE_SUBTREE, f"(uid={uid})")


def cli():
    # expect: ldap-injection high/high blocking
    print(conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(uid=" + sys.argv[1] + ")"))


def prompt():
    name = input("user: ")
    # expect: ldap-injection high/high blocking
    print(conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(uid=" + name + ")"))


def find_person(connection, name):
    # expect: ldap-injection medium/medium
    return connection.search_s(BASE, ldap.SCOPE_SUBTREE, "(cn=%s)" % name)


def members_of(connection, group_dn):
    # expect: ldap-injection medium/medium
    return connection.search_s(BASE, ldap.SCOPE_SUBTREE, "(memberOf=" + group_dn + ")")


# --- safe look-alikes ---------------------------------------------------------------------------------------------


@app.route("/user-safe")
def user_safe():
    uid = escape_filter_chars(request.args.get("uid"))
    # ok: ldap-injection audit
    return str(conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(uid=" + uid + ")"))


@app.route("/mail-safe")
def mail_safe():
    address = request.args["mail"]
    # ok: ldap-injection audit
    return str(conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(mail=%s)" % escape_filter_chars(address)))


@app.route("/login-safe", methods=["POST"])
def login_safe():
    query = filter_format("(&(uid=%s)(objectClass=person))", [request.form["username"]])
    # ok: ldap-injection audit
    return str(conn.search_s(BASE, ldap.SCOPE_SUBTREE, query))


@app.route("/group-safe")
def group_safe():
    name = request.args.get("group", "staff")
    # ok: ldap-injection audit
    return str(conn.search_s(BASE, ldap.SCOPE_SUBTREE, GROUPS[name]))


@app.route("/admins")
def admins():
    # ok: ldap-injection audit
    return str(conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(memberOf=cn=admins,dc=example,dc=org)"))


@app.route("/allowed")
def allowed():
    ou = request.args.get("ou")
    if ou not in ("sales", "support"):
        return "no", 400
    # ok: ldap-injection audit
    return str(conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(ou=" + ou + ")"))


@app.route("/numeric")
def numeric():
    number = int(request.args.get("employee", "0"))
    # ok: ldap-injection audit
    return str(conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(employeeNumber=%d)" % number))


def django_safe(request):
    uid = escape_filter_chars(request.GET["uid"])
    # ok: ldap-injection audit
    entries = conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(uid=%s)" % uid)
    return JsonResponse({"count": len(entries)})


def django_alnum(request):
    uid = request.GET["uid"]
    if not uid.isalnum():
        return JsonResponse({}, status=400)
    # ok: ldap-injection audit
    entries = conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(uid=" + uid + ")")
    return JsonResponse({"count": len(entries)})


def django_overwritten(request):
    uid = request.GET["uid"]
    uid = "guest"
    # ok: ldap-injection audit
    entries = conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(uid=" + uid + ")")
    return JsonResponse({"count": len(entries)})


@api.get("/people-safe")
def fastapi_safe(name: str):
    # ok: ldap-injection audit
    return conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(cn=" + escape_filter_chars(name) + ")")


@api.get("/by-number")
def fastapi_number(number: int):
    # ok: ldap-injection audit
    return conn.search_s(BASE, ldap.SCOPE_SUBTREE, f"(employeeNumber={number})")


def cli_safe():
    # ok: ldap-injection audit
    print(conn.search_s(BASE, ldap.SCOPE_SUBTREE, "(uid=" + escape_filter_chars(sys.argv[1]) + ")"))


def everyone(connection):
    # ok: ldap-injection audit
    return connection.search_s(BASE, ldap.SCOPE_SUBTREE, "(objectClass=person)")


def bind(connection, dn, password):
    # ok: ldap-injection
    connection.simple_bind_s(dn, password)
