import { defineRule } from '../types.js';
import { argument, keywordArgumentNode } from '../../python/arguments.js';
const USM_USER_DATA = /^pysnmp\.hlapi(\.[\w.]+)?\.UsmUserData$/;
const WEAK_PROTOCOLS = {
    authProtocol: new Set(['usmNoAuthProtocol', 'usmHMACMD5AuthProtocol']),
    privProtocol: new Set(['usmNoPrivProtocol', 'usmDESPrivProtocol', 'usm3DESEDEPrivProtocol']),
};
export default defineRule({
    id: 'snmp-weak-crypto',
    aliases: ['B509', 'S509', 'snmp_weak_cryptography'],
    category: 'insecure-transport',
    cwe: 319,
    severity: 'medium',
    confidence: 'high',
    cost: 'fast',
    message: 'SNMPv3 user without privacy (encryption) or with weak protocols',
    fix: 'Give UsmUserData both an auth key and a priv key, with authProtocol=usmHMACSHAAuthProtocol (or SHA-2) and privProtocol=usmAesCfb128Protocol.',
    triggers: ['UsmUserData'],
    // Every report needs callName to match …UsmUserData.
    callees: ['UsmUserData'],
    docs: {
        why: 'SNMPv3 is only confidential in authPriv mode: without a privacy key (noAuthNoPriv / authNoPriv) the traffic, including community data and configuration, crosses the network in clear text. MD5 authentication and DES/3DES privacy are weak.',
        bad: [
            'from pysnmp.hlapi import UsmUserData\nauth = UsmUserData("admin", auth_key)\n',
            'from pysnmp.hlapi import UsmUserData, usmDESPrivProtocol\nauth = UsmUserData("admin", auth_key, priv_key, privProtocol=usmDESPrivProtocol)\n',
        ],
        good: ['from pysnmp.hlapi import UsmUserData, usmHMACSHAAuthProtocol, usmAesCfb128Protocol\nauth = UsmUserData("admin", auth_key, priv_key, authProtocol=usmHMACSHAAuthProtocol, privProtocol=usmAesCfb128Protocol)\n'],
        references: ['https://cwe.mitre.org/data/definitions/319.html', 'https://pysnmp.readthedocs.io/en/latest/docs/api-reference.html#security-parameters'],
    },
    create(context) {
        // Only resolved names of these modules match: skip files that never import them.
        if (!context.module.importsModule('pysnmp'))
            return {};
        const module = context.module;
        return {
            call(node) {
                const name = module.callName(node);
                if (!name || !USM_USER_DATA.test(name))
                    return;
                // UsmUserData(userName, authKey=None, privKey=None, …): Bandit counts positional arguments only (< 3 is
                // flagged); a privKey given by keyword counts here, as in Ruff's S509.
                const privacyKey = argument(node, 'privKey', 2);
                if (!privacyKey || privacyKey.type === 'none') { // `privKey=None` is the default spelled out
                    context.report({ node, message: 'SNMPv3 user without a privacy key: traffic is not encrypted' });
                    return;
                }
                for (const [parameter, weak] of Object.entries(WEAK_PROTOCOLS)) {
                    const keyword = keywordArgumentNode(node, parameter);
                    const value = keyword?.childForFieldName('value');
                    const protocol = value ? module.qualifiedName(value)?.split('.').pop() : undefined;
                    if (keyword && protocol && weak.has(protocol)) {
                        context.report({ node: keyword, message: `SNMPv3 ${parameter}=${protocol} is weak` });
                    }
                }
            },
        };
    },
});
