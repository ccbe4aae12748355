#!/usr/bin/python
"""An Ansible module that manages a package cache (module_utils' run_command is a subprocess wrapper)."""
from ansible.module_utils.basic import AnsibleModule
from flask import Flask, request

app = Flask(__name__)


def clean_cache(module, path):
    # expect: shell-wrapper-unsafe
    rc, out, err = module.run_command("rm -rf %s/*.deb" % path, use_unsafe_shell=True)
    # ok: shell-wrapper-unsafe
    rc, out, err = module.run_command(["rm", "-rf", path])
    # ok: shell-wrapper-unsafe
    rc, out, err = module.run_command("rm -rf %s" % path, use_unsafe_shell=False)
    return rc


def count_packages(module):
    # A constant command is reported at low severity only (never blocks).
    # expect: shell-wrapper-unsafe
    rc, out, err = module.run_command("dpkg -l | wc -l", use_unsafe_shell=True)
    return int(out)


def main():
    module = AnsibleModule(argument_spec={"name": {"type": "str"}, "shell": {"type": "bool"}})
    # expect: shell-wrapper-unsafe
    module.run_command(f"apt-get install -y {module.params['name']}", use_unsafe_shell=True)
    # expect: shell-wrapper-unsafe
    module.run_command(cmd="apt-cache policy " + module.params["name"], use_unsafe_shell=module.params["shell"])
    # ok: shell-wrapper-unsafe
    module.run_command(["apt-get", "install", "-y", module.params["name"]])


@app.route("/ping")
def ping():
    host = request.args["host"]
    # expect: shell-wrapper-unsafe
    runner().run_command("ping -c 1 " + host, use_unsafe_shell=True)
    # ok: shell-wrapper-unsafe
    runner().run_command(["ping", "-c", "1", host])
    return "ok"


def unrelated(client, query):
    # ok: shell-wrapper-unsafe
    client.run_command(query)
