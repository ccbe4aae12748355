import { lastName } from '../../../python/imports.js';
import { argument, keywordArgument } from '../../../python/arguments.js';
import { HOLE } from '../../../python/literals.js';
import { hasBindPlaceholders, holePositions, sqlShape } from './sql-shape.js';
/** Methods that execute SQL on any receiver (cursor, connection, session, engine, manager): name → query keyword. */
const SQL_METHODS = new Map([
    ['execute', 'operation'], ['executemany', 'operation'], ['executescript', 'sql_script'], ['exec_driver_sql', 'statement'],
    ['raw', 'raw_query'], ['mogrify', 'query'],
    // asyncpg connections and pools; aiosqlite connections.
    ['fetch', 'query'], ['fetchrow', 'query'], ['fetchval', 'query'], ['execute_fetchall', 'sql'],
]);
/** Functions (resolved qualified names) that turn text into executable SQL: name → query keyword. */
const SQL_FUNCTIONS = new Map([
    ['sqlalchemy.text', 'text'], ['sqlalchemy.sql.text', 'text'], ['sqlalchemy.sql.expression.text', 'text'],
    ['django.db.models.RawSQL', 'sql'], ['django.db.models.expressions.RawSQL', 'sql'],
    ['pandas.read_sql', 'sql'], ['pandas.read_sql_query', 'sql'],
]);
/** Last segments of every sink name: most calls are ruled out by these before their qualified name is worked out. */
export const SINK_LAST_NAMES = new Set([...SQL_METHODS.keys(), 'RawSQL', ...[...SQL_FUNCTIONS.keys()].map(lastName)]);
/** The expression holding the SQL text a call executes, when the call is a SQL sink. */
export function sqlSinkQuery(call, module) {
    if (!module.calleeLastNames(call).some((name) => SINK_LAST_NAMES.has(name)))
        return undefined;
    const name = module.callName(call);
    const functionKeyword = name === undefined ? undefined : SQL_FUNCTIONS.get(name);
    if (functionKeyword)
        return argument(call, functionKeyword, 0);
    const callee = call.childForFieldName('function');
    if (callee?.type !== 'attribute')
        return undefined;
    const method = callee.childForFieldName('attribute')?.text ?? '';
    const keyword = SQL_METHODS.get(method) ?? (method === 'RawSQL' ? 'sql' : undefined);
    if (!keyword)
        return undefined;
    return argument(call, keyword, 0) ?? keywordArgument(call, 'query') ?? keywordArgument(call, 'sql');
}
/**
 * Is this expression SQL text with run-time parts formatted in? Undefined when it is constant, not SQL, or every
 * run-time part is harmless (numbers, generated placeholder lists, quoting functions).
 */
export function sqlInjectionVerdict(expression, module) {
    const folded = module.fold(expression);
    return folded ? sqlInjectionVerdictOf(folded, module) : undefined;
}
/** The same verdict for text already folded (e.g. a variable's value across several `+=` statements). */
export function sqlInjectionVerdictOf(folded, module) {
    if (folded.constant || !folded.text.includes(HOLE))
        return undefined;
    const shape = sqlShape(folded.text);
    if (!shape)
        return undefined;
    const positions = holePositions(folded.text);
    // Holes and run-time parts line up one to one in text order (except for templates that are themselves
    // formatted: then every part counts).
    const aligned = positions.length === folded.dynamic.length;
    const unsafe = [];
    positions.forEach((position, index) => {
        const part = aligned ? folded.dynamic[index] : undefined;
        if (part && isHarmlessSqlPart(part, module))
            return;
        unsafe.push({ position, part });
    });
    if (unsafe.length === 0)
        return undefined;
    const parts = aligned ? unsafe.map((hole) => hole.part) : folded.dynamic;
    return {
        shape,
        position: unsafe.some((hole) => hole.position === 'value') ? 'value' : 'identifier',
        parts,
        text: folded.text,
        placeholders: hasBindPlaceholders(folded.text),
    };
}
const NUMERIC_CALLS = new Set(['int', 'float', 'len', 'round', 'abs', 'bool', 'math.floor', 'math.ceil']);
/** Run-time parts that cannot change the statement: numbers, constant alternatives, `",".join(["%s"] * n)`, quoting/escaping calls. */
function isHarmlessSqlPart(part, module) {
    if (part.type === 'integer' || part.type === 'float')
        return true;
    // `'c.relispartition' if supported else 'FALSE'`: either way a constant.
    if (part.type === 'conditional_expression') {
        const branches = part.namedChildren;
        return branches.length === 3 && module.isConstant(branches[0]) && module.isConstant(branches[2]);
    }
    // `",".join(["%s"] * len(ids))` folds to a hole standing for its iterable.
    if (['binary_operator', 'list_comprehension', 'generator_expression'].includes(part.type))
        return producesOnlyPlaceholders(part, module);
    if (part.type !== 'call')
        return false;
    const name = module.callName(part) ?? '';
    if (NUMERIC_CALLS.has(name) && (name.includes('.') || !module.imports.aliases.has(name)))
        return true;
    const method = module.calleeAttribute(part) ?? '';
    if (/^(?:quote|escape)|quote_name$|quote_ident(?:ifier)?$|^literal$/i.test(method))
        return true;
    if (method === 'join') {
        const iterable = argument(part, null, 0);
        return !!iterable && producesOnlyPlaceholders(iterable, module);
    }
    return false;
}
const PLACEHOLDER = /^\s*(?:%s|\?|%\(\w+\)s|:\w+|\$\d+)\s*$/;
function producesOnlyPlaceholders(node, module) {
    switch (node.type) {
        case 'binary_operator': {
            // ["%s"] * len(ids), "?" * n
            if (node.childForFieldName('operator')?.type !== '*')
                return false;
            const left = node.childForFieldName('left');
            const right = node.childForFieldName('right');
            return (!!left && producesOnlyPlaceholders(left, module)) || (!!right && producesOnlyPlaceholders(right, module));
        }
        case 'list':
        case 'tuple':
            return node.namedChildCount > 0 && node.namedChildren.every((item) => producesOnlyPlaceholders(item, module));
        case 'list_comprehension':
        case 'generator_expression':
        case 'set_comprehension': {
            const body = node.childForFieldName('body');
            return !!body && producesOnlyPlaceholders(body, module);
        }
        case 'parenthesized_expression':
            return !!node.firstNamedChild && producesOnlyPlaceholders(node.firstNamedChild, module);
        case 'call': {
            // itertools.repeat("%s", n)
            const first = argument(node, null, 0);
            return module.callName(node) === 'itertools.repeat' && !!first && producesOnlyPlaceholders(first, module);
        }
        default: {
            const value = module.constant(node);
            return typeof value === 'string' && PLACEHOLDER.test(value);
        }
    }
}
