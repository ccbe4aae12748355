import { SINK_LEVELS, taintRule } from '../support/taint-rule.js';
import { argument } from '../../python/arguments.js';
/** The SQL fragments of `QuerySet.extra(select, where, params, tables, order_by, select_params)`: all but the params. */
function sqlFragments(call, module) {
    if (module.calleeAttribute(call) !== 'extra' || call.childForFieldName('function')?.type !== 'attribute')
        return undefined;
    return [argument(call, 'select', 0), argument(call, 'where', 1), argument(call, 'tables', 3), argument(call, 'order_by', 4)]
        .filter((fragment) => fragment !== undefined);
}
export default taintRule({
    id: 'django-extra',
    aliases: ['B610', 'S610', 'django_extra_used'],
    category: 'sql-injection',
    cwe: 89,
    severity: 'medium',
    confidence: 'medium',
    message: 'QuerySet.extra() with SQL built at run time',
    fix: 'Use annotate()/filter() with F() and Func() expressions, or keep extra() SQL constant and pass values through params=.',
    triggers: ['extra'],
    callees: ['extra'],
    sinkClass: 'sql',
    sinks: {},
    findSink: sqlFragments,
    levels: SINK_LEVELS,
    describe: (source) => `QuerySet.extra() with SQL built from ${source}: the fragments are pasted into the query unescaped`,
    docs: {
        why: 'extra() pastes its select, where and tables strings into the query unescaped; a run-time value in them is SQL injection. '
            + 'SQL built from request data blocks; from a parameter or an unknown value it is shown; constant SQL (values in params=) only by --profile audit.',
        bad: [
            'def search(request, qs):\n    return qs.extra(where=["name = \'%s\'" % request.GET["name"]])\n',
            'def search(qs, name):\n    return qs.extra(where=["name = \'%s\'" % name])\n',
        ],
        good: ['def search(qs, name):\n    return qs.extra(where=["name = %s"], params=[name])\n'],
        references: ['https://docs.djangoproject.com/en/stable/ref/models/querysets/#extra'],
    },
});
