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
