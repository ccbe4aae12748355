import os
import stat
from os import chmod as set_mode
from pathlib import Path


def fix(path, fd):
    # expect: bad-file-permissions
    os.chmod("/etc/app/config.ini", 0o777)
    # expect: bad-file-permissions
    set_mode(path, stat.S_IRWXU | stat.S_IRWXO)
    # expect: bad-file-permissions
    os.fchmod(fd, 0o664)
    # expect: bad-file-permissions
    Path(path).chmod(0o666)
    # ok: bad-file-permissions
    os.chmod(path, mode=0o755)
    # expect: bad-file-permissions
    os.chmod(path, mode=0o775)
    # ok: bad-file-permissions
    os.chmod("/etc/app/secret.key", 0o600)
    # ok: bad-file-permissions
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    # ok: bad-file-permissions
    os.chmod(path, 0o644)
