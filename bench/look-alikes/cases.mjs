// Held-out look-alike pairs for bench/look-alikes/run.mjs: [id, category, vulnerable?, source]. The sink sits on the line marked `# sink`.
export const CASES = [
// --- SQL
['sql-flask-fmt', 'sql-injection', true, `from flask import Flask, request
import sqlite3
app = Flask(__name__)
@app.route("/user")
def user():
    name = request.args.get("name")
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM users WHERE name = '%s'" % name)  # sink
    return str(cur.fetchall())
`],
['sql-flask-param', 'sql-injection', false, `from flask import Flask, request
import sqlite3
app = Flask(__name__)
@app.route("/user")
def user():
    name = request.args.get("name")
    conn = sqlite3.connect("app.db")
    cur = conn.cursor()
    cur.execute("SELECT * FROM users WHERE name = ?", (name,))  # sink
    return str(cur.fetchall())
`],
['sql-django-raw-fstring', 'sql-injection', true, `from django.http import JsonResponse
from .models import Book
def search(request):
    q = request.GET.get("q", "")
    books = Book.objects.raw(f"SELECT * FROM app_book WHERE title LIKE '%{q}%'")  # sink
    return JsonResponse({"n": len(list(books))})
`],
['sql-django-raw-const', 'sql-injection', false, `from django.http import JsonResponse
from .models import Book
TABLE = "app_book"
def search(request):
    books = Book.objects.raw(f"SELECT * FROM {TABLE} WHERE published = 1")  # sink
    return JsonResponse({"n": len(list(books))})
`],
['sql-allowlist-order', 'sql-injection', false, `from flask import request
from app import app, db
ALLOWED = {"name", "created", "price"}
@app.route("/items")
def items():
    order = request.args.get("order", "name")
    if order not in ALLOWED:
        order = "name"
    rows = db.engine.execute("SELECT * FROM items ORDER BY " + order)  # sink
    return {"items": [dict(r) for r in rows]}
`],
['sql-int-cast', 'sql-injection', false, `from flask import request
from app import app, db
@app.route("/item")
def item():
    item_id = int(request.args["id"])
    cur = db.cursor()
    cur.execute("SELECT * FROM items WHERE id = %d" % item_id)  # sink
    return str(cur.fetchone())
`],
['sql-helper', 'sql-injection', true, `from flask import request
from app import app, db
def find(cur, term):
    cur.execute("SELECT * FROM t WHERE x = '" + term + "'")  # sink
    return cur.fetchall()
@app.route("/find")
def view():
    return str(find(db.cursor(), request.args["term"]))
`],
['sql-fastapi', 'sql-injection', true, `from fastapi import FastAPI
import sqlite3
app = FastAPI()
@app.get("/users/{user_id}")
def read_user(user_id: str):
    con = sqlite3.connect("db")
    row = con.execute("SELECT * FROM users WHERE id = " + user_id).fetchone()  # sink
    return {"user": row}
`],
// --- shell
['shell-flask', 'command-injection', true, `import subprocess
from flask import Flask, request
app = Flask(__name__)
@app.route("/ping")
def ping():
    host = request.args.get("host")
    out = subprocess.check_output("ping -c 1 " + host, shell=True)  # sink
    return out
`],
['shell-flask-list', 'command-injection', false, `import subprocess
from flask import Flask, request
app = Flask(__name__)
@app.route("/ping")
def ping():
    host = request.args.get("host")
    out = subprocess.check_output(["ping", "-c", "1", host])  # sink
    return out
`],
['shell-const', 'command-injection', false, `import subprocess
def disk_usage():
    return subprocess.check_output("df -h | tail -n +2", shell=True)  # sink
`],
['shell-quote', 'command-injection', false, `import os, shlex
from flask import request
from app import app
@app.route("/grep")
def grep():
    pattern = shlex.quote(request.args["p"])
    os.system("grep " + pattern + " /var/log/app.log")  # sink
    return "ok"
`],
['shell-os-system-argv', 'command-injection', true, `import os, sys
def main():
    target = sys.argv[1]
    os.system("tar czf backup.tgz " + target)  # sink
if __name__ == "__main__":
    main()
`],
['shell-popen-django', 'command-injection', true, `import os
from django.http import HttpResponse
def convert(request):
    name = request.POST["file"]
    stream = os.popen("convert %s out.png" % name)  # sink
    return HttpResponse(stream.read())
`],
// --- code
['eval-request', 'code-injection', true, `from flask import request
from app import app
@app.route("/calc")
def calc():
    expr = request.args.get("expr")
    return str(eval(expr))  # sink
`],
['eval-literal-eval', 'code-injection', false, `import ast
from flask import request
from app import app
@app.route("/calc")
def calc():
    expr = request.args.get("expr")
    return str(ast.literal_eval(expr))  # sink
`],
['eval-const', 'code-injection', false, `DEFAULTS = "{'a': 1}"
def defaults():
    return eval(DEFAULTS)  # sink
`],
['exec-cookie', 'code-injection', true, `from django.http import HttpResponse
def run(request):
    code = request.COOKIES.get("snippet")
    exec(code)  # sink
    return HttpResponse("done")
`],
// --- deserialisation
['pickle-request', 'deserialization', true, `import pickle
from flask import Flask, request
app = Flask(__name__)
@app.route("/load", methods=["POST"])
def load():
    obj = pickle.loads(request.get_data())  # sink
    return str(obj)
`],
['pickle-local-file', 'deserialization', false, `import pickle
MODEL_PATH = "/opt/app/model.pkl"
def load_model():
    with open(MODEL_PATH, "rb") as fh:
        return pickle.load(fh)  # sink
`],
['pickle-upload-path', 'deserialization', true, `import pickle
from flask import request
from app import app
@app.route("/restore")
def restore():
    with open("/srv/uploads/" + request.args["name"], "rb") as fh:
        return str(pickle.load(fh))  # sink
`],
['yaml-request', 'deserialization', true, `import yaml
from flask import request
from app import app
@app.route("/cfg", methods=["POST"])
def cfg():
    data = yaml.load(request.data, Loader=yaml.Loader)  # sink
    return str(data)
`],
['yaml-safe', 'deserialization', false, `import yaml
from flask import request
from app import app
@app.route("/cfg", methods=["POST"])
def cfg():
    data = yaml.load(request.data, Loader=yaml.SafeLoader)  # sink
    return str(data)
`],
['marshal-cookie', 'deserialization', true, `import marshal, base64
from django.http import HttpResponse
def prefs(request):
    raw = base64.b64decode(request.COOKIES["prefs"])
    prefs = marshal.loads(raw)  # sink
    return HttpResponse(str(prefs))
`],
['jsonpickle-request', 'deserialization', true, `import jsonpickle
from flask import request
from app import app
@app.route("/restore", methods=["POST"])
def restore():
    state = jsonpickle.decode(request.form["state"])  # sink
    return str(state)
`],
// --- xxe
['xxe-lxml-request', 'xxe', true, `from lxml import etree
from flask import request
from app import app
@app.route("/xml", methods=["POST"])
def xml():
    parser = etree.XMLParser(resolve_entities=True)
    doc = etree.fromstring(request.data, parser)  # sink
    return doc.tag
`],
['xxe-defused', 'xxe', false, `from defusedxml import ElementTree as ET
from flask import request
from app import app
@app.route("/xml", methods=["POST"])
def xml():
    doc = ET.fromstring(request.data)  # sink
    return doc.tag
`],
// --- path traversal
['path-request', 'path-traversal', true, `from flask import request, send_file
from app import app
@app.route("/download")
def download():
    name = request.args.get("file")
    return send_file("/srv/files/" + name)  # sink
`],
['path-basename', 'path-traversal', false, `import os
from flask import request, send_file
from app import app
@app.route("/download")
def download():
    name = os.path.basename(request.args.get("file"))
    return send_file(os.path.join("/srv/files", name))  # sink
`],
['path-open-request', 'path-traversal', true, `from django.http import HttpResponse
def read(request):
    path = request.GET["path"]
    with open(path) as fh:  # sink
        return HttpResponse(fh.read())
`],
// --- redirect
['redirect-request', 'open-redirect', true, `from flask import request, redirect
from app import app
@app.route("/go")
def go():
    return redirect(request.args.get("next"))  # sink
`],
['redirect-checked', 'open-redirect', false, `from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
def go(request):
    nxt = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}):
        nxt = "/"
    return redirect(nxt)  # sink
`],
// --- ssrf
['ssrf-request', 'ssrf', true, `import requests
from flask import request
from app import app
@app.route("/fetch")
def fetch():
    url = request.args["url"]
    return requests.get(url, timeout=5).text  # sink
`],
['ssrf-const-host', 'ssrf', false, `import requests
from flask import request
from app import app
@app.route("/weather")
def weather():
    city = request.args["city"]
    return requests.get("https://api.weather.example/v1?city=" + city, timeout=5).text  # sink
`],
// --- ldap
['ldap-request', 'ldap-injection', true, `import ldap
from flask import request
from app import app
@app.route("/who")
def who():
    user = request.args["user"]
    conn = ldap.initialize("ldaps://ldap.corp")
    res = conn.search_s("dc=corp", ldap.SCOPE_SUBTREE, "(uid=" + user + ")")  # sink
    return str(res)
`],
['ldap-escaped', 'ldap-injection', false, `import ldap
from ldap.filter import escape_filter_chars
from flask import request
from app import app
@app.route("/who")
def who():
    user = escape_filter_chars(request.args["user"])
    conn = ldap.initialize("ldaps://ldap.corp")
    res = conn.search_s("dc=corp", ldap.SCOPE_SUBTREE, "(uid=" + user + ")")  # sink
    return str(res)
`],
// --- template injection
['ssti-request', 'template-injection', true, `from flask import request, render_template_string
from app import app
@app.route("/hello")
def hello():
    name = request.args.get("name")
    return render_template_string("<h1>Hello " + name + "</h1>")  # sink
`],
['ssti-context', 'template-injection', false, `from flask import request, render_template_string
from app import app
@app.route("/hello")
def hello():
    name = request.args.get("name")
    return render_template_string("<h1>Hello {{ name }}</h1>", name=name)  # sink
`],
// --- xss
['xss-flask-return', 'xss', true, `from flask import Flask, request
app = Flask(__name__)
@app.route("/greet")
def greet():
    name = request.args.get("name", "")
    return "<p>Hello " + name + "</p>"  # sink
`],
['xss-flask-escaped', 'xss', false, `from flask import Flask, request
from markupsafe import escape
app = Flask(__name__)
@app.route("/greet")
def greet():
    name = request.args.get("name", "")
    return "<p>Hello " + escape(name) + "</p>"  # sink
`],
['xss-django-httpresponse', 'xss', true, `from django.http import HttpResponse
def greet(request):
    name = request.GET.get("name", "")
    html = "<h1>Hi %s</h1>" % name
    return HttpResponse(html)  # sink
`],
['xss-django-escape', 'xss', false, `from django.http import HttpResponse
from django.utils.html import escape
def greet(request):
    name = escape(request.GET.get("name", ""))
    html = "<h1>Hi %s</h1>" % name
    return HttpResponse(html)  # sink
`],
['xss-mark-safe', 'xss', true, `from django.utils.safestring import mark_safe
from django.shortcuts import render
def bio(request):
    bio = mark_safe(request.POST["bio"])  # sink
    return render(request, "bio.html", {"bio": bio})
`],
// --- xpath
['xpath-request', 'xpath', true, `from lxml import etree
from flask import request
from app import app
TREE = etree.parse("users.xml")
@app.route("/user")
def user():
    name = request.args["name"]
    return str(TREE.xpath("//user[@name='" + name + "']"))  # sink
`],
['xpath-var', 'xpath', false, `from lxml import etree
from flask import request
from app import app
TREE = etree.parse("users.xml")
@app.route("/user")
def user():
    name = request.args["name"]
    return str(TREE.xpath("//user[@name=$n]", n=name))  # sink
`],
// --- nosql
['nosql-where', 'nosql', true, `from flask import request
from pymongo import MongoClient
from app import app
db = MongoClient().shop
@app.route("/find")
def find():
    q = request.args["q"]
    return str(list(db.items.find({"$where": "this.name == '" + q + "'"})))  # sink
`],
['nosql-safe', 'nosql', false, `from flask import request
from pymongo import MongoClient
from app import app
db = MongoClient().shop
@app.route("/find")
def find():
    q = str(request.args["q"])
    return str(list(db.items.find({"name": q})))  # sink
`],
// --- header injection
['header-request', 'header', true, `from flask import request, make_response
from app import app
@app.route("/lang")
def lang():
    resp = make_response("ok")
    resp.headers["Content-Language"] = request.args["lang"]  # sink
    return resp
`],
// --- cleartext transport
['http-cred', 'insecure-transport', true, `import requests
def push(token):
    return requests.post("http://api.partner.com/v1/upload", headers={"Authorization": "Bearer " + token}, timeout=10)  # sink
`],
['https-cred', 'insecure-transport', false, `import requests
def push(token):
    return requests.post("https://api.partner.com/v1/upload", headers={"Authorization": "Bearer " + token}, timeout=10)  # sink
`],
['urlopen-http', 'insecure-transport', true, `import urllib.request
def fetch_feed():
    return urllib.request.urlopen("http://feeds.example.org/rss.xml").read()  # sink
`],
['urlopen-localhost', 'insecure-transport', false, `import urllib.request
def health():
    return urllib.request.urlopen("http://localhost:8080/health").read()  # sink
`],
['verify-false', 'insecure-transport', true, `import requests
def fetch(url):
    return requests.get(url, verify=False, timeout=5)  # sink
`],
['ftp-login', 'insecure-transport', true, `import ftplib
def upload(user, password):
    ftp = ftplib.FTP("ftp.example.com")  # sink
    ftp.login(user, password)
`],
// --- cookies
['cookie-insecure', 'cookie', true, `from flask import make_response
from app import app
@app.route("/login", methods=["POST"])
def login():
    resp = make_response("ok")
    resp.set_cookie("session_id", new_session())  # sink
    return resp
`],
['cookie-secure', 'cookie', false, `from flask import make_response
from app import app
@app.route("/login", methods=["POST"])
def login():
    resp = make_response("ok")
    resp.set_cookie("session_id", new_session(), secure=True, httponly=True, samesite="Lax")  # sink
    return resp
`],
['django-session-insecure', 'cookie', true, `SECRET_KEY = None
DEBUG = False
SESSION_COOKIE_SECURE = False  # sink
`],
['django-session-secure', 'cookie', false, `SECRET_KEY = None
DEBUG = False
SESSION_COOKIE_SECURE = True  # sink
`],
// --- weak crypto
['md5-password', 'weak-crypto', true, `import hashlib
def store(user, password):
    user.pw = hashlib.md5(password.encode()).hexdigest()  # sink
    user.save()
`],
['md5-etag', 'weak-crypto', false, `import hashlib
def etag(body):
    return hashlib.md5(body, usedforsecurity=False).hexdigest()  # sink
`],
['des-cipher', 'weak-crypto', true, `from Crypto.Cipher import DES
def enc(key, data):
    return DES.new(key, DES.MODE_ECB).encrypt(data)  # sink
`],
['static-iv', 'weak-crypto', true, `from Crypto.Cipher import AES
def enc(key, data):
    return AES.new(key, AES.MODE_CBC, iv=b"0000000000000000").encrypt(data)  # sink
`],
['random-nonce', 'weak-crypto', false, `import os
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
def seal(key, data):
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, None)  # sink
`],
// --- weak random
['random-token', 'weak-random', true, `import random, string
def reset_token():
    return "".join(random.choice(string.ascii_letters) for _ in range(32))  # sink
`],
['random-jitter', 'weak-random', false, `import random, time
def backoff(attempt):
    time.sleep(2 ** attempt + random.random())  # sink
`],
// --- secrets
['secret-aws', 'hardcoded-secret', true, `import boto3
def client():
    return boto3.client("s3", aws_access_key_id="AKIA2E0A8F3B244C9986", aws_secret_access_key="7CE556A3BC234CC1FF9E8A5C324C0BB70AA21B6D")  # sink
`],
['secret-env', 'hardcoded-secret', false, `import os, boto3
def client():
    return boto3.client("s3", aws_access_key_id=os.environ["AWS_KEY"], aws_secret_access_key=os.environ["AWS_SECRET"])  # sink
`],
['secret-flask', 'hardcoded-secret', true, `from flask import Flask
app = Flask(__name__)
app.config["SECRET_KEY"] = "f3a9c1d27be84e0c9a6d5b21e7c4f803"  # sink
`],
['secret-flask-env', 'hardcoded-secret', false, `import os
from flask import Flask
app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY")  # sink
`],
['secret-stripe', 'hardcoded-secret', true, `import stripe
stripe.api_key = "sk_live_51Hx9QkLmN2pR7sT4uV6wY8zA0bC1dE3fG5hJ7kL9mN1pQ3rS5tU7vW9xY1zA3bC5dE7fG9hJ1kL3mN5pQ7rS9t"  # sink
`],
['secret-placeholder', 'hardcoded-secret', false, `DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "PASSWORD": "changeme"}}  # sink
`],
// --- exceptions
['except-pass', 'exception-handling', true, `import json
def load(path):
    try:
        return json.load(open(path))
    except Exception:  # sink
        pass
`],
['except-logged', 'exception-handling', false, `import json, logging
log = logging.getLogger(__name__)
def load(path):
    try:
        return json.load(open(path))
    except Exception:  # sink
        log.exception("bad config %s", path)
        raise
`],
['except-typed-pass', 'exception-handling', false, `def port(config):
    try:
        return int(config["port"])
    except KeyError:  # sink
        pass
    return 8080
`],
// --- containers / constant propagation (benchmark style)
['bench-list-pop-safe', 'command-injection', false, `import os
from flask import request
from app import app
@app.route("/b1")
def b1():
    param = request.args.get("p")
    lst = ["safe", param, "moresafe"]
    lst.pop(1)
    bar = lst[0]
    os.system("echo " + bar)  # sink
    return "ok"
`],
['bench-list-pop-vuln', 'command-injection', true, `import os
from flask import request
from app import app
@app.route("/b2")
def b2():
    param = request.args.get("p")
    lst = ["safe", param, "moresafe"]
    lst.pop(0)
    bar = lst[0]
    os.system("echo " + bar)  # sink
    return "ok"
`],
['bench-dict-safe', 'code-injection', false, `from flask import request
from app import app
@app.route("/b3")
def b3():
    param = request.args.get("p")
    m = {}
    m["a"] = param
    m["b"] = "1 + 1"
    bar = m["b"]
    return str(eval(bar))  # sink
`],
['bench-ternary-vuln2', 'sql-injection', true, `from flask import request
from app import app, db
@app.route("/b4")
def b4():
    param = request.args.get("p")
    num = 106
    bar = "constant" if (7 * 42) - num > 200 else param
    db.cursor().execute("SELECT * FROM t WHERE x = '" + bar + "'")  # sink
    return "ok"
`],
['bench-ternary-safe2', 'sql-injection', false, `from flask import request
from app import app, db
@app.route("/b5")
def b5():
    param = request.args.get("p")
    num = 106
    bar = "constant" if (7 * 18) + num > 200 else param
    db.cursor().execute("SELECT * FROM t WHERE x = '" + bar + "'")  # sink
    return "ok"
`],
['bench-overwrite-safe', 'path-traversal', false, `from flask import request
from app import app
@app.route("/b6")
def b6():
    bar = request.args.get("p")
    bar = "report.txt"
    with open("/srv/data/" + bar) as fh:  # sink
        return fh.read()
`],
['bench-switch-vuln', 'ssrf', true, `import requests
from flask import request
from app import app
@app.route("/b7")
def b7():
    param = request.args.get("url")
    guess = "ABC"
    switch_target = guess[1]
    if switch_target == "A":
        bar = "https://a.example"
    elif switch_target == "B":
        bar = param
    else:
        bar = "https://c.example"
    return requests.get(bar, timeout=3).text  # sink
`],
['bench-switch-safe', 'ssrf', false, `import requests
from flask import request
from app import app
@app.route("/b8")
def b8():
    param = request.args.get("url")
    guess = "ABC"
    switch_target = guess[2]
    if switch_target == "A":
        bar = param
    elif switch_target == "B":
        bar = param
    else:
        bar = "https://c.example"
    return requests.get(bar, timeout=3).text  # sink
`],
// --- unseen set (second author, 2026-12-03): FastAPI, Django class-based views, Flask request objects, Tornado,
// scripts; data through f-strings, .format, %, +=, joins, helpers, attributes and containers. Written before the
// tool was run on it; scored on its own with `node bench/look-alikes/run.mjs --only u-`.
['u-fa-sql-query', 'sql-injection', true, `import sqlite3
from fastapi import FastAPI, Query
app = FastAPI()
DB = "/var/lib/shop/shop.db"
@app.get("/products")
def products(category: str = Query(...), limit: int = 20):
    con = sqlite3.connect(DB)
    sql = f"SELECT id, title FROM products WHERE category = '{category}' LIMIT {limit}"
    rows = con.execute(sql).fetchall()  # sink
    return {"rows": rows}
`],
['u-fa-sql-query-param', 'sql-injection', false, `import sqlite3
from fastapi import FastAPI, Query
app = FastAPI()
DB = "/var/lib/shop/shop.db"
@app.get("/products")
def products(category: str = Query(...), limit: int = 20):
    con = sqlite3.connect(DB)
    sql = "SELECT id, title FROM products WHERE category = ? LIMIT ?"
    rows = con.execute(sql, (category, limit)).fetchall()  # sink
    return {"rows": rows}
`],
['u-fa-cmd-pydantic', 'command-injection', true, `import subprocess
from fastapi import FastAPI
from pydantic import BaseModel
app = FastAPI()
class PingRequest(BaseModel):
    host: str
    count: int = 1
@app.post("/diag/ping")
def ping(req: PingRequest):
    out = subprocess.run(f"ping -c {req.count} {req.host}", shell=True, capture_output=True, text=True)  # sink
    return {"stdout": out.stdout}
`],
['u-fa-cmd-pydantic-argv', 'command-injection', false, `import subprocess
from fastapi import FastAPI
from pydantic import BaseModel
app = FastAPI()
class PingRequest(BaseModel):
    host: str
    count: int = 1
@app.post("/diag/ping")
def ping(req: PingRequest):
    out = subprocess.run(["ping", "-c", str(req.count), req.host], capture_output=True, text=True)  # sink
    return {"stdout": out.stdout}
`],
['u-fa-pickle-body', 'deserialization', true, `import pickle
from fastapi import FastAPI, Request
app = FastAPI()
@app.post("/jobs/import")
async def import_job(request: Request):
    raw = await request.body()
    job = pickle.loads(raw)  # sink
    return {"name": job.get("name")}
`],
['u-fa-yaml-body-safe', 'deserialization', false, `import yaml
from fastapi import FastAPI, Request
app = FastAPI()
@app.post("/jobs/import")
async def import_job(request: Request):
    raw = await request.body()
    job = yaml.safe_load(raw)  # sink
    return {"name": job.get("name")}
`],
['u-fa-ssrf-json', 'ssrf', true, `import httpx
from fastapi import FastAPI, Request
app = FastAPI()
@app.post("/webhooks/test")
async def test_hook(request: Request):
    payload = await request.json()
    target = payload["callback"]
    async with httpx.AsyncClient() as client:
        r = await client.post(target, json={"ping": True})  # sink
    return {"status": r.status_code}
`],
['u-fa-ssrf-allowlist', 'ssrf', false, `import httpx
from urllib.parse import urlparse
from fastapi import FastAPI, Request, HTTPException
app = FastAPI()
ALLOWED_HOOK_HOSTS = {"hooks.slack.com", "discord.com"}
@app.post("/webhooks/test")
async def test_hook(request: Request):
    payload = await request.json()
    target = payload["callback"]
    if urlparse(target).netloc not in ALLOWED_HOOK_HOSTS:
        raise HTTPException(status_code=400, detail="host not allowed")
    async with httpx.AsyncClient() as client:
        r = await client.post(target, json={"ping": True})  # sink
    return {"status": r.status_code}
`],
['u-fa-path-param', 'path-traversal', true, `import os
from fastapi import FastAPI
from fastapi.responses import PlainTextResponse
app = FastAPI()
LOG_ROOT = "/var/log/app"
@app.get("/logs/{name}")
def read_log(name: str):
    full = os.path.join(LOG_ROOT, name)
    with open(full) as fh:  # sink
        return PlainTextResponse(fh.read())
`],
['u-fa-path-basename', 'path-traversal', false, `import os
from fastapi import FastAPI
from fastapi.responses import PlainTextResponse
app = FastAPI()
LOG_ROOT = "/var/log/app"
@app.get("/logs/{name}")
def read_log(name: str):
    full = os.path.join(LOG_ROOT, os.path.basename(name))
    with open(full) as fh:  # sink
        return PlainTextResponse(fh.read())
`],
['u-dj-cbv-sql-order', 'sql-injection', true, `from django.db import connection
from django.http import JsonResponse
from django.views import View
class ReportView(View):
    def get(self, request, *args, **kwargs):
        sort = self.request.GET.get("sort", "created")
        with connection.cursor() as cursor:
            cursor.execute("SELECT id, total FROM orders ORDER BY %s" % sort)  # sink
            rows = cursor.fetchall()
        return JsonResponse({"rows": rows})
`],
['u-dj-cbv-sql-order-map', 'sql-injection', false, `from django.db import connection
from django.http import JsonResponse
from django.views import View
SORT_COLUMNS = {"created": "created_at", "total": "total_cents", "customer": "customer_id"}
class ReportView(View):
    def get(self, request, *args, **kwargs):
        sort = SORT_COLUMNS.get(self.request.GET.get("sort"), "created_at")
        with connection.cursor() as cursor:
            cursor.execute("SELECT id, total FROM orders ORDER BY %s" % sort)  # sink
            rows = cursor.fetchall()
        return JsonResponse({"rows": rows})
`],
['u-dj-kwargs-raw-format', 'sql-injection', true, `from django.views.generic import DetailView
from .models import Article
class ArticleView(DetailView):
    template_name = "article.html"
    def get_object(self, queryset=None):
        slug = self.kwargs["slug"]
        return Article.objects.raw("SELECT * FROM blog_article WHERE slug = '{}'".format(slug))[0]  # sink
`],
['u-dj-kwargs-raw-params', 'sql-injection', false, `from django.views.generic import DetailView
from .models import Article
class ArticleView(DetailView):
    template_name = "article.html"
    def get_object(self, queryset=None):
        slug = self.kwargs["slug"]
        return Article.objects.raw("SELECT * FROM blog_article WHERE slug = %s", [slug])[0]  # sink
`],
['u-dj-cbv-redirect', 'open-redirect', true, `from django.contrib.auth import login
from django.http import HttpResponseRedirect
from django.views import View
class LoginDone(View):
    def post(self, request):
        login(request, request.user)
        next_url = request.POST.get("next") or "/"
        return HttpResponseRedirect(next_url)  # sink
`],
['u-dj-cbv-redirect-checked', 'open-redirect', false, `from django.contrib.auth import login
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View
class LoginDone(View):
    def post(self, request):
        login(request, request.user)
        next_url = request.POST.get("next") or "/"
        if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=True):
            next_url = "/"
        return HttpResponseRedirect(next_url)  # sink
`],
['u-dj-post-mark-safe', 'xss', true, `from django.http import HttpResponse
from django.utils.safestring import mark_safe
from django.template import loader
def preview(request):
    comment = request.POST.get("comment", "")
    html = mark_safe(f"<div class='comment'>{comment}</div>")  # sink
    return HttpResponse(loader.get_template("preview.html").render({"body": html}, request))
`],
['u-dj-post-mark-safe-escaped', 'xss', false, `from django.http import HttpResponse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.template import loader
def preview(request):
    comment = escape(request.POST.get("comment", ""))
    html = mark_safe(f"<div class='comment'>{comment}</div>")  # sink
    return HttpResponse(loader.get_template("preview.html").render({"body": html}, request))
`],
['u-fl-json-eval-helper', 'code-injection', true, `from flask import Flask, request, jsonify
app = Flask(__name__)
def compute(expression):
    return eval(expression)  # sink
@app.route("/calc", methods=["POST"])
def calc():
    body = request.get_json()
    return jsonify(result=compute(body["expr"]))
`],
['u-fl-json-literal-eval', 'code-injection', false, `import ast
from flask import Flask, request, jsonify
app = Flask(__name__)
def compute(expression):
    return ast.literal_eval(expression)  # sink
@app.route("/calc", methods=["POST"])
def calc():
    body = request.get_json()
    return jsonify(result=compute(body["expr"]))
`],
['u-fl-values-yaml', 'deserialization', true, `import yaml
from flask import Flask, request
app = Flask(__name__)
@app.route("/settings", methods=["GET", "POST"])
def settings():
    cfg_text = request.values.get("config", "")
    cfg = yaml.load(cfg_text, Loader=yaml.UnsafeLoader)  # sink
    return {"keys": sorted(cfg)}
`],
['u-fl-values-yaml-safe', 'deserialization', false, `import yaml
from flask import Flask, request
app = Flask(__name__)
@app.route("/settings", methods=["GET", "POST"])
def settings():
    cfg_text = request.values.get("config", "")
    cfg = yaml.load(cfg_text, Loader=yaml.SafeLoader)  # sink
    return {"keys": sorted(cfg)}
`],
['u-fl-header-ldap', 'ldap-injection', true, `import ldap
from flask import Flask, request, abort
app = Flask(__name__)
BASE_DN = "ou=people,dc=example,dc=org"
def directory():
    conn = ldap.initialize("ldap://ldap.example.org")
    conn.simple_bind_s("cn=svc,dc=example,dc=org", "x")
    return conn
@app.route("/me")
def me():
    remote_user = request.headers.get("X-Remote-User")
    if not remote_user:
        abort(401)
    flt = "(&(objectClass=person)(uid=%s))" % remote_user
    return str(directory().search_s(BASE_DN, ldap.SCOPE_SUBTREE, flt))  # sink
`],
['u-fl-header-ldap-escaped', 'ldap-injection', false, `import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, request, abort
app = Flask(__name__)
BASE_DN = "ou=people,dc=example,dc=org"
def directory():
    conn = ldap.initialize("ldap://ldap.example.org")
    conn.simple_bind_s("cn=svc,dc=example,dc=org", "x")
    return conn
@app.route("/me")
def me():
    remote_user = request.headers.get("X-Remote-User")
    if not remote_user:
        abort(401)
    flt = "(&(objectClass=person)(uid=%s))" % escape_filter_chars(remote_user)
    return str(directory().search_s(BASE_DN, ldap.SCOPE_SUBTREE, flt))  # sink
`],
['u-fl-upload-filename', 'path-traversal', true, `import os
from flask import Flask, request
app = Flask(__name__)
UPLOAD_DIR = "/srv/uploads"
@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["document"]
    dest = os.path.join(UPLOAD_DIR, f.filename)
    with open(dest, "wb") as out:  # sink
        out.write(f.read())
    return "ok"
`],
['u-fl-upload-secure', 'path-traversal', false, `import os
from flask import Flask, request
from werkzeug.utils import secure_filename
app = Flask(__name__)
UPLOAD_DIR = "/srv/uploads"
@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["document"]
    dest = os.path.join(UPLOAD_DIR, secure_filename(f.filename))
    with open(dest, "wb") as out:  # sink
        out.write(f.read())
    return "ok"
`],
['u-fl-sql-plus-eq', 'sql-injection', true, `from flask import Flask, request
import psycopg2
app = Flask(__name__)
@app.route("/people")
def people():
    conn = psycopg2.connect("dbname=hr")
    sql = "SELECT name, email FROM people WHERE active"
    team = request.args.get("team")
    if team:
        sql += " AND team = '" + team + "'"
    sql += " ORDER BY name"
    cur = conn.cursor()
    cur.execute(sql)  # sink
    return {"people": cur.fetchall()}
`],
['u-fl-sql-plus-eq-param', 'sql-injection', false, `from flask import Flask, request
import psycopg2
app = Flask(__name__)
@app.route("/people")
def people():
    conn = psycopg2.connect("dbname=hr")
    sql = "SELECT name, email FROM people WHERE active"
    params = []
    team = request.args.get("team")
    if team:
        sql += " AND team = %s"
        params.append(team)
    sql += " ORDER BY name"
    cur = conn.cursor()
    cur.execute(sql, params)  # sink
    return {"people": cur.fetchall()}
`],
['u-fl-cmd-join', 'command-injection', true, `import subprocess
from flask import Flask, request
app = Flask(__name__)
@app.route("/backup", methods=["POST"])
def backup():
    folder = request.form["folder"]
    parts = ["tar", "czf", "/tmp/backup.tgz", folder]
    subprocess.check_call(" ".join(parts), shell=True)  # sink
    return "started"
`],
['u-fl-cmd-join-quoted', 'command-injection', false, `import shlex
import subprocess
from flask import Flask, request
app = Flask(__name__)
@app.route("/backup", methods=["POST"])
def backup():
    folder = shlex.quote(request.form["folder"])
    parts = ["tar", "czf", "/tmp/backup.tgz", folder]
    subprocess.check_call(" ".join(parts), shell=True)  # sink
    return "started"
`],
['u-fl-cmd-dict', 'command-injection', true, `import os
from flask import Flask, request
app = Flask(__name__)
@app.route("/dns")
def dns():
    opts = {"type": "A", "name": request.args.get("name", "example.com")}
    cmd = "dig +short -t {} {}".format(opts["type"], opts["name"])
    return os.popen(cmd).read()  # sink
`],
['u-fl-cmd-dict-constkey', 'command-injection', false, `import os
from flask import Flask, request
app = Flask(__name__)
@app.route("/dns")
def dns():
    opts = {"type": "A", "name": request.args.get("name", "example.com")}
    cmd = "dig +short -t {} example.com".format(opts["type"])
    return os.popen(cmd).read()  # sink
`],
['u-fl-xss-response', 'xss', true, `from flask import Flask, request, make_response
app = Flask(__name__)
@app.route("/search")
def search():
    q = request.args.get("q", "")
    body = "<h2>Results for " + q + "</h2><ul></ul>"
    resp = make_response(body)  # sink
    resp.headers["Content-Type"] = "text/html"
    return resp
`],
['u-fl-xss-response-escaped', 'xss', false, `import html
from flask import Flask, request, make_response
app = Flask(__name__)
@app.route("/search")
def search():
    q = request.args.get("q", "")
    body = "<h2>Results for " + html.escape(q) + "</h2><ul></ul>"
    resp = make_response(body)  # sink
    resp.headers["Content-Type"] = "text/html"
    return resp
`],
['u-fl-ssti-jinja-from-string', 'template-injection', true, `from jinja2 import Environment
from flask import Flask, request
app = Flask(__name__)
env = Environment()
@app.route("/greet")
def greet():
    greeting = request.args.get("greeting", "Hello")
    tpl = env.from_string(greeting + ", {{ user }}!")  # sink
    return tpl.render(user="guest")
`],
['u-fl-ssti-jinja-autoescape', 'template-injection', false, `from jinja2 import Environment
from flask import Flask, request
app = Flask(__name__)
env = Environment(autoescape=True)
GREETING = "{{ greeting }}, {{ user }}!"
@app.route("/greet")
def greet():
    greeting = request.args.get("greeting", "Hello")
    tpl = env.from_string(GREETING)  # sink
    return tpl.render(greeting=greeting, user="guest")
`],
['u-fl-xxe-lxml-upload', 'xxe', true, `from lxml import etree
from flask import Flask, request
app = Flask(__name__)
@app.route("/import", methods=["POST"])
def import_feed():
    upload = request.files["feed"]
    parser = etree.XMLParser(resolve_entities=True, no_network=False)
    tree = etree.parse(upload.stream, parser)  # sink
    return str(len(tree.getroot()))
`],
['u-fl-xxe-defused-upload', 'xxe', false, `import defusedxml.ElementTree as DET
from flask import Flask, request
app = Flask(__name__)
@app.route("/import", methods=["POST"])
def import_feed():
    upload = request.files["feed"]
    tree = DET.parse(upload.stream)  # sink
    return str(len(tree.getroot()))
`],
['u-tornado-cmd', 'command-injection', true, `import os
import tornado.web
class LookupHandler(tornado.web.RequestHandler):
    def get(self):
        host = self.get_argument("host")
        status = os.system("nslookup " + host + " > /tmp/lookup.txt")  # sink
        self.write({"status": status})
`],
['u-tornado-cmd-quoted', 'command-injection', false, `import os
import shlex
import tornado.web
class LookupHandler(tornado.web.RequestHandler):
    def get(self):
        host = self.get_argument("host")
        status = os.system("nslookup " + shlex.quote(host) + " > /tmp/lookup.txt")  # sink
        self.write({"status": status})
`],
['u-tornado-xpath', 'xpath', true, `from lxml import etree
import tornado.web
USERS = etree.parse("/etc/app/users.xml")
class UserHandler(tornado.web.RequestHandler):
    def get(self):
        name = self.get_argument("name")
        nodes = USERS.xpath("//user[@name='%s']/email/text()" % name)  # sink
        self.write({"emails": [str(n) for n in nodes]})
`],
['u-tornado-xpath-bound', 'xpath', false, `from lxml import etree
import tornado.web
USERS = etree.parse("/etc/app/users.xml")
class UserHandler(tornado.web.RequestHandler):
    def get(self):
        name = self.get_argument("name")
        nodes = USERS.xpath("//user[@name=$name]/email/text()", name=name)  # sink
        self.write({"emails": [str(n) for n in nodes]})
`],
['u-tornado-sql-int', 'sql-injection', false, `import tornado.web
class PageHandler(tornado.web.RequestHandler):
    def initialize(self, db):
        self.db = db
    def get(self):
        page = int(self.get_argument("page", "1"))
        size = 25
        cur = self.db.cursor()
        cur.execute(f"SELECT * FROM posts ORDER BY id LIMIT {size} OFFSET {(page - 1) * size}")  # sink
        self.write({"posts": cur.fetchall()})
`],
['u-tornado-sql-str', 'sql-injection', true, `import tornado.web
class PageHandler(tornado.web.RequestHandler):
    def initialize(self, db):
        self.db = db
    def get(self):
        author = self.get_argument("author")
        cur = self.db.cursor()
        cur.execute(f"SELECT * FROM posts WHERE author = '{author}' ORDER BY id")  # sink
        self.write({"posts": cur.fetchall()})
`],
['u-script-argparse-shell', 'command-injection', true, `import argparse
import subprocess
def main():
    ap = argparse.ArgumentParser(description="rotate logs for a service")
    ap.add_argument("service")
    args = ap.parse_args()
    cmd = "journalctl -u %s --vacuum-time=2d" % args.service
    subprocess.run(cmd, shell=True, check=True)  # sink
if __name__ == "__main__":
    main()
`],
['u-script-argparse-argv', 'command-injection', false, `import argparse
import subprocess
def main():
    ap = argparse.ArgumentParser(description="rotate logs for a service")
    ap.add_argument("service")
    args = ap.parse_args()
    subprocess.run(["journalctl", "-u", args.service, "--vacuum-time=2d"], check=True)  # sink
if __name__ == "__main__":
    main()
`],
['u-script-input-eval', 'code-injection', true, `def repl():
    while True:
        line = input("calc> ")
        if line in ("quit", "exit"):
            break
        print(eval(line))  # sink
if __name__ == "__main__":
    repl()
`],
['u-script-input-eval-allowlist', 'code-injection', false, `PRESETS = ("1 + 1", "2 ** 10", "sum(range(10))")
def repl():
    while True:
        line = input("preset> ")
        if line not in PRESETS:
            print("unknown preset")
            continue
        print(eval(line))  # sink
if __name__ == "__main__":
    repl()
`],
['u-script-sysargv-pickle', 'deserialization', true, `import pickle
import sys
def load_state(path):
    with open(path, "rb") as fh:
        return pickle.load(fh)  # sink
if __name__ == "__main__":
    state = load_state(sys.argv[1])
    print(len(state))
`],
['u-class-attr-sql', 'sql-injection', true, `from flask import Flask, request
from app.db import get_conn
app = Flask(__name__)
class Search:
    table = "products"
    def __init__(self, term):
        self.term = term
    def run(self):
        cur = get_conn().cursor()
        cur.execute("SELECT * FROM " + self.table + " WHERE name LIKE '%" + self.term + "%'")  # sink
        return cur.fetchall()
@app.route("/s")
def s():
    return {"rows": Search(request.args["term"]).run()}
`],
['u-class-attr-sql-const', 'sql-injection', false, `from flask import Flask, request
from app.db import get_conn
app = Flask(__name__)
class Search:
    table = "products"
    def __init__(self, term):
        self.term = term
    def run(self):
        cur = get_conn().cursor()
        cur.execute("SELECT * FROM " + self.table + " WHERE name LIKE %s", ("%" + self.term + "%",))  # sink
        return cur.fetchall()
@app.route("/s")
def s():
    return {"rows": Search(request.args["term"]).run()}
`],
['u-sqla-text-fstring', 'sql-injection', true, `from flask import Flask, request
from sqlalchemy import create_engine, text
app = Flask(__name__)
engine = create_engine("postgresql:///inventory")
@app.route("/stock")
def stock():
    sku = request.args.get("sku", "")
    with engine.connect() as conn:
        row = conn.execute(text(f"SELECT qty FROM stock WHERE sku = '{sku}'")).first()  # sink
    return {"qty": row[0] if row else 0}
`],
['u-sqla-text-bound', 'sql-injection', false, `from flask import Flask, request
from sqlalchemy import create_engine, text
app = Flask(__name__)
engine = create_engine("postgresql:///inventory")
@app.route("/stock")
def stock():
    sku = request.args.get("sku", "")
    with engine.connect() as conn:
        row = conn.execute(text("SELECT qty FROM stock WHERE sku = :sku"), {"sku": sku}).first()  # sink
    return {"qty": row[0] if row else 0}
`],
['u-fl-redirect-header', 'open-redirect', true, `from flask import Flask, request, redirect
app = Flask(__name__)
@app.route("/back")
def back():
    ref = request.headers.get("Referer", "/")
    return redirect(ref)  # sink
`],
['u-fl-redirect-url-for', 'open-redirect', false, `from flask import Flask, request, redirect, url_for
app = Flask(__name__)
@app.route("/back")
def back():
    section = request.args.get("section", "home")
    return redirect(url_for("docs", section=section))  # sink
`],
['u-fl-redirect-netloc', 'open-redirect', false, `from urllib.parse import urlparse
from flask import Flask, request, redirect
app = Flask(__name__)
TRUSTED = {"app.example.com", "www.example.com"}
@app.route("/out")
def out():
    target = request.args.get("to", "/")
    if urlparse(target).netloc not in TRUSTED:
        return redirect("/")
    return redirect(target)  # sink
`],
['u-dj-cookie-pickle', 'deserialization', true, `import base64
import pickle
from django.http import JsonResponse
def cart(request):
    blob = request.COOKIES.get("cart", "")
    items = pickle.loads(base64.b64decode(blob)) if blob else []  # sink
    return JsonResponse({"count": len(items)})
`],
['u-dj-cookie-json', 'deserialization', false, `import base64
import json
from django.http import JsonResponse
def cart(request):
    blob = request.COOKIES.get("cart", "")
    items = json.loads(base64.b64decode(blob)) if blob else []  # sink
    return JsonResponse({"count": len(items)})
`],
['u-fl-helper-escape-xss', 'xss', false, `import html
from flask import Flask, request
from markupsafe import Markup
app = Flask(__name__)
def badge(label):
    return '<span class="badge">%s</span>' % html.escape(label)
@app.route("/tag")
def tag():
    return Markup(badge(request.args.get("label", "")))  # sink
`],
['u-fl-helper-markup-xss', 'xss', true, `from flask import Flask, request
from markupsafe import Markup
app = Flask(__name__)
def badge(label):
    return '<span class="badge">%s</span>' % label
@app.route("/tag")
def tag():
    return Markup(badge(request.args.get("label", "")))  # sink
`],
// --- third set (ids `i2-`, 2026-12-03, written before the tool was run on it, without reading the rules): values
// through several module helpers, class properties, decorators, async views, walrus, match, lambdas/map,
// comprehensions, try/finally, augmented assignment, string methods, decoders; safe look-alikes use
// parameterised queries, list argv, shlex.quote, safe loaders, allow-lists, casts, escaping, url_for, safe_join.
['i2-sql-helper-chain', 'sql-injection', true, `import sqlite3
from flask import Flask, request
app = Flask(__name__)
def _clean(value):
    return value.strip()
def _normalise(value):
    return _clean(value).lower()
def _where_clause(column, value):
    return "WHERE %s = '%s'" % (column, _normalise(value))
class UserRepo:
    def __init__(self, path):
        self.conn = sqlite3.connect(path)
    def find(self, email):
        sql = "SELECT id, email FROM users " + _where_clause("email", email)
        return self.conn.execute(sql).fetchall()  # sink
@app.route("/lookup")
def lookup():
    repo = UserRepo("users.db")
    return {"rows": repo.find(request.args.get("email", ""))}
`],
['i2-sql-helper-chain-param', 'sql-injection', false, `import sqlite3
from flask import Flask, request
app = Flask(__name__)
def _clean(value):
    return value.strip()
def _normalise(value):
    return _clean(value).lower()
class UserRepo:
    def __init__(self, path):
        self.conn = sqlite3.connect(path)
    def find(self, email):
        sql = "SELECT id, email FROM users WHERE email = ?"
        return self.conn.execute(sql, (_normalise(email),)).fetchall()  # sink
@app.route("/lookup")
def lookup():
    repo = UserRepo("users.db")
    return {"rows": repo.find(request.args.get("email", ""))}
`],
['i2-sql-sqla-text-fstring', 'sql-injection', true, `from flask import Flask, request
from sqlalchemy import create_engine, text
app = Flask(__name__)
engine = create_engine("sqlite:///shop.db")
@app.get("/products")
def products():
    category = request.args.get("category", "all")
    with engine.connect() as conn:
        stmt = text(f"SELECT name, price FROM products WHERE category = '{category}'")  # sink
        rows = conn.execute(stmt).fetchall()
    return {"items": [dict(r._mapping) for r in rows]}
`],
['i2-sql-sqla-text-bindparams', 'sql-injection', false, `from flask import Flask, request
from sqlalchemy import create_engine, text
app = Flask(__name__)
engine = create_engine("sqlite:///shop.db")
@app.get("/products")
def products():
    category = request.args.get("category", "all")
    with engine.connect() as conn:
        stmt = text("SELECT name, price FROM products WHERE category = :cat").bindparams(cat=category)  # sink
        rows = conn.execute(stmt).fetchall()
    return {"items": [dict(r._mapping) for r in rows]}
`],
['i2-sql-dj-extra-where', 'sql-injection', true, `from django.http import JsonResponse
from .models import Article
def by_author(request):
    author = request.GET.get("author", "")
    qs = Article.objects.extra(where=["author_name = '%s'" % author])  # sink
    return JsonResponse({"titles": [a.title for a in qs]})
`],
['i2-sql-dj-extra-params', 'sql-injection', false, `from django.http import JsonResponse
from .models import Article
def by_author(request):
    author = request.GET.get("author", "")
    qs = Article.objects.extra(where=["author_name = %s"], params=[author])  # sink
    return JsonResponse({"titles": [a.title for a in qs]})
`],
['i2-sql-match-column', 'sql-injection', false, `import sqlite3
from flask import Flask, request
app = Flask(__name__)
@app.route("/sorted")
def sorted_users():
    match request.args.get("sort"):
        case "name":
            column = "name"
        case "age":
            column = "age"
        case _:
            column = "id"
    conn = sqlite3.connect("app.db")
    rows = conn.execute(f"SELECT id, name FROM users ORDER BY {column}").fetchall()  # sink
    return {"rows": rows}
`],
['i2-sql-match-capture', 'sql-injection', true, `import sqlite3
from flask import Flask, request
app = Flask(__name__)
@app.route("/sorted")
def sorted_users():
    match request.args.get("sort"):
        case "name" | "age":
            column = "name"
        case other:
            column = other
    conn = sqlite3.connect("app.db")
    rows = conn.execute(f"SELECT id, name FROM users ORDER BY {column}").fetchall()  # sink
    return {"rows": rows}
`],
['i2-sql-walrus', 'sql-injection', true, `import psycopg2
from flask import Flask, request
app = Flask(__name__)
conn = psycopg2.connect(dbname="app")
@app.route("/orders")
def orders():
    cur = conn.cursor()
    if (status := request.args.get("status")) is not None:
        cur.execute("SELECT * FROM orders WHERE status = '" + status + "'")  # sink
    else:
        cur.execute("SELECT * FROM orders")
    return {"orders": cur.fetchall()}
`],
['i2-sql-walrus-pct-param', 'sql-injection', false, `import psycopg2
from flask import Flask, request
app = Flask(__name__)
conn = psycopg2.connect(dbname="app")
@app.route("/orders")
def orders():
    cur = conn.cursor()
    if (status := request.args.get("status")) is not None:
        cur.execute("SELECT * FROM orders WHERE status = %s", (status,))  # sink
    else:
        cur.execute("SELECT * FROM orders")
    return {"orders": cur.fetchall()}
`],
['i2-sql-dict-safe-key', 'sql-injection', false, `import sqlite3
from flask import Flask, request
app = Flask(__name__)
@app.route("/report")
def report():
    opts = {"filter": request.args.get("f", ""), "table": "daily_sales"}
    opts["limit"] = 50
    conn = sqlite3.connect("reports.db")
    sql = "SELECT * FROM %s LIMIT %d" % (opts["table"], opts["limit"])
    return {"rows": conn.execute(sql).fetchall()}  # sink
`],
['i2-sql-dict-tainted-key', 'sql-injection', true, `import sqlite3
from flask import Flask, request
app = Flask(__name__)
@app.route("/report")
def report():
    opts = {"filter": request.args.get("f", ""), "table": "daily_sales"}
    conn = sqlite3.connect("reports.db")
    sql = "SELECT * FROM %s WHERE region = '%s'" % (opts["table"], opts["filter"])
    return {"rows": conn.execute(sql).fetchall()}  # sink
`],
['i2-sql-augassign', 'sql-injection', true, `from django.db import connection
from django.http import JsonResponse
def invoices(request):
    sql = "SELECT id, total FROM invoices"
    customer = request.GET.get("customer")
    if customer:
        sql += " WHERE customer_id = " + customer
    sql += " ORDER BY id DESC"
    with connection.cursor() as cursor:
        cursor.execute(sql)  # sink
        return JsonResponse({"rows": cursor.fetchall()})
`],
['i2-sql-augassign-int', 'sql-injection', false, `from django.db import connection
from django.http import JsonResponse
def invoices(request):
    sql = "SELECT id, total FROM invoices"
    customer = request.GET.get("customer")
    if customer:
        sql += " WHERE customer_id = %d" % int(customer)
    sql += " ORDER BY id DESC"
    with connection.cursor() as cursor:
        cursor.execute(sql)  # sink
        return JsonResponse({"rows": cursor.fetchall()})
`],
['i2-sql-in-list-comprehension', 'sql-injection', true, `import sqlite3
from flask import Flask, request
app = Flask(__name__)
@app.route("/batch")
def batch():
    ids = [part.strip() for part in request.args.get("ids", "").split(",") if part]
    conn = sqlite3.connect("app.db")
    query = "SELECT * FROM items WHERE id IN (%s)" % ",".join(ids)
    return {"rows": conn.execute(query).fetchall()}  # sink
`],
['i2-sql-in-list-placeholders', 'sql-injection', false, `import sqlite3
from flask import Flask, request
app = Flask(__name__)
@app.route("/batch")
def batch():
    ids = [part.strip() for part in request.args.get("ids", "").split(",") if part]
    conn = sqlite3.connect("app.db")
    marks = ",".join("?" for _ in ids)
    query = "SELECT * FROM items WHERE id IN (%s)" % marks
    return {"rows": conn.execute(query, ids).fetchall()}  # sink
`],
['i2-sql-format-lower', 'sql-injection', true, `import sqlite3
from fastapi import FastAPI
app = FastAPI()
def tag_query(tag: str) -> str:
    return "SELECT title FROM posts WHERE tag = '{}'".format(tag.lower())
@app.get("/posts")
async def posts(tag: str):
    conn = sqlite3.connect("blog.db")
    return {"titles": conn.execute(tag_query(tag)).fetchall()}  # sink
`],
['i2-sql-format-uuid', 'sql-injection', false, `import sqlite3
import uuid
from fastapi import FastAPI
app = FastAPI()
def post_query(post_id) -> str:
    return "SELECT title FROM posts WHERE id = '{}'".format(uuid.UUID(post_id))
@app.get("/post")
async def post(post_id: str):
    conn = sqlite3.connect("blog.db")
    return {"title": conn.execute(post_query(post_id)).fetchone()}  # sink
`],
// command injection
['i2-cmd-json-body', 'command-injection', true, `import json
import subprocess
from flask import Flask, request
app = Flask(__name__)
@app.post("/diag/ping")
def ping():
    host = json.loads(request.data)["host"]
    out = subprocess.run(f"ping -c 1 {host}", shell=True, capture_output=True, text=True)  # sink
    return {"out": out.stdout}
`],
['i2-cmd-json-body-argv', 'command-injection', false, `import json
import subprocess
from flask import Flask, request
app = Flask(__name__)
@app.post("/diag/ping")
def ping():
    host = json.loads(request.data)["host"]
    out = subprocess.run(["ping", "-c", "1", "--", host], capture_output=True, text=True)  # sink
    return {"out": out.stdout}
`],
['i2-cmd-shlex-quote', 'command-injection', false, `import os
import shlex
from flask import Flask, request
app = Flask(__name__)
def build_cmd(path):
    return "du -sh " + shlex.quote(path)
@app.route("/usage")
def usage():
    target = request.args.get("dir", ".")
    return os.popen(build_cmd(target)).read()  # sink
`],
['i2-cmd-b64-decode', 'command-injection', true, `import base64
import os
from flask import Flask, request
app = Flask(__name__)
def decode_job(token):
    return base64.b64decode(token).decode("utf-8")
@app.route("/jobs/run")
def run_job():
    job = decode_job(request.args["job"])
    return os.popen(job).read()  # sink
`],
['i2-cmd-env-config', 'command-injection', false, `import os
import subprocess
from flask import Flask, request
app = Flask(__name__)
BACKUP_CMD = os.environ.get("BACKUP_CMD", "pg_dump app > /backups/app.sql")
@app.post("/admin/backup")
def backup():
    reason = request.form.get("reason", "")
    app.logger.info("backup requested: %s", reason)
    subprocess.check_call(BACKUP_CMD, shell=True)  # sink
    return {"ok": True}
`],
['i2-cmd-async-shell', 'command-injection', true, `import asyncio
from fastapi import FastAPI
app = FastAPI()
@app.get("/logs/search")
async def search_logs(pattern: str):
    proc = await asyncio.create_subprocess_shell(  # sink
        "grep -n '" + pattern + "' /var/log/app.log",
        stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await proc.communicate()
    return {"lines": out.decode().splitlines()}
`],
['i2-cmd-decorated-view', 'command-injection', true, `import functools
import os
from flask import Flask, request, abort, session
app = Flask(__name__)
def login_required(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        if "user" not in session:
            abort(401)
        return view(*args, **kwargs)
    return wrapper
@app.post("/thumbs")
@login_required
def thumbnail():
    upload = request.files["image"]
    name = upload.filename
    upload.save("/tmp/" + name)
    os.system("convert /tmp/" + name + " -resize 64x64 /srv/thumbs/out.png")  # sink
    return {"ok": True}
`],
['i2-cmd-branch-folds', 'command-injection', false, `import subprocess
from flask import Flask, request
app = Flask(__name__)
ALLOW_CUSTOM = False
@app.route("/status")
def status():
    cmd = request.args.get("cmd", "uptime") if ALLOW_CUSTOM else "uptime"
    return subprocess.check_output(cmd, shell=True)  # sink
`],
['i2-cmd-overwrite-default', 'command-injection', true, `import os
from flask import Flask, request
app = Flask(__name__)
@app.route("/status")
def status():
    cmd = "uptime"
    cmd = request.args.get("cmd", cmd)
    return os.popen(cmd).read()  # sink
`],
['i2-cmd-overwrite-const', 'command-injection', false, `import os
from flask import Flask, request
app = Flask(__name__)
@app.route("/status")
def status():
    cmd = request.args.get("cmd", "uptime")
    app.logger.debug("requested %s", cmd)
    cmd = "uptime"
    return os.popen(cmd).read()  # sink
`],
['i2-cmd-allowlist-abort', 'command-injection', false, `import subprocess
from flask import Flask, request, abort
app = Flask(__name__)
SERVICES = {"nginx", "redis", "postgresql"}
@app.post("/restart")
def restart():
    svc = request.form.get("service", "").strip()
    if svc not in SERVICES:
        abort(400)
    subprocess.run("systemctl restart " + svc, shell=True, check=True)  # sink
    return {"restarted": svc}
`],
// code injection
['i2-code-lambda-map', 'code-injection', true, `from flask import Flask, request
app = Flask(__name__)
@app.post("/calc")
def calc():
    exprs = list(map(lambda s: s.strip(), request.form.getlist("expr")))
    results = []
    for e in exprs:
        results.append(eval(e))  # sink
    return {"results": results}
`],
['i2-code-literal-eval', 'code-injection', false, `import ast
from flask import Flask, request
app = Flask(__name__)
@app.post("/calc")
def calc():
    exprs = list(map(lambda s: s.strip(), request.form.getlist("expr")))
    results = []
    for e in exprs:
        results.append(ast.literal_eval(e))  # sink
    return {"results": results}
`],
['i2-code-class-property', 'code-injection', true, `from django.http import JsonResponse
class Formula:
    def __init__(self, req):
        self._raw = req.GET.get("f", "0")
    @property
    def expression(self):
        return self._raw.replace(" ", "")
def evaluate(request):
    formula = Formula(request)
    return JsonResponse({"value": eval(formula.expression)})  # sink
`],
['i2-code-fullmatch-guard', 'code-injection', false, `import re
from flask import Flask, request, abort
app = Flask(__name__)
ARITH = re.compile(r"[0-9 ()+*/.-]{1,40}")
@app.route("/calc")
def calc():
    expr = request.args.get("e", "")
    if not ARITH.fullmatch(expr):
        abort(400)
    return {"value": eval(expr, {"__builtins__": {}}, {})}  # sink
`],
['i2-code-exec-tryfinally', 'code-injection', true, `from flask import Flask, request
app = Flask(__name__)
@app.post("/plugins/run")
def run_plugin():
    scope = {}
    try:
        source = request.form["source"]
        code = compile(source, "<plugin>", "exec")
        exec(code, scope)  # sink
    finally:
        scope.clear()
    return {"ok": True}
`],
['i2-code-list-safe-element', 'code-injection', false, `from flask import Flask, request
app = Flask(__name__)
@app.route("/demo")
def demo():
    candidates = [request.args.get("x", ""), "2 * 21"]
    candidates.append("1 + 1")
    picked = candidates[1]
    return {"value": eval(picked)}  # sink
`],
// deserialisation
['i2-deser-pickle-helper', 'deserialization', true, `import pickle
from flask import Flask, request
app = Flask(__name__)
def _decode(raw):
    return pickle.loads(raw)  # sink
@app.post("/session/restore")
def restore():
    state = _decode(request.get_data())
    return {"keys": sorted(state)}
`],
['i2-deser-pickle-hmac', 'deserialization', false, `import hashlib
import hmac
import os
import pickle
from flask import Flask, request, abort
app = Flask(__name__)
SECRET = os.environ["STATE_KEY"].encode()
@app.post("/session/restore")
def restore():
    blob = request.get_data()
    sig, payload = blob[:32], blob[32:]
    expected = hmac.new(SECRET, payload, hashlib.sha256).digest()
    if not hmac.compare_digest(sig, expected):
        abort(403)
    state = pickle.loads(payload)  # sink
    return {"keys": sorted(state)}
`],
['i2-deser-yaml-loader-var', 'deserialization', true, `import yaml
from flask import Flask, request
app = Flask(__name__)
LOADER = yaml.UnsafeLoader
@app.post("/config/preview")
def preview():
    text = request.get_data(as_text=True)
    doc = yaml.load(text, Loader=LOADER)  # sink
    return {"keys": list(doc)}
`],
['i2-deser-yaml-safeloader', 'deserialization', false, `import yaml
from flask import Flask, request
app = Flask(__name__)
@app.post("/config/preview")
def preview():
    stream = request.stream
    try:
        doc = yaml.load(stream, Loader=yaml.SafeLoader)  # sink
    finally:
        stream.close()
    return {"keys": list(doc)}
`],
['i2-deser-marshal-b64', 'deserialization', true, `import base64
import marshal
from django.http import JsonResponse
def resume(request):
    state = request.POST.get("state", "")
    code_obj = marshal.loads(base64.b64decode(state))  # sink
    return JsonResponse({"name": code_obj.co_name})
`],
['i2-deser-pickle-settings-file', 'deserialization', false, `import pickle
from django.conf import settings
from django.http import JsonResponse
def predict(request):
    features = [float(x) for x in request.GET.getlist("x")]
    with open(settings.MODEL_PATH, "rb") as fh:
        model = pickle.load(fh)  # sink
    return JsonResponse({"y": model.predict([features]).tolist()})
`],
// XXE
['i2-xxe-lxml-resolve', 'xxe', true, `from lxml import etree
from flask import Flask, request
app = Flask(__name__)
PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)
@app.post("/import")
def import_xml():
    root = etree.fromstring(request.get_data(), PARSER)  # sink
    return {"items": len(root)}
`],
['i2-xxe-lxml-no-resolve', 'xxe', false, `from lxml import etree
from flask import Flask, request
app = Flask(__name__)
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
@app.post("/import")
def import_xml():
    root = etree.fromstring(request.get_data(), PARSER)  # sink
    return {"items": len(root)}
`],
// path traversal
['i2-path-unquote-join', 'path-traversal', true, `import os
from urllib.parse import unquote
from flask import Flask, request, send_file
app = Flask(__name__)
BASE = "/srv/exports"
@app.route("/download")
def download():
    name = unquote(request.args.get("file", ""))
    return send_file(os.path.join(BASE, name))  # sink
`],
['i2-path-safe-join', 'path-traversal', false, `from urllib.parse import unquote
from flask import Flask, request, send_file, abort
from werkzeug.security import safe_join
app = Flask(__name__)
BASE = "/srv/exports"
@app.route("/download")
def download():
    name = unquote(request.args.get("file", ""))
    path = safe_join(BASE, name)
    if path is None:
        abort(404)
    return send_file(path)  # sink
`],
['i2-path-uuid-cast', 'path-traversal', false, `import json
import os
import uuid
from django.http import JsonResponse
DATA_DIR = "/var/app/docs"
def document(request, doc_id):
    key = str(uuid.UUID(doc_id))
    with open(os.path.join(DATA_DIR, key + ".json")) as fh:  # sink
        return JsonResponse(json.load(fh))
`],
['i2-path-header-split', 'path-traversal', true, `from flask import Flask, request
app = Flask(__name__)
@app.route("/raw")
def raw():
    name = request.headers.get("X-Resource", "index.txt").split()[0]
    with open(f"/srv/data/{name}") as fh:  # sink
        return fh.read()
`],
['i2-path-allowlist-return', 'path-traversal', false, `from flask import Flask, request
app = Flask(__name__)
REPORTS = ("daily.csv", "weekly.csv", "monthly.csv")
@app.route("/report")
def report():
    name = request.args.get("name", "")
    if name not in REPORTS:
        return "unknown report", 404
    with open("/srv/reports/" + name) as fh:  # sink
        return fh.read()
`],
// open redirect
['i2-redirect-helper-next', 'open-redirect', true, `from flask import Flask, request, redirect, url_for
app = Flask(__name__)
def _after_login_target():
    return request.args.get("next") or url_for("index")
@app.post("/login")
def login():
    return redirect(_after_login_target())  # sink
`],
['i2-redirect-url-for', 'open-redirect', false, `from flask import Flask, request, redirect, url_for
app = Flask(__name__)
@app.post("/login")
def login():
    user = request.form.get("user", "")
    return redirect(url_for("profile", username=user))  # sink
`],
['i2-redirect-dj-get', 'open-redirect', true, `from django.http import HttpResponseRedirect
from django.views import View
class LogoutView(View):
    def get(self, request):
        target = request.GET.get("return_to", "/")
        return HttpResponseRedirect(target)  # sink
`],
['i2-redirect-dj-allowed-host', 'open-redirect', false, `from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views import View
class LogoutView(View):
    def get(self, request):
        target = request.GET.get("return_to", "/")
        if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
            target = "/"
        return HttpResponseRedirect(target)  # sink
`],
// SSRF
['i2-ssrf-fetcher-class', 'ssrf', true, `import requests
from flask import Flask, request
app = Flask(__name__)
class Fetcher:
    def __init__(self, timeout=5):
        self.timeout = timeout
    def fetch(self, url):
        return requests.get(url, timeout=self.timeout).text  # sink
@app.post("/preview")
def preview():
    return {"html": Fetcher().fetch(request.json["url"])[:500]}
`],
['i2-ssrf-hostname-allowlist', 'ssrf', false, `from urllib.parse import urlparse
import requests
from flask import Flask, request, abort
app = Flask(__name__)
ALLOWED_HOSTS = {"api.partner.example", "cdn.partner.example"}
@app.post("/preview")
def preview():
    url = request.json["url"]
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED_HOSTS:
        abort(400)
    return {"html": requests.get(url, timeout=5).text[:500]}  # sink
`],
['i2-ssrf-urlopen-host', 'ssrf', true, `import urllib.request
from fastapi import FastAPI
app = FastAPI()
@app.get("/health/remote")
def remote_health(host: str):
    with urllib.request.urlopen(f"http://{host}/status", timeout=3) as resp:  # sink
        return {"status": resp.status}
`],
['i2-ssrf-params-only', 'ssrf', false, `import os
import requests
from fastapi import FastAPI
app = FastAPI()
UPSTREAM = os.environ.get("SEARCH_UPSTREAM", "https://search.internal.example/api")
@app.get("/search")
def search(q: str):
    resp = requests.get(UPSTREAM, params={"q": q}, timeout=3)  # sink
    return resp.json()
`],
// template injection
['i2-ssti-template-string', 'template-injection', true, `from flask import Flask, request
from jinja2 import Template
app = Flask(__name__)
@app.route("/greet")
def greet():
    greeting = request.args.get("greeting", "Hello")
    tpl = Template(greeting + ", {{ name }}!")  # sink
    return tpl.render(name="guest")
`],
['i2-ssti-render-template', 'template-injection', false, `from flask import Flask, request, render_template
app = Flask(__name__)
@app.route("/greet")
def greet():
    greeting = request.args.get("greeting", "Hello")
    return render_template("greet.html", greeting=greeting, name="guest")  # sink
`],
// LDAP
['i2-ldap-filter-fstring', 'ldap-injection', true, `import ldap
from flask import Flask, request
app = Flask(__name__)
class Directory:
    def __init__(self):
        self.conn = ldap.initialize("ldap://ldap.corp.example")
    def members(self, group):
        flt = f"(&(objectClass=person)(memberOf=cn={group},ou=groups,dc=corp,dc=example))"
        return self.conn.search_s("dc=corp,dc=example", ldap.SCOPE_SUBTREE, flt)  # sink
@app.route("/members")
def members():
    return {"n": len(Directory().members(request.args["group"]))}
`],
['i2-ldap-filter-escaped', 'ldap-injection', false, `import ldap
from ldap.filter import escape_filter_chars
from flask import Flask, request
app = Flask(__name__)
class Directory:
    def __init__(self):
        self.conn = ldap.initialize("ldap://ldap.corp.example")
    def members(self, group):
        flt = f"(&(objectClass=person)(memberOf=cn={escape_filter_chars(group)},ou=groups,dc=corp,dc=example))"
        return self.conn.search_s("dc=corp,dc=example", ldap.SCOPE_SUBTREE, flt)  # sink
@app.route("/members")
def members():
    return {"n": len(Directory().members(request.args["group"]))}
`],
// XPath
['i2-xpath-fstring', 'xpath', true, `from lxml import etree
from flask import Flask, request
app = Flask(__name__)
TREE = etree.parse("/srv/app/users.xml")
@app.route("/user")
def user():
    login = request.args.get("login", "")
    nodes = TREE.xpath(f"//user[login='{login}']/email/text()")  # sink
    return {"email": nodes[0] if nodes else None}
`],
['i2-xpath-variable', 'xpath', false, `from lxml import etree
from flask import Flask, request
app = Flask(__name__)
TREE = etree.parse("/srv/app/users.xml")
@app.route("/user")
def user():
    login = request.args.get("login", "")
    nodes = TREE.xpath("//user[login=$login]/email/text()", login=login)  # sink
    return {"email": nodes[0] if nodes else None}
`],
// ===== c2-: non-taint classes (secrets, weak crypto, cookies, transport, returned-string XSS, XPath, swallowed
// exceptions, insecure config, test-code noise), 2026-12-03, written before the tool was run on them. A 5th element
// names the file the case stands for (tests/..., settings.py); category `any` counts every finding (test code).
// --- hard-coded secrets
['c2-sec-stripe-live', 'hardcoded-secret', true, `import stripe
from decimal import Decimal

stripe.api_key = "sk_live_u8jzPde0IgxLd6GncfBAepfJ"  # sink


def charge(customer_id: str, amount: Decimal, currency: str = "eur"):
    return stripe.PaymentIntent.create(
        customer=customer_id,
        amount=int(amount * 100),
        currency=currency,
        confirm=True,
    )
`],
['c2-sec-stripe-env', 'hardcoded-secret', false, `import os
import stripe
from decimal import Decimal

stripe.api_key = os.environ["STRIPE_SECRET_KEY"]  # sink


def charge(customer_id: str, amount: Decimal, currency: str = "eur"):
    return stripe.PaymentIntent.create(
        customer=customer_id,
        amount=int(amount * 100),
        currency=currency,
        confirm=True,
    )
`],
['c2-sec-flask-dsn', 'hardcoded-secret', true, `from flask import Flask
from flask_sqlalchemy import SQLAlchemy


class ProductionConfig:
    SQLALCHEMY_DATABASE_URI = "postgresql://billing_svc:Xr7pQ2mZvK9w@db-primary.acme-internal.net:5432/billing"  # sink
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    JSON_SORT_KEYS = False


app = Flask(__name__)
app.config.from_object(ProductionConfig)
db = SQLAlchemy(app)
`],
['c2-sec-flask-dsn-env', 'hardcoded-secret', false, `import os
from flask import Flask
from flask_sqlalchemy import SQLAlchemy


class ProductionConfig:
    SQLALCHEMY_DATABASE_URI = os.getenv("DATABASE_URL", "postgresql://localhost/billing_dev")  # sink
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    JSON_SORT_KEYS = False


app = Flask(__name__)
app.config.from_object(ProductionConfig)
db = SQLAlchemy(app)
`],
['c2-sec-django-db-password', 'hardcoded-secret', true, `from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "inventory",
        "USER": "inventory_app",
        "PASSWORD": "Wq3!rTz8Lp0v#Kd2",  # sink
        "HOST": "pg.prod.internal",
        "PORT": "5432",
    }
}

STATIC_ROOT = BASE_DIR / "staticfiles"
`, 'inventory/settings.py'],
['c2-sec-django-db-env', 'hardcoded-secret', false, `import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("DB_NAME", "inventory"),
        "USER": os.environ.get("DB_USER", "inventory_app"),
        "PASSWORD": os.environ.get("DB_PASSWORD", ""),  # sink
        "HOST": os.environ.get("DB_HOST", "localhost"),
        "PORT": "5432",
    }
}

STATIC_ROOT = BASE_DIR / "staticfiles"
`, 'inventory/settings.py'],
['c2-sec-jwt-literal', 'hardcoded-secret', true, `from datetime import datetime, timedelta, timezone

import jwt
from fastapi import APIRouter, HTTPException

router = APIRouter()


def issue_token(user_id: int) -> str:
    now = datetime.now(timezone.utc)
    claims = {"sub": str(user_id), "iat": now, "exp": now + timedelta(hours=12)}
    return jwt.encode(claims, "k9#Vd82!mQz_signing_secret_2024", algorithm="HS256")  # sink


@router.post("/token")
def token(user_id: int):
    if user_id <= 0:
        raise HTTPException(status_code=400)
    return {"access_token": issue_token(user_id)}
`],
['c2-sec-jwt-settings', 'hardcoded-secret', false, `from datetime import datetime, timedelta, timezone

import jwt
from fastapi import APIRouter, HTTPException

from .config import settings

router = APIRouter()


def issue_token(user_id: int) -> str:
    now = datetime.now(timezone.utc)
    claims = {"sub": str(user_id), "iat": now, "exp": now + timedelta(hours=12)}
    return jwt.encode(claims, settings.jwt_secret, algorithm="HS256")  # sink


@router.post("/token")
def token(user_id: int):
    if user_id <= 0:
        raise HTTPException(status_code=400)
    return {"access_token": issue_token(user_id)}
`],
['c2-sec-flask-secret-literal', 'hardcoded-secret', true, `from flask import Flask, session

app = Flask(__name__)
app.config["SECRET_KEY"] = "f3a9c1e07b2d4e58a6c9d0e1f2a3b4c5"  # sink
app.config["SESSION_COOKIE_SECURE"] = True


@app.route("/visit")
def visit():
    session["visits"] = session.get("visits", 0) + 1
    return {"visits": session["visits"]}
`],
['c2-sec-flask-secret-env', 'hardcoded-secret', false, `import os
import secrets
from flask import Flask, session

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ.get("FLASK_SECRET_KEY") or secrets.token_hex(32)  # sink
app.config["SESSION_COOKIE_SECURE"] = True


@app.route("/visit")
def visit():
    session["visits"] = session.get("visits", 0) + 1
    return {"visits": session["visits"]}
`],
['c2-sec-private-key-pem', 'hardcoded-secret', true, `import base64

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

SIGNING_KEY_PEM = b"""-----BEGIN RSA PRIVATE KEY-----
DzfESSG9P2Vk6t9/FCpyZoxH4iPRbt2MR7Rq/Fuu4mH1OyYVLSY7qDsDfNSWLkNI
ASVriF6ckFHzILDbg/Oep629DXTm3sfz367Mj2RlZmQae6JmDzAR/DVwKRxXmQ0a
AJEmiRnyXZ0GEt81nWAmokD0WJpdeR8d2Xz++nd6e08VJBq/V71DetSxKYQFNPPz
h1wlsIvqBsKHTPqk3Rey2EKEXegqW8U5iIrHgFSiOZzPyfzC2jHOPdFmvc06M4R+
-----END RSA PRIVATE KEY-----"""  # sink


def sign(payload: bytes) -> str:
    key = serialization.load_pem_private_key(SIGNING_KEY_PEM, password=None)
    sig = key.sign(payload, padding.PKCS1v15(), hashes.SHA256())
    return base64.b64encode(sig).decode()
`],
['c2-sec-public-key-pem', 'hardcoded-secret', false, `import base64

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding

VENDOR_PUBLIC_KEY_PEM = b"""-----BEGIN PUBLIC KEY-----
DzfESSG9P2Vk6t9/FCpyZoxH4iPRbt2MR7Rq/Fuu4mH1OyYVLSY7qDsDfNSWLkNI
ASVriF6ckFHzILDbg/Oep629DXTm3sfz367Mj2RlZmQae6JmDzAR/DVwKRxXmQ0a
AJEmiRnyXZ0GEt81nWAmokD0WJpdeR8d2Xz++nd6e08VJBq/V71DetSxKYQFNPPz
-----END PUBLIC KEY-----"""  # sink


def verify(payload: bytes, signature_b64: str) -> bool:
    key = serialization.load_pem_public_key(VENDOR_PUBLIC_KEY_PEM)
    try:
        key.verify(base64.b64decode(signature_b64), payload, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature:
        return False
    return True
`],
['c2-sec-redis-url', 'hardcoded-secret', true, `import json

import redis

cache = redis.Redis.from_url("redis://:Tq8vLm3Kz9wPa2Rx@cache-01.acme-prod.net:6379/0")  # sink


def remember(key: str, value: dict, ttl: int = 300) -> None:
    cache.setex(key, ttl, json.dumps(value))


def recall(key: str):
    raw = cache.get(key)
    return json.loads(raw) if raw else None
`],
['c2-sec-dsn-template', 'hardcoded-secret', false, `import os

import psycopg2


def connect():
    cfg = {
        "user": os.environ["PGUSER"],
        "password": os.environ["PGPASSWORD"],
        "host": os.environ.get("PGHOST", "localhost"),
        "db": os.environ.get("PGDATABASE", "reports"),
    }
    dsn = "postgresql://{user}:{password}@{host}:5432/{db}".format(**cfg)  # sink
    return psycopg2.connect(dsn)
`],
['c2-sec-compose-placeholder', 'hardcoded-secret', false, `"""Writes a docker-compose override for local development."""
from pathlib import Path

TEMPLATE = {
    "DATABASE_URL": "postgres://app:\${POSTGRES_PASSWORD}@db:5432/app",  # sink
    "REDIS_URL": "redis://redis:6379/0",
    "ADMIN_PASSWORD": "<password>",
    "SMTP_PASSWORD": "",
}


def write_env(target: Path) -> None:
    lines = [f"{k}={v}" for k, v in TEMPLATE.items()]
    target.write_text("\\n".join(lines) + "\\n")
`],
['c2-sec-github-token', 'hardcoded-secret', true, `import requests

GITHUB_TOKEN = "ghp_Bd0Kh8oOOL8dKLzdocJ2isAjIhKtJ0RlgLKO"  # sink
REPO = "acme/platform"


def open_issue(title: str, body: str) -> int:
    resp = requests.post(
        f"https://api.github.com/repos/{REPO}/issues",
        headers={"Authorization": f"token {GITHUB_TOKEN}", "Accept": "application/vnd.github+json"},
        json={"title": title, "body": body},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()["number"]
`],
['c2-sec-password-field-names', 'hardcoded-secret', false, `import getpass

from django import forms
from django.contrib.auth import password_validation

PASSWORD_FIELD = "password"  # sink
PASSWORD_HELP = "Your password must contain at least 12 characters."
PASSWORD_MISMATCH = "The two password fields didn't match."


class SignupForm(forms.Form):
    email = forms.EmailField()
    password = forms.CharField(widget=forms.PasswordInput, help_text=PASSWORD_HELP)
    password_confirm = forms.CharField(widget=forms.PasswordInput, label="Confirm password")

    def clean(self):
        data = super().clean()
        if data.get(PASSWORD_FIELD) != data.get("password_confirm"):
            raise forms.ValidationError(PASSWORD_MISMATCH)
        password_validation.validate_password(data.get(PASSWORD_FIELD))
        return data


def ask_admin_password() -> str:
    return getpass.getpass("Admin password: ")
`],
['c2-sec-hash-constants', 'hardcoded-secret', false, `import hashlib
from pathlib import Path

# sha256 of the vendored release tarball, pinned so a tampered download fails.
EXPECTED_SHA256 = "9f2b5c0e4d8a71c3b6e0f1a2d3c4b5a69788e7f6d5c4b3a2918f7e6d5c4b3a29"  # sink
EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
PINNED_COMMIT = "4f1c2d3e5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d"


def verify_download(path: Path) -> None:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest in (EMPTY_SHA256,) or digest != EXPECTED_SHA256:
        raise RuntimeError(f"checksum mismatch for {path.name}")
`],
// --- weak crypto / randomness
['c2-crypto-md5-password', 'weak-crypto', true, `import hashlib

from flask import Flask, request, abort

from .db import get_user, save_user

app = Flask(__name__)


@app.post("/register")
def register():
    username = request.form["username"]
    password = request.form["password"]
    if get_user(username):
        abort(409)
    save_user(username, hashlib.md5(password.encode("utf-8")).hexdigest())  # sink
    return {"ok": True}, 201
`],
['c2-crypto-pbkdf2-password', 'weak-crypto', false, `import hashlib
import os

from flask import Flask, request, abort

from .db import get_user, save_user

app = Flask(__name__)


@app.post("/register")
def register():
    username = request.form["username"]
    password = request.form["password"]
    if get_user(username):
        abort(409)
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, 600_000)  # sink
    save_user(username, salt.hex() + ":" + digest.hex())
    return {"ok": True}, 201
`],
['c2-crypto-sha1-webhook-sig', 'weak-crypto', true, `import hashlib

from django.conf import settings
from django.http import HttpResponse, HttpResponseForbidden
from django.views.decorators.http import require_POST


def _signature(body: bytes) -> str:
    return hashlib.sha1(settings.WEBHOOK_SECRET.encode() + body).hexdigest()  # sink


@require_POST
def webhook(request):
    if request.headers.get("X-Signature") != _signature(request.body):
        return HttpResponseForbidden()
    return HttpResponse(status=204)
`],
['c2-crypto-md5-etag', 'weak-crypto', false, `import hashlib
import json

from django.http import HttpResponse, HttpResponseNotModified

from .models import Catalog


def catalog(request):
    body = json.dumps(list(Catalog.objects.values("sku", "price")), sort_keys=True).encode()
    etag = '"%s"' % hashlib.md5(body).hexdigest()  # sink
    if request.headers.get("If-None-Match") == etag:
        return HttpResponseNotModified()
    resp = HttpResponse(body, content_type="application/json")
    resp["ETag"] = etag
    return resp
`],
['c2-crypto-sha1-shard', 'weak-crypto', false, `import hashlib

SHARDS = 16


def shard_for(object_key: str) -> int:
    digest = hashlib.sha1(object_key.encode(), usedforsecurity=False).digest()  # sink
    return int.from_bytes(digest[:4], "big") % SHARDS
`],
['c2-crypto-des-cbc', 'weak-crypto', true, `from Crypto.Cipher import DES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad


def encrypt_ssn(ssn: str, key: bytes) -> bytes:
    iv = get_random_bytes(8)
    cipher = DES.new(key, DES.MODE_CBC, iv)  # sink
    return iv + cipher.encrypt(pad(ssn.encode(), 8))
`],
['c2-crypto-aes-ecb', 'weak-crypto', true, `from Crypto.Cipher import AES
from Crypto.Util.Padding import pad


class CardVault:
    def __init__(self, key: bytes):
        self._key = key

    def seal(self, pan: str) -> bytes:
        cipher = AES.new(self._key, AES.MODE_ECB)  # sink
        return cipher.encrypt(pad(pan.encode(), AES.block_size))
`],
['c2-crypto-aes-gcm', 'weak-crypto', false, `from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes


class CardVault:
    def __init__(self, key: bytes):
        self._key = key

    def seal(self, pan: str) -> bytes:
        nonce = get_random_bytes(12)
        cipher = AES.new(self._key, AES.MODE_GCM, nonce=nonce)  # sink
        ciphertext, tag = cipher.encrypt_and_digest(pan.encode())
        return nonce + tag + ciphertext
`],
['c2-crypto-rsa-1024', 'weak-crypto', true, `from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa


def new_device_keypair():
    key = rsa.generate_private_key(public_exponent=65537, key_size=1024)  # sink
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return pem, key.public_key()
`],
['c2-crypto-rsa-3072', 'weak-crypto', false, `from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

KEY_BITS = 3072


def new_device_keypair():
    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)  # sink
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return pem, key.public_key()
`],
['c2-rand-reset-token', 'weak-random', true, `import random
import string
from datetime import datetime, timedelta

from .models import PasswordReset

ALPHABET = string.ascii_letters + string.digits


def create_reset(user):
    token = "".join(random.choice(ALPHABET) for _ in range(32))  # sink
    PasswordReset.objects.create(user=user, token=token, expires=datetime.utcnow() + timedelta(hours=1))
    return token
`],
['c2-rand-backoff-shuffle', 'weak-random', false, `import random
import time

import requests


def fetch_with_retry(url: str, attempts: int = 5):
    for attempt in range(attempts):
        try:
            return requests.get(url, timeout=5)
        except requests.ConnectionError:
            time.sleep(min(30, 2 ** attempt) + random.uniform(0, 0.5))  # sink
    raise RuntimeError("gave up")


def featured(products: list) -> list:
    picks = list(products)
    random.shuffle(picks)
    return picks[:4]
`],
// --- cookies
['c2-cookie-flask-session-id', 'cookie', true, `import secrets

from flask import Flask, make_response, request, redirect

from .auth import check_credentials, sessions

app = Flask(__name__)


@app.post("/login")
def login():
    user = check_credentials(request.form["email"], request.form["password"])
    if user is None:
        return redirect("/login?failed=1")
    sid = secrets.token_urlsafe(32)
    sessions[sid] = user.id
    resp = make_response(redirect("/dashboard"))
    resp.set_cookie("sid", sid, max_age=3600)  # sink
    return resp
`],
['c2-cookie-flask-session-flags', 'cookie', false, `import secrets

from flask import Flask, make_response, request, redirect

from .auth import check_credentials, sessions

app = Flask(__name__)


@app.post("/login")
def login():
    user = check_credentials(request.form["email"], request.form["password"])
    if user is None:
        return redirect("/login?failed=1")
    sid = secrets.token_urlsafe(32)
    sessions[sid] = user.id
    resp = make_response(redirect("/dashboard"))
    resp.set_cookie("sid", sid, max_age=3600, secure=True, httponly=True, samesite="Lax")  # sink
    return resp
`],
['c2-cookie-django-settings-insecure', 'cookie', true, `from .base import *  # noqa

SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = False  # sink
SESSION_COOKIE_HTTPONLY = False
CSRF_COOKIE_SECURE = False
`, 'shop/settings/production.py'],
['c2-cookie-django-settings-secure', 'cookie', false, `from .base import *  # noqa

SECURE_SSL_REDIRECT = True
SESSION_COOKIE_SECURE = True  # sink
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SECURE = True
`, 'shop/settings/production.py'],
// --- transport
['c2-tls-verify-false', 'insecure-transport', true, `import requests

PARTNER_API = "https://api.partner-logistics.com/v2"


def push_shipment(shipment: dict, api_key: str) -> dict:
    resp = requests.post(
        f"{PARTNER_API}/shipments",
        json=shipment,
        headers={"X-Api-Key": api_key},
        verify=False,  # sink
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()
`],
['c2-tls-verify-ca-bundle', 'insecure-transport', false, `import requests

PARTNER_API = "https://api.partner-logistics.com/v2"
INTERNAL_CA = "/etc/ssl/certs/acme-internal-ca.pem"


def push_shipment(shipment: dict, api_key: str) -> dict:
    resp = requests.post(
        f"{PARTNER_API}/shipments",
        json=shipment,
        headers={"X-Api-Key": api_key},
        verify=INTERNAL_CA,  # sink
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()
`],
['c2-tls-unverified-context', 'insecure-transport', true, `import json
import ssl
import urllib.request


def fetch_rates(base: str = "EUR") -> dict:
    ctx = ssl._create_unverified_context()  # sink
    with urllib.request.urlopen(f"https://rates.fx-feed.io/latest?base={base}", context=ctx, timeout=10) as r:
        return json.load(r)
`],
['c2-http-public-card-data', 'insecure-transport', true, `import requests


def authorize(card_number: str, exp: str, cvv: str, amount_cents: int) -> bool:
    resp = requests.post(
        "http://gateway.payfast-processing.com/api/authorize",  # sink
        json={"pan": card_number, "exp": exp, "cvv": cvv, "amount": amount_cents},
        timeout=10,
    )
    return resp.ok and resp.json().get("approved", False)
`],
['c2-http-localhost-sidecar', 'insecure-transport', false, `import requests

CONSUL = "http://127.0.0.1:8500"


def healthy_instances(service: str) -> list:
    resp = requests.get(f"{CONSUL}/v1/health/service/{service}", params={"passing": "1"}, timeout=2)  # sink
    resp.raise_for_status()
    return [entry["Service"]["Address"] for entry in resp.json()]
`],
['c2-smtp-login-cleartext', 'insecure-transport', true, `import smtplib
from email.message import EmailMessage

from django.conf import settings


def send_receipt(to: str, body: str) -> None:
    msg = EmailMessage()
    msg["From"] = "billing@acme.example"
    msg["To"] = to
    msg["Subject"] = "Your receipt"
    msg.set_content(body)
    server = smtplib.SMTP("smtp.mailgun.org", 587)
    server.login(settings.SMTP_USER, settings.SMTP_PASSWORD)  # sink
    server.send_message(msg)
    server.quit()
`],
['c2-smtp-login-starttls', 'insecure-transport', false, `import smtplib
import ssl
from email.message import EmailMessage

from django.conf import settings


def send_receipt(to: str, body: str) -> None:
    msg = EmailMessage()
    msg["From"] = "billing@acme.example"
    msg["To"] = to
    msg["Subject"] = "Your receipt"
    msg.set_content(body)
    server = smtplib.SMTP("smtp.mailgun.org", 587)
    server.starttls(context=ssl.create_default_context())
    server.login(settings.SMTP_USER, settings.SMTP_PASSWORD)  # sink
    server.send_message(msg)
    server.quit()
`],
['c2-smtp-localhost-relay', 'insecure-transport', false, `import smtplib
from email.message import EmailMessage


def notify_ops(subject: str, text: str) -> None:
    msg = EmailMessage()
    msg["From"] = "cron@localhost"
    msg["To"] = "ops@localhost"
    msg["Subject"] = subject
    msg.set_content(text)
    with smtplib.SMTP("localhost") as relay:  # sink
        relay.send_message(msg)
`],
['c2-ftp-upload-login', 'insecure-transport', true, `import ftplib
import os
from pathlib import Path


def upload_nightly_export(path: Path) -> None:
    ftp = ftplib.FTP("ftp.wholesale-partner.com")  # sink
    ftp.login(os.environ["PARTNER_FTP_USER"], os.environ["PARTNER_FTP_PASSWORD"])
    with path.open("rb") as fh:
        ftp.storbinary(f"STOR exports/{path.name}", fh)
    ftp.quit()
`],
// --- returned-string XSS / XPath
['c2-xss-flask-fstring', 'xss', true, `from flask import Flask, request

from .search import find_products

app = Flask(__name__)


@app.get("/search")
def search():
    q = request.args.get("q", "")
    hits = find_products(q)
    return f"<h2>{len(hits)} results for {q}</h2>"  # sink
`],
['c2-xss-flask-escaped', 'xss', false, `from flask import Flask, request
from markupsafe import escape

from .search import find_products

app = Flask(__name__)


@app.get("/search")
def search():
    q = request.args.get("q", "")
    hits = find_products(q)
    return f"<h2>{len(hits)} results for {escape(q)}</h2>"  # sink
`],
['c2-xss-django-httpresponse', 'xss', true, `from django.http import HttpResponse


def greet(request):
    name = request.GET.get("name", "guest")
    return HttpResponse("<p>Welcome back, %s!</p>" % name)  # sink
`],
['c2-xss-django-render', 'xss', false, `from django.shortcuts import render


def greet(request):
    name = request.GET.get("name", "guest")
    return render(request, "accounts/greet.html", {"name": name})  # sink
`],
['c2-xss-flask-jsonify', 'xss', false, `from flask import Flask, jsonify, request

from .search import find_products

app = Flask(__name__)


@app.get("/api/search")
def search():
    q = request.args.get("q", "")
    return jsonify({"query": q, "results": [p.to_dict() for p in find_products(q)]})  # sink
`],
['c2-xpath-lxml-fstring', 'xpath', true, `from flask import Flask, request, abort
from lxml import etree

app = Flask(__name__)
DIRECTORY = etree.parse("directory.xml")


@app.get("/staff")
def staff():
    login = request.args.get("login", "")
    nodes = DIRECTORY.xpath(f"//employee[@login='{login}']/email/text()")  # sink
    if not nodes:
        abort(404)
    return {"email": str(nodes[0])}
`],
['c2-xpath-lxml-variable', 'xpath', false, `from flask import Flask, request, abort
from lxml import etree

app = Flask(__name__)
DIRECTORY = etree.parse("directory.xml")


@app.get("/staff")
def staff():
    login = request.args.get("login", "")
    nodes = DIRECTORY.xpath("//employee[@login=$login]/email/text()", login=login)  # sink
    if not nodes:
        abort(404)
    return {"email": str(nodes[0])}
`],
// --- swallowed exceptions
['c2-exc-broad-pass-refund', 'exception-handling', true, `import logging

from .gateway import refund_charge
from .models import Order

log = logging.getLogger(__name__)


def cancel_order(order: Order) -> None:
    order.status = "cancelled"
    order.save()
    try:
        refund_charge(order.charge_id, order.total)
    except Exception:  # sink
        pass
    log.info("order %s cancelled", order.pk)
`],
['c2-exc-logged-reraise', 'exception-handling', false, `import logging

from .gateway import refund_charge, GatewayError
from .models import Order

log = logging.getLogger(__name__)


def cancel_order(order: Order) -> None:
    try:
        refund_charge(order.charge_id, order.total)
    except GatewayError:  # sink
        log.exception("refund failed for order %s", order.pk)
        raise
    order.status = "cancelled"
    order.save()
`],
['c2-exc-cleanup-narrow', 'exception-handling', false, `import os
import tempfile


def render_pdf(html: str, renderer) -> bytes:
    fd, path = tempfile.mkstemp(suffix=".pdf")
    os.close(fd)
    try:
        renderer.write_pdf(html, path)
        with open(path, "rb") as fh:
            return fh.read()
    finally:
        try:
            os.remove(path)
        except FileNotFoundError:  # sink
            pass
`],
// --- insecure configuration
['c2-cfg-django-debug-hosts', 'insecure-config', true, `from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = True  # sink
ALLOWED_HOSTS = ["*"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "shop",
]
ROOT_URLCONF = "shop.urls"
`, 'shop/settings.py'],
['c2-cfg-django-debug-env', 'insecure-config', false, `import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"  # sink
ALLOWED_HOSTS = os.environ.get("DJANGO_ALLOWED_HOSTS", "localhost").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "shop",
]
ROOT_URLCONF = "shop.urls"
`, 'shop/settings.py'],
['c2-cfg-chmod-777-uploads', 'insecure-config', true, `import os
import uuid

from flask import Flask, request

app = Flask(__name__)
UPLOAD_DIR = "/srv/app/uploads"


@app.post("/upload")
def upload():
    f = request.files["file"]
    dest = os.path.join(UPLOAD_DIR, uuid.uuid4().hex)
    f.save(dest)
    os.chmod(dest, 0o777)  # sink
    return {"id": os.path.basename(dest)}
`],
['c2-cfg-chmod-600-key', 'insecure-config', false, `import os
from pathlib import Path


def write_client_key(pem: bytes, path: Path) -> None:
    path.write_bytes(pem)
    os.chmod(path, 0o600)  # sink
`],
['c2-cfg-flask-run-public-debug', 'insecure-config', true, `from flask import Flask

from .views import bp

app = Flask(__name__)
app.register_blueprint(bp)

if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8080, debug=True)  # sink
`],
['c2-cfg-flask-run-local', 'insecure-config', false, `import os

from flask import Flask

from .views import bp

app = Flask(__name__)
app.register_blueprint(bp)

if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8080, debug=os.environ.get("FLASK_DEBUG") == "1")  # sink
`],
['c2-cfg-mktemp-race', 'other', true, `import subprocess
import tempfile


def convert_to_pdf(docx_bytes: bytes) -> bytes:
    src = tempfile.mktemp(suffix=".docx")  # sink
    with open(src, "wb") as fh:
        fh.write(docx_bytes)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", src], check=True, timeout=60)
    with open(src[:-5] + ".pdf", "rb") as fh:
        return fh.read()
`],
['c2-cfg-named-tempfile', 'other', false, `import subprocess
import tempfile
from pathlib import Path


def convert_to_pdf(docx_bytes: bytes) -> bytes:
    with tempfile.TemporaryDirectory() as work:
        src = Path(work) / "input.docx"  # sink
        src.write_bytes(docx_bytes)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", work, str(src)], check=True, timeout=60)
        return (Path(work) / "input.pdf").read_bytes()
`],
// --- test code: the honest verdict is "no security defects" (category any)
['c2-test-login-fake-password', 'any', false, `import pytest

from accounts.models import User


@pytest.fixture
def user(db):
    return User.objects.create_user(email="alice@example.com", password="hunter2-Test!")


def test_login_ok(client, user):
    resp = client.post("/login/", {"email": "alice@example.com", "password": "hunter2-Test!"})
    assert resp.status_code == 302
    assert resp.url == "/dashboard/"


def test_login_wrong_password(client, user):
    resp = client.post("/login/", {"email": "alice@example.com", "password": "nope"})
    assert resp.status_code == 200
    assert b"Invalid credentials" in resp.content
`, 'tests/test_login.py'],
['c2-test-mock-http', 'any', false, `from unittest import mock

import requests

from shipping.partner import push_shipment

FAKE_API_KEY = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"


def test_push_shipment_posts_json():
    fake = mock.Mock(status_code=201)
    fake.json.return_value = {"id": "shp_1"}
    with mock.patch.object(requests, "post", return_value=fake) as post:
        assert push_shipment({"sku": "A1"}, FAKE_API_KEY) == {"id": "shp_1"}
    args, kwargs = post.call_args
    assert kwargs["json"] == {"sku": "A1"}
    requests.get("http://testserver/health", verify=False)
`, 'tests/test_partner.py'],
['c2-test-conftest-eval', 'any', false, `import hashlib
import os
import random

import pytest

os.environ.setdefault("DJANGO_SECRET_KEY", "insecure-test-only-key")


def load_expected(expr: str):
    """Expected values in the YAML fixtures are Python literals such as "[1, 2]"."""
    return eval(expr, {"__builtins__": {}})


@pytest.fixture
def seeded_rng():
    return random.Random(1234)


@pytest.fixture
def fake_digest():
    return hashlib.md5(b"fixture").hexdigest()


@pytest.fixture(autouse=True)
def _no_network(monkeypatch):
    try:
        import socket
        monkeypatch.setattr(socket, "create_connection", lambda *a, **k: None)
    except Exception:
        pass
`, 'tests/conftest.py'],
['c2-test-factories-secrets', 'any', false, `import factory

from billing.models import Merchant

TEST_PRIVATE_KEY = "-----BEGIN PRIVATE KEY-----\\nMIIBVAIBADANBgkqhkiG9w0BAQEFAASCAT4wggE6AgEAAkEA\\n-----END PRIVATE KEY-----"


class MerchantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Merchant

    name = factory.Sequence(lambda n: f"merchant-{n}")
    api_secret = "whsec_test_secret_for_unit_tests"
    webhook_url = "http://localhost:9000/hook"
    password = "password123"
`, 'tests/factories.py'],
// ===== r3-: fifth set (2026-12-03, written before the tool was run on it, without reading the rules), mostly SAFE
// look-alikes in styles not yet above: Django management commands and migrations, Celery tasks, Click/Typer CLIs,
// pandas/NumPy scripts, boto3/requests clients, logging config, Jinja2 autoescape, hashing for integrity, secrets,
// tempfiles, own-written XML/pickle files, settings from the environment, pytest asserts; `r3-v-` are vulnerable.
['r3-dj-cmd-cursor-params', 'sql-injection', false, `from django.core.management.base import BaseCommand
from django.db import connection


class Command(BaseCommand):
    help = "Deactivate accounts that have not logged in since a given date"

    def add_arguments(self, parser):
        parser.add_argument("--before", required=True)
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, *args, **options):
        sql = "UPDATE accounts_user SET is_active = FALSE WHERE last_login < %s"
        with connection.cursor() as cursor:
            cursor.execute(sql, [options["before"]])  # sink
            self.stdout.write(f"deactivated {cursor.rowcount} accounts before {options['before']}")
`, 'accounts/management/commands/deactivate_stale.py'],
['r3-dj-migration-runsql', 'sql-injection', false, `from django.db import migrations

INDEX_NAME = "orders_order_created_idx"

FORWARD = f"CREATE INDEX CONCURRENTLY IF NOT EXISTS {INDEX_NAME} ON orders_order (created_at)"
BACKWARD = f"DROP INDEX CONCURRENTLY IF EXISTS {INDEX_NAME}"


class Migration(migrations.Migration):
    atomic = False
    dependencies = [("orders", "0012_order_channel")]

    operations = [
        migrations.RunSQL(FORWARD, reverse_sql=BACKWARD),  # sink
    ]
`, 'orders/migrations/0013_order_created_idx.py'],
['r3-celery-task-orm', 'sql-injection', false, `import logging

from celery import shared_task
from django.db.models import F

from .models import Invoice

logger = logging.getLogger(__name__)


@shared_task(bind=True, max_retries=3, default_retry_delay=30)
def mark_overdue(self, customer_id: int):
    qs = Invoice.objects.filter(customer_id=customer_id, paid=False).exclude(due_date=None)
    updated = qs.update(reminders=F("reminders") + 1)  # sink
    logger.info("marked %d invoices overdue for customer %s", updated, customer_id)
    return updated
`, 'billing/tasks.py'],
['r3-click-subprocess-list', 'command-injection', false, `import subprocess
from pathlib import Path

import click


@click.command()
@click.argument("tag")
@click.option("--push/--no-push", default=False)
def release(tag: str, push: bool):
    """Tag the current commit and optionally push the tag."""
    root = Path(__file__).resolve().parent
    subprocess.run(["git", "tag", "-a", tag, "-m", f"release {tag}"], cwd=root, check=True)  # sink
    if push:
        subprocess.run(["git", "push", "origin", tag], cwd=root, check=True)
    click.echo(f"tagged {tag}")


if __name__ == "__main__":
    release()
`, 'scripts/release.py'],
['r3-typer-check-output-git', 'command-injection', false, `import subprocess

import typer

app = typer.Typer()


def current_commit() -> str:
    return subprocess.check_output(["git", "rev-parse", "HEAD"], text=True).strip()  # sink


@app.command()
def version(short: bool = typer.Option(False, "--short")):
    sha = current_commit()
    typer.echo(sha[:8] if short else sha)


if __name__ == "__main__":
    app()
`, 'tools/cli.py'],
['r3-os-system-clear', 'command-injection', false, `import os
import time

from monitor.stats import collect


def main():
    while True:
        os.system("cls" if os.name == "nt" else "clear")  # sink
        for name, value in collect().items():
            print(f"{name:<20} {value:>10}")
        time.sleep(2)


if __name__ == "__main__":
    main()
`, 'monitor/top.py'],
['r3-pandas-read-sql-params', 'sql-injection', false, `import sqlite3
import sys

import pandas as pd

QUERY = """
SELECT region, SUM(amount) AS total
FROM sales
WHERE sold_on BETWEEN ? AND ?
GROUP BY region
"""


def main(start: str, end: str) -> None:
    con = sqlite3.connect("warehouse.db")
    df = pd.read_sql(QUERY, con, params=(start, end))  # sink
    df.to_csv(sys.stdout, index=False)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
`, 'reports/sales_by_region.py'],
['r3-numpy-load-no-pickle', 'deserialization', false, `import argparse

import numpy as np


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("embeddings")
    args = parser.parse_args()
    data = np.load(args.embeddings, allow_pickle=False)  # sink
    print(data.shape, data.dtype)


if __name__ == "__main__":
    main()
`, 'ml/inspect_embeddings.py'],
['r3-requests-timeout-https', 'any', false, `import os

import requests

API_BASE = "https://api.example-shipping.com/v2"
SESSION = requests.Session()
SESSION.headers["Authorization"] = f"Bearer {os.environ.get('SHIPPING_TOKEN', '')}"


def track(tracking_number: str) -> dict:
    resp = SESSION.get(f"{API_BASE}/tracking/{tracking_number}", timeout=10)  # sink
    resp.raise_for_status()
    return resp.json()
`, 'shipping/client.py'],
['r3-boto3-presigned', 'any', false, `import boto3
from botocore.config import Config

BUCKET = "acme-exports"
s3 = boto3.client("s3", config=Config(signature_version="s3v4", retries={"max_attempts": 5}))


def export_link(key: str, seconds: int = 900) -> str:
    return s3.generate_presigned_url(  # sink
        "get_object", Params={"Bucket": BUCKET, "Key": key}, ExpiresIn=seconds
    )
`, 'exports/storage.py'],
['r3-logging-dictconfig', 'any', false, `import logging.config
import os

LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
}


def configure() -> None:
    logging.config.dictConfig(LOGGING)  # sink
    logging.getLogger(__name__).debug("logging configured at %s", LOG_LEVEL)
`, 'app/logconf.py'],
['r3-jinja-select-autoescape', 'xss', false, `from jinja2 import Environment, PackageLoader, select_autoescape

env = Environment(
    loader=PackageLoader("mailer", "templates"),
    autoescape=select_autoescape(["html", "xml"]),
)


def render_welcome(user) -> str:
    template = env.get_template("welcome.html")
    return template.render(name=user.display_name, url=user.profile_url)  # sink
`, 'mailer/render.py'],
['r3-sha256-integrity', 'weak-crypto', false, `import hashlib
from pathlib import Path

CHUNK = 1 << 20


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()  # sink
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(CHUNK), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_download(path: Path, expected: str) -> bool:
    return sha256_of(path) == expected.lower()
`, 'downloader/integrity.py'],
['r3-md5-usedforsecurity-false', 'weak-crypto', false, `import hashlib


def cache_key(*parts: str) -> str:
    """Short, stable key for the render cache; not a security boundary."""
    joined = "|".join(parts).encode()
    return hashlib.md5(joined, usedforsecurity=False).hexdigest()  # sink
`, 'render/cache.py'],
['r3-secrets-token-urlsafe', 'weak-random', false, `import secrets
from datetime import datetime, timedelta, timezone

from .models import PasswordReset


def issue_reset(user) -> str:
    token = secrets.token_urlsafe(32)  # sink
    PasswordReset.objects.create(
        user=user,
        token=token,
        expires_at=datetime.now(timezone.utc) + timedelta(hours=1),
    )
    return token
`, 'accounts/reset.py'],
['r3-tempfile-named-makedirs', 'any', false, `import json
import os
import tempfile

STATE_DIR = os.path.expanduser("~/.local/state/syncer")


def save_state(state: dict) -> None:
    os.makedirs(STATE_DIR, mode=0o700, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", dir=STATE_DIR, delete=False, suffix=".json") as tmp:  # sink
        json.dump(state, tmp)
        name = tmp.name
    os.replace(name, os.path.join(STATE_DIR, "state.json"))
`, 'syncer/state.py'],
['r3-yaml-safe-load-config', 'deserialization', false, `import os

import yaml

CONFIG = os.environ.get("APP_CONFIG", "/etc/app/config.yaml")


def load_config() -> dict:
    with open(CONFIG) as fh:
        return yaml.safe_load(fh) or {}  # sink
`, 'app/config.py'],
['r3-etree-own-file', 'xxe', false, `import xml.etree.ElementTree as ET
from pathlib import Path

REPORT = Path(__file__).parent / "build" / "junit.xml"


def write_report(results):
    root = ET.Element("testsuite", name="smoke", tests=str(len(results)))
    for name, ok in results:
        case = ET.SubElement(root, "testcase", name=name)
        if not ok:
            ET.SubElement(case, "failure", message="failed")
    ET.ElementTree(root).write(REPORT)


def failures() -> int:
    tree = ET.parse(REPORT)  # sink
    return len(tree.getroot().findall("testcase/failure"))
`, 'ci/junit.py'],
['r3-defusedxml-upload', 'xxe', false, `from defusedxml.ElementTree import fromstring
from flask import Flask, request

app = Flask(__name__)


@app.post("/import/opml")
def import_opml():
    root = fromstring(request.get_data())  # sink
    feeds = [o.get("xmlUrl") for o in root.iter("outline") if o.get("xmlUrl")]
    return {"feeds": feeds}
`],
['r3-literal-eval-form', 'code-injection', false, `import ast

from flask import Flask, request

app = Flask(__name__)


@app.post("/calc/weights")
def weights():
    raw = request.form.get("weights", "[]")
    values = ast.literal_eval(raw)  # sink
    if not isinstance(values, list):
        return {"error": "expected a list"}, 400
    return {"sum": sum(float(v) for v in values)}
`],
['r3-json-loads-body', 'deserialization', false, `import json

from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def webhook(request):
    payload = json.loads(request.body)  # sink
    event = payload.get("type", "unknown")
    return JsonResponse({"received": event})
`, 'hooks/views.py'],
['r3-sqla-orm-and-text-bound', 'sql-injection', false, `from fastapi import Depends, FastAPI
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from .db import get_session
from .models import Order

app = FastAPI()


@app.get("/orders/{order_id}")
def read_order(order_id: int, db: Session = Depends(get_session)):
    order = db.execute(select(Order).where(Order.id == order_id)).scalar_one_or_none()
    lines = db.execute(text("SELECT sku, qty FROM order_lines WHERE order_id = :id"), {"id": order_id}).all()  # sink
    return {"order": order.id if order else None, "lines": [dict(r._mapping) for r in lines]}
`, 'shop/api.py'],
['r3-fstring-path-validated', 'path-traversal', false, `import re
from pathlib import Path

from flask import Flask, abort, request

app = Flask(__name__)
REPORTS = Path("/srv/reports")
REPORT_ID = re.compile(r"[0-9]{4}-[0-9]{2}")


@app.get("/reports")
def monthly_report():
    month = request.args.get("month", "")
    if not REPORT_ID.fullmatch(month):
        abort(400)
    path = REPORTS / f"report-{month}.csv"
    with open(path) as fh:  # sink
        return fh.read(), 200, {"Content-Type": "text/csv"}
`],
['r3-redirect-url-for', 'open-redirect', false, `from flask import Flask, flash, redirect, request, url_for

app = Flask(__name__)


@app.post("/profile")
def update_profile():
    name = request.form.get("name", "").strip()
    if not name:
        flash("Name is required")
        return redirect(url_for("edit_profile", tab=request.args.get("tab", "general")))  # sink
    flash(f"Saved {name}")
    return redirect(url_for("show_profile"))
`],
['r3-send-from-directory', 'path-traversal', false, `from flask import Flask, send_from_directory

app = Flask(__name__)
UPLOAD_DIR = "/var/lib/app/uploads"


@app.get("/files/<path:name>")
def download(name):
    return send_from_directory(UPLOAD_DIR, name, as_attachment=True)  # sink
`],
['r3-fastapi-pydantic-int', 'sql-injection', false, `import sqlite3

from fastapi import FastAPI
from pydantic import BaseModel, conint

app = FastAPI()


class Page(BaseModel):
    limit: conint(ge=1, le=100) = 20
    offset: conint(ge=0) = 0


@app.post("/events/page")
def page(p: Page):
    con = sqlite3.connect("events.db")
    rows = con.execute(f"SELECT id, kind FROM events ORDER BY id LIMIT {int(p.limit)} OFFSET {int(p.offset)}").fetchall()  # sink
    return {"rows": rows}
`, 'events/api.py'],
['r3-dj-get-object-format-html', 'xss', false, `from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.html import escape, format_html

from .models import Article


def article_badge(request, slug):
    article = get_object_or_404(Article, slug=slug, published=True)
    label = request.GET.get("label", "new")
    badge = format_html('<span class="badge">{}</span> <a href="{}">{}</a>', label, article.get_absolute_url(), article.title)
    return HttpResponse(badge + escape(request.GET.get("suffix", "")))  # sink
`, 'news/views.py'],
['r3-dj-settings-env', 'any', false, `import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ.get("SECRET_KEY")  # sink
DEBUG = os.environ.get("DJANGO_DEBUG", "") == "1"
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "localhost").split(",")

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("DB_NAME", "app"),
        "USER": os.environ.get("DB_USER", "app"),
        "PASSWORD": os.environ.get("DB_PASSWORD", ""),
        "HOST": os.environ.get("DB_HOST", "localhost"),
    }
}

SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
`, 'config/settings.py'],
['r3-pytest-asserts', 'any', false, `import pytest

from inventory.stock import allocate, OutOfStock


def test_allocate_reduces_stock(product_factory):
    product = product_factory(qty=5)
    allocate(product, 2)
    assert product.qty == 3  # sink


def test_allocate_too_many_raises(product_factory):
    product = product_factory(qty=1)
    with pytest.raises(OutOfStock):
        allocate(product, 2)
`, 'tests/test_stock.py'],
['r3-log-fstring-message', 'any', false, `import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("audit")


@app.post("/login")
def login():
    username = request.form.get("username", "")
    ip = request.headers.get("X-Forwarded-For", request.remote_addr)
    log.info(f"login attempt user={username!r} ip={ip}")  # sink
    return {"ok": True}
`],
['r3-celery-subprocess-const', 'command-injection', false, `import subprocess

from celery import Celery

app = Celery("ops", broker="redis://localhost:6379/0")

BACKUP_CMD = ["pg_dump", "--format=custom", "--file=/backups/app.dump", "app"]


@app.task
def nightly_backup():
    subprocess.run(BACKUP_CMD, check=True, timeout=3600)  # sink
    return "ok"
`, 'ops/tasks.py'],
['r3-dj-raw-params-kwargs', 'sql-injection', false, `from django.views.generic import ListView

from .models import Listing


class NearbyListings(ListView):
    template_name = "listings/nearby.html"

    def get_queryset(self):
        lat = float(self.request.GET.get("lat", 0))
        lng = float(self.request.GET.get("lng", 0))
        return Listing.objects.raw(  # sink
            "SELECT * FROM listings_listing ORDER BY (lat - %s) * (lat - %s) + (lng - %s) * (lng - %s) LIMIT 50",
            [lat, lat, lng, lng],
        )
`, 'listings/views.py'],
['r3-shlex-split-const-template', 'command-injection', false, `import shlex
import subprocess
import sys

FFMPEG = "ffmpeg -hide_banner -loglevel error -y"


def transcode(src: str, dst: str) -> None:
    argv = shlex.split(FFMPEG) + ["-i", src, "-c:v", "libx264", dst]
    subprocess.run(argv, check=True)  # sink


if __name__ == "__main__":
    transcode(sys.argv[1], sys.argv[2])
`, 'media/transcode.py'],
['r3-pickle-own-cache', 'deserialization', false, `import os
import pickle

CACHE_DIR = os.path.join(os.path.dirname(__file__), ".cache")
CACHE_FILE = os.path.join(CACHE_DIR, "index.pkl")


def build_index(docs):
    index = {d["id"]: d["title"].lower() for d in docs}
    os.makedirs(CACHE_DIR, mode=0o700, exist_ok=True)
    with open(CACHE_FILE, "wb") as fh:
        pickle.dump(index, fh)
    return index


def load_index():
    with open(CACHE_FILE, "rb") as fh:
        return pickle.load(fh)  # sink
`, 'search/index_cache.py'],
['r3-urllib-https-timeout', 'any', false, `import json
import urllib.request

STATUS_URL = "https://status.example.com/api/v2/summary.json"


def service_status() -> str:
    with urllib.request.urlopen(STATUS_URL, timeout=5) as resp:  # sink
        return json.load(resp)["status"]["description"]
`, 'ops/status.py'],
['r3-v-dj-cmd-fstring-sql', 'sql-injection', true, `from django.core.management.base import BaseCommand
from django.db import connection


class Command(BaseCommand):
    def add_arguments(self, parser):
        parser.add_argument("table")

    def handle(self, *args, **options):
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {options['table']} WHERE archived = TRUE")  # sink
`, 'core/management/commands/purge.py'],
['r3-v-celery-shell', 'command-injection', true, `import subprocess

from celery import shared_task
from flask import request


@shared_task
def convert(filename):
    subprocess.run(f"convert {filename} out.png", shell=True, check=True)  # sink


def upload_view():
    convert.delay(request.form["filename"])
`, 'media/tasks.py'],
['r3-v-click-shell-true', 'command-injection', true, `import subprocess

import click


@click.command()
@click.argument("host")
def ping(host):
    subprocess.run(f"ping -c 1 {host}", shell=True, check=True)  # sink


if __name__ == "__main__":
    ping()
`, 'tools/ping.py'],
['r3-v-pandas-read-sql-fstring', 'sql-injection', true, `import sqlite3

import pandas as pd
from flask import Flask, request

app = Flask(__name__)


@app.get("/export")
def export():
    region = request.args.get("region", "")
    con = sqlite3.connect("warehouse.db")
    df = pd.read_sql(f"SELECT * FROM sales WHERE region = '{region}'", con)  # sink
    return df.to_csv(index=False)
`],
['r3-v-numpy-allow-pickle-upload', 'deserialization', true, `import io

import numpy as np
from flask import Flask, request

app = Flask(__name__)


@app.post("/vectors")
def vectors():
    buf = io.BytesIO(request.files["file"].read())
    arr = np.load(buf, allow_pickle=True)  # sink
    return {"shape": list(arr.shape)}
`],
['r3-v-yaml-load-upload', 'deserialization', true, `import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/pipelines")
def create_pipeline():
    spec = yaml.load(request.files["spec"].read(), Loader=yaml.Loader)  # sink
    return {"steps": len(spec.get("steps", []))}
`],
['r3-v-etree-upload', 'xxe', true, `from lxml import etree
from flask import Flask, request

app = Flask(__name__)


@app.post("/import/opml")
def import_opml():
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(request.get_data(), parser)  # sink
    return {"feeds": [o.get("xmlUrl") for o in root.iter("outline")]}
`],
['r3-v-eval-form', 'code-injection', true, `from flask import Flask, request

app = Flask(__name__)


@app.post("/calc/weights")
def weights():
    values = eval(request.form.get("weights", "[]"))  # sink
    return {"sum": sum(float(v) for v in values)}
`],
['r3-v-sqla-text-fstring-depends', 'sql-injection', true, `from fastapi import Depends, FastAPI
from sqlalchemy import text
from sqlalchemy.orm import Session

from .db import get_session

app = FastAPI()


@app.get("/orders")
def search_orders(status: str, db: Session = Depends(get_session)):
    rows = db.execute(text(f"SELECT id FROM orders WHERE status = '{status}'")).all()  # sink
    return {"ids": [r.id for r in rows]}
`, 'shop/search.py'],
['r3-v-redirect-next', 'open-redirect', true, `from flask import Flask, redirect, request, url_for

app = Flask(__name__)


@app.post("/login")
def login():
    target = request.args.get("next") or url_for("home")
    return redirect(target)  # sink
`],
['r3-v-send-file-join', 'path-traversal', true, `import os

from flask import Flask, request, send_file

app = Flask(__name__)
UPLOAD_DIR = "/var/lib/app/uploads"


@app.get("/download")
def download():
    name = request.args.get("name", "")
    return send_file(os.path.join(UPLOAD_DIR, name))  # sink
`],
['r3-v-dj-httpresponse-fstring', 'xss', true, `from django.http import HttpResponse
from django.shortcuts import get_object_or_404

from .models import Article


def article_badge(request, slug):
    article = get_object_or_404(Article, slug=slug)
    label = request.GET.get("label", "new")
    return HttpResponse(f'<span class="badge">{label}</span> {article.title}')  # sink
`, 'news/badge.py'],
['r3-v-dj-settings-literal-secret', 'hardcoded-secret', true, `import os

DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]
SECRET_KEY = "x9$k2!vq8z#m4p7t1w0r6y3u5e8i2o4a7s1d9f3g6h0j2k5l8"  # sink
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": os.environ.get("DB_NAME", "shop")}}
`, 'shop/settings.py'],
['r3-v-md5-password', 'weak-crypto', true, `import hashlib

from .models import User


def set_password(user: User, raw_password: str) -> None:
    user.password_hash = hashlib.md5(raw_password.encode()).hexdigest()  # sink
    user.save()
`, 'accounts/passwords.py'],
// r3- continued (same round, written before the tool was run on them): DRF viewsets, webhook HMACs, JWT with pinned
// algorithms, tar/zip extraction with filters or checks, SSH with host keys, aiohttp, SQLAlchemy Core, seeded ML
// randomness, resolved paths under a root, constant templates, narrow exception logging; scored with `any`.
['r3-drf-serializer-orm', 'any', false, `from rest_framework import serializers, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from .models import Ticket


class TicketSerializer(serializers.ModelSerializer):
    class Meta:
        model = Ticket
        fields = ["id", "title", "status", "priority"]


class TicketViewSet(viewsets.ModelViewSet):
    serializer_class = TicketSerializer

    def get_queryset(self):
        qs = Ticket.objects.filter(owner=self.request.user)
        status = self.request.query_params.get("status")
        if status:
            qs = qs.filter(status=status)
        return qs.order_by("-created_at")

    @action(detail=True, methods=["post"])
    def close(self, request, pk=None):
        ticket = self.get_object()
        ticket.status = "closed"
        ticket.save(update_fields=["status"])
        return Response(TicketSerializer(ticket).data)
`, 'helpdesk/api.py'],
['r3-hmac-compare-webhook', 'any', false, `import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
WEBHOOK_SECRET = os.environ["WEBHOOK_SECRET"].encode()


@app.post("/hooks/github")
def github_hook():
    signature = request.headers.get("X-Hub-Signature-256", "")
    expected = "sha256=" + hmac.new(WEBHOOK_SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(signature, expected):
        abort(401)
    event = request.get_json(silent=True) or {}
    return {"action": event.get("action")}
`],
['r3-jwt-decode-algorithms', 'any', false, `import os

import jwt
from fastapi import Depends, FastAPI, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

app = FastAPI()
bearer = HTTPBearer()
PUBLIC_KEY = open(os.environ["JWT_PUBLIC_KEY_FILE"]).read()


def current_user(creds: HTTPAuthorizationCredentials = Depends(bearer)) -> str:
    try:
        claims = jwt.decode(creds.credentials, PUBLIC_KEY, algorithms=["RS256"], audience="api")
    except jwt.PyJWTError:
        raise HTTPException(status_code=401, detail="invalid token")
    return claims["sub"]


@app.get("/me")
def me(user: str = Depends(current_user)):
    return {"user": user}
`, 'auth/api.py'],
['r3-tarfile-filter-data', 'any', false, `import tarfile
from pathlib import Path


def unpack_release(archive: Path, dest: Path) -> list[str]:
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, "r:gz") as tar:
        tar.extractall(dest, filter="data")
        return tar.getnames()
`, 'deploy/unpack.py'],
['r3-paramiko-known-hosts', 'any', false, `import os

import paramiko


def run_remote(host: str, command: list[str]) -> str:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username="deploy", key_filename=os.path.expanduser("~/.ssh/deploy_ed25519"), timeout=15)
    try:
        _, stdout, _ = client.exec_command(" ".join(paramiko.util.shlex_quote(p) if hasattr(paramiko.util, "shlex_quote") else p for p in ["uptime"]))
        return stdout.read().decode()
    finally:
        client.close()
`, 'deploy/remote.py'],
['r3-aiohttp-client-timeout', 'any', false, `import asyncio

import aiohttp

ENDPOINTS = ["https://api.example.com/health", "https://auth.example.com/health"]


async def check(session: aiohttp.ClientSession, url: str) -> tuple[str, int]:
    async with session.get(url) as resp:
        return url, resp.status


async def main() -> None:
    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        for url, status in await asyncio.gather(*(check(session, u) for u in ENDPOINTS)):
            print(f"{status} {url}")


if __name__ == "__main__":
    asyncio.run(main())
`, 'ops/healthcheck.py'],
['r3-sqla-core-insert', 'any', false, `from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, insert, select

metadata = MetaData()
users = Table("users", metadata, Column("id", Integer, primary_key=True), Column("email", String(255)))
engine = create_engine("sqlite:///users.db")


def add_user(email: str) -> int:
    with engine.begin() as conn:
        result = conn.execute(insert(users).values(email=email))
        return result.inserted_primary_key[0]


def find_user(email: str):
    with engine.connect() as conn:
        return conn.execute(select(users).where(users.c.email == email)).first()
`, 'accounts/store.py'],
['r3-random-ml-sampling', 'any', false, `import random

import numpy as np

SEED = 42


def train_val_split(rows, ratio=0.8):
    rng = random.Random(SEED)
    shuffled = rows[:]
    rng.shuffle(shuffled)
    cut = int(len(shuffled) * ratio)
    return shuffled[:cut], shuffled[cut:]


def augment(batch):
    noise = np.random.default_rng(SEED).normal(0, 0.01, size=batch.shape)
    return batch + noise * random.uniform(0.5, 1.5)
`, 'ml/split.py'],
['r3-path-resolve-relative-to', 'any', false, `from pathlib import Path

from flask import Flask, abort, request

app = Flask(__name__)
DOCS_ROOT = Path("/srv/docs").resolve()


@app.get("/docs")
def doc():
    target = (DOCS_ROOT / request.args.get("page", "index.md")).resolve()
    if not target.is_relative_to(DOCS_ROOT) or not target.is_file():
        abort(404)
    return target.read_text(encoding="utf-8")
`],
['r3-render-template-string-const', 'any', false, `from flask import Flask, render_template_string, request

app = Flask(__name__)

PAGE = """<!doctype html>
<title>Search</title>
<form><input name="q" value="{{ q }}"></form>
{% for r in results %}<li>{{ r }}</li>{% endfor %}
"""


@app.get("/search")
def search():
    q = request.args.get("q", "")
    results = [t for t in ("alpha", "beta", "gamma") if q.lower() in t]
    return render_template_string(PAGE, q=q, results=results)
`],
['r3-logging-exception-narrow', 'any', false, `import logging

import requests

log = logging.getLogger(__name__)


def fetch_rates(base: str = "EUR") -> dict:
    try:
        resp = requests.get("https://api.frankfurter.app/latest", params={"from": base}, timeout=5)
        resp.raise_for_status()
    except requests.RequestException:
        log.exception("rate fetch failed for %s", base)
        return {}
    return resp.json().get("rates", {})
`, 'fx/rates.py'],
['r3-subprocess-env-binary', 'any', false, `import os
import shutil
import subprocess


def render_pdf(html_path: str, pdf_path: str) -> None:
    binary = shutil.which("wkhtmltopdf") or "/usr/local/bin/wkhtmltopdf"
    env = {**os.environ, "LC_ALL": "C.UTF-8"}
    subprocess.run([binary, "--quiet", html_path, pdf_path], check=True, env=env, timeout=120)
`, 'docs/pdf.py'],
['r3-zipfile-checked-names', 'any', false, `import os
import zipfile


def safe_extract(archive_path: str, dest: str) -> None:
    dest = os.path.realpath(dest)
    with zipfile.ZipFile(archive_path) as zf:
        for member in zf.infolist():
            target = os.path.realpath(os.path.join(dest, member.filename))
            if os.path.commonpath([dest, target]) != dest:
                raise ValueError(f"unsafe path in archive: {member.filename}")
        zf.extractall(dest)
`, 'imports/unzip.py'],
['r3-v-render-template-string-user', 'template-injection', true, `from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.get("/greet")
def greet():
    name = request.args.get("name", "world")
    return render_template_string("<h1>Hello " + name + "</h1>")  # sink
`],
['r3-v-tarfile-upload', 'path-traversal', true, `import tarfile

from flask import Flask, request

app = Flask(__name__)


@app.post("/themes")
def upload_theme():
    with tarfile.open(fileobj=request.files["theme"].stream, mode="r:*") as tar:
        tar.extractall("/srv/themes")  # sink
    return {"ok": True}
`],
// r3- third batch (same round, written before the tool was run on them): asyncpg/Starlette, psycopg2 sql.Identifier,
// Airflow, bcrypt/Fernet, SMTP over TLS, html.escape, re.escape, Django allowed-host redirects, minidom of a constant,
// graphene, Scrapy, temp build dirs; scored with `any`.
['r3-asyncpg-placeholders', 'any', false, `import asyncpg
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route


async def orders(request):
    customer = request.query_params.get("customer", "")
    conn = await asyncpg.connect(dsn=request.app.state.dsn)
    try:
        rows = await conn.fetch("SELECT id, total FROM orders WHERE customer = $1 ORDER BY id DESC LIMIT 20", customer)
    finally:
        await conn.close()
    return JSONResponse([dict(r) for r in rows])


app = Starlette(routes=[Route("/orders", orders)])
`, 'shop/starlette_app.py'],
['r3-psycopg2-sql-identifier', 'any', false, `from flask import Flask, request
from psycopg2 import sql

from .db import get_conn

app = Flask(__name__)
SORTABLE = {"name", "created_at", "price"}


@app.get("/products")
def products():
    column = request.args.get("sort", "name")
    if column not in SORTABLE:
        column = "name"
    query = sql.SQL("SELECT id, name, price FROM products ORDER BY {} LIMIT %s").format(sql.Identifier(column))
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute(query, (50,))
        return {"rows": cur.fetchall()}
`],
['r3-airflow-bash-const', 'any', false, `from datetime import datetime

from airflow import DAG
from airflow.operators.bash import BashOperator

with DAG("nightly_vacuum", start_date=datetime(2024, 1, 1), schedule="@daily", catchup=False) as dag:
    vacuum = BashOperator(task_id="vacuum", bash_command="psql -c 'VACUUM ANALYZE;' warehouse")
    report = BashOperator(task_id="report", bash_command="echo done on {{ ds }}")
    vacuum >> report
`, 'dags/nightly_vacuum.py'],
['r3-fernet-bcrypt', 'any', false, `import os

import bcrypt
from cryptography.fernet import Fernet

FERNET = Fernet(os.environ["FIELD_ENCRYPTION_KEY"])


def hash_password(raw: str) -> bytes:
    return bcrypt.hashpw(raw.encode(), bcrypt.gensalt(rounds=12))


def check_password(raw: str, hashed: bytes) -> bool:
    return bcrypt.checkpw(raw.encode(), hashed)


def encrypt_ssn(ssn: str) -> bytes:
    return FERNET.encrypt(ssn.encode())
`, 'accounts/crypto.py'],
['r3-ssl-smtp-ssl', 'any', false, `import os
import smtplib
import ssl
from email.message import EmailMessage


def send_receipt(to: str, body: str) -> None:
    msg = EmailMessage()
    msg["From"] = "receipts@example.com"
    msg["To"] = to
    msg["Subject"] = "Your receipt"
    msg.set_content(body)
    context = ssl.create_default_context()
    with smtplib.SMTP_SSL("smtp.example.com", 465, context=context, timeout=20) as smtp:
        smtp.login("receipts@example.com", os.environ["SMTP_PASSWORD"])
        smtp.send_message(msg)
`, 'mail/receipts.py'],
['r3-html-escape-fstring', 'any', false, `import html

from flask import Flask, request

app = Flask(__name__)


@app.get("/hello")
def hello():
    name = request.args.get("name", "stranger")
    return f"<p>Hello, {html.escape(name)}!</p>"
`],
['r3-re-escape-search', 'any', false, `import re

from django.http import JsonResponse

from .models import Tag


def tag_search(request):
    term = request.GET.get("q", "")
    pattern = re.compile(re.escape(term), re.IGNORECASE)
    names = [t.name for t in Tag.objects.all()[:500] if pattern.search(t.name)]
    return JsonResponse({"tags": names})
`, 'tags/views.py'],
['r3-dj-redirect-allowed-host', 'any', false, `from django.conf import settings
from django.contrib.auth import login
from django.shortcuts import redirect, resolve_url
from django.utils.http import url_has_allowed_host_and_scheme


def finish_login(request, user):
    login(request, user)
    next_url = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        next_url = resolve_url(settings.LOGIN_REDIRECT_URL)
    return redirect(next_url)
`, 'accounts/login_flow.py'],
['r3-minidom-const-chmod', 'any', false, `import os
from xml.dom import minidom

TEMPLATE = "<settings><theme>dark</theme><lang>en</lang></settings>"


def write_default(path: str) -> None:
    doc = minidom.parseString(TEMPLATE)
    with open(path, "w", encoding="utf-8") as fh:
        doc.writexml(fh)
    os.chmod(path, 0o644)
`, 'desktop/defaults.py'],
['r3-graphene-resolver-orm', 'any', false, `import graphene
from graphene_django import DjangoObjectType

from .models import Book


class BookType(DjangoObjectType):
    class Meta:
        model = Book
        fields = ("id", "title", "author")


class Query(graphene.ObjectType):
    books = graphene.List(BookType, author=graphene.String())

    def resolve_books(root, info, author=None):
        qs = Book.objects.select_related("author")
        return qs.filter(author__name__iexact=author) if author else qs.all()


schema = graphene.Schema(query=Query)
`, 'library/schema.py'],
['r3-scrapy-spider', 'any', false, `import scrapy


class QuotesSpider(scrapy.Spider):
    name = "quotes"
    allowed_domains = ["quotes.toscrape.com"]
    start_urls = ["https://quotes.toscrape.com/"]

    def parse(self, response):
        for quote in response.css("div.quote"):
            yield {"text": quote.css("span.text::text").get(), "author": quote.css("small.author::text").get()}
        next_page = response.css("li.next a::attr(href)").get()
        if next_page:
            yield response.follow(next_page, callback=self.parse)
`, 'crawler/spiders/quotes.py'],
['r3-shutil-rmtree-tempdir', 'any', false, `import shutil
import subprocess
import tempfile
from pathlib import Path


def build_wheel(project: Path) -> Path:
    workdir = Path(tempfile.mkdtemp(prefix="wheel-"))
    try:
        subprocess.run(["python", "-m", "build", "--wheel", "--outdir", str(workdir), str(project)], check=True)
        wheel = next(workdir.glob("*.whl"))
        return Path(shutil.copy2(wheel, project / "dist"))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
`, 'tools/build_wheel.py'],
['r3-v-asyncpg-fstring', 'sql-injection', true, `import asyncpg
from starlette.responses import JSONResponse


async def orders(request):
    customer = request.query_params.get("customer", "")
    conn = await asyncpg.connect(dsn=request.app.state.dsn)
    rows = await conn.fetch(f"SELECT id FROM orders WHERE customer = '{customer}'")  # sink
    return JSONResponse([dict(r) for r in rows])
`, 'shop/starlette_vuln.py'],
// --- Round 5, non-taint classes (secrets, crypto, randomness, transport, cookies, exceptions, config), written before
// the tool was run on them.
['r5c-pydantic-settings-defaults', 'any', false, `from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="APP_")

    database_url: str = "postgresql://localhost/app"
    db_password: SecretStr = SecretStr("")
    admin_password: str = "changeme"
    api_token: str = ""
    token_type: str = "bearer"


settings = Settings()
`, 'app/config.py'],
['r5c-form-field-names', 'any', false, `from django.utils.translation import gettext_lazy as _

PASSWORD_FIELD = "password"
TOKEN_PARAM = "access_token"
AUTH_HEADER = "Authorization"
SECRET_KEY_SETTING = "SECRET_KEY"

LABELS = {
    "password": _("Enter your password"),
    "password_confirm": _("Repeat your password"),
    "api_key": _("Paste your API key here"),
}


def field_label(name):
    return LABELS.get(name, name.replace("_", " ").title())
`, 'accounts/forms_meta.py'],
['r5c-jwt-algorithms', 'any', false, `import os

import jwt

JWT_ALGORITHM = "HS256"
ALLOWED_ALGORITHMS = ["HS256", "RS256"]
TOKEN_TYPE = "bearer"


def decode(token: str) -> dict:
    return jwt.decode(token, os.environ["JWT_SECRET"], algorithms=ALLOWED_ALGORITHMS)


def encode(claims: dict) -> str:
    return jwt.encode(claims, os.environ["JWT_SECRET"], algorithm=JWT_ALGORITHM)
`, 'auth/tokens.py'],
['r5c-hashed-fixture', 'any', false, `import pytest
from django.contrib.auth import get_user_model

HASHED = "pbkdf2_sha256$600000$c2FsdHNhbHQ$6kE0HfI8oJ3yWQd0o1p1mXxkq0D1b0S3cR1bYb0m6cU="


@pytest.fixture
def user(db):
    return get_user_model().objects.create(username="alice", password=HASHED)


def test_login(client, user):
    response = client.post("/login/", {"username": "alice", "password": "correct horse"})
    assert response.status_code == 302
`, 'tests/test_login.py'],
['r5c-aws-example-keys', 'any', false, `import boto3
from moto import mock_aws

# The documented example credentials from the AWS docs; moto never sends them anywhere.
AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


@mock_aws
def test_upload():
    s3 = boto3.client("s3", region_name="us-east-1",
                      aws_access_key_id=AWS_ACCESS_KEY_ID, aws_secret_access_key=AWS_SECRET_ACCESS_KEY)
    s3.create_bucket(Bucket="b")
    s3.put_object(Bucket="b", Key="k", Body=b"x")
    assert s3.get_object(Bucket="b", Key="k")["Body"].read() == b"x"
`, 'tests/test_s3.py'],
['r5c-gha-workflow-gen', 'any', false, `import yaml

STEP_ENV = {
    "PYPI_TOKEN": "\${{ secrets.PYPI_TOKEN }}",
    "GITHUB_TOKEN": "\${{ secrets.GITHUB_TOKEN }}",
}


def release_job():
    return {
        "runs-on": "ubuntu-latest",
        "steps": [
            {"uses": "actions/checkout@v4"},
            {"run": "python -m build && twine upload dist/*", "env": STEP_ENV},
        ],
    }


def write(path):
    with open(path, "w") as fh:
        yaml.safe_dump({"jobs": {"release": release_job()}}, fh)
`, 'tools/gen_workflow.py'],
['r5c-user-factory', 'any', false, `import factory
from django.contrib.auth.models import User


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.com")
    password = factory.PostGenerationMethodCall("set_password", "password123")
`, 'tests/factories.py'],
['r5c-env-example-template', 'any', false, `ENV_EXAMPLE = """\\
DATABASE_URL=postgres://user:password@localhost:5432/app
SECRET_KEY=replace-me
STRIPE_API_KEY=
"""


def write_env_example(path):
    with open(path, "w") as fh:
        fh.write(ENV_EXAMPLE)
`, 'scripts/bootstrap.py'],
['r5c-sha1-git-oid', 'any', false, `import hashlib
import zlib


def blob_id(data: bytes) -> str:
    header = f"blob {len(data)}\\0".encode()
    return hashlib.sha1(header + data).hexdigest()


def write_loose_object(objects_dir, data: bytes) -> str:
    oid = blob_id(data)
    target = objects_dir / oid[:2] / oid[2:]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(zlib.compress(f"blob {len(data)}\\0".encode() + data))
    return oid
`, 'gitlite/objects.py'],
['r5c-md5-s3-etag', 'any', false, `import hashlib

import boto3


def is_uploaded(bucket: str, key: str, local_path: str) -> bool:
    head = boto3.client("s3").head_object(Bucket=bucket, Key=key)
    with open(local_path, "rb") as fh:
        local_etag = hashlib.md5(fh.read()).hexdigest()
    return head["ETag"].strip('"') == local_etag
`, 'sync/s3sync.py'],
['r5c-random-seed-ml', 'any', false, `import random

import numpy as np


def set_seed(seed: int = 42) -> None:
    random.seed(seed)
    np.random.seed(seed)


def train_val_split(rows, ratio=0.8):
    set_seed()
    shuffled = rows[:]
    random.shuffle(shuffled)
    cut = int(len(shuffled) * ratio)
    return shuffled[:cut], shuffled[cut:]
`, 'notebooks/prepare_data.py'],
['r5c-random-ui-colour', 'any', false, `import random

PALETTE = ["#e6194b", "#3cb44b", "#ffe119", "#4363d8", "#f58231"]


def avatar_colour() -> str:
    return random.choice(PALETTE)


def jitter(ms: int) -> float:
    return ms * random.uniform(0.8, 1.2)
`, 'ui/avatars.py'],
['r5c-uuid-compare-digest', 'any', false, `import hmac
import secrets
import uuid


def new_request_id() -> str:
    return str(uuid.uuid4())


def new_api_key() -> str:
    return secrets.token_urlsafe(32)


def verify_signature(secret: bytes, body: bytes, signature: str) -> bool:
    expected = hmac.new(secret, body, "sha256").hexdigest()
    return secrets.compare_digest(expected, signature)
`, 'api/keys.py'],
['r5c-fernet-bcrypt', 'any', false, `import os

import bcrypt
from cryptography.fernet import Fernet

fernet = Fernet(os.environ["FIELD_ENCRYPTION_KEY"])


def encrypt_field(value: str) -> bytes:
    return fernet.encrypt(value.encode())


def hash_password(password: str) -> bytes:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt())


def check_password(password: str, hashed: bytes) -> bool:
    return bcrypt.checkpw(password.encode(), hashed)
`, 'vault/fields.py'],
['r5c-aesgcm-nonce', 'any', false, `import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def seal(key: bytes, plaintext: bytes, aad: bytes = b"") -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def open_sealed(key: bytes, blob: bytes, aad: bytes = b"") -> bytes:
    return AESGCM(key).decrypt(blob[:12], blob[12:], aad)
`, 'vault/aead.py'],
['r5c-localhost-urls', 'any', false, `import requests

METRICS_URL = "http://localhost:9090/api/v1/query"
HEALTH_URL = "http://127.0.0.1:8000/healthz"


def healthy() -> bool:
    return requests.get(HEALTH_URL, timeout=2).ok


def query(expr: str) -> dict:
    return requests.get(METRICS_URL, params={"query": expr}, timeout=5).json()
`, 'ops/probe.py'],
['r5c-xml-namespaces', 'any', false, `from xml.etree.ElementTree import Element, SubElement, tostring

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


def sitemap(urls):
    root = Element("urlset", xmlns=SITEMAP_NS)
    for url in urls:
        SubElement(SubElement(root, "url"), "loc").text = url
    return tostring(root)
`, 'seo/sitemap.py'],
['r5c-json-schema-id', 'any', false, `SCHEMA = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "$id": "http://example.com/schemas/order.json",
    "type": "object",
    "properties": {"id": {"type": "integer"}, "total": {"type": "number"}},
    "required": ["id"],
}


def validate(doc):
    import jsonschema

    jsonschema.validate(doc, SCHEMA)
`, 'orders/schema.py'],
['r5c-docstring-urls', 'any', false, `"""Client for the legacy billing API.

See http://intranet.example.com/wiki/Billing for the protocol, and
http://www.apache.org/licenses/LICENSE-2.0 for the licence.
"""
import requests

BASE = "https://billing.example.com/api"


def invoices(session: requests.Session, customer: str):
    # Old docs lived at http://billing.example.com/docs; the API itself is HTTPS only.
    return session.get(f"{BASE}/invoices", params={"customer": customer}, timeout=10).json()
`, 'billing/client.py'],
['r5c-https-redirect-middleware', 'any', false, `from django.http import HttpResponsePermanentRedirect


class ForceHttpsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        url = request.build_absolute_uri()
        if url.startswith("http://"):
            return HttpResponsePermanentRedirect("https://" + url[len("http://"):])
        return self.get_response(request)
`, 'core/middleware.py'],
['r5c-verify-ca-bundle', 'any', false, `import os
import ssl
import urllib.request

import requests


def fetch(url: str) -> bytes:
    return requests.get(url, verify=os.environ.get("CA_BUNDLE", True), timeout=10).content


def fetch_stdlib(url: str) -> bytes:
    context = ssl.create_default_context()
    with urllib.request.urlopen(url, context=context, timeout=10) as resp:
        return resp.read()
`, 'net/fetch.py'],
['r5c-secure-cookie', 'any', false, `from flask import Flask, make_response

app = Flask(__name__)


@app.post("/prefs")
def prefs():
    response = make_response("", 204)
    response.set_cookie("theme", "dark", secure=True, httponly=True, samesite="Lax", max_age=3600)
    return response
`, 'web/prefs.py'],
['r5c-django-settings-env', 'any', false, `import os

import environ

env = environ.Env()

DEBUG = os.environ.get("DEBUG") == "1"
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SECURE_SSL_REDIRECT = not DEBUG
`, 'settings.py'],
['r5c-optional-imports', 'any', false, `import contextlib
import logging
import os

logger = logging.getLogger(__name__)

try:
    import orjson as json_impl
except ImportError:
    import json as json_impl

try:
    import uvloop
except ImportError:
    uvloop = None


def cleanup(path):
    with contextlib.suppress(FileNotFoundError):
        os.remove(path)


def process(job):
    try:
        job.run()
    except Exception:
        logger.exception("job %s failed", job.id)
        raise
`, 'worker/runtime.py'],
['r5c-cli-keyboard-interrupt', 'any', false, `import sys
import time


def main() -> int:
    try:
        while True:
            print(time.strftime("%H:%M:%S"), end="\\r", flush=True)
            time.sleep(1)
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
`, 'tools/clock.py'],
['r5c-dev-server-config', 'any', false, `import os
import tempfile

import uvicorn

from app.main import app


def write_private(path: str, data: str) -> None:
    with open(path, "w") as fh:
        fh.write(data)
    os.chmod(path, 0o600)


if __name__ == "__main__":
    scratch = tempfile.mkdtemp(prefix="devserver-")
    uvicorn.run(app, host="127.0.0.1", port=8000)
`, 'run_dev.py'],
['r5c-pytest-asserts', 'any', false, `from decimal import Decimal

from shop.pricing import total


def test_total_with_discount():
    assert total([Decimal("10.00")], discount=Decimal("0.1")) == Decimal("9.00")


def test_total_empty():
    assert total([]) == 0
`, 'tests/test_pricing.py'],
['r5c-build-script-git', 'any', false, `import subprocess
from pathlib import Path


def version() -> str:
    out = subprocess.run(["git", "describe", "--tags", "--always"], capture_output=True, text=True, check=True)
    return out.stdout.strip()


def write_version_file(root: Path) -> None:
    (root / "VERSION").write_text(version() + "\\n")


if __name__ == "__main__":
    write_version_file(Path(__file__).resolve().parent.parent)
`, 'scripts/stamp_version.py'],
['r5c-notebook-pickle-cache', 'any', false, `import os
import pickle

import pandas as pd

CACHE = "cache/features.pkl"

if os.path.exists(CACHE):
    with open(CACHE, "rb") as fh:
        features = pickle.load(fh)
else:
    features = pd.read_csv("data/raw.csv").describe()
    os.makedirs("cache", exist_ok=True)
    with open(CACHE, "wb") as fh:
        pickle.dump(features, fh)

features.head()
`, 'notebooks/explore.py'],
// vulnerable counterparts
['r5c-v-settings-real-password', 'hardcoded-secret', true, `from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    database_host: str = "db.internal"
    database_password: str = "Pr0d-Db!x9Lq2vT7mZ"  # sink


settings = Settings()
`, 'app/config.py'],
['r5c-v-md5-password', 'weak-crypto', true, `import hashlib


def hash_password(password: str, salt: str) -> str:
    return hashlib.md5((salt + password).encode()).hexdigest()  # sink
`, 'accounts/hashing.py'],
['r5c-v-random-reset-token', 'weak-random', true, `import random
import string


def reset_token() -> str:
    return "".join(random.choice(string.ascii_letters + string.digits) for _ in range(32))  # sink
`, 'accounts/reset.py'],
['r5c-v-http-api-call', 'insecure-transport', true, `import requests


def charge(card_token: str, amount: int) -> dict:
    resp = requests.post("http://payments.example.com/v1/charge", json={"card": card_token, "amount": amount}, timeout=10)  # sink
    return resp.json()
`, 'billing/charge.py'],
['r5c-v-verify-false', 'insecure-transport', true, `import requests


def fetch_report(url: str) -> bytes:
    return requests.get(url, verify=False, timeout=10).content  # sink
`, 'reports/fetch.py'],
['r5c-v-cookie-insecure', 'cookie', true, `from flask import Flask, make_response, session

app = Flask(__name__)


@app.post("/login")
def login():
    response = make_response("", 204)
    response.set_cookie("session_id", session.sid, secure=False, httponly=False)  # sink
    return response
`, 'web/login.py'],
['r5c-v-debug-true', 'insecure-config', true, `import os

DEBUG = True  # sink
SECRET_KEY = os.environ["SECRET_KEY"]
ALLOWED_HOSTS = ["*"]
`, 'settings.py'],
['r5c-v-except-pass-auth', 'exception-handling', true, `import jwt


def current_user(token, key):
    user = None
    try:
        user = jwt.decode(token, key, algorithms=["HS256"])
    except Exception:  # sink
        pass
    return user
`, 'auth/current.py'],
['r5c-v-ecb-mode', 'weak-crypto', true, `from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt(key: bytes, block: bytes) -> bytes:
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()  # sink
    return encryptor.update(block) + encryptor.finalize()
`, 'vault/legacy.py'],
['r5c-v-flask-debug-run', 'insecure-config', true, `from flask import Flask

app = Flask(__name__)

if __name__ == "__main__":
    app.run(host="0.0.0.0", debug=True)  # sink
`, 'web/app.py'],
// Round 5, non-taint classes, second batch (written before running the tool on it).
['r5c-password-policy-constants', 'any', false, `from datetime import timedelta

PASSWORD_MIN_LENGTH = 12
PASSWORD_RESET_TIMEOUT = 3600
TOKEN_EXPIRY = timedelta(hours=1)
DEFAULT_TOKEN_BYTES = 32
SECRET_ROTATION_DAYS = 90
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
`, 'accounts/policy.py'],
['r5c-bearer-header-getpass', 'any', false, `import argparse
import getpass

import requests


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--user", required=True)
    parser.add_argument("--password", help="Database password (prompted when omitted)")
    args = parser.parse_args()
    password = args.password or getpass.getpass("Password: ")
    token = requests.post("https://auth.example.com/token", data={"username": args.user, "password": password}, timeout=10).json()["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    print(requests.get("https://api.example.com/me", headers=headers, timeout=10).json())


if __name__ == "__main__":
    main()
`, 'tools/whoami.py'],
['r5c-settings-generator', 'any', false, `from django.core.management.utils import get_random_secret_key

TEMPLATE = "SECRET_KEY={key}\\nDEBUG=0\\n"


def write_env(path):
    with open(path, "w") as fh:
        fh.write(TEMPLATE.format(key=get_random_secret_key()))
`, 'scripts/make_env.py'],
['r5c-random-backoff-sim', 'any', false, `import random
import time


def retry(call, attempts=5):
    for attempt in range(attempts):
        try:
            return call()
        except ConnectionError:
            time.sleep(min(30, 2 ** attempt) + random.random())
    return call()


def simulate(seed, steps):
    rng = random.Random(seed)
    return [rng.gauss(0, 1) for _ in range(steps)]
`, 'core/retry.py'],
['r5c-tls-min-version', 'any', false, `import smtplib
import ssl


def tls_context() -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def send(host, user, password, message):
    with smtplib.SMTP(host, 587) as server:
        server.starttls(context=tls_context())
        server.login(user, password)
        server.send_message(message)
`, 'mail/send.py'],
['r5c-private-temp-files', 'any', false, `import os
import tempfile


def spool(data: bytes) -> str:
    fd, path = tempfile.mkstemp(suffix=".bin")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return path


def private_dir(base):
    os.makedirs(base, mode=0o700, exist_ok=True)
    return base
`, 'storage/spool.py'],
['r5c-django-cookie-from-settings', 'any', false, `from django.conf import settings
from django.http import JsonResponse


def set_locale(request, code):
    response = JsonResponse({"locale": code})
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME, code,
        secure=settings.SESSION_COOKIE_SECURE, httponly=True, samesite=settings.SESSION_COOKIE_SAMESITE,
    )
    return response
`, 'i18n/views.py'],
['r5c-test-client-http-urls', 'any', false, `def test_redirects_to_https(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    response = client.get("/account/", secure=False)
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/account/"


def test_absolute_uri(rf):
    request = rf.get("/x")
    assert request.build_absolute_uri() == "http://testserver/x"
`, 'tests/test_https.py'],
['r5c-paramiko-reject-policy', 'any', false, `import os

import paramiko


def connect(host: str) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(os.path.expanduser("~/.ssh/known_hosts"))
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username="deploy", key_filename=os.path.expanduser("~/.ssh/id_ed25519"))
    return client
`, 'deploy/ssh.py'],
['r5c-parse-fallbacks', 'any', false, `import json
import logging

logger = logging.getLogger(__name__)


def to_int(value, default=0):
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def load_prefs(raw):
    try:
        return json.loads(raw)
    except json.JSONDecodeError:
        logger.warning("ignoring malformed preferences")
        return {}
`, 'prefs/parse.py'],
['r5c-jwt-verify-options', 'any', false, `import jwt
from django.conf import settings


def claims(token):
    return jwt.decode(
        token, settings.JWT_PUBLIC_KEY, algorithms=["RS256"], audience="api",
        options={"verify_exp": True, "require": ["exp", "sub"]},
    )
`, 'api/jwt_auth.py'],
['r5c-logging-password-words', 'any', false, `import logging

logger = logging.getLogger(__name__)


def password_reset_requested(user):
    logger.info("password reset e-mail sent to user %s", user.pk)


def token_refreshed(user, expires_at):
    logger.debug("access token refreshed for %s, expires %s", user.pk, expires_at)
`, 'accounts/audit.py'],
['r5c-v-jwt-no-verify', 'any', true, `import jwt


def user_id(token):
    return jwt.decode(token, options={"verify_signature": False})["sub"]  # sink
`, 'api/insecure_jwt.py'],
['r5c-v-token-in-source', 'hardcoded-secret', true, `import requests

API_TOKEN = "ghp_4Xq9Lm2Rt7Vb1Nc8Zk3Wd6Hy0Pe5Ja2Uf9Gs"  # sink


def repos():
    return requests.get("https://api.github.com/user/repos", headers={"Authorization": f"token {API_TOKEN}"}, timeout=10).json()
`, 'tools/gh.py'],
// --- r5i: injection/data-flow look-alikes in styles not above (DRF serializers, Flask-WTF, marshmallow, Literal/Enum,
// pathlib containment, safe_join, psycopg2.sql, executemany, Q objects, itsdangerous, lxml hardened parser, ldap3 escape);
// written 2026-12-03 before the tool was run on them and without reading the rules.
['r5i-drf-validated-orm', 'sql-injection', false, `from rest_framework import serializers, views
from rest_framework.response import Response
from django.db import connection


class SearchSerializer(serializers.Serializer):
    limit = serializers.IntegerField(min_value=1, max_value=100)
    owner_id = serializers.IntegerField()


class SearchView(views.APIView):
    def post(self, request):
        ser = SearchSerializer(data=request.data)
        ser.is_valid(raise_exception=True)
        data = ser.validated_data
        with connection.cursor() as cur:
            cur.execute("SELECT id, title FROM notes WHERE owner_id = %s LIMIT %s", [data["owner_id"], data["limit"]])  # sink
            rows = cur.fetchall()
        return Response({"rows": rows})
`, 'notes/api/views.py'],
['r5i-v-drf-validated-fstring', 'sql-injection', true, `from rest_framework import serializers, views
from rest_framework.response import Response
from django.db import connection


class SearchSerializer(serializers.Serializer):
    term = serializers.CharField(max_length=80)


class SearchView(views.APIView):
    def post(self, request):
        ser = SearchSerializer(data=request.data)
        ser.is_valid(raise_exception=True)
        term = ser.validated_data["term"]
        with connection.cursor() as cur:
            cur.execute(f"SELECT id FROM notes WHERE title LIKE '%{term}%'")  # sink
            rows = cur.fetchall()
        return Response({"rows": rows})
`, 'notes/api/search.py'],
['r5i-wtf-form-sqlite-placeholder', 'sql-injection', false, `import sqlite3
from flask import Flask, render_template, redirect, url_for
from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.validators import DataRequired, Length

app = Flask(__name__)


class TagForm(FlaskForm):
    name = StringField("name", validators=[DataRequired(), Length(max=40)])


@app.route("/tags", methods=["GET", "POST"])
def tags():
    form = TagForm()
    if form.validate_on_submit():
        db = sqlite3.connect("tags.db")
        db.execute("INSERT INTO tags (name) VALUES (?)", (form.name.data,))  # sink
        db.commit()
        return redirect(url_for("tags"))
    return render_template("tags.html", form=form)
`, 'tags/app.py'],
['r5i-v-wtf-form-os-system', 'command-injection', true, `import os
from flask import Flask, render_template
from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.validators import DataRequired

app = Flask(__name__)


class PingForm(FlaskForm):
    host = StringField("host", validators=[DataRequired()])


@app.route("/ping", methods=["GET", "POST"])
def ping():
    form = PingForm()
    if form.validate_on_submit():
        os.system("ping -c 1 " + form.host.data)  # sink
    return render_template("ping.html", form=form)
`, 'netops/app.py'],
['r5i-marshmallow-load-argv', 'command-injection', false, `import subprocess
from flask import Flask, request, jsonify
from marshmallow import Schema, fields, validate

app = Flask(__name__)


class ArchiveSchema(Schema):
    repo = fields.Str(required=True, validate=validate.Regexp(r"^[a-z0-9_-]+$"))
    ref = fields.Str(load_default="main")


@app.post("/archive")
def archive():
    args = ArchiveSchema().load(request.get_json())
    subprocess.run(["git", "-C", "/srv/repos/" + args["repo"], "archive", "--", args["ref"]], check=True)  # sink
    return jsonify(ok=True)
`, 'gitsvc/app.py'],
['r5i-literal-choice-order', 'sql-injection', false, `from typing import Literal
from fastapi import FastAPI
from sqlalchemy import text
from .db import engine

app = FastAPI()


@app.get("/products")
def products(sort: Literal["name", "price", "created_at"] = "name"):
    with engine.connect() as conn:
        rows = conn.execute(text(f"SELECT id, name FROM products ORDER BY {sort}")).all()  # sink
    return [dict(r._mapping) for r in rows]
`, 'shop/api.py'],
['r5i-enum-choice-cmd', 'command-injection', false, `import enum
import subprocess
from fastapi import FastAPI

app = FastAPI()


class Service(str, enum.Enum):
    nginx = "nginx"
    redis = "redis"


@app.post("/restart/{svc}")
def restart(svc: Service):
    subprocess.run(f"systemctl restart {svc.value}", shell=True, check=True)  # sink
    return {"restarted": svc.value}
`, 'ops/api.py'],
['r5i-v-fastapi-str-shell', 'command-injection', true, `import subprocess
from fastapi import FastAPI

app = FastAPI()


@app.post("/restart/{svc}")
def restart(svc: str):
    subprocess.run(f"systemctl restart {svc}", shell=True, check=True)  # sink
    return {"restarted": svc}
`, 'ops/api_vuln.py'],
['r5i-pathlib-is-relative-to', 'path-traversal', false, `from pathlib import Path
from flask import Flask, request, abort, send_file

app = Flask(__name__)
EXPORTS = Path("/srv/exports").resolve()


@app.get("/export")
def export():
    target = Path(EXPORTS, request.args["name"]).resolve()
    if not target.is_relative_to(EXPORTS):
        abort(404)
    return send_file(target)  # sink
`, 'exports/app.py'],
['r5i-werkzeug-safe-join', 'path-traversal', false, `from flask import Flask, request, abort
from werkzeug.utils import safe_join

app = Flask(__name__)
ROOT = "/srv/docs"


@app.get("/doc")
def doc():
    path = safe_join(ROOT, request.args.get("p", "index.md"))
    if path is None:
        abort(404)
    with open(path, encoding="utf-8") as fh:  # sink
        return fh.read(), 200, {"Content-Type": "text/plain"}
`, 'docs/app.py'],
['r5i-v-pathlib-join-no-check', 'path-traversal', true, `from pathlib import Path
from flask import Flask, request

app = Flask(__name__)
EXPORTS = Path("/srv/exports")


@app.get("/export-raw")
def export_raw():
    target = EXPORTS / request.args["name"]
    return target.read_bytes()  # sink
`, 'exports/raw.py'],
['r5i-shlex-split-const', 'command-injection', false, `import shlex
import subprocess

MIGRATE = "alembic -c deploy/alembic.ini upgrade head"


def migrate(env):
    subprocess.run(shlex.split(MIGRATE), check=True, env=env)  # sink
`, 'deploy/tasks.py'],
['r5i-subprocess-double-dash', 'command-injection', false, `import subprocess
from django.http import JsonResponse


def listing(request):
    user_dir = request.GET.get("dir", ".")
    out = subprocess.run(["ls", "-la", "--", user_dir], capture_output=True, text=True, cwd="/srv/share")  # sink
    return JsonResponse({"out": out.stdout})
`, 'share/views.py'],
['r5i-psycopg2-sql-identifier-col', 'sql-injection', false, `import psycopg2
from psycopg2 import sql
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.get("/report")
def report():
    col = request.args.get("col", "total")
    conn = psycopg2.connect("dbname=reports")
    with conn.cursor() as cur:
        query = sql.SQL("SELECT {} FROM sales WHERE region = %s").format(sql.Identifier(col))
        cur.execute(query, (request.args.get("region", "eu"),))  # sink
        return jsonify(cur.fetchall())
`, 'reports/app.py'],
['r5i-executemany-rows', 'sql-injection', false, `import csv
import io
import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.post("/import")
def import_csv():
    reader = csv.reader(io.StringIO(request.files["file"].read().decode("utf-8")))
    rows = [(r[0], r[1]) for r in reader]
    db = sqlite3.connect("contacts.db")
    db.executemany("INSERT INTO contacts (name, email) VALUES (?, ?)", rows)  # sink
    db.commit()
    return {"imported": len(rows)}
`, 'contacts/app.py'],
['r5i-v-executescript-upload', 'sql-injection', true, `import sqlite3
from flask import Flask, request

app = Flask(__name__)


@app.post("/restore")
def restore():
    script = request.files["dump"].read().decode("utf-8")
    db = sqlite3.connect("contacts.db")
    db.executescript("BEGIN;" + script + "COMMIT;")  # sink
    return {"ok": True}
`, 'contacts/restore.py'],
['r5i-django-q-objects', 'sql-injection', false, `from django.db.models import Q
from django.http import JsonResponse
from .models import Ticket


def search(request):
    term = request.GET.get("q", "")
    status = request.GET.get("status", "open")
    tickets = Ticket.objects.filter(Q(title__icontains=term) | Q(body__icontains=term), status=status)  # sink
    return JsonResponse({"ids": list(tickets.values_list("id", flat=True))})
`, 'helpdesk/views.py'],
['r5i-literal-eval-settings-form', 'code-injection', false, `import ast
from django.http import JsonResponse


def preview_filter(request):
    raw = request.POST.get("filter", "{}")
    try:
        spec = ast.literal_eval(raw)  # sink
    except (ValueError, SyntaxError):
        return JsonResponse({"error": "bad filter"}, status=400)
    return JsonResponse({"keys": sorted(spec) if isinstance(spec, dict) else []})
`, 'dash/views.py'],
['r5i-json-loads-cookie', 'deserialization', false, `import base64
import json
from flask import Flask, request

app = Flask(__name__)


@app.get("/prefs")
def prefs():
    raw = request.cookies.get("prefs", "")
    data = json.loads(base64.urlsafe_b64decode(raw or "e30=")) # sink
    return {"theme": data.get("theme", "light")}
`, 'prefs/app.py'],
['r5i-yaml-csafeloader', 'deserialization', false, `import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/pipeline")
def pipeline():
    spec = yaml.load(request.get_data(), Loader=yaml.CSafeLoader)  # sink
    return {"stages": [s["name"] for s in spec.get("stages", [])]}
`, 'ci/app.py'],
['r5i-v-yaml-unsafe-loader', 'deserialization', true, `import yaml
from flask import Flask, request

app = Flask(__name__)


@app.post("/pipeline-raw")
def pipeline_raw():
    spec = yaml.load(request.get_data(), Loader=yaml.UnsafeLoader)  # sink
    return {"stages": len(spec)}
`, 'ci/raw.py'],
['r5i-itsdangerous-pickle-signed', 'deserialization', false, `from flask import Flask, request
from itsdangerous import URLSafeTimedSerializer, BadSignature

app = Flask(__name__)
signer = URLSafeTimedSerializer(app.config["SECRET_KEY"], salt="cart")


@app.get("/cart")
def cart():
    try:
        items = signer.loads(request.cookies.get("cart", ""), max_age=3600)  # sink
    except BadSignature:
        items = []
    return {"count": len(items)}
`, 'cart/app.py'],
['r5i-lxml-hardened-parser', 'xxe', false, `from lxml import etree
from flask import Flask, request

app = Flask(__name__)
PARSER = etree.XMLParser(resolve_entities=False, no_network=True, dtd_validation=False, load_dtd=False)


@app.post("/invoice")
def invoice():
    root = etree.fromstring(request.get_data(), parser=PARSER)  # sink
    return {"total": root.findtext("total")}
`, 'billing/app.py'],
['r5i-v-lxml-default-parser-upload', 'xxe', true, `from lxml import etree
from flask import Flask, request

app = Flask(__name__)


@app.post("/invoice-upload")
def invoice_upload():
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    root = etree.fromstring(request.files["doc"].read(), parser)  # sink
    return {"total": root.findtext("total")}
`, 'billing/upload.py'],
['r5i-requests-int-uid', 'ssrf', false, `import requests
from flask import Flask, request

app = Flask(__name__)
API_BASE = "https://users.internal.example.com/v2"


@app.get("/profile")
def profile():
    uid = request.args.get("uid", "0")
    resp = requests.get(f"{API_BASE}/users/{int(uid)}", timeout=5)  # sink
    return resp.json()
`, 'gateway/app.py'],
['r5i-requests-params-query', 'ssrf', false, `import httpx
from fastapi import FastAPI

app = FastAPI()
SEARCH = "https://search.example.com/api/query"


@app.get("/search")
async def search(q: str):
    async with httpx.AsyncClient(timeout=5) as client:
        r = await client.get(SEARCH, params={"q": q})  # sink
    return r.json()
`, 'gateway/search.py'],
['r5i-v-httpx-user-url', 'ssrf', true, `import httpx
from fastapi import FastAPI

app = FastAPI()


@app.get("/preview")
async def preview(url: str):
    async with httpx.AsyncClient(timeout=5) as client:
        r = await client.get(url)  # sink
    return {"status": r.status_code, "len": len(r.content)}
`, 'gateway/preview.py'],
['r5i-redirect-url-for-next-param', 'open-redirect', false, `from flask import Flask, request, redirect, url_for

app = Flask(__name__)


@app.get("/logout")
def logout():
    return redirect(url_for("login", next=request.args.get("next", "/")))  # sink
`, 'auth/app.py'],
['r5i-redirect-netloc-empty-guard', 'open-redirect', false, `from urllib.parse import urlparse
from django.shortcuts import redirect
from django.contrib.auth import login


def finish_login(request, user):
    login(request, user)
    nxt = request.GET.get("next", "/")
    parts = urlparse(nxt)
    if parts.netloc or parts.scheme:
        nxt = "/"
    return redirect(nxt)  # sink
`, 'accounts/flows.py'],
['r5i-markupsafe-escape-fstring', 'xss', false, `from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.get("/hello")
def hello():
    name = request.args.get("name", "world")
    return f"<h1>Hello, {escape(name)}!</h1>"  # sink
`, 'greet/app.py'],
['r5i-bleach-clean-comment', 'xss', false, `import bleach
from django.http import HttpResponse
from django.utils.safestring import mark_safe

ALLOWED = ["b", "i", "em", "strong", "a", "p"]


def preview_comment(request):
    body = bleach.clean(request.POST.get("body", ""), tags=ALLOWED, attributes={"a": ["href"]}, strip=True)
    return HttpResponse(mark_safe("<div class='comment'>" + body + "</div>"))  # sink
`, 'comments/views.py'],
['r5i-jinja-sandboxed-env', 'template-injection', false, `from flask import Flask, request
from jinja2.sandbox import SandboxedEnvironment

app = Flask(__name__)
env = SandboxedEnvironment(autoescape=True)


@app.post("/email-preview")
def email_preview():
    tpl = env.from_string(request.form["template"])  # sink
    return tpl.render(user={"name": "Ada"})
`, 'mailer/app.py'],
['r5i-v-jinja-plain-env', 'template-injection', true, `from flask import Flask, request
from jinja2 import Environment

app = Flask(__name__)
env = Environment()


@app.post("/email-preview-raw")
def email_preview_raw():
    tpl = env.from_string(request.form["template"])  # sink
    return tpl.render(user={"name": "Ada"})
`, 'mailer/raw.py'],
['r5i-ldap3-escape-filter-chars', 'ldap-injection', false, `from flask import Flask, request
from ldap3 import Server, Connection
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)


@app.get("/directory")
def directory():
    uid = escape_filter_chars(request.args.get("uid", ""))
    conn = Connection(Server("ldaps://ldap.example.com"), auto_bind=True)
    conn.search("ou=people,dc=example,dc=com", f"(uid={uid})", attributes=["cn", "mail"])  # sink
    return {"entries": [e.entry_to_json() for e in conn.entries]}
`, 'dir/app.py'],
['r5i-logging-request-data', 'any', false, `import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.post("/webhook")
def webhook():
    payload = request.get_json(silent=True) or {}
    log.info("webhook from %s: event=%s", request.remote_addr, payload.get("event"))
    log.debug("headers: %r", dict(request.headers))
    return {"ok": True}
`, 'hooks/app.py'],
['r5i-xpath-lxml-bound-var', 'xpath', false, `from lxml import etree
from flask import Flask, request

app = Flask(__name__)
CATALOG = etree.parse("catalog.xml")


@app.get("/book")
def book():
    title = request.args.get("title", "")
    hits = CATALOG.xpath("//book[title=$t]/price/text()", t=title)  # sink
    return {"prices": [str(h) for h in hits]}
`, 'catalog/app.py'],
['r5i-uuid-path-component', 'path-traversal', false, `import uuid
import os
from django.http import FileResponse, Http404

MEDIA = "/srv/media/reports"


def download(request, report_id):
    try:
        rid = uuid.UUID(str(report_id))
    except ValueError:
        raise Http404
    return FileResponse(open(os.path.join(MEDIA, f"{rid}.pdf"), "rb"))  # sink
`, 'reports/views.py'],
['r5i-regex-fullmatch-host-cmd', 'command-injection', false, `import re
import subprocess
from flask import Flask, request, abort

app = Flask(__name__)
HOST_RE = re.compile(r"[a-z0-9.-]{1,253}")


@app.get("/dig")
def dig():
    host = request.args.get("host", "")
    if not HOST_RE.fullmatch(host):
        abort(400)
    out = subprocess.check_output(f"dig +short {host}", shell=True, text=True)  # sink
    return {"answer": out.split()}
`, 'netops/dig.py'],
];
