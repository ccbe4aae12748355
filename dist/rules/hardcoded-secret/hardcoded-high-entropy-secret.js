import { defineRule } from '../types.js';
import { literalString } from './support/secret-literals.js';
import { isSecretName } from './support/secret-names.js';
import { looksRandom } from './support/entropy.js';
import { credentialIn, describeSecret } from './support/redaction.js';
import { isDjangoSettingsModule } from '../insecure-config/support/django-settings.js';
import { isFlaskSecretKeyArgument, isFlaskSecretKeyTarget } from './support/flask-secret-targets.js';
import { notAGenericSecret } from './support/generic-secret.js';
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
