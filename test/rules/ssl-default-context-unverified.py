import ssl
import ssl as tls
from ssl import _create_unverified_context

# expect: ssl-default-context-unverified
ssl._create_default_https_context = ssl._create_unverified_context
# expect: ssl-default-context-unverified
tls._create_default_https_context = _create_unverified_context


def legacy():
    # expect: ssl-default-context-unverified
    ssl._create_default_https_context = ssl._create_stdlib_context


# ok: ssl-default-context-unverified
ssl._create_default_https_context = ssl.create_default_context
# ok: ssl-default-context-unverified
CONTEXT = ssl.create_default_context(cafile="corp-ca.pem")
# ok: ssl-default-context-unverified
default_factory = ssl._create_default_https_context
