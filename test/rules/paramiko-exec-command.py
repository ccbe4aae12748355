import shlex
import paramiko
from tasks import run as exec_command


def remove(path):
    client = paramiko.SSHClient()
    # expect: paramiko-exec-command
    client.exec_command("rm -rf " + path)
    # expect: paramiko-exec-command
    stdin, stdout, stderr = client.exec_command(
        command=f"ls {path}",
    )
    # ok: paramiko-exec-command
    client.exec_command("rm -rf -- " + shlex.quote(path))
    # ok: paramiko-exec-command
    client.connect(path)
    # expect: paramiko-exec-command
    (client.exec_command)("rm -rf " + path)
    # ok: paramiko-exec-command
    exec_command("rm -rf " + path)


UPTIME = "uptime -p"


def health(client):
    # a fixed command: shown by --profile audit only
    # ok: paramiko-exec-command
    client.exec_command("uptime")
    # ok: paramiko-exec-command
    client.exec_command(UPTIME)
    # expect: paramiko-exec-command
    client.exec_command(UPTIME + " " + client.get_transport().getpeername()[0])
