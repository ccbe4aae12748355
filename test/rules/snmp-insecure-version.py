from pysnmp.hlapi import CommunityData, UsmUserData
from pysnmp import hlapi

# expect: snmp-insecure-version
CommunityData("public", mpModel=0)
# expect: snmp-insecure-version
hlapi.CommunityData("public", mpModel=1)
# expect: snmp-insecure-version
CommunityData("public")
# ok: snmp-insecure-version
UsmUserData("admin", auth_key, priv_key)
# ok: snmp-insecure-version
CommunityData("public", mpModel=model)
