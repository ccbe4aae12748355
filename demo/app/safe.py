"""The same features written safely: nothing here should block."""
import json
import os
import subprocess


def search(cursor, term):
    cursor.execute("SELECT * FROM items WHERE name = %s", (term,))
    return cursor.fetchall()


def thumbnail(name):
    subprocess.run(["convert", name, "thumb.png"], check=True)


def load_session(blob):
    return json.loads(blob)


TOKEN_TYPE = "Bearer"
API_KEY = os.environ.get("API_KEY", "")
