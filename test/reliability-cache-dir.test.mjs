// The cache only ever touches its own files (issue 17), end to end through the built CLI: a committed data-only
// config that names a folder of the work tree, a virtual filesystem, a git-ignored folder. Every case checks that the
// user's files, the index and the refs are as they were.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeRepo, CLI } from './helpers/git-repo.mjs';

const oneLine = (text) => text.trim().split('\n').length === 1 && !/\n\s+at /.test(text);

function repoWithApiFolder(t) {
  const repo = makeRepo(t);
  repo.write('app.py', 'import os\n\ndef run():\n    c = input()\n    os.system(c)\n');
  repo.write('.review-securityrc.json', '{"cache": {"dir": "api"}}\n');
  repo.git('add', '.');
  repo.git('commit', '-qm', 'config with a cache dir in the work tree', '--no-verify');
  // Uncommitted work in folders named like the cache's layout.
  repo.write('api/v1/routes.py', 'ROUTES = []\n');
  repo.write('api/v2/routes.py', 'ROUTES = ["new"]\n');
  repo.write('app.py', 'import os\n\ndef run():\n    c = input()\n    os.system(c)  # changed\n');
  repo.git('add', 'app.py');
  repo.settleIndex();
  return repo;
}

test('a committed config naming a work-tree folder as the cache: refused in one line, nothing written or deleted', (t) => {
  const repo = repoWithApiFolder(t);
  const before = repo.snapshot();
  for (const args of [[], ['--no-config-js'], ['--all'], ['cache', 'clear'], ['cache', 'info']]) {
    const result = repo.cli(...args);
    assert.equal(result.status, 2, `${args.join(' ')}: ${result.output}`);
    assert.ok(oneLine(result.stderr), result.stderr);
    assert.match(result.stderr, /cache dir .*api: holds files that are not a review-security cache/);
  }
  assert.deepEqual(readdirSync(repo.path('api')).sort(), ['v1', 'v2']);
  assert.equal(repo.read('api/v1/routes.py'), 'ROUTES = []\n');
  assert.equal(repo.read('api/v2/routes.py'), 'ROUTES = ["new"]\n');
  assert.deepEqual(repo.snapshot(), before);
});

test('an empty work-tree folder as the cache: refused unless git ignores it; an ignored one is signed and used', (t) => {
  const repo = makeRepo(t);
  repo.write('app.py', 'import os\n\ndef run():\n    c = input()\n    os.system(c)\n');
  repo.git('add', 'app.py');
  const refused = repo.cli('--cache-dir', 'cache');
  assert.equal(refused.status, 2, refused.output);
  assert.match(refused.stderr, /cache dir cache: inside the work tree and not ignored by git/);
  assert.ok(!existsSync(repo.path('cache')), 'nothing created');
  repo.write('.gitignore', 'cache/\n');
  const used = repo.cli('--cache-dir', 'cache');
  assert.equal(used.status, 1, used.output);
  assert.match(readFileSync(repo.path('cache', 'CACHEDIR.TAG'), 'utf8'), /^Signature: 8a477f597d28d172789f06886806bc55/);
  const cleared = repo.cli('--cache-dir', 'cache', 'cache', 'clear');
  assert.equal(cleared.status, 0, cleared.output);
  assert.match(cleared.stdout, /\(1 entry,/);
});

test('a folder holding tracked files is refused even when ignored and empty on disk', (t) => {
  const repo = makeRepo(t);
  repo.write('lib/keep.py', 'x = 1\n');
  repo.git('add', '.');
  rmSync(repo.path('lib', 'keep.py')); // deleted from the worktree, still in the index: a checkout brings it back
  repo.write('.gitignore', 'lib/\n');
  repo.write('app.py', 'x = 2\n');
  repo.git('add', 'app.py', '.gitignore');
  const result = repo.cli('--cache-dir', 'lib');
  assert.equal(result.status, 2, result.output);
  assert.match(result.stderr, /cache dir lib: holds files tracked by git/);
});

test('a cache dir on /proc (config, --cache-dir) is refused in one line, never created', (t) => {
  const repo = makeRepo(t);
  repo.write('app.py', 'x = 1\n');
  repo.git('add', 'app.py');
  const flag = repo.cli('--cache-dir', '/proc/self/review-cache');
  assert.equal(flag.status, 2, flag.output);
  assert.ok(oneLine(flag.stderr), flag.stderr);
  assert.match(flag.stderr, /on \/proc, which holds no real files/);
  repo.write('.review-securityrc.json', '{"cache": {"dir": "/sys/kernel/review-cache"}}\n');
  const configured = repo.cli();
  assert.equal(configured.status, 2, configured.output);
  assert.match(configured.stderr, /on \/sys, which holds no real files/);
  assert.equal(repo.cli('--no-cache').status, 0, 'a review without the cache still runs');
  assert.ok(!existsSync(join('/sys/kernel/review-cache')));
});

test('cache clear where entries cannot be deleted (read-only, not ours to write) is one line naming the cause, exit 2', (t) => {
  // As root nothing is read-only to us: the clear runs as nobody (65534) on a cache root wrote.
  const asRoot = process.getuid?.() === 0;
  const base = mkdtempSync(join(tmpdir(), 'review-security-readonly-'));
  t.after(() => {
    try { chmodSync(join(base, 'cache', 'v1'), 0o755); } catch { /* never made */ }
    rmSync(base, { recursive: true, force: true });
  });
  chmodSync(base, 0o755);
  writeFileSync(join(base, 'app.py'), 'import os\n\ndef run():\n    c = input()\n    os.system(c)\n');
  const env = { ...process.env, HOME: base, XDG_CACHE_HOME: join(base, 'xdg'), GIT_CEILING_DIRECTORIES: base };
  const cache = join(base, 'cache');
  const filled = spawnSync(process.execPath, [CLI, '--cache-dir', cache, 'app.py'], { cwd: base, env, encoding: 'utf8' });
  assert.equal(filled.status, 1, filled.stderr);
  if (!asRoot) chmodSync(join(cache, 'v1'), 0o555);
  const cleared = spawnSync(process.execPath, [CLI, '--cache-dir', cache, 'cache', 'clear'], { cwd: base, env, encoding: 'utf8', ...(asRoot ? { uid: 65534, gid: 65534 } : {}) });
  assert.equal(cleared.status, 2, cleared.stdout + cleared.stderr);
  assert.ok(oneLine(cleared.stderr), cleared.stderr);
  assert.match(cleared.stderr, /cannot delete cache entries \((EACCES|EPERM|EROFS)\)/);
});
