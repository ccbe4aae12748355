// Hard-coded credentials: every provider's format in every place a literal or comment can hold it, look-alikes that
// must stay silent, checksums, entropy thresholds, test-code policy, suppressions and the baseline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from './helpers/analyse.mjs';
import { makeRepo } from './helpers/git-repo.mjs';
import { seededRandom } from './helpers/seeded-random.mjs';
import { FABRICATED, LOOK_ALIKES } from './helpers/fabricated-secrets.mjs';
import { looksRandom, randomness, characterSet, RANDOMNESS_THRESHOLD } from '../dist/rules/hardcoded-secret/support/entropy.js';
import { notAGenericSecret } from '../dist/rules/hardcoded-secret/support/generic-secret.js';
import { hasValidBase62Checksum } from '../dist/rules/hardcoded-secret/support/provider-formats.js';

const PROVIDER_RULE = 'hardcoded-provider-secret';
const quote = (value) => (value.includes('\n') ? `"""${value}"""` : JSON.stringify(value));
const providerFindings = (source) => analyse(source).findings.filter((finding) => finding.rule === PROVIDER_RULE);

/** The places a key can sit in a module; the key is on the line each returns as `line`. */
const PLACES = {
  assignment: (key) => ({ source: `KEY = ${quote(key)}\n`, line: 1 }),
  'keyword argument': (key) => ({ source: `client = Client(\n    api_key=${quote(key)},\n)\n`, line: 2 }),
  'dict value': (key) => ({ source: `CONFIG = {"key": ${quote(key)}}\n`, line: 1 }),
  bytes: (key) => ({ source: `KEY = b${quote(key)}\n`, line: 1 }),
  'f-string constant part': (key) => ({ source: `header = f"Bearer {scheme} ${key.replace(/[{}]/g, '')}"\n`, line: 1, skip: key.includes('\n') }),
  docstring: (key) => ({ source: `def pay():\n    """Uses ${key} for now."""\n`, line: 2 }),
  comment: (key) => ({ source: `# ${key}\nx = 1\n`, line: 1, skip: key.includes('\n') }),
  'implicit concatenation': (key) => ({ source: `KEY = (${quote(key.slice(0, 9))}\n       ${quote(key.slice(9))})\n`, line: 1 }),
  'plus concatenation': (key) => ({ source: `KEY = ${quote(key.slice(0, 9))} + ${quote(key.slice(9))}\n`, line: 1 }),
};

for (const [provider, keys] of Object.entries(FABRICATED)) {
  test(`${provider}: found in every place a module can hold it, named and masked`, () => {
    for (const key of keys) {
      for (const [place, make] of Object.entries(PLACES)) {
        const { source, line, skip } = make(key);
        if (skip) continue;
        const findings = providerFindings(source);
        assert.deepEqual(findings.map((finding) => finding.line), [line], `${place}: ${source}`);
        assert.ok(findings[0].message.startsWith(provider), findings[0].message);
        assert.equal(findings[0].severity, 'high');
        for (const text of [findings[0].message, findings[0].sourceLine, findings[0].statementText]) {
          assert.ok(!text.includes(key.split('\n')[1] ?? key) && !text.includes(key.slice(4)), `${place}: the key is masked in ${text}`);
        }
      }
    }
  });
}

test('look-alikes, documented examples and stand-ins are not provider secrets', () => {
  for (const value of LOOK_ALIKES) assert.deepEqual(providerFindings(`KEY = ${quote(value)}\n`), [], value);
});

test('GitHub and npm tokens need a valid CRC32 checksum', () => {
  for (const token of [...FABRICATED['GitHub token'], ...FABRICATED['npm token']]) {
    assert.ok(hasValidBase62Checksum(token, 4), token.slice(0, 4));
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    const broken = token.slice(0, -1) + last;
    assert.ok(!hasValidBase62Checksum(broken, 4));
    assert.deepEqual(providerFindings(`TOKEN = "${broken}"\n`), []);
  }
});

test('entropy threshold: generated keys of each character set pass, words, identifiers and stand-ins do not', () => {
  const random = seededRandom(2205);
  const generated = (length, alphabet) => Array.from({ length }, () => random.pick([...alphabet])).join('');
  const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let missed = 0;
  for (let round = 0; round < 200; round++) {
    for (const value of [generated(32, '0123456789abcdef'), generated(24, BASE62), generated(40, `${BASE62}+/`), generated(20, `${BASE62}!#%&*@^`)]) {
      if (!looksRandom(value)) missed++;
    }
  }
  assert.ok(missed <= 8, `${missed} of 800 generated keys read as not random`);
  // A random string comes close to the ceiling log2(min(length, set size)).
  const key = generated(32, `${BASE62}+/`);
  assert.ok(randomness(key, characterSet(key)) > 0.85);
  for (const word of ['SuperSecretPassword', 'my-app-secret-key-for-dev', 'x-api-key-header-name', 'changeme_in_production_please', 'application/json; charset=utf-8']) {
    assert.ok(!looksRandom(word) || notAGenericSecret('api_key', word), word);
  }
  assert.ok(RANDOMNESS_THRESHOLD > 0.5 && RANDOMNESS_THRESHOLD < 1);
});

test('generic secrets: known examples, placeholders and digests of empty input are never reported', () => {
  for (const value of ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'xxxxxxxxxxxxxxxxxxxxxxxx', '<your-key>', 'changeme', '${API_KEY}',
    'd41d8cd98f00b204e9800998ecf8427e', 'da39a3ee5e6b4b0d3255bfef95601890afd80709', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    'ThisIsNotARealSecretKey123', 'HMAC_SHA256_SIGNATURE_V2', 'abcdef0123456789abcdef01']) {
    assert.ok(notAGenericSecret('api_key', value), value);
  }
  assert.equal(notAGenericSecret('api_key', 'q8ZtL2vN5xR9wK3mJ7pB4cY6'), undefined);
  const flagged = (source) => analyse(source).findings.filter((finding) => finding.rule === 'hardcoded-high-entropy-secret').length;
  assert.equal(flagged('import os\nAPI_KEY = os.environ.get("API_KEY", None)\n'), 0);
  assert.equal(flagged('from django.conf import settings\nAPI_KEY = settings.API_KEY\n'), 0);
  assert.equal(flagged('API_KEY = "q8ZtL2vN5xR9wK3mJ7pB4cY6"\n'), 1);
});

// Policy through the CLI: what blocks in application code and in tests, suppressions and the baseline.
const STRIPE = FABRICATED['Stripe live key'][0];
const DB_URL = FABRICATED['database URL with password'][0];
const GENERIC = 'API_KEY = "q8ZtL2vN5xR9wK3mJ7pB4cY6"';

function review(repo, ...args) {
  const result = repo.cli('--no-cache', '--all', '--format', 'json', ...args);
  assert.ok(result.status === 0 || result.status === 1, result.output);
  return { status: result.status, findings: JSON.parse(result.stdout).findings };
}

test('a provider-format key blocks in test code too; a database URL and a generic secret there do not', (t) => {
  const repo = makeRepo(t);
  repo.write('tests/test_pay.py', `import unittest\n\nKEY = "${STRIPE}"\nURL = "${DB_URL}"\n${GENERIC}\n`);
  repo.write('app/pay.py', `${GENERIC}\n`);
  repo.git('add', '.');
  const { status, findings } = review(repo);
  assert.equal(status, 1);
  const at = (path, rule) => findings.find((finding) => finding.path === path && finding.rule === rule);
  const live = at('tests/test_pay.py', PROVIDER_RULE);
  assert.equal(live.severity, 'high');
  assert.equal(live.blocking, true);
  assert.equal(live.downgraded, undefined);
  const url = findings.find((finding) => finding.path === 'tests/test_pay.py' && finding.line === 4);
  assert.equal(url, undefined, 'a password in a URL is key material: a fixture in tests, off');
  assert.equal(at('tests/test_pay.py', 'hardcoded-high-entropy-secret'), undefined, 'generic secrets are off in test code');
  const generic = at('app/pay.py', 'hardcoded-high-entropy-secret');
  assert.equal(generic.severity, 'medium');
  assert.equal(generic.blocking, true, 'a random-looking secret blocks outside tests below the severity threshold');
  assert.equal(review(repo, '--fail-on', 'none').status, 0);
  // Lowered to low in config, the rule's findings stop blocking like any other low finding.
  repo.write('.review-securityrc.json', JSON.stringify({ rules: { 'hardcoded-high-entropy-secret': { severity: 'low' } } }));
  const lowered = review(repo).findings.find((finding) => finding.path === 'app/pay.py' && finding.rule === 'hardcoded-high-entropy-secret');
  assert.equal(lowered.severity, 'low');
  assert.equal(lowered.blocking, false);
});

test('a secret suppressed with a reason stays suppressed, and stays baselined, when its line moves', (t) => {
  const repo = makeRepo(t);
  const marker = '  # review-security: ignore[hardcoded-provider-secret] -- revoked 2024-05, kept for the replay test';
  repo.write('app/pay.py', `KEY = "${STRIPE}"${marker}\nOTHER = "${FABRICATED['Stripe live key'][1]}"\n`);
  repo.git('add', '.');
  assert.equal(repo.cli('baseline').status, 0);
  const recorded = repo.read('.review-security-baseline.json');
  assert.ok(!recorded.includes(FABRICATED['Stripe live key'][1].slice(4)));
  // Lines inserted above both: the marker moves with its line, the baseline matches by fingerprint.
  repo.write('app/pay.py', `"""Payments."""\nimport os\n\n\nKEY = "${STRIPE}"${marker}\nOTHER = "${FABRICATED['Stripe live key'][1]}"\n`);
  repo.git('add', '.');
  const { status, findings } = review(repo);
  assert.equal(status, 0);
  const [suppressed, baselined] = findings.filter((finding) => finding.rule === PROVIDER_RULE);
  assert.equal(suppressed.line, 5);
  assert.equal(suppressed.suppression.reason, 'revoked 2024-05, kept for the replay test');
  assert.equal(baselined.line, 6);
  assert.equal(baselined.suppression.kind, 'baseline');
  // A different key in the same place is a new finding, not the baselined one.
  repo.write('app/pay.py', `"""Payments."""\nimport os\n\n\nKEY = "${STRIPE}"${marker}\nOTHER = "${FABRICATED['Stripe live key'][2]}"\n`);
  repo.git('add', '.');
  const changed = review(repo);
  assert.equal(changed.status, 1, 'another key is not covered by the old baseline entry');
});
