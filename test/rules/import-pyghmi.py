# expect: import-pyghmi
from pyghmi.ipmi import command
# expect: import-pyghmi
import pyghmi
# ok: import-pyghmi
import redfish
