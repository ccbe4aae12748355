"""User registration and login in a small Flask app."""
import hashlib
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/register", methods=["POST"])
def register():
    # expect: password-hash-without-kdf
    digest = hashlib.sha256(request.form["password"].encode()).hexdigest()
    save_user(request.form["username"], digest)
    return "ok"


@app.route("/register-properly", methods=["POST"])
def register_properly():
    salt = os.urandom(16)
    # ok: password-hash-without-kdf
    digest = hashlib.pbkdf2_hmac("sha256", request.form["password"].encode(), salt, 600_000)
    save_user(request.form["username"], salt + digest)
    return "ok"


def check_login(user, password):
    # expect: password-hash-without-kdf
    return hashlib.md5(password.encode()).hexdigest() == user.password_digest


def create_user(username, passwd, salt):
    # expect: password-hash-without-kdf
    hashed = hashlib.sha512(salt + passwd.encode()).hexdigest()
    return {"username": username, "hash": hashed}


def legacy_login(user, form):
    hasher = hashlib.sha1()
    # expect: password-hash-without-kdf
    hasher.update(form["password"].encode())
    return hasher.hexdigest() == user.stored


def through_a_local(user, pwd):
    encoded = pwd.encode("utf-8")
    # expect: password-hash-without-kdf
    return hashlib.sha256(encoded).hexdigest() == user.stored


def store_reset_token(user, token):
    # ok: password-hash-without-kdf
    user.reset_token_hash = hashlib.sha256(token.encode()).hexdigest()


def hash_reset_token(user, password_reset_token):
    # ok: password-hash-without-kdf
    return hashlib.sha256(password_reset_token.encode()).hexdigest()


def cache_key(user):
    # ok: password-hash-without-kdf
    return hashlib.sha256(f"{user.id}:{user.password_hash}".encode()).hexdigest()


def file_checksum(path):
    with open(path, "rb") as handle:
        # ok: password-hash-without-kdf
        return hashlib.sha256(handle.read()).hexdigest()


def password_field_label():
    # ok: password-hash-without-kdf
    return hashlib.md5(b"password_field").hexdigest()
