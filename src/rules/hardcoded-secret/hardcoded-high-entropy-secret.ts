import { defineRule } from '../types.js';
import type { SyntaxNode } from '../../python/syntax.js';
import { literalString, targetName } from './secret-literals.js';
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
function hasSequence(value: string): boolean {
  let run = 1;
  for (let index = 1; index < value.length; index++) {
    run = value.charCodeAt(index) - value.charCodeAt(index - 1) === 1 ? run + 1 : 1;
    if (run >= 6) return true;
  }
  return false;
}

/** Why a literal under a secret name is not a random-looking secret, or undefined when it is one. */
export function notAGenericSecret(name: string, value: string): string | undefined {
  const excuse = notASecret(name, value);
  if (excuse) return excuse;
  if (isStandInValue(value)) return 'stand-in';
  if (EMPTY_INPUT_DIGESTS.has(value.toLowerCase())) return 'digest of empty input';
  // Stripe's publishable keys are public by design, and test-mode keys reach no money.
  if (/^(?:pk_(?:live|test)|[sr]k_test)_/.test(value)) return 'public or test-mode key';
  // Identifiers and constants (`HMAC_SHA256_V2`, `postgres_password_2024`): one case and underscores.
  if (/^(?:[A-Z0-9]+(?:_[A-Z0-9]+)+|[a-z0-9]+(?:_[a-z0-9]+)+)$/.test(value)) return 'identifier';
  if (hasSequence(value)) return 'sequence';
  if (!looksRandom(value)) return 'not random';
  // Words glued together (`ThisIsNotARealSecretKey123`): random letters are a fifth vowels, English about two fifths.
  const letters = value.replace(/[^A-Za-z]/g, '');
  if (!/^[0-9a-fA-F]+$/.test(value) && letters.length > 0 && (letters.match(/[aeiou]/gi)?.length ?? 0) / letters.length > 0.35) return 'words';
  // Reported by the provider rule, with the provider's name.
  if (findProviderSecrets(value).length > 0 || findNamedSecret(name, value)) return 'provider format';
  return undefined;
}

const NAME_HINT = /pas|pwd|token|secret|key|credential/gi;

function isNameCharacter(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 45;
}

/** The names written in the source (identifiers, keywords, dict keys, `X-Api-Key`) that name a secret. */
function secretNamesIn(source: string): Set<string> {
  const names = new Set<string>();
  let wordEnd = 0;
  // From each hint outwards to the whole word: a plain scan of every word of the file costs several times more.
  for (const hint of source.matchAll(NAME_HINT)) {
    if (hint.index < wordEnd) continue;
    let start = hint.index;
    while (start > 0 && isNameCharacter(source.charCodeAt(start - 1))) start--;
    wordEnd = hint.index + hint[0].length;
    while (wordEnd < source.length && isNameCharacter(source.charCodeAt(wordEnd))) wordEnd++;
    const word = source.slice(start, wordEnd);
    if (!names.has(word) && isSecretName(word)) names.add(word);
  }
  return names;
}

const LONG_LITERAL = /["']([^"'\s]{16,})["']/g;
// `"abc" "def"`: the pieces of an implicit concatenation are judged joined, so each may look like nothing alone
// (a key has no spaces, so neither has any of its pieces).
const ADJACENT_LITERALS = /["'][^"'\s]+["'][ \t]*(?:\\?\r?\n)?[ \t]*[rRbBuU]{0,2}["'][^"'\s]+["']/;

/** A quick look over the whole source: some literal could be a random-looking secret. */
function mayHoldRandomLiteral(source: string): boolean {
  for (const [, value] of source.matchAll(LONG_LITERAL)) if (looksRandom(value)) return true;
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
  triggers: [/pas|pwd|token|secret|key|credential/i],
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
    // Most files name no secret or hold no random-looking literal: their assignments, arguments and pairs are never visited.
    const names = secretNamesIn(context.module.source);
    if (names.size === 0 || !mayHoldRandomLiteral(context.module.source)) return {};
    const check = (name: string | undefined, value: SyntaxNode | null | undefined) => {
      if (!name || !value || !names.has(name)) return;
      const text = literalString(value);
      if (text === undefined || notAGenericSecret(name, text)) return;
      context.report({
        node: value,
        message: `random-looking secret in '${name}' (${describeSecret(text)}): read it at run time and rotate it`,
        credential: credentialIn(value, 'entropy'),
      });
    };
    return {
      assignment(node) {
        const left = node.childForFieldName('left');
        const name = left && targetName(left);
        if (!left || !name || !names.has(name)) return;
        if (isFlaskSecretKeyTarget(left, context.module)) return; // Flask's own rule
        // Django's SECRET_KEY has its own rule.
        if (left.type === 'identifier' && name === 'SECRET_KEY' && isDjangoSettingsModule(context.module)) return;
        let right = node.childForFieldName('right');
        while (right?.type === 'assignment') right = right.childForFieldName('right');
        check(name, right);
      },
      keyword_argument(node) {
        const name = node.childForFieldName('name')?.text;
        if (!name || !names.has(name) || isFlaskSecretKeyArgument(node, context.module)) return;
        check(name, node.childForFieldName('value'));
      },
      pair(node) {
        const key = node.childForFieldName('key');
        // A cheap look at the key's text first: most dict keys name no secret.
        const written = key?.type === 'string' ? /^[rRuU]?["']([^"'\\]*)["']$/.exec(key.text)?.[1] : undefined;
        if (written !== undefined && !names.has(written)) return;
        if (key) check(literalString(key), node.childForFieldName('value'));
      },
      default_parameter(node) {
        check(node.childForFieldName('name')?.text, node.childForFieldName('value'));
      },
      typed_default_parameter(node) {
        check(node.childForFieldName('name')?.text, node.childForFieldName('value'));
      },
    };
  },
});
