// node-tree-sitter's speed-ups, in one place. node-tree-sitter's node accessors are native calls, its node classes are
// made with `eval`, and it registers every node it hands out; the patches below change that, and they reach into its
// private parts: Tree.prototype._cacheNode/_cacheNodes, a node's marshalled fields ([0], [1]: the TSNode id; [2]: the
// start byte), the native getters on SyntaxNode.prototype, and the native half's getNodeTypeNamesById. They were
// written for node-tree-sitter TUNED_FOR. A review refuses to start on any other version (checkBindingVersion: the
// parser's own assumptions, such as UTF-16 offsets and no tree.delete(), were checked only against those); when one
// of the private parts is missing, the binding is left as it is: slower, with the same answers
// (test/tree-sitter-tuning.test.mjs checks both).
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { UserFacingError } from '../errors.js';
const require = createRequire(import.meta.url);
/** The node-tree-sitter versions these patches were written for and checked against. */
export const TUNED_FOR = ['0.25.0', '0.25.1'];
/**
 * Throws, with one line for the user, when the installed node-tree-sitter is not one this code was written for: a
 * binding whose internals moved could give other answers, and a review must not pass on them. Reads only the
 * binding's package.json, so a review from the cache stays free of native modules.
 */
export function checkBindingVersion(installedVersion = bindingVersion()) {
    if (TUNED_FOR.includes(installedVersion))
        return;
    throw new UserFacingError(`node-tree-sitter ${installedVersion} is installed, but this release was written and checked for ${TUNED_FOR.join(', ')}: reinstall with 'npm ci' (or 'npm install tree-sitter@${TUNED_FOR[TUNED_FOR.length - 1]}')`);
}
let decided;
/**
 * Tunes node-tree-sitter for `language`, once per thread: the first call decides, later calls return its answer
 * (the patches are on shared prototypes). `installedVersion` is the binding's version, read from its package.json.
 */
export function tuneTreeSitter(binding, language, installedVersion = bindingVersion()) {
    if (decided)
        return decided;
    const missing = missingPart(binding, installedVersion);
    if (missing)
        return (decided = { tuned: false, reason: missing });
    const SyntaxNode = binding.SyntaxNode;
    forgetHandedOutNodes(binding);
    language.nodeSubclasses ??= nodeClasses(language, SyntaxNode);
    rememberNodeAnswers(SyntaxNode.prototype);
    return (decided = { tuned: true });
}
/** What this thread's binding runs with: undefined before the first parser was made. */
export function treeSitterTuning() {
    return decided;
}
function bindingVersion() {
    return require('tree-sitter/package.json').version;
}
/** Why the patches cannot apply to this binding, or undefined when they can. */
function missingPart(binding, version) {
    if (!TUNED_FOR.includes(version))
        return `node-tree-sitter ${version}: the tuning was written for ${TUNED_FOR.join(', ')}`;
    const tree = binding.Tree?.prototype;
    if (typeof tree?._cacheNode !== 'function' || typeof tree._cacheNodes !== 'function')
        return 'no Tree.prototype._cacheNode/_cacheNodes';
    const node = binding.SyntaxNode?.prototype;
    if (!node)
        return 'no SyntaxNode';
    for (const getter of ['parent', 'endIndex', 'children', 'namedChildren']) {
        if (!Object.getOwnPropertyDescriptor(node, getter)?.get)
            return `no SyntaxNode.prototype.${getter} getter`;
    }
    if (typeof node.childForFieldName !== 'function')
        return 'no SyntaxNode.prototype.childForFieldName';
    if (typeof nativeBinding().getNodeTypeNamesById !== 'function')
        return 'no getNodeTypeNamesById in the native binding';
    return undefined;
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
function nativeBinding() {
    const fromTreeSitter = createRequire(require.resolve('tree-sitter'));
    const load = fromTreeSitter('node-gyp-build');
    return load(dirname(fromTreeSitter.resolve('tree-sitter/package.json')));
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
    const binding = nativeBinding();
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
