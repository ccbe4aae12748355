from urllib.request import urlopen

import httpx
import requests
from flask import request as flask_request

FEEDS = {"news": "https://example.com/news.xml"}


def preview(request):
    url = request.GET["url"]
    # expect: ssrf
    return requests.get(url, timeout=5).text


def fetch():
    # expect: ssrf
    return urlopen(flask_request.args.get("u")).read()


def post_hook(request):
    session = requests.Session()
    # expect: ssrf
    session.post(request.POST["hook"], json={}, timeout=5)


async def proxy(request):
    async with httpx.AsyncClient() as client:
        target = f"{request.GET['scheme']}://{request.GET['host']}/status"
        # expect: ssrf
        return await httpx.get(target)


def item(request):
    # ok: ssrf
    return requests.get("https://api.example.com/items/" + request.GET["id"], timeout=5).json()


def feed(request):
    # ok: ssrf
    return requests.get(FEEDS[request.GET["name"]], timeout=5).text


def health(url):
    # ok: ssrf
    return requests.get(url, timeout=5).ok
