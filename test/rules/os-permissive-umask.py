import os
from os import umask


def daemonize():
    os.setsid()
    # expect: os-permissive-umask
    os.umask(0)
    # expect: os-permissive-umask
    umask(0o000)
    # expect: os-permissive-umask
    os.umask(0o020)
    # expect: os-permissive-umask
    os.umask(0o002)


def private():
    # ok: os-permissive-umask
    os.umask(0o077)
    # ok: os-permissive-umask
    os.umask(0o022)
    # ok: os-permissive-umask
    os.umask(18)


def current_umask():
    # ok: os-permissive-umask
    mask = os.umask(0)
    # ok: os-permissive-umask
    os.umask(mask)
    return mask
