import { SINK_LEVELS, taintRule } from '../support/taint-rule.js';
export default taintRule({
    id: 'eval-used',
    aliases: ['B307', 'S307', 'eval'],
    category: 'code-injection',
    cwe: 78,
    severity: 'medium',
    confidence: 'high',
    message: 'eval() evaluates arbitrary Python expressions',
    fix: 'Use ast.literal_eval() for literals, json.loads() for data, or an explicit dispatch table.',
    sinkClass: 'code',
    sinks: { eval: { position: 0 }, 'builtins.eval': { position: 0 } },
    // A function of the module's own named `eval` is not the builtin.
    when: (_call, module, name) => name === 'builtins.eval' || module.isBuiltin('eval'),
    levels: SINK_LEVELS,
    describe: (source) => `eval() evaluates an expression built from ${source}`,
    docs: {
        why: 'eval() runs any expression it is given, including `__import__("os").system(...)`. An expression from request data or '
            + 'other outside input blocks; from a parameter or an unknown value it is shown; a constant is shown only by --profile audit.',
        bad: [
            'from flask import request\ndef calc():\n    return str(eval(request.args.get("expr")))\n',
            'def parse(text):\n    return eval(text)\n',
        ],
        good: ['import ast\ndef parse(text):\n    return ast.literal_eval(text)\n', 'LIMIT = eval("2 ** 10")\n'],
        references: ['https://docs.python.org/3/library/ast.html#ast.literal_eval', 'https://cwe.mitre.org/data/definitions/95.html'],
    },
});
