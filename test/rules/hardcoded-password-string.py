import os

# expect: hardcoded-password-string
password = "hunter2"
# ok: hardcoded-password-string
DB_PASSWORD = "changeme"
# expect: hardcoded-password-string
admin_pass = 'MyNewPass'
# expect: hardcoded-password-string
db_password = "SuperSecretPassword"
# expect: hardcoded-password-string
EMAIL_PASSWORD = "secret"
# ok: hardcoded-password-string
DB_PASSWORD_KEY = "db_password"
# ok: hardcoded-password-string
token_header = "xxx"
# expect: hardcoded-password-string
config = {"password": "12345"}
settings = {}
# expect: hardcoded-password-string
settings["api_token"] = "a8f5f167f44f4964e6c998dee827110c"
# expect: hardcoded-password-string
SECRET_KEY: str = "django-insecure-7x!k2m#q"
# expect: hardcoded-password-string
user, passwd = "admin", "Adm1n!2024"


class Client:
    def __init__(self):
        # expect: hardcoded-password-string
        self.authToken = "ghp_16C7e42F292c6912E7710c838347Ae178B4a"


def check(password):
    # expect: hardcoded-password-string
    if password == "letmein":
        return True
    # ok: hardcoded-password-string
    token_type = "Bearer"
    # ok: hardcoded-password-string
    password_field = "password"
    # ok: hardcoded-password-string
    PAGINATOR = {"input_token": "NextToken", "output_token": "NextToken"}
    # ok: hardcoded-password-string
    token_fail_reason = "Token has expired"
    # ok: hardcoded-password-string
    reset_password_url = "https://example.com/reset"
    # ok: hardcoded-password-string
    password = ""
    # ok: hardcoded-password-string
    password = os.environ.get("PASSWORD", "")
    # ok: hardcoded-password-string
    password = "<password>"
    # ok: hardcoded-password-string
    token = "***"
    # ok: hardcoded-password-string
    pad_token = "[PAD]"
    # ok: hardcoded-password-string
    split_token = "13a"
    # ok: hardcoded-password-string
    PASSWORD = "password"
    # ok: hardcoded-password-string
    headers = {"X-Auth-Token": "X-Auth-Token"}
    # ok: hardcoded-password-string
    if password == "":
        return False
    # ok: hardcoded-password-string
    secret = "${SECRET}"
    # ok: hardcoded-password-string
    passed = "yes"
    # ok: hardcoded-password-string
    if token == "COLLATE":
        return None
    # ok: hardcoded-password-string
    if token == "is":
        return None
    # ok: hardcoded-password-string
    rules = {"password": "[0-9a-zA-Z]{1,12}"}
    # ok: hardcoded-password-string
    new_pass = "None"
# ok: hardcoded-password-string
DEFAULT_PASSWORD_HASHER = "argon2"
# ok: hardcoded-password-string
SECRET_BACKEND = "vault"
# expect: hardcoded-password-string
SECRET_BACKEND_PASSWORD = "vault-r00t"
