from .base import *  # noqa: F403

# expect: django-allowed-hosts-wildcard
ALLOWED_HOSTS = ["*"]

# expect: django-allowed-hosts-wildcard
ALLOWED_HOSTS = ("example.com", "*")

# expect: django-allowed-hosts-wildcard
ALLOWED_HOSTS += ["*"]

# ok: django-allowed-hosts-wildcard
ALLOWED_HOSTS = ["example.com", ".example.com", "localhost"]

# ok: django-allowed-hosts-wildcard
ALLOWED_HOSTS = ["*.example.com"]


class Proxy:
    # ok: django-allowed-hosts-wildcard
    ALLOWED_HOSTS = ["*"]


def extend_hosts():
    # ok: django-allowed-hosts-wildcard
    ALLOWED_HOSTS += ["*"]
