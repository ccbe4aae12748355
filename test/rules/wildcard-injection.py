import os
import subprocess
from os import popen as shell


def backup(flag):
    # expect: wildcard-injection
    os.system("tar cf /backup/all.tar *")
    # expect: wildcard-injection
    subprocess.Popen("chown root:root *.conf", shell=True)
    # expect: wildcard-injection
    shell("rsync -a * /mnt/backup/")
    # ok: wildcard-injection
    os.system("tar cf /backup/all.tar -- *")
    # ok: wildcard-injection
    os.system("chmod 644 ./*")
    # ok: wildcard-injection
    subprocess.Popen(["tar", "cf", "x.tar", "*"])
    # ok: wildcard-injection
    os.system("start *")
