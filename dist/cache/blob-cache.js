// Content-addressed cache of analyses. One small JSON file per (blob, ruleset fingerprint):
//   <dir>/v1/<blob[0:2]>/<blob>-<fingerprint>.json   = { version, blob, fingerprint, result }
// The fingerprint already changes with the tool version and the enabled rules/options; the version is stored as
// well, so an entry written by another build is ignored even if fingerprints collide.
// Written atomically (temp file + rename): concurrent hook processes see a whole entry or none. A missing, truncated
// or corrupt entry is a miss, never a crash; an unwritable dir costs speed, never correctness.
// Bounded: now and then (at most once per PRUNE_INTERVAL_MS, on a process's first write) the oldest entries by
// mtime are deleted until the cache is back under 80% of its entry and byte limits. A hit refreshes an entry's
// mtime at most once a day, so pruning drops what has not been used for longest.
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOOL_VERSION } from '../version.js';
const LAYOUT = 'v1';
const STAMP = 'last-prune';
const DAY_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_LIMITS = { maxEntries: 50_000, maxBytes: 256 * 1024 * 1024, pruneIntervalMs: 60 * 60 * 1000 };
export class BlobCache {
    dir;
    fingerprint;
    limits;
    pruneChecked = false;
    constructor(dir, fingerprint, limits = DEFAULT_LIMITS) {
        this.dir = dir;
        this.fingerprint = fingerprint;
        this.limits = limits;
    }
    entryPath(blob) {
        return join(this.dir, LAYOUT, blob.slice(0, 2), `${blob}-${this.fingerprint}.json`);
    }
    get(blob) {
        if (!/^[0-9a-f]{40,64}$/.test(blob))
            return undefined;
        const path = this.entryPath(blob);
        let entry;
        try {
            entry = JSON.parse(readFileSync(path, 'utf8'));
        }
        catch {
            return undefined; // missing, truncated or corrupt: a miss
        }
        if (!isEntryFor(entry, blob, this.fingerprint))
            return undefined;
        refreshIfOld(path);
        return entry.result;
    }
    set(blob, result) {
        if (!/^[0-9a-f]{40,64}$/.test(blob))
            return;
        const path = this.entryPath(blob);
        const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
        const entry = { version: TOOL_VERSION, blob, fingerprint: this.fingerprint, result };
        try {
            mkdirSync(join(this.dir, LAYOUT, blob.slice(0, 2)), { recursive: true });
            writeFileSync(temporary, JSON.stringify(entry));
            renameSync(temporary, path);
        }
        catch {
            try {
                unlinkSync(temporary);
            }
            catch { /* never created */ }
            return;
        }
        if (!this.pruneChecked) {
            this.pruneChecked = true;
            this.pruneIfDue();
        }
    }
    /** Prunes when the last prune (by any process) is older than the interval. */
    pruneIfDue(now = Date.now()) {
        const stamp = join(this.dir, STAMP);
        try {
            if (now - statSync(stamp).mtimeMs < this.limits.pruneIntervalMs)
                return;
        }
        catch {
            // never pruned
        }
        try {
            closeSync(openSync(stamp, 'w')); // claim this round first, so concurrent writers do not all walk the cache
        }
        catch {
            return;
        }
        this.prune(now);
    }
    /** Deletes stale temp files, then the oldest entries until under 80% of the limits. Returns what was removed. */
    prune(now = Date.now()) {
        const files = listEntries(this.dir);
        const removed = { entries: 0, bytes: 0 };
        const entries = [];
        for (const file of files) {
            if (file.path.endsWith('.tmp')) {
                // A writer that died between write and rename; a live one finishes within seconds.
                if (now - file.mtimeMs > 60_000 && remove(file.path))
                    removed.bytes += file.size;
                continue;
            }
            entries.push(file);
        }
        let count = entries.length;
        let bytes = entries.reduce((sum, file) => sum + file.size, 0);
        if (count <= this.limits.maxEntries && bytes <= this.limits.maxBytes)
            return removed;
        entries.sort((a, b) => a.mtimeMs - b.mtimeMs);
        for (const file of entries) {
            if (count <= this.limits.maxEntries * 0.8 && bytes <= this.limits.maxBytes * 0.8)
                break;
            if (remove(file.path)) {
                removed.entries++;
                removed.bytes += file.size;
            }
            count--;
            bytes -= file.size;
        }
        return removed;
    }
}
function isEntryFor(entry, blob, fingerprint) {
    return (typeof entry === 'object' && entry !== null &&
        entry.version === TOOL_VERSION && entry.blob === blob && entry.fingerprint === fingerprint &&
        typeof entry.result === 'object' && entry.result !== null &&
        Array.isArray(entry.result.findings) && Array.isArray(entry.result.markers) &&
        Array.isArray(entry.result.testSignals) && Array.isArray(entry.result.ruleErrors));
}
function refreshIfOld(path) {
    try {
        const now = Date.now();
        if (now - statSync(path).mtimeMs > DAY_MS)
            utimesSync(path, new Date(now), new Date(now));
    }
    catch {
        // pruned meanwhile: the answer already read stays valid
    }
}
function remove(path) {
    try {
        unlinkSync(path);
        return true;
    }
    catch {
        return false; // another process pruned it first
    }
}
function listEntries(dir) {
    const files = [];
    const layout = join(dir, LAYOUT);
    let shards;
    try {
        shards = readdirSync(layout);
    }
    catch {
        return files;
    }
    for (const shard of shards) {
        let names;
        try {
            names = readdirSync(join(layout, shard));
        }
        catch {
            continue;
        }
        for (const name of names) {
            const path = join(layout, shard, name);
            try {
                const stats = statSync(path);
                if (stats.isFile())
                    files.push({ path, size: stats.size, mtimeMs: stats.mtimeMs });
            }
            catch {
                // removed meanwhile
            }
        }
    }
    return files;
}
export function cacheStats(dir) {
    const files = listEntries(dir).filter((file) => !file.path.endsWith('.tmp'));
    return { entries: files.length, bytes: files.reduce((sum, file) => sum + file.size, 0) };
}
/** Empties the cache: every layout version and the prune stamp; the directory itself stays. */
export function clearCache(dir) {
    const before = cacheStats(dir);
    let names;
    try {
        names = readdirSync(dir);
    }
    catch {
        return before;
    }
    for (const name of names)
        if (/^v\d+$/.test(name) || name === STAMP)
            rmSync(join(dir, name), { recursive: true, force: true });
    return before;
}
