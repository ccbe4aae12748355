// Hooks (issue 17): a user's edit to the installed hook is never lost. Re-install keeps the edited hook as a backup
// and says so; uninstall removes only an unmodified hook of ours (restoring what was there before), and leaves an
// edited one alone with one line and exit 2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, existsSync } from 'node:fs';
import { makeRepo } from './helpers/git-repo.mjs';

const HOOK = '.git/hooks/pre-commit';

test('re-install over an edited hook keeps the edit as a backup, with a notice', (t) => {
  const repo = makeRepo(t);
  assert.equal(repo.cli('install').status, 0);
  appendFileSync(repo.path(HOOK), '# my team\'s addition\necho checked >&2\n');
  const edited = repo.read(HOOK);
  const again = repo.cli('install');
  assert.equal(again.status, 0, again.output);
  assert.match(again.stdout, /the installed hook had been edited: your version is kept as .*pre-commit\.review-security-edited/);
  assert.equal(repo.read(`${HOOK}.review-security-edited`), edited);
  assert.doesNotMatch(repo.read(HOOK), /my team's addition/, 'a fresh hook of ours is installed');
  // An unmodified hook is simply updated, with no backup.
  const third = repo.cli('install');
  assert.match(third.stdout, /^updated the pre-commit hook/);
  assert.ok(!existsSync(repo.path(`${HOOK}.review-security-edited.1`)));
});

test('uninstall leaves an edited hook alone (one line, exit 2); an unmodified one is removed and the old hook restored', (t) => {
  const repo = makeRepo(t);
  repo.write(HOOK, '#!/bin/sh\necho previous hook\n', { mode: 0o755 });
  assert.equal(repo.cli('install').status, 0);
  appendFileSync(repo.path(HOOK), 'echo my edit\n');
  const refused = repo.cli('uninstall');
  assert.equal(refused.status, 2, refused.output);
  assert.equal(refused.stderr.trim().split('\n').length, 1, refused.stderr);
  assert.match(refused.stderr, /was edited since install: left alone/);
  assert.match(repo.read(HOOK), /echo my edit/);
  // Re-install (edit kept aside), then uninstall: the hook from before install comes back.
  assert.equal(repo.cli('install').status, 0);
  const removed = repo.cli('uninstall');
  assert.equal(removed.status, 0, removed.output);
  assert.equal(repo.read(HOOK), '#!/bin/sh\necho previous hook\n');
  assert.match(repo.read(`${HOOK}.review-security-edited`), /echo my edit/);
});

test('a hook installed before shims carried a digest counts as unmodified when it is the template as written', (t) => {
  const repo = makeRepo(t);
  assert.equal(repo.cli('install').status, 0);
  const legacy = repo.read(HOOK).replace(/# shim digest: [0-9a-f]{64}\n$/, '');
  assert.notEqual(legacy, repo.read(HOOK));
  repo.write(HOOK, legacy, { mode: 0o755 });
  const updated = repo.cli('install');
  assert.match(updated.stdout, /^updated the pre-commit hook/, updated.output);
  repo.write(HOOK, `${legacy}echo edited\n`, { mode: 0o755 });
  const refused = repo.cli('uninstall');
  assert.equal(refused.status, 2, refused.output);
  assert.match(refused.stderr, /was edited since install/);
});
