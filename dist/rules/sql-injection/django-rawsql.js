import { defineRule } from '../types.js';
import { argument } from '../../python/arguments.js';
export default defineRule({
    id: 'django-rawsql',
    aliases: ['B611', 'S611', 'django_rawsql_used'],
    category: 'sql-injection',
    cwe: 89,
    severity: 'medium',
    confidence: 'medium',
    cost: 'fast',
    message: 'RawSQL() with SQL built at run time',
    fix: 'Keep the RawSQL text constant and pass values through its params argument: `RawSQL("… WHERE id = %s", (pk,))`.',
    // Not `django.db.models`: `from django.db import models` imports it without writing that text.
    triggers: ['RawSQL'],
    // The call handler reports only `RawSQL(…)` / `….RawSQL(…)` (calleeAttribute).
    callees: ['RawSQL'],
    docs: {
        why: 'RawSQL inserts its text into the query as-is; a run-time part in it is SQL injection. Constant SQL (also through a variable bound to a literal) with params is not reported.',
        bad: ['from django.db.models.expressions import RawSQL\ndef rank(qs, column):\n    return qs.annotate(r=RawSQL("SELECT " + column + " FROM t", ()))\n'],
        good: ['from django.db.models.expressions import RawSQL\ndef rank(qs, pk):\n    return qs.annotate(r=RawSQL("SELECT rank FROM t WHERE id = %s", (pk,)))\n'],
        references: ['https://docs.djangoproject.com/en/stable/ref/models/expressions/#raw-sql-expressions'],
    },
    create(context) {
        const { module } = context;
        if (!module.importsLike('django.db.models'))
            return {};
        return {
            call(node) {
                // `RawSQL(…)`, `models.expressions.RawSQL(…)`, or an alias: `from django.db.models.expressions import RawSQL as R`.
                const name = module.callName(node);
                if (name !== 'RawSQL' && !name?.endsWith('.RawSQL'))
                    return;
                const sql = argument(node, 'sql', 0);
                if (sql && !module.isConstant(sql))
                    context.report({ node });
            },
        };
    },
});
