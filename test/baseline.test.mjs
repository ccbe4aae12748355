// The baseline: `git review-security baseline` records findings by fingerprint (rule, path, statement text,
// occurrence), so inserted lines and reformatting elsewhere keep them matched, a new copy is still reported, and
// entries that match nothing any more are reported as stale. Read from the index in the hook.
import { test } from 'node:test';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { makeRepo } from './helpers/git-repo.mjs';

// A command typed at a prompt: blocking (a parameter alone would only be shown).
const SHELL = '    subprocess.call("ls " + input(name), shell=True)\n';
const APP = `import subprocess\n\ndef run(name):\n${SHELL}    return eval(name)\n`;

function review(repo, args = [], options = {}) {
  const result = repo.cli('--format', 'json', '--no-cache', ...args, options);
  let report;
  try { report = JSON.parse(result.stdout); } catch { report = undefined; }
  return { ...result, report };
}

const visible = (report) => report.findings.filter((finding) => !finding.suppressed).map((finding) => `${finding.path}:${finding.line}:${finding.rule}`);
const baselined = (report) => report.findings.filter((finding) => finding.suppression?.kind === 'baseline').length;

function repoWithBaseline(t) {
  const repo = makeRepo(t);
  repo.write('app.py', APP);
  repo.write('lib/util.py', `import subprocess\n${SHELL.trim()}\n`);
  repo.git('add', '.');
  repo.git('commit', '-qm', 'base', '--no-verify');
  const written = repo.cli('baseline');
  assert.equal(written.status, 0, written.output);
  assert.match(written.stdout, /^wrote \.review-security-baseline\.json: 3 findings in 2 files from 2 reviewed/);
  return repo;
}

test('baseline writes fingerprints (no line matching) and silences recorded findings in every mode', (t) => {
  const repo = repoWithBaseline(t);
  const file = JSON.parse(repo.read('.review-security-baseline.json'));
  assert.equal(file.version, 1);
  assert.deepEqual(file.findings.map((entry) => `${entry.path}:${entry.rule}`).sort(),
    ['app.py:eval-used', 'app.py:subprocess-shell-true', 'lib/util.py:subprocess-shell-true']);
  assert.ok(file.findings.every((entry) => /^[0-9a-f]{32}$/.test(entry.fingerprint)));
  for (const args of [['--all'], ['.'], ['app.py', 'lib']]) {
    const { status, report } = review(repo, args);
    assert.equal(status, 0, args.join(' '));
    assert.deepEqual(visible(report), [], args.join(' '));
    assert.equal(baselined(report), 3);
    assert.deepEqual(report.findings.find((finding) => finding.suppressed).suppression, { kind: 'baseline', reason: 'recorded in .review-security-baseline.json' });
  }
  // From a subfolder (display paths `../app.py`) the fingerprints are the same.
  assert.deepEqual(visible(review(repo, ['..'], { cwd: repo.path('lib') }).report), []);
});

test('inserted lines and reformatted unrelated code keep findings matched; a new copy of a recorded finding is reported', (t) => {
  const repo = repoWithBaseline(t);
  repo.write('app.py', `"""Module docs."""\nimport os\nimport subprocess\n\n\nCONSTANT = {\n    "a": 1,\n}\n\ndef  run( name ) :\n\n${SHELL}    return eval(name)\n`);
  assert.deepEqual(visible(review(repo, ['app.py']).report), []);

  // Re-indenting the flagged statement itself (whitespace only) keeps it matched too.
  repo.write('lib/util.py', `import subprocess\nif True:\n    ${SHELL.trim()}\n`);
  assert.deepEqual(visible(review(repo, ['lib']).report), []);

  // A second identical call in the same file is new, even though Bandit's set-based baseline would swallow it.
  repo.write('app.py', `import subprocess\n\ndef run(name):\n${SHELL}${SHELL}    return eval(name)\n`);
  const { status, report } = review(repo, ['app.py']);
  assert.equal(status, 1);
  assert.deepEqual(visible(report), ['app.py:5:subprocess-shell-true']);
  assert.equal(baselined(report), 2);
  // The same statement in another file is new as well: the path is part of the fingerprint.
  repo.write('other.py', `import subprocess\n${SHELL.trim()}\n`);
  assert.deepEqual(visible(review(repo, ['other.py']).report), ['other.py:2:subprocess-shell-true']);
});

test('stale entries (fixed findings) are reported for reviewed files only', (t) => {
  const repo = repoWithBaseline(t);
  repo.write('app.py', 'import subprocess\n\ndef run(name):\n    subprocess.run(["ls", name])\n    return eval(name)\n');
  const compact = repo.cli('--no-cache', 'app.py');
  assert.equal(compact.status, 0, compact.output);
  assert.match(compact.stdout, /^baseline: 1 recorded finding is gone \(fixed or changed\): app\.py; refresh with `git review-security baseline`$/m);
  assert.doesNotMatch(repo.cli('--no-cache', 'lib').stdout, /baseline:/);
});

test('--baseline FILE and the config key choose the file; a missing or broken file is an error', (t) => {
  const repo = makeRepo(t);
  repo.write('app.py', APP);
  const written = repo.cli('baseline', '--baseline', 'security/known.json', 'app.py');
  assert.equal(written.status, 0, written.output);
  assert.match(written.stdout, /^wrote security\/known\.json: 2 findings in 1 file/);
  assert.equal(review(repo, ['app.py']).status, 1); // the default file does not exist: nothing is baselined
  assert.equal(review(repo, ['--baseline', 'security/known.json', 'app.py']).status, 0);
  repo.write('pkg/.review-securityrc.json', JSON.stringify({ baseline: '../security/known.json' })); // relative to the config
  assert.equal(review(repo, ['../app.py'], { cwd: repo.path('pkg') }).status, 0);

  const missing = review(repo, ['--baseline', 'nope.json', 'app.py']);
  assert.equal(missing.status, 2);
  assert.equal(missing.stderr.trim(), 'git-review-security: baseline nope.json: no such baseline file (create it with `git review-security baseline`)');
  repo.write('broken.json', '{"findings": [');
  const broken = review(repo, ['--baseline', 'broken.json', 'app.py']);
  assert.equal(broken.status, 2);
  assert.match(broken.stderr, /^git-review-security: baseline broken\.json: not valid JSON/);
});

test('a baseline of some paths keeps the entries of the others', (t) => {
  const repo = repoWithBaseline(t);
  repo.write('lib/util.py', 'x = 1\n');
  const rewritten = repo.cli('baseline', 'lib');
  assert.equal(rewritten.status, 0, rewritten.output);
  const entries = JSON.parse(repo.read('.review-security-baseline.json')).findings.map((entry) => `${entry.path}:${entry.rule}`).sort();
  assert.deepEqual(entries, ['app.py:eval-used', 'app.py:subprocess-shell-true']);
});

test('staged mode (the hook) reads the staged baseline, not the worktree copy', (t) => {
  const repo = repoWithBaseline(t);
  repo.git('add', '.review-security-baseline.json');
  repo.write('app.py', `# touched\n${APP}`);
  repo.git('add', 'app.py');
  assert.equal(review(repo).status, 0);
  repo.write('.review-security-baseline.json', JSON.stringify({ version: 1, findings: [] })); // unstaged: ignored
  const { status, report } = review(repo);
  assert.equal(status, 0);
  assert.equal(baselined(report), 2);
  assert.equal(review(repo, ['--all']).status, 1); // --all reads the worktree copy, now empty
  // A default baseline staged but deleted from the worktree counts as absent: the hook blocks rather than guess.
  assert.equal(review(repo, ['--no-new-only']).status, 0);
  rmSync(join(repo.dir, '.review-security-baseline.json'));
  assert.equal(review(repo, ['--no-new-only']).status, 1);
});
