// Coming from Bandit: `[tool.bandit]` in pyproject.toml and `.bandit` are honoured when no config of ours exists
// (said in the report), `init` writes an equivalent config of ours without overwriting anything, and a rule turned
// off by its Bandit id in pyproject.toml takes effect in the CLI and in the real git hook.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeRepo, VULNERABLE } from './helpers/git-repo.mjs';

const APP = 'import subprocess\n\ndef run(name):\n    subprocess.call("ls " + name, shell=True)\n    return eval(name)\n';

function findings(repo, args = ['.']) {
  const result = repo.cli('--format', 'json', '--no-cache', '--fail-on', 'none', ...args);
  assert.equal(result.status, 0, result.output);
  return JSON.parse(result.stdout).findings.map((finding) => `${finding.path}:${finding.rule}`).sort();
}

function project(t, files) {
  const repo = makeRepo(t);
  repo.write('app.py', APP);
  repo.write('tests/test_app.py', APP);
  for (const [path, content] of Object.entries(files)) repo.write(path, content);
  return repo;
}

test('.bandit INI: skips and exclude are applied, and the report says where they came from', (t) => {
  const repo = project(t, { '.bandit': '[bandit]\nskips = B602,B999\nexclude = ./tests\ntargets = src\n' });
  assert.deepEqual(findings(repo), ['app.py:eval-used']);
  const compact = repo.cli('--no-cache', '.');
  assert.equal(compact.stdout.split('\n')[1],
    'using Bandit settings from .bandit (skips B602, B999; excludes ./tests); not mapped: B999, targets (setting); run `git review-security init` to write a review-security config');
});

test('pyproject.toml [tool.bandit]: skips, exclude_dirs; tests = only those; B001 = every blacklist rule', (t) => {
  const skips = project(t, { 'pyproject.toml': '[tool.bandit]\nskips = ["B307"]\nexclude_dirs = ["tests"]\n' });
  assert.deepEqual(findings(skips), ['app.py:subprocess-shell-true']);
  assert.match(skips.cli('--no-cache', '.').stdout, /^using Bandit settings from pyproject\.toml \[tool\.bandit\] \(skips B307; excludes tests\)/m);

  const only = project(t, { 'pyproject.toml': '[tool.bandit]\ntests = ["B307", "B404"]\nskips = ["B404"]\n' });
  assert.deepEqual(findings(only), ['app.py:eval-used', 'tests/test_app.py:eval-used']);

  const blacklist = project(t, { 'pyproject.toml': '[tool.bandit]\ntests = ["B001"]\n' });
  // eval is Bandit's B307, a blacklist call; subprocess-shell-true (B602) is a plugin test, import-subprocess is B404.
  assert.deepEqual(findings(blacklist), ['app.py:eval-used', 'app.py:import-subprocess', 'tests/test_app.py:eval-used', 'tests/test_app.py:import-subprocess']);
});

test('a config of ours wins over Bandit settings, silently', (t) => {
  const repo = project(t, { 'pyproject.toml': '[tool.bandit]\nskips = ["B307"]\n\n[tool.review-security]\nexclude = ["tests"]\n' });
  assert.deepEqual(findings(repo), ['app.py:eval-used', 'app.py:subprocess-shell-true']);
  assert.doesNotMatch(repo.cli('--no-cache', '.').stdout, /Bandit/);
});

test('init migrates .bandit into .review-securityrc.json, which then applies; never overwrites', (t) => {
  const repo = project(t, { '.bandit': '[bandit]\nskips = B602\nexclude = ./tests\n' });
  const init = repo.cli('init');
  assert.equal(init.status, 0, init.output);
  assert.equal(init.stdout.split('\n')[0], 'wrote .review-securityrc.json from the Bandit settings in .bandit');
  const written = JSON.parse(repo.read('.review-securityrc.json'));
  assert.deepEqual({ ...written, $schema: undefined }, { $schema: undefined, rules: { 'subprocess-shell-true': 'off' }, exclude: ['./tests'] });
  assert.deepEqual(findings(repo), ['app.py:eval-used']);
  assert.doesNotMatch(repo.cli('--no-cache', '.').stdout, /Bandit/);

  const again = repo.cli('init');
  assert.equal(again.status, 2);
  assert.equal(again.stderr.trim(), 'git-review-security: a config already exists: .review-securityrc.json; not overwritten');
});

test('init appends [tool.review-security] to pyproject.toml when the Bandit settings live there', (t) => {
  const pyproject = '[project]\nname = "demo"  # keep this comment\n\n[tool.bandit]\nskips = ["B307"]\nexclude_dirs = ["tests"]\n';
  const repo = project(t, { 'pyproject.toml': pyproject });
  const init = repo.cli('init', { cwd: repo.path('tests') }); // from a subfolder: written at the top level
  assert.equal(init.status, 0, init.output);
  const text = repo.read('pyproject.toml');
  assert.ok(text.startsWith(pyproject), 'the existing content is untouched');
  assert.match(text.slice(pyproject.length), /^\n\[tool\.review-security\]\nexclude = \[ "tests" \]\n\n\[tool\.review-security\.rules\]\neval-used = "off"\n$/);
  assert.deepEqual(findings(repo), ['app.py:subprocess-shell-true']);
  assert.equal(repo.cli('init', 'pyproject.toml').status, 2);
});

test('init without Bandit settings writes a starter config; other file names are refused', (t) => {
  const repo = project(t, {});
  assert.equal(repo.cli('init', 'review.yaml').status, 2);
  const init = repo.cli('init');
  assert.equal(init.status, 0, init.output);
  const written = JSON.parse(repo.read('.review-securityrc.json'));
  assert.equal(written.extends, 'recommended');
  assert.deepEqual(findings(repo), ['app.py:eval-used', 'app.py:subprocess-shell-true', 'tests/test_app.py:eval-used', 'tests/test_app.py:subprocess-shell-true']);
});

test('a rule turned off by its Bandit id in pyproject.toml takes effect in the CLI and in the git hook', (t) => {
  const repo = makeRepo(t);
  repo.write('pyproject.toml', '[project]\nname = "demo"\n');
  repo.git('add', 'pyproject.toml');
  repo.git('commit', '-qm', 'project');
  assert.equal(repo.cli('install').status, 0);
  repo.write('app.py', VULNERABLE);
  repo.git('add', 'app.py');
  const blocked = repo.commit('vulnerable');
  assert.notEqual(blocked.status, 0);
  assert.match(blocked.stderr + blocked.stdout, /subprocess-shell-true/);

  repo.write('pyproject.toml', '[project]\nname = "demo"\n\n[tool.review-security.rules]\nB602 = "off"\n');
  assert.deepEqual(findings(repo, ['app.py']), []);
  // Edited but not staged: the hook checks what is committed, so the commit is still blocked (an untracked
  // config, by contrast, is read from the worktree: it has no staged version).
  assert.notEqual(repo.commit('vulnerable').status, 0);
  repo.git('add', 'pyproject.toml');
  const passed = repo.commit('with config');
  assert.equal(passed.status, 0, passed.stderr);
  assert.match(repo.git('log', '--oneline'), /with config/);
});
