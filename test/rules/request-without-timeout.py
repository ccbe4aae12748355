import httpx
import requests
import requests as r
from requests import post


def fetch(url, kwargs):
    # expect: request-without-timeout
    requests.get(url)
    # expect: request-without-timeout
    r.delete(url, headers={})
    # expect: request-without-timeout
    post(
        url,
        json={},
        timeout=None,
    )
    session = requests.Session()
    # expect: request-without-timeout
    session.get(url)
    # expect: request-without-timeout
    httpx.Client(timeout=None)
    # ok: request-without-timeout
    requests.get(url, timeout=10)
    # ok: request-without-timeout
    requests.post(url, **kwargs)
    # ok: request-without-timeout
    httpx.get(url)
    # ok: request-without-timeout
    session.get(url, timeout=(3, 30))
