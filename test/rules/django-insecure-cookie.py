INSTALLED_APPS = []
MIDDLEWARE = ["django.middleware.csrf.CsrfViewMiddleware"]

# expect: django-insecure-cookie
SESSION_COOKIE_SECURE = False
# expect: django-insecure-cookie
CSRF_COOKIE_SECURE = False
# expect: django-insecure-cookie
SESSION_COOKIE_HTTPONLY = False

# ok: django-insecure-cookie
SESSION_COOKIE_SECURE = True
# ok: django-insecure-cookie
CSRF_COOKIE_SECURE = True
# ok: django-insecure-cookie
CSRF_COOKIE_HTTPONLY = False
# ok: django-insecure-cookie
SESSION_COOKIE_SAMESITE = "Lax"
