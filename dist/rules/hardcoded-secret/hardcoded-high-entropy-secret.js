import { defineRule } from '../types.js';
import { literalString } from './secret-literals.js';
import { isSecretName } from './secret-names.js';
import { notASecret } from './password-names.js';
import { looksRandom } from './entropy.js';
import { findNamedSecret, findProviderSecrets } from './provider-secret-scan.js';
import { isStandInValue } from './provider-formats.js';
import { credentialIn, describeSecret } from './redaction.js';
import { isDjangoSettingsModule } from '../insecure-config/django-settings.js';
import { isFlaskSecretKeyArgument, isFlaskSecretKeyTarget } from './flask-secret-targets.js';
// Digests of empty input: checksums of "nothing", written as defaults and test vectors, never keys.
const EMPTY_INPUT_DIGESTS = new Set([
    'd41d8cd98f00b204e9800998ecf8427e', // MD5
    'da39a3ee5e6b4b0d3255bfef95601890afd80709', // SHA-1
    'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', // SHA-256
    '38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b', // SHA-384
    'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e', // SHA-512
]);
/** Runs such as `abcdef`, `012345`: keyboard-made values, not random ones. */
function hasSequence(value) {
    let run = 1;
    for (let index = 1; index < value.length; index++) {
        run = value.charCodeAt(index) - value.charCodeAt(index - 1) === 1 ? run + 1 : 1;
        if (run >= 6)
            return true;
    }
    return false;
}
/** Why a literal under a secret name is not a random-looking secret, or undefined when it is one. */
export function notAGenericSecret(name, value) {
    const excuse = notASecret(name, value);
    if (excuse)
        return excuse;
    if (isStandInValue(value))
        return 'stand-in';
    if (EMPTY_INPUT_DIGESTS.has(value.toLowerCase()))
        return 'digest of empty input';
    // Stripe's publishable keys are public by design, and test-mode keys reach no money.
    if (/^(?:pk_(?:live|test)|[sr]k_test)_/.test(value))
        return 'public or test-mode key';
    // Identifiers and constants (`HMAC_SHA256_V2`, `postgres_password_2024`): one case and underscores.
    if (/^(?:[A-Z0-9]+(?:_[A-Z0-9]+)+|[a-z0-9]+(?:_[a-z0-9]+)+)$/.test(value))
        return 'identifier';
    if (hasSequence(value))
        return 'sequence';
    if (!looksRandom(value))
        return 'not random';
    // Words glued together (`ThisIsNotARealSecretKey123`): random letters are a fifth vowels, English about two fifths.
    const letters = value.replace(/[^A-Za-z]/g, '');
    if (!/^[0-9a-fA-F]+$/.test(value) && letters.length > 0 && (letters.match(/[aeiou]/gi)?.length ?? 0) / letters.length > 0.35)
        return 'words';
    // Reported by the provider rule, with the provider's name.
    if (findProviderSecrets(value).length > 0 || findNamedSecret(name, value))
        return 'provider format';
    return undefined;
}
const NAME_HINT = /pas|pwd|token|secret|key|credential/gi;
function isNameCharacter(code) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 45;
}
/** Where the source writes a name that names a secret (identifiers, keywords, dict keys, `X-Api-Key`). */
function secretNamesIn(source) {
    const occurrences = [];
    const judged = new Map();
    let wordEnd = 0;
    // From each hint outwards to the whole word: a plain scan of every word of the file costs several times more.
    for (const hint of source.matchAll(NAME_HINT)) {
        if (hint.index < wordEnd)
            continue;
        let start = hint.index;
        while (start > 0 && isNameCharacter(source.charCodeAt(start - 1)))
            start--;
        wordEnd = hint.index + hint[0].length;
        while (wordEnd < source.length && isNameCharacter(source.charCodeAt(wordEnd)))
            wordEnd++;
        const name = source.slice(start, wordEnd);
        let secret = judged.get(name);
        if (secret === undefined)
            judged.set(name, secret = isSecretName(name));
        if (secret)
            occurrences.push({ name, start, end: wordEnd });
    }
    return occurrences;
}
function sameNode(a, b) {
    return !!a && a.startIndex === b.startIndex && a.endIndex === b.endIndex && a.type === b.type;
}
function storedValue(token) {
    let target = token.type === 'string_content' ? token.parent : token.type === 'identifier' ? token : null;
    let owner = target?.parent;
    if (!target || !owner)
        return undefined;
    if (['keyword_argument', 'default_parameter', 'typed_default_parameter', 'pair'].includes(owner.type)) {
        const value = owner.childForFieldName('value');
        return sameNode(owner.childForFieldName(owner.type === 'pair' ? 'key' : 'name'), target) && value ? { place: owner, value } : undefined;
    }
    if ((owner.type === 'attribute' && sameNode(owner.childForFieldName('attribute'), target))
        || (owner.type === 'subscript' && sameNode(owner.childForFieldName('subscript'), target))) {
        target = owner;
        owner = owner.parent;
    }
    if (owner?.type !== 'assignment' || !sameNode(owner.childForFieldName('left'), target))
        return undefined;
    let value = owner.childForFieldName('right');
    while (value?.type === 'assignment')
        value = value.childForFieldName('right'); // `a = b = "…"`
    return value ? { place: target, value } : undefined;
}
const LONG_LITERAL = /["']([^"'\s]{16,})["']/g;
// `"abc" "def"`: the pieces of an implicit concatenation are judged joined, so each may look like nothing alone
// (a key has no spaces, so neither has any of its pieces).
const ADJACENT_LITERALS = /["'][^"'\s]+["'][ \t]*(?:\\?\r?\n)?[ \t]*[rRbBuU]{0,2}["'][^"'\s]+["']/;
/** A quick look over the whole source: some literal could be a random-looking secret. */
function mayHoldRandomLiteral(source) {
    for (const [, value] of source.matchAll(LONG_LITERAL))
        if (looksRandom(value))
            return true;
    return ADJACENT_LITERALS.test(source);
}
export default defineRule({
    id: 'hardcoded-high-entropy-secret',
    aliases: [],
    category: 'hardcoded-secret',
    cwe: 798,
    severity: 'medium',
    confidence: 'medium',
    cost: 'fast',
    message: 'a random-looking literal is stored under a secret name',
    fix: 'Read the secret at run time (environment variable, secret manager) and rotate the committed one.',
    // No triggers: nearly every file writes `key` or `token`, and create() scans the text for secret names anyway.
    docs: {
        why: 'A key, token or password made of random characters is almost certainly a real one: a placeholder is readable, a real secret is not. '
            + 'The value\'s Shannon entropy is compared with what a random string of its character set (hex, base64, printable) and length reaches; '
            + 'at 0.8 of that or more, with the character classes a generated key mixes, it is reported. Outside test code it blocks, '
            + 'whatever the severity threshold: a committed key cannot be taken back. Stand-ins (`changeme`, `<your-key>`, `${VAR}`, `xxxx`), '
            + 'AWS\'s documented example keys, digests of empty input, identifiers, glued words and values read from the environment or settings are not reported.',
        bad: [
            'API_KEY = "q8ZtL2vN5xR9wK3mJ7pB4cY6"\n',
            'import requests\nrequests.get("https://api.acme.io", headers={"client_secret": "9c1f4a7e2b8d5063f1e9a2c4b7d8e053"}, timeout=5)\n',
            'class Settings:\n    signing_key = "mK7#qL2!vX9@pR4*zN8&"\n',
        ],
        good: [
            'import os\nAPI_KEY = os.environ["API_KEY"]\n',
            'API_KEY = "<your-api-key>"\n',
            'SECRET_KEY = "changeme-in-production"\n',
            'EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"\ntoken_hash = EMPTY_SHA256\n',
            'api_key_id = "k9Xv2LqP7mZ4tR8wN3bY"\n',
            'secret_key = "ThisIsNotARealSecretKey123"\n',
        ],
        references: ['https://cwe.mitre.org/data/definitions/798.html', 'https://github.com/Yelp/detect-secrets#about'],
    },
    create(context) {
        // Most files name no secret or hold no random-looking literal; where they do, only the places that name one are
        // looked at (found from the text, as imports are), not every assignment, argument and pair of the file.
        const { module } = context;
        const occurrences = secretNamesIn(module.source);
        if (occurrences.length === 0 || !mayHoldRandomLiteral(module.source))
            return {};
        const ownRule = (place, name) => isFlaskSecretKeyTarget(place, module)
            || (place.type === 'keyword_argument' && isFlaskSecretKeyArgument(place, module))
            || (place.type === 'identifier' && name === 'SECRET_KEY' && isDjangoSettingsModule(module));
        return {
            module(root) {
                for (const { name, start, end } of occurrences) {
                    const stored = storedValue(root.descendantForIndex(start, end));
                    if (!stored || ownRule(stored.place, name))
                        continue; // Flask and Django keys have rules of their own
                    const text = literalString(stored.value);
                    if (text === undefined || notAGenericSecret(name, text))
                        continue;
                    context.report({
                        node: stored.value,
                        message: `random-looking secret in '${name}' (${describeSecret(text)}): read it at run time and rotate it`,
                        credential: credentialIn(stored.value, 'entropy'),
                    });
                }
            },
        };
    },
});
