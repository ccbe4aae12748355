import { REQUEST_ONLY, taintRule } from '../support/taint-rule.js';
import { enclosingFunction } from '../../python/syntax.js';
import { argument } from '../../python/arguments.js';
import { parameterName } from '../../python/scope.js';
import { flowMessage, isRouteHandler } from '../../python/taint.js';
/**
 * Casts that accept `"nan"`/`"inf"` (case-insensitive, signed): `float("NaN") < limit` is False, and so is `>=`.
 * (Decimal is not one: ordering a NaN Decimal raises InvalidOperation, which fails closed.)
 */
const NAN_CASTS = new Set(['float', 'numpy.float64', 'numpy.float32', 'numpy.double']);
/** Checks that rule NaN (and infinities) out. */
const FINITE_CHECKS = /(^|\.)(isnan|isfinite|isinf|is_nan|is_finite|is_infinite)$/;
const ORDERING = new Set(['<', '>', '<=', '>=', '==', '!=']);
/** The operands `node` is compared with, when it is one side of an ordering comparison. */
function isCompared(node) {
    let current = node;
    while (current.parent?.type === 'parenthesized_expression')
        current = current.parent;
    const parent = current.parent;
    if (parent?.type !== 'comparison_operator')
        return false;
    return parent.children.some((child) => !child.isNamed && ORDERING.has(child.type));
}
/** `x = float(...)`: the later uses of `x` in the same function that are compared. */
function comparedUses(cast, fn) {
    if (isCompared(cast))
        return { compared: [cast] };
    let holder = cast;
    while (holder.parent?.type === 'parenthesized_expression')
        holder = holder.parent;
    const assignment = holder.parent;
    const target = assignment?.type === 'assignment' && assignment.childForFieldName('right')?.id === holder.id ? assignment.childForFieldName('left') : null;
    if (target?.type !== 'identifier' || !fn)
        return { compared: [] };
    return { name: target.text, compared: comparedNames(target.text, fn, assignment.endIndex) };
}
/** Later uses of `name` in `fn` that are compared. */
function comparedNames(name, fn, after) {
    return fn.descendantsOfType('identifier').filter((use) => use.text === name && use.startIndex > after && isCompared(use));
}
/** A finiteness check on the name (or on the cast) anywhere in the function. */
function checksFinite(name, fn, module) {
    if (!name || !fn)
        return false;
    const checked = (call) => argument(call, null, 0)?.text === name || call.childForFieldName('function')?.childForFieldName('object')?.text === name;
    return fn.descendantsOfType('call').some((call) => FINITE_CHECKS.test(module.calleeAttribute(call) ?? '') && checked(call))
        // `x != x` is the NaN test without math.
        || fn.descendantsOfType('comparison_operator').some((comparison) => comparison.namedChildren.length === 2 && comparison.namedChildren.every((side) => side.text === name));
}
export default taintRule({
    id: 'nan-injection',
    aliases: [],
    category: 'other',
    cwe: 1287,
    severity: 'high',
    confidence: 'high',
    cost: 'deep',
    message: 'float() of request data compared without a NaN check: `"nan"` makes every comparison False and skips the check',
    fix: 'Reject non-finite numbers after the cast (`if not math.isfinite(amount): abort(400)`), or parse with int()/Decimal and a range check that fails closed.',
    triggers: ['float', 'float64', 'float32', 'double'],
    // Casts by name; a route's `float`-typed parameters (FastAPI/pydantic parse "nan" too) by its definition.
    callees: [...NAN_CASTS].map((name) => name.split('.').pop()),
    docs: {
        why: '`float()` accepts "nan", "inf" and "-inf". NaN compares False with everything, so `if amount > balance: refuse()` lets a NaN '
            + 'amount through, and the NaN then poisons sums, balances and stored prices. The rule follows request data into float() (and '
            + 'numpy floats) and reports the cast when its result is compared with <, >, <=, >=, == or != without a math.isnan/'
            + 'math.isfinite check in the function. Route parameters typed `float` (FastAPI/pydantic accept "nan" as well) count the same; '
            + '`confloat(allow_inf_nan=False)`/`Field(allow_inf_nan=False)` or an int type rules it out.',
        bad: [
            'from flask import request, abort\ndef withdraw(account):\n    amount = float(request.form["amount"])\n    if amount > account.balance:\n        abort(400)\n    account.balance -= amount\n',
        ],
        good: [
            'import math\nfrom flask import request, abort\ndef withdraw(account):\n    amount = float(request.form["amount"])\n    if not math.isfinite(amount) or amount > account.balance:\n        abort(400)\n    account.balance -= amount\n',
            'from flask import request, abort\ndef withdraw(account):\n    cents = int(request.form["cents"])\n    if cents > account.balance_cents:\n        abort(400)\n    account.balance_cents -= cents\n',
        ],
        references: ['https://cwe.mitre.org/data/definitions/1287.html', 'https://docs.python.org/3/library/functions.html#float', 'https://docs.python.org/3/library/math.html#math.isfinite'],
    },
    sinkClass: undefined,
    levels: REQUEST_ONLY,
    match: { function_definition: floatRouteParameters, call: comparedCast },
});
/** Route parameters typed `float` (the framework casts them) and compared with no NaN check: findings as they are. */
function floatRouteParameters(node, module) {
    if (!isRouteHandler(node))
        return [];
    const found = [];
    for (const parameter of node.childForFieldName('parameters')?.namedChildren ?? []) {
        const type = parameter.childForFieldName('type')?.text ?? '';
        const name = parameterName(parameter);
        if (!name || !/^(float|Optional\[float\]|float \| None)$/.test(type))
            continue;
        const compared = comparedNames(name.text, node, parameter.endIndex);
        if (compared.length === 0 || checksFinite(name.text, node, module))
            continue;
        const flow = [`${name.text} (float parameter of route ${node.childForFieldName('name')?.text ?? ''}, line ${name.startPosition.row + 1})`, `compared at line ${compared[0].startPosition.row + 1}`];
        found.push({ fixed: { node: parameter, message: flowMessage('route parameter parsed as float (accepts "nan") and compared without a NaN check (NaN injection)', flow), flow } });
    }
    return found;
}
/** `float(value)` whose result is compared with no NaN check: the cast's argument is the sink. */
function comparedCast(node, module) {
    const name = module.callName(node) ?? '';
    if (!NAN_CASTS.has(name) || (name === 'float' && !module.isBuiltin('float')))
        return undefined;
    const value = argument(node, null, 0);
    if (!value)
        return undefined;
    const fn = enclosingFunction(node);
    const { name: bound, compared } = comparedUses(node, fn);
    if (compared.length === 0 || checksFinite(bound, fn, module))
        return undefined;
    return {
        value,
        label: `${name}()`,
        then: [`compared at line ${compared[0].startPosition.row + 1}`],
        describe: (source) => `${source} cast with ${name}() and compared without a NaN check (NaN injection)`,
    };
}
