// What a new user runs into (issue 20 item 6), in real git repositories through the built CLI: near-miss config
// names are one-line errors with the right name; `init` over a Bandit config ends the migration hint (no loop);
// a staged config that differs from the worktree is said; named non-Python files are skipped with a note; the
// compact verdict counts baselined and suppressed findings; PATH mode names the folders it skips by default; a
// nested `test/` folder is test code only by its content.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeRepo, VULNERABLE, CLEAN } from './helpers/git-repo.mjs';

/** One line on stderr, exit 2, nothing on stdout. */
function assertOneLineError(result, pattern) {
  assert.equal(result.status, 2, result.output);
  assert.equal(result.stdout, '');
  assert.equal(result.stderr.split('\n').filter(Boolean).length, 1, result.stderr);
  assert.match(result.stderr, pattern);
}

test('a near-miss pyproject table is an error naming [tool.review-security], from the worktree and from the index', (t) => {
  for (const table of ['review_security', 'reviewsecurity', 'Review-Security', 'review-securty']) {
    const repo = makeRepo(t);
    repo.write('pyproject.toml', `[project]\nname = "x"\n\n[tool.${table}]\nfailOn = { severity = "medium" }\n`);
    repo.write('a.py', CLEAN);
    repo.git('add', '.');
    const expected = new RegExp(`^git-review-security: pyproject\\.toml: \\[tool\\.${table}\\] is not read; did you mean \\[tool\\.review-security\\]\\?$`, 'm');
    assertOneLineError(repo.cli('--all'), expected);
    assertOneLineError(repo.cli(), expected); // staged: read from the index
    assertOneLineError(repo.cli('a.py'), expected);
  }
  // Another tool's table is not a near miss.
  const repo = makeRepo(t);
  repo.write('pyproject.toml', '[tool.ruff]\nline-length = 100\n[tool.black]\nline-length = 100\n');
  repo.write('a.py', CLEAN);
  repo.git('add', '.');
  assert.equal(repo.cli('--all').status, 0);
});

test('a near-miss config file name is an error naming the file that would be read; reports and modules are not', (t) => {
  for (const [file, meant] of [
    ['.review_security.toml', '[tool.review-security] in pyproject.toml'],
    ['.review-security.json', '.review-securityrc.json'],
    ['.review_securityrc.yaml', '.review-securityrc.yaml'],
    ['.reviewsecurityrc', '.review-securityrc'],
    ['review-security.config.json', '.review-securityrc.json'],
  ]) {
    const repo = makeRepo(t);
    repo.write(file, file.endsWith('.toml') ? 'x = 1\n' : '{}\n');
    repo.write('a.py', CLEAN);
    repo.git('add', '.');
    const escaped = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    assertOneLineError(repo.cli('--all'), new RegExp(`^git-review-security: ${escaped(file)}: not a config file name review-security reads; did you mean ${escaped(meant)}\\?$`, 'm'));
  }
  const repo = makeRepo(t);
  repo.write('review_security.py', CLEAN); // a module of the project
  repo.write('review-security.json', '{"findings": []}\n'); // a report written with --format json=…
  repo.write('.review-security-baseline.json', '{"version": 1, "findings": []}\n');
  repo.git('add', '.');
  const result = repo.cli('--all');
  assert.equal(result.status, 0, result.output);
});

test('init over a Bandit-only pyproject.toml: the next runs stop suggesting init, a worktree-only table is reported with git add', (t) => {
  const repo = makeRepo(t);
  repo.write('pyproject.toml', '[project]\nname = "x"\n\n[tool.bandit]\nskips = ["B101"]\n');
  repo.write('a.py', CLEAN);
  repo.git('add', '.');
  repo.git('commit', '-q', '--no-verify', '-m', 'base');
  repo.write('b.py', CLEAN);
  repo.git('add', 'b.py');
  assert.match(repo.cli().stdout, /run `git review-security init`/);

  const init = repo.cli('init');
  assert.equal(init.status, 0, init.output);
  assert.match(init.stdout, /^wrote pyproject\.toml from the Bandit settings in pyproject\.toml \[tool\.bandit\]$/m);
  assert.match(init.stdout, /`git add pyproject\.toml` so that staged reviews \(the hook\) read it too/);

  // The worktree review reads the new table: no hint at all.
  const all = repo.cli('--all');
  assert.equal(all.status, 0, all.output);
  assert.doesNotMatch(all.stdout, /init|Bandit/);
  // The staged review reads the index, which lacks the table: it says how to fix that, not "run init" again.
  const staged = repo.cli();
  assert.equal(staged.status, 0, staged.output);
  assert.match(staged.stdout, /^config: pyproject\.toml has review-security settings in the worktree only; `git add pyproject\.toml` to use them in staged reviews$/m);
  assert.doesNotMatch(staged.stdout, /git review-security init/);
  // And init again refuses in one line: no loop.
  assertOneLineError(repo.cli('init'), /a config already exists: pyproject\.toml; not overwritten/);

  repo.git('add', 'pyproject.toml');
  const settled = repo.cli();
  assert.equal(settled.status, 0, settled.output);
  assert.equal(settled.stdout.split('\n').filter(Boolean).length, 1, settled.stdout);
  assert.match(settled.stdout, /^review-security: no security defects detected in 1 staged file/);
});

test('init over a .bandit file writes .review-securityrc.json, which the next staged run reads without a hint', (t) => {
  const repo = makeRepo(t);
  repo.write('.bandit', '[bandit]\nskips = B101\n');
  repo.write('a.py', CLEAN);
  repo.git('add', '.');
  assert.match(repo.cli().stdout, /run `git review-security init`/);
  assert.equal(repo.cli('init').status, 0);
  const next = repo.cli();
  assert.equal(next.status, 0, next.output);
  assert.doesNotMatch(next.stdout, /init|Bandit/);
});

test('a staged config that differs from the worktree is used, and said in one line', (t) => {
  const repo = makeRepo(t);
  repo.write('.review-securityrc.json', '{"failOn": {"severity": "high"}}\n');
  repo.write('a.py', CLEAN);
  repo.git('add', '.');
  repo.write('.review-securityrc.json', '{"failOn": {"severity": "low"}}\n');
  const result = repo.cli();
  assert.equal(result.status, 0, result.output);
  const lines = result.stdout.split('\n').filter((line) => line.startsWith('config:'));
  assert.deepEqual(lines, ['config: using the staged version of .review-securityrc.json (the worktree copy differs)']);
  // The worktree review reads the worktree copy, without the note.
  assert.doesNotMatch(repo.cli('--all').stdout, /staged version/);
});

test('named files that are not Python are skipped with a note and exit 0; a python shebang makes one Python', (t) => {
  const repo = makeRepo(t);
  repo.write('README.md', '# Title\n\nsubprocess.call(x, shell=True)\n');
  repo.write('notes.txt', 'not python (\n');
  repo.write('tool', `#!/usr/bin/env python3\n${VULNERABLE}`);
  const skipped = repo.cli('README.md', 'notes.txt');
  assert.equal(skipped.status, 0, skipped.output);
  assert.match(skipped.stdout, /^skipped README\.md, notes\.txt: not Python \(a \.py, \.pyw or \.pyi name, or a python shebang, makes a file Python\)$/m);
  assert.match(skipped.stdout, /no Python files to review/);
  const shebang = repo.cli('README.md', 'tool');
  assert.equal(shebang.status, 1, shebang.output);
  assert.match(shebang.stdout, /^tool:\d+:\d+ +HIGH +subprocess-shell-true/m);
});

test('after `baseline`, --all counts the baselined findings in its verdict instead of "no security defects" alone', (t) => {
  const repo = makeRepo(t);
  for (const name of ['a.py', 'b.py', 'c.py']) repo.write(name, VULNERABLE);
  repo.write('d.py', `import subprocess\n\ndef run(cmd):\n    subprocess.call(cmd, shell=True)  # nosec B602 -- reviewed\n`);
  repo.git('add', '.');
  const recorded = repo.cli('baseline');
  assert.equal(recorded.status, 0, recorded.output);
  repo.git('add', '.');
  const all = repo.cli('--all');
  assert.equal(all.status, 0, all.output);
  assert.match(all.stdout, /^review-security: no security defects detected in 4 files(?: \(\d+ from cache\))? besides 3 baselined findings and 1 suppressed by markers$/m);
  assert.doesNotMatch(all.stdout, /defects detected in 4 files(?: \(\d+ from cache\))?$/m);
  // With something to list, the count is its own line.
  repo.write('e.py', VULNERABLE);
  repo.git('add', 'e.py');
  const blocked = repo.cli('--all');
  assert.equal(blocked.status, 1, blocked.output);
  assert.match(blocked.stdout, /^not listed: 3 baselined findings and 1 suppressed by markers$/m);
});

test('PATH mode names the default-skipped folders a package may use (env, build, dist) and how to include them', (t) => {
  const repo = makeRepo(t);
  repo.write('app/env/settings.py', VULNERABLE);
  repo.write('app/build/steps.py', CLEAN);
  repo.write('app/views.py', CLEAN);
  repo.write('venv/pyvenv.cfg', 'home = /usr/bin\n'); // a virtual environment: skipped without a word
  repo.write('venv/lib/site.py', VULNERABLE);
  repo.write('.tox/py/x.py', VULNERABLE);
  const result = repo.cli('.');
  assert.equal(result.status, 0, result.output);
  assert.match(result.stdout, /^not reviewed by default: app\/build\/, app\/env\/; name a folder to review it \(`git review-security app\/build`\)$/m);
  assert.doesNotMatch(result.stdout, /venv|\.tox/);
  const named = repo.cli('app/env');
  assert.equal(named.status, 1, named.output);
  assert.match(named.stdout, /^app\/env\/settings\.py:\d+:\d+ +HIGH/m);
});

test('test code by path: top-level test/ and tests/ anywhere; a nested test/ folder (plugins/test/) only by its content', (t) => {
  const repo = makeRepo(t);
  repo.write('plugins/test/filters.py', VULNERABLE); // Jinja2 test plugins: production code
  repo.write('plugins/test/test_helpers.py', VULNERABLE); // a test_*.py name is still a test path
  repo.write('plugins/test/uses_pytest.py', `import pytest\n${VULNERABLE}`); // content signal
  repo.write('test/check_app.py', VULNERABLE);
  repo.write('pkg/tests/check_pkg.py', VULNERABLE);
  repo.git('add', '.');
  const report = JSON.parse(repo.cli('--all', '--format', 'json').stdout);
  const testCode = Object.fromEntries(report.testCode.map((entry) => [entry.path, entry.reason]));
  assert.deepEqual(testCode, {
    'pkg/tests/check_pkg.py': 'test path',
    'plugins/test/test_helpers.py': 'test path',
    'plugins/test/uses_pytest.py': 'imports pytest',
    'test/check_app.py': 'test path',
  });
  const production = report.findings.find((finding) => finding.path === 'plugins/test/filters.py');
  assert.equal(production.severity, 'high');
  assert.equal(production.blocking, true);
});
