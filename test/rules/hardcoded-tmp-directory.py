import tempfile


def report(name, data, path):
    # expect: hardcoded-tmp-directory
    with open("/tmp/report.csv", "w") as out:
        out.write(data)
    # expect: hardcoded-tmp-directory
    cache = f"/var/tmp/cache/{name}"
    # expect: hardcoded-tmp-directory
    shm = "/dev/shm"
    # ok: hardcoded-tmp-directory
    if path.startswith("/tmp/"):
        return None
    # ok: hardcoded-tmp-directory
    workdir = tempfile.mkdtemp(dir="/tmp")
    # ok: hardcoded-tmp-directory
    other = "/tmpfiles/x"
    # ok: hardcoded-tmp-directory
    same = path == "/tmp"
    return cache, shm, workdir, other, same
