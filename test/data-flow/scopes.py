# State that crosses scopes (issue 18 items 1-6): `global` names, `self.attr` set in one method and read in another,
# containers shared by two names across branches, copies made with list()/dict(), module constants changed in part.
import os
import subprocess

from django.http import HttpResponse
from fastapi import FastAPI
from flask import Flask, request

app = Flask(__name__)
api = FastAPI()

# --- global names -----------------------------------------------------------------------------------------------

LAST_HOST = "localhost"
REPORT = "uptime"
BACKUP_DIR = "/srv/backup"


@app.route("/target", methods=["POST"])
def set_target():
    global LAST_HOST
    LAST_HOST = request.form["host"]
    return "ok"


@app.route("/ping-last")
def ping_last():
    # expect: start-process-with-shell high/high blocking
    os.system("ping -c 1 " + LAST_HOST)
    return "ok"


def choose_report(kind):
    global REPORT
    if kind == "load":
        REPORT = "uptime"
    else:
        REPORT = "df -h"


@app.route("/report")
def report():
    choose_report(request.args.get("kind"))
    # ok: subprocess-shell-true audit
    return subprocess.check_output(REPORT, shell=True)


def remember_dir(request):
    global BACKUP_DIR
    BACKUP_DIR = request.GET["dir"]
    return HttpResponse("ok")


def backup(request):
    # expect: subprocess-shell-true high/high blocking
    subprocess.call("tar czf /tmp/b.tgz " + BACKUP_DIR, shell=True)
    return HttpResponse("ok")


# --- module constants changed in part ---------------------------------------------------------------------------

COMMANDS = {"disk": "df -h", "load": "uptime"}
FIXED = {"disk": "df -h", "load": "uptime"}
ARGV = ["ls", "-l"]


@app.route("/commands", methods=["POST"])
def edit_commands():
    COMMANDS["disk"] = request.form["cmd"]
    return "ok"


@app.route("/disk")
def disk():
    # expect: subprocess-shell-true medium/low
    return subprocess.check_output(COMMANDS["disk"], shell=True)


@app.route("/load")
def load():
    # ok: subprocess-shell-true audit
    return subprocess.check_output(FIXED["load"], shell=True)


def set_flag(flag):
    ARGV[1] = flag


@app.route("/list")
def listing():
    # expect: start-process-with-shell medium/low
    os.system(" ".join(ARGV))
    return "ok"


# --- self.attr set in one method, read in another ---------------------------------------------------------------


class Pinger:
    def __init__(self):
        self.host = "localhost"

    def load(self):
        self.host = request.args.get("host")

    def run(self):
        # expect: start-process-with-shell high/high blocking
        os.system("ping -c 1 " + self.host)


class Uptime:
    def __init__(self):
        self.command = "uptime"

    def verbose(self):
        self.command = "uptime -p"

    def run(self):
        # ok: subprocess-shell-true audit
        return subprocess.check_output(self.command, shell=True)


class Archiver:
    def __init__(self, request):
        self.target = request.POST["dir"]

    def run(self):
        # expect: subprocess-shell-true high/high blocking
        subprocess.Popen("tar czf /tmp/a.tgz " + self.target, shell=True)


class Cleaner:
    def __init__(self):
        self.pattern = "*.tmp"

    def run(self):
        # ok: start-process-with-shell audit
        os.system("rm -f /tmp/" + self.pattern)


class Exporter:
    def __init__(self):
        self.fmt = "csv"

    def set_format(self):
        self.fmt = request.args["fmt"]

    def export(self):
        cmd = "export --format " + self.fmt
        # expect: subprocess-shell-true high/high blocking
        return subprocess.run(cmd, shell=True)


# --- containers shared by two names across branches -------------------------------------------------------------


@app.route("/grep")
def grep():
    parts = ["grep", "-r"]
    if request.args.get("all"):
        alias = parts
    else:
        alias = []
    alias.append(request.args.get("q"))
    # expect: start-process-with-shell high/high blocking
    os.system(" ".join(parts))
    return "ok"


@app.route("/grep-fixed")
def grep_fixed():
    parts = ["grep", "-r"]
    if request.args.get("all"):
        alias = parts
    else:
        alias = []
    alias.append("TODO")
    # ok: start-process-with-shell audit
    os.system(" ".join(parts))
    return "ok"


def django_tail(request):
    options = {"lines": "10"}
    other = {"lines": "20"}
    chosen = options if request.GET.get("short") else other
    chosen["lines"] = request.GET["n"]
    # expect: subprocess-shell-true high/high blocking
    subprocess.call("tail -n " + options["lines"] + " /var/log/app.log", shell=True)
    return HttpResponse("ok")


def django_tail_fixed(request):
    options = {"lines": "10"}
    other = {"lines": "20"}
    chosen = options if request.GET.get("short") else other
    chosen["lines"] = "50"
    # ok: subprocess-shell-true audit
    subprocess.call("tail -n " + options["lines"] + " /var/log/app.log", shell=True)
    return HttpResponse("ok")


@api.get("/du")
def du(path: str):
    base = ["du", "-sh"]
    view = base
    view.append(path)
    # expect: start-process-with-shell high/high blocking
    os.system(" ".join(base))
    return {}


@api.get("/du-fixed")
def du_fixed(path: str):
    base = ["du", "-sh"]
    other = list(base)
    other.append(path)
    # ok: start-process-with-shell audit
    os.system(" ".join(base))
    return {}


# --- copies made with list() and dict() -------------------------------------------------------------------------


@app.route("/copy-list")
def copy_list():
    items = [request.args.get("cmd")]
    copied = list(items)
    # expect: start-process-with-shell high/high blocking
    os.system(copied[0])
    return "ok"


@app.route("/copy-dict")
def copy_dict():
    params = {"cmd": request.args.get("cmd")}
    copied = dict(params)
    # expect: subprocess-shell-true high/high blocking
    subprocess.run(copied["cmd"], shell=True)
    return "ok"


@app.route("/copy-dict-other-key")
def copy_dict_other_key():
    params = {"cmd": "uptime", "user": request.args.get("user")}
    copied = dict(params)
    # ok: subprocess-shell-true audit
    subprocess.run(copied["cmd"], shell=True)
    return "ok"


@app.route("/copy-then-change")
def copy_then_change():
    params = {"cmd": "uptime"}
    copied = dict(params)
    copied["cmd"] = request.args.get("cmd")
    # ok: subprocess-shell-true audit
    subprocess.run(params["cmd"], shell=True)
    # expect: subprocess-shell-true high/high blocking
    subprocess.run(copied["cmd"], shell=True)
    return "ok"


@app.route("/tuple-copy")
def tuple_copy():
    fixed = tuple(["ls", request.args.get("dir")])
    # ok: start-process-with-shell audit
    os.system(fixed[0])
    # expect: start-process-with-shell high/high blocking
    os.system("ls " + fixed[1])
    return "ok"


def script_main():
    commands = ["uptime"]
    backup = list(commands)
    backup.append(input("extra: "))
    # ok: start-process-with-shell audit
    os.system(commands[-1])
    # expect: start-process-with-shell high/high blocking
    os.system(backup[-1])


LOG_LEVEL = "info"


def quiet():
    global LOG_LEVEL
    LOG_LEVEL = "warning"


@app.route("/log-level")
def log_level():
    quiet()
    # ok: start-process-with-shell audit
    os.system("logger -p user." + LOG_LEVEL + " started")
    return "ok"


class Settings:
    def __init__(self):
        self.options = ["-l"]

    def update(self):
        self.options = ["-la"]

    def listing(self):
        # ok: start-process-with-shell audit
        os.system("ls " + " ".join(self.options))


@app.route("/copy-list-fixed")
def copy_list_fixed():
    items = ["uptime"]
    copied = list(items)
    copied[0] = request.args.get("cmd")
    # ok: start-process-with-shell audit
    os.system(items[0])
    return "ok"


@app.route("/global-constant")
def global_constant():
    # ok: start-process-with-shell audit
    os.system("ls " + BACKUP_DIR_DEFAULT)
    return "ok"


BACKUP_DIR_DEFAULT = "/srv/backup"
