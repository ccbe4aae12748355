import os
import commands
import subprocess
from os import system as run
from os import popen

CLEAR = "clear"


def show(path):
    # expect: start-process-with-shell
    os.system("cat " + path)
    # expect: start-process-with-shell
    run(f"ls {path}")
    # expect: start-process-with-shell
    popen(
        "grep %s /var/log/app.log" % path
    )
    # expect: start-process-with-shell
    subprocess.getoutput("du -sh " + path)
    # expect: start-process-with-shell
    commands.getstatusoutput(path)
    # ok: start-process-with-shell
    subprocess.run(["cat", "--", path])
    # ok: start-process-with-shell
    os.path.join(path, "x")
    # ok: start-process-with-shell  (a constant command: --profile audit only)
    os.system(CLEAR)


def unpacked(path):
    # expect: start-process-with-shell
    os.system(*[path])
    # expect: start-process-with-shell
    ｏs.system(path)
    # A constant command unpacked is still constant: shown only by --profile audit, as os.system("clear").
    # ok: start-process-with-shell
    os.system(*["clear"])
