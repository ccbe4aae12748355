// Where a worker pool starts to pay: the CLI on growing sets of Nova files, `--jobs 1` against `--jobs N` and the
// automatic choice (src/engine/analysis-threads.ts), cold (--no-cache), alternating; median wall and CPU (user+sys,
// GNU time) per size and the paired wall ratio. The smallest size where N threads win on wall is the crossover;
// analysisThreads' PARALLEL_MIN_WORK should sit there. On a machine shared with other work, wall ratios drift
// towards 1 (the second core is not free): read the CPU columns for what the pool costs.
//   node bench/crossover.mjs [--runs 7] [--json FILE]
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus } from './corpora.mjs';
import { collectPythonFiles } from './files.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const CLI = resolve(HERE, '..', 'dist', 'cli.cjs');
const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 7;
const jsonAt = process.argv.indexOf('--json');
const JSON_OUT = jsonAt > 0 ? resolve(process.argv[jsonAt + 1]) : undefined;
const timeFile = join(tmpdir(), `crossover-time-${process.pid}.txt`);
const threads = availableParallelism();

// Files in a fixed shuffled order (every 7th by path), so each set is a cross-section of sizes, not the smallest.
const files = collectPythonFiles([ensureCorpus('nova')]).sort().map((path) => ({ path, size: statSync(path).size }));
const shuffled = files.map((file, index) => ({ file, key: (index * 7919) % files.length })).sort((a, b) => a.key - b.key).map(({ file }) => file);
const sizes = [32, 64, 128, 192, 256, 384, 512, 1024, 2048].map((kib) => kib * 1024);

const median = (values) => { const sorted = [...values].sort((a, b) => a - b); const m = sorted.length >> 1; return sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2; };
/** One run: wall seconds and CPU seconds (user + sys of the whole process, workers included). `jobs` undefined = automatic. */
const time = (jobs, set) => {
  const started = process.hrtime.bigint();
  const jobArgs = jobs === undefined ? [] : ['--jobs', String(jobs)];
  const run = spawnSync('/usr/bin/time', ['-f', '%U %S', '-o', timeFile, process.execPath, CLI, '--no-cache', '--no-config', '--quiet', ...jobArgs, ...set], { cwd: tmpdir(), encoding: 'utf8' });
  if (run.status !== 0 && run.status !== 1) throw new Error(run.stderr);
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const [user, sys] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { wall, cpu: user + sys };
};

const rows = [];
console.log(`| misses (KiB) | files | --jobs 1 wall / cpu s | --jobs ${threads} wall / cpu s | automatic wall / cpu s | jobs ${threads} / jobs 1 wall (paired) |`);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
for (const target of sizes) {
  const set = [];
  let bytes = 0;
  for (const file of shuffled) {
    if (bytes >= target) break;
    if (file.size > target / 2) continue; // no single file dominates a set
    set.push(file.path);
    bytes += file.size;
  }
  const one = [], many = [], auto = [];
  for (let round = 0; round <= RUNS; round++) {
    const a = time(1, set), b = time(threads, set), c = time(undefined, set);
    if (round > 0) { one.push(a); many.push(b); auto.push(c); }
  }
  const cell = (list) => `${median(list.map((s) => s.wall)).toFixed(3)} / ${median(list.map((s) => s.cpu)).toFixed(2)}`;
  const ratio = median(many.map((b, i) => b.wall / one[i].wall));
  rows.push({ kib: Math.round(bytes / 1024), files: set.length, one, many, auto, ratio });
  console.log(`| ${(bytes / 1024).toFixed(0)} | ${set.length} | ${cell(one)} | ${cell(many)} | ${cell(auto)} | ${ratio.toFixed(2)} |`);
}
if (JSON_OUT) writeFileSync(JSON_OUT, `${JSON.stringify({ threads, runs: RUNS, rows }, null, 2)}\n`);
