import { lastName } from '../support/name-triggers.js';
import { defineRule } from '../types.js';
import { keywordArgument, keywordArgumentNode } from '../../python/arguments.js';
const DECODERS = new Set([
    'jwt.decode', 'jwt.api_jwt.decode', 'jwt.PyJWT().decode', 'jwt.api_jwt.PyJWT().decode', 'jwt.decode_complete',
    'jwt.api_jwt.decode_complete', 'jwt.PyJWT().decode_complete', 'jose.jwt.decode', 'jose.jws.verify',
]);
/** The `"verify_signature": False` entry of an `options=` dict (a literal, or a name bound once to one). */
function signatureCheckOff(options, module) {
    let mapping = options;
    if (options.type === 'identifier') {
        const values = module.valuesOf(options);
        mapping = values?.length === 1 ? values[0] : undefined;
    }
    if (mapping?.type === 'call' && module.callName(mapping) === 'dict') {
        return keywordArgumentNode(mapping, 'verify_signature') && module.constant(keywordArgument(mapping, 'verify_signature')) === false
            ? keywordArgumentNode(mapping, 'verify_signature') : undefined;
    }
    if (mapping?.type !== 'dictionary')
        return undefined;
    return mapping.namedChildren.find((pair) => {
        const key = pair.type === 'pair' ? pair.childForFieldName('key') : null;
        const value = pair.childForFieldName('value');
        return !!key && !!value && module.constant(key) === 'verify_signature' && module.constant(value) === false;
    });
}
function acceptsNone(algorithms, module) {
    const value = module.constant(algorithms);
    const names = Array.isArray(value) ? value : [value];
    return names.some((name) => typeof name === 'string' && name.toLowerCase() === 'none');
}
export default defineRule({
    id: 'jwt-verify-disabled',
    aliases: [],
    category: 'weak-crypto',
    cwe: 347,
    severity: 'high',
    confidence: 'high',
    cost: 'fast',
    message: 'JWT decoded without verifying its signature: anyone can forge the claims',
    fix: 'Verify the token: `jwt.decode(token, key, algorithms=["RS256"])`. To read the header before choosing a key use jwt.get_unverified_header(), then verify with the chosen key.',
    // The first segment of every decoder's qualified name.
    triggers: [...new Set([...DECODERS].map((name) => name.split('.')[0]))],
    callees: [...DECODERS].map(lastName),
    docs: {
        why: 'A JWT is only as trustworthy as its signature check. options={"verify_signature": False} (PyJWT 2, python-jose), verify=False (PyJWT 1) or accepting the "none" algorithm returns whatever claims the sender wrote, so a user can make themselves admin by editing the token. Peeking at claims before verification has a narrow legitimate use (choosing the issuer\'s key); suppress those with a reason.',
        bad: [
            'import jwt\ndef user(token):\n    return jwt.decode(token, options={"verify_signature": False})["sub"]\n',
            'import jwt\ndef user(token, key):\n    return jwt.decode(token, key, verify=False)\n',
            'import jwt\ndef user(token, key):\n    return jwt.decode(token, key, algorithms=["HS256", "none"])\n',
            'from jose import jwt\nOPTIONS = {"verify_signature": False}\ndef user(token, key):\n    return jwt.decode(token, key, options=OPTIONS)\n',
        ],
        good: [
            'import jwt\ndef user(token, key):\n    return jwt.decode(token, key, algorithms=["HS256"])\n',
            'import jwt\ndef user(token, key):\n    return jwt.decode(token, key, algorithms=["RS256"], options={"verify_aud": False})\n',
        ],
        references: ['https://pyjwt.readthedocs.io/en/stable/api.html#jwt.decode', 'https://python-jose.readthedocs.io/en/latest/jwt/api.html', 'https://cwe.mitre.org/data/definitions/347.html'],
    },
    create(context) {
        return {
            call(node) {
                const name = context.module.callName(node);
                if (name === undefined || !DECODERS.has(name))
                    return;
                const options = keywordArgument(node, 'options');
                const off = options ? signatureCheckOff(options, context.module) : undefined;
                if (off) {
                    context.report({ node, message: 'JWT decoded with options {"verify_signature": False}: anyone can forge the claims' });
                    return;
                }
                const verify = keywordArgument(node, 'verify');
                if (verify && context.module.constant(verify) === false) {
                    context.report({ node, message: 'JWT decoded with verify=False: anyone can forge the claims' });
                    return;
                }
                const algorithms = keywordArgument(node, 'algorithms');
                if (algorithms && acceptsNone(algorithms, context.module)) {
                    context.report({ node, message: 'JWT decoding accepts the "none" algorithm: an unsigned token passes as valid' });
                }
            },
        };
    },
});
