import { SINK_LEVELS, taintRule } from '../support/taint-rule.js';
import { argument } from '../../python/arguments.js';
/** `RawSQL(…)`, `models.expressions.RawSQL(…)`, or an alias: `from django.db.models.expressions import RawSQL as R`. */
function rawSqlText(call, module) {
    const name = module.callName(call);
    if (name !== 'RawSQL' && !name?.endsWith('.RawSQL'))
        return undefined;
    return argument(call, 'sql', 0) ?? null;
}
export default taintRule({
    id: 'django-rawsql',
    aliases: ['B611', 'S611', 'django_rawsql_used'],
    category: 'sql-injection',
    cwe: 89,
    severity: 'medium',
    confidence: 'medium',
    message: 'RawSQL() with SQL built at run time',
    fix: 'Keep the RawSQL text constant and pass values through its params argument: `RawSQL("… WHERE id = %s", (pk,))`.',
    // Not `django.db.models`: `from django.db import models` imports it without writing that text.
    triggers: ['RawSQL'],
    callees: ['RawSQL'],
    sinkClass: 'sql',
    sinks: {},
    findSink: rawSqlText,
    when: (_call, module) => module.importsLike('django.db.models'),
    levels: SINK_LEVELS,
    describe: (source) => `RawSQL() with SQL built from ${source}: the text goes into the query as it is`,
    docs: {
        why: 'RawSQL inserts its text into the query as-is; a run-time part in it is SQL injection. SQL built from request data blocks; '
            + 'from a parameter or an unknown value it is shown; constant SQL with params only by --profile audit.',
        bad: [
            'from django.db.models.expressions import RawSQL\ndef rank(qs, column):\n    return qs.annotate(r=RawSQL("SELECT " + column + " FROM t", ()))\n',
            'from django.db.models.expressions import RawSQL\ndef rank(request, qs):\n    return qs.annotate(r=RawSQL("SELECT " + request.GET["c"] + " FROM t", ()))\n',
        ],
        good: ['from django.db.models.expressions import RawSQL\ndef rank(qs, pk):\n    return qs.annotate(r=RawSQL("SELECT rank FROM t WHERE id = %s", (pk,)))\n'],
        references: ['https://docs.djangoproject.com/en/stable/ref/models/expressions/#raw-sql-expressions'],
    },
});
