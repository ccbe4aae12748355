// One tree-sitter parser per thread, created on first use. The native modules themselves are loaded then too: a
// review whose files all come from the cache never pays for them (~25 ms).
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
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
    forgetHandedOutNodes(TreeSitter);
    const SyntaxNode = TreeSitter.SyntaxNode;
    Python.nodeSubclasses ??= nodeClasses(Python, SyntaxNode);
    const created = new TreeSitter();
    created.setLanguage(Python);
    rememberNodeAnswers(SyntaxNode.prototype);
    return created;
}
/**
 * The binding registers every node object it hands out with its tree (a weak reference and a finalizer per node), so
 * that asking for the same node twice gives the same object. That bookkeeping, and the finalizers the garbage
 * collector then runs, cost a tenth of a whole-repository review; this code compares nodes by `id`, never as
 * objects, and keeps its per-node answers on the object it was handed, so the registry is switched off.
 */
function forgetHandedOutNodes(binding) {
    const tree = binding.Tree.prototype;
    tree._cacheNode = () => undefined;
    tree._cacheNodes = () => undefined;
}
/**
 * The node class of each node type id, which the binding builds on `setLanguage` unless the language has them. Its
 * own classes are made with one `eval` per type (8 ms of a 120 ms hook run) and, for lack of a setter, without the
 * type name the binding means to put on each prototype, so every `node.type` is a native call: about a tenth of a
 * full scan. These are plain subclasses with the type name as a prototype value; ERROR and anonymous nodes keep the
 * base class and its native getter, as in the binding. Nothing here uses the binding's per-field getters
 * (`node.nameNode`), which these classes leave out: fields are read with `childForFieldName`.
 */
function nodeClasses(language, base) {
    const fromTreeSitter = createRequire(require.resolve('tree-sitter'));
    const load = fromTreeSitter('node-gyp-build');
    const binding = load(dirname(fromTreeSitter.resolve('tree-sitter/package.json')));
    const named = new Set((language.nodeTypeInfo ?? []).filter((info) => info.named).map((info) => info.type));
    return binding.getNodeTypeNamesById(language).map((type) => (type && named.has(type) ? nodeClass(base, type) : base));
}
function nodeClass(base, type) {
    const typed = class extends base {
    };
    Object.defineProperty(typed.prototype, 'type', { value: type, configurable: true });
    return typed;
}
/*
 * Every node accessor of node-tree-sitter is a native call (marshal the node into a shared buffer, call C++, build
 * the answer), and rules ask the same node the same question many times: 70-odd rules handle `call`, and each asks
 * for the callee. Trees here are never edited (one fresh parse per file), so a node's answers never change; these
 * accessors remember their answer on the node object. Arrays are handed out as copies, since callers may reorder
 * them. `id` and `startIndex` are read from the node's own marshalled fields (TSNode id; context[0] = start byte),
 * which is what the C++ getters return, without the call.
 */
const REMEMBERED_GETTERS = ['endIndex', 'firstNamedChild', 'namedChildCount', 'childCount', 'hasError', 'isMissing'];
const REMEMBERED_LISTS = ['namedChildren', 'children'];
const FIELDS = Symbol('fields');
function rememberNodeAnswers(prototype) {
    if (Object.prototype.hasOwnProperty.call(prototype, FIELDS))
        return;
    Object.defineProperty(prototype, FIELDS, { value: undefined, writable: true });
    rememberParents(prototype);
    for (const name of REMEMBERED_GETTERS) {
        const native = Object.getOwnPropertyDescriptor(prototype, name)?.get;
        if (!native)
            continue;
        const slot = Symbol(name);
        Object.defineProperty(prototype, name, {
            configurable: true,
            get() {
                if (slot in this)
                    return this[slot];
                return (this[slot] = native.call(this));
            },
        });
    }
    for (const name of REMEMBERED_LISTS) {
        const native = Object.getOwnPropertyDescriptor(prototype, name)?.get;
        if (!native)
            continue;
        const slot = Symbol(name);
        Object.defineProperty(prototype, name, {
            configurable: true,
            get() {
                const list = (this[slot] ??= native.call(this));
                return list.slice();
            },
        });
    }
    const childForFieldName = prototype.childForFieldName;
    if (childForFieldName) {
        Object.defineProperty(prototype, 'childForFieldName', {
            configurable: true,
            writable: true,
            value(field) {
                const fields = (this[FIELDS] ??= new Map());
                if (fields.has(field))
                    return fields.get(field);
                const child = childForFieldName.call(this, field);
                fields.set(field, child);
                return child;
            },
        });
    }
    Object.defineProperty(prototype, 'id', {
        configurable: true,
        get() {
            return this[0] + this[1] * 0x1_0000_0000;
        },
    });
    Object.defineProperty(prototype, 'startIndex', {
        configurable: true,
        get() {
            // The binding hands text over as UTF-16, so its byte offsets are twice the string index.
            return this[2] >>> 1;
        },
    });
}
const PARENT = Symbol('parent');
const HOPS = Symbol('hops');
/** Parent steps taken natively along one ancestor chain before the rest of the chain is found from the root at once. */
const LONG_CHAIN = 48;
/*
 * `node.parent` in tree-sitter walks down from the root: O(depth) per step, so a rule that climbs the ancestors of a
 * node 5,000 levels deep (`f(f(f(…)))`, generated code) made O(depth²) native calls — 11 s for one finding. Parents are
 * remembered on the node objects; a chain climbed natively for LONG_CHAIN steps is finished by one cursor descent
 * from the root to the node (one step per level), which remembers every remaining parent on the way.
 */
function rememberParents(prototype) {
    const native = Object.getOwnPropertyDescriptor(prototype, 'parent')?.get;
    if (!native)
        return;
    Object.defineProperty(prototype, 'parent', {
        configurable: true,
        get() {
            if (PARENT in this)
                return this[PARENT];
            const hops = this[HOPS] ?? 0;
            if (hops >= LONG_CHAIN && rememberAncestors(this))
                return this[PARENT];
            const parent = native.call(this);
            if (parent)
                parent[HOPS] = hops + 1;
            return (this[PARENT] = parent);
        },
    });
}
/** Descends from the root to `node`, remembering each node's parent on the way; false when the descent misses it. */
function rememberAncestors(node) {
    const cursor = node.tree.rootNode.walk();
    const path = [cursor.currentNode];
    const target = node.id;
    const start = node.startIndex;
    const end = node.endIndex;
    while (path[path.length - 1].id !== target) {
        if (cursor.gotoFirstChildForIndex(start) === null)
            return false;
        const child = cursor.currentNode;
        if (child.startIndex > start || child.endIndex < end)
            return false; // a zero-width node at a boundary: use native steps
        path.push(child);
    }
    path[0][PARENT] = null;
    for (let index = 1; index < path.length - 1; index++)
        path[index][PARENT] = path[index - 1];
    node[PARENT] = path.length > 1 ? path[path.length - 2] : null;
    return true;
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
        require('node:v8').setFlagsFromString('--expose-gc');
        collectGarbage = require('node:vm').runInNewContext('gc');
    }
    collectGarbage();
    await new Promise((resolve) => setImmediate(resolve));
}
