import os

from django.conf import settings
from flask import current_app
from hashids import Hashids


def ids():
    # expect: hashids-salted-with-secret-key
    return Hashids(salt=current_app.config["SECRET_KEY"], min_length=8)


# expect: hashids-salted-with-secret-key
HASHER = Hashids(settings.SECRET_KEY)


def app_ids(app):
    # expect: hashids-salted-with-secret-key
    return Hashids(salt=app.secret_key)


def config_ids():
    # expect: hashids-salted-with-secret-key
    return Hashids(salt=current_app.config.get("SECRET_KEY"))


# ok: hashids-salted-with-secret-key
OWN_SALT = Hashids(salt=os.environ["HASHIDS_SALT"], min_length=8)
# ok: hashids-salted-with-secret-key
SETTINGS_SALT = Hashids(salt=settings.HASHIDS_SALT)


def config_salt():
    # ok: hashids-salted-with-secret-key
    return Hashids(salt=current_app.config["HASHIDS_SALT"])
