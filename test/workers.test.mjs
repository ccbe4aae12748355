// The worker pool must give exactly what the main thread gives: same findings, markers, signals and errors, in file
// order. Real tree-sitter, real worker threads, the real rule registry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { reviewFiles } from '../dist/engine/review-files.js';
import { analyseInWorkers, startWorkers } from '../dist/engine/workers.js';
import { RULES } from '../dist/rules/index.js';

const ALL_RULES = RULES.map((rule) => ({ rule, options: {} }));
const FIXTURES = join(import.meta.dirname, 'rules');

function fixtureJobs() {
  const jobs = readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.py'))
    .sort()
    .map((name) => ({ path: `rules/${name}`, read: () => readFileSync(join(FIXTURES, name)) }));
  // Files the pool must also carry through: undecodable bytes, a binary blob, an empty file, and one large file
  // (so that "largest first" reorders the work and the results still come back in file order).
  const big = Array.from({ length: 400 }, (_, i) => `def handler_${i}(cmd):\n    subprocess.call(cmd, shell=True)\n`).join('');
  jobs.push(
    { path: 'odd/latin1.py', read: () => Buffer.from([0x78, 0x20, 0x3d, 0x20, 0x27, 0xe9, 0x27, 0x0a]) },
    { path: 'odd/binary.py', read: () => Buffer.from([0x00, 0x01, 0x02]) },
    { path: 'odd/empty.py', read: () => Buffer.alloc(0) },
    { path: 'odd/big.py', read: () => Buffer.from(`import subprocess\n${big}`) },
  );
  return jobs;
}

test('a worker pool gives the same reviews as the main thread, in file order', async () => {
  const jobs = fixtureJobs();
  assert.ok(jobs.length > 20, 'enough fixtures to spread over workers');
  const sequential = await reviewFiles(jobs, { rules: ALL_RULES, maxFileBytes: 5_000_000, jobs: 1 });
  const pooled = await reviewFiles(jobs, { rules: ALL_RULES, maxFileBytes: 5_000_000, jobs: 2 });
  assert.deepEqual(pooled.map((review) => review.path), jobs.map((job) => job.path));
  assert.deepEqual(pooled, sequential);
  const findings = sequential.reduce((sum, review) => sum + (review.analysis?.findings.length ?? 0), 0);
  assert.ok(findings > 50, `the fixtures produce findings (${findings})`);
  assert.equal(pooled.find((review) => review.path === 'odd/big.py').analysis.findings.filter((f) => f.rule === 'subprocess-shell-true').length, 400);
  assert.match(pooled.find((review) => review.path === 'odd/binary.py').error, /binary content/);
  assert.match(pooled.find((review) => review.path === 'odd/latin1.py').error, /not valid UTF-8/);
});

test('results from workers are stored in the cache like results from the main thread', async () => {
  const jobs = fixtureJobs().slice(0, 6);
  const stored = new Map();
  const cache = { get: (blob) => stored.get(blob), set: (blob, result) => stored.set(blob, result) };
  const first = await reviewFiles(jobs, { rules: ALL_RULES, maxFileBytes: 5_000_000, jobs: 2, cache });
  assert.equal(stored.size, 6);
  const second = await reviewFiles(jobs, { rules: ALL_RULES, maxFileBytes: 5_000_000, jobs: 2, cache });
  assert.ok(second.every((review) => review.cached));
  assert.deepEqual(second.map((review) => review.analysis), first.map((review) => review.analysis));
});

test('a rule that fails in a worker is a rule error of that file, exactly as on the main thread', async () => {
  // Options of the wrong type (config validation normally stops them) make the rule throw when it is set up.
  const rule = RULES.find((candidate) => candidate.id === 'hardcoded-tmp-directory');
  assert.ok(rule, 'the rule used here is registered');
  const rules = [...ALL_RULES.filter((entry) => entry.rule !== rule), { rule, options: { tmpDirs: 5 } }];
  const jobs = fixtureJobs().slice(0, 4);
  const sequential = await reviewFiles(jobs, { rules, maxFileBytes: 5_000_000, jobs: 1 });
  const pooled = await reviewFiles(jobs, { rules, maxFileBytes: 5_000_000, jobs: 2 });
  assert.deepEqual(pooled, sequential);
  for (const review of pooled) assert.deepEqual(review.analysis.ruleErrors.map((error) => error.rule), ['hardcoded-tmp-directory']);
});

test('a rule the worker cannot load rejects the review: an error, never a silent pass', async () => {
  const registered = RULES.find((rule) => rule.id === 'exec-used');
  const broken = [{ rule: { ...registered, id: 'not-in-the-registry' }, options: {} }];
  const contents = [Buffer.from('exec("x")\n'), Buffer.from('eval("y")\n')];
  // Workers get files only once loaded, so the main thread may finish everything first: the review is then complete,
  // made by this thread alone (never a silent pass); a crash known before the end rejects it.
  const here = await analyseInWorkers(contents, broken, 1);
  assert.deepEqual(await analyseInWorkers(contents, broken, 2), here);
  const crashed = startWorkers(broken, 1);
  while (!crashed.problem) await new Promise((resolve) => setTimeout(resolve, 10));
  await assert.rejects(analyseInWorkers(contents, broken, 2, undefined, {}, crashed), /worker thread crashed: rule 'not-in-the-registry' is not in the worker's registry/);
});

test('a loaded worker takes files, one never loaded in time is not waited for, and both give the main thread\'s results', async () => {
  const contents = fixtureJobs().map((job) => job.read());
  const here = await analyseInWorkers(contents, ALL_RULES, 1);
  const early = startWorkers(ALL_RULES, 1);
  while (early.ready.size === 0) await new Promise((resolve) => setTimeout(resolve, 10));
  const seen = [];
  assert.deepEqual(await analyseInWorkers(contents, ALL_RULES, 2, (index) => seen.push(index), {}, early), here);
  assert.equal(seen.length, contents.length);
  // Not yet loaded when the work is done: terminated, and the results are this thread's.
  assert.deepEqual(await analyseInWorkers(contents.slice(0, 2), ALL_RULES, 2), here.slice(0, 2));
});

test('workers started before their work is known give the same results, and a crash while they wait still fails', async () => {
  const contents = [Buffer.from('exec("x")\n'), Buffer.from('import pickle\npickle.loads(data)\n'), Buffer.from('x = 1\n')];
  const here = await analyseInWorkers(contents, ALL_RULES, 1);
  const early = startWorkers(ALL_RULES, 1);
  await new Promise((resolve) => setTimeout(resolve, 300)); // the worker has loaded and waits
  assert.deepEqual(await analyseInWorkers(contents, ALL_RULES, 2, undefined, {}, early), here);

  const registered = RULES.find((rule) => rule.id === 'exec-used');
  const broken = [{ rule: { ...registered, id: 'not-in-the-registry' }, options: {} }];
  const crashed = startWorkers(broken, 1);
  await new Promise((resolve) => setTimeout(resolve, 300)); // it crashes before any work is sent
  await assert.rejects(analyseInWorkers(contents, broken, 2, undefined, {}, crashed), /worker thread crashed: rule 'not-in-the-registry'/);
});

test('the per-file time limit applies in worker threads too', async () => {
  const jobs = fixtureJobs();
  const pooled = await reviewFiles(jobs, { rules: ALL_RULES, maxFileBytes: 5_000_000, jobs: 2, timeLimitMs: 0.001 });
  assert.match(pooled.find((review) => review.path === 'odd/big.py').error, /too slow/);
});
