// Every change this tool makes to V8's flags while it runs goes through here, and the code-cache loader (src/cli.cts)
// asks here whether one was made: V8 refuses a code cache made under other flags than those of the run reading it,
// so a run that changed them must not write one. The flags, and why (each caller says more):
//   --no-opt      a review big enough for the worker pool runs without TurboFan (src/engine/workers.ts)
//   --expose-gc   a long review frees the trees of parsed files as it goes (src/engine/parser.ts)
// CommonJS, so the loader (a CommonJS script that runs before the bundle) can require it; it imports nothing of ours.
import type * as V8 from 'node:v8';
import vm = require('node:vm');

type V8Flag = '--no-opt' | '--expose-gc';

const setHere = new Set<V8Flag>();

/** Sets `flag` for the whole process, every thread included (V8's flags are per process); again is a no-op. */
export function setV8Flag(flag: V8Flag): void {
  if (setHere.has(flag)) return;
  setHere.add(flag);
  // Required on first use: most runs (a hook whose files all come from the cache) never change a flag.
  (require('node:v8') as typeof V8).setFlagsFromString(flag);
}

/** V8's flags as they are now, as a token for `flagsChangedSince`: the code cache of a tiny script. */
export function flagsToken(): Buffer {
  return new vm.Script('0', { filename: 'flags-probe-start' }).createCachedData();
}

/**
 * Whether V8's flags changed since `token` was taken, by any thread: V8 refuses the token's cache if they did. (The
 * script compiled here has another name than the token's, so V8 compiles it instead of reusing the first from memory.)
 */
export function flagsChangedSince(token: Buffer): boolean {
  return new vm.Script('0', { filename: 'flags-probe-exit', cachedData: token }).cachedDataRejected === true;
}
