import { defineRule } from '../types.js';

export default defineRule({
  id: 'assert-used',
  aliases: ['B101', 'S101', 'assert_used'],
  category: 'assert-used',
  cwe: 703,
  severity: 'low',
  confidence: 'high',
  cost: 'fast',
  message: 'assert is removed when Python runs with -O: do not use it to enforce checks',
  fix: 'Raise an exception explicitly (`if not user.is_admin: raise PermissionError(...)`).',
  triggers: ['assert'],
  docs: {
    why: 'Python drops every assert statement when run with optimisation (-O, PYTHONOPTIMIZE), so a permission or input check written as an assert silently disappears in such deployments. Test code is exempt by the test-code policy; asserts inside `if TYPE_CHECKING:` never run and are not reported.',
    bad: ['def delete(user, item):\n    assert user.is_admin\n    item.delete()\n'],
    good: ['def delete(user, item):\n    if not user.is_admin:\n        raise PermissionError("admin only")\n    item.delete()\n'],
    references: ['https://docs.python.org/3/reference/simple_stmts.html#the-assert-statement', 'https://cwe.mitre.org/data/definitions/703.html'],
  },
  create(context) {
    return {
      assert_statement(node) {
        if (underTypeChecking(node)) return;
        context.report({ node });
      },
    };
  },
});

function underTypeChecking(node: import('../../python/syntax.js').SyntaxNode): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'if_statement') {
      const condition = current.childForFieldName('condition')?.text ?? '';
      if (/^(?:typing\.)?TYPE_CHECKING$/.test(condition)) return true;
    }
  }
  return false;
}
