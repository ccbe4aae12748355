// Git modes select the right Python files and read them from the right place (index, range end), never the worktree.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { makeRepo, run, CLI, CLEAN, DIST, VULNERABLE } from './helpers/git-repo.mjs';

/** Reviews with JSON output and no cache; returns { status, report, stderr }. */
function review(repo, args = [], options = {}) {
  const result = repo.cli('--format', 'json', '--no-cache', ...args, options);
  let report;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    report = undefined;
  }
  return { status: result.status, report, stderr: result.stderr };
}

const flaggedPaths = (report) => [...new Set(report.findings.map((finding) => finding.path))].sort();

test('staged mode reads index blobs, not the worktree (partial staging both ways)', (t) => {
  const repo = makeRepo(t);
  repo.write('clean.py', CLEAN);
  repo.write('dirty.py', VULNERABLE);
  repo.git('add', '.');
  repo.write('clean.py', VULNERABLE); // worktree now vulnerable, index clean
  repo.write('dirty.py', CLEAN); // worktree now clean, index vulnerable
  const before = repo.snapshot();
  const { status, report } = review(repo);
  assert.equal(status, 1);
  assert.equal(report.mode, 'staged');
  assert.equal(report.files.scanned, 2);
  assert.deepEqual(flaggedPaths(report), ['dirty.py']);
  assert.deepEqual(repo.snapshot(), before);
});

test('staged mode: initial commit, deletions, symlinks, submodules and non-Python files are handled', (t) => {
  const repo = makeRepo(t);
  repo.write('old.py', VULNERABLE);
  repo.git('add', '.');
  repo.git('commit', '-qm', 'base', '--no-verify');
  repo.git('rm', '-q', 'old.py'); // deletion: nothing to review
  repo.symlink('target.py', 'link.py'); // symlink named .py: reviewed as its target's blob (issue 17)
  repo.write('target.py', CLEAN);
  repo.write('notes.txt', 'eval(input())\n');
  const sub = makeRepo(t);
  sub.write('s.py', VULNERABLE);
  sub.git('add', '.');
  sub.git('commit', '-qm', 'sub');
  repo.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub.dir, 'vendored.py');
  repo.git('add', '.');
  const { status, report } = review(repo);
  assert.equal(status, 0, JSON.stringify(report));
  assert.deepEqual(report.findings, []);
  assert.equal(report.files.scanned, 2); // target.py, and link.py holding target.py's content
});

test('staged mode before the first commit reviews everything staged', (t) => {
  const repo = makeRepo(t);
  repo.write('app.py', VULNERABLE);
  repo.git('add', 'app.py');
  const { status, report } = review(repo);
  assert.equal(status, 1);
  assert.deepEqual(flaggedPaths(report), ['app.py']);
});

test('odd file names (spaces, newline, unicode) and shebang files without extension are reviewed under their real names', (t) => {
  const repo = makeRepo(t);
  repo.write('dir with space/ünïcode file.py', VULNERABLE);
  repo.write('line\nbreak.py', VULNERABLE);
  repo.write('bin/tool', `#!/usr/bin/env python3\n${VULNERABLE}`, { mode: 0o755 });
  repo.write('bin/script.sh', `#!/bin/sh\necho hi\n`, { mode: 0o755 });
  repo.write('bin/README', 'eval(input())\n');
  repo.git('add', '.');
  const { status, report } = review(repo);
  assert.equal(status, 1);
  assert.deepEqual(flaggedPaths(report), ['bin/tool', 'dir with space/ünïcode file.py', 'line\nbreak.py']);
  assert.equal(report.files.scanned, 3);
});

test('renamed file is reviewed under its new name; paths are repo-relative from a subdirectory', (t) => {
  const repo = makeRepo(t);
  repo.write('pkg/old.py', VULNERABLE);
  repo.git('add', '.');
  repo.git('commit', '-qm', 'base');
  repo.git('mv', 'pkg/old.py', 'pkg/new.py');
  // --no-new-only: by default a pure rename introduces nothing (test/new-only.test.mjs).
  const { status, report } = review(repo, ['--no-new-only'], { cwd: repo.path('pkg') });
  assert.equal(status, 1);
  assert.deepEqual(flaggedPaths(report), ['pkg/new.py']);
});

test('GIT_INDEX_FILE given relative to the hook directory is honoured', (t) => {
  const repo = makeRepo(t);
  repo.write('a.py', CLEAN);
  repo.git('add', '.');
  repo.git('commit', '-qm', 'base');
  repo.write('a.py', VULNERABLE);
  // Build another index holding the vulnerable blob, as `git commit -a` does, and point at it relatively.
  repo.git('add', 'a.py', { env: { GIT_INDEX_FILE: '.git/other-index' } });
  assert.equal(review(repo).report.files.scanned, 0); // the real index has nothing staged
  const { status, report } = review(repo, [], { env: { GIT_INDEX_FILE: '.git/other-index' } });
  assert.equal(status, 1);
  assert.deepEqual(flaggedPaths(report), ['a.py']);
});

test('--all reviews every tracked Python file from the index', (t) => {
  const repo = makeRepo(t);
  repo.write('a.py', CLEAN);
  repo.write('deep/b.py', VULNERABLE);
  repo.write('untracked.py', VULNERABLE);
  repo.git('add', 'a.py', 'deep/b.py');
  repo.git('commit', '-qm', 'base');
  mkdirSync(repo.path('deep', 'x'), { recursive: true });
  const { status, report } = review(repo, ['--all'], { cwd: repo.path('deep', 'x') });
  assert.equal(status, 1);
  assert.equal(report.mode, 'all');
  assert.equal(report.files.scanned, 2);
  assert.deepEqual(flaggedPaths(report), ['deep/b.py']);
});

test('--rev A..B, --rev B and A...B read the changed files at B', (t) => {
  const repo = makeRepo(t);
  repo.write('base.py', CLEAN);
  repo.git('add', '.');
  repo.git('commit', '-qm', 'one');
  repo.git('branch', 'start');
  repo.write('bad.py', VULNERABLE);
  repo.git('add', '.');
  repo.git('commit', '-qm', 'two');
  repo.write('bad.py', CLEAN); // worktree fixed, B still has the vulnerable blob
  let result = review(repo, ['--rev', 'start..HEAD']);
  assert.equal(result.status, 1);
  assert.deepEqual(flaggedPaths(result.report), ['bad.py']);
  assert.equal(result.report.files.scanned, 1);
  result = review(repo, ['--rev', 'HEAD']);
  assert.deepEqual(flaggedPaths(result.report), ['bad.py']);
  result = review(repo, ['--rev', 'HEAD~1']); // root commit: vs the empty tree
  assert.equal(result.status, 0);
  assert.equal(result.report.files.scanned, 1);
  repo.git('checkout', '-q', '--', 'bad.py');
  repo.git('checkout', '-q', '-b', 'side', 'start');
  repo.write('side.py', CLEAN);
  repo.git('add', 'side.py');
  repo.git('commit', '-qm', 'side');
  result = review(repo, ['--rev', 'main...side']); // only side's own change
  assert.equal(result.status, 0);
  assert.equal(result.report.files.scanned, 1);
  result = review(repo, ['--rev', 'nope..HEAD']);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /unknown revision 'nope'/);
});

test('--pre-commit reviews the staged blobs of the named files', (t) => {
  const repo = makeRepo(t);
  repo.write('a.py', VULNERABLE);
  repo.write('b.py', CLEAN);
  repo.git('add', '.');
  repo.write('a.py', CLEAN); // index still vulnerable
  let result = review(repo, ['--pre-commit', 'a.py', 'b.py']);
  assert.equal(result.status, 1);
  assert.equal(result.report.mode, 'pre-commit');
  assert.equal(result.report.files.scanned, 2);
  assert.deepEqual(flaggedPaths(result.report), ['a.py']);
  result = review(repo, ['--pre-commit', 'b.py']);
  assert.equal(result.status, 0);
  assert.equal(result.report.files.scanned, 1);
});

test('outside a repository a git mode is one clear line and exit 2', (t) => {
  const repo = makeRepo(t);
  const outside = join(repo.base, 'plain');
  mkdirSync(outside);
  const result = run(process.execPath, [CLI], { cwd: outside, env: { ...repo.env, GIT_CEILING_DIRECTORIES: repo.base } });
  assert.equal(result.status, 2);
  assert.equal(result.stderr, 'git-review-security: not a git repository: give PATH... to review files\n');
  for (const args of [['--all'], ['--rev', 'HEAD'], ['install'], ['uninstall'], ['cache', 'clear']]) {
    const other = run(process.execPath, [CLI, ...args], { cwd: outside, env: { ...repo.env, GIT_CEILING_DIRECTORIES: repo.base } });
    assert.equal(other.status, 2, args.join(' '));
    assert.match(other.stderr, /^git-review-security: not a git repository[^\n]*\n$/, args.join(' '));
  }
});

test('a blob git cannot read is reported against its file and fails the review (exit 2), never a silent pass', (t) => {
  const repo = makeRepo(t);
  repo.write('a.py', CLEAN);
  repo.git('add', '.');
  const blob = repo.git('rev-parse', ':a.py').trim();
  rmSync(repo.path('.git', 'objects', blob.slice(0, 2), blob.slice(2)), { force: true });
  const broken = repo.cli('--no-cache');
  assert.equal(broken.status, 2);
  assert.match(broken.stdout, new RegExp(`^a\\.py  ERROR   cannot read: object ${blob} is missing from the repository$`, 'm'));
  assert.match(broken.stdout, /commit blocked: 1 file could not be reviewed/);
});

test('a failing git command is one clear line and exit 2', (t) => {
  const repo = makeRepo(t);
  repo.write('a.py', CLEAN);
  repo.git('add', '.');
  // A corrupt index: git refuses to read it.
  repo.write('.git/index', 'DIRC garbage');
  const result = repo.cli('--no-cache');
  assert.equal(result.status, 2);
  assert.equal(result.stdout, '');
  assert.match(result.stderr, /^git-review-security: git diff failed: .+\n$/);
  assert.equal(result.stderr.split('\n').length, 2);
});

test('a staged review runs git five times: one diff (for the selection and --new-only), rev-parse, one ls-files, cat-file for sizes and contents', (t) => {
  const repo = makeRepo(t);
  repo.write('a.py', CLEAN);
  repo.git('add', 'a.py');
  repo.git('commit', '-q', '-m', 'one');
  repo.write('a.py', VULNERABLE);
  repo.write('b.py', CLEAN);
  repo.git('add', 'a.py', 'b.py');
  const trace = join(repo.base, 'git-trace.txt');
  const { status, report } = review(repo, [], { env: { GIT_TRACE: trace } });
  assert.equal(status, 1);
  assert.deepEqual(flaggedPaths(report), ['a.py']);
  const commands = readFileSync(trace, 'utf8').split('\n').map((line) => /trace: built-in: git (\S+)/.exec(line)?.[1]).filter(Boolean);
  // cat-file twice: --batch-check first, so an oversized blob is never read into memory (issue 17).
  assert.deepEqual([...commands].sort(), ['cat-file', 'cat-file', 'diff', 'ls-files', 'rev-parse']);
});

test('blobs read in one cat-file batch each own their memory, so a worker hand-off copies one file, not the batch', async (t) => {
  const { BlobStore } = await import(join(DIST, 'git', 'blobs.js'));
  const { gitContext } = await import(join(DIST, 'git', 'command.js'));
  const repo = makeRepo(t);
  const contents = ['x = 1\n', 'import os\n'.repeat(2000), 'y = 2\n'];
  contents.forEach((text, index) => repo.write(`m${index}.py`, text));
  repo.git('add', '.');
  const ids = contents.map((_, index) => repo.git('rev-parse', `:m${index}.py`).trim());
  const store = new BlobStore(gitContext(repo.dir, repo.env));
  for (const id of ids) store.want(id);
  const blobs = ids.map((id) => store.read(id)); // the first read fetches all three in one batch
  assert.deepEqual(blobs.map((bytes) => bytes.toString('utf8')), contents);
  for (const bytes of blobs) {
    assert.equal(bytes.byteOffset, 0);
    assert.equal(bytes.buffer.byteLength, bytes.length, 'not a view into the batch output or a shared pool');
  }
});
