import subprocess
import subprocess as sp
from subprocess import Popen as P


def run(name, flag):
    # expect: subprocess-shell-true
    subprocess.call("ls " + name, shell=True)
    # expect: subprocess-shell-true
    sp.check_output(f"grep {name} /etc/passwd", shell=True)
    P(name,
      # expect: subprocess-shell-true
      shell=True)
    # expect: subprocess-shell-true
    subprocess.run(args="echo %s" % name, shell=flag)
    # ok: subprocess-shell-true
    subprocess.call(["ls", name])
    # ok: subprocess-shell-true
    subprocess.call("ls " + name, shell=False)
    # ok: subprocess-shell-true
    subprocess.call(name, shell=0)


def unpacked(name, argv):
    # Literal splats are unpacked as Python binds them (issue 17).
    # expect: subprocess-shell-true
    subprocess.check_output(*[name], shell=True)
    # expect: subprocess-shell-true
    subprocess.Popen(*argv, **{"shell": True})
    # expect: subprocess-shell-true
    subprocess.call(name, **dict(shell=True))
    # ok: subprocess-shell-true
    subprocess.call(*[name], **{"shell": False})
    # Identifiers are read as Python reads them (NFKC): ｓhell is shell.
    # expect: subprocess-shell-true
    subprocess.call(name, ｓhell=True)
