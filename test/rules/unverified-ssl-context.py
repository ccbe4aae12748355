import ssl
import urllib.request
from ssl import _create_unverified_context as insecure

# expect: unverified-ssl-context
urllib.request.urlopen(url, context=ssl._create_unverified_context())
# expect: unverified-ssl-context
context = insecure()
# expect: unverified-ssl-context
context.verify_mode = ssl.CERT_NONE
# expect: unverified-ssl-context
ssl.wrap_socket(sock, cert_reqs=ssl.CERT_NONE, ssl_version=ssl.PROTOCOL_TLSv1_2)
# ok: unverified-ssl-context
good = ssl.create_default_context()
# ok: unverified-ssl-context
good.verify_mode = ssl.CERT_REQUIRED
# expect: unverified-ssl-context
stdlib = ssl._create_stdlib_context()
# expect: unverified-ssl-context
ssl.wrap_socket(sock, None, None, False, ssl.CERT_NONE)
# ok: unverified-ssl-context
ssl.wrap_socket(sock, None, None, False, ssl.CERT_REQUIRED)


def connect_to_device(sock, host):
    device = ssl.create_default_context()
    # expect: unverified-ssl-context
    device.check_hostname = False
    return device.wrap_socket(sock, server_hostname=host)


def connect_anywhere(sock):
    anything = ssl.create_default_context()
    # ok: unverified-ssl-context
    anything.check_hostname = False
    # expect: unverified-ssl-context
    anything.verify_mode = ssl.CERT_NONE
    return anything.wrap_socket(sock)


def connect_strictly(sock, host):
    strict = ssl.create_default_context()
    # ok: unverified-ssl-context
    strict.check_hostname = True
    return strict.wrap_socket(sock, server_hostname=host)
