# expect: import-telnetlib
import telnetlib
# expect: import-telnetlib
from telnetlib import Telnet
# ok: import-telnetlib
import telnetlib3_compat
