"""A small web app with the mistakes a security review should catch."""
import subprocess
import pickle


def search(request, cursor):
    term = request.GET["q"]
    query = "SELECT * FROM items WHERE name = '%s'" % term
    cursor.execute(query)
    return cursor.fetchall()


def thumbnail(request):
    name = request.GET["file"]
    subprocess.call("convert " + name + " thumb.png", shell=True)


def load_session(blob):
    return pickle.loads(blob)


def calculate(expression):
    return eval(expression)
