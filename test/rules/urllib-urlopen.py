import urllib.request
from urllib.request import urlopen, urlretrieve, Request
from six.moves.urllib import request as six_request
import urllib2


def fetch(url, path):
    # expect: urllib-urlopen
    urllib.request.urlopen(url)
    # expect: urllib-urlopen
    urlretrieve(url, path)
    # expect: urllib-urlopen
    urllib.request.URLopener().open(url)
    # expect: urllib-urlopen
    six_request.urlopen(url)
    # expect: urllib-urlopen
    urllib2.urlopen(url)
    # expect: urllib-urlopen
    urlopen(Request(url))
    # expect: urllib-urlopen
    urlopen("file:///etc/passwd")
    # ok: urllib-urlopen
    Request(url)


# constant https URL: shown by --profile audit only
# ok: urllib-urlopen
STATUS = urlopen("https://example.org/status")


def fetch_status():
    request = Request("https://example.org/status", headers={"Accept": "application/json"})
    # ok: urllib-urlopen
    return urlopen(request)


import six
from pip._vendor.six.moves.urllib.request import urlopen as vendored_urlopen


def fetch_through_six(url):
    # expect: urllib-urlopen
    six.moves.urllib.request.urlopen(url)
    # expect: urllib-urlopen
    vendored_urlopen(url)
    # ok: urllib-urlopen
    six.moves.urllib.parse.urlparse(url)


def fetch_scheme_of_setting(url_setting):
    # a URL from a parameter still may be file://
    # expect: urllib-urlopen
    return urlopen(url_setting, timeout=5)
