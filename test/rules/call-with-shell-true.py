import subprocess
from fabric import api
from invoke import run as invoke_run


def deploy(name, flag):
    # expect: call-with-shell-true
    api.local("rm -rf /srv/" + name, shell=True)
    invoke_run(
        "make " + name,
        # expect: call-with-shell-true
        shell=flag,
    )
    # ok: call-with-shell-true
    subprocess.run("ls " + name, shell=True)
    # ok: call-with-shell-true
    api.local(["rm", "-rf", name], shell=False)
    # ok: call-with-shell-true
    api.local("ls", shell=None)
