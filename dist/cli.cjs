#!/usr/bin/env node
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// The bins' file (`git-review-security`, so that `git review-security` works, and `review-security`). It runs the
// bundle (dist/cli-bundle.cjs: every module of the CLI in one CommonJS file, see scripts/bundle.mjs) through a V8
// code cache. Node 20 compiles a script anew on every start (`module.enableCompileCache` is Node 22) and a hook run
// is mostly start-up: compiling the bundle and the functions a review calls cost 30 ms of a 150 ms two-file commit.
// The first run writes what V8 compiled, after the review, when every function it needed is compiled; later runs
// start from it. The cache is an optimisation only: any problem with it (no home, read-only disk, a file V8 refuses)
// means a run that compiles as before, never a failed one.
const node_crypto_1 = require("node:crypto");
const node_fs_1 = require("node:fs");
const Module = require("node:module");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const vm = require("node:vm");
runCached((0, node_path_1.join)(__dirname, 'cli-bundle.cjs'));
/** Runs the bundle as a CommonJS module would run. A `vm` script cannot `import()` (not without experimental flags):
 * the bundle requires every module outside it, which scripts/bundle.mjs checks. */
function runCached(file) {
    const text = (0, node_fs_1.readFileSync)(file, 'utf8');
    // The hashbang is legal only as a script's first characters; the wrapper comes before it. Same length, same lines.
    const source = Module.wrap(text.startsWith('#!') ? `//${text.slice(2)}` : text);
    // V8 checks a cache against the source's length, not its content: the name carries a hash of the content.
    const cacheFile = (0, node_path_1.join)(cacheFolder(), `${process.version}-${process.arch}-${(0, node_crypto_1.createHash)('sha1').update(text).digest('hex').slice(0, 16)}.bin`);
    let cachedData;
    try {
        cachedData = (0, node_fs_1.readFileSync)(cacheFile);
    }
    catch {
        cachedData = undefined;
    }
    const script = new vm.Script(source, { filename: file, cachedData });
    if (cachedData === undefined || script.cachedDataRejected)
        writeCacheAtExit(script, cacheFile);
    const bundleModule = new Module(file, module);
    bundleModule.filename = file;
    const run = script.runInThisContext();
    run(bundleModule.exports, Module.createRequire(file), bundleModule, file, __dirname);
}
/** `$XDG_CACHE_HOME/git-review-security/v8` (default `~/.cache`); `%LOCALAPPDATA%` on Windows. */
function cacheFolder() {
    const base = process.env.XDG_CACHE_HOME || (process.platform === 'win32' && process.env.LOCALAPPDATA) || (0, node_path_1.join)((0, node_os_1.homedir)(), '.cache');
    return (0, node_path_1.join)(base, 'git-review-security', 'v8');
}
/**
 * At exit the cache holds every function the run compiled. A run that changed V8's flags (a big review switches the
 * optimiser off, and releasing trees enables `gc`) writes nothing: V8 would refuse its cache in every run that does
 * not change them. A probe tells: V8 refuses, at exit, the cache of a tiny script made now if the flags changed (the
 * second script has another name, so V8 compiles it instead of reusing the first from memory).
 */
function writeCacheAtExit(script, cacheFile) {
    const probe = new vm.Script('0', { filename: 'flags-probe-start' }).createCachedData();
    process.once('exit', () => {
        try {
            if (new vm.Script('0', { filename: 'flags-probe-exit', cachedData: probe }).cachedDataRejected)
                return;
            (0, node_fs_1.mkdirSync)((0, node_path_1.join)(cacheFile, '..'), { recursive: true, mode: 0o700 });
            // Whole or not at all: a run starting meanwhile reads the old file or the new one, never half of one.
            const temporary = `${cacheFile}.${process.pid}.tmp`;
            (0, node_fs_1.writeFileSync)(temporary, script.createCachedData());
            (0, node_fs_1.renameSync)(temporary, cacheFile);
            pruneOldCaches((0, node_path_1.join)(cacheFile, '..'));
        }
        catch {
            // No cache this time; the next run tries again.
        }
    });
}
/** A cache is never rewritten once V8 accepts it, so its age is the age of its Node and bundle: one file per upgrade. */
const CACHE_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;
/** Caches of other Nodes and bundles go after a month; one still in use is simply written again on its next run. */
function pruneOldCaches(folder) {
    const now = Date.now();
    for (const name of (0, node_fs_1.readdirSync)(folder)) {
        if (!name.endsWith('.bin') && !name.endsWith('.tmp'))
            continue;
        const file = (0, node_path_1.join)(folder, name);
        try {
            if (now - (0, node_fs_1.statSync)(file).mtimeMs > CACHE_MAX_AGE_MS)
                (0, node_fs_1.unlinkSync)(file);
        }
        catch {
            // Gone already (another run pruned it): nothing to do.
        }
    }
}
