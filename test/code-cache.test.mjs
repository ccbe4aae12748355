// V8's code cache of the bins' file (src/cli.cts): written by a first run, used by the next, and never a reason for a
// run to fail or to answer differently.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, DIST, PROJECT_ROOT, run } from './helpers/git-repo.mjs';

function workspace(t) {
  const dir = mkdtempSync(join(tmpdir(), 'review-security-code-cache-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'a.py'), 'import pickle\n\ndef load(data):\n    return pickle.loads(data)\n');
  writeFileSync(join(dir, 'b.py'), 'import hashlib\n\ndef digest(data):\n    return hashlib.md5(data).hexdigest()\n');
  return dir;
}

/** The review of a.py and b.py with V8's cache under `cacheHome`. */
function review(dir, cacheHome, ...extra) {
  return run(process.execPath, [CLI, '--no-cache', '--no-config', '--format', 'json', ...extra, 'a.py', 'b.py'], { cwd: dir, env: { ...process.env, XDG_CACHE_HOME: cacheHome } });
}

const cacheFiles = (cacheHome) => {
  try {
    return readdirSync(join(cacheHome, 'git-review-security', 'v8')).map((name) => join(cacheHome, 'git-review-security', 'v8', name));
  } catch {
    return [];
  }
};

const rulesOf = (result) => JSON.parse(result.stdout).findings.map((finding) => finding.rule).sort();

test('the first run writes the cache, the next runs from it and answers the same', (t) => {
  const dir = workspace(t);
  const cacheHome = join(dir, 'cache-home');
  const first = review(dir, cacheHome);
  assert.equal(first.status, 0, first.stderr);
  assert.deepEqual(rulesOf(first), ['insecure-hashlib', 'pickle-load']);
  const [file, ...others] = cacheFiles(cacheHome);
  assert.deepEqual(others, []);
  assert.match(file, new RegExp(`${process.version}-${process.arch}-[0-9a-f]{16}\\.bin$`));
  const written = readFileSync(file);
  const writtenAt = statSync(file).mtimeMs;

  const second = review(dir, cacheHome);
  assert.equal(second.stdout, first.stdout);
  // Accepted as it was: not written again.
  assert.equal(statSync(file).mtimeMs, writtenAt);
  assert.deepEqual(readFileSync(file), written);
});

test('a cache V8 refuses is replaced, and the run answers as without one', (t) => {
  const dir = workspace(t);
  const cacheHome = join(dir, 'cache-home');
  const expected = review(dir, cacheHome).stdout;
  const [file] = cacheFiles(cacheHome);
  writeFileSync(file, Buffer.alloc(4096, 7));
  const result = review(dir, cacheHome);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout, expected);
  assert.notDeepEqual(readFileSync(file), Buffer.alloc(4096, 7));
});

test('a run that changes V8 flags (the worker pool switches the optimiser off) writes no cache', (t) => {
  const dir = workspace(t);
  const cacheHome = join(dir, 'cache-home');
  const result = review(dir, cacheHome, '--jobs', '2');
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(rulesOf(result), ['insecure-hashlib', 'pickle-load']);
  assert.deepEqual(cacheFiles(cacheHome), []);
});

test('a cache folder that cannot be written is no reason to fail', (t) => {
  const dir = workspace(t);
  const notAFolder = join(dir, 'cache-home');
  writeFileSync(notAFolder, 'a file where the cache folder would go\n');
  const result = review(dir, notAFolder);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stderr, '');
  assert.deepEqual(rulesOf(result), ['insecure-hashlib', 'pickle-load']);
});

test('dist/cli.js, the bins\' file of earlier versions, runs the same CLI', (t) => {
  const dir = workspace(t);
  const cacheHome = join(dir, 'cache-home');
  const shim = run(process.execPath, [join(CLI, '..', 'cli.js'), '--no-cache', '--no-config', '--format', 'json', 'a.py', 'b.py'], { cwd: dir, env: { ...process.env, XDG_CACHE_HOME: cacheHome } });
  assert.equal(shim.stdout, review(dir, cacheHome).stdout);
});

test('writing a cache removes caches not written for a month, and keeps newer ones', (t) => {
  const dir = workspace(t);
  const cacheHome = join(dir, 'cache-home');
  const folder = join(cacheHome, 'git-review-security', 'v8');
  mkdirSync(folder, { recursive: true });
  const old = join(folder, 'v0.0.0-x64-0123456789abcdef.bin');
  const recent = join(folder, 'v0.0.1-x64-0123456789abcdef.bin');
  const unrelated = join(folder, 'notes.txt');
  for (const file of [old, recent, unrelated]) writeFileSync(file, 'x');
  const longAgo = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000);
  utimesSync(old, longAgo, longAgo);
  utimesSync(unrelated, longAgo, longAgo);
  const result = review(dir, cacheHome);
  assert.equal(result.status, 0, result.stderr);
  const left = readdirSync(folder).sort();
  assert.equal(left.length, 3);
  assert.ok(!left.includes('v0.0.0-x64-0123456789abcdef.bin'));
  assert.ok(left.includes('v0.0.1-x64-0123456789abcdef.bin') && left.includes('notes.txt'));
});

test('a cache never crosses checkouts: the same bundle from another path writes its own (issue 17)', (t) => {
  const dir = workspace(t);
  const cacheHome = join(dir, 'cache-home');
  // Another checkout: the same built files at another path, with this one's dependencies.
  const other = join(dir, 'other-checkout');
  mkdirSync(join(other, 'dist'), { recursive: true });
  for (const name of readdirSync(DIST).filter((file) => file.endsWith('.cjs'))) copyFileSync(join(DIST, name), join(other, 'dist', name));
  copyFileSync(join(PROJECT_ROOT, 'package.json'), join(other, 'package.json'));
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(other, 'node_modules'));
  assert.equal(review(dir, cacheHome).status, 0);
  const otherRun = run(process.execPath, [join(other, 'dist', 'cli.cjs'), '--no-cache', '--no-config', '--format', 'json', 'a.py', 'b.py'], { cwd: dir, env: { ...process.env, XDG_CACHE_HOME: cacheHome } });
  assert.equal(otherRun.status, 0, otherRun.stderr);
  assert.deepEqual(rulesOf(otherRun), ['insecure-hashlib', 'pickle-load']);
  assert.equal(cacheFiles(cacheHome).length, 2, 'one cache per checkout: a cache records the path it was compiled from');
});

test('a cache home on /proc or a FIFO in a cache file\'s place: the run neither hangs nor fails (issue 17)', (t) => {
  const dir = workspace(t);
  const onProc = spawnSync(process.execPath, [CLI, '--no-cache', '--no-config', '--format', 'json', 'a.py', 'b.py'], { cwd: dir, env: { ...process.env, XDG_CACHE_HOME: '/proc/self' }, encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL' });
  assert.equal(onProc.signal, null, 'ended by itself');
  assert.equal(onProc.status, 0, onProc.stderr);
  const cacheHome = join(dir, 'cache-home');
  assert.equal(review(dir, cacheHome).status, 0);
  const [file] = cacheFiles(cacheHome);
  rmSync(file);
  assert.equal(spawnSync('mkfifo', [file]).status, 0);
  const withFifo = spawnSync(process.execPath, [CLI, '--no-cache', '--no-config', '--format', 'json', 'a.py', 'b.py'], { cwd: dir, env: { ...process.env, XDG_CACHE_HOME: cacheHome }, encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL' });
  assert.equal(withFifo.signal, null, 'ended by itself');
  assert.equal(withFifo.status, 0, withFifo.stderr);
  assert.deepEqual(rulesOf(withFifo), ['insecure-hashlib', 'pickle-load']);
});

test('src/v8-flags.cts sees a flag change made in any thread; the loader asks it before writing', () => {
  const flagsModule = JSON.stringify(join(CLI, '..', 'v8-flags.cjs'));
  // A worker changes a flag: V8's flags are per process, and the main thread's module must see it.
  const script = `
    const { Worker } = require('node:worker_threads');
    const flags = require(${flagsModule});
    const token = flags.flagsToken();
    const before = flags.flagsChangedSince(token);
    const worker = new Worker('require(require("node:worker_threads").workerData).setV8Flag("--no-opt")', { eval: true, workerData: ${flagsModule} });
    worker.on('exit', () => console.log(JSON.stringify({ before, after: flags.flagsChangedSince(token) })));
  `;
  const result = run(process.execPath, ['-e', script]);
  assert.equal(result.status, 0, result.stderr);
  assert.deepEqual(JSON.parse(result.stdout), { before: false, after: true });
  const loader = readFileSync(join(CLI, '..', 'cli.cjs'), 'utf8');
  assert.match(loader, /require\("\.\/v8-flags\.cjs"\)/);
  assert.match(loader, /\bflagsChangedSince\b/);
});
