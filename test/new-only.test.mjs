// --new-only (issue 11): with the real `git commit` and the installed hook, a commit is blocked only by findings it
// introduces; findings already in the version it replaces are summarised. Also --rev A...B and --changed-lines.
// Every review leaves the index, worktree and refs as they were.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeRepo, VULNERABLE } from './helpers/git-repo.mjs';

// Commands typed at a prompt block; commands built from a parameter are shown without blocking.
const SINK = '    subprocess.call("ls " + input(), shell=True)\n';
const padding = (count) => Array.from({ length: count }, (_, index) => `VALUE_${index} = ${index}\n`).join('');

/** A repository whose HEAD has one high-severity finding in legacy.py, with the pre-commit hook installed. */
function legacyRepo(t) {
  const repo = makeRepo(t);
  repo.write('legacy.py', VULNERABLE);
  repo.git('add', '.');
  repo.git('commit', '-q', '-m', 'legacy code');
  const installed = repo.cli('install');
  assert.equal(installed.status, 0, installed.output);
  return repo;
}

/** Commits with the hook; asserts the hook left index, worktree and refs alone when it blocked. */
function commitChecked(repo, message) {
  repo.settleIndex();
  const before = repo.snapshot();
  const result = repo.commit(message);
  if (result.status !== 0) assert.deepEqual(repo.snapshot(), before, 'a blocked commit changes nothing');
  return result;
}

/** Runs the CLI and asserts it changed nothing. */
function cliChecked(repo, ...args) {
  repo.settleIndex();
  const before = repo.snapshot();
  const result = repo.cli(...args);
  assert.deepEqual(repo.snapshot(), before, `review ${args.join(' ')} changed nothing`);
  return result;
}

test('editing a file with an old high finding (adding none) passes by default and with --new-only, and is blocked with --no-new-only', (t) => {
  const repo = legacyRepo(t);
  repo.write('legacy.py', `"""Legacy helpers."""\n${VULNERABLE}\n\ndef other():\n    return 2\n`);
  repo.git('add', 'legacy.py');

  const explicit = cliChecked(repo, '--new-only');
  assert.equal(explicit.status, 0, explicit.output);
  assert.match(explicit.stdout, /^1 existing finding in a touched file; `--all-findings` to show$/m);
  assert.match(explicit.stdout, /no new security defects detected in 1 staged file/);
  assert.doesNotMatch(explicit.stdout, /legacy\.py:\d+/);

  const all = cliChecked(repo, '--no-new-only');
  assert.equal(all.status, 1, all.output);
  assert.match(all.stdout, /^legacy\.py:5:\d+ +HIGH +subprocess-shell-true/m);

  const listed = cliChecked(repo, '--all-findings');
  assert.equal(listed.status, 0, listed.output);
  assert.match(listed.stdout, /^legacy\.py:5:\d+ +HIGH +subprocess-shell-true .*\[existing\]$/m);

  const json = JSON.parse(cliChecked(repo, '--format', 'json').stdout);
  assert.deepEqual(json.findings, [], 'existing findings are not listed without --all-findings');
  assert.deepEqual(json.existing, { count: 1, files: 1, listed: false });
  const listedJson = JSON.parse(cliChecked(repo, '--format', 'json', '--all-findings').stdout);
  assert.deepEqual(listedJson.findings.map((finding) => [finding.rule, finding.existing, finding.blocking]), [['subprocess-shell-true', true, false]]);
  const sarif = JSON.parse(cliChecked(repo, '--format', 'sarif', '--all-findings').stdout);
  assert.deepEqual(sarif.runs[0].results.map((result) => result.baselineState), ['unchanged']);
  repo.write('fresh.py', VULNERABLE);
  repo.git('add', 'fresh.py');
  const mixed = JSON.parse(cliChecked(repo, '--format', 'sarif', '--all-findings').stdout);
  assert.deepEqual(mixed.runs[0].results.map((result) => `${result.locations[0].physicalLocation.artifactLocation.uri} ${result.baselineState}`).sort(), ['fresh.py new', 'legacy.py unchanged']);
  repo.git('rm', '-q', '--cached', 'fresh.py');
  rmSync(join(repo.dir, 'fresh.py'));

  const committed = commitChecked(repo, 'edit legacy file');
  assert.equal(committed.status, 0, committed.output);
  assert.match(committed.output, /1 existing finding in a touched file/);
  assert.equal(repo.git('rev-list', '--count', 'HEAD').trim(), '2');
});

test('config newOnly: false makes the hook block on the old finding again', (t) => {
  const repo = legacyRepo(t);
  repo.write('.review-securityrc.json', '{"newOnly": false}\n');
  repo.write('legacy.py', `${VULNERABLE}\nEXTRA = 1\n`);
  repo.git('add', '.');
  const result = commitChecked(repo, 'edit with newOnly off');
  assert.equal(result.status, 1, result.output);
  assert.match(result.output, /commit blocked: 1 blocking finding$/m);
});

test('a second copy of the old pattern is new and blocks; the old copy stays summarised', (t) => {
  const repo = legacyRepo(t);
  repo.write('legacy.py', `${VULNERABLE}${SINK}`);
  repo.git('add', 'legacy.py');
  const result = commitChecked(repo, 'copy the pattern');
  assert.equal(result.status, 1, result.output);
  assert.match(result.output, /^legacy\.py:5:\d+ +HIGH +subprocess-shell-true/m);
  assert.doesNotMatch(result.output, /^legacy\.py:4:/m, 'the old copy is not listed');
  assert.match(result.output, /1 existing finding in a touched file/);
  assert.match(result.output, /commit blocked: 1 blocking finding introduced by this change/);
});

test('moving the old finding 50 lines down passes', (t) => {
  const repo = legacyRepo(t);
  const [imports, ...rest] = VULNERABLE.split('\n\n');
  repo.write('legacy.py', `${imports}\n\n${padding(50)}\n${rest.join('\n\n')}`);
  repo.git('add', 'legacy.py');
  const moved = JSON.parse(cliChecked(repo, '--format', 'json', '--all-findings').stdout).findings;
  assert.equal(moved.length, 1);
  assert.ok(moved[0].line > 50, `the finding moved to line ${moved[0].line}`);
  const result = commitChecked(repo, 'move code');
  assert.equal(result.status, 0, result.output);
});

test('renaming a file with an old finding passes (compared with the old path), even with an edit', (t) => {
  const repo = legacyRepo(t);
  repo.git('mv', 'legacy.py', 'renamed.py');
  repo.write('renamed.py', `${VULNERABLE}\n# moved here\n`);
  repo.git('add', 'renamed.py');
  const result = commitChecked(repo, 'rename');
  assert.equal(result.status, 0, result.output);
  assert.match(result.output, /1 existing finding in a touched file/);
  // The same content under a new name in an added file (legacy.py kept) is new.
  repo.write('copy.py', VULNERABLE);
  repo.git('add', 'copy.py');
  const copied = commitChecked(repo, 'copy');
  assert.equal(copied.status, 1, copied.output);
  assert.match(copied.output, /^copy\.py:4:\d+ +HIGH/m);
});

test('removing a suppression marker makes the old finding new', (t) => {
  const repo = makeRepo(t);
  repo.write('a.py', VULNERABLE.replace('shell=True)', 'shell=True)  # nosec'));
  repo.git('add', '.');
  repo.git('commit', '-q', '-m', 'suppressed');
  repo.write('a.py', VULNERABLE);
  repo.git('add', '.');
  const result = cliChecked(repo);
  assert.equal(result.status, 1, result.output);
});

test('--rev A...B on a branch reports only the branch\'s new findings', (t) => {
  const repo = legacyRepo(t);
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write('legacy.py', `${VULNERABLE}\nTOUCHED = True\n`);
  repo.write('feature.py', 'import os\n\n\ndef go(command):\n    os.system(input(command))\n');
  repo.git('add', '.');
  repo.git('commit', '-q', '--no-verify', '-m', 'feature');
  // main moves on with another finding: not the branch's.
  repo.git('checkout', '-q', 'main');
  repo.write('main_only.py', VULNERABLE);
  repo.git('add', '.');
  repo.git('commit', '-q', '--no-verify', '-m', 'main work');
  repo.git('checkout', '-q', 'feature');

  const result = cliChecked(repo, '--rev', 'main...feature', '--format', 'json');
  assert.equal(result.status, 1, result.output);
  const report = JSON.parse(result.stdout);
  assert.deepEqual(report.findings.map((finding) => `${finding.path}:${finding.rule}`), ['feature.py:start-process-with-shell']);
  const compact = cliChecked(repo, '--rev', 'main...feature');
  assert.match(compact.stdout, /1 existing finding in a touched file/);
  const everything = JSON.parse(cliChecked(repo, '--rev', 'main...feature', '--no-new-only', '--format', 'json').stdout);
  assert.deepEqual(everything.findings.map((finding) => finding.path).sort(), ['feature.py', 'legacy.py']);
});

test('--changed-lines shows only findings on changed lines, never hides a blocking one, and needs a change', (t) => {
  const repo = makeRepo(t);
  repo.write('a.py', `import subprocess\n\n\ndef run(name):\n    subprocess.call("ls " + input(), shell=True)\n    subprocess.call("ls " + name, shell=True)\n`);
  repo.git('add', '.');
  repo.git('commit', '-q', '-m', 'base');
  repo.write('a.py', `import subprocess\n\n\ndef run(name):\n    subprocess.call("ls " + input(), shell=True)\n    subprocess.call("ls " + name, shell=True)\n    subprocess.call("pwd " + name, shell=True)\n`);
  repo.git('add', '.');
  const all = JSON.parse(cliChecked(repo, '--no-new-only', '--fail-on', 'none', '--format', 'json').stdout).findings;
  assert.deepEqual(all.map((finding) => finding.line), [5, 6, 7]);
  const view = cliChecked(repo, '--no-new-only', '--fail-on', 'none', '--changed-lines');
  assert.deepEqual([...view.stdout.matchAll(/^a\.py:(\d+):/gm)].map((match) => Number(match[1])), [7]);
  assert.match(view.stdout, /2 findings on lines this change did not touch/);
  // Blocking findings are shown wherever they are.
  const blocking = cliChecked(repo, '--no-new-only', '--changed-lines');
  assert.equal(blocking.status, 1);
  assert.match(blocking.stdout, /^a\.py:5:/m);
  const misuse = repo.cli('--all', '--changed-lines');
  assert.equal(misuse.status, 2);
  assert.match(misuse.stderr, /--changed-lines needs a change/);
  const newOnlyAll = repo.cli('--all', '--new-only');
  assert.equal(newOnlyAll.status, 2);
  assert.match(newOnlyAll.stderr, /--new-only needs a change/);
});

test('--pre-commit (the framework) compares the named staged files with HEAD; a file the index lacks is new', (t) => {
  const repo = legacyRepo(t);
  repo.write('legacy.py', `${VULNERABLE}\nEXTRA = 1\n`);
  repo.git('add', 'legacy.py');
  const edited = cliChecked(repo, '--pre-commit', 'legacy.py');
  assert.equal(edited.status, 0, edited.output);
  assert.match(edited.stdout, /1 existing finding in a touched file/);
  repo.write('untracked.py', VULNERABLE);
  const untracked = cliChecked(repo, '--pre-commit', 'legacy.py', 'untracked.py');
  assert.equal(untracked.status, 1, untracked.output);
  assert.match(untracked.stdout, /^untracked\.py:4:\d+ +HIGH/m);
});

test('--changed-lines finds the hunks of a path git quotes (spaces, unicode)', (t) => {
  const repo = makeRepo(t);
  const name = 'ünï code/a b.py';
  repo.write(name, `import subprocess\n\n\ndef run(name):\n    subprocess.call("ls " + name, shell=True)\n`);
  repo.git('add', '.');
  repo.git('commit', '-q', '-m', 'base');
  repo.write(name, `import subprocess\n\n\ndef run(name):\n    subprocess.call("ls " + name, shell=True)\n    subprocess.call("pwd " + name, shell=True)\n`);
  repo.git('add', '.');
  const report = JSON.parse(cliChecked(repo, '--no-new-only', '--changed-lines', '--fail-on', 'none', '--format', 'json').stdout);
  assert.deepEqual(report.findings.map((finding) => `${finding.path}:${finding.line}`), [`${name}:6`]);
});

test('--pre-commit under `pre-commit run --from-ref/--to-ref` (its pre-push stage) compares with the from side', (t) => {
  const repo = legacyRepo(t);
  const base = repo.git('rev-parse', 'HEAD').trim();
  repo.write('legacy.py', `${VULNERABLE}\nEXTRA = 1\n`);
  repo.write('added.py', VULNERABLE);
  repo.git('add', '.');
  repo.git('commit', '-q', '--no-verify', '-m', 'work');
  const env = { PRE_COMMIT_FROM_REF: base, PRE_COMMIT_TO_REF: 'HEAD' };
  const touchedOnly = cliChecked(repo, '--pre-commit', 'legacy.py', { env });
  assert.equal(touchedOnly.status, 0, touchedOnly.output);
  const both = cliChecked(repo, '--pre-commit', 'legacy.py', 'added.py', { env });
  assert.equal(both.status, 1, both.output);
  assert.match(both.stdout, /^added\.py:4:/m);
  // Without the refs the index equals HEAD: the named files are no part of a change (`pre-commit run --all-files`),
  // so they are reviewed in full and block, as --all would.
  const outside = cliChecked(repo, '--pre-commit', 'legacy.py', 'added.py');
  assert.equal(outside.status, 1, outside.output);
  assert.match(outside.stdout, /2 named files are not part of the change: reviewed in full/);
  assert.match(outside.stdout, /commit blocked: 2 blocking findings$/m);
});
