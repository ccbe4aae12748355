import ssl
from OpenSSL import SSL
import pyOpenSSL

# expect: ssl-bad-version
ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_SSLv2)
# expect: ssl-bad-version
ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_TLSv1)
# expect: ssl-bad-version
SSL.Context(method=SSL.SSLv3_METHOD)
# expect: ssl-bad-version
SSL.Context(SSL.TLSv1_METHOD)
# expect: ssl-bad-version
pyOpenSSL.SSL.Context(method=pyOpenSSL.SSL.SSLv2_METHOD)
# expect: ssl-bad-version
ssl.SSLContext(ssl.PROTOCOL_TLSv1_1)
# expect: ssl-bad-version
connect(host, ssl_version=ssl.PROTOCOL_SSLv3)
# expect: ssl-bad-version
herp_derp(method=SSL.SSLv23_METHOD)
# ok: ssl-bad-version
ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_TLSv1_2)
# ok: ssl-bad-version
ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
# ok: ssl-bad-version
SSL.Context(method=SSL.TLS_METHOD)
# ok: ssl-bad-version
herp_derp(method="POST")
