import os
import psycopg2
from oauthlib.oauth2 import OAuth2Token

# expect: hardcoded-password-funcarg
conn = psycopg2.connect(host="db", user="app", password="s3cr3t-Pa55")
conn = psycopg2.connect(
    host="db",
    # expect: hardcoded-password-funcarg
    passwd="hunter2",
)
# ok: hardcoded-password-funcarg
conn = psycopg2.connect(host="db", password=os.environ["DB_PASSWORD"])
# ok: hardcoded-password-funcarg
token = OAuth2Token(access_token=conn, token_type="Bearer")
# ok: hardcoded-password-funcarg
form = dict(password_field="password", password="")
# ok: hardcoded-password-funcarg
client = OAuth2Token(token_url="https://example.com/oauth/token")


def jenkins_jobs(requests, os):
    # expect: hardcoded-password-funcarg
    requests.get("https://ci.example.com/api/json", auth=("deploy", "Jenk1ns-D3ploy"), timeout=5)
    # ok: hardcoded-password-funcarg
    requests.get("https://ci.example.com/api/json", auth=("deploy", os.environ["JENKINS_TOKEN"]), timeout=5)
    # ok: hardcoded-password-funcarg
    requests.get("https://ci.example.com/api/json", auth=("deploy", ""), timeout=5)
