from pysnmp.hlapi import UsmUserData, usmDESPrivProtocol, usmHMACSHAAuthProtocol, usmAesCfb128Protocol
from pysnmp import hlapi

# expect: snmp-weak-crypto
UsmUserData("securityName")
# expect: snmp-weak-crypto
hlapi.UsmUserData("securityName", "authName")
# expect: snmp-weak-crypto
UsmUserData("securityName", "authName", "privName", privProtocol=usmDESPrivProtocol)
# ok: snmp-weak-crypto
UsmUserData("securityName", "authName", "privName", authProtocol=usmHMACSHAAuthProtocol, privProtocol=usmAesCfb128Protocol)
# ok: snmp-weak-crypto
UsmUserData("securityName", authKey="authName", privKey="privName")
# expect: snmp-weak-crypto
UsmUserData("securityName", authKey="authName", privKey=None)
