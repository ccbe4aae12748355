import { defineRule } from '../types.js';
import type { SyntaxNode } from '../../python/syntax.js';
import type { ModuleFacts } from '../../python/module.js';
import { argument } from '../../python/arguments.js';

export default defineRule({
  id: 'django-extra',
  aliases: ['B610', 'S610', 'django_extra_used'],
  category: 'sql-injection',
  cwe: 89,
  severity: 'medium',
  confidence: 'medium',
  cost: 'fast',
  message: 'QuerySet.extra() with SQL built at run time',
  fix: 'Use annotate()/filter() with F() and Func() expressions, or keep extra() SQL constant and pass values through params=.',
  triggers: ['extra'],
  callees: ['extra'],
  docs: {
    why: 'extra() pastes its select, where and tables strings into the query unescaped; a run-time value in them is SQL injection. Constant SQL (literals, or names bound to literals) with values in params= is safe and not reported.',
    bad: ['def search(qs, name):\n    return qs.extra(where=["name = \'%s\'" % name])\n'],
    good: ['def search(qs, name):\n    return qs.extra(where=["name = %s"], params=[name])\n'],
    references: ['https://docs.djangoproject.com/en/stable/ref/models/querysets/#extra'],
  },
  create(context) {
    const { module } = context;
    return {
      call(node) {
        if (module.calleeAttribute(node) !== 'extra' || node.childForFieldName('function')?.type !== 'attribute') return;
        const select = argument(node, 'select', 0);
        const where = argument(node, 'where', 1);
        const tables = argument(node, 'tables', 3);
        const orderBy = argument(node, 'order_by', 4);
        const dynamic = [where, tables, orderBy].some((value) => value && !isConstantSequence(value, module))
          || (select !== undefined && !isConstantMapping(select, module));
        if (dynamic) context.report({ node });
      },
    };
  },
});

function isConstantSequence(node: SyntaxNode, module: ModuleFacts): boolean {
  if (module.isConstant(node)) return true;
  if (node.type === 'identifier') {
    const values = module.valuesOf(node);
    return !!values && values.length > 0 && values.every((value) => isConstantSequence(value, module));
  }
  return false;
}

function isConstantMapping(node: SyntaxNode, module: ModuleFacts): boolean {
  if (node.type === 'dictionary') {
    return node.namedChildren.every((pair) => {
      if (pair.type !== 'pair') return false;
      const key = pair.childForFieldName('key');
      const value = pair.childForFieldName('value');
      return !!key && !!value && module.isConstant(key) && module.isConstant(value);
    });
  }
  if (node.type === 'identifier') {
    const values = module.valuesOf(node);
    return !!values && values.length > 0 && values.every((value) => isConstantMapping(value, module));
  }
  return false;
}
