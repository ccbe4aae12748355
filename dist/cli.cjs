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
const v8_flags_cjs_1 = require("./v8-flags.cjs");
/** Filesystems whose files are not files: creating folders there looped, reading may never end. */
const VIRTUAL_ROOTS = ['/proc', '/sys', '/dev'];
runCached((0, node_path_1.join)(__dirname, 'cli-bundle.cjs'));
/** Runs the bundle as a CommonJS module would run. A `vm` script cannot `import()` (not without experimental flags):
 * the bundle requires every module outside it, which scripts/bundle.mjs checks. */
function runCached(file) {
    const text = (0, node_fs_1.readFileSync)(file, 'utf8');
    // The hashbang is legal only as a script's first characters; the wrapper comes before it. Same length, same lines.
    const source = Module.wrap(text.startsWith('#!') ? `//${text.slice(2)}` : text);
    const folder = cacheFolder();
    // V8 checks a cache against the source's length, not its content: the name carries a hash of the content, and of
    // the bundle's path, which a cache records (stack traces of a run from another checkout named that checkout).
    const key = (0, node_crypto_1.createHash)('sha1').update(file).update('\0').update(text).digest('hex').slice(0, 16);
    const cacheFile = folder && (0, node_path_1.join)(folder, `${process.version}-${process.arch}-${key}.bin`);
    const cachedData = cacheFile ? readRegularFile(cacheFile) : undefined;
    const script = new vm.Script(source, { filename: file, cachedData });
    if (cacheFile && (cachedData === undefined || script.cachedDataRejected))
        writeCacheAtExit(script, cacheFile);
    const bundleModule = new Module(file, module);
    bundleModule.filename = file;
    const run = script.runInThisContext();
    run(bundleModule.exports, Module.createRequire(file), bundleModule, file, __dirname);
}
/**
 * `$XDG_CACHE_HOME/git-review-security/v8` (default `~/.cache`); `%LOCALAPPDATA%` on Windows. None when that is on a
 * virtual filesystem (`XDG_CACHE_HOME=/proc/self`).
 */
function cacheFolder() {
    const base = process.env.XDG_CACHE_HOME || (process.platform === 'win32' && process.env.LOCALAPPDATA) || (0, node_path_1.join)((0, node_os_1.homedir)(), '.cache');
    let real;
    try {
        real = (0, node_fs_1.realpathSync)(base);
    }
    catch {
        real = (0, node_path_1.resolve)(base);
    }
    if (VIRTUAL_ROOTS.some((root) => real === root || real.startsWith(`${root}/`)))
        return undefined;
    return (0, node_path_1.join)(base, 'git-review-security', 'v8');
}
/** A regular file's bytes, or undefined: a FIFO or device put in the cache's place is never waited on. */
function readRegularFile(path) {
    let fd;
    try {
        fd = (0, node_fs_1.openSync)(path, node_fs_1.constants.O_RDONLY | node_fs_1.constants.O_NONBLOCK);
    }
    catch {
        return undefined;
    }
    try {
        return (0, node_fs_1.fstatSync)(fd).isFile() ? (0, node_fs_1.readFileSync)(fd) : undefined;
    }
    catch {
        return undefined;
    }
    finally {
        (0, node_fs_1.closeSync)(fd);
    }
}
/**
 * At exit the cache holds every function the run compiled. A run that changed V8's flags (a big review switches the
 * optimiser off, and releasing trees enables `gc`: src/v8-flags.cts) writes nothing: V8 would refuse its cache in
 * every run that does not change them.
 */
function writeCacheAtExit(script, cacheFile) {
    const flags = (0, v8_flags_cjs_1.flagsToken)();
    process.once('exit', () => {
        try {
            if ((0, v8_flags_cjs_1.flagsChangedSince)(flags))
                return;
            (0, node_fs_1.mkdirSync)((0, node_path_1.join)(cacheFile, '..'), { recursive: true, mode: 0o700 });
            // Whole or not at all: a run starting meanwhile reads the old file or the new one, never half of one.
            const temporary = `${cacheFile}.${process.pid}.tmp`;
            (0, node_fs_1.writeFileSync)(temporary, script.createCachedData(), { flag: 'wx' }); // never opens a FIFO left in its place
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
