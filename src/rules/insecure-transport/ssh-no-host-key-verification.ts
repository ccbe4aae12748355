import { defineRule, type RuleHandlers } from '../types.js';
import { argument } from '../../python/arguments.js';

const TRUSTING_POLICIES = new Set(['AutoAddPolicy', 'WarningPolicy']);

export default defineRule({
  id: 'ssh-no-host-key-verification',
  aliases: ['B507', 'S507', 'ssh_no_host_key_verification'],
  category: 'insecure-transport',
  cwe: 295,
  severity: 'high',
  confidence: 'medium',
  cost: 'fast',
  message: 'SSH client accepts unknown host keys: the first server to answer is trusted, impostors included',
  fix: 'Load known hosts (client.load_system_host_keys() / load_host_keys(path)) and keep the default RejectPolicy.',
  // The policy's resolved name ends in one of them, a word written at the call or in its import (rarer than paramiko).
  triggers: [...TRUSTING_POLICIES],
  // The call handler reports only `….set_missing_host_key_policy(…)` (calleeAttribute).
  callees: ['set_missing_host_key_policy'],
  docs: {
    why: 'Host-key checking is what makes SSH resistant to a man in the middle. AutoAddPolicy silently trusts (and WarningPolicy only logs) a key never seen before, so an attacker who intercepts the connection receives the login credentials and the commands.',
    bad: [
      'import paramiko\nclient = paramiko.SSHClient()\nclient.set_missing_host_key_policy(paramiko.AutoAddPolicy())\n',
      'from paramiko import SSHClient, WarningPolicy\nclient = SSHClient()\nclient.set_missing_host_key_policy(WarningPolicy)\n',
    ],
    good: ['import paramiko\nclient = paramiko.SSHClient()\nclient.load_system_host_keys()\nclient.set_missing_host_key_policy(paramiko.RejectPolicy())\n'],
    references: ['https://docs.paramiko.org/en/stable/api/client.html', 'https://cwe.mitre.org/data/definitions/295.html'],
  },
  create(context): RuleHandlers {
    const module = context.module;
    // As Bandit: only in files that import paramiko (the receiver's type is not checked).
    if (!module.importsLike('paramiko')) return {};
    return {
      call(node) {
        if (module.calleeAttribute(node) !== 'set_missing_host_key_policy') return;
        const policy = argument(node, 'policy', 0);
        const name = policy ? module.qualifiedName(policy)?.replace(/\(\)$/, '').split('.').pop() : undefined;
        if (name && TRUSTING_POLICIES.has(name)) context.report({ node, message: `set_missing_host_key_policy(${name}) trusts unknown SSH host keys` });
      },
    };
  },
});
