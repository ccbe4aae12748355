"""Application factory and config classes of a Flask shop."""
import os

from flask import Flask


class BaseConfig:
    SECRET_KEY = os.environ.get("SECRET_KEY")
    # ok: flask-insecure-cookie-config
    SESSION_COOKIE_SECURE = True


class ProductionConfig(BaseConfig):
    # expect: flask-insecure-cookie-config
    SESSION_COOKIE_SECURE = False
    # expect: flask-insecure-cookie-config
    REMEMBER_COOKIE_HTTPONLY = False


class DevelopmentConfig(BaseConfig):
    # ok: flask-insecure-cookie-config
    SESSION_COOKIE_SECURE = False


class TestingConfig(BaseConfig):
    # ok: flask-insecure-cookie-config
    SESSION_COOKIE_SECURE = False


def create_app():
    app = Flask(__name__)
    app.config.from_object(ProductionConfig)
    # expect: flask-insecure-cookie-config
    app.config["SESSION_COOKIE_HTTPONLY"] = False
    # ok: flask-insecure-cookie-config
    app.config["SESSION_COOKIE_HTTPONLY"] = True
    app.config.update(
        # expect: flask-insecure-cookie-config
        SESSION_COOKIE_SECURE=False,
        # ok: flask-insecure-cookie-config
        SESSION_COOKIE_SAMESITE="Lax",
    )
    # expect: flask-insecure-cookie-config
    app.config.from_mapping({"REMEMBER_COOKIE_SECURE": False})
    # ok: flask-insecure-cookie-config
    app.config.from_mapping({"REMEMBER_COOKIE_SECURE": True})
    # ok: flask-insecure-cookie-config
    app.config["SESSION_COOKIE_SECURE"] = os.environ.get("HTTPS_ONLY") == "1"
    return app


# A config module read with app.config.from_pyfile("settings.cfg"):
# expect: flask-insecure-cookie-config
REMEMBER_COOKIE_SECURE = False
# ok: flask-insecure-cookie-config
SESSION_COOKIE_HTTPONLY = True
