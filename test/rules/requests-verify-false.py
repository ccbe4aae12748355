import requests
import requests as r
import httpx
from requests import Session


def fetch(url, client):
    # expect: requests-verify-false
    requests.get(url, verify=False, timeout=5)
    # expect: requests-verify-false
    r.post(url, data={}, verify=False, timeout=5)
    # expect: requests-verify-false
    requests.request("GET", url, verify=False, timeout=5)
    session = requests.Session()
    # expect: requests-verify-false
    session.get(url, verify=False)
    # expect: requests-verify-false
    requests.session().put(url, verify=False)
    # expect: requests-verify-false
    httpx.get(url, verify=False)
    # expect: requests-verify-false
    httpx.Client(verify=False)
    # expect: requests-verify-false
    httpx.AsyncClient(verify=False)
    # expect: requests-verify-false
    client.delete(url, verify=False)
    other = Session()
    # expect: requests-verify-false
    other.verify = False
    # ok: requests-verify-false
    requests.get(url, verify=True, timeout=5)
    # ok: requests-verify-false
    requests.get(url, verify="/etc/ssl/ca.pem", timeout=5)
    # ok: requests-verify-false
    requests.get(url, timeout=5)
    # ok: requests-verify-false
    configure(verify=False)
    # ok: requests-verify-false
    self.verify = False


def multi_line(url):
    requests.get(
        url,
        # expect: requests-verify-false
        verify=False,
        timeout=5,
    )


def verify_zero(url):
    # expect: requests-verify-false
    requests.get(url, verify=0, timeout=5)


import aiohttp


async def fetch_feed(url):
    async with aiohttp.ClientSession() as feed_session:
        # expect: requests-verify-false
        async with feed_session.get(url, ssl=False) as response:
            return await response.text()


async def fetch_feed_with_private_ca(url, context):
    async with aiohttp.ClientSession() as feed_session:
        # ok: requests-verify-false
        async with feed_session.get(url, ssl=context) as response:
            return await response.text()


def connectors(ca_context):
    # expect: requests-verify-false
    insecure = aiohttp.TCPConnector(ssl=False)
    # expect: requests-verify-false
    legacy = aiohttp.TCPConnector(verify_ssl=False)
    # ok: requests-verify-false
    verified = aiohttp.TCPConnector(ssl=ca_context)
    # ok: requests-verify-false
    cache = redis_client(host="cache", ssl=False)
    return insecure, legacy, verified, cache


async def post_event(session, url, event):
    # expect: requests-verify-false
    await session.post(url, json=event, ssl=False)
    # ok: requests-verify-false
    await session.post(url, json=event)
