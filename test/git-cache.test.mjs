// The blob cache: keyed by blob + ruleset fingerprint (+ tool version), atomic, tolerant of damage, bounded, shared
// safely by concurrent reviews.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeRepo, CLI, DIST, CLEAN, VULNERABLE } from './helpers/git-repo.mjs';

const { BlobCache, cacheStats, clearCache, cacheRootProblem, CacheDirError } = await import(pathToFileURL(join(DIST, 'cache', 'blob-cache.js')).href);
const { TOOL_VERSION } = await import(pathToFileURL(join(DIST, 'version.js')).href);

const BLOB = 'a'.repeat(40);
const FINDING = { rule: 'exec-used', message: 'exec()', severity: 'medium', confidence: 'high', line: 1, column: 1, endLine: 1, endColumn: 8, statementLines: [1, 1], statementText: 'exec(x)', sourceLine: 'exec(x)' };
const RESULT = { findings: [FINDING], markers: [{ line: 1, kind: 'nosec', text: '' }], testSignals: [], ruleErrors: [], lineCount: 1 };

function tempDir(t) {
  const dir = mkdtempSync(join(tmpdir(), 'review-security-cache-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function allFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath ?? entry.path, entry.name));
}

test('an entry is found by the same blob and fingerprint only', (t) => {
  const dir = tempDir(t);
  const cache = new BlobCache(dir, 'fp1');
  assert.equal(cache.get(BLOB), undefined);
  cache.set(BLOB, RESULT);
  assert.deepEqual(cache.get(BLOB), RESULT);
  assert.equal(new BlobCache(dir, 'fp2').get(BLOB), undefined);
  assert.equal(cache.get('b'.repeat(40)), undefined);
  assert.equal(allFiles(dir).filter((file) => file.endsWith('.tmp')).length, 0);
});

test('corrupt, truncated, foreign-version and mismatched entries are misses, never crashes', (t) => {
  const dir = tempDir(t);
  const cache = new BlobCache(dir, 'fp');
  cache.set(BLOB, RESULT);
  const [entry] = allFiles(dir).filter((file) => file.endsWith('.json'));
  const good = readFileSync(entry, 'utf8');
  for (const damaged of [good.slice(0, good.length / 2), '', '\0\0\0', 'null', '[]', JSON.stringify({ ...JSON.parse(good), version: '0.0.0-other' }), JSON.stringify({ ...JSON.parse(good), blob: 'c'.repeat(40) }), JSON.stringify({ ...JSON.parse(good), result: { findings: 'x' } })]) {
    writeFileSync(entry, damaged);
    assert.equal(cache.get(BLOB), undefined, damaged.slice(0, 40));
  }
  assert.equal(JSON.parse(good).version, TOOL_VERSION);
  cache.set(BLOB, RESULT); // a miss is rewritten
  assert.deepEqual(cache.get(BLOB), RESULT);
});

test('entries whose fields have the wrong types are misses (issue 17)', (t) => {
  const dir = tempDir(t);
  const cache = new BlobCache(dir, 'fp');
  cache.set(BLOB, RESULT);
  const [entry] = allFiles(dir).filter((file) => file.endsWith('.json'));
  const good = JSON.parse(readFileSync(entry, 'utf8'));
  const wrong = [
    { ...good.result, findings: [{ ...FINDING, line: 'one' }] },
    { ...good.result, findings: [{ ...FINDING, severity: 'critical' }] },
    { ...good.result, findings: [{ ...FINDING, statementLines: 'x' }] },
    { ...good.result, findings: [null] },
    { ...good.result, markers: [{ line: 1, kind: 'nosec', text: 7 }] },
    { ...good.result, testSignals: [1] },
    { ...good.result, ruleErrors: [{ rule: 'x' }] },
    { ...good.result, lineCount: '1' },
  ];
  for (const result of wrong) {
    writeFileSync(entry, JSON.stringify({ ...good, result }));
    assert.equal(cache.get(BLOB), undefined, JSON.stringify(result).slice(0, 120));
  }
});

test('the cache only touches its own files: a signed root, foreign folders refused, clear deletes only entries (issue 17)', (t) => {
  // A worktree-like folder with `v1`/`v2` of someone else's: refused as a cache, and never cleared.
  const project = tempDir(t);
  mkdirSync(join(project, 'v1'));
  mkdirSync(join(project, 'v2'));
  writeFileSync(join(project, 'v1', 'routes.py'), 'uncommitted work\n');
  writeFileSync(join(project, 'README'), 'hello\n');
  assert.match(cacheRootProblem(project), /not a review-security cache/);
  assert.throws(() => clearCache(project), CacheDirError);
  new BlobCache(project, 'fp').set(BLOB, RESULT);
  assert.deepEqual(readdirSync(project).sort(), ['README', 'v1', 'v2']);
  assert.deepEqual(readdirSync(join(project, 'v1')), ['routes.py']);
  // A real cache is signed, and clearing leaves whatever else is in it alone.
  const dir = tempDir(t);
  new BlobCache(dir, 'fp').set(BLOB, RESULT);
  assert.match(readFileSync(join(dir, 'CACHEDIR.TAG'), 'utf8'), /^Signature: 8a477f597d28d172789f06886806bc55\n/);
  assert.equal(cacheRootProblem(dir), undefined);
  writeFileSync(join(dir, 'v1', 'notes.txt'), 'mine\n');
  writeFileSync(join(dir, 'v1', 'aa', 'notes.json'), 'mine\n');
  mkdirSync(join(dir, 'v2'));
  const before = cacheStats(dir);
  assert.equal(before.entries, 1);
  assert.deepEqual(clearCache(dir), before);
  assert.ok(existsSync(join(dir, 'v1', 'notes.txt')));
  assert.ok(existsSync(join(dir, 'v1', 'aa', 'notes.json')));
  assert.ok(existsSync(join(dir, 'v2')));
  assert.equal(cacheStats(dir).entries, 0);
  // A cache written before the signature existed (only our names in it) is still ours.
  const legacy = tempDir(t);
  mkdirSync(join(legacy, 'v1', 'aa'), { recursive: true });
  writeFileSync(join(legacy, 'v1', 'aa', `${BLOB}-fp.json`), '{}');
  writeFileSync(join(legacy, 'last-prune'), '');
  assert.equal(clearCache(legacy).entries, 1);
  assert.deepEqual(readdirSync(legacy), []);
});

test('virtual filesystems and FIFOs are refused or misses, never opened blocking (issue 17)', (t) => {
  for (const dir of ['/proc/self/cache', '/sys/review-security', '/dev/shm-like/x']) {
    assert.match(cacheRootProblem(dir), /holds no real files/, dir);
    new BlobCache(dir, 'fp').set(BLOB, RESULT); // refused quietly by the cache itself: nothing created, no loop
    assert.equal(new BlobCache(dir, 'fp').get(BLOB), undefined);
  }
  const dir = tempDir(t);
  const cache = new BlobCache(dir, 'fp', { maxEntries: 10, maxBytes: 1e9, pruneIntervalMs: 0 });
  cache.set(BLOB, RESULT);
  const [entry] = allFiles(dir).filter((file) => file.endsWith('.json'));
  rmSync(entry);
  assert.equal(spawnSync('mkfifo', [entry]).status, 0);
  assert.equal(new BlobCache(dir, 'fp').get(BLOB), undefined, 'a FIFO entry is a miss');
  rmSync(join(dir, 'last-prune'), { force: true });
  assert.equal(spawnSync('mkfifo', [join(dir, 'last-prune')]).status, 0);
  new BlobCache(dir, 'fp', { maxEntries: 10, maxBytes: 1e9, pruneIntervalMs: 0 }).set('b'.repeat(40), RESULT); // a FIFO stamp: no wait
  assert.deepEqual(new BlobCache(dir, 'fp').get('b'.repeat(40)), RESULT);
});

test('an unwritable cache dir costs speed, never correctness', (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'v1'), 'a file where the layout dir should be');
  const cache = new BlobCache(dir, 'fp');
  cache.set(BLOB, RESULT);
  assert.equal(cache.get(BLOB), undefined);
  assert.deepEqual(readdirSync(dir).sort(), ['CACHEDIR.TAG', 'v1']);
});

test('pruning drops the oldest entries down to 80% of the limits, and stale temp files', (t) => {
  const dir = tempDir(t);
  const cache = new BlobCache(dir, 'fp', { maxEntries: 10, maxBytes: 1e9, pruneIntervalMs: 3_600_000 });
  const now = Date.now();
  const blobs = Array.from({ length: 15 }, (_, index) => index.toString(16).padStart(2, '0').repeat(20));
  blobs.forEach((blob, index) => {
    cache.set(blob, RESULT);
    const file = join(dir, 'v1', blob.slice(0, 2), `${blob}-fp.json`);
    const time = new Date(now - (100 - index) * 60_000); // blobs[0] is the oldest
    utimesSync(file, time, time);
  });
  const stale = join(dir, 'v1', '00', `${'00'.repeat(20)}-fp.json.123.abc.tmp`);
  writeFileSync(stale, '{');
  utimesSync(stale, new Date(now - 3_600_000), new Date(now - 3_600_000));
  const removed = cache.prune(now);
  assert.equal(removed.entries, 7);
  assert.equal(cacheStats(dir).entries, 8);
  assert.ok(!existsSync(stale));
  for (const blob of blobs.slice(0, 7)) assert.equal(cache.get(blob), undefined);
  for (const blob of blobs.slice(7)) assert.deepEqual(cache.get(blob), RESULT);
});

test('a writing process prunes at most once per interval (stamp shared by processes)', (t) => {
  const dir = tempDir(t);
  const limits = { maxEntries: 2, maxBytes: 1e9, pruneIntervalMs: 3_600_000 };
  const first = new BlobCache(dir, 'fp', limits);
  for (const digit of '1234') first.set(digit.repeat(40), RESULT); // first write prunes (nothing yet), stamps
  assert.equal(cacheStats(dir).entries, 4);
  new BlobCache(dir, 'fp', limits).set('5'.repeat(40), RESULT); // stamp is fresh: no prune
  assert.equal(cacheStats(dir).entries, 5);
  const old = new Date(Date.now() - 2 * 3_600_000);
  utimesSync(join(dir, 'last-prune'), old, old);
  new BlobCache(dir, 'fp', limits).set('6'.repeat(40), RESULT); // stamp is old: prunes to 80% of 2
  assert.equal(cacheStats(dir).entries, 1);
});

test('cache clear empties the repository cache; --no-cache neither reads nor writes it; --cache-dir moves it', (t) => {
  const repo = makeRepo(t);
  repo.write('a.py', VULNERABLE);
  repo.git('add', '.');
  const cacheDir = repo.path('.git', 'review-security');
  let json = JSON.parse(repo.cli('--format', 'json').stdout);
  assert.equal(json.files.cached, 0);
  json = JSON.parse(repo.cli('--format', 'json').stdout);
  assert.equal(json.files.cached, 1);
  json = JSON.parse(repo.cli('--format', 'json', '--no-cache').stdout);
  assert.equal(json.files.cached, 0);
  assert.match(repo.cli('cache', 'info').stdout, /: 1 entry, /);
  const cleared = repo.cli('cache', 'clear');
  assert.equal(cleared.status, 0);
  assert.equal(cleared.stdout, `cleared the cache at ${cacheDir} (1 entry, ${cleared.stdout.match(/entry, (.*)\)/)[1]})\n`);
  assert.equal(cacheStats(cacheDir).entries, 0);
  repo.cli('--no-cache');
  assert.equal(cacheStats(cacheDir).entries, 0);
  const elsewhere = join(repo.base, 'elsewhere');
  repo.cli('--cache-dir', elsewhere);
  assert.equal(cacheStats(elsewhere).entries, 1);
  assert.equal(cacheStats(cacheDir).entries, 0);
  assert.equal(repo.cli('cache', 'frobnicate').status, 2);
});

test('a renamed or copied file hits the cache: the key is the blob, not the path', (t) => {
  const repo = makeRepo(t);
  repo.write('a.py', VULNERABLE);
  repo.git('add', '.');
  repo.cli();
  repo.write('copy/b.py', VULNERABLE);
  repo.git('add', '.');
  const json = JSON.parse(repo.cli('--format', 'json').stdout);
  assert.deepEqual(json.files, { scanned: 2, cached: 2, errors: 0 });
  assert.deepEqual(json.findings.map((finding) => finding.path), ['a.py', 'copy/b.py']);
});

test('concurrent reviews sharing one cache give identical results and leave only whole entries', async (t) => {
  const repo = makeRepo(t);
  for (let index = 0; index < 40; index++) repo.write(`pkg/m${index}.py`, index % 3 === 0 ? VULNERABLE : `${CLEAN}\nN = ${index}\n`);
  repo.git('add', '.');
  const runOnce = () => new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, '--all', '--format', 'json'], { cwd: repo.dir, env: repo.env });
    let stdout = '';
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, report: JSON.parse(stdout) }));
  });
  const results = await Promise.all(Array.from({ length: 6 }, runOnce));
  const strip = ({ report }) => JSON.stringify({ ...report, files: { ...report.files, cached: 0 } });
  for (const result of results) {
    assert.equal(result.status, 1);
    assert.equal(result.report.files.scanned, 40);
    assert.equal(strip(result), strip(results[0]));
  }
  const cacheDir = repo.path('.git', 'review-security');
  assert.equal(cacheStats(cacheDir).entries, 27); // 14 vulnerable files share one blob
  assert.deepEqual(allFiles(cacheDir).filter((file) => file.endsWith('.tmp')), []);
  const warm = await runOnce();
  assert.equal(warm.report.files.cached, 40);
  assert.equal(strip(warm), strip(results[0]));
  assert.equal(clearCache(cacheDir).entries, 27);
});
