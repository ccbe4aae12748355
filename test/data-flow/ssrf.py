# Server-side request forgery (requests, httpx, urllib, aiohttp): vulnerable cases and safe look-alikes.
import sys
import urllib.request
from urllib.parse import quote

import httpx
import requests
from django.http import HttpResponse
from fastapi import FastAPI
from flask import Flask, request

app = Flask(__name__)
api = FastAPI()

FEEDS = {"news": "https://example.com/news.xml", "blog": "https://example.com/blog.xml"}
ALLOWED_URLS = ("https://api.example.com/status", "https://api.example.com/health")


@app.route("/preview")
def preview():
    url = request.args.get("url")
    # expect: ssrf high/high blocking
    return requests.get(url, timeout=5).text


@app.route("/fetch", methods=["POST"])
def fetch():
    # expect: ssrf high/high blocking
    return requests.post(request.form["endpoint"], json={}, timeout=5).text


@app.route("/proxy")
def proxy():
    target = request.args["target"]
    # expect: ssrf high/high blocking
    return urllib.request.urlopen(target).read()


@app.route("/host")
def host():
    name = request.args.get("host")
    # expect: ssrf high/high blocking
    return requests.get("http://" + name + "/metrics", timeout=5).text


@app.route("/webhook", methods=["POST"])
def webhook():
    body = request.get_json()
    # expect: ssrf high/high blocking
    return httpx.post(body["callback"], json={"ok": True}).text


@app.route("/avatar")
def avatar():
    source = request.cookies.get("avatar_url")
    # expect: ssrf high/high blocking
    return requests.get(source, timeout=3).content


def django_preview(request):
    url = request.GET["url"]
    # expect: ssrf high/high blocking
    return HttpResponse(requests.get(url, timeout=5).content)


def django_fstring(request):
    service = request.GET.get("service")
    # expect: ssrf high/high blocking
    return HttpResponse(requests.get(f"http://{service}/health", timeout=2).text)


def django_session(request):
    session = requests.Session()
    # expect: ssrf high/high blocking
    return HttpResponse(session.get(request.POST["url"], timeout=5).text)


def django_request(request):
    # expect: ssrf high/high blocking
    return HttpResponse(requests.request("GET", request.GET["u"], timeout=5).text)


@api.get("/fetch")
def fastapi_fetch(url: str):
    # expect: ssrf high/high blocking
    return httpx.get(url).json()


@api.get("/image")
def fastapi_image(location: str):
    # expect: ssrf high/high blocking
    return {"size": len(urllib.request.urlopen(location).read())}


@app.route("/client")
def client():
    session = httpx.Client()
    # expect: ssrf high/high blocking
    return session.get(request.args["url"]).text


@app.route("/base")
def base():
    # expect: ssrf high/high blocking
    return requests.get("%s/api/v1/items" % request.args["base"], timeout=5).text


@app.route("/put", methods=["PUT"])
def put():
    # expect: ssrf high/high blocking
    return requests.put(request.values["url"], data=request.data, timeout=5).text


# --- safe look-alikes ---------------------------------------------------------------------------------------------


@app.route("/item")
def item():
    # ok: ssrf
    return requests.get("https://api.example.com/items/" + request.args["id"], timeout=5).text


@app.route("/feed")
def feed():
    # ok: ssrf
    return requests.get(FEEDS[request.args.get("name", "news")], timeout=5).text


@app.route("/search")
def search():
    term = quote(request.args.get("q", ""))
    # ok: ssrf
    return requests.get(f"https://search.example.com/?q={term}", timeout=5).text


@app.route("/allowed")
def allowed():
    url = request.args.get("url")
    if url not in ALLOWED_URLS:
        return "refused", 400
    # ok: ssrf
    return requests.get(url, timeout=5).text


@app.route("/params")
def params():
    # ok: ssrf
    return requests.get("https://api.example.com/search", params={"q": request.args["q"]}, timeout=5).text


@app.route("/status")
def status():
    # ok: ssrf
    return requests.get("https://status.example.com/", timeout=5).text


def django_item(request):
    pk = int(request.GET["pk"])
    # ok: ssrf
    return HttpResponse(requests.get(f"https://api.example.com/orders/{pk}", timeout=5).content)


def django_post_body(request):
    # ok: ssrf
    return HttpResponse(requests.post("https://hooks.example.com/notify", json={"msg": request.POST["msg"]}, timeout=5).text)


def django_query(request):
    # ok: ssrf
    return HttpResponse(requests.get("https://api.example.com/find?name=" + request.GET["name"], timeout=5).text)


@api.get("/user")
def fastapi_user(user_id: int):
    # ok: ssrf
    return httpx.get(f"https://users.example.com/{user_id}").json()


@api.get("/path")
def fastapi_path(slug: str):
    # ok: ssrf
    return httpx.get("https://cms.example.com/pages/" + slug).json()


def client_call(url):
    # ok: ssrf
    return requests.get(url, timeout=5).json()


def cli():
    # ok: ssrf
    print(requests.get(sys.argv[1], timeout=5).status_code)


@app.route("/overwritten")
def overwritten():
    url = request.args.get("url")
    url = "https://example.com/"
    # ok: ssrf
    return requests.get(url, timeout=5).text


@app.route("/constant-urlopen")
def constant_urlopen():
    # ok: ssrf
    return urllib.request.urlopen("https://example.com/data.json").read()


# --- clients entered with `async with` / `with` ---------------------------------------------------------------------
@api.post("/hooks/test")
async def test_hook(payload: dict):
    async with httpx.AsyncClient() as client:
        # expect: ssrf high/high blocking
        await client.post(payload["callback"], json={"ping": True})
    with httpx.Client() as client:
        # ok: ssrf
        client.get("https://hooks.example.com/ping?id=" + quote(payload["callback"]))


from urllib.parse import urlparse

from flask import abort

PARTNER_HOSTS = {"api.partner.example", "cdn.partner.example"}


@app.post("/partner/preview")
def partner_preview():
    url = request.json["url"]
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in PARTNER_HOSTS:
        abort(400)
    # ok: ssrf
    return requests.get(url, timeout=5).text


@app.post("/partner/preview-logged")
def partner_preview_logged():
    url = request.json["url"]
    parsed = urlparse(url)
    if parsed.hostname not in PARTNER_HOSTS:
        app.logger.warning("unknown host %s", parsed.hostname)
    # The check only logs: the path goes on with any URL.
    # expect: ssrf high/high blocking
    return requests.get(url, timeout=5).text
