import { levelTable, taintRule } from '../support/taint-rule.js';
import { HOLE } from '../../python/literals.js';
/**
 * Keywords of Django's expression API (`Func`, `Aggregate`, `Transform`, custom `as_sql`/`as_<vendor>`) that become SQL
 * text as they are: the template, the SQL function name, the joiner between arguments.
 */
const SQL_TEXT_KEYWORDS = /^(template|function|arg_joiner)$/;
const DJANGO_MODELS = 'django.db.models';
/** A parameter or unknown value counts only when it is formatted into the text at this call. */
const LEVELS = levelTable({
    request: { severity: 'high', confidence: 'high' },
    'user-input': { severity: 'high', confidence: 'medium' },
    'stored-input': { severity: 'high', confidence: 'medium' },
    parameter: { severity: 'medium', confidence: 'medium' },
});
/** Text formatted from run-time parts other than Django's own `%(name)s` slots. */
function isFormatted(value, module) {
    const shape = module.fold(value);
    return !!shape && !shape.constant && shape.text.includes(HOLE);
}
/** Each SQL-text keyword of a call (the first reported counts); a parameter only when formatted in at the call. */
function expressionTexts(node, module) {
    const sinks = [];
    for (const arg of node.childForFieldName('arguments')?.namedChildren ?? []) {
        const keyword = arg.type === 'keyword_argument' ? arg.childForFieldName('name')?.text ?? '' : '';
        const value = arg.childForFieldName('value');
        if (!SQL_TEXT_KEYWORDS.test(keyword) || !value)
            continue;
        sinks.push({
            value,
            describe: (source) => `SQL ${keyword} of a Django expression built from ${source} (SQL injection)`,
            refine: (trace) => (trace.kind !== 'parameter' || isFormatted(value, module) ? trace : undefined),
        });
    }
    return sinks;
}
export default taintRule({
    id: 'django-expression-template',
    aliases: [],
    category: 'sql-injection',
    cwe: 89,
    severity: 'high',
    confidence: 'high',
    cost: 'deep',
    message: 'Django expression template or SQL function name built at run time: it is pasted into the query as SQL',
    fix: 'Keep `template`, `function` and `arg_joiner` constant; pass values as expressions (`Value(x)`, `F("field")`) so Django binds them as parameters.',
    triggers: [/\b(template|function|arg_joiner)\s*=/],
    calleeKeywords: SQL_TEXT_KEYWORDS,
    docs: {
        why: 'Func, Aggregate, Transform and custom expressions render `template` with `%(function)s` and `%(expressions)s` and put the result '
            + 'into the SQL unescaped; `function` and `arg_joiner` go in the same way. A value formatted into them (`template=f"... {order}"`, '
            + '`function=request.GET["fn"]`) is SQL injection that no `params` list guards. Values belong in `Value()`/`F()` arguments, which Django binds.',
        bad: [
            'from django.db.models import F, Func\ndef ordered(request, qs):\n    direction = request.GET.get("dir", "ASC")\n    return qs.annotate(names=Func(F("name"), function="STRING_AGG", template=f"%(function)s(%(expressions)s, \',\' ORDER BY name {direction})"))\n',
            'from django.db.models import F, Func\ndef apply(request, qs):\n    return qs.annotate(v=Func(F("price"), function=request.GET["fn"]))\n',
        ],
        good: [
            'from django.db.models import F, Func\ndef ordered(request, qs):\n    return qs.annotate(names=Func(F("name"), function="STRING_AGG", template="%(function)s(%(expressions)s, \',\' ORDER BY name)"))\n',
            'from django.db.models import F, Func\nFUNCTIONS = {"upper": "UPPER", "lower": "LOWER"}\ndef apply(request, qs):\n    return qs.annotate(v=Func(F("name"), function=FUNCTIONS[request.GET["fn"]]))\n',
        ],
        references: ['https://docs.djangoproject.com/en/stable/ref/models/expressions/#func-expressions', 'https://cwe.mitre.org/data/definitions/89.html'],
    },
    sinkClass: 'sql',
    levels: LEVELS,
    inModule: (module) => module.importsLike(DJANGO_MODELS) || module.importsLike('django.db'),
    match: { call: expressionTexts },
    firstOnly: true,
});
