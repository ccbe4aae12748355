// How many threads a review's cache misses are worth: a pure rule of the work's size and the machine, so the pool's
// crossover is one tested function (test/analysis-threads.test.mjs) and `node bench/crossover.mjs` checks it.

/**
 * Below this much work the pool does not pay. Work is bytes plus WORK_PER_FILE per file: each file has a fixed cost
 * (decode, parser reset, per-file facts, result hand-off) that its bytes do not show, so 50 small files are more work
 * than their bytes say. A worker costs about 0.1-0.2 s of CPU to load the engine, on the other core; since workers
 * signal when they are loaded and get no file before that (workers.ts), the main thread never waits for a late one,
 * and a pool that is not needed in time costs that CPU but not the user's wait. Measured crossover on a quiet 2-core
 * machine: two threads tie with one at about 520 KiB of Nova files and win from 1 MiB; see docs/performance.md
 * ("Worker pool crossover").
 */
export const PARALLEL_MIN_WORK = 512 * 1024;
export const WORK_PER_FILE = 2 * 1024;

interface AnalysisWork {
  /** Files to analyse (cache misses). */
  files: number;
  /** Their bytes. */
  bytes: number;
  /** Cores this process may use (`availableParallelism()`). */
  cores: number;
  /** `--jobs N` when given: exactly that many threads (never more than files). */
  jobs?: number;
}

/** Analysis threads for this work, this one included: 1 = no pool. */
export function analysisThreads({ files, bytes, cores, jobs }: AnalysisWork): number {
  if (files < 2) return 1;
  if (jobs !== undefined) return Math.max(1, Math.min(jobs, files));
  if (bytes + files * WORK_PER_FILE < PARALLEL_MIN_WORK) return 1;
  return Math.max(1, Math.min(cores, files));
}
