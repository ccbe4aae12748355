import random
import string
from random import choice, getrandbits, randint

import numpy as np

ALPHABET = string.ascii_letters + string.digits
API_KEYS = ["key-one", "key-two"]


def reset_password(user):
    # expect: weak-random
    user.reset_token = "".join(random.choice(ALPHABET) for _ in range(32))
    # expect: weak-random
    new_password = "".join([choice(string.ascii_letters) for i in range(12)])
    # expect: weak-random
    user.set_password(password=new_password + str(random.randint(0, 99)))
    return new_password


def generate_api_key():
    # expect: weak-random
    return "%032x" % random.getrandbits(128)


def new_session_id():
    # expect: weak-random
    value = hex(random.getrandbits(64))
    return value


def make_session():
    # ok: weak-random
    value = hex(random.getrandbits(64))
    return {"id": value}


def send_code(phone):
    # expect: weak-random
    code = randint(100000, 999999)
    # expect: weak-random
    payload = {"otp": str(random.randrange(10**6))}
    return code, payload


def crypto():
    # expect: weak-random
    salt = bytes(random.getrandbits(8) for _ in range(16))
    # expect: weak-random
    key = random.randbytes(32)
    # expect: weak-random
    nonce = np.random.bytes(12)
    rng = random.Random()
    # expect: weak-random
    csrf_token = rng.choice(ALPHABET)
    token = ""
    for _ in range(16):
        # expect: weak-random
        token += random.choice(ALPHABET)
    return salt, key, nonce, csrf_token, token


def harmless(rows, attempt):
    # ok: weak-random
    random.shuffle(rows)
    # ok: weak-random
    sample = random.sample(rows, 10)
    # ok: weak-random
    delay = 2 ** attempt + random.uniform(0, 1)
    # ok: weak-random
    api_key = random.choice(API_KEYS)
    # ok: weak-random
    token_ttl = random.randint(300, 600)
    # ok: weak-random
    password_length = random.randint(12, 16)
    # ok: weak-random
    pin = random.randint(0, 27)
    # ok: weak-random
    key = random.choice(list({"a": 1}))
    # ok: weak-random
    status_code = random.choice([200, 500])
    # ok: weak-random
    if random.random() < 0.1:
        # ok: weak-random
        fake_token = "".join(random.choice(ALPHABET) for _ in range(8))
    return sample, delay, api_key, token_ttl, password_length, pin, key, status_code


def _make_boundary(parts):
    # ok: weak-random
    token = random.randrange(2**63)
    return "=" * 15 + str(token)


def make_test_user():
    # ok: weak-random
    password = "".join(random.choice(ALPHABET) for _ in range(8))
    return password


def create_user_with_temp_password():
    # expect: weak-random
    password = "".join(random.choice(ALPHABET) for _ in range(8))
    return password


import crypt
import hashlib
import hmac

from flask import make_response


def login_cookie(user):
    response = make_response("welcome")
    # expect: weak-random
    response.set_cookie("session", str(random.random()), secure=True, httponly=True)
    # expect: weak-random
    response.set_cookie(key="remember_me", value=hashlib.sha1(str(random.getrandbits(64)).encode()).hexdigest())
    return response


def login_cookie_through_a_local(user):
    response = make_response("welcome")
    # expect: weak-random
    value = "%x" % random.getrandbits(128)
    response.set_cookie("auth", value, secure=True, httponly=True)
    return response


def ab_bucket_cookie(response):
    # ok: weak-random
    bucket = random.choice(["control", "variant"])
    response.set_cookie("ab_bucket", bucket, secure=True, httponly=True, samesite="Lax")
    return response


def store_password(password):
    # expect: weak-random
    return crypt.crypt(password, "$6$" + "".join(random.choice(ALPHABET) for _ in range(16)))


def store_password_with_pbkdf2(password):
    # expect: weak-random
    seasoning = bytes(random.getrandbits(8) for _ in range(16))
    return seasoning + hashlib.pbkdf2_hmac("sha256", password.encode(), seasoning, 600_000)


def sign(message):
    # expect: weak-random
    return hmac.new(random.randbytes(32), message, "sha256").hexdigest()


def pkce_pair():
    # expect: weak-random
    code_verifier = "".join(random.choices(ALPHABET, k=64))
    return code_verifier


def sample_rows(rows, response):
    # ok: weak-random
    picked = random.sample(rows, 10)
    response.set_cookie("page_size", str(len(picked)), secure=True, httponly=True, samesite="Lax")
    # ok: weak-random
    delay = random.uniform(0.5, 1.5)
    return picked, delay


def remember_login(user):
    # expect: weak-random
    user.remember_me = "%032x" % random.getrandbits(128)
    # ok: weak-random
    remember_days = random.randint(7, 30)
    return remember_days
