import { lastName } from '../support/name-triggers.js';
import { defineRule } from '../types.js';
import { argument } from '../../python/arguments.js';
import { literalString } from './support/secret-literals.js';
import { credentialIn } from './support/redaction.js';
import { announcesStandIn } from './support/password-names.js';
/** JWT signing and verifying calls, with where their key argument sits (`key=` or that position). */
const KEY_ARGUMENT = new Map([
    ['jwt.encode', 1], ['jwt.decode', 1], ['jwt.api_jwt.encode', 1], ['jwt.api_jwt.decode', 1], ['jwt.PyJWT().encode', 1],
    ['jwt.PyJWT().decode', 1], ['jwt.decode_complete', 1], ['jose.jwt.encode', 1], ['jose.jwt.decode', 1], ['jose.jws.sign', 1],
    ['jose.jws.verify', 1], ['authlib.jose.jwt.encode', 2], ['authlib.jose.jwt.decode', 1],
]);
export default defineRule({
    id: 'jwt-hardcoded-secret',
    aliases: [],
    category: 'hardcoded-secret',
    cwe: 798,
    severity: 'high',
    confidence: 'high',
    cost: 'fast',
    message: 'JWTs are signed or verified with a literal key: everyone with the repository can mint valid tokens',
    fix: 'Load the signing key at run time (environment, secret manager, key file outside the repository) and rotate the committed one.',
    triggers: [/jwt|jws/i],
    callees: [...new Set([...KEY_ARGUMENT.keys()].map(lastName))],
    docs: {
        why: 'With an HMAC algorithm (HS256 and friends) the key that verifies a JWT also signs one: a literal key lets anyone who reads the code '
            + 'issue tokens for any user with any claims. Public keys (`-----BEGIN PUBLIC KEY-----`) are not secrets and are not reported; '
            + 'stand-ins (`"secret"`, `"change-me"`) are reported at low severity.',
        bad: [
            'import jwt\ndef token_for(user):\n    return jwt.encode({"sub": user.id}, "k3y-0f-th3-r3alm", algorithm="HS256")\n',
            'import jwt\ndef claims(token):\n    return jwt.decode(token, key="k3y-0f-th3-r3alm", algorithms=["HS256"])\n',
        ],
        good: [
            'import jwt, os\ndef token_for(user):\n    return jwt.encode({"sub": user.id}, os.environ["JWT_KEY"], algorithm="HS256")\n',
            'import jwt\nPUBLIC = "-----BEGIN PUBLIC KEY-----\\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1L\\n-----END PUBLIC KEY-----"\ndef claims(token):\n    return jwt.decode(token, "-----BEGIN PUBLIC KEY-----\\nMIIBIjANBg\\n-----END PUBLIC KEY-----", algorithms=["RS256"])\n',
        ],
        references: ['https://pyjwt.readthedocs.io/en/stable/usage.html', 'https://cwe.mitre.org/data/definitions/798.html'],
    },
    create(context) {
        return {
            call(node) {
                const position = KEY_ARGUMENT.get(context.module.callName(node) ?? '');
                if (position === undefined)
                    return;
                const key = argument(node, 'key', position);
                const text = key ? literalString(key) : undefined;
                if (!key || text === undefined || text.trim() === '' || /PUBLIC KEY|CERTIFICATE/.test(text))
                    return;
                context.report({
                    node: key,
                    ...(announcesStandIn(text) ? { severity: 'low', message: 'JWTs are signed or verified with a stand-in literal key: make sure no deployment uses it' } : {}),
                    credential: credentialIn(key, 'name'),
                });
            },
        };
    },
});
