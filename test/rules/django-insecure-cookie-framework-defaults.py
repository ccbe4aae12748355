"""
Default Django settings. Override these with settings in the module pointed to
by the DJANGO_SETTINGS_MODULE environment variable.
"""

DEBUG = False
INSTALLED_APPS = []
MIDDLEWARE = []
# ok: django-insecure-cookie
SESSION_COOKIE_SECURE = False
# ok: django-insecure-cookie
CSRF_COOKIE_SECURE = False
