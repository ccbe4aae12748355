import { defineRule } from '../types.js';
import { lastName } from '../support/name-triggers.js';
import { argument, keywordArgumentNode } from '../../python/arguments.js';
// `_create_stdlib_context` is the same function under its other private name (the stdlib's own clients use it).
const UNVERIFIED = new Set(['ssl._create_unverified_context', 'ssl._create_stdlib_context']);
/** ssl.wrap_socket(sock, keyfile, certfile, server_side, cert_reqs, …): where cert_reqs sits when passed by position. */
const CERT_REQS_POSITION = 4;
export default defineRule({
    id: 'unverified-ssl-context',
    aliases: ['B323', 'S323', 'unverified_context'],
    category: 'insecure-transport',
    cwe: 295,
    severity: 'medium',
    confidence: 'high',
    cost: 'fast',
    message: 'ssl._create_unverified_context() accepts any certificate for any host',
    fix: 'Use ssl.create_default_context(); for a private CA, load it with cafile=.',
    triggers: [...[...UNVERIFIED].map(lastName), 'CERT_NONE', 'check_hostname'],
    // The call handler reports only the unverified factories and ssl.wrap_socket().
    callees: [...[...UNVERIFIED].map(lastName), 'wrap_socket'],
    docs: {
        // Installing it as the process-wide default (`ssl._create_default_https_context = …`) is ssl-default-context-unverified.
        why: 'An unverified context does not check the certificate chain or the host name, so a man in the middle can read and alter the traffic; `verify_mode = ssl.CERT_NONE` and `cert_reqs=ssl.CERT_NONE` do the same to a context or socket, and `check_hostname = False` accepts a valid certificate issued for any other host. `check_hostname = False` followed by `verify_mode = ssl.CERT_NONE` (Python requires that order) is one finding, at the CERT_NONE line. Turning every check off (an unverified context, CERT_NONE) is high severity, like requests\' verify=False; check_hostname = False alone is medium.',
        bad: [
            'import ssl, urllib.request\nurllib.request.urlopen(url, context=ssl._create_unverified_context())\n',
            'import ssl\ncontext = ssl.create_default_context()\ncontext.check_hostname = False\ncontext.verify_mode = ssl.CERT_NONE\n',
            'import ssl\ndef connect(sock, host):\n    context = ssl.create_default_context()\n    context.check_hostname = False\n    return context.wrap_socket(sock, server_hostname=host)\n',
        ],
        good: [
            'import ssl\ncontext = ssl.create_default_context(cafile="/etc/ssl/private-ca.pem")\n',
            'import ssl\ncontext = ssl.create_default_context()\ncontext.check_hostname = True\n',
        ],
        references: ['https://peps.python.org/pep-0476/', 'https://cwe.mitre.org/data/definitions/295.html'],
    },
    create(context) {
        // Only resolved names of these modules match: skip files that never import them.
        if (!context.module.importsModule('ssl'))
            return {};
        const module = context.module;
        const isCertNone = (node) => !!node && module.qualifiedName(node) === 'ssl.CERT_NONE';
        /** `verify_mode = ssl.CERT_NONE` in the same function: that line is the finding. */
        const certNoneFollows = (assignment) => (module.functionAt(assignment) ?? module.root).descendantsOfType('assignment').some((other) => other.childForFieldName('left')?.childForFieldName('attribute')?.text === 'verify_mode' && isCertNone(other.childForFieldName('right')));
        return {
            call(node) {
                const name = module.callName(node);
                // Turning every check off is as bad as requests' verify=False (high); check_hostname=False alone stays medium.
                if (name !== undefined && UNVERIFIED.has(name)) {
                    context.report({ node, severity: 'high', message: `${name}() accepts any certificate for any host` });
                    return;
                }
                // The deprecated module-level helpers accept cert_reqs: ssl.wrap_socket(sock, cert_reqs=ssl.CERT_NONE).
                if (name === 'ssl.wrap_socket') {
                    const keyword = keywordArgumentNode(node, 'cert_reqs');
                    const value = keyword ? keyword.childForFieldName('value') : argument(node, null, CERT_REQS_POSITION);
                    if (isCertNone(value))
                        context.report({ node: keyword ?? value, severity: 'high', message: 'ssl.wrap_socket() with cert_reqs=ssl.CERT_NONE accepts any certificate' });
                }
            },
            // `context.verify_mode = ssl.CERT_NONE`; `context.check_hostname = False`
            assignment(node) {
                const target = node.childForFieldName('left');
                const attribute = target?.type === 'attribute' ? target.childForFieldName('attribute')?.text : undefined;
                const value = node.childForFieldName('right');
                if (attribute === 'verify_mode' && isCertNone(value))
                    context.report({ node, severity: 'high', message: 'verify_mode = ssl.CERT_NONE accepts any certificate' });
                if (attribute === 'check_hostname' && value && module.constant(value) === false && !certNoneFollows(node)) {
                    context.report({ node, message: 'check_hostname = False accepts a certificate issued for any other host' });
                }
            },
        };
    },
});
