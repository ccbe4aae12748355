// A secret the tool reports must never be written out by it: not in any report format (stdout or -o / FORMAT=FILE),
// not in the blob cache, not in a baseline. The real CLI runs in a temporary git repository over fabricated
// credentials of every provider, and every byte it prints or writes is searched for every secret.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { makeRepo } from './helpers/git-repo.mjs';
import { AWS_SECRET_KEYS, FABRICATED, secretParts } from './helpers/fabricated-secrets.mjs';

const quote = (value) => (value.includes('\n') ? `"""${value}"""` : JSON.stringify(value));
const constName = (provider, index) => `${provider.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}${index}`;

// Values under password names (reported by the hardcoded-password-* rules and Django's SECRET_KEY rule).
const NAMED_SECRETS = ['Tr0ub4dor-and-3', 'q9V!mw2Lx7#pRt', 'django-insecure-t9x!2m@7q#v4k$8z0p1r5y6u'];

function application() {
  const lines = ['import os', 'import requests', ''];
  for (const [provider, values] of Object.entries(FABRICATED)) {
    values.forEach((value, index) => lines.push(`${constName(provider, index)} = ${quote(value)}`));
  }
  // The same keys where other rules look too: in calls, comments, docstrings, f-strings, a URL rule's territory.
  const [stripe] = FABRICATED['Stripe live key'];
  const [github] = FABRICATED['GitHub token'];
  const [database] = FABRICATED['database URL with password'];
  lines.push(
    `AWS_SECRET_ACCESS_KEY = "${AWS_SECRET_KEYS[0]}"`,
    `session = requests.Session(); session.auth = ("api", "${stripe}")`,
    `# rotate ${github} after the release`,
    'def fetch(path):',
    `    """Reads ${FABRICATED['OpenAI API key'][0]} until the vault is ready."""`,
    `    return requests.get(f"http://api.internal/{path}?key=${FABRICATED['Google API key'][0]}", timeout=5)`,
    `engine_url = "${database}"`,
    `password = "${NAMED_SECRETS[0]}"`,
    `def connect(host, password="${NAMED_SECRETS[1]}"):`,
    '    return host, password',
    '',
  );
  return lines.join('\n');
}

function settings() {
  return ['INSTALLED_APPS = ["django.contrib.auth"]', 'ROOT_URLCONF = "site.urls"', `SECRET_KEY = "${NAMED_SECRETS[2]}"`, ''].join('\n');
}

function testModule() {
  const [slack] = FABRICATED['Slack token'];
  const [aws] = FABRICATED['AWS access key id'];
  return ['import unittest', '', 'class TestUpload(unittest.TestCase):', '    def test_upload(self):',
    `        client = make_client(token="${slack}", key_id="${aws}")`, '        self.assertTrue(client)', ''].join('\n');
}

function allSecrets() {
  const secrets = Object.entries(FABRICATED).flatMap(([provider, values]) => values.flatMap((value) => secretParts(provider, value)));
  return [...secrets, ...AWS_SECRET_KEYS.slice(0, 1), ...NAMED_SECRETS];
}

/** Every file under `dir`, recursively, as text. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true }).map((name) => join(dir, String(name))).filter((path) => statSync(path).isFile());
}

function assertNoSecret(label, text, secrets) {
  for (const secret of secrets) {
    // The whole secret, and what is left after the shown prefix: a partial leak counts.
    for (const needle of [secret, secret.slice(4)]) {
      if (needle.length >= 6) assert.ok(!text.includes(needle), `${label} contains a secret (${secret.slice(0, 4)}…, ${secret.length} characters)`);
    }
  }
}

test('no report format, cache entry or baseline contains a reported secret', (t) => {
  const repo = makeRepo(t);
  repo.write('app/payments.py', application());
  repo.write('site/settings.py', settings());
  repo.write('tests/test_upload.py', testModule());
  repo.git('add', '.');
  const secrets = allSecrets();
  const cacheDir = join(repo.base, 'cache');
  const outputs = join(repo.base, 'out');
  mkdirSync(outputs);
  const formats = ['json', 'sarif', 'github', 'markdown', 'compact', 'gitlab'];
  const run = (...args) => repo.cli('--cache-dir', cacheDir, '--show-source', ...args);

  // Staged mode twice: the second run answers from the cache, which must hold nothing either.
  const texts = [];
  for (const pass of ['analysed', 'cached']) {
    const result = run('--staged', ...formats.map((format) => `--format=${format}=${join(outputs, `${pass}.${format}`)}`));
    texts.push([`staged ${pass} output`, result.output]);
    for (const format of formats) texts.push([`${pass}.${format}`, readFileSync(join(outputs, `${pass}.${format}`), 'utf8')]);
  }
  // Worktree mode, -o and every format on stdout.
  for (const format of formats) {
    const result = run('--all', '--format', format, '-o', join(outputs, `all.${format}`));
    texts.push([`--all ${format} stdout`, result.output], [`--all -o ${format}`, readFileSync(join(outputs, `all.${format}`), 'utf8')]);
  }
  const baseline = run('baseline');
  assert.equal(baseline.status, 0, baseline.output);
  texts.push(['baseline output', baseline.output], ['baseline file', repo.read('.review-security-baseline.json')]);
  const cacheFiles = filesUnder(cacheDir);
  assert.ok(cacheFiles.length >= 3, 'the cache holds an entry per file');
  for (const file of cacheFiles) texts.push([`cache file ${file.slice(cacheDir.length)}`, readFileSync(file, 'latin1')]);

  // The test means something only if the secrets were found and the fields that could leak are there.
  const report = JSON.parse(readFileSync(join(outputs, 'analysed.json'), 'utf8'));
  const providerFindings = report.findings.filter((finding) => finding.rule === 'hardcoded-provider-secret');
  assert.ok(providerFindings.length >= Object.values(FABRICATED).flat().length, `found ${providerFindings.length} provider secrets`);
  assert.ok(report.findings.some((finding) => finding.rule === 'hardcoded-password-default'));
  assert.ok(report.findings.some((finding) => finding.rule === 'django-hardcoded-secret-key'));
  assert.ok(providerFindings.some((finding) => finding.path.startsWith('tests/') && finding.blocking), 'a live key in a test blocks');
  const sarif = JSON.parse(readFileSync(join(outputs, 'analysed.sarif'), 'utf8'));
  const results = sarif.runs[0].results;
  assert.ok(results.every((result) => result.partialFingerprints && result.locations[0].physicalLocation.region.snippet));
  assert.match(JSON.stringify(results), /Stripe live key \([sr]k_l…, \d+ characters\)/);

  for (const [label, text] of texts) assertNoSecret(label, text, secrets);
});
