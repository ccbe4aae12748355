import os
import sys
from os import execvp as replace_with


def launch(program, arg):
    # expect: start-process-without-shell
    os.execvp(program, [program, arg])
    # expect: start-process-without-shell
    replace_with(
        program,
        [program],
    )
    # expect: start-process-without-shell
    os.spawnl(os.P_WAIT, program, program)
    # expect: start-process-without-shell
    os.startfile(arg)
    # ok: start-process-without-shell
    os.execv(sys.executable, [sys.executable, "-m", "myapp"])
    # ok: start-process-without-shell
    os.execl("/usr/bin/env", "env")
