// Call arguments looked up as Python binds them: by keyword, or by position before any `*args` whose length is not
// known. Literal splats are unpacked first, as Python would at the call: `f(*[a, b])` is `f(a, b)`,
// `f(**{"shell": True})` and `f(**dict(shell=True))` are `f(shell=True)`, so no call rule can be dodged that way.
import { readStringLiteral } from './literals.js';
export function argumentList(call) {
    const args = call.childForFieldName('arguments');
    // `f"..."` call-like decorators or generator arguments (`f(x for x in y)`) count as one positional argument.
    if (!args)
        return [];
    if (args.type === 'generator_expression')
        return [args];
    return args.namedChildren.filter((child) => child.type !== 'comment');
}
/** The containers whose elements a `*` unpacks in order, written out. */
const LITERAL_SEQUENCES = new Set(['list', 'tuple']);
function bindArguments(call) {
    const bound = { positional: [], keywords: [], opaqueKeywords: false };
    for (const arg of argumentList(call)) {
        if (arg.type === 'keyword_argument') {
            const name = arg.childForFieldName('name')?.text;
            const value = arg.childForFieldName('value');
            if (name && value)
                bound.keywords.push({ name, value, node: arg });
        }
        else if (arg.type === 'list_splat') {
            const elements = literalElements(arg.firstNamedChild);
            if (elements)
                bound.positional.push(...elements);
            else
                bound.positional.push(arg);
        }
        else if (arg.type === 'dictionary_splat') {
            const keywords = literalKeywords(arg.firstNamedChild);
            if (keywords)
                bound.keywords.push(...keywords);
            else
                bound.opaqueKeywords = true;
        }
        else {
            bound.positional.push(arg);
        }
    }
    return bound;
}
function unparenthesised(node) {
    let current = node;
    while (current?.type === 'parenthesized_expression')
        current = current.firstNamedChild;
    return current;
}
/** The elements of `[a, b]` / `(a, b)` when none is itself starred; undefined for anything else. */
function literalElements(node) {
    const sequence = unparenthesised(node);
    if (!sequence || !LITERAL_SEQUENCES.has(sequence.type))
        return undefined;
    const elements = sequence.namedChildren.filter((child) => child.type !== 'comment');
    return elements.some((element) => element.type === 'list_splat') ? undefined : elements;
}
/** The keywords of `{"k": v}` (plain string keys only) or `dict(k=v)`; undefined when a key is not known. */
function literalKeywords(node) {
    const mapping = unparenthesised(node);
    if (mapping?.type === 'call' && mapping.childForFieldName('function')?.text === 'dict') {
        const inner = bindArguments(mapping);
        return inner.positional.length === 0 && !inner.opaqueKeywords ? inner.keywords : undefined;
    }
    if (mapping?.type !== 'dictionary')
        return undefined;
    const keywords = [];
    for (const entry of mapping.namedChildren) {
        if (entry.type === 'comment')
            continue;
        if (entry.type !== 'pair')
            return undefined; // `**{**other}`
        const key = entry.childForFieldName('key');
        const value = entry.childForFieldName('value');
        if (key?.type !== 'string' || !value || key.namedChildren.some((child) => child.type === 'interpolation'))
            return undefined;
        const literal = readStringLiteral(key);
        if (literal.isBytes)
            return undefined;
        keywords.push({ name: literal.value, value, node: entry });
    }
    return keywords;
}
/** Positional arguments, literal `*[...]` unpacked; an opaque `*args` is kept as its `list_splat` node. */
export function positionalArguments(call) {
    return bindArguments(call).positional;
}
export function keywordArgument(call, name) {
    return boundKeyword(call, name)?.value;
}
/**
 * The node that passes keyword `name` (for reporting at `shell=True` as Bandit does): a `keyword_argument`, or the
 * `pair` of a literal `**{...}`. Both have a `value` field.
 */
export function keywordArgumentNode(call, name) {
    return boundKeyword(call, name)?.node;
}
function boundKeyword(call, name) {
    // Python rejects a keyword given twice; the first is as good as any for review.
    return bindArguments(call).keywords.find((keyword) => keyword.name === name);
}
/**
 * The argument bound to a parameter: keyword `name` if given, else positional `position` (0-based) when no
 * `*args` of unknown length comes before it.
 */
export function argument(call, name, position) {
    const bound = bindArguments(call);
    if (name) {
        const byName = bound.keywords.find((keyword) => keyword.name === name);
        if (byName)
            return byName.value;
    }
    if (position === null)
        return undefined;
    for (const [index, arg] of bound.positional.entries()) {
        if (arg.type === 'list_splat')
            return undefined;
        if (index === position)
            return arg;
    }
    return undefined;
}
/**
 * What may carry a parameter's value: the argument bound to it, else an opaque `*args` that comes at or before its
 * position (`Popen(*a, shell=True)`: the command is somewhere in `a`). For rules that must not pass a call whose
 * argument they cannot see.
 */
export function possibleArgument(call, name, position) {
    const bound = argument(call, name, position);
    if (bound || position === null)
        return bound;
    return bindArguments(call).positional.find((arg, index) => index <= position && arg.type === 'list_splat');
}
/** The names of every keyword a call passes, literal `**` mappings included. */
export function keywordNames(call) {
    return bindArguments(call).keywords.map((keyword) => keyword.name);
}
/** A `**kwargs` whose keys are not known (it may pass any keyword). */
export function hasKeywordSplat(call) {
    return bindArguments(call).opaqueKeywords;
}
export function hasKeyword(call, name) {
    return boundKeyword(call, name) !== undefined;
}
