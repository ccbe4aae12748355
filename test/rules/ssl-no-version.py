import ssl
from ssl import wrap_socket

# expect: ssl-no-version
ssl.wrap_socket(sock)
# expect: ssl-no-version
wrap_socket(sock, server_side=True)
# ok: ssl-no-version
ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_TLSv1_2)
# ok: ssl-no-version
ssl.create_default_context().wrap_socket(sock, server_hostname=host)
