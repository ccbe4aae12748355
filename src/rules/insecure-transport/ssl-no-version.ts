import { defineRule, type RuleHandlers } from '../types.js';
import { argument } from '../../python/arguments.js';

export default defineRule({
  id: 'ssl-no-version',
  aliases: ['B504', 'S504', 'ssl_with_no_version'],
  category: 'insecure-transport',
  cwe: 327,
  severity: 'low',
  confidence: 'medium',
  cost: 'fast',
  message: 'ssl.wrap_socket() without ssl_version: the protocol depends on the Python and OpenSSL in use',
  fix: 'Use ssl.create_default_context().wrap_socket(sock, server_hostname=host); ssl.wrap_socket() is deprecated and gone in Python 3.12.',
  triggers: ['wrap_socket'],
  callees: ['wrap_socket'],
  docs: {
    why: 'ssl.wrap_socket() neither verifies certificates nor checks host names by default, and without ssl_version its protocol choice varies between versions, possibly allowing SSLv3/TLS 1.0.',
    bad: ['import ssl\nsock = ssl.wrap_socket(raw)\n'],
    good: ['import ssl\nsock = ssl.create_default_context().wrap_socket(raw, server_hostname=host)\n'],
    references: ['https://docs.python.org/3.11/library/ssl.html#ssl.wrap_socket'],
  },
  create(context): RuleHandlers {
    // Only resolved names of these modules match: skip files that never import them.
    if (!context.module.importsModule('ssl')) return {};
    return {
      call(node) {
        if (context.module.callName(node) !== 'ssl.wrap_socket') return;
        // wrap_socket(sock, keyfile, certfile, server_side, cert_reqs, ssl_version, …)
        if (argument(node, 'ssl_version', 5)) return;
        context.report({ node });
      },
    };
  },
});
