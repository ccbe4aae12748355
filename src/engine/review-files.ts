// FileJob[] → FileReview[]: read, look up the blob cache, analyse the misses, store. Results in job order.
// Scheduling: the main thread reads and does every cache lookup; the misses are analysed right here when they are
// few bytes, and on a worker_threads pool (workers.ts, loaded only then) when there are enough to pay for it.
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import type { AnalysisResult } from './finding.js';
import { AnalysisTimeout, analyseSource, type AnalysisLimits, type EnabledRule } from './analyse.js';
import { decodePython } from '../files/decode.js';
import { TooLargeError } from '../files/bounded-read.js';
import { releaseTrees, RELEASE_EVERY_BYTES } from './parser.js';
import { checkBindingVersion } from './tree-sitter-tuning.js';
import type { StartedWorkers } from './workers.js';
import { analysisThreads } from './analysis-threads.js';

export interface FileJob {
  /** Display path (repo-relative in git modes, cwd-relative for paths), `/` separators. */
  path: string;
  /** Git blob id when known (staged/--all/--rev); computed from the bytes otherwise. */
  blob?: string;
  /** Git modes: the path whose change this job reviews when it is not `path` (an unchanged symlink's changed target). */
  comparedAs?: string;
  /**
   * The content. Larger than `maxBytes`: throws TooLargeError (src/files/bounded-read.ts) without reading it whole when
   * the size is known first; a job that cannot know it returns the bytes and the caller checks their length.
   */
  read(maxBytes: number): Buffer | Promise<Buffer>;
}

export interface FileReview {
  path: string;
  blob?: string;
  analysis?: AnalysisResult;
  /** Unreadable, binary, undecodable or too large: reported, never a silent pass. */
  error?: string;
  cached: boolean;
}

export interface ResultCache {
  get(blob: string): AnalysisResult | undefined;
  set(blob: string, result: AnalysisResult): void;
}

interface ReviewSettings {
  rules: readonly EnabledRule[];
  cache?: ResultCache;
  maxFileBytes: number;
  /** Called as each file is done (progress display); a returned promise is awaited before the next file. */
  onFileReviewed?: (review: FileReview) => Promise<void> | undefined;
  /** Threads for analysis: 1 = this thread only; undefined = automatic (all cores, once the work pays for them). */
  jobs?: number;
  /** Time bound per file (`--max-file-seconds`); undefined = the engine's default. Applies on every thread. */
  timeLimitMs?: number;
}

/** The id git gives these bytes as a blob (`git hash-object`). */
function gitBlobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** What analysing one file's bytes gives: the analysis, or why the bytes are not Python source text. */
export type ContentOutcome = { analysis: AnalysisResult } | { error: string };

/** Bytes → analysis; the same function runs on the main thread and in workers. */
export function analyseContent(bytes: Uint8Array, rules: readonly EnabledRule[], limits?: AnalysisLimits): ContentOutcome {
  const decoded = decodePython(bytes);
  if ('error' in decoded) return { error: decoded.error };
  try {
    return { analysis: analyseSource(decoded.text, rules, limits) };
  } catch (error) {
    // One file the engine cannot finish is that file's error (exit 2), not the end of everyone else's review.
    if (error instanceof AnalysisTimeout) return { error: error.message };
    return { error: `internal error while analysing: ${error instanceof Error ? error.message : String(error)}` };
  }
}

interface Miss {
  index: number;
  path: string;
  blob: string;
  bytes: Buffer;
}

export async function reviewFiles(jobs: readonly FileJob[], settings: ReviewSettings): Promise<FileReview[]> {
  // At start-up, warm cache or not: a binding the parser was not written for is refused before any verdict.
  checkBindingVersion();
  const results: FileReview[] = new Array(jobs.length);
  const misses: Miss[] = [];
  let missBytes = 0;
  // Once the misses are worth more threads, their workers start loading while the remaining files are read.
  let started: StartedWorkers | undefined;
  try {
    for (let index = 0; index < jobs.length; index++) {
      const job = jobs[index];
      // A blob id known up front (git modes) is looked up before reading: a warm `--all` never reads a blob.
      const knownHit = job.blob === undefined ? undefined : settings.cache?.get(job.blob);
      if (knownHit) {
        results[index] = { path: job.path, blob: job.blob, analysis: knownHit, cached: true };
        await settings.onFileReviewed?.(results[index]);
        continue;
      }
      let bytes: Buffer;
      try {
        bytes = await job.read(settings.maxFileBytes);
      } catch (error) {
        results[index] = error instanceof TooLargeError
          ? { path: job.path, blob: job.blob, error: tooLarge(error.bytes, settings.maxFileBytes), cached: false }
          : { path: job.path, error: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, cached: false };
        await settings.onFileReviewed?.(results[index]);
        continue;
      }
      const blob = job.blob ?? gitBlobId(bytes);
      const hit = job.blob === undefined ? settings.cache?.get(blob) : undefined;
      if (hit) {
        results[index] = { path: job.path, blob, analysis: hit, cached: true };
      } else if (bytes.length > settings.maxFileBytes) {
        results[index] = { path: job.path, blob, error: tooLarge(bytes.length, settings.maxFileBytes), cached: false };
      } else {
        misses.push({ index, path: job.path, blob, bytes });
        missBytes += bytes.length;
        if (!started && index < jobs.length - 1 && threadsFor(settings.jobs, misses.length, missBytes) > 1) {
          const workerCount = (settings.jobs ?? availableParallelism()) - 1;
          if (workerCount > 0) started = (await import('./workers.js')).startWorkers(settings.rules, workerCount, { timeLimitMs: settings.timeLimitMs });
        }
        continue;
      }
      await settings.onFileReviewed?.(results[index]);
    }
  } catch (error) {
    if (started) await Promise.all(started.workers.map((worker) => worker.terminate()));
    throw error;
  }

  const finish = (miss: Miss, outcome: ContentOutcome): FileReview => {
    const review: FileReview = 'error' in outcome
      ? { path: miss.path, blob: miss.blob, error: outcome.error, cached: false }
      : { path: miss.path, blob: miss.blob, analysis: outcome.analysis, cached: false };
    // A rule that threw is not a property of the content alone (a fixed tool would answer differently): not cached.
    if (review.analysis && review.analysis.ruleErrors.length === 0) settings.cache?.set(miss.blob, review.analysis);
    results[miss.index] = review;
    return review;
  };

  const threads = threadsFor(settings.jobs, misses.length, missBytes);
  if (threads > 1) {
    const { analyseInWorkers } = await import('./workers.js');
    await analyseInWorkers(misses.map((miss) => miss.bytes), settings.rules, threads, (position, outcome) => {
      // Drawn between files, not awaited: the main thread is analysing too.
      const review = finish(misses[position], outcome); // before the optional call: `f?.(x())` skips x() when f is unset
      void settings.onFileReviewed?.(review);
    }, { timeLimitMs: settings.timeLimitMs }, started);
    return results;
  }

  let sinceRelease = 0;
  for (const miss of misses) {
    const review = finish(miss, analyseContent(miss.bytes, settings.rules, { timeLimitMs: settings.timeLimitMs })); // outside `?.(…)`, which would skip it
    await settings.onFileReviewed?.(review);
    sinceRelease += miss.bytes.length;
    if (sinceRelease >= RELEASE_EVERY_BYTES && missBytes >= 2 * RELEASE_EVERY_BYTES) {
      sinceRelease = 0;
      await releaseTrees();
    } else if (misses.length > 1) {
      // One event-loop turn between files, so Ctrl-C/SIGTERM (src/cli.ts) is handled within a file, not at the end.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
  return results;
}

function tooLarge(bytes: number, limit: number): string {
  return `too large: ${bytes} bytes (limit ${limit}; raise maxFileBytes to review it)`;
}

/** Analysis threads for this much work (analysis-threads.ts), on this machine's cores. */
function threadsFor(jobs: number | undefined, files: number, bytes: number): number {
  return analysisThreads({ files, bytes, cores: availableParallelism(), jobs });
}
