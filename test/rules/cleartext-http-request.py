"""Clients of partner APIs: a payments job, a Flask proxy and an async feed reader."""
import os
import urllib.request
from urllib.request import Request, urlopen, urlretrieve, build_opener

import aiohttp
import httpx
import requests
import websocket
from flask import Flask, jsonify

app = Flask(__name__)
RATES_API = "http://api.exchangerates.io/latest"
SECURE_RATES_API = "https://api.exchangerates.io/latest"
MIRROR = "http://mirror.company.net"


def fetch_rates():
    # expect: cleartext-http-request
    return requests.get(RATES_API, timeout=10).json()


def fetch_rates_securely():
    # ok: cleartext-http-request
    return requests.get(SECURE_RATES_API, timeout=10).json()


def charge(user, password, amount):
    # expect: cleartext-http-request
    return requests.post("http://pay.partner.io/charge", json={"amount": amount}, auth=(user, password), timeout=10)


def charge_securely(user, password, amount):
    # ok: cleartext-http-request
    return requests.post("https://pay.partner.io/charge", json={"amount": amount}, auth=(user, password), timeout=10)


def download(name):
    # expect: cleartext-http-request
    return urllib.request.urlopen(MIRROR + "/packages/" + name).read()


def download_from_local_cache(name):
    # ok: cleartext-http-request
    return urlopen("http://127.0.0.1:3142/packages/" + name).read()


def fetch_archive(host, name):
    # expect: cleartext-http-request
    urlretrieve(f"ftp://{host}/pub/{name}", name)


def fetch_archive_anywhere(url, name):
    # ok: cleartext-http-request
    urlretrieve(url, name)


@app.route("/proxy/orders")
def orders():
    token = os.environ["ORDERS_TOKEN"]
    # expect: cleartext-http-request
    request = Request("http://orders.internal-corp.net/api/v2/orders", headers={"Authorization": "Bearer " + token})
    return jsonify(urlopen(request).read())


@app.route("/proxy/health")
def health():
    # ok: cleartext-http-request
    return jsonify(requests.get("http://localhost:8080/health", timeout=2).ok)


def instance_metadata():
    # ok: cleartext-http-request
    return urlopen("http://169.254.169.254/latest/meta-data/instance-id").read()


def legacy_opener(path):
    opener = build_opener()
    # expect: cleartext-http-request
    return opener.open("http://legacy.vendor.com" + path).read()


def documented_example():
    # example.com resolves (IANA serves it): the request really leaves in cleartext, so it blocks.
    # expect: cleartext-http-request
    return requests.get("http://api.example.com/v1/items", timeout=5)


def reserved_test_domain():
    # A reserved test domain never resolves: a placeholder, reported at low confidence, never blocking.
    # expect: cleartext-http-request
    return requests.get("http://api.test/v1/items", timeout=5)


def private_network_agent():
    # A private-network address: cleartext inside the organisation, reported without blocking.
    # expect: cleartext-http-request
    return requests.get("http://10.0.4.12:8500/v1/health", timeout=5)


def host_from_config(host):
    # The host is only known at run time: reported without blocking.
    # expect: cleartext-http-request
    return requests.get(f"http://{host}/v1/health", timeout=5)


def cluster_health():
    # ok: cleartext-http-request
    return requests.get("http://elasticsearch.internal:9200/_cluster/health", timeout=2)


async def read_feed(api_key):
    async with aiohttp.ClientSession() as session:
        # expect: cleartext-http-request
        async with session.get("http://feed.vendor.io/v1/items", headers={"X-Api-Key": api_key}) as response:
            return await response.json()


async def read_feed_securely(api_key):
    async with aiohttp.ClientSession() as session:
        # ok: cleartext-http-request
        async with session.get("https://feed.vendor.io/v1/items", headers={"X-Api-Key": api_key}) as response:
            return await response.json()


def sync_inventory():
    session = requests.Session()
    # expect: cleartext-http-request
    session.put("http://inventory.partner.io/api/stock", data={"sku": "A1", "password": os.environ["INV_PW"]}, timeout=10)
    # ok: cleartext-http-request
    session.put("https://inventory.partner.io/api/stock", data={"sku": "A1"}, timeout=10)


def client():
    # expect: cleartext-http-request
    return httpx.Client(base_url="http://billing.partner.io/api")


def secure_client():
    # ok: cleartext-http-request
    return httpx.Client(base_url="https://billing.partner.io/api")


def ticker():
    # expect: cleartext-http-request
    return websocket.create_connection("ws://stream.exchange.io/ticker")


def secure_ticker():
    # ok: cleartext-http-request
    return websocket.create_connection("wss://stream.exchange.io/ticker")


def dev_server(port):
    # ok: cleartext-http-request
    return httpx.get(f"http://localhost:{port}/api/ping")


import http.client
import xmlrpc.client


def partner_status():
    # expect: cleartext-http-request
    connection = http.client.HTTPConnection("status.partner.io", 80, timeout=5)
    connection.request("GET", "/v1/status")
    return connection.getresponse().read()


def partner_status_securely():
    # ok: cleartext-http-request
    connection = http.client.HTTPSConnection("status.partner.io", 443, timeout=5)
    connection.request("GET", "/v1/status")
    return connection.getresponse().read()


def local_agent(port):
    # ok: cleartext-http-request
    return http.client.HTTPConnection("127.0.0.1", port, timeout=5)


def supervisor(password):
    # expect: cleartext-http-request
    return xmlrpc.client.ServerProxy(f"http://admin:{password}@supervisor.corp.net:9001/RPC2")


def local_supervisor():
    # ok: cleartext-http-request
    return xmlrpc.client.ServerProxy("http://localhost:9001/RPC2")


class PartnerClient:
    def __init__(self, token):
        self.session = requests.Session()
        self.token = token

    def orders(self):
        # expect: cleartext-http-request
        return self.session.get("http://orders.partner.io/api/orders", headers={"Authorization": self.token}, timeout=10)

    def orders_securely(self):
        # ok: cleartext-http-request
        return self.session.get("https://orders.partner.io/api/orders", headers={"Authorization": self.token}, timeout=10)

    def cached(self, cache, url):
        # ok: cleartext-http-request
        return cache.get(url)


class WeatherClient:
    BASE_URL = "http://api.weather-vendor.com/v1"
    SECURE_URL = "https://api.weather-vendor.com/v1"

    def __init__(self, api_key):
        self.api_key = api_key
        self.legacy_url = "ftp://files.weather-vendor.com"

    def forecast(self, city):
        # expect: cleartext-http-request
        return requests.get(self.BASE_URL + "/forecast", params={"city": city, "api_key": self.api_key}, timeout=10)

    def forecast_securely(self, city):
        # ok: cleartext-http-request
        return requests.get(self.SECURE_URL + "/forecast", params={"city": city, "api_key": self.api_key}, timeout=10)

    def archive(self, name):
        # expect: cleartext-http-request
        return urlopen(f"{self.legacy_url}/{name}").read()

    def configured(self, settings):
        # ok: cleartext-http-request
        return requests.get(self.endpoint + "/forecast", timeout=10)
