// Where a worker pool starts to pay: the CLI on growing sets of Nova files, `--jobs 1` against `--jobs N`, cold
// (--no-cache), alternating, median wall per size and the paired ratio. The smallest size where N threads win
// is the crossover; src/engine/review-files.ts PARALLEL_MIN_BYTES should sit there.
//   node bench/crossover.mjs [--runs 7]
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus } from './corpora.mjs';
import { collectPythonFiles } from './files.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const CLI = resolve(HERE, '..', 'dist', 'cli.cjs');
const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt > 0 ? Number(process.argv[runsAt + 1]) : 7;
const threads = availableParallelism();

// Files in a fixed shuffled order (every 7th by path), so each set is a cross-section of sizes, not the smallest.
const files = collectPythonFiles([ensureCorpus('nova')]).sort().map((path) => ({ path, size: statSync(path).size }));
const shuffled = files.map((file, index) => ({ file, key: (index * 7919) % files.length })).sort((a, b) => a.key - b.key).map(({ file }) => file);
const sizes = [32, 64, 128, 256, 512, 1024, 2048].map((kib) => kib * 1024);

const median = (values) => { const sorted = [...values].sort((a, b) => a - b); const m = sorted.length >> 1; return sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2; };
const time = (jobs, set) => {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [CLI, '--no-cache', '--no-config', '--quiet', '--jobs', String(jobs), ...set], { cwd: tmpdir(), encoding: 'utf8' });
  if (run.status !== 0 && run.status !== 1) throw new Error(run.stderr);
  return Number(process.hrtime.bigint() - started) / 1e9;
};

console.log(`| misses (KiB) | files | --jobs 1 wall s | --jobs ${threads} wall s | jobs ${threads} / jobs 1 (paired) |`);
console.log('| ---: | ---: | ---: | ---: | ---: |');
for (const target of sizes) {
  const set = [];
  let bytes = 0;
  for (const file of shuffled) {
    if (bytes >= target) break;
    if (file.size > target / 2) continue; // no single file dominates a set
    set.push(file.path);
    bytes += file.size;
  }
  const one = [], many = [];
  for (let round = 0; round <= RUNS; round++) {
    const a = time(1, set), b = time(threads, set);
    if (round > 0) { one.push(a); many.push(b); }
  }
  console.log(`| ${(bytes / 1024).toFixed(0)} | ${set.length} | ${median(one).toFixed(3)} | ${median(many).toFixed(3)} | ${median(many.map((b, i) => b / one[i])).toFixed(2)} |`);
}
