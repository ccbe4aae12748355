// Config discovery: every place cosmiconfig + our TOML loader look, their priority, --config / --no-config,
// where the search starts (repository root in git modes, cwd and parents in PATH mode) and staged configs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeRepo, VULNERABLE } from './helpers/git-repo.mjs';

const RULE = 'subprocess-shell-true';

/** Runs the CLI with JSON output; returns { status, report, stderr }. */
function review(repo, args, options = {}) {
  const result = repo.cli('--format', 'json', '--no-cache', ...args, options);
  let report;
  try { report = JSON.parse(result.stdout); } catch { report = undefined; }
  return { status: result.status, report, stderr: result.stderr };
}

const rulesOf = (report) => report.findings.map((finding) => finding.rule);

// Each place with a config that turns the rule off by its Bandit id.
const PLACES = {
  'package.json': JSON.stringify({ name: 'x', 'review-security': { rules: { B602: 'off' } } }),
  '.review-securityrc': 'rules:\n  B602: "off"\n',
  '.review-securityrc.json': JSON.stringify({ rules: { B602: 'off' } }),
  '.review-securityrc.yaml': 'rules:\n  B602: "off"\n',
  '.review-securityrc.yml': 'rules:\n  B602: "off"\n',
  '.review-securityrc.js': 'export default { rules: { B602: "off" } };\n',
  '.review-securityrc.cjs': 'module.exports = { rules: { B602: "off" } };\n',
  '.review-securityrc.mjs': 'export default { rules: { B602: "off" } };\n',
  'review-security.config.js': 'export default { rules: { B602: "off" } };\n',
  'review-security.config.cjs': 'module.exports = { rules: { B602: "off" } };\n',
  'review-security.config.mjs': 'export default { rules: { B602: "off" } };\n',
  'pyproject.toml': '[project]\nname = "x"\n\n[tool.review-security.rules]\nB602 = "off"\n',
};

test('without a config the rule reports (control)', (t) => {
  const repo = makeRepo(t);
  repo.write('app.py', VULNERABLE);
  const { status, report } = review(repo, ['app.py']);
  assert.equal(status, 1);
  assert.deepEqual(rulesOf(report), [RULE]);
});

for (const [place, content] of Object.entries(PLACES)) {
  test(`config in ${place} is found and turns B602 off`, (t) => {
    const repo = makeRepo(t);
    repo.write('app.py', VULNERABLE);
    repo.write(place, content);
    const { status, report, stderr } = review(repo, ['app.py']);
    assert.equal(status, 0, stderr);
    assert.deepEqual(rulesOf(report), []);
  });
}

test('a plain JSON .review-securityrc (no extension) is read too', (t) => {
  const repo = makeRepo(t);
  repo.write('app.py', VULNERABLE);
  repo.write('.review-securityrc', '{"rules": {"subprocess-shell-true": "off"}}');
  assert.deepEqual(rulesOf(review(repo, ['app.py']).report), []);
});

test('our own files win over pyproject.toml; pyproject.toml or package.json without our section are skipped', (t) => {
  const repo = makeRepo(t);
  repo.write('app.py', VULNERABLE);
  repo.write('pyproject.toml', '[tool.review-security.rules]\nB602 = "on"\n[tool.review-security]\nfailOn = { severity = "none" }\n');
  repo.write('.review-securityrc.json', JSON.stringify({ rules: { B602: 'off' } }));
  assert.deepEqual(rulesOf(review(repo, ['app.py']).report), []);

  const other = makeRepo(t);
  other.write('app.py', VULNERABLE);
  other.write('pyproject.toml', '[project]\nname = "x"\n[tool.black]\nline-length = 100\n');
  other.write('package.json', JSON.stringify({ name: 'x' }));
  other.write('.review-securityrc.yml', 'rules:\n  B602: "off"\n');
  assert.deepEqual(rulesOf(review(other, ['app.py']).report), []);
});

test('--config FILE overrides the search; --no-config ignores every config; --no-config-js refuses JavaScript', (t) => {
  const repo = makeRepo(t);
  repo.write('app.py', VULNERABLE);
  repo.write('.review-securityrc.json', JSON.stringify({ rules: { B602: 'off' } }));
  repo.write('ci/strict.json', JSON.stringify({ rules: { B602: 'on' }, failOn: { severity: 'medium' } }));
  repo.write('ci/pyproject.toml', '[tool.other]\nx = 1\n');
  repo.write('review-security.config.mjs', 'export default { rules: { B602: "off" } };\n');

  assert.deepEqual(rulesOf(review(repo, ['app.py']).report), []); // .review-securityrc.json wins over the .mjs
  const explicit = review(repo, ['--config', 'ci/strict.json', 'app.py']);
  assert.equal(explicit.status, 1);
  assert.deepEqual(rulesOf(explicit.report), [RULE]);
  assert.deepEqual(rulesOf(review(repo, ['--no-config', 'app.py']).report), [RULE]);

  const missing = review(repo, ['--config', 'nope.json', 'app.py']);
  assert.equal(missing.status, 2);
  assert.equal(missing.stderr.trim(), 'git-review-security: --config nope.json: no such file');
  const noTable = review(repo, ['--config', 'ci/pyproject.toml', 'app.py']);
  assert.equal(noTable.status, 2);
  assert.match(noTable.stderr, /ci\/pyproject\.toml: no \[tool\.review-security\] table/);
  const refused = review(repo, ['--no-config-js', '--config', 'review-security.config.mjs', 'app.py']);
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /JavaScript config files are refused with --no-config-js/);

  const jsOnly = makeRepo(t);
  jsOnly.write('app.py', VULNERABLE);
  jsOnly.write('review-security.config.mjs', 'export default { rules: { B602: "off" } };\n');
  assert.deepEqual(rulesOf(review(jsOnly, ['app.py']).report), []);
  assert.deepEqual(rulesOf(review(jsOnly, ['--no-config-js', 'app.py']).report), [RULE]);
});

test('PATH mode searches the current folder, then its parents up to the repository root', (t) => {
  const repo = makeRepo(t);
  repo.write('pkg/sub/app.py', VULNERABLE);
  repo.write('pyproject.toml', '[tool.review-security.rules]\nB602 = "off"\n');
  assert.deepEqual(rulesOf(review(repo, ['app.py'], { cwd: repo.path('pkg/sub') }).report), []);
  // A nearer config wins over the root's.
  repo.write('pkg/.review-securityrc.json', JSON.stringify({ rules: { B602: 'on' } }));
  assert.deepEqual(rulesOf(review(repo, ['app.py'], { cwd: repo.path('pkg/sub') }).report), [RULE]);
});

test('git modes read the config at the repository root, also when started in a subfolder', (t) => {
  const repo = makeRepo(t);
  repo.write('pkg/app.py', VULNERABLE);
  repo.write('pkg/.review-securityrc.json', JSON.stringify({ rules: { B602: 'on' } })); // not the project's config
  repo.write('pyproject.toml', '[tool.review-security.rules]\nB602 = "off"\n');
  repo.git('add', '.');
  for (const args of [['--all'], ['--staged'], []]) {
    const { status, report, stderr } = review(repo, args, { cwd: repo.path('pkg') });
    assert.equal(status, 0, `${args}: ${stderr}`);
    assert.equal(report.files.scanned, 1);
    assert.deepEqual(rulesOf(report), [], args.join(' '));
  }
});

test('staged mode reads the staged config, not the worktree copy, and says so', (t) => {
  const repo = makeRepo(t);
  repo.write('app.py', VULNERABLE);
  repo.write('pyproject.toml', '[tool.review-security.rules]\nB602 = "off"\n');
  repo.git('add', '.');
  repo.write('pyproject.toml', '[tool.review-security.rules]\nB602 = "on"\n'); // not staged
  const staged = repo.cli('--no-cache');
  assert.equal(staged.status, 0, staged.output);
  assert.match(staged.stdout, /config: using the staged version of pyproject\.toml \(the worktree copy differs\)/);
  // --all reviews the index but reads the worktree config: B602 is on there.
  assert.deepEqual(rulesOf(review(repo, ['--all']).report), [RULE]);

  // A staged config the worktree no longer turns off still applies, and an untracked config is read from disk.
  const other = makeRepo(t);
  other.write('app.py', VULNERABLE);
  other.git('add', 'app.py');
  other.write('.review-securityrc.json', JSON.stringify({ rules: { B602: 'off' } }));
  assert.deepEqual(rulesOf(review(other, []).report), []);
});

test('staged mode: a pyproject.toml whose staged version has no table of ours falls through to later places', (t) => {
  const repo = makeRepo(t);
  repo.write('app.py', VULNERABLE);
  repo.write('pyproject.toml', '[project]\nname = "x"\n');
  repo.write('package.json', JSON.stringify({ name: 'x', 'review-security': { rules: { B602: 'off' } } }));
  repo.git('add', '.');
  repo.write('pyproject.toml', '[tool.review-security.rules]\nB602 = "on"\n'); // unstaged edit
  const { status, report } = review(repo, []);
  assert.equal(status, 0);
  assert.deepEqual(rulesOf(report), []);
});

test('`rules` shows what a review from here would run: the project config, then --rule options', (t) => {
  const repo = makeRepo(t);
  const enabledOf = (result, rule) => result.stdout.split('\n').find((line) => line.startsWith(`${rule} `))?.trim().split(/\s+/).at(-1);
  assert.equal(enabledOf(repo.cli('rules'), RULE), 'yes');
  repo.write('.review-securityrc.json', JSON.stringify({ rules: { B602: 'off', B403: 'on' } }));
  const configured = repo.cli('rules');
  assert.equal(configured.status, 0, configured.output);
  assert.equal(enabledOf(configured, RULE), 'no');
  assert.equal(enabledOf(configured, 'import-pickle'), 'yes');
  assert.equal(enabledOf(repo.cli('rules', '--rule', 'B602=on'), RULE), 'yes');
  assert.equal(enabledOf(repo.cli('rules', '--no-config'), 'import-pickle'), 'no');
});
