from .base import *

DEBUG = True
ALLOWED_HOSTS = ["localhost"]

# expect: django-insecure-cookie
SESSION_COOKIE_SECURE = False
# expect: django-insecure-cookie
CSRF_COOKIE_SECURE = False
