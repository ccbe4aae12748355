import os
import subprocess
import subprocess as sp
from os import system


def run(path):
    # expect: start-process-partial-path
    subprocess.run(["git", "status"])
    sp.check_output(
        # expect: start-process-partial-path
        "ls -l",
        shell=True,
    )
    # expect: start-process-partial-path
    system("tar cf x.tar " + "y")
    # ok: start-process-partial-path
    subprocess.run(["/usr/bin/git", "status"])
    # ok: start-process-partial-path
    os.system("./configure")
    # ok: start-process-partial-path
    subprocess.run([path, "status"])
    # ok: start-process-partial-path
    subprocess.call("C:\\Windows\\notepad.exe")
