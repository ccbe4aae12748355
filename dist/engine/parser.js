// One tree-sitter parser per thread, created on first use (node-tree-sitter tuned first: tree-sitter-tuning.ts). The
// native modules themselves are loaded then too: a review whose files all come from the cache never pays for them
// (~25 ms).
import { createRequire } from 'node:module';
import { setV8Flag } from '../v8-flags.cjs';
import { tuneTreeSitter } from './tree-sitter-tuning.js';
const require = createRequire(import.meta.url);
let parser;
/** Parsing stopped at its time limit (`parsePython(source, timeLimitMs)`): the file is reported as too slow. */
export class ParseTimeout extends Error {
}
/** tree-sitter takes the limit in microseconds as an unsigned 32-bit number: at most about 71 minutes. */
const MAX_TIMEOUT_MICROS = 0xffff_ffff;
export function parsePython(source, timeLimitMs) {
    parser ??= createParser();
    const micros = timeLimitMs === undefined || !(timeLimitMs > 0) ? 0 : Math.min(MAX_TIMEOUT_MICROS, Math.max(1, Math.round(timeLimitMs * 1000)));
    parser.setTimeoutMicros(micros);
    // The default 32 K-unit buffer: perf-anchors measured larger buffers (1–4 MiB) as slower, not faster.
    const tree = parser.parse(source);
    if (!tree) {
        // A parser stopped by its timeout resumes the same parse next time unless reset.
        parser.reset();
        throw new ParseTimeout(`parsing took longer than ${timeLimitMs} ms`);
    }
    return tree;
}
function createParser() {
    const TreeSitter = require('tree-sitter');
    const Python = require('tree-sitter-python');
    tuneTreeSitter(TreeSitter, Python);
    const created = new TreeSitter();
    created.setLanguage(Python);
    return created;
}
/** How many source bytes a thread parses between two `releaseTrees()` calls in long reviews: half a MiB keeps Nova's
 * peak RSS about 20 MiB lower than a whole MiB did, for no measurable time. */
export const RELEASE_EVERY_BYTES = 512 * 1024;
let collectGarbage;
/**
 * node-tree-sitter 0.25 has no `tree.delete()`: a tree's native memory goes only when V8 collects its wrapper AND the
 * event loop turns (the finalizer runs then). A long synchronous review keeps every tree, about 24 bytes of RSS per
 * source byte (591 MiB on Nova). A forced collection plus one event-loop turn every RELEASE_EVERY_BYTES parsed holds
 * it near 100 MiB and is no slower (perf-anchors §4). `gc` is enabled here, on first need, so short reviews never pay
 * for it.
 */
export async function releaseTrees() {
    if (!collectGarbage) {
        setV8Flag('--expose-gc');
        collectGarbage = require('node:vm').runInNewContext('gc');
    }
    collectGarbage();
    await new Promise((resolve) => setImmediate(resolve));
}
