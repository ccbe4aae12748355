import os

import requests
from django.conf import settings

# expect: hardcoded-high-entropy-secret
API_KEY = "q8ZtL2vN5xR9wK3mJ7pB4cY6"
# expect: hardcoded-high-entropy-secret
MAILGUN_API_KEY = "4f9c2e71b8a05d36e1c7f24a9b80d35e"
# expect: hardcoded-high-entropy-secret
client_secret = "Zx7_Kp2-Vm9qLw4RtY8nB3cJ6hDf1sGa"
# expect: hardcoded-high-entropy-secret
WEBHOOK_SIGNING_KEY = "mK7#qL2!vX9@pR4*zN8&wQ5^"
# ok: hardcoded-high-entropy-secret
API_KEY_FROM_ENV = os.environ["API_KEY"]
# ok: hardcoded-high-entropy-secret
api_key_setting = settings.API_KEY
# ok: hardcoded-high-entropy-secret
API_KEY_EXAMPLE = "<your-api-key>"
# ok: hardcoded-high-entropy-secret
SECRET_KEY_DEFAULT = "changeme"
# ok: hardcoded-high-entropy-secret
secret_key = "ThisIsNotARealSecretKey123"
# ok: hardcoded-high-entropy-secret
EMPTY_BODY_SHA256_SECRET = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
# ok: hardcoded-high-entropy-secret
AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
# ok: hardcoded-high-entropy-secret
api_key_id = "k9Xv2LqP7mZ4tR8wN3bY"
# ok: hardcoded-high-entropy-secret
cache_key = "user:42:profile:v7Kq9ZxP2m"
# ok: hardcoded-high-entropy-secret
SECRET_NAME = "prod/payments/stripe-key-2024"
# ok: hardcoded-high-entropy-secret
token = "${API_TOKEN}"
# ok: hardcoded-high-entropy-secret
TOKEN_PLACEHOLDER_SECRET = "xxxxxxxxxxxxxxxxxxxxxxxx"
# ok: hardcoded-high-entropy-secret
SIGNING_KEY_ALGORITHM = "HMAC_SHA256_V2_SIGNATURE"
# ok: hardcoded-high-entropy-secret
PRIVATE_KEY = "abcdef0123456789abcdef0123456789"
# ok: hardcoded-high-entropy-secret
STRIPE_PUBLISHABLE_KEY = "pk_live_51HqLm8Zx1Vr6Kp9Wn2Bc7YdTq3"
# ok: hardcoded-high-entropy-secret
STRIPE_API_KEY = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
# expect: hardcoded-high-entropy-secret
CONFIG = {"x-api-key": "7f3e9a1c5b2d8e4f6a0c9b3d7e1f5a2c"}


class Config:
    # expect: hardcoded-high-entropy-secret
    SESSION_KEY = "c2b7f9e0a41d8c3e6f5b9a7d2e4c1f08"
    # ok: hardcoded-high-entropy-secret
    SESSION_KEY_PREFIX = "sess-v2-Kq7Zx9Pm2"


def charge(amount):
    # expect: hardcoded-high-entropy-secret
    return requests.post("https://api.acme.io/charge", data={"amount": amount}, headers={"api_key": "Tq3Lm8Zx1Vr6Kp9Wn2Bc7Yd"}, timeout=5)


# expect: hardcoded-high-entropy-secret
def connect(host, access_key="Fz8Qw2Lx9Vm4Kr7Tp3Nb6Yc"):
    return host, access_key


# ok: hardcoded-high-entropy-secret
def connect_from_env(host, access_key=None):
    return host, access_key or os.environ["ACCESS_KEY"]
