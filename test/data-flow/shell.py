# Command injection (subprocess with shell=True, os.system/os.popen, commands): vulnerable cases and safe look-alikes.
import os
import shlex
import subprocess
import sys

from django.http import HttpResponse
from fastapi import FastAPI
from flask import Flask, request

app = Flask(__name__)
api = FastAPI()

TOOLS = {"disk": "df -h", "load": "uptime"}
ALLOWED_HOSTS = {"db1", "db2"}


@app.route("/ping")
def ping():
    host = request.args.get("host")
    # expect: subprocess-shell-true high/high blocking
    return subprocess.check_output("ping -c 1 " + host, shell=True)


@app.route("/lookup", methods=["POST"])
def lookup():
    name = request.form["name"]
    # expect: start-process-with-shell high/high blocking
    os.system(f"nslookup {name}")
    return "ok"


@app.route("/grep")
def grep():
    pattern = request.args["q"]
    command = "grep -r '%s' /srv/logs" % pattern
    # expect: subprocess-shell-true high/high blocking
    result = subprocess.run(command, shell=True, capture_output=True)
    return result.stdout


@app.route("/archive", methods=["POST"])
def archive():
    data = request.get_json()
    target = data["dir"]
    # expect: subprocess-shell-true high/high blocking
    subprocess.Popen("tar czf /tmp/out.tgz " + target, shell=True)
    return "started"


@app.route("/convert")
def convert():
    fmt = request.cookies.get("format")
    # expect: start-process-with-shell high/high blocking
    stream = os.popen("convert in.png out." + fmt)
    return stream.read()


def django_ping(request):
    host = request.GET["host"]
    # expect: subprocess-shell-true high/high blocking
    output = subprocess.check_output("ping -c 3 %s" % host, shell=True)
    return HttpResponse(output)


def django_backup(request):
    name = request.POST.get("name")
    cmd = " ".join(["pg_dump", name, ">", "/backups/out.sql"])
    # expect: start-process-with-shell high/high blocking
    os.system(cmd)
    return HttpResponse("ok")


def django_headers(request):
    agent = request.headers.get("User-Agent", "")
    # expect: subprocess-shell-true high/high blocking
    subprocess.call("echo " + agent + " >> agents.log", shell=True)
    return HttpResponse("ok")


@api.get("/dig")
def fastapi_dig(domain: str):
    # expect: subprocess-shell-true high/high blocking
    return {"out": subprocess.check_output(f"dig {domain}", shell=True)}


@api.post("/kill")
def fastapi_kill(pid: str):
    # expect: start-process-with-shell high/high blocking
    os.system("kill -9 " + pid)
    return {"killed": pid}


def cli():
    # expect: start-process-with-shell high/high blocking
    os.system("rm -rf " + sys.argv[1])


def interactive():
    folder = input("folder? ")
    # expect: subprocess-shell-true high/high blocking
    subprocess.run("ls -la " + folder, shell=True, check=True)


def compress(path):
    # expect: subprocess-shell-true medium/medium
    subprocess.call("gzip " + path, shell=True)


def show(path):
    # expect: start-process-with-shell medium/medium
    os.system("cat " + path)


def restart(service):
    command = service.restart_command()
    # expect: subprocess-shell-true medium/medium
    subprocess.check_call(command, shell=True)


# --- safe look-alikes ---------------------------------------------------------------------------------------------


@app.route("/ping-list")
def ping_list():
    host = request.args.get("host")
    # ok: subprocess-shell-true
    return subprocess.check_output(["ping", "-c", "1", host])


@app.route("/ping-quoted")
def ping_quoted():
    host = request.args.get("host")
    # ok: subprocess-shell-true audit
    return subprocess.check_output("ping -c 1 " + shlex.quote(host), shell=True)


@app.route("/quoted-first")
def quoted_first():
    host = shlex.quote(request.args.get("host"))
    # ok: start-process-with-shell audit
    os.system("ping -c 1 " + host)
    return "ok"


@app.route("/tool")
def tool():
    name = request.args.get("tool", "disk")
    # ok: subprocess-shell-true audit
    return subprocess.check_output(TOOLS[name], shell=True)


@app.route("/count")
def count():
    n = int(request.args.get("n", "1"))
    # ok: subprocess-shell-true audit
    return subprocess.check_output(f"seq {n}", shell=True)


@app.route("/allowed")
def allowed():
    host = request.args.get("host")
    if host not in ALLOWED_HOSTS:
        return "refused", 400
    # ok: start-process-with-shell audit
    os.system("pg_isready -h " + host)
    return "ok"


@app.route("/overwrite")
def overwrite():
    cmd = request.args.get("cmd")
    cmd = "uptime"
    # ok: subprocess-shell-true audit
    return subprocess.check_output(cmd, shell=True)


def django_uptime(request):
    # ok: start-process-with-shell audit
    os.system("uptime")
    return HttpResponse("ok")


def django_no_shell(request):
    name = request.GET["name"]
    # ok: subprocess-shell-true
    subprocess.run(["git", "log", "--author", name], check=True)
    return HttpResponse("ok")


def django_shell_false(request):
    name = request.GET["name"]
    # ok: subprocess-shell-true
    subprocess.run(["grep", name, "/srv/data.txt"], shell=False)
    return HttpResponse("ok")


@api.get("/seq")
def fastapi_typed(count: int):
    # ok: subprocess-shell-true audit
    return {"out": subprocess.check_output("seq %d" % count, shell=True)}


def cli_quoted():
    # ok: start-process-with-shell audit
    os.system("ls " + shlex.quote(sys.argv[1]))


def cli_list():
    # ok: subprocess-shell-true
    subprocess.run(["ls", sys.argv[1]])


def constant_pipeline():
    # ok: subprocess-shell-true audit
    subprocess.call("ps aux | grep python | wc -l", shell=True)


def digits(request):
    port = request.GET.get("port", "80")
    if not port.isdigit():
        return HttpResponse(status=400)
    # ok: start-process-with-shell audit
    os.system("fuser " + port + "/tcp")
    return HttpResponse("ok")


# --- Tornado handlers and command-line parsers ----------------------------------------------------------------------
import argparse

import tornado.web


class LookupHandler(tornado.web.RequestHandler):
    def get(self):
        host = self.get_argument("host")
        # expect: start-process-with-shell high/high blocking
        os.system("nslookup " + host)

    def post(self):
        host = self.get_body_argument("host")
        # ok: start-process-with-shell audit
        os.system("nslookup " + shlex.quote(host))


def rotate_logs():
    parser = argparse.ArgumentParser()
    parser.add_argument("service")
    args = parser.parse_args()
    # expect: subprocess-shell-true high/high blocking
    subprocess.run("journalctl -u %s --vacuum-time=2d" % args.service, shell=True)
    # ok: subprocess-shell-true audit
    subprocess.run("journalctl -u %s --vacuum-time=2d" % shlex.quote(args.service), shell=True)


import click


@click.command()
@click.argument("host")
@click.option("--count", default="1")
def ping(host, count):
    # Click fills the parameters from the command line, as argparse does
    # expect: subprocess-shell-true high/high blocking
    subprocess.run(f"ping -c {count} {host}", shell=True)
    # ok: subprocess-shell-true audit
    subprocess.run(f"ping -c 1 {shlex.quote(host)}", shell=True)


@cache.memoize()
def cached_lookup(host):
    # a parameter of a function whose decorator is not Click's: only shown
    # expect: subprocess-shell-true medium/medium
    subprocess.run("nslookup " + host, shell=True)


import asyncio


@api.get("/logs/grep")
async def grep_logs(pattern: str):
    # asyncio's shell launcher hands the string to /bin/sh like os.system.
    # expect: start-process-with-shell high/high blocking
    proc = await asyncio.create_subprocess_shell("grep -n '" + pattern + "' /var/log/app.log")
    return await proc.communicate()


@api.get("/logs/grep-quoted")
async def grep_logs_quoted(pattern: str):
    # ok: start-process-with-shell audit
    proc = await asyncio.create_subprocess_shell("grep -n " + shlex.quote(pattern) + " /var/log/app.log")
    return await proc.communicate()


import enum
from .choices import ImportedService


class Service(str, enum.Enum):
    nginx = "nginx"
    redis = "redis"


class Mirror(str, enum.Enum):
    primary = os.environ.get("MIRROR", "a")


@api.post("/restart/{svc}")
def restart(svc: Service, other: ImportedService, mirror: Mirror):
    # An enumeration of this module whose members are literals: FastAPI admits only its members.
    # ok: subprocess-shell-true
    subprocess.run(f"systemctl restart {svc.value}", shell=True)
    # An imported enumeration's members are not seen: unknown, so the client's text as for any parameter.
    # expect: subprocess-shell-true high/high blocking
    subprocess.run(f"systemctl restart {other.value}", shell=True)
    # A member computed at import is not a closed choice.
    # expect: subprocess-shell-true high/high blocking
    subprocess.run(f"systemctl restart {mirror.value}", shell=True)
