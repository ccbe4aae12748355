import socket
from flask import Flask

app = Flask(__name__)
RESERVED = {"0.0.0.0", "255.255.255.255"}


def serve(host, port):
    """Bind to "0.0.0.0" only in containers."""
    # expect: bind-all-interfaces
    app.run(host="0.0.0.0", port=port)
    sock = socket.socket()
    # expect: bind-all-interfaces
    sock.bind(("", port))
    # expect: bind-all-interfaces
    defaults = {"host": "0.0.0.0"}
    # ok: bind-all-interfaces
    if host == "0.0.0.0":
        return None
    # ok: bind-all-interfaces
    sock.bind(("127.0.0.1", port))
    # ok: bind-all-interfaces
    return host in RESERVED
