import { defineRule } from '../types.js';
import { isDocstring } from '../../python/syntax.js';
import { positionalArguments } from '../../python/arguments.js';
import { literalString } from '../hardcoded-secret/support/secret-literals.js';
export default defineRule({
    id: 'bind-all-interfaces',
    aliases: ['B104', 'S104', 'hardcoded_bind_all_interfaces'],
    category: 'insecure-config',
    cwe: 605,
    severity: 'medium',
    confidence: 'medium',
    cost: 'fast',
    message: 'binding to all network interfaces (0.0.0.0) exposes the service beyond this host',
    fix: 'Bind to 127.0.0.1 (or a specific interface) and make a public bind an explicit deployment setting.',
    // The address for the string handler, the method name for `sock.bind(("", port))`.
    triggers: ['0.0.0.0', 'bind'],
    callees: ['bind'],
    docs: {
        why: 'A service bound to 0.0.0.0 (or `""` in socket.bind) accepts connections on every interface, including public ones, which is rarely what a development default intends. Comparisons and membership tests against "0.0.0.0" only read the value and are not reported; `sock.bind(("", port))` is (Bandit misses it).',
        bad: ['app.run(host="0.0.0.0")\n', 'import socket\nsock = socket.socket()\nsock.bind(("", 8080))\n'],
        good: ['app.run(host="127.0.0.1")\n', 'def is_wildcard(host):\n    return host == "0.0.0.0"\n'],
        references: ['https://cwe.mitre.org/data/definitions/605.html'],
    },
    create(context) {
        // Strings are the most common node type: only files that spell the address need them visited.
        const string = context.module.source.includes('0.0.0.0')
            ? { string(node) {
                    if (!node.text.includes('0.0.0.0') || literalString(node) !== '0.0.0.0' || isDocstring(node) || isComparedOnly(node))
                        return;
                    context.report({ node });
                } }
            : {};
        return {
            ...string,
            call(node) {
                // sock.bind(("", port)): the empty host is INADDR_ANY.
                const callee = node.childForFieldName('function');
                if (callee?.type !== 'attribute' || callee.childForFieldName('attribute')?.text !== 'bind')
                    return;
                const address = positionalArguments(node)[0];
                const host = address?.type === 'tuple' ? address.namedChildren[0] : undefined;
                if (host && literalString(host) === '' && address.namedChildCount === 2)
                    context.report({ node: host, message: 'binding to all network interfaces ("" is INADDR_ANY) exposes the service beyond this host' });
            },
        };
    },
});
/** `host == "0.0.0.0"`, `host in {"0.0.0.0", "::"}`: reading the value, not binding to it. */
function isComparedOnly(node) {
    let current = node;
    while (current.parent && ['set', 'tuple', 'list', 'parenthesized_expression', 'frozenset'].includes(current.parent.type))
        current = current.parent;
    const parent = current.parent;
    if (parent?.type === 'comparison_operator')
        return true;
    // A set literal is for membership tests, e.g. RESERVED = {"0.0.0.0", "255.255.255.255"}; nothing binds to a set.
    return current.type === 'set';
}
