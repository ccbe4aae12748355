import telnetlib
from telnetlib import Telnet as T

# expect: telnet-call
session = telnetlib.Telnet("switch.example", 23)
# expect: telnet-call
other = T("router.example")
# ok: telnet-call
session.read_until(b"login: ")
