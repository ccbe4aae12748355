import { defineRule, type RuleHandlers } from '../types.js';
import { keywordArgument } from '../../python/arguments.js';

// pysnmp.hlapi.CommunityData and its per-backend copies (pysnmp.hlapi.asyncio…, pysnmp.hlapi.v3arch…).
const COMMUNITY_DATA = /^pysnmp\.hlapi(\.[\w.]+)?\.CommunityData$/;

export default defineRule({
  id: 'snmp-insecure-version',
  aliases: ['B508', 'S508', 'snmp_insecure_version'],
  category: 'insecure-transport',
  cwe: 319,
  severity: 'medium',
  confidence: 'high',
  cost: 'fast',
  message: 'SNMPv1/v2c authenticates with a clear-text community string and does not encrypt',
  fix: 'Use SNMPv3 with authentication and privacy: UsmUserData(user, auth_key, priv_key, authProtocol=usmHMACSHAAuthProtocol, privProtocol=usmAesCfb128Protocol).',
  triggers: ['CommunityData'],
  // Every report needs callName to match …CommunityData.
  callees: ['CommunityData'],
  docs: {
    why: 'The community string of SNMPv1/v2c is a password sent in clear text with every request; anyone who sniffs it can read (and often write) the device configuration.',
    bad: [
      'from pysnmp.hlapi import CommunityData\nauth = CommunityData("public", mpModel=0)\n',
      'from pysnmp.hlapi import CommunityData\nauth = CommunityData("public")  # mpModel defaults to 1 (v2c)\n',
    ],
    good: ['from pysnmp.hlapi import UsmUserData, usmHMACSHAAuthProtocol, usmAesCfb128Protocol\nauth = UsmUserData("admin", auth_key, priv_key, authProtocol=usmHMACSHAAuthProtocol, privProtocol=usmAesCfb128Protocol)\n'],
    references: ['https://cwe.mitre.org/data/definitions/319.html', 'https://pysnmp.readthedocs.io/en/latest/docs/api-reference.html#security-parameters'],
  },
  create(context): RuleHandlers {
    // Only resolved names of these modules match: skip files that never import them.
    if (!context.module.importsModule('pysnmp')) return {};
    return {
      call(node) {
        const name = context.module.callName(node);
        if (!name || !COMMUNITY_DATA.test(name)) return;
        const model = keywordArgument(node, 'mpModel');
        if (!model) {
          // Bandit reports only an explicit mpModel=0/1; without it pysnmp uses 1 (v2c), which is just as clear-text.
          context.report({ node, message: 'CommunityData() without mpModel uses SNMPv2c: clear-text community string, no encryption' });
          return;
        }
        const value = context.module.constant(model);
        if (value === 0 || value === 1) context.report({ node: model.parent ?? node, message: `CommunityData(mpModel=${value}) uses SNMPv${value === 0 ? '1' : '2c'}: clear-text community string, no encryption` });
      },
    };
  },
});
