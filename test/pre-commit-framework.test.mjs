// The hook under the real pre-commit framework (Debian's pre-commit), as a `repo: local` hook running this build:
// `pre-commit run --all-files` and `--files` on files a commit does not touch review them in full and fail on their
// findings; the hint printed under the framework is a command that works in a plain shell (and the test runs it);
// a passing commit and a commit without Python files print nothing, until `--verbose` asks for the verdict line.
// (test/e2e-pre-commit.test.mjs installs the package the way `language: node` does; this file needs no install.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { makeRepo, run, CLI, CLEAN, VULNERABLE } from './helpers/git-repo.mjs';

const preCommit = run('sh', ['-c', 'command -v pre-commit']).stdout.trim();
const skip = !preCommit && 'pre-commit is not installed';
const HOOK_LINE = /review-security \(Python security review\)\.+(Passed|Failed|\(no files to check\)Skipped)/;

/** A repository with a committed vulnerable file and the hook configured; `args` go to the hook. */
function frameworkRepo(t, { args = [] } = {}) {
  const repo = makeRepo(t);
  const env = { ...repo.env, PRE_COMMIT_HOME: join(repo.base, 'pre-commit-home'), PRE_COMMIT_COLOR: 'never' };
  delete env.PRE_COMMIT;
  repo.env = env;
  writeConfig(repo, args);
  repo.write('legacy.py', VULNERABLE);
  repo.write('clean.py', CLEAN);
  repo.git('add', '.');
  repo.git('commit', '-q', '--no-verify', '-m', 'legacy code');
  return repo;
}

/** As .pre-commit-hooks.yaml declares the hook, with this build as the entry; `verbose: true` shows output on a pass. */
function writeConfig(repo, args) {
  repo.write('.pre-commit-config.yaml', [
    'repos:',
    '  - repo: local',
    '    hooks:',
    '      - id: review-security',
    '        name: review-security (Python security review)',
    `        entry: ${JSON.stringify(`${process.execPath} ${CLI} --pre-commit`)}`,
    '        language: system',
    '        types_or: [python, pyi]',
    '        require_serial: true',
    '        verbose: true',
    `        args: ${JSON.stringify(args)}`,
    '',
  ].join('\n'));
  repo.git('add', '.pre-commit-config.yaml');
}

function preCommitRun(repo, ...args) {
  return run(preCommit, ['run', ...args], { cwd: repo.dir, env: repo.env });
}

/** Our lines in pre-commit's output (it prints the hook's output under the hook's line). */
const ours = (output) => output.split('\n').filter((line) => /^review-security:|HIGH|details:|not part of the change/.test(line));

test('pre-commit run --all-files reviews files the change does not touch in full and fails on their findings', { skip }, (t) => {
  const repo = frameworkRepo(t);
  const result = preCommitRun(repo, '--all-files');
  assert.equal(result.status, 1, result.output);
  assert.match(result.output, /review-security \(Python security review\)\.+Failed/);
  assert.match(result.output, /^legacy\.py:\d+:\d+ +HIGH +subprocess-shell-true/m);
  assert.match(result.output, /2 named files are not part of the change: reviewed in full/);
  assert.match(result.output, /commit blocked: 1 blocking finding$/m);

  // --files on one untouched file: the same.
  const named = preCommitRun(repo, '--files', 'legacy.py');
  assert.equal(named.status, 1, named.output);
  assert.match(named.output, /^legacy\.py:\d+:\d+ +HIGH/m);
  const clean = preCommitRun(repo, '--files', 'clean.py');
  assert.equal(clean.status, 0, clean.output);
});

test('the hint under the framework names a command that works there, not `git review-security`', { skip }, (t) => {
  const repo = frameworkRepo(t);
  const result = preCommitRun(repo, '--all-files');
  const details = result.output.split('\n').find((line) => line.includes('details:'));
  assert.ok(details, result.output);
  assert.doesNotMatch(details, /git review-security/);
  assert.equal(details.trim(), `details:   node ${CLI} explain subprocess-shell-true`);
  // Run as printed, from a plain shell without PRE_COMMIT and outside the repository.
  const explained = run('sh', ['-c', details.trim().replace(/^details:\s+/, '')], { cwd: repo.base, env: repo.env });
  assert.equal(explained.status, 0, explained.output);
  assert.match(explained.stdout, /subprocess-shell-true/);
});

test('a commit through the framework is silent on a pass and without Python files; --verbose brings the line back', { skip }, (t) => {
  const repo = frameworkRepo(t);
  const installed = run(preCommit, ['install'], { cwd: repo.dir, env: repo.env });
  assert.equal(installed.status, 0, installed.output);

  // Only the staged file is named: the legacy findings elsewhere do not block an unrelated commit.
  repo.write('feature.py', CLEAN);
  repo.git('add', 'feature.py');
  const passed = repo.commit('feature');
  assert.equal(passed.status, 0, passed.output);
  assert.match(passed.output, /review-security \(Python security review\)\.+Passed/);
  assert.deepEqual(ours(passed.output), [], passed.output);

  repo.write('notes.txt', 'no python here\n');
  repo.git('add', 'notes.txt');
  const noPython = repo.commit('notes');
  assert.equal(noPython.status, 0, noPython.output);
  assert.deepEqual(ours(noPython.output), [], noPython.output);

  writeConfig(repo, ['--verbose']);
  repo.write('feature2.py', CLEAN);
  repo.git('add', 'feature2.py');
  const verbose = repo.commit('verbose');
  assert.equal(verbose.status, 0, verbose.output);
  assert.match(verbose.output, /^review-security: no security defects detected in 1 staged file/m);

  // A commit that adds a finding still fails, with the findings and the hint.
  writeConfig(repo, []);
  repo.write('new.py', VULNERABLE);
  repo.git('add', 'new.py');
  const blocked = repo.commit('vulnerable');
  assert.equal(blocked.status, 1, blocked.output);
  assert.match(blocked.output, HOOK_LINE);
  assert.match(blocked.output, /^new\.py:\d+:\d+ +HIGH/m);
  assert.doesNotMatch(blocked.output, /^legacy\.py/m);
});
