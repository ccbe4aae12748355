#!/usr/bin/env node
// The bins' file (`git-review-security`, so that `git review-security` works, and `review-security`). It runs the
// bundle (dist/cli-bundle.cjs: every module of the CLI in one CommonJS file, see scripts/bundle.mjs) through a V8
// code cache. Node 20 compiles a script anew on every start (`module.enableCompileCache` is Node 22) and a hook run
// is mostly start-up: compiling the bundle and the functions a review calls cost 30 ms of a 150 ms two-file commit.
// The first run writes what V8 compiled, after the review, when every function it needed is compiled; later runs
// start from it. The cache is an optimisation only: any problem with it (no home, read-only disk, a file V8 refuses)
// means a run that compiles as before, never a failed one.
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import Module = require('node:module');
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import vm = require('node:vm');
import { flagsChangedSince, flagsToken } from './v8-flags.cjs';

/** Filesystems whose files are not files: creating folders there looped, reading may never end. */
const VIRTUAL_ROOTS = ['/proc', '/sys', '/dev'];

runCached(join(__dirname, 'cli-bundle.cjs'));

/** Runs the bundle as a CommonJS module would run. A `vm` script cannot `import()` (not without experimental flags):
 * the bundle requires every module outside it, which scripts/bundle.mjs checks. */
function runCached(file: string): void {
  const text = readFileSync(file, 'utf8');
  // The hashbang is legal only as a script's first characters; the wrapper comes before it. Same length, same lines.
  const source = Module.wrap(text.startsWith('#!') ? `//${text.slice(2)}` : text);
  const folder = cacheFolder();
  // V8 checks a cache against the source's length, not its content: the name carries a hash of the content, and of
  // the bundle's path, which a cache records (stack traces of a run from another checkout named that checkout).
  const key = createHash('sha1').update(file).update('\0').update(text).digest('hex').slice(0, 16);
  const cacheFile = folder && join(folder, `${process.version}-${process.arch}-${key}.bin`);
  const cachedData = cacheFile ? readRegularFile(cacheFile) : undefined;
  const script = new vm.Script(source, { filename: file, cachedData });
  if (cacheFile && (cachedData === undefined || script.cachedDataRejected)) writeCacheAtExit(script, cacheFile);
  const bundleModule = new Module(file, module);
  bundleModule.filename = file;
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: Module, filename: string, dirname: string) => void;
  run(bundleModule.exports, Module.createRequire(file), bundleModule, file, __dirname);
}

/**
 * `$XDG_CACHE_HOME/git-review-security/v8` (default `~/.cache`); `%LOCALAPPDATA%` on Windows. None when that is on a
 * virtual filesystem (`XDG_CACHE_HOME=/proc/self`).
 */
function cacheFolder(): string | undefined {
  const base = process.env.XDG_CACHE_HOME || (process.platform === 'win32' && process.env.LOCALAPPDATA) || join(homedir(), '.cache');
  let real: string;
  try {
    real = realpathSync(base);
  } catch {
    real = resolve(base);
  }
  if (VIRTUAL_ROOTS.some((root) => real === root || real.startsWith(`${root}/`))) return undefined;
  return join(base, 'git-review-security', 'v8');
}

/** A regular file's bytes, or undefined: a FIFO or device put in the cache's place is never waited on. */
function readRegularFile(path: string): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    return fstatSync(fd).isFile() ? readFileSync(fd) : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * At exit the cache holds every function the run compiled. A run that changed V8's flags (a big review switches the
 * optimiser off, and releasing trees enables `gc`: src/v8-flags.cts) writes nothing: V8 would refuse its cache in
 * every run that does not change them.
 */
function writeCacheAtExit(script: vm.Script, cacheFile: string): void {
  const flags = flagsToken();
  process.once('exit', () => {
    try {
      if (flagsChangedSince(flags)) return;
      mkdirSync(join(cacheFile, '..'), { recursive: true, mode: 0o700 });
      // Whole or not at all: a run starting meanwhile reads the old file or the new one, never half of one.
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(temporary, script.createCachedData(), { flag: 'wx' }); // never opens a FIFO left in its place
      renameSync(temporary, cacheFile);
      pruneOldCaches(join(cacheFile, '..'));
    } catch {
      // No cache this time; the next run tries again.
    }
  });
}

/** A cache is never rewritten once V8 accepts it, so its age is the age of its Node and bundle: one file per upgrade. */
const CACHE_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/** Caches of other Nodes and bundles go after a month; one still in use is simply written again on its next run. */
function pruneOldCaches(folder: string): void {
  const now = Date.now();
  for (const name of readdirSync(folder)) {
    if (!name.endsWith('.bin') && !name.endsWith('.tmp')) continue;
    const file = join(folder, name);
    try {
      if (now - statSync(file).mtimeMs > CACHE_MAX_AGE_MS) unlinkSync(file);
    } catch {
      // Gone already (another run pruned it): nothing to do.
    }
  }
}
