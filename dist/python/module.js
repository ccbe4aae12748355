// Facts about one module, built once per file and shared by every rule: imports, scopes, qualified names,
// constant folding with name resolution.
import { inSourceOrder, nodesOfKeyword } from './syntax.js';
import { collectImports, lastName } from './imports.js';
import { canonicalName, movedWords } from './module-aliases.js';
import { buildScope } from './scope.js';
import { keywordNames } from './arguments.js';
import { Deadline } from './deadline.js';
import { constantValue, foldString } from './literals.js';
const BUILTINS = new Set([
    'eval', 'exec', 'compile', 'open', 'input', '__import__', 'getattr', 'setattr', 'print', 'str', 'int', 'float', 'bytes',
    'len', 'range', 'list', 'dict', 'set', 'tuple', 'bool', 'repr', 'format', 'globals', 'locals', 'vars', 'execfile',
    'raw_input', 'reload', 'file',
]);
const KEYWORD_ASSIGNMENT = /\b([A-Za-z_]\w*)\s*=(?!=)/g;
/** `**` of a `**{"k": v}` or `**dict(k=v)` argument (and of every power operator, dropped by the tree). */
const DOUBLE_STAR = /\*\*/g;
/** `f"`, `rf'`, `Fr"`, `t"`…: the prefix of a string that may hold interpolations. */
const FORMATTED_STRING_PREFIX = /\b(?:[fFtT][rR]?|[rR][fFtT])(?=["'])/g;
const CLASS_KEYWORD = /\bclass\b/g;
const CLASSES = new Set(['class_definition']);
const FUNCTION_KEYWORD = /\b(?:def|lambda)\b/g;
const FUNCTIONS = new Set(['function_definition', 'lambda']);
const STRINGS = new Set(['string']);
const GLOBAL_KEYWORD = /\bglobal\b/g;
const GLOBAL_STATEMENTS = new Set(['global_statement']);
/** An augmented operator before `=` (`x.n += 1`, `x[k] //= 2`). */
const AUGMENTED_OPERATOR = String.raw `(?:[-+*/%&|^@]|//|\*\*|<<|>>)?`;
export class ModuleFacts {
    root;
    source;
    deadline;
    imports;
    qualifiedCache = new Map();
    /** Functions and lambdas sorted by start byte: `node.parent` walks down from the root, so ancestor chains are slow. */
    functions;
    /** Definitions found once per file and shared by every rule that asks (`classDefinitions`, `functionDefinitions`). */
    classes;
    functionDefs;
    /** For constant folding: a name changed in part (`x.y = …`, `x[i] = …`) holds more than its assignments. */
    resolve = (identifier) => (this.changedInPart(identifier) ? undefined : this.valuesOf(identifier));
    wordSet;
    keywordCalls = new Map();
    patternMatches = new Map();
    /** Every `word =` of the source (`callsWithKeyword`), read once for all the keyword filters of a file. */
    keywordAssignments;
    /** Module names a function rebinds after `global NAME`, with those functions. */
    globalRebindings;
    /** `owner id:name` → whether `name.attr = …` or `name[k] = …` appears in the owner's text. */
    pathAssignments = new Map();
    /** `deadline`: the analysis's time bound, for loops that can run long to check (src/python/deadline.ts). */
    constructor(root, source, deadline = Deadline.NONE) {
        this.root = root;
        this.source = source;
        this.deadline = deadline;
        this.imports = collectImports(root, source);
    }
    /** Whether the source matches `pattern`, asked once per file for every rule sharing the pattern (rule triggers). */
    sourceMatches(pattern) {
        const key = `${pattern.flags}/${pattern.source}`;
        let matches = this.patternMatches.get(key);
        if (matches === undefined) {
            matches = pattern.test(this.source);
            this.patternMatches.set(key, matches);
        }
        return matches;
    }
    /** Every identifier-shaped word of the source, comments and strings included (rule triggers test it). */
    get words() {
        if (this.wordSet)
            return this.wordSet;
        const words = new Set(this.source.match(/[A-Za-z_][A-Za-z0-9_]*/g));
        for (const word of movedWords(words))
            words.add(word);
        return (this.wordSet = words);
    }
    /** The scope (function or module) whose bindings decide what a name at `node` refers to. */
    scopeOf(node) {
        return this.scopeFor(this.functionAt(node) ?? this.root);
    }
    /** The innermost function or lambda that contains `node` (not `node` itself), or null at module level. */
    functionAt(node) {
        this.functions ??= this.findFunctions();
        const { start, end, nodes } = this.functions;
        const from = node.startIndex;
        const to = node.endIndex;
        let low = 0;
        let high = start.length - 1;
        let last = -1;
        while (low <= high) {
            const middle = (low + high) >> 1;
            if (start[middle] <= from) {
                last = middle;
                low = middle + 1;
            }
            else
                high = middle - 1;
        }
        // Candidates start at or before the node; the innermost container is the latest-starting one that encloses it.
        for (let index = last; index >= 0; index--) {
            if (end[index] >= to && !(start[index] === from && end[index] === to))
                return nodes[index];
        }
        return null;
    }
    /** Functions and lambdas in source order, found from their keywords like the imports (see `collectImports`). */
    findFunctions() {
        const nodes = nodesOfKeyword(this.root, this.source, FUNCTION_KEYWORD, FUNCTIONS);
        return { start: nodes.map((fn) => fn.startIndex), end: nodes.map((fn) => fn.endIndex), nodes };
    }
    /** The scope of a function, lambda or the module (built once per tree by `buildScope`). */
    scopeFor(owner) {
        return buildScope(owner);
    }
    /** The expressions an identifier holds at its use: its function's bindings first, then the module's. */
    valuesOf(identifier) {
        const name = identifier.text;
        const local = this.scopeOf(identifier);
        // A name a function rebinds with `global` may hold what that function assigned: not known here.
        if (this.globalRebinds().has(name))
            return undefined;
        if (local.bindings.has(name))
            return local.valuesBefore(name, identifier.startIndex);
        if (local.node.id === this.root.id)
            return undefined;
        const module = this.scopeFor(this.root);
        const bindings = module.bindings.get(name);
        // A module-level name read from a function: only a name bound once is known (any order: the function runs later).
        if (!bindings || bindings.length !== 1 || bindings[0].kind !== 'assign' || !bindings[0].value)
            return undefined;
        return [bindings[0].value];
    }
    /**
     * Whether the value `identifier` names may have been changed in part: `name.attr = …` or `name[k] = …` in its own
     * scope, or anywhere in the module for a module-level name (a function needs no `global` for that). It is still
     * the same object (valuesOf says what was bound), but its contents are no longer the assigned constant.
     */
    changedInPart(identifier) {
        const name = identifier.text;
        const local = this.scopeOf(identifier);
        if (local.bindings.has(name))
            return this.assignedByPath(name, local.node);
        return this.assignedByPath(name, this.root);
    }
    /** Module names rebound inside a function that declares them `global`, each with the functions that do. */
    globalRebinds() {
        if (this.globalRebindings)
            return this.globalRebindings;
        const rebinds = new Map();
        for (const statement of nodesOfKeyword(this.root, this.source, GLOBAL_KEYWORD, GLOBAL_STATEMENTS)) {
            const owner = this.functionAt(statement);
            if (!owner)
                continue;
            const scope = this.scopeFor(owner);
            for (const name of statement.namedChildren) {
                if (name.type !== 'identifier' || !scope.bindings.has(name.text))
                    continue;
                const owners = rebinds.get(name.text) ?? [];
                if (!owners.some((known) => known.id === owner.id))
                    owners.push(owner);
                rebinds.set(name.text, owners);
            }
        }
        return (this.globalRebindings = rebinds);
    }
    /** Whether `name.attr = …` or `name[key] = …` (plain or augmented) is written anywhere in `owner`. */
    assignedByPath(name, owner) {
        const key = `${owner.id}:${name}`;
        let found = this.pathAssignments.get(key);
        if (found === undefined) {
            // Read from the text: a match inside a string or comment only makes the answer "not constant", never "constant".
            // An identifier holds no character special to a pattern.
            const pattern = new RegExp(String.raw `(?<![\w.])${name}\s*(?:\.\s*[A-Za-z_]\w*\s*|\[[^=\n]*?\]\s*)+${AUGMENTED_OPERATOR}=(?!=)`, 'u');
            const text = owner.id === this.root.id ? this.source : this.source.slice(owner.startIndex, owner.endIndex);
            found = pattern.test(text);
            this.pathAssignments.set(key, found);
        }
        return found;
    }
    /** The parameter binding of `identifier` in its function, if the name is (only) a parameter there. */
    isParameter(identifier) {
        const bindings = this.scopeOf(identifier).bindings.get(identifier.text);
        return !!bindings && bindings.some((binding) => binding.kind === 'parameter');
    }
    /**
     * Qualified name of a callee or attribute: `sp.call` with `import subprocess as sp` → `subprocess.call`;
     * `requests.Session().get` → `requests.Session().get`; a local bound once to a call → that call's name + `()`.
     */
    qualifiedName(node) {
        const cached = this.qualifiedCache.get(node.id);
        if (cached !== undefined || this.qualifiedCache.has(node.id))
            return cached;
        const computed = this.computeQualifiedName(node, 0);
        // `six.moves.cPickle.loads` with a plain `import six` is pickle.loads: aliases are rewritten at import already.
        const result = computed === undefined ? undefined : canonicalName(computed);
        this.qualifiedCache.set(node.id, result);
        return result;
    }
    computeQualifiedName(node, depth) {
        if (depth > 8)
            return undefined;
        switch (node.type) {
            case 'identifier': {
                const name = node.text;
                const imported = this.imports.aliases.get(name);
                const local = this.scopeOf(node);
                if (!local.bindings.has(name) && imported)
                    return imported;
                const values = local.bindings.has(name) ? local.valuesBefore(name, node.startIndex) : this.valuesOf(node);
                if (values?.length === 1 && values[0].type === 'call') {
                    const callee = values[0].childForFieldName('function');
                    const inner = callee ? this.computeQualifiedName(callee, depth + 1) : undefined;
                    return inner ? `${inner}()` : name;
                }
                if (imported && !local.bindings.has(name))
                    return imported;
                return name;
            }
            case 'attribute': {
                const object = node.childForFieldName('object');
                const attribute = node.childForFieldName('attribute')?.text;
                if (!object || !attribute)
                    return undefined;
                const base = this.computeQualifiedName(object, depth + 1);
                return base === undefined ? undefined : `${base}.${attribute}`;
            }
            case 'call': {
                const callee = node.childForFieldName('function');
                const inner = callee ? this.computeQualifiedName(callee, depth + 1) : undefined;
                return inner === undefined ? undefined : `${inner}()`;
            }
            case 'parenthesized_expression': {
                const inner = node.firstNamedChild;
                return inner ? this.computeQualifiedName(inner, depth + 1) : undefined;
            }
            default:
                return undefined;
        }
    }
    /** The qualified name of the function a call invokes. */
    callName(call) {
        const callee = call.childForFieldName('function');
        return callee ? this.qualifiedName(callee) : undefined;
    }
    /** The last dotted segment of the callee as written (`a.b().c` → `c`). */
    calleeAttribute(call) {
        const callee = call.childForFieldName('function');
        if (!callee)
            return undefined;
        if (callee.type === 'identifier')
            return callee.text;
        if (callee.type === 'attribute')
            return callee.childForFieldName('attribute')?.text;
        return undefined;
    }
    /**
     * What the last segment of `callName(call)` can be, found without resolving scopes: the attribute of `a.b.c()`;
     * for `f()`, `f` and the last segment of the import `f` may stand for. A qualified name ending in `()` (the result
     * of a call, called) is not covered, so a rule matching plain names may skip every call whose candidates all
     * miss its set, before paying for `callName`.
     */
    calleeLastNames(call) {
        let callee = call.childForFieldName('function');
        while (callee?.type === 'parenthesized_expression')
            callee = callee.firstNamedChild;
        if (callee?.type === 'attribute') {
            const attribute = callee.childForFieldName('attribute')?.text;
            return attribute ? [attribute] : [];
        }
        if (callee?.type !== 'identifier')
            return [];
        const name = callee.text;
        const imported = this.imports.aliases.get(name);
        return imported ? [name, lastName(imported)] : [name];
    }
    /**
     * The calls whose callee can end in one of `names` (as `calleeLastNames` tells it), in source order (start, then
     * the outer of two calls starting together), found from the text: each whole-word occurrence of a name, or of a
     * local name an import binds to one, is looked up in the tree, and kept when it is the callee (or the attribute
     * of the callee) of a call. Words in strings and comments are looked up and dropped.
     */
    callsNamed(names) {
        const words = [...names].filter((name) => this.words.has(name));
        for (const [alias, qualified] of this.imports.aliases) {
            if (names.has(lastName(qualified)) && !names.has(alias))
                words.push(alias);
        }
        if (words.length === 0)
            return [];
        const calls = new Map();
        // A callee is followed by its argument list, or by the `)` of a parenthesised callee (a comment or a backslash
        // continuation may come between): attribute reads, imports and most words in strings are dropped by the pattern.
        const pattern = new RegExp(`\\b(?:${words.map((word) => word.replace(/[^\w]/g, '\\$&')).join('|')})\\b(?=\\s*[()#\\\\])`, 'g');
        for (const match of this.source.matchAll(pattern)) {
            const name = this.root.descendantForIndex(match.index, match.index + match[0].length);
            if (name.type !== 'identifier' || name.startIndex !== match.index || name.endIndex !== match.index + match[0].length)
                continue;
            let callee = name;
            const parent = name.parent;
            if (parent?.type === 'attribute' && parent.childForFieldName('attribute')?.id === name.id)
                callee = parent;
            while (callee.parent?.type === 'parenthesized_expression')
                callee = callee.parent;
            const call = callee.parent;
            if (call?.type === 'call' && call.childForFieldName('function')?.id === callee.id)
                calls.set(call.id, call);
        }
        return [...calls.values()].sort(inSourceOrder);
    }
    /**
     * The calls (by node id) that pass a keyword argument whose name matches `name`, found from the text: each
     * `word =` whose word matches is looked up in the tree. A rule wanting `verify=` reads a handful of nodes instead
     * of the arguments of every call. (A comment between a keyword and its `=` is not seen; Python allows it, nobody
     * writes it.)
     */
    callsWithKeyword(name) {
        const known = this.keywordCalls.get(name);
        if (known)
            return known;
        const calls = new Map();
        this.keywordAssignments ??= [...this.source.matchAll(KEYWORD_ASSIGNMENT)].map((match) => ({ word: match[1], index: match.index }));
        for (const { word, index } of this.keywordAssignments) {
            if (!name.test(word))
                continue;
            const keyword = this.root.descendantForIndex(index, index + word.length).parent;
            if (keyword?.type !== 'keyword_argument')
                continue;
            const call = keyword.parent?.parent;
            if (call?.type === 'call')
                calls.set(call.id, call);
        }
        // Keywords passed in a literal mapping (`f(**{"shell": True})`, `f(**dict(shell=True))`) are keywords too.
        for (const match of this.source.matchAll(DOUBLE_STAR)) {
            const splat = this.root.descendantForIndex(match.index, match.index + 2).parent;
            const call = splat?.type === 'dictionary_splat' ? splat.parent?.parent : undefined;
            if (call?.type === 'call' && keywordNames(call).some((word) => name.test(word)))
                calls.set(call.id, call);
        }
        this.keywordCalls.set(name, calls);
        return calls;
    }
    /** The class definitions of the module, in source order, found from their keyword like the functions: once per
     * file (a rule asking for each call it looks at rescanned the source every time, 5% of Nova's analysis). */
    classDefinitions() {
        return (this.classes ??= nodesOfKeyword(this.root, this.source, CLASS_KEYWORD, CLASSES));
    }
    /** The `def`s of the module (lambdas left out), in source order, from the list `functionAt` builds anyway. */
    functionDefinitions() {
        this.functions ??= this.findFunctions();
        return (this.functionDefs ??= this.functions.nodes.filter((fn) => fn.type === 'function_definition'));
    }
    /**
     * The strings with interpolations (f-strings, t-strings), in source order, found from their prefixes: most strings
     * have none, and a handler on `string` materialises every string of the file.
     */
    formattedStrings() {
        return nodesOfKeyword(this.root, this.source, FORMATTED_STRING_PREFIX, STRINGS, 'string_start');
    }
    isBuiltin(name) {
        return BUILTINS.has(name) && !this.imports.aliases.has(name);
    }
    /** True when some import statement brings in a name containing `fragment` (Bandit's `is_module_imported_like`). */
    importsLike(fragment) {
        return this.imports.names.some((name) => name.includes(fragment));
    }
    /** True when a module (or something inside it) is imported. */
    importsModule(module) {
        return this.imports.names.some((name) => name === module || name.startsWith(`${module}.`));
    }
    fold(node) {
        return foldString(node, this.resolve);
    }
    constant(node) {
        return constantValue(node, this.resolve);
    }
    isConstant(node) {
        return this.constant(node) !== undefined;
    }
}
