// Content-addressed cache of analyses. One small JSON file per (blob, ruleset fingerprint):
//   <dir>/v1/<blob[0:2]>/<blob>-<fingerprint>.json   = { version, blob, fingerprint, result }
// The fingerprint already changes with the tool version and the enabled rules/options; the version is stored as
// well, so an entry written by another build is ignored even if fingerprints collide.
// Written atomically (temp file + rename): concurrent hook processes see a whole entry or none. A missing, truncated,
// corrupt or wrongly shaped entry, or anything that is not a regular file, is a miss, never a crash and never a
// blocking read; an unwritable dir costs speed, never correctness.
// The cache only ever touches its own files: its root is marked with a signature file (CACHEDIR.TAG, the standard
// that backup tools honour), a directory holding anything else is refused, and clearing and pruning delete only
// files named as the cache names them, inside its own layout. Virtual filesystems (/proc, /sys, /dev) are refused.
// Bounded: now and then (at most once per PRUNE_INTERVAL_MS, on a process's first write) the oldest entries by
// mtime are deleted until the cache is back under 80% of its entry and byte limits. A hit refreshes an entry's
// mtime at most once a day, so pruning drops what has not been used for longest.
import { closeSync, constants, existsSync, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmdirSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isWithin, realPathOfNearest } from '../files/real-path.js';
import { TOOL_VERSION } from '../version.js';
const LAYOUT = 'v1';
const STAMP = 'last-prune';
/** The root's signature file (https://bford.info/cachedir/): its first line is fixed by that standard. */
const SIGNATURE_FILE = 'CACHEDIR.TAG';
const SIGNATURE = 'Signature: 8a477f597d28d172789f06886806bc55\n# git-review-security blob cache: `git review-security cache clear` deletes only the entries it wrote here.\n';
/** What the cache writes, and so all it ever deletes. */
const SHARD_NAME = /^[0-9a-f]{2}$/;
const ENTRY_NAME = /^[0-9a-f]{40,64}-[0-9A-Za-z]+\.json$/;
const TEMP_NAME = /^[0-9a-f]{40,64}-[0-9A-Za-z]+\.json\.\d+\.[0-9a-z]*\.tmp$/;
/** Names a root of ours may hold before it was signed (caches written before the signature existed). */
const OWN_NAMES = new Set([LAYOUT, STAMP, SIGNATURE_FILE]);
/** Filesystems whose files are not files: reading may never end, creating may loop. */
const VIRTUAL_ROOTS = ['/proc', '/sys', '/dev'];
const BLOB_ID = /^[0-9a-f]{40,64}$/;
const DAY_MS = 24 * 60 * 60 * 1000;
const DEFAULT_LIMITS = { maxEntries: 50_000, maxBytes: 256 * 1024 * 1024, pruneIntervalMs: 60 * 60 * 1000 };
/** A cache directory the cache will not use or clear: one clear line for the user. */
export class CacheDirError extends Error {
}
/**
 * Why `dir` cannot be a cache root, or undefined when it can: on a virtual filesystem, or a directory that holds
 * files of someone else's and no signature. A missing directory, or a path that is not a directory (every write then
 * fails: a slower review, never a wrong one), is no problem here.
 */
export function cacheRootProblem(dir) {
    const real = realPathOfNearest(dir);
    const virtual = VIRTUAL_ROOTS.find((root) => isWithin(real, root));
    if (virtual)
        return `${dir}: on ${virtual}, which holds no real files; choose another cache directory`;
    let names;
    try {
        if (!statSync(dir).isDirectory())
            return undefined;
        names = readdirSync(dir);
    }
    catch {
        return undefined;
    }
    if (isSigned(dir) || names.every((name) => OWN_NAMES.has(name)))
        return undefined;
    return `${dir}: holds files that are not a review-security cache (no ${SIGNATURE_FILE}); use an empty or new directory`;
}
/** Throws CacheDirError when `dir` cannot be a cache root (see cacheRootProblem). */
function checkCacheRoot(dir) {
    const problem = cacheRootProblem(dir);
    if (problem)
        throw new CacheDirError(problem);
}
function isSigned(dir) {
    return readRegularFile(join(dir, SIGNATURE_FILE))?.toString('utf8').startsWith(SIGNATURE.slice(0, SIGNATURE.indexOf('\n'))) ?? false;
}
/** The bytes of a regular file, or undefined: a FIFO, device or directory is never read (and never blocks the open). */
function readRegularFile(path) {
    let fd;
    try {
        fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOFOLLOW ?? 0));
    }
    catch {
        return undefined;
    }
    try {
        return fstatSync(fd).isFile() ? readFileSync(fd) : undefined;
    }
    catch {
        return undefined;
    }
    finally {
        closeSync(fd);
    }
}
export class BlobCache {
    dir;
    fingerprint;
    limits;
    pruneChecked = false;
    /** Whether the root holds its signature (written with the first entry). */
    signed = false;
    constructor(dir, fingerprint, limits = DEFAULT_LIMITS) {
        this.dir = dir;
        this.fingerprint = fingerprint;
        this.limits = limits;
    }
    entryPath(blob) {
        return join(this.dir, LAYOUT, blob.slice(0, 2), `${blob}-${this.fingerprint}.json`);
    }
    get(blob) {
        if (!BLOB_ID.test(blob))
            return undefined;
        const path = this.entryPath(blob);
        const bytes = readRegularFile(path);
        if (!bytes)
            return undefined;
        let entry;
        try {
            entry = JSON.parse(bytes.toString('utf8'));
        }
        catch {
            return undefined; // truncated or corrupt: a miss
        }
        if (!isEntryFor(entry, blob, this.fingerprint))
            return undefined;
        refreshIfOld(path);
        return entry.result;
    }
    set(blob, result) {
        if (!BLOB_ID.test(blob) || !this.sign())
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
    /**
     * Marks the root as the cache's before the first entry goes in: creates it and its signature when missing. False
     * (nothing is written) when the root is not ours to write to (see cacheRootProblem) or cannot be written.
     */
    sign() {
        if (this.signed)
            return true;
        if (cacheRootProblem(this.dir))
            return false;
        try {
            if (!isSigned(this.dir)) {
                mkdirSync(this.dir, { recursive: true });
                const temporary = join(this.dir, `${SIGNATURE_FILE}.${process.pid}.tmp`);
                writeFileSync(temporary, SIGNATURE);
                renameSync(temporary, join(this.dir, SIGNATURE_FILE));
            }
        }
        catch {
            return false;
        }
        this.signed = true;
        return true;
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
            // Claim this round first, so concurrent writers do not all walk the cache. Non-blocking: a FIFO put in the
            // stamp's place makes the open fail instead of waiting for a reader.
            closeSync(openSync(stamp, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NONBLOCK | (constants.O_NOFOLLOW ?? 0)));
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
            if (file.temporary) {
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
        isAnalysisResult(entry.result));
}
// The shape of a stored analysis, checked field by field: an entry of the right version whose fields have the wrong
// types (hand-edited, or written by a build with the same version string) is a miss, not an internal error later.
/** RawFinding's severity and confidence levels (src/rules/types.ts `Level`, out of this layer's reach). */
const LEVEL_NAMES = new Set(['low', 'medium', 'high']);
const MARKER_KINDS = new Set(['nosec', 'noqa', 'ignore', 'ignore-file']);
const isString = (value) => typeof value === 'string';
const isLine = (value) => Number.isInteger(value) && value >= 0;
const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const arrayOf = (value, item) => Array.isArray(value) && value.every(item);
function isRawFinding(value) {
    if (!isObject(value))
        return false;
    const lines = value.statementLines;
    return isString(value.rule) && isString(value.message) && LEVEL_NAMES.has(value.severity) && LEVEL_NAMES.has(value.confidence) &&
        isLine(value.line) && isLine(value.column) && isLine(value.endLine) && isLine(value.endColumn) &&
        Array.isArray(lines) && lines.length === 2 && isLine(lines[0]) && isLine(lines[1]) &&
        isString(value.statementText) && isString(value.sourceLine) && (value.flow === undefined || arrayOf(value.flow, isString));
}
function isMarker(value) {
    return isObject(value) && isLine(value.line) && MARKER_KINDS.has(value.kind) && isString(value.text);
}
function isRuleError(value) {
    return isObject(value) && isString(value.rule) && isString(value.message);
}
function isAnalysisResult(value) {
    return isObject(value) && arrayOf(value.findings, isRawFinding) && arrayOf(value.markers, isMarker) &&
        arrayOf(value.testSignals, isString) && arrayOf(value.ruleErrors, isRuleError) && isLine(value.lineCount);
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
/** The cache's own files: regular files named as it names them, in shard folders of its layout (never followed links). */
function listEntries(dir) {
    const files = [];
    const layout = join(dir, LAYOUT);
    for (const shard of ownSubfolders(layout, SHARD_NAME)) {
        let names;
        try {
            names = readdirSync(join(layout, shard));
        }
        catch {
            continue;
        }
        for (const name of names) {
            const temporary = TEMP_NAME.test(name);
            if (!temporary && !ENTRY_NAME.test(name))
                continue;
            const path = join(layout, shard, name);
            try {
                const stats = lstatSync(path);
                if (stats.isFile())
                    files.push({ path, size: stats.size, mtimeMs: stats.mtimeMs, temporary });
            }
            catch {
                // removed meanwhile
            }
        }
    }
    return files;
}
/** Subfolders of `dir` named like `pattern` that are real directories (not links to somewhere else). */
function ownSubfolders(dir, pattern) {
    try {
        if (!lstatSync(dir).isDirectory())
            return [];
        return readdirSync(dir).filter((name) => pattern.test(name) && lstatSync(join(dir, name)).isDirectory());
    }
    catch {
        return [];
    }
}
export function cacheStats(dir) {
    const files = listEntries(dir).filter((file) => !file.temporary);
    return { entries: files.length, bytes: files.reduce((sum, file) => sum + file.size, 0) };
}
/**
 * Empties the cache: deletes the entries and temp files it wrote, then the layout folders left empty and the prune
 * stamp; the directory itself and anything else in it stay. Throws CacheDirError for a directory that is not a cache
 * of ours, and for one it cannot delete from (read-only filesystem, permissions).
 */
export function clearCache(dir) {
    checkCacheRoot(dir);
    if (!existsSync(dir))
        return { entries: 0, bytes: 0 };
    const files = listEntries(dir);
    const removed = { entries: 0, bytes: 0 };
    for (const file of files) {
        try {
            unlinkSync(file.path);
        }
        catch (error) {
            const code = error.code;
            if (code === 'ENOENT')
                continue; // another process removed it
            throw new CacheDirError(`${dir}: cannot delete cache entries (${code ?? error.message})`);
        }
        if (!file.temporary) {
            removed.entries++;
            removed.bytes += file.size;
        }
    }
    const layout = join(dir, LAYOUT);
    for (const shard of ownSubfolders(layout, SHARD_NAME))
        removeIfEmpty(join(layout, shard));
    removeIfEmpty(layout);
    try {
        if (lstatSync(join(dir, STAMP)).isFile())
            unlinkSync(join(dir, STAMP));
    }
    catch {
        // never pruned
    }
    return removed;
}
function removeIfEmpty(dir) {
    try {
        rmdirSync(dir); // fails on a folder that still holds anything: what is not ours stays
    }
    catch {
        // not empty, or gone
    }
}
