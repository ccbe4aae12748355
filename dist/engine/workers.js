// worker_threads pool for large reviews. Each worker owns one parser and runs the same engine as the main thread
// (`analyseContent`); the main thread keeps the cache and hands out cache misses to the workers, largest first, so the
// longest file never starts last. It is itself one of the analysers, taking the smallest files: N threads are the
// main thread and N - 1 workers, work starts before any worker has loaded, and one isolate fewer is kept in memory.
// The largest trees are built in the workers, whose malloc arenas give memory back; the main thread's heap keeps
// what its largest tree needed (Nova's peak RSS: 187 MiB this way, 199 MiB the other way round). Results come back
// by index, so callers see them in file order whatever the finishing order.
// A worker gets no file before it says it is loaded (`ready`): until then the main thread takes every file, so a pool
// that loads late costs its CPU on the other core but never the user's wait, and a worker never given a file is
// terminated at the end instead of awaited (it has run no native code, so terminating it is safe).
// A worker that crashes, or one that cannot load a rule, rejects the whole review: an error, never a silent pass.
// Inside a worker, failures are what they are on the main thread: a rule handler that throws is a `ruleErrors`
// entry of that file's result, an analysis that cannot finish is that file's error (`analyseContent`).
import { createRequire } from 'node:module';
import { analyseContent } from './review-files.js';
import { releaseTrees, RELEASE_EVERY_BYTES } from './parser.js';
import { activeRuleTimes, collectRuleTimes } from './walk.js';
import { packagePath } from '../package-root.js';
import { stopOnInterrupt } from './interrupt.js';
import { setV8Flag } from '../v8-flags.cjs';
const require = createRequire(import.meta.url);
// Required when this module loads, which the bundle's main thread does only for a large review: a static import
// would load node:worker_threads with every run (~2 ms of a hook).
const threads = require('node:worker_threads');
const WORKER_ROLE = 'git-review-security/analysis';
/** Tasks in flight per worker: one running and some queued, so a worker never waits while the main thread analyses
 * a file of its own (it reads the workers' messages only between its files). */
const IN_FLIGHT = 3;
/**
 * A worker's young generation, in MiB (V8 splits it into semi-spaces). V8 sizes it from the machine's memory (48 MiB
 * on a 24 GiB machine), and the nodes of one file fill it before a scavenge; 6 MiB keeps Nova's peak RSS 20 MiB lower
 * at no measurable cost in time (docs/performance.md figures).
 */
const WORKER_YOUNG_GENERATION_MB = 6;
/**
 * V8's optimising compiler (TurboFan) is switched off for the rest of the process once a review is big enough for the
 * pool. Its code is specialised to the objects it has seen, and here those are per file: every file brings new node
 * objects, rule closures and facts, so optimised code keeps being thrown away ("wrong map", "weak objects") and
 * compiled again, about 2 s of compiler time per thread on Nova. With every core analysing, that compiler time is
 * taken from the analysis: Nova's full scan is 12-15% faster without it (bench figures in docs/performance.md), while the
 * single-file and small reviews that never start the pool keep it (a lone 1.3 MB file is 7% faster with it).
 * V8 flags are per process, so this reaches the workers too (src/v8-flags.cts makes the change).
 */
function switchOffOptimiser() {
    setV8Flag('--no-opt');
}
/**
 * Stopping the pool on a signal (src/engine/interrupt.ts): the shared flag makes each worker end its file at the next
 * deadline check and exit by itself. A worker is never terminated mid-file: terminating one inside tree-sitter aborts
 * the whole process.
 */
const stopFlag = new SharedArrayBuffer(4);
const liveWorkers = new Set();
/** How long a stop waits for a worker to wind down (a parse in progress finishes first). */
const STOP_WAIT_MS = 10_000;
let stopperRegistered = false;
function stopRequested() {
    return Atomics.load(new Int32Array(stopFlag), 0) !== 0;
}
function stopWorkers() {
    Atomics.store(new Int32Array(stopFlag), 0, 1);
    const waits = [...liveWorkers].map((worker) => new Promise((resolve) => {
        worker.once('exit', () => resolve());
        setTimeout(resolve, STOP_WAIT_MS).unref();
    }));
    return Promise.all(waits).then(() => undefined);
}
function track(worker) {
    if (!stopperRegistered) {
        stopperRegistered = true;
        stopOnInterrupt(stopWorkers);
    }
    liveWorkers.add(worker);
    worker.once('exit', () => liveWorkers.delete(worker));
    return worker;
}
export function startWorkers(rules, count, limits = {}) {
    switchOffOptimiser();
    const started = { workers: [], ready: new Set() };
    const setup = workerSetup(rules, limits);
    for (let slot = 0; slot < count; slot++) {
        const worker = spawnWorker(setup);
        // Until analyseInWorkers listens, a crash is remembered, not thrown as an unhandled 'error' event.
        worker.on('error', (error) => { started.problem ??= new Error(`an analysis worker thread crashed: ${error.message}`); });
        worker.on('exit', (code) => { started.problem ??= new Error(`an analysis worker thread exited early (code ${code})`); });
        worker.on('message', (message) => { if ('ready' in message)
            started.ready.add(worker); });
        started.workers.push(worker);
    }
    return started;
}
/** A worker runs dist/worker-bundle.cjs (scripts/bundle.mjs): this module and the engine, one file to load. */
function spawnWorker(setup) {
    return track(new threads.Worker(packagePath('dist', 'worker-bundle.cjs'), {
        workerData: setup,
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    }));
}
function workerSetup(rules, limits) {
    return {
        role: WORKER_ROLE,
        rules: rules.map(({ rule, options }) => ({ id: rule.id, options: { ...options } })),
        limits: { ...limits },
        collectRuleTimes: activeRuleTimes() !== undefined,
        stop: stopFlag,
    };
}
/**
 * Analyses `contents` on `workerCount` threads, this one included (with `started`: this one and those workers).
 * `onOutcome(index, outcome)` runs on the main thread as each file is done; the returned array is in input order.
 */
export async function analyseInWorkers(contents, rules, workerCount, onOutcome, limits = {}, started) {
    switchOffOptimiser();
    const order = contents.map((_, index) => index).sort((a, b) => contents[b].length - contents[a].length || a - b);
    const outcomes = new Array(contents.length);
    const times = activeRuleTimes();
    const setup = workerSetup(rules, limits);
    const count = Math.max(1, Math.min(workerCount, contents.length));
    const workers = started ? [...started.workers] : [];
    const ready = new Set(started?.ready);
    /** Workers that were sent a file: only these are asked to finish and awaited. */
    const given = new Set();
    // Workers take from the front of `order` (largest first), this thread from the back; they meet in the middle.
    let next = 0;
    let last = order.length - 1;
    let done = 0;
    try {
        if (started?.problem)
            throw started.problem;
        await new Promise((resolveAll, rejectAll) => {
            let failed = false;
            const finished = new Set();
            const fail = (error) => {
                // Being stopped by a signal: workers end early on purpose, and the process exits once they have.
                if (failed || stopRequested())
                    return;
                failed = true;
                rejectAll(error);
            };
            const feed = (worker) => {
                if (next <= last && ready.has(worker)) {
                    given.add(worker);
                    const index = order[next++];
                    worker.postMessage({ index, bytes: contents[index] });
                }
            };
            const maybeFinish = () => {
                if (done < contents.length)
                    return;
                for (const worker of workers) {
                    if (given.has(worker)) {
                        worker.postMessage({ finish: true });
                    }
                    else {
                        // Never sent a file: still loading JavaScript, or idle. Not worth waiting for.
                        finished.add(worker);
                        void worker.terminate();
                    }
                }
                if (finished.size === workers.length)
                    resolveAll();
            };
            const record = (index, outcome) => {
                outcomes[index] = outcome;
                done++;
                try {
                    onOutcome?.(index, outcome);
                }
                catch (error) {
                    fail(error);
                    return false;
                }
                return true;
            };
            // The main thread starts at once, before the workers are even loaded.
            const ownFirst = next <= last ? order[last--] : undefined;
            if (!started) {
                for (let slot = 1; slot < count; slot++)
                    workers.push(spawnWorker(setup));
            }
            for (const worker of workers) {
                worker.on('message', (message) => {
                    if ('ready' in message) {
                        ready.add(worker);
                        for (let round = 0; round < IN_FLIGHT; round++)
                            feed(worker);
                        return;
                    }
                    if ('finished' in message) {
                        for (const [rule, ms] of message.ruleTimes ?? [])
                            times?.set(rule, (times.get(rule) ?? 0) + ms);
                        finished.add(worker);
                        if (finished.size === workers.length)
                            resolveAll();
                        return;
                    }
                    if ('crash' in message) {
                        fail(new Error(`analysis failed in a worker thread (file #${message.index + 1}): ${message.crash}`));
                        return;
                    }
                    if (!record(message.index, message.outcome))
                        return;
                    feed(worker);
                    maybeFinish();
                });
                worker.on('error', (error) => fail(new Error(`an analysis worker thread crashed: ${error.message}`)));
                worker.on('exit', (code) => {
                    if (!finished.has(worker))
                        fail(new Error(`an analysis worker thread exited early (code ${code})`));
                });
            }
            for (let round = 0; round < IN_FLIGHT; round++)
                for (const worker of workers)
                    feed(worker);
            void analyseHere(ownFirst).catch((error) => fail(error));
            /** This thread's share: the smallest files no worker has taken, one event-loop turn between files
             * (worker results are read then) and trees released as in a sequential review. */
            async function analyseHere(first) {
                let sinceRelease = 0;
                for (let index = first; index !== undefined && !failed && !stopRequested(); index = next <= last ? order[last--] : undefined) {
                    if (!record(index, analyseContent(contents[index], rules, limits)))
                        return;
                    maybeFinish();
                    sinceRelease += contents[index].length;
                    if (sinceRelease >= RELEASE_EVERY_BYTES) {
                        sinceRelease = 0;
                        await releaseTrees();
                    }
                    else {
                        await new Promise((resolve) => setImmediate(resolve));
                    }
                }
            }
        });
    }
    finally {
        await Promise.all(workers.map((worker) => worker.terminate()));
    }
    return outcomes;
}
/** The worker side: set up once from `workerData`, then analyse whatever the main thread sends. */
async function serveAnalyses(setup) {
    const port = threads.parentPort;
    const { findRule } = await import('../rules/index.js');
    const rules = setup.rules.map(({ id, options }) => {
        const rule = findRule(id);
        if (!rule)
            throw new Error(`rule '${id}' is not in the worker's registry`);
        return { rule, options };
    });
    const times = setup.collectRuleTimes ? collectRuleTimes() : undefined;
    const stop = new Int32Array(setup.stop);
    const stopping = () => Atomics.load(stop, 0) !== 0;
    const limits = { ...setup.limits, interrupted: stopping };
    let sinceRelease = 0;
    const queue = [];
    let busy = false;
    // Messages are queued and drained in order; between files the loop awaits `releaseTrees` now and then, which lets
    // tree-sitter's finalizers run (see parser.ts).
    const drain = async () => {
        if (busy)
            return;
        busy = true;
        while (queue.length > 0) {
            if (stopping()) {
                // The review is being stopped: no more files; closing the port lets this thread end by itself.
                port.close();
                return;
            }
            const message = queue.shift();
            if ('finish' in message) {
                port.postMessage({ finished: true, ruleTimes: times ? [...times] : undefined });
                port.close();
                return;
            }
            try {
                port.postMessage({ index: message.index, outcome: analyseContent(message.bytes, rules, limits) });
            }
            catch (error) {
                port.postMessage({ index: message.index, crash: error instanceof Error ? error.message : String(error) });
            }
            sinceRelease += message.bytes.length;
            if (sinceRelease >= RELEASE_EVERY_BYTES) {
                sinceRelease = 0;
                await releaseTrees();
            }
        }
        busy = false;
    };
    port.on('message', (message) => {
        queue.push(message);
        void drain();
    });
    port.postMessage({ ready: true });
}
if (!threads.isMainThread && threads.workerData?.role === WORKER_ROLE) {
    serveAnalyses(threads.workerData).catch((error) => {
        // Surfaces as the pool's 'error' event on the main thread.
        throw error;
    });
}
