import { defineRule } from '../types.js';

const DEFAULT_CONTEXT_FACTORY = 'ssl._create_default_https_context';
const UNVERIFIED_FACTORIES = new Set(['ssl._create_unverified_context', 'ssl._create_stdlib_context']);

export default defineRule({
  id: 'ssl-default-context-unverified',
  aliases: [],
  category: 'insecure-transport',
  cwe: 295,
  severity: 'high',
  confidence: 'high',
  cost: 'fast',
  message: 'ssl._create_default_https_context replaced by an unverified context: every HTTPS connection in the process stops checking certificates',
  fix: 'Remove the override. If a server uses a private CA, load it: `ssl.create_default_context(cafile="corp-ca.pem")` passed as `context=` where needed, or set SSL_CERT_FILE.',
  triggers: ['_create_default_https_context'],
  docs: {
    why: 'This monkey-patch makes urllib, http.client and everything built on them accept any certificate for any host, process-wide, including in libraries the author never looked at. A network attacker can then read and change all HTTPS traffic. Bandit\'s B323 only sees calls to ssl._create_unverified_context(); the assignment of the function itself passes unnoticed.',
    bad: [
      'import ssl\nssl._create_default_https_context = ssl._create_unverified_context\n',
      'from ssl import _create_unverified_context\nimport ssl\nssl._create_default_https_context = _create_unverified_context\n',
    ],
    good: [
      'import ssl\nCONTEXT = ssl.create_default_context(cafile="corp-ca.pem")\n',
      'import ssl\nssl._create_default_https_context = ssl.create_default_context\n',
    ],
    references: ['https://peps.python.org/pep-0476/#opting-out', 'https://docs.python.org/3/library/ssl.html#ssl-security', 'https://cwe.mitre.org/data/definitions/295.html'],
  },
  create(context) {
    return {
      assignment(node) {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        if (!left || !right || left.type !== 'attribute') return;
        if (context.module.qualifiedName(left) !== DEFAULT_CONTEXT_FACTORY) return;
        const factory = context.module.qualifiedName(right);
        if (factory && UNVERIFIED_FACTORIES.has(factory)) context.report({ node });
      },
    };
  },
});
