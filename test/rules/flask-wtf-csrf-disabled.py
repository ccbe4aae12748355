from flask import Flask

app = Flask(__name__)

# expect: flask-wtf-csrf-disabled
app.config["WTF_CSRF_ENABLED"] = False
# expect: flask-wtf-csrf-disabled
app.config.update(WTF_CSRF_ENABLED=False)
# expect: flask-wtf-csrf-disabled
app.config.update({"SECRET_KEY": "x", "WTF_CSRF_ENABLED": False})
# expect: flask-wtf-csrf-disabled
WTF_CSRF_ENABLED = False


class ProductionConfig:
    DEBUG = False
    # expect: flask-wtf-csrf-disabled
    WTF_CSRF_ENABLED = False


class TestingConfig:
    TESTING = True
    # ok: flask-wtf-csrf-disabled
    WTF_CSRF_ENABLED = False


class CIConfig:
    TESTING = True
    # ok: flask-wtf-csrf-disabled
    WTF_CSRF_ENABLED = False


# ok: flask-wtf-csrf-disabled
app.config["WTF_CSRF_ENABLED"] = True
# ok: flask-wtf-csrf-disabled
app.config.update(TESTING=True, WTF_CSRF_ENABLED=False)
# ok: flask-wtf-csrf-disabled
app.config["WTF_CSRF_TIME_LIMIT"] = None
