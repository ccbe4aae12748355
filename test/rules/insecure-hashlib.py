import hashlib
import crypt
from hashlib import md5 as digest
from hashlib import new as new_hash


def weak(data, password):
    # expect: insecure-hashlib
    hashlib.md5(data)
    # expect: insecure-hashlib
    hashlib.sha1(data).hexdigest()
    # expect: insecure-hashlib
    digest(data)
    # expect: insecure-hashlib
    hashlib.new("MD5", data)
    # expect: insecure-hashlib
    new_hash(name="sha1")
    # expect: insecure-hashlib
    hashlib.md4(data, usedforsecurity=True)
    # expect: insecure-hashlib
    crypt.crypt(password, crypt.METHOD_MD5)
    # expect: insecure-hashlib
    crypt.mksalt(crypt.METHOD_CRYPT)
    # ok: insecure-hashlib
    hashlib.md5(data, usedforsecurity=False)
    # ok: insecure-hashlib
    hashlib.new("sha256")
    # ok: insecure-hashlib
    hashlib.new("md5", usedforsecurity=False)
    # ok: insecure-hashlib
    hashlib.sha256(data)
    # ok: insecure-hashlib
    crypt.crypt(password, crypt.mksalt(crypt.METHOD_SHA512))
    # ok: insecure-hashlib
    hashlib.new(algorithm)


LEGACY_SALT = "xy"


def create_htpasswd_entry(user, password, salt):
    # expect: insecure-hashlib
    des_entry = crypt.crypt(password, "ab")
    # expect: insecure-hashlib
    md5_entry = crypt.crypt(password, "$1$" + salt)
    # expect: insecure-hashlib
    legacy_entry = crypt.crypt(password, LEGACY_SALT)
    # ok: insecure-hashlib
    sha_entry = crypt.crypt(password, "$6$rounds=656000$" + salt)
    # ok: insecure-hashlib
    default_entry = crypt.crypt(password)
    return f"{user}:{des_entry or md5_entry or legacy_entry or sha_entry or default_entry}"


def check_password(password, stored_hash):
    # ok: insecure-hashlib
    return crypt.crypt(password, stored_hash) == stored_hash


def conditional_get(request, body):
    # ok: insecure-hashlib
    etag = '"%s"' % hashlib.md5(body).hexdigest()
    # expect: insecure-hashlib
    version = hashlib.md5(body).hexdigest()
    return etag if request.headers.get("If-None-Match") == etag else version


def shard_for(key, shards):
    # ok: insecure-hashlib
    return int(hashlib.sha1(key.encode()).hexdigest()[:8], 16) % shards


def cache_key_for_session(session_token):
    # expect: insecure-hashlib
    return hashlib.md5(session_token.encode()).hexdigest()


def gravatar_url(email):
    # ok: insecure-hashlib
    return "https://www.gravatar.com/avatar/" + hashlib.md5(email.lower().encode()).hexdigest()


def blob_id(data):
    # ok: insecure-hashlib
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


def object_id_for_password(password):
    # expect: insecure-hashlib
    return hashlib.sha1(password.encode()).hexdigest()
