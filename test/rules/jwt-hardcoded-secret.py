import os

import jwt
from jose import jwt as jose_jwt


def token_for(user):
    # expect: jwt-hardcoded-secret
    return jwt.encode({"sub": user.id}, "k3y-0f-th3-r3alm", algorithm="HS256")


def claims(token):
    # expect: jwt-hardcoded-secret
    return jwt.decode(token, key="k3y-0f-th3-r3alm", algorithms=["HS256"])


def jose_claims(token):
    # expect: jwt-hardcoded-secret
    return jose_jwt.decode(token, "another-literal-key", algorithms=["HS256"])


def dev_token(user):
    # expect: jwt-hardcoded-secret
    return jwt.encode({"sub": user.id}, "secret", algorithm="HS256")


def token_from_env(user):
    # ok: jwt-hardcoded-secret
    return jwt.encode({"sub": user.id}, os.environ["JWT_KEY"], algorithm="HS256")


def claims_with_key(token, key):
    # ok: jwt-hardcoded-secret
    return jwt.decode(token, key, algorithms=["HS256"])


def claims_public(token):
    # ok: jwt-hardcoded-secret
    return jwt.decode(token, "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A\n-----END PUBLIC KEY-----", algorithms=["RS256"])


def unrelated(payload):
    # ok: jwt-hardcoded-secret
    return payload.encode("utf-8")
