import os

from decouple import config

INSTALLED_APPS = ["django.contrib.sessions"]
MIDDLEWARE = []

# expect: django-hardcoded-secret-key
SECRET_KEY = "django-insecure-q8#w2q!v3k$9m@z0p1r7t5y6u4i2o8a5s3d"

# expect: django-hardcoded-secret-key
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "9f8e7d6c5b4a39281706f5e4d3c2b1a0")

# expect: django-hardcoded-secret-key
SECRET_KEY = config("SECRET_KEY", default="a-fallback-that-ships-with-the-image")

# expect: django-hardcoded-secret-key
SECRET_KEY = "change-me"
# expect: django-hardcoded-secret-key
SECRET_KEY = "<generate-one>"

# ok: django-hardcoded-secret-key
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

# ok: django-hardcoded-secret-key
SECRET_KEY = config("SECRET_KEY")

# ok: django-hardcoded-secret-key
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY")

# ok: django-hardcoded-secret-key
SECRET_KEY = ""


def signing_key():
    # ok: django-hardcoded-secret-key
    SECRET_KEY = "local-variable-not-a-setting"
    return SECRET_KEY
