import { defineRule } from '../types.js';
import { lastName } from '../support/name-triggers.js';
import { argument, keywordArgumentNode } from '../../python/arguments.js';
import { BAD_PROTOCOL_VERSIONS, protocolName } from './support/ssl-protocol-versions.js';
// Constructors whose first positional argument is the protocol: Bandit only reads keywords, but
// `ssl.SSLContext(ssl.PROTOCOL_TLSv1)` and `SSL.Context(SSL.TLSv1_METHOD)` are how the API is normally called.
const CONTEXT_CONSTRUCTORS = new Map([
    ['ssl.SSLContext', 'protocol'],
    ['OpenSSL.SSL.Context', 'method'],
    ['pyOpenSSL.SSL.Context', 'method'],
]);
export default defineRule({
    id: 'ssl-bad-version',
    aliases: ['B502', 'S502', 'ssl_with_bad_version'],
    category: 'insecure-transport',
    cwe: 327,
    severity: 'high',
    confidence: 'high',
    cost: 'fast',
    message: 'SSL/TLS connection pinned to a broken protocol version (SSLv2, SSLv3, TLS 1.0 or 1.1)',
    fix: 'Use ssl.create_default_context() (or PROTOCOL_TLS_CLIENT / TLS_METHOD) and set minimum_version = ssl.TLSVersion.TLSv1_2.',
    options: { badProtocolVersions: BAD_PROTOCOL_VERSIONS },
    // A protocol is matched by its written name: the identifier or the attribute's last segment.
    triggers: (options) => options.badProtocolVersions,
    // The constructors take the protocol positionally; every other report path needs `ssl_version=` or `method=`.
    callees: [...CONTEXT_CONSTRUCTORS.keys()].map(lastName),
    calleeKeywords: /^(?:ssl_version|method)$/,
    docs: {
        why: 'SSLv2 and SSLv3 are broken (DROWN, POODLE) and TLS 1.0/1.1 are deprecated (RFC 8996): a connection pinned to them can be downgraded or decrypted.',
        bad: [
            'import ssl\nsock = ssl.wrap_socket(raw, ssl_version=ssl.PROTOCOL_TLSv1)\n',
            'import ssl\ncontext = ssl.SSLContext(ssl.PROTOCOL_SSLv3)\n',
            'from OpenSSL import SSL\ncontext = SSL.Context(method=SSL.SSLv3_METHOD)\n',
        ],
        good: [
            'import ssl\ncontext = ssl.create_default_context()\ncontext.minimum_version = ssl.TLSVersion.TLSv1_2\n',
            'import ssl\ncontext = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)\n',
        ],
        references: ['https://datatracker.ietf.org/doc/html/rfc8996', 'https://docs.python.org/3/library/ssl.html#security-considerations'],
    },
    create(context) {
        const bad = new Set(context.options.badProtocolVersions);
        const isBad = (node) => { const name = protocolName(node); return name !== undefined && bad.has(name); };
        const keywordAt = (call, name) => {
            const keyword = keywordArgumentNode(call, name);
            return keyword && isBad(keyword.childForFieldName('value') ?? undefined) ? keyword : undefined;
        };
        return {
            call(node) {
                const name = context.module.callName(node);
                let report;
                if (name === 'ssl.wrap_socket') {
                    const at = keywordAt(node, 'ssl_version');
                    if (at)
                        report = { node: at, message: 'ssl.wrap_socket() with a broken SSL/TLS protocol version' };
                }
                else if (name !== undefined && CONTEXT_CONSTRUCTORS.has(name)) {
                    const protocol = argument(node, CONTEXT_CONSTRUCTORS.get(name), 0);
                    if (isBad(protocol))
                        report = { node: protocol.parent?.type === 'keyword_argument' ? protocol.parent : protocol, message: `${name}() with a broken SSL/TLS protocol version` };
                }
                else {
                    // Bandit's catch-all: any call passing a bad version as `method=` or `ssl_version=`.
                    const at = keywordAt(node, 'method') ?? keywordAt(node, 'ssl_version');
                    if (at)
                        report = { node: at, severity: 'medium', confidence: 'medium', message: 'call with a broken SSL/TLS protocol version' };
                }
                if (report)
                    context.report(report);
            },
        };
    },
});
