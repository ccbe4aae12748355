// Bandit's B4xx blacklist of imports, one row per rule, matched as a prefix of the imported name.
import { importTableRule } from './call-table.js';
const ROWS = [
    {
        id: 'import-telnetlib', aliases: ['B401', 'S401', 'import_telnetlib'], category: 'insecure-transport', cwe: 319, severity: 'high', confidence: 'high',
        modules: ['telnetlib'],
        message: 'telnetlib sends everything, passwords included, in clear text',
        fix: 'Use SSH (paramiko, asyncssh) instead of Telnet.',
        docs: {
            why: 'Telnet has no encryption; anyone on the path reads and can alter the session.',
            bad: ['import telnetlib\n'],
            good: ['import paramiko\n'],
            references: ['https://cwe.mitre.org/data/definitions/319.html'],
        },
    },
];
export const DANGEROUS_IMPORT_RULES = ROWS.map(importTableRule);
