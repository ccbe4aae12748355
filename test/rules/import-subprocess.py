# expect: import-subprocess
import subprocess
# expect: import-subprocess
from subprocess import run, PIPE
# ok: import-subprocess
import shlex
