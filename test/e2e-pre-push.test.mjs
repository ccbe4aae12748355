// The pre-push hook (`install --hook pre-push`) with the real `git push` to a bare repository: each pushed range is
// reviewed as its net change with --new-only semantics. A blocked push changes no ref, index or worktree file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeRepo, run, CLI, GIT, CLEAN, VULNERABLE } from './helpers/git-repo.mjs';

/** A clone-like setup: `repo` with `origin` = a bare repository holding main (one clean file, one legacy finding). */
function pushRepo(t, { remoteHead = true } = {}) {
  const repo = makeRepo(t);
  const remote = join(repo.base, 'remote.git');
  run(GIT, ['init', '-q', '--bare', remote], { env: repo.env });
  repo.write('ok.py', CLEAN);
  repo.write('legacy.py', VULNERABLE);
  repo.git('add', '.');
  repo.git('commit', '-q', '-m', 'base');
  repo.git('remote', 'add', 'origin', remote);
  repo.git('push', '-q', 'origin', 'main');
  if (remoteHead) repo.git('remote', 'set-head', 'origin', 'main');
  const installed = repo.cli('install', '--hook', 'pre-push');
  assert.equal(installed.status, 0, installed.output);
  assert.match(installed.stdout, /installed the pre-push hook/);
  return { repo, remote };
}

function push(repo, ...args) {
  return repo.git('push', 'origin', ...args, { allowFailure: true });
}

function remoteHas(repo, remote, branch) {
  return run(GIT, ['--git-dir', remote, 'rev-parse', '-q', '--verify', `refs/heads/${branch}`], { env: repo.env }).stdout.trim();
}

function commitAll(repo, message) {
  repo.git('add', '-A');
  repo.git('commit', '-q', '--no-verify', '-m', message);
}

test('a new branch whose first commit adds a finding and second removes it passes (net change)', (t) => {
  const { repo, remote } = pushRepo(t);
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write('app.py', VULNERABLE);
  commitAll(repo, 'introduce');
  repo.write('app.py', CLEAN);
  commitAll(repo, 'fix');
  const result = push(repo, 'feature');
  assert.equal(result.status, 0, result.output);
  assert.doesNotMatch(result.output, /^review-security:/m, 'a passing hook is silent');
  assert.equal(remoteHas(repo, remote, 'feature'), repo.git('rev-parse', 'feature').trim());
});

test('a push whose last commit introduces a finding is blocked and changes nothing; an old finding alone does not block', (t) => {
  const { repo, remote } = pushRepo(t);
  repo.write('app.py', CLEAN);
  commitAll(repo, 'clean work');
  repo.write('app.py', VULNERABLE);
  commitAll(repo, 'introduce');
  repo.settleIndex();
  const before = repo.snapshot();
  const blocked = push(repo, 'main');
  assert.equal(blocked.status, 1, blocked.output);
  assert.match(blocked.output, /^app\.py:4:\d+ +HIGH +subprocess-shell-true/m);
  assert.match(blocked.output, /push blocked: 1 blocking finding introduced by this change/);
  assert.match(blocked.output, /git push --no-verify/);
  assert.deepEqual(repo.snapshot(), before);
  assert.notEqual(remoteHas(repo, remote, 'main'), repo.git('rev-parse', 'main').trim());

  // Replace the new finding with an edit of the legacy file only: the old finding is summarised, the push passes.
  repo.git('reset', '-q', '--hard', 'origin/main');
  repo.write('legacy.py', `${VULNERABLE}\n\nLIMIT = 10\n`);
  commitAll(repo, 'touch legacy');
  const passed = push(repo, 'main');
  assert.equal(passed.status, 0, passed.output);
  assert.match(passed.output, /1 existing finding in a touched file/);
  assert.equal(remoteHas(repo, remote, 'main'), repo.git('rev-parse', 'main').trim());
});

test('a new branch without refs/remotes/origin/HEAD is compared from where it left the remote-tracking branches', (t) => {
  const { repo, remote } = pushRepo(t, { remoteHead: false });
  repo.git('checkout', '-q', '-b', 'topic');
  repo.write('legacy.py', `${VULNERABLE}\n# reviewed\n`);
  commitAll(repo, 'touch legacy');
  const passed = push(repo, 'topic');
  assert.equal(passed.status, 0, passed.output);
  assert.equal(remoteHas(repo, remote, 'topic'), repo.git('rev-parse', 'topic').trim());
  repo.write('new.py', VULNERABLE);
  commitAll(repo, 'new finding');
  const blocked = push(repo, 'topic');
  assert.equal(blocked.status, 1, blocked.output);
  assert.match(blocked.output, /^new\.py:4:/m);
});

test('deleting a remote branch is not reviewed; a previous pre-push hook is chained and receives the refs on stdin', (t) => {
  const repo = makeRepo(t);
  const remote = join(repo.base, 'remote.git');
  run(GIT, ['init', '-q', '--bare', remote], { env: repo.env });
  repo.write('ok.py', CLEAN);
  commitAll(repo, 'base');
  repo.git('remote', 'add', 'origin', remote);
  const hooks = repo.path('.git', 'hooks');
  const seen = join(repo.base, 'previous-hook-saw');
  writeFileSync(join(hooks, 'pre-push'), `#!/bin/sh\necho "args: $1" > '${seen}'\ncat >> '${seen}'\n`);
  chmodSync(join(hooks, 'pre-push'), 0o755);
  const installed = repo.cli('install', '--hook', 'pre-push');
  assert.equal(installed.status, 0, installed.output);
  assert.match(installed.stdout, /the hook that was there runs first/);
  assert.ok(existsSync(join(hooks, 'pre-push.before-review-security')));

  repo.git('checkout', '-q', '-b', 'gone');
  repo.write('bad.py', VULNERABLE);
  commitAll(repo, 'bad');
  assert.equal(push(repo, '--no-verify', 'main', 'gone').status, 0);
  assert.ok(!existsSync(seen), 'with --no-verify no hook runs');

  const deleted = push(repo, ':gone');
  assert.equal(deleted.status, 0, deleted.output);
  assert.equal(remoteHas(repo, remote, 'gone'), '');
  const lines = readFileSync(seen, 'utf8').split('\n');
  assert.equal(lines[0], 'args: origin');
  assert.match(lines[1], /^\(delete\) 0{40} refs\/heads\/gone [0-9a-f]{40}$/);

  const removed = repo.cli('uninstall', '--hook', 'pre-push');
  assert.equal(removed.status, 0, removed.output);
  assert.match(readFileSync(join(hooks, 'pre-push'), 'utf8'), /previous-hook-saw/);
});

test('--pre-push by hand: bad stdin is a usage error', (t) => {
  const repo = makeRepo(t);
  repo.write('ok.py', CLEAN);
  commitAll(repo, 'base');
  const result = run(process.execPath, [CLI, '--pre-push', '--', 'origin', 'url'], { cwd: repo.dir, env: repo.env, input: 'not a ref line\n' });
  assert.equal(result.status, 2);
  assert.match(result.output, /--pre-push: expected '<local ref> <local sha> <remote ref> <remote sha>'/);
});

test('pushing two branches at once reviews each range; one new finding blocks the whole push', (t) => {
  const { repo, remote } = pushRepo(t);
  repo.git('checkout', '-q', '-b', 'one');
  repo.write('one.py', CLEAN);
  commitAll(repo, 'clean branch');
  repo.git('checkout', '-q', '-b', 'two', 'main');
  repo.write('two.py', VULNERABLE);
  commitAll(repo, 'vulnerable branch');
  const blocked = push(repo, 'one', 'two');
  assert.equal(blocked.status, 1, blocked.output);
  assert.match(blocked.output, /review-security: 2 Python files reviewed/);
  assert.match(blocked.output, /^two\.py:4:/m);
  assert.equal(remoteHas(repo, remote, 'one'), '');
});
