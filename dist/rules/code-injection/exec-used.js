import { defineRule } from '../types.js';
import { requestEvidence } from '../../python/taint.js';
export default defineRule({
    id: 'exec-used',
    aliases: ['B102', 'S102', 'exec_used'],
    category: 'code-injection',
    cwe: 78,
    severity: 'medium',
    confidence: 'high',
    cost: 'fast',
    message: 'exec() runs arbitrary Python code',
    fix: 'Replace exec() with explicit code: a dispatch table, getattr on a known object, or a real parser.',
    triggers: ['exec'],
    // The builtin's last name, however it is imported.
    callees: ['exec'],
    docs: {
        why: 'exec() executes any Python it is given; if any part of the string can be influenced from outside, so can the program.',
        bad: ['def run(code):\n    exec(code)\n'],
        good: ['def run(name):\n    HANDLERS[name]()\n'],
        references: ['https://docs.python.org/3/library/functions.html#exec'],
    },
    create(context) {
        return {
            call(node) {
                // The builtin however it is reached: `exec`, `builtins.exec`, `from builtins import exec as run`, `(exec)(…)`.
                const name = context.module.callName(node);
                if (name !== 'builtins.exec' && (name !== 'exec' || !context.module.isBuiltin('exec')))
                    return;
                const code = node.childForFieldName('arguments')?.firstNamedChild;
                if (code && context.module.isConstant(code)) {
                    context.report({ node, severity: 'low', message: 'exec() of a constant string: replace it with the code itself' });
                    return;
                }
                // Request data in the code (data flow inside the function): the path is shown.
                context.report({ node, ...requestEvidence(code ?? undefined, node, context.module, 'code', 'exec() runs code built from request data') });
            },
        };
    },
});
