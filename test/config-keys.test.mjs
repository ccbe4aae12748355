// Every config key takes effect, and command-line flags win over the config.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { makeRepo, DIST } from './helpers/git-repo.mjs';

const { resolveSettings } = await import(join(DIST, 'config', 'settings.js'));

// The shell command carries request data (blocks); eval() a parameter (shown, never blocking).
const APP = 'import subprocess\nfrom flask import request\ndef run(name):\n    subprocess.call("ls " + request.args["dir"], shell=True)\n    return eval(name)\n';

/** A repo with `files` and `config` as .review-securityrc.json; reviews `targets` (default: every file given). */
function reviewWith(t, config, files = { 'app.py': APP }, args = [], targets = Object.keys(files)) {
  const repo = makeRepo(t);
  for (const [path, content] of Object.entries(files)) repo.write(path, content);
  if (config !== undefined) repo.write('.review-securityrc.json', JSON.stringify(config));
  const result = repo.cli('--no-cache', ...(args.includes('--format') ? [] : ['--format', 'json']), ...args, ...targets);
  let report;
  try { report = JSON.parse(result.stdout); } catch { report = undefined; }
  return { ...result, report, repo };
}

const summary = (report) => report.findings.map((finding) => `${finding.path}:${finding.rule}:${finding.severity}${finding.blocking ? ':blocking' : ''}`).sort();

test('no config: the recommended preset, blocking on high severity', (t) => {
  const { status, report } = reviewWith(t, undefined);
  assert.equal(status, 1);
  assert.deepEqual(summary(report), ['app.py:eval-used:medium', 'app.py:subprocess-shell-true:high:blocking']);
});

test('extends: strict adds the noisy rules, bandit is Bandit\'s catalogue, none starts empty', (t) => {
  assert.deepEqual(summary(reviewWith(t, { extends: 'strict' }).report),
    ['app.py:eval-used:medium', 'app.py:import-subprocess:low', 'app.py:subprocess-shell-true:high:blocking']);
  assert.ok(summary(reviewWith(t, { extends: 'bandit' }).report).includes('app.py:import-subprocess:low'));
  assert.deepEqual(summary(reviewWith(t, { extends: 'none', rules: { B307: 'on' } }).report), ['app.py:eval-used:medium']);
});

test('rules: keyed by rule id, Bandit id, Ruff code, Bandit test name or category; categories first, then rules', (t) => {
  for (const key of ['subprocess-shell-true', 'B602', 'S602', 'subprocess_popen_with_shell_equals_true', 'command-injection']) {
    const { status, report } = reviewWith(t, { rules: { [key]: 'off' } });
    assert.equal(status, 0, key);
    assert.deepEqual(summary(report), ['app.py:eval-used:medium'], key);
  }
  assert.deepEqual(summary(reviewWith(t, { rules: { B602: 'on', 'command-injection': 'off' } }).report),
    ['app.py:eval-used:medium', 'app.py:subprocess-shell-true:high:blocking']);
  assert.deepEqual(summary(reviewWith(t, { rules: { B602: { enabled: false } } }).report), ['app.py:eval-used:medium']);
});

test('rules: severity, confidence and options', (t) => {
  assert.deepEqual(summary(reviewWith(t, { rules: { B307: { severity: 'high' }, B602: { severity: 'low' } } }).report),
    ['app.py:eval-used:high:blocking', 'app.py:subprocess-shell-true:low']);
  const lowConfidence = reviewWith(t, { rules: { B602: { confidence: 'low' } } });
  assert.equal(lowConfidence.status, 0); // below failOn.confidence (medium): shown, not blocking
  assert.equal(lowConfidence.report.findings.find((finding) => finding.rule === 'subprocess-shell-true').confidence, 'low');
  // Only subprocess.run is a subprocess function now: subprocess.call is no longer this rule's business.
  assert.deepEqual(summary(reviewWith(t, { rules: { B602: { options: { functions: ['subprocess.run'] } } } }).report), ['app.py:eval-used:medium']);
});

test('rules: option names are camelCase; the old snake_case spelling still works, with a one-line notice', (t) => {
  const files = { 'paths.py': 'a = "/tmp/x"\nb = "/scratch/x"\n' };
  const current = reviewWith(t, { rules: { B108: { options: { tmpDirs: ['/scratch'] } } } }, files);
  assert.deepEqual(current.report.findings.map((finding) => finding.line), [2]);
  assert.deepEqual(current.report.notices.filter((notice) => /spelled/.test(notice)), []);
  const old = reviewWith(t, { rules: { B108: { options: { tmp_dirs: ['/scratch'] } } } }, files);
  assert.deepEqual(old.report.findings.map((finding) => finding.line), [2]);
  const notices = old.report.notices.filter((notice) => /spelled/.test(notice));
  assert.equal(notices.length, 1, old.report.notices.join('\n'));
  assert.match(notices[0], /rules\.B108\.options\.tmp_dirs is now spelled 'tmpDirs' \(the old name still works\)/);
  // An old spelling of a value of the wrong type is still an error, named as written.
  const wrong = reviewWith(t, { rules: { B108: { options: { tmp_dirs: 5 } } } }, files);
  assert.equal(wrong.status, 2);
  assert.match(wrong.stderr, /tmpDirs: expected a list of strings, got 5/);
});

test('rules: shell-wrapper-unsafe takes the project\'s own shell-running functions and their shell keyword', (t) => {
  const files = { 'deploy.py': 'from corp.proc import sh\n\ndef deploy(host):\n    sh("scp build.tgz " + host + ":/srv", use_shell=True)\n    sh(["scp", "build.tgz", host])\n' };
  // Not configured: nothing to say about corp.proc.sh.
  assert.deepEqual(summary(reviewWith(t, undefined, files).report), []);
  const configured = reviewWith(t, { rules: { 'shell-wrapper-unsafe': { options: { wrappers: ['corp.proc.sh:use_shell'] } } } }, files);
  assert.equal(configured.status, 1);
  assert.deepEqual(summary(configured.report), ['deploy.py:shell-wrapper-unsafe:high:blocking']);
});

test('failOn, minSeverity and minConfidence', (t) => {
  assert.deepEqual(summary(reviewWith(t, { failOn: { severity: 'medium' } }).report),
    ['app.py:eval-used:medium:blocking', 'app.py:subprocess-shell-true:high:blocking']);
  const never = reviewWith(t, { failOn: { severity: 'none' } });
  assert.equal(never.status, 0);
  assert.equal(never.report.findings.length, 2);
  assert.equal(reviewWith(t, { failOn: { confidence: 'high' }, rules: { B602: { confidence: 'medium' } } }).status, 0);
  assert.deepEqual(summary(reviewWith(t, { minSeverity: 'high' }).report), ['app.py:subprocess-shell-true:high:blocking']);
  assert.deepEqual(summary(reviewWith(t, { minConfidence: 'high', rules: { B307: { confidence: 'medium' } } }).report), ['app.py:subprocess-shell-true:high:blocking']);
});

test('profile: fast leaves out the deep (data-flow) rules', () => {
  const full = resolveSettings({}, { extends: 'strict' }).rules.map(({ rule }) => rule);
  const fast = resolveSettings({}, { extends: 'strict', profile: 'fast' }).rules.map(({ rule }) => rule);
  assert.ok(full.some((rule) => rule.cost === 'deep'));
  assert.ok(fast.length > 0 && fast.every((rule) => rule.cost === 'fast'));
  assert.equal(fast.length, full.filter((rule) => rule.cost === 'fast').length);
  const cli = resolveSettings({ profile: 'full' }, { extends: 'strict', profile: 'fast' });
  assert.equal(cli.rules.length, full.length); // --profile wins
});

test('testCode: paths say what is test code, policy how it is treated', (t) => {
  const files = { 'qa/check.py': APP };
  const downgraded = reviewWith(t, { testCode: { paths: ['qa/**'] } }, files);
  assert.equal(downgraded.status, 0);
  assert.deepEqual(summary(downgraded.report), ['qa/check.py:eval-used:low', 'qa/check.py:subprocess-shell-true:medium']);
  assert.deepEqual(downgraded.report.testCode, [{ path: 'qa/check.py', reason: 'test path' }]);
  assert.deepEqual(summary(reviewWith(t, { testCode: { paths: ['qa/**'], policy: 'skip' } }, files).report), []);
  assert.deepEqual(summary(reviewWith(t, { testCode: { paths: ['qa/**'], policy: 'same' } }, files).report),
    ['qa/check.py:eval-used:medium', 'qa/check.py:subprocess-shell-true:high:blocking']);
  assert.deepEqual(summary(reviewWith(t, { testCode: { paths: ['other/**'] } }, files).report),
    ['qa/check.py:eval-used:medium', 'qa/check.py:subprocess-shell-true:high:blocking']);
});

test('overrides: per-path rules off, on and re-levelled, and per-path test-code policy, in order', (t) => {
  const files = { 'app.py': APP, 'scripts/deploy.py': APP, 'legacy/old.py': APP, 'tools/x.py': APP, 'tests/test_x.py': APP };
  const config = {
    overrides: [
      { files: ['scripts/'], rules: { B602: 'off' } },
      { files: ['legacy/**'], rules: { 'eval-used': { severity: 'high' }, 'command-injection': { severity: 'low' } } },
      { files: ['tools'], rules: { B404: 'on' } }, // off in the preset, on for tools/ only
      { files: ['tests'], testCode: { policy: 'skip' } },
      { files: ['legacy/old.py'], rules: { B602: 'off' } }, // a later override wins
    ],
  };
  const { report } = reviewWith(t, config, files);
  assert.deepEqual(summary(report), [
    'app.py:eval-used:medium', 'app.py:subprocess-shell-true:high:blocking',
    // A level set on a category turns its rules on (as for a single rule), the preset's off ones included.
    'legacy/old.py:eval-used:high:blocking', 'legacy/old.py:import-subprocess:low',
    'scripts/deploy.py:eval-used:medium',
    'tools/x.py:eval-used:medium', 'tools/x.py:import-subprocess:low', 'tools/x.py:subprocess-shell-true:high:blocking',
  ]);
  // --rule on the command line wins over overrides on every path.
  const forced = reviewWith(t, config, files, ['--rule', 'B602=on']);
  assert.ok(summary(forced.report).includes('scripts/deploy.py:subprocess-shell-true:high:blocking'));
});

test('cache: enabled false never writes a cache; dir is relative to the config file', (t) => {
  const repo = makeRepo(t);
  repo.write('pkg/app.py', APP);
  repo.write('.review-securityrc.json', JSON.stringify({ cache: { dir: '.rs-cache' } }));
  // A cache dir inside the work tree must be git-ignored (issue 17: never write into the user's files).
  repo.write('.gitignore', '.rs-cache/\n');
  repo.cli('--format', 'json', 'app.py', { cwd: repo.path('pkg') });
  assert.ok(existsSync(repo.path('.rs-cache')), 'cache dir next to the config');
  const second = JSON.parse(repo.cli('--format', 'json', 'pkg/app.py').stdout);
  assert.equal(second.files.cached, 1);
  const fresh = JSON.parse(repo.cli('--format', 'json', '--no-cache', 'pkg/app.py').stdout); // the flag wins
  assert.equal(fresh.files.cached, 0);

  const off = makeRepo(t);
  off.write('app.py', APP);
  off.write('.review-securityrc.json', JSON.stringify({ cache: { enabled: false, dir: '.rs-cache' } }));
  off.cli('app.py');
  assert.equal(JSON.parse(off.cli('--format', 'json', 'app.py').stdout).files.cached, 0);
  assert.ok(!existsSync(off.path('.rs-cache')));
});

test('format from config; --format wins', (t) => {
  const repo = makeRepo(t);
  repo.write('app.py', APP);
  repo.write('.review-securityrc.json', JSON.stringify({ format: 'json' }));
  assert.equal(JSON.parse(repo.cli('--no-cache', 'app.py').stdout).findings.length, 2);
  assert.match(repo.cli('--no-cache', '--format', 'compact', 'app.py').stdout, /^app\.py:4:\d+\s+HIGH\s+subprocess-shell-true/m);
});

test('maxFileBytes: larger files are reported, not skipped', (t) => {
  const { status, report } = reviewWith(t, { maxFileBytes: 20 });
  assert.equal(status, 2);
  assert.match(report.errors[0].message, /^too large: \d+ bytes \(limit 20/);
});

test('command-line flags override the config: --rule, --fail-on, --test-code', (t) => {
  assert.deepEqual(summary(reviewWith(t, { rules: { B602: 'off' } }, undefined, ['--rule', 'B602=on']).report),
    ['app.py:eval-used:medium', 'app.py:subprocess-shell-true:high:blocking']);
  assert.equal(reviewWith(t, { failOn: { severity: 'low' } }, undefined, ['--fail-on', 'none']).status, 0);
  const files = { 'tests/test_app.py': APP };
  assert.deepEqual(summary(reviewWith(t, { testCode: { policy: 'skip' } }, files, ['--test-code', 'same']).report),
    ['tests/test_app.py:eval-used:medium', 'tests/test_app.py:subprocess-shell-true:high:blocking']);
});

test('config/examples/defaults.json spells out the built-in defaults', async () => {
  const { readFileSync } = await import('node:fs');
  const { PROJECT_ROOT } = await import('./helpers/git-repo.mjs');
  const { DEFAULT_TEST_PATHS } = await import(join(DIST, 'policy', 'test-context.js'));
  const defaults = JSON.parse(readFileSync(join(PROJECT_ROOT, 'config', 'examples', 'defaults.json'), 'utf8'));
  assert.deepEqual(defaults.testCode.paths, DEFAULT_TEST_PATHS);
  const implicit = resolveSettings({}, {});
  const explicit = resolveSettings({}, defaults);
  assert.equal(explicit.rulesetFingerprint, implicit.rulesetFingerprint);
  for (const key of ['failOn', 'minSeverity', 'minConfidence', 'ignoreNosec', 'neverBlock']) assert.deepEqual(explicit.policy[key], implicit.policy[key], key);
  assert.equal(explicit.policy.testCode.policy, implicit.policy.testCode.policy);
  assert.deepEqual([explicit.outputs, explicit.maxFileBytes, explicit.cache], [implicit.outputs, implicit.maxFileBytes, implicit.cache]);
});
