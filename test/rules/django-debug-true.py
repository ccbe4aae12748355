import os

import environ

env = environ.Env()

INSTALLED_APPS = ["django.contrib.admin", "django.contrib.auth"]
ROOT_URLCONF = "site.urls"

# expect: django-debug-true
DEBUG = True

if os.environ.get("CI"):
    # expect: django-debug-true
    DEBUG = 1

# expect: django-debug-true
DEBUG = env.bool("DJANGO_DEBUG", default=True)

# ok: django-debug-true
DEBUG = False

# ok: django-debug-true
DEBUG = env.bool("DJANGO_DEBUG", default=False)

# ok: django-debug-true
DEBUG = os.environ.get("DJANGO_DEBUG") == "1"


def configure(options):
    # ok: django-debug-true
    DEBUG = True
    return DEBUG


class LocalSettings:
    # ok: django-debug-true
    DEBUG = True
