import jwt
from jose import jwt as jose_jwt

NO_CHECK = {"verify_signature": False, "verify_exp": False}


def current_user(token, key):
    # expect: jwt-verify-disabled
    claims = jwt.decode(token, options={"verify_signature": False})
    # expect: jwt-verify-disabled
    claims = jwt.decode(token, key, verify=False)
    # expect: jwt-verify-disabled
    claims = jwt.decode(token, key, algorithms=["HS256", "none"])
    # expect: jwt-verify-disabled
    claims = jwt.decode(token, key, algorithms="None")
    # expect: jwt-verify-disabled
    claims = jose_jwt.decode(token, key, options=NO_CHECK)
    # expect: jwt-verify-disabled
    claims = jwt.PyJWT().decode(token, key, options=dict(verify_signature=False))
    # ok: jwt-verify-disabled
    claims = jwt.decode(token, key, algorithms=["RS256"])
    # ok: jwt-verify-disabled
    claims = jwt.decode(token, key, algorithms=["RS256"], options={"verify_aud": False})
    # ok: jwt-verify-disabled
    claims = jwt.decode(token, key, algorithms=["HS256"], options={"verify_signature": True})
    # ok: jwt-verify-disabled
    header = jwt.get_unverified_header(token)
    return claims, header
