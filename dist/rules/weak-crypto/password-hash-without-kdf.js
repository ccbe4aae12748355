import { defineRule } from '../types.js';
import { argument } from '../../python/arguments.js';
import { isDescribingName, nameWords } from '../hardcoded-secret/support/password-names.js';
/** hashlib's one-shot digests: fast by design, which is what a password hash must not be. */
const DIGESTS = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s'];
const CONSTRUCTORS = new Set(DIGESTS.map((digest) => `hashlib.${digest}`));
const UPDATES = new Set([...DIGESTS.map((digest) => `hashlib.${digest}().update`), 'hashlib.new().update']);
const PASSWORD_WORDS = new Set(['password', 'passwd', 'passwort', 'pwd', 'passphrase', 'pass', 'pw', 'pword']);
/** Words that make a name about something derived from or beside the password (`password_hash`, `password_reset_token`). */
const DERIVED_WORDS = new Set(['hash', 'hashed', 'digest', 'token', 'salt', 'encrypted', 'crypted']);
function isPasswordWord(name) {
    const words = nameWords(name);
    return words.some((word) => PASSWORD_WORDS.has(word)) && !words.some((word) => DERIVED_WORDS.has(word)) && !isDescribingName(name);
}
/** The name in `data` that says it holds a password: `password`, `user.passwd`, `form["password"]`, through one local. */
function passwordIn(data, module, depth = 0) {
    for (const node of [data, ...data.descendantsOfType(['identifier', 'attribute', 'subscript', 'string'])]) {
        let name;
        if (node.type === 'identifier')
            name = node.text;
        else if (node.type === 'attribute')
            name = node.childForFieldName('attribute')?.text;
        else if (node.type === 'string' && (node.parent?.type === 'subscript' || node.parent?.parent?.type === 'call')) {
            const value = module.constant(node);
            name = typeof value === 'string' && /^\w+$/.test(value) ? value : undefined;
        }
        if (name && isPasswordWord(name))
            return name;
        if (node.type === 'identifier' && depth < 2 && node.parent?.type !== 'attribute') {
            const values = module.valuesOf(node);
            const found = values?.length === 1 ? passwordIn(values[0], module, depth + 1) : undefined;
            if (found)
                return found;
        }
    }
    return undefined;
}
export default defineRule({
    id: 'password-hash-without-kdf',
    aliases: [],
    category: 'weak-crypto',
    cwe: 916,
    severity: 'medium',
    confidence: 'medium',
    cost: 'fast',
    message: 'a password is hashed with a fast digest instead of a password hash (KDF)',
    fix: 'Use a slow, salted password hash: argon2-cffi, bcrypt, hashlib.scrypt, or hashlib.pbkdf2_hmac("sha256", password, os.urandom(16), 600_000); in Django, make_password().',
    triggers: ['hashlib'],
    callees: [...DIGESTS, 'update'],
    docs: {
        why: 'SHA-256 and friends are built to be fast: a GPU computes billions per second, so a leaked table of sha256(password) (salted or not) falls to a dictionary attack in hours. Password storage needs a deliberately slow, salted key-derivation function. Reported when the hashed data names a password (`password`, `passwd`, `pwd`, `form["password"]`), directly or through one local; a `password_hash` or `password_reset_token` is not a password. Medium severity, medium confidence: some protocols (HTTP Digest, legacy APIs) mandate a plain digest of a password, so it does not block.',
        bad: [
            'import hashlib\ndef register(username, password):\n    save(username, hashlib.sha256(password.encode()).hexdigest())\n',
            'import hashlib\ndef check(user, form):\n    digest = hashlib.md5()\n    digest.update(form["password"].encode())\n    return digest.hexdigest() == user.password_digest\n',
        ],
        good: [
            'import hashlib, os\ndef register(username, password):\n    salt = os.urandom(16)\n    save(username, salt + hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000))\n',
            'import hashlib\ndef store_reset(user, token):\n    user.reset_token_hash = hashlib.sha256(token.encode()).hexdigest()\n',
            'import hashlib\ndef fingerprint(user):\n    return hashlib.sha256(user.password_hash.encode()).hexdigest()\n',
        ],
        references: ['https://cwe.mitre.org/data/definitions/916.html', 'https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html'],
    },
    create(context) {
        const { module } = context;
        if (!module.importsModule('hashlib'))
            return {};
        return {
            call(node) {
                const name = module.callName(node);
                if (name === undefined)
                    return;
                let data;
                if (CONSTRUCTORS.has(name))
                    data = argument(node, 'data', 0) ?? argument(node, 'string', null);
                else if (name === 'hashlib.new')
                    data = argument(node, 'data', 1);
                else if (UPDATES.has(name))
                    data = argument(node, null, 0);
                const password = data ? passwordIn(data, module) : undefined;
                if (!password)
                    return;
                const digest = name.replace(/\(\)/g, '').split('.')[1];
                context.report({ node, message: `'${password}' hashed with ${digest}: a fast digest is brute-forced at billions of guesses per second; use a password hash (argon2, bcrypt, scrypt, PBKDF2)` });
            },
        };
    },
});
