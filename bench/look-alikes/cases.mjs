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
];
