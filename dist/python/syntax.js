/**
 * The nodes of `owners` that each match of `keyword` (a global pattern of whole keywords: `/\bimport\b/g`) is the
 * first token of, in source order. Each match is looked up in the tree (a native descent from the root) and kept
 * when it is a token of type `tokenType` (default: the keyword itself), so words in strings and comments are
 * dropped. Finding a handful of statements this way costs far less than a walk of the whole tree.
 */
export function nodesOfKeyword(root, source, keyword, owners, tokenType) {
    const nodes = [];
    for (const match of source.matchAll(keyword)) {
        const token = root.descendantForIndex(match.index, match.index + match[0].length);
        if (token.type !== (tokenType ?? match[0]))
            continue;
        const owner = token.parent;
        if (owner && owners.has(owner.type))
            nodes.push(owner);
    }
    return nodes;
}
/** A run of identifier characters holding one that is not ASCII: the only words NFKC can change. */
const NON_ASCII_WORD = /[\p{ID_Continue}]*[^\x00-\x7f][\p{ID_Continue}]*/gu;
const KEYWORDS = new Set([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif',
    'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
    'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);
/**
 * The source with every identifier written as Python reads it: Python NFKC-normalises identifiers when it parses
 * (`ｏs.system`, `𝐞val`, `ｓhell=True` are `os.system`, `eval`, `shell=True`), so a name must be matched in that form,
 * once for every rule. Strings and comments keep their text. Returns undefined when no identifier changes (every
 * ASCII-only file). Lines never move; columns after a normalised name on its line may (`𝐞` is two UTF-16 units).
 */
export function withNormalisedIdentifiers(root, source) {
    if (!/[^\x00-\x7f]/.test(source))
        return undefined;
    const edits = [];
    for (const match of source.matchAll(NON_ASCII_WORD)) {
        const start = match.index;
        const end = start + match[0].length;
        const normalised = match[0].normalize('NFKC');
        if (normalised === match[0] || KEYWORDS.has(normalised))
            continue;
        const node = root.descendantForIndex(start, end);
        if (node.type !== 'identifier' || node.startIndex !== start || node.endIndex !== end)
            continue;
        edits.push({ start, end, text: normalised });
    }
    if (edits.length === 0)
        return undefined;
    let result = '';
    let at = 0;
    for (const edit of edits) {
        result += source.slice(at, edit.start) + edit.text;
        at = edit.end;
    }
    return result + source.slice(at);
}
/** Source order, as a pre-order walk visits nodes: by start, and the outer of two nodes starting together first. */
export function inSourceOrder(a, b) {
    return a.startIndex - b.startIndex || b.endIndex - a.endIndex;
}
/** Statement-level nodes: a suppression marker anywhere on a statement's lines applies to its findings. */
const SIMPLE_STATEMENTS = new Set([
    'expression_statement', 'return_statement', 'assert_statement', 'delete_statement', 'raise_statement',
    'import_statement', 'import_from_statement', 'future_import_statement', 'global_statement', 'nonlocal_statement',
    'pass_statement', 'break_statement', 'continue_statement', 'print_statement', 'exec_statement', 'type_alias_statement',
]);
/** Compound statements whose header (not body) is the statement a finding belongs to. */
const COMPOUND_HEADERS = new Set([
    'if_statement', 'elif_clause', 'while_statement', 'for_statement', 'with_statement', 'try_statement', 'except_clause',
    'except_group_clause', 'function_definition', 'class_definition', 'decorated_definition', 'match_statement', 'case_clause',
]);
/** Lines (0-based rows, inclusive) of the statement that contains `node`, for suppressions and fingerprints. */
export function statementOf(node) {
    let current = node;
    while (current) {
        if (SIMPLE_STATEMENTS.has(current.type))
            return current;
        if (COMPOUND_HEADERS.has(current.type)) {
            // A decorated definition's statement starts at its first decorator: a marker there covers the `def` line.
            if ((current.type === 'function_definition' || current.type === 'class_definition') && current.parent?.type === 'decorated_definition')
                return current.parent;
            return current;
        }
        current = current.parent;
    }
    return node;
}
/** The row range of a statement's own lines: for a compound statement, the header up to its body. */
export function statementRows(statement) {
    const start = statement.startPosition.row;
    if (statement.type === 'decorated_definition') {
        const definition = statement.childForFieldName('definition');
        const header = definition ? headerEnd(definition) : statement.endPosition.row;
        return [start, header];
    }
    if (COMPOUND_HEADERS.has(statement.type))
        return [start, headerEnd(statement)];
    return [start, statement.endPosition.row];
}
function headerEnd(compound) {
    const body = compound.childForFieldName('body') ?? compound.namedChildren.find((child) => child.type === 'block');
    if (!body)
        return compound.endPosition.row;
    // The body block starts on the header's last line for one-line suites (`if x: pass`).
    return Math.max(compound.startPosition.row, body.startPosition.row - (body.startPosition.row > compound.startPosition.row ? 1 : 0));
}
/** The innermost function (or lambda) around a node, or null at module level. */
export function enclosingFunction(node) {
    let current = node.parent;
    while (current) {
        if (current.type === 'function_definition' || current.type === 'lambda')
            return current;
        current = current.parent;
    }
    return null;
}
/** The innermost class around a node (not crossing a function), or null. */
export function enclosingClass(node) {
    let current = node.parent;
    while (current) {
        if (current.type === 'class_definition')
            return current;
        current = current.parent;
    }
    return null;
}
/** The class a function is a direct member of (decorated or not), or null. */
export function classOfMethod(fn) {
    const holder = fn.parent?.type === 'decorated_definition' ? fn.parent : fn;
    const body = holder.parent;
    return body?.type === 'block' && body.parent?.type === 'class_definition' ? body.parent : null;
}
/** The method `name` defined directly in a class body (decorated or not). */
export function methodOf(owner, name) {
    for (const member of owner.childForFieldName('body')?.namedChildren ?? []) {
        const definition = member.type === 'decorated_definition' ? member.childForFieldName('definition') : member;
        if (definition?.type === 'function_definition' && definition.childForFieldName('name')?.text === name)
            return definition;
    }
    return undefined;
}
/** True when `node` is a docstring: a lone string expression statement first in a module, class or function body. */
export function isDocstring(node) {
    const statement = node.parent;
    if (!statement || statement.type !== 'expression_statement' || statement.namedChildCount !== 1)
        return false;
    const container = statement.parent;
    if (!container)
        return false;
    if (container.type !== 'module' && container.type !== 'block')
        return false;
    return container.firstNamedChild?.id === statement.id || isBareExpressionString(statement);
}
// Any string that is a whole expression statement does nothing at run time, so rules treat it as documentation.
function isBareExpressionString(statement) {
    const only = statement.firstNamedChild;
    return !!only && (only.type === 'string' || only.type === 'concatenated_string');
}
