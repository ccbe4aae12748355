import subprocess
import subprocess as sp
import shlex
import sys
from subprocess import check_output as out

GIT = ["git", "status"]


def run(cmd, name, flag):
    # expect: subprocess-without-shell
    subprocess.run(cmd)
    # expect: subprocess-without-shell
    sp.Popen(["ls", name])
    # expect: subprocess-without-shell
    out(
        [sys.executable, "-m", name],
        stderr=subprocess.STDOUT,
    )
    # expect: subprocess-without-shell
    subprocess.call(cmd, shell=False)
    # ok: subprocess-without-shell
    subprocess.run(["git", "rev-parse", "HEAD"], check=True)
    # ok: subprocess-without-shell
    subprocess.check_output(shlex.split("git rev-parse HEAD"), shell=False)
    # ok: subprocess-without-shell
    sp.check_call([sys.executable, "-m", "pip", "--version"])
    # ok: subprocess-without-shell
    subprocess.run(GIT)
    # ok: subprocess-without-shell
    subprocess.call("ls")
    # ok: subprocess-without-shell
    subprocess.call(cmd, shell=True)
