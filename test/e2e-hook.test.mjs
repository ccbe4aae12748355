// The installed pre-commit hook with the real `git commit`: what gets blocked, what passes, and that the index,
// worktree and refs are never changed by the review.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { makeRepo, run, CLI, CLEAN, VULNERABLE } from './helpers/git-repo.mjs';

/** A repo with the hook installed by `git review-security install` (which records this checkout's dist/cli.cjs). */
function hookedRepo(t) {
  const repo = makeRepo(t);
  const installed = repo.cli('install');
  assert.equal(installed.status, 0, installed.stderr);
  return repo;
}

const ours = (output) => output.split('\n').filter((line) => /review-security|HIGH|MEDIUM|LOW|commit blocked|no security defects/.test(line));

function assertBlocked(repo, result, file) {
  assert.equal(result.status, 1, result.output);
  assert.match(result.output, /review-security: \d+ staged Python files? reviewed/);
  assert.match(result.output, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+ +HIGH +subprocess-shell-true`, 'm'));
  assert.match(result.output, /commit blocked: 1 blocking finding/);
  assert.match(result.output, /git commit --no-verify/);
}

/** A passing hook is silent (the shim runs `--hook pre-commit`); `verbose` in the config brings the verdict line back. */
function assertPassed(result) {
  assert.equal(result.status, 0, result.output);
  assert.deepEqual(ours(result.output), [], `a passing hook prints nothing:\n${result.output}`);
}

test('clean commit passes quietly; vulnerable staged file blocks, names the file, and leaves index, worktree and refs as they were', (t) => {
  const repo = hookedRepo(t);
  repo.write('ok.py', CLEAN);
  repo.git('add', 'ok.py');
  assertPassed(repo.commit('clean')); // initial commit, no HEAD yet
  repo.write('app/views.py', VULNERABLE);
  repo.git('add', '.');
  repo.settleIndex();
  const before = repo.snapshot();
  assertBlocked(repo, repo.commit('vulnerable'), 'app/views.py');
  assert.deepEqual(repo.snapshot(), before);
  assert.equal(repo.git('rev-list', '--count', 'HEAD').trim(), '1');
  // Nothing left behind but the cache under the common dir.
  assert.deepEqual(repo.git('status', '--porcelain', '--ignored').trim(), 'A  app/views.py');
});

test('initial commit of a vulnerable file is blocked', (t) => {
  const repo = hookedRepo(t);
  repo.write('first.py', VULNERABLE);
  repo.git('add', '.');
  assertBlocked(repo, repo.commit('first'), 'first.py');
  assert.equal(repo.git('rev-parse', '-q', '--verify', 'HEAD', { allowFailure: true }).status, 1);
});

test('partial staging: clean index + vulnerable worktree passes; vulnerable index + clean worktree blocks', (t) => {
  const repo = hookedRepo(t);
  repo.write('a.py', CLEAN);
  repo.git('add', 'a.py');
  repo.write('a.py', VULNERABLE);
  assertPassed(repo.commit('index is clean'));
  assert.equal(repo.git('show', 'HEAD:a.py'), CLEAN);
  repo.git('add', 'a.py');
  repo.write('a.py', CLEAN);
  repo.settleIndex();
  const before = repo.snapshot();
  assertBlocked(repo, repo.commit('index is vulnerable'), 'a.py');
  assert.deepEqual(repo.snapshot(), before);
  assert.equal(repo.read('a.py'), CLEAN);
});

test('commit -a reviews the modified tracked files (GIT_INDEX_FILE=index.lock)', (t) => {
  const repo = hookedRepo(t);
  repo.write('a.py', CLEAN);
  repo.git('add', '.');
  assertPassed(repo.commit('base'));
  repo.write('a.py', VULNERABLE);
  repo.settleIndex();
  const before = repo.snapshot();
  assertBlocked(repo, repo.commit('all', '-a'), 'a.py');
  assert.deepEqual(repo.snapshot(), before);
});

test('commit <path> reviews that path only, not other staged files', (t) => {
  const repo = hookedRepo(t);
  repo.write('a.py', CLEAN);
  repo.write('b.py', CLEAN);
  repo.git('add', '.');
  assertPassed(repo.commit('base'));
  repo.write('b.py', VULNERABLE);
  repo.git('add', 'b.py'); // staged, but not part of `git commit a.py`
  repo.write('a.py', `${CLEAN}\nX = 1\n`);
  assertPassed(repo.commit('only a', 'a.py'));
  repo.write('a.py', VULNERABLE);
  assertBlocked(repo, repo.commit('only a again', 'a.py'), 'a.py');
  assert.equal(repo.git('diff', '--cached', '--name-only').trim(), 'b.py');
});

test('--amend reviews what the amended commit changes', (t) => {
  const repo = hookedRepo(t);
  repo.write('a.py', CLEAN);
  repo.git('add', '.');
  assertPassed(repo.commit('base'));
  repo.write('b.py', VULNERABLE);
  repo.git('add', 'b.py');
  const head = repo.git('rev-parse', 'HEAD');
  assertBlocked(repo, repo.commit('amended', '--amend'), 'b.py');
  assert.equal(repo.git('rev-parse', 'HEAD'), head);
});

test('rename of a vulnerable file blocks under the new name; deleting it, symlinks and submodules pass', (t) => {
  const repo = hookedRepo(t);
  repo.write('old.py', VULNERABLE);
  repo.git('add', '.');
  assert.equal(repo.commit('base', '--no-verify').status, 0);
  repo.git('mv', 'old.py', 'new name ü.py');
  // A pure rename introduces nothing (--new-only, test/new-only.test.mjs); a second sink under the new name does.
  repo.write('new name ü.py', `${VULNERABLE}    subprocess.call("rm " + input(name), shell=True)\n`);
  repo.git('add', 'new name ü.py');
  assertBlocked(repo, repo.commit('rename'), 'new name ü.py');
  repo.git('rm', '-q', '--cached', 'new name ü.py');
  repo.symlink('old.py', 'link.py');
  const sub = makeRepo(t);
  sub.write('s.py', VULNERABLE);
  sub.git('add', '.');
  sub.git('commit', '-qm', 'sub');
  repo.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub.dir, 'sub');
  repo.git('add', 'link.py');
  const result = repo.commit('delete, link, submodule');
  assertPassed(result);
  assert.equal(repo.git('show', '--name-status', '--format=', 'HEAD').trim().split('\n').sort().join(','), 'A\t.gitmodules,A\tlink.py,A\tsub,D\told.py');
});

test('shebang file without extension and file names with spaces/unicode are reviewed', (t) => {
  const repo = hookedRepo(t);
  repo.write('bin/deploy', `#!/usr/bin/env python3\n${VULNERABLE}`, { mode: 0o755 });
  repo.git('add', '.');
  assertBlocked(repo, repo.commit('script'), 'bin/deploy');
  repo.git('rm', '-q', '--cached', 'bin/deploy');
  repo.write('dossier à part/ça.py', VULNERABLE);
  repo.git('add', 'dossier à part');
  assertBlocked(repo, repo.commit('unicode'), 'dossier à part/ça.py');
});

test('linked worktree: the hook from the common dir runs and reads the worktree index; the cache is shared', (t) => {
  const repo = hookedRepo(t);
  repo.write('a.py', CLEAN);
  repo.git('add', '.');
  assertPassed(repo.commit('base'));
  const worktree = join(repo.base, 'wt');
  repo.git('worktree', 'add', '-q', worktree);
  const inWorktree = { cwd: worktree };
  repo.write('../wt/w.py', VULNERABLE);
  repo.git('add', 'w.py', inWorktree);
  const result = repo.git('commit', '-m', 'wt', { ...inWorktree, allowFailure: true });
  assertBlocked(repo, { ...result, output: result.stdout + result.stderr }, 'w.py');
  assert.ok(existsSync(repo.path('.git', 'review-security', 'v1')), 'cache lives in the common dir');
  // The main worktree's index is untouched.
  assert.equal(repo.git('status', '--porcelain').trim(), '');
});

test('core.hooksPath: install writes the hook where git looks, and it runs', (t) => {
  const repo = makeRepo(t);
  repo.git('config', 'core.hooksPath', '.githooks');
  const installed = repo.cli('install', { cwd: repo.dir });
  assert.equal(installed.status, 0, installed.stderr);
  assert.ok(statSync(repo.path('.githooks', 'pre-commit')).mode & 0o100);
  assert.ok(!existsSync(repo.path('.git', 'hooks', 'pre-commit')));
  repo.write('a.py', VULNERABLE);
  repo.git('add', 'a.py');
  assertBlocked(repo, repo.commit('x'), 'a.py');
});

test('an existing hook is chained (runs first, its failure stops the commit) and restored by uninstall', (t) => {
  const repo = makeRepo(t);
  const original = '#!/bin/sh\necho "previous hook ran"\n[ -f STOP ] && { echo "previous hook says no"; exit 3; }\nexit 0\n';
  repo.write('.git/hooks/pre-commit', original, { mode: 0o755 });
  const installed = repo.cli('install');
  assert.equal(installed.status, 0, installed.stderr);
  assert.match(installed.stdout, /runs first/);
  repo.write('a.py', VULNERABLE);
  repo.git('add', 'a.py');
  let result = repo.commit('x');
  assert.match(result.output, /previous hook ran/);
  assertBlocked(repo, result, 'a.py');
  repo.write('STOP', '');
  repo.write('a.py', CLEAN);
  repo.git('add', 'a.py');
  result = repo.commit('x');
  assert.equal(result.status, 1);
  assert.match(result.output, /previous hook says no/);
  assert.doesNotMatch(result.output, /review-security/);
  const direct = run(repo.path('.git', 'hooks', 'pre-commit'), [], { cwd: repo.dir, env: repo.env });
  assert.equal(direct.status, 3); // the shim exits with the previous hook's own code
  assert.equal(repo.cli('install').status, 0); // re-install updates in place, keeps the chain
  const uninstalled = repo.cli('uninstall');
  assert.equal(uninstalled.status, 0, uninstalled.stderr);
  assert.equal(repo.read('.git/hooks/pre-commit'), original);
  assert.ok(!existsSync(repo.path('.git/hooks/pre-commit.before-review-security')));
});

test('install --force keeps the old hook as a backup (not run); uninstall restores it; a foreign hook is never removed', (t) => {
  const repo = makeRepo(t);
  const original = '#!/bin/sh\necho "old hook"\nexit 0\n';
  repo.write('.git/hooks/pre-commit', original, { mode: 0o755 });
  assert.equal(repo.cli('install', '--force').status, 0);
  assert.equal(repo.read('.git/hooks/pre-commit.review-security-backup'), original);
  repo.write('a.py', CLEAN);
  repo.git('add', 'a.py');
  const result = repo.commit('x');
  assertPassed(result);
  assert.doesNotMatch(result.output, /old hook/);
  assert.equal(repo.cli('uninstall').status, 0);
  assert.equal(repo.read('.git/hooks/pre-commit'), original);
  const refused = repo.cli('uninstall');
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /was not written by git-review-security: left alone/);
  assert.equal(repo.read('.git/hooks/pre-commit'), original);
});

test('the hook answers a second review of the same blob from the cache', (t) => {
  const repo = hookedRepo(t);
  repo.write('a.py', VULNERABLE);
  repo.git('add', 'a.py');
  assertBlocked(repo, repo.commit('x'), 'a.py');
  const second = repo.commit('x');
  assert.match(second.output, /review-security: 1 staged Python file reviewed \(1 from cache\)/);
  const json = JSON.parse(repo.cli('--format', 'json').stdout);
  assert.deepEqual(json.files, { scanned: 1, cached: 1, errors: 0 });
  const hook = readFileSync(repo.path('.git', 'hooks', 'pre-commit'), 'utf8');
  assert.match(hook, /--staged --hook pre-commit$/m);
});

test('a passing hook is silent, also without Python files; config verbose = true (or --verbose) prints the verdict line', (t) => {
  const repo = hookedRepo(t);
  repo.write('README.txt', 'notes\n');
  repo.git('add', '.');
  assertPassed(repo.commit('no python'));
  repo.write('ok.py', CLEAN);
  repo.git('add', '.');
  assertPassed(repo.commit('clean'));
  repo.write('.review-securityrc.json', '{"verbose": true}\n');
  repo.write('ok2.py', CLEAN);
  repo.git('add', '.');
  const verbose = repo.commit('verbose');
  assert.equal(verbose.status, 0, verbose.output);
  assert.match(verbose.output, /^review-security: no security defects detected in 1 staged file/m);
  // By hand (not a hook), the verdict line is always printed.
  repo.write('ok3.py', CLEAN);
  repo.git('add', 'ok3.py');
  assert.match(repo.cli('--no-config').stdout, /^review-security: no security defects detected in 1 staged file/m);
  assert.equal(repo.cli('--no-config', '--hook', 'pre-commit').stdout, '');
  assert.match(repo.cli('--no-config', '--hook', 'pre-commit', '--verbose').stdout, /no security defects detected/);
  assert.equal(repo.cli('--quiet', '--verbose').status, 2);
});

test('the hook finds node and the CLI without PATH (GUI clients), falls back to PATH, and fails closed when neither works', (t) => {
  const repo = hookedRepo(t);
  repo.write('a.py', VULNERABLE);
  repo.git('add', 'a.py');
  // Only git's exec path (which git prepends for hooks): no node, no dirname, no git-review-security on PATH.
  assertBlocked(repo, repo.commit('bare PATH', { env: { PATH: '/nonexistent' } }), 'a.py');
  const hookFile = repo.path('.git', 'hooks', 'pre-commit');
  const recorded = readFileSync(hookFile, 'utf8');
  assert.match(recorded, new RegExp(`^REVIEW_SECURITY_NODE='${process.execPath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}'$`, 'm'));
  // The recorded CLI moved away (e.g. an upgrade): git-review-security on PATH is used.
  repo.write('.git/hooks/pre-commit', recorded.replace(/^REVIEW_SECURITY_CLI=.*$/m, "REVIEW_SECURITY_CLI='/moved/away/cli.js'"), { mode: 0o755 });
  const bin = join(repo.base, 'bin');
  repo.write('../bin/git-review-security', `#!/bin/sh\nexec '${process.execPath}' '${CLI}' "$@"\n`, { mode: 0o755 });
  assertBlocked(repo, repo.commit('via PATH', { env: { PATH: `${bin}:${process.env.PATH}` } }), 'a.py');
  const missing = repo.commit('nowhere', { env: { PATH: '/nonexistent' } });
  assert.equal(missing.status, 1);
  assert.match(missing.output, /review-security: git-review-security not found .*--no-verify/);
});

test('a hook installed by an earlier version, which recorded dist/cli.js, still reviews', (t) => {
  const repo = hookedRepo(t);
  repo.write('a.py', VULNERABLE);
  repo.git('add', 'a.py');
  const hookFile = repo.path('.git', 'hooks', 'pre-commit');
  const recorded = readFileSync(hookFile, 'utf8');
  assert.match(recorded, /^REVIEW_SECURITY_CLI='.*\/dist\/cli\.cjs'$/m);
  repo.write('.git/hooks/pre-commit', recorded.replace(/^(REVIEW_SECURITY_CLI='.*\/dist\/)cli\.cjs'$/m, "$1cli.js'"), { mode: 0o755 });
  assertBlocked(repo, repo.commit('old hook', { env: { PATH: '/nonexistent' } }), 'a.py');
});
