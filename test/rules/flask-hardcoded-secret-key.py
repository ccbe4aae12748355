import os

from flask import Flask

app = Flask(__name__)
# expect: flask-hardcoded-secret-key
app.secret_key = "s3cr3t-K3y-for-sessions"
# expect: flask-hardcoded-secret-key
app.config["SECRET_KEY"] = "MyNewPass"
# expect: flask-hardcoded-secret-key
app.config["JWT_SECRET_KEY"] = "jwt-k3y-2024"
# expect: flask-hardcoded-secret-key
app.config.update(DEBUG=False, SECRET_KEY="9f8a7c6b5d4e")
# expect: flask-hardcoded-secret-key
app.config["SECRET_KEY"] = "dev"
# ok: flask-hardcoded-secret-key
app.secret_key = os.environ["FLASK_SECRET_KEY"]
# ok: flask-hardcoded-secret-key
app.config["SECRET_KEY"] = os.environ.get("SECRET_KEY")
# ok: flask-hardcoded-secret-key
app.config["SECRET_KEY"] = ""
# ok: flask-hardcoded-secret-key
app.config["SESSION_COOKIE_NAME"] = "session-v2"
# ok: flask-hardcoded-secret-key
app.config.update(SECRET_KEY=os.environ["SECRET_KEY"])


def create_app():
    application = Flask(__name__)
    # expect: flask-hardcoded-secret-key
    application.config.from_mapping(SECRET_KEY="Zq8-fabricated-key")
    return application


class Client:
    def __init__(self):
        # ok: flask-hardcoded-secret-key
        self.secret_key = "abc123-not-flask"
