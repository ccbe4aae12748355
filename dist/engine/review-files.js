// FileJob[] → FileReview[]: read, look up the blob cache, analyse the misses, store. Results in job order.
// Scheduling: the main thread reads and does every cache lookup; the misses are analysed right here when they are
// few bytes, and on a worker_threads pool (workers.ts, loaded only then) when there are enough to pay for it.
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { AnalysisTimeout, analyseSource } from './analyse.js';
import { decodePython } from '../files/decode.js';
import { TooLargeError } from '../files/bounded-read.js';
import { releaseTrees, RELEASE_EVERY_BYTES } from './parser.js';
import { checkBindingVersion } from './tree-sitter-tuning.js';
import { analysisThreads } from './analysis-threads.js';
/** The id git gives these bytes as a blob (`git hash-object`). */
function gitBlobId(bytes) {
    return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
/** Bytes → analysis; the same function runs on the main thread and in workers. */
export function analyseContent(bytes, rules, limits) {
    const decoded = decodePython(bytes);
    if ('error' in decoded)
        return { error: decoded.error };
    try {
        return { analysis: analyseSource(decoded.text, rules, limits) };
    }
    catch (error) {
        // One file the engine cannot finish is that file's error (exit 2), not the end of everyone else's review.
        if (error instanceof AnalysisTimeout)
            return { error: error.message };
        return { error: `internal error while analysing: ${error instanceof Error ? error.message : String(error)}` };
    }
}
export async function reviewFiles(jobs, settings) {
    // At start-up, warm cache or not: a binding the parser was not written for is refused before any verdict.
    checkBindingVersion();
    const results = new Array(jobs.length);
    const misses = [];
    let missBytes = 0;
    // Once the misses are worth more threads, their workers start loading while the remaining files are read.
    let started;
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
            let bytes;
            try {
                bytes = await job.read(settings.maxFileBytes);
            }
            catch (error) {
                results[index] = error instanceof TooLargeError
                    ? { path: job.path, blob: job.blob, error: tooLarge(error.bytes, settings.maxFileBytes), cached: false }
                    : { path: job.path, error: `cannot read: ${error.code ?? error.message}`, cached: false };
                await settings.onFileReviewed?.(results[index]);
                continue;
            }
            const blob = job.blob ?? gitBlobId(bytes);
            const hit = job.blob === undefined ? settings.cache?.get(blob) : undefined;
            if (hit) {
                results[index] = { path: job.path, blob, analysis: hit, cached: true };
            }
            else if (bytes.length > settings.maxFileBytes) {
                results[index] = { path: job.path, blob, error: tooLarge(bytes.length, settings.maxFileBytes), cached: false };
            }
            else {
                misses.push({ index, path: job.path, blob, bytes });
                missBytes += bytes.length;
                if (!started && index < jobs.length - 1 && threadsFor(settings.jobs, misses.length, missBytes) > 1) {
                    const workerCount = (settings.jobs ?? availableParallelism()) - 1;
                    if (workerCount > 0)
                        started = (await import('./workers.js')).startWorkers(settings.rules, workerCount, { timeLimitMs: settings.timeLimitMs });
                }
                continue;
            }
            await settings.onFileReviewed?.(results[index]);
        }
    }
    catch (error) {
        if (started)
            await Promise.all(started.workers.map((worker) => worker.terminate()));
        throw error;
    }
    const finish = (miss, outcome) => {
        const review = 'error' in outcome
            ? { path: miss.path, blob: miss.blob, error: outcome.error, cached: false }
            : { path: miss.path, blob: miss.blob, analysis: outcome.analysis, cached: false };
        // A rule that threw is not a property of the content alone (a fixed tool would answer differently): not cached.
        if (review.analysis && review.analysis.ruleErrors.length === 0)
            settings.cache?.set(miss.blob, review.analysis);
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
        }
        else if (misses.length > 1) {
            // One event-loop turn between files, so Ctrl-C/SIGTERM (src/cli.ts) is handled within a file, not at the end.
            await new Promise((resolve) => setImmediate(resolve));
        }
    }
    return results;
}
function tooLarge(bytes, limit) {
    return `too large: ${bytes} bytes (limit ${limit}; raise maxFileBytes to review it)`;
}
/** Analysis threads for this much work (analysis-threads.ts), on this machine's cores. */
function threadsFor(jobs, files, bytes) {
    return analysisThreads({ files, bytes, cores: availableParallelism(), jobs });
}
