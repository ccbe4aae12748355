import shlex
import sys

import sh
from flask import Flask, jsonify, request

app = Flask(__name__)
CONVERT = sh.Command("/usr/bin/convert")


@app.route("/archive")
def archive():
    directory = request.args["dir"]
    # expect: sh-command-injection
    output = sh.bash("-c", f"tar czf /tmp/archive.tgz {directory}")
    return jsonify(output=str(output))


@app.route("/archive-args")
def archive_args():
    # ok: sh-command-injection
    output = sh.tar("czf", "/tmp/archive.tgz", "--", request.args["dir"])
    return jsonify(output=str(output))


@app.route("/archive-quoted")
def archive_quoted():
    directory = shlex.quote(request.args["dir"])
    # ok: sh-command-injection
    output = sh.bash("-c", f"tar czf /tmp/archive.tgz {directory}")
    return jsonify(output=str(output))


@app.route("/tool/<name>")
def tool(name):
    # expect: sh-command-injection
    return jsonify(output=str(sh.Command(name)("--version")))


@app.route("/version")
def version():
    # ok: sh-command-injection
    return jsonify(output=str(sh.Command("/usr/bin/git")("--version")))


def resize(path, size):
    # ok: sh-command-injection
    return CONVERT(path, "-resize", size, path)


def run_script(script):
    # expect: sh-command-injection
    return sh.sh("-c", script, _timeout=60)


def clean_cache():
    # ok: sh-command-injection
    return sh.sh("-c", "rm -rf /var/cache/app/*", _timeout=60)


def probe(host):
    # expect: sh-command-injection
    return sh.zsh("-c", "ping -c1 " + host)


def probe_args(host):
    # ok: sh-command-injection
    return sh.ping("-c1", host)


if __name__ == "__main__":
    # expect: sh-command-injection
    print(sh.bash("-c", sys.argv[1]))
