// FileJob[] → FileReview[]: read, decode, look up the blob cache, analyse on a miss, store. Results in job order.
import { createHash } from 'node:crypto';
import { analyseSource } from './analyse.js';
import { decodePython } from '../files/decode.js';
/** The id git gives these bytes as a blob (`git hash-object`). */
export function gitBlobId(bytes) {
    return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
export async function reviewFile(job, settings) {
    let bytes;
    try {
        bytes = await job.read();
    }
    catch (error) {
        return { path: job.path, error: `cannot read: ${error.code ?? error.message}`, cached: false };
    }
    return reviewBytes(job.path, job.blob, bytes, settings);
}
export function reviewBytes(path, knownBlob, bytes, settings) {
    const blob = knownBlob ?? gitBlobId(bytes);
    const hit = settings.cache?.get(blob);
    if (hit)
        return { path, blob, analysis: hit, cached: true };
    if (bytes.length > settings.maxFileBytes) {
        return { path, blob, error: `too large: ${bytes.length} bytes (limit ${settings.maxFileBytes}; raise maxFileBytes to review it)`, cached: false };
    }
    const decoded = decodePython(bytes);
    if ('error' in decoded)
        return { path, blob, error: decoded.error, cached: false };
    const analysis = analyseSource(decoded.text, settings.rules);
    // A rule that threw is not a property of the content alone (a fixed tool would answer differently): not cached.
    if (analysis.ruleErrors.length === 0)
        settings.cache?.set(blob, analysis);
    return { path, blob, analysis, cached: false };
}
export async function reviewFiles(jobs, settings) {
    const results = [];
    for (const job of jobs)
        results.push(await reviewFile(job, settings));
    return results;
}
