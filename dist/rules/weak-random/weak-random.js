import { lastName } from '../support/name-triggers.js';
import { defineRule } from '../types.js';
import { enclosingFunction } from '../../python/syntax.js';
import { argument, argumentList } from '../../python/arguments.js';
import { AUTH_COOKIE, COOKIE_SETTERS } from '../insecure-config/support/cookie-names.js';
const RANDOM_FUNCTIONS = ['random', 'randint', 'choice', 'choices', 'randrange', 'sample', 'getrandbits', 'randbytes', 'uniform', 'triangular'];
const GENERATORS = new Set([
    ...RANDOM_FUNCTIONS.map((name) => `random.${name}`),
    ...RANDOM_FUNCTIONS.map((name) => `random.Random().${name}`),
    'numpy.random.randint', 'numpy.random.choice', 'numpy.random.bytes', 'numpy.random.random', 'numpy.random.rand',
    'numpy.random.default_rng().integers', 'numpy.random.default_rng().choice', 'numpy.random.default_rng().bytes',
]);
// Functions that pick from a population: picking one of several configured keys is not generating one.
const PICKERS = new Set(['choice', 'choices', 'sample']);
const BIT_SOURCES = new Set(['getrandbits', 'randbytes', 'bytes']);
// Words that make a name security-relevant on their own.
const SECRET_WORDS = new Set([
    'token', 'tokens', 'password', 'passwords', 'passwd', 'pwd', 'passphrase', 'secret', 'nonce', 'salt', 'otp', 'totp', 'hotp',
    'csrf', 'xsrf', 'apikey', 'credential', 'credentials', 'sessionid', 'sessid', 'csrftoken', 'verifier', 'cookie', 'sid',
]);
/** Parameters that take key material or a salt, by the call's qualified name and the parameter's position. */
const SECRET_PARAMETERS = new Map([
    ['crypt.crypt', [1, 'the salt of crypt.crypt()']],
    ['hashlib.pbkdf2_hmac', [2, 'the salt of hashlib.pbkdf2_hmac()']],
    ['hmac.new', [0, 'an HMAC key']],
    ['jwt.encode', [1, 'a JWT signing key']],
    ['Crypto.Cipher.AES.new', [0, 'an AES key']],
    ['Cryptodome.Cipher.AES.new', [0, 'an AES key']],
]);
// `key`, `session` and `code` only with a qualifier: a dict key, a session object or a status code are not secrets.
const KEY_QUALIFIERS = new Set(['api', 'secret', 'private', 'access', 'session', 'signing', 'sign', 'encryption', 'encrypt', 'crypt', 'crypto', 'aes', 'hmac', 'auth', 'license', 'licence', 'activation', 'master', 'shared', 'symmetric', 'cipher', 'jwt']);
const SESSION_QUALIFIED = new Set(['id', 'key', 'token', 'secret']);
const CODE_QUALIFIERS = new Set(['verification', 'verify', 'confirm', 'confirmation', 'reset', 'auth', 'authorization', 'otp', 'invite', 'invitation', 'activation', 'access', 'login', 'security', 'sms', 'mfa', '2fa', 'twofa', 'recovery', 'backup', 'coupon', 'promo', 'voucher', 'magic', 'pairing', 'unlock', 'secret', 'pin']);
// Words that say the value is about the secret, not the secret: `token_length`, `password_retries`, `fake_token`.
const NOT_SECRET_WORDS = new Set([
    'len', 'length', 'size', 'count', 'num', 'number', 'index', 'idx', 'pos', 'position', 'ttl', 'expiry', 'expires', 'expire', 'expiration',
    'timeout', 'delay', 'interval', 'sleep', 'wait', 'retry', 'retries', 'jitter', 'backoff', 'type', 'kind', 'name', 'label', 'field',
    'color', 'colour', 'word', 'limit', 'max', 'min', 'rate', 'ratio', 'weight', 'probability', 'prob', 'chance', 'fake', 'dummy', 'mock',
    'test', 'stub', 'example', 'placeholder',
]);
// A function named for one of these makes a look-alike name inside it harmless: `_make_boundary(): token = …`.
const HARMLESS_PURPOSES = new Set(['boundary', 'temp', 'tmp', 'tempfile', 'filename', 'shuffle', 'jitter', 'sample', 'sampling', 'demo', 'simulate', 'simulation']);
/** Identifier words: `resetToken` / `RESET_TOKEN` / `reset_token` → reset, token. */
function words(name) {
    return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}
/** True when a name says it holds a secret. */
function namesSecret(name, shape = {}) {
    const parts = words(name);
    if (parts.some((part) => NOT_SECRET_WORDS.has(part)))
        return false;
    return parts.some((part, index) => {
        if (SECRET_WORDS.has(part))
            return true;
        const before = parts[index - 1];
        const after = parts[index + 1];
        if (part === 'key' || part === 'keys')
            return (before !== undefined && KEY_QUALIFIERS.has(before)) || (!!shape.bits && parts.length === 1);
        if (part === 'session')
            return after !== undefined && SESSION_QUALIFIED.has(after);
        if (part === 'remember')
            return after === 'me'; // a "remember me" cookie value is a long-lived login
        if (part === 'code' || part === 'pin')
            return (before !== undefined && CODE_QUALIFIERS.has(before)) || (!!shape.generated && parts.length === 1);
        return false;
    });
}
/** A population of characters or digits: what a generated token is made of. */
function isAlphabet(node, module, depth = 0) {
    if (depth > 4)
        return false;
    switch (node.type) {
        case 'string':
        case 'concatenated_string':
            return true;
        case 'attribute':
        case 'identifier': {
            if ((module.qualifiedName(node) ?? '').startsWith('string.'))
                return true;
            if (node.type !== 'identifier')
                return false;
            return (module.valuesOf(node) ?? []).some((value) => isAlphabet(value, module, depth + 1));
        }
        case 'binary_operator':
            return [node.childForFieldName('left'), node.childForFieldName('right')].some((side) => !!side && isAlphabet(side, module, depth + 1));
        case 'parenthesized_expression':
            return !!node.firstNamedChild && isAlphabet(node.firstNamedChild, module, depth + 1);
        case 'call': {
            const name = module.callName(node);
            if (name === 'range')
                return true;
            const first = argument(node, null, 0);
            return (name === 'list' || name === 'tuple') && !!first && isAlphabet(first, module, depth + 1);
        }
        case 'list':
        case 'tuple':
            return node.namedChildCount > 0 && node.namedChildren.every((item) => {
                const value = module.constant(item);
                return (typeof value === 'string' && value.length === 1) || (typeof value === 'number' && value >= 0 && value < 10);
            });
        default:
            return false;
    }
}
// Nodes where the search for "what is this value used for" stops without evidence.
const STOPS = new Set([
    'expression_statement', 'if_statement', 'elif_clause', 'while_statement', 'for_statement', 'block', 'module', 'function_definition',
    'lambda', 'class_definition', 'comparison_operator', 'assert_statement', 'with_statement', 'decorator',
]);
function targetNames(target, module) {
    switch (target.type) {
        case 'identifier':
            return [target.text];
        case 'attribute':
            return [target.childForFieldName('attribute')?.text ?? ''];
        case 'subscript': {
            const key = target.childForFieldName('subscript');
            const value = key ? module.constant(key) : undefined;
            return typeof value === 'string' ? [value] : [];
        }
        case 'pattern_list':
        case 'tuple_pattern':
        case 'tuple':
        case 'list_pattern':
            return target.namedChildren.flatMap((item) => targetNames(item, module));
        default:
            return [];
    }
}
export default defineRule({
    id: 'weak-random',
    aliases: ['B311', 'S311', 'random'],
    category: 'weak-random',
    cwe: 330,
    severity: 'high',
    confidence: 'medium',
    cost: 'fast',
    message: 'the random module is predictable, yet its output is used as a secret',
    fix: 'Use the secrets module: secrets.token_urlsafe(32), secrets.token_hex(16), secrets.choice(alphabet), secrets.randbelow(10**6).',
    // A segment of every generator's qualified name (`random.choice`, `numpy.random.randint`).
    triggers: ['random'],
    callees: [...[...GENERATORS].map(lastName), 'Random'],
    docs: {
        why: 'Python\'s random module is a Mersenne Twister: after 624 outputs (fewer with some knowledge of the seed) every past and future value can be computed. Tokens, passwords, salts, nonces, one-time codes and session ids made with it can be predicted by whoever sees a few of them. Unlike Bandit\'s B311, which reports every call to random, this rule reports a call only with evidence that the value is a secret: it is assigned to, returned from a function named for, passed as or stored under a name such as token, password, secret, nonce, salt, otp, api_key, session_id or reset_code. It also reports a value that becomes a cookie (`response.set_cookie("sid", str(random.random()))`, directly or through a local name), the salt of crypt.crypt()/hashlib.pbkdf2_hmac(), or the key of hmac.new()/jwt.encode()/AES.new(). A cookie with a neutral name (`ab_bucket`) is reported at low confidence and does not block. Shuffling, sampling, jitter and test data are not reported. With that evidence the finding is high severity (a predictable secret is a broken secret) and medium confidence (a name is evidence, not proof), so it blocks a commit by default.',
        bad: [
            'import random, string\ndef reset(user):\n    user.reset_token = "".join(random.choice(string.ascii_letters) for _ in range(32))\n',
            'import random\ndef generate_password(length=12):\n    return "".join(random.choices("abcdefghijklmnop0123456789", k=length))\n',
            'import random\ndef send_code(phone):\n    sms(phone, otp=random.randint(100000, 999999))\n',
            'from random import getrandbits\nnonce = getrandbits(64)\n',
            'import random\ndef login(response):\n    response.set_cookie("session", str(random.random()), secure=True, httponly=True)\n',
            'import random, hashlib\ndef hash_password(password):\n    salt = str(random.randint(0, 10**9)).encode()\n    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600000)\n',
        ],
        good: [
            'import secrets\ndef reset(user):\n    user.reset_token = secrets.token_urlsafe(32)\n',
            'import random, time\ndef backoff(attempt):\n    time.sleep(2 ** attempt + random.random())\n',
            'import random\ndef split(rows):\n    random.shuffle(rows)\n    return rows[:100], random.sample(rows, 10)\n',
            'import random\ndef pick(keys):\n    api_key = random.choice(keys)  # choosing one of several configured keys\n    return api_key\n',
            'import random\ntoken_ttl = random.randint(300, 600)\n',
            'import secrets\ndef login(response):\n    response.set_cookie("session", secrets.token_urlsafe(32), secure=True, httponly=True)\n',
        ],
        references: ['https://docs.python.org/3/library/random.html', 'https://docs.python.org/3/library/secrets.html', 'https://cwe.mitre.org/data/definitions/330.html'],
    },
    create(context) {
        const { module } = context;
        /** What the value of `call` ends up as, when that says "secret". */
        function evidence(call, name) {
            const method = lastName(name);
            const generated = method === 'randint' || method === 'randrange' ? isMultiDigit(call) : PICKERS.has(method) && picksOrBuilds(call, method, false);
            const shape = { generated, bits: BIT_SOURCES.has(method) };
            let built = false; // the value is assembled from several picks (join, comprehension, concatenation)
            let child = call;
            for (let node = call.parent; node && !STOPS.has(node.type); child = node, node = node.parent) {
                switch (node.type) {
                    case 'generator_expression':
                    case 'list_comprehension':
                    case 'binary_operator':
                        built = true;
                        break;
                    case 'subscript':
                        // `ALPHABET[random.randint(0, 61)]` builds a token; `KEYS[random.randint(0, 2)]` picks a configured key.
                        if (node.childForFieldName('subscript')?.id === child.id) {
                            const population = node.childForFieldName('value');
                            if (!population || !isAlphabet(population, module))
                                return undefined;
                        }
                        break;
                    case 'assignment':
                    case 'augmented_assignment': {
                        const left = node.childForFieldName('left');
                        if (!left || child.id === left.id)
                            return undefined;
                        if (!picksOrBuilds(call, method, built || node.type === 'augmented_assignment'))
                            return undefined;
                        const secret = targetNames(left, module).find((target) => namesSecret(target, shape));
                        if (secret)
                            return { what: `'${secret}'`, confidence: 'medium' };
                        return left.type === 'identifier' ? returnedFromSecretFunction(node, left.text) ?? passedAsSecret(node, left.text) : undefined;
                    }
                    case 'keyword_argument': {
                        const keyword = node.childForFieldName('name')?.text ?? '';
                        const owner = node.parent?.parent;
                        if (keyword === 'value' && owner?.type === 'call' && isCookieSetter(owner))
                            return picksOrBuilds(call, method, built) ? cookieEvidence(owner) : undefined;
                        if (!picksOrBuilds(call, method, built) || !namesSecret(keyword, shape))
                            return undefined;
                        return { what: `${keyword}=`, confidence: 'medium' };
                    }
                    case 'pair': {
                        const key = node.childForFieldName('key');
                        const keyName = key ? module.constant(key) : undefined;
                        if (child.id === key?.id || typeof keyName !== 'string')
                            return undefined;
                        if (!picksOrBuilds(call, method, built) || !namesSecret(keyName, shape))
                            return undefined;
                        return { what: `the '${keyName}' entry`, confidence: 'medium' };
                    }
                    case 'argument_list': {
                        // `response.set_cookie("sid", str(random.random()))`, `crypt.crypt(word, salt_from_random)`.
                        const owner = node.parent;
                        if (owner?.type !== 'call' || child.type === 'keyword_argument')
                            break;
                        const sink = secretArgument(owner, child);
                        if (sink)
                            return picksOrBuilds(call, method, built) ? sink : undefined;
                        break;
                    }
                    case 'return_statement': {
                        const owner = enclosingFunction(node);
                        const functionName = owner?.type === 'function_definition' ? owner.childForFieldName('name')?.text ?? '' : '';
                        if (!picksOrBuilds(call, method, built) || !namesSecret(functionName, shape))
                            return undefined;
                        return { what: `the value returned by ${functionName}()`, confidence: 'medium' };
                    }
                    default:
                        break;
                }
            }
            return undefined;
        }
        /** choice/choices/sample count only when they build from an alphabet, not when they pick one configured value. */
        function picksOrBuilds(call, method, built) {
            if (!PICKERS.has(method) || built)
                return true;
            const population = argument(call, method === 'sample' ? 'population' : 'seq', 0) ?? argument(call, 'population', 0);
            return !!population && isAlphabet(population, module);
        }
        /** `randint(100000, 999999)`: a several-digit number, the shape of a one-time code. */
        function isMultiDigit(call) {
            const upper = argument(call, 'b', 1) ?? argument(call, 'stop', 1) ?? argument(call, null, 0);
            const value = upper ? module.constant(upper) : undefined;
            return typeof value === 'number' && value >= 1000;
        }
        const isCookieSetter = (owner) => COOKIE_SETTERS.includes(module.calleeAttribute(owner) ?? '') && owner.childForFieldName('function')?.type === 'attribute';
        /** A cookie named for a session or login is a secret; a neutral name (`ab_bucket`) is shown without blocking. */
        function cookieEvidence(setter) {
            const name = argument(setter, 'key', 0) ?? argument(setter, 'name', 0);
            const text = name ? module.constant(name) : undefined;
            const label = typeof text === 'string' ? text : name?.text ?? '';
            const secret = AUTH_COOKIE.test(label) || namesSecret(label);
            return { what: `the cookie '${label}'`, confidence: secret ? 'medium' : 'low' };
        }
        /** The argument `value` of `call` takes a secret: a cookie's value, a salt, a key. */
        function secretArgument(owner, value) {
            const position = argumentList(owner).findIndex((item) => item.id === value.id);
            if (isCookieSetter(owner))
                return position === 1 ? cookieEvidence(owner) : undefined;
            const name = module.callName(owner);
            const parameter = name === undefined ? undefined : SECRET_PARAMETERS.get(name);
            return parameter && parameter[0] === position ? { what: parameter[1], confidence: 'medium' } : undefined;
        }
        /** `value = …random…` later passed as a cookie's value, a salt or a key in the same function. */
        function passedAsSecret(assignment, local) {
            const owner = enclosingFunction(assignment) ?? module.root;
            for (const use of owner.descendantsOfType('identifier')) {
                if (use.text !== local || use.startIndex < assignment.endIndex)
                    continue;
                const list = use.parent;
                if (list?.type === 'argument_list' && list.parent?.type === 'call') {
                    const found = secretArgument(list.parent, use);
                    if (found)
                        return found;
                }
                const keyword = list?.type === 'keyword_argument' ? list : null;
                const setter = keyword?.parent?.parent;
                if (keyword?.childForFieldName('name')?.text === 'value' && setter?.type === 'call' && isCookieSetter(setter))
                    return cookieEvidence(setter);
            }
            return undefined;
        }
        /** `value = …random…` inside `def make_token(): …; return value`. */
        function returnedFromSecretFunction(assignment, local) {
            const owner = enclosingFunction(assignment);
            const functionName = owner?.type === 'function_definition' ? owner.childForFieldName('name')?.text ?? '' : '';
            if (!owner || !namesSecret(functionName))
                return undefined;
            const returned = owner.descendantsOfType('return_statement').some((statement) => enclosingFunction(statement)?.id === owner.id && statement.descendantsOfType('identifier').some((identifier) => identifier.text === local));
            return returned ? { what: `the value returned by ${functionName}()`, confidence: 'medium' } : undefined;
        }
        /** The enclosing function's name says what the value is for, and that is not a secret. */
        function harmlessPurpose(call) {
            const owner = enclosingFunction(call);
            const functionName = owner?.type === 'function_definition' ? owner.childForFieldName('name')?.text ?? '' : '';
            if (!functionName || namesSecret(functionName))
                return false;
            return words(functionName).some((word) => HARMLESS_PURPOSES.has(word) || NOT_SECRET_WORDS.has(word));
        }
        return {
            call(node) {
                const name = module.callName(node);
                // Building the generator is no use by itself; Bandit (≥ 1.7) lists it, so an audit sees it.
                if (name === 'random.Random')
                    context.report({ node, severity: 'low', confidence: 'low', auditOnly: true, message: 'random.Random(): a predictable generator (shown by --profile audit)' });
                if (name === undefined || !GENERATORS.has(name))
                    return;
                const found = evidence(node, name);
                if (!found || harmlessPurpose(node)) {
                    // No sign of a security use: no finding, but Bandit lists every call, so an audit sees it.
                    context.report({ node, severity: 'low', confidence: 'low', auditOnly: true, message: `${name}: the random module is predictable; no sign of a security use here (shown by --profile audit)` });
                    return;
                }
                context.report({
                    node,
                    confidence: found.confidence,
                    message: `${name} used for ${found.what}: the random module is predictable; use the secrets module`,
                });
            },
        };
    },
});
