import ssl
from OpenSSL import SSL
from ssl import PROTOCOL_SSLv3


# expect: ssl-bad-defaults
def open_ssl_socket(version=ssl.PROTOCOL_SSLv2):
    pass


# expect: ssl-bad-defaults
def open_context(host, method=SSL.TLSv1_METHOD):
    pass


# expect: ssl-bad-defaults
def keyword_only(*, version=PROTOCOL_SSLv3):
    pass


# ok: ssl-bad-defaults
def good(version=ssl.PROTOCOL_TLS_CLIENT):
    pass


# ok: ssl-bad-defaults
def also_good(method=SSL.TLS_METHOD, retries=3):
    pass
