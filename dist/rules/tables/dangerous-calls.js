// Bandit's B3xx blacklist of calls, one row per rule, matched on resolved qualified names.
import { callTableRule } from './call-table.js';
const ROWS = [
    {
        id: 'eval-used', aliases: ['B307', 'S307', 'eval'], category: 'code-injection', cwe: 78, severity: 'medium', confidence: 'high',
        calls: ['eval', 'builtins.eval'],
        message: 'eval() evaluates arbitrary Python expressions',
        fix: 'Use ast.literal_eval() for literals, json.loads() for data, or an explicit dispatch table.',
        docs: {
            why: 'eval() runs any expression it is given, including `__import__("os").system(...)`.',
            bad: ['def parse(text):\n    return eval(text)\n'],
            good: ['import ast\ndef parse(text):\n    return ast.literal_eval(text)\n'],
            references: ['https://docs.python.org/3/library/ast.html#ast.literal_eval'],
        },
        when: (call, module) => {
            const first = call.childForFieldName('arguments')?.firstNamedChild;
            return first && module.isConstant(first) ? { severity: 'low', message: 'eval() of a constant string: replace it with the expression itself' } : true;
        },
    },
];
export const DANGEROUS_CALL_RULES = ROWS.map(callTableRule);
