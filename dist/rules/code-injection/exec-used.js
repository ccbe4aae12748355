import { SINK_LEVELS, taintRule } from '../support/taint-rule.js';
/** The builtin however it is reached: `exec`, `builtins.exec`, `from builtins import exec as run`. compile() runs
 * nothing itself: the tracer carries its source into the exec() or eval() that runs the code object. */
const SINKS = { exec: { position: 0 }, 'builtins.exec': { position: 0 } };
export default taintRule({
    id: 'exec-used',
    aliases: ['B102', 'S102', 'exec_used'],
    category: 'code-injection',
    cwe: 78,
    severity: 'medium',
    confidence: 'high',
    message: 'exec() runs arbitrary Python code',
    fix: 'Replace exec() with explicit code: a dispatch table, getattr on a known object, or a real parser.',
    sinkClass: 'code',
    sinks: SINKS,
    // A function of the module's own named `exec` or `compile` is not the builtin.
    when: (_call, module, name) => name === 'builtins.exec' || module.isBuiltin('exec'),
    levels: SINK_LEVELS,
    describe: (source) => `exec() runs code built from ${source}`,
    docs: {
        why: 'exec() executes any Python it is given (also as a code object compile() made of it); if any part of the string can be influenced from outside, so can the program. '
            + 'Code from request data or other outside input blocks; from a parameter or an unknown value it is shown; a constant is shown only by --profile audit.',
        bad: [
            'from flask import request\ndef run():\n    exec(request.form["code"])\n',
            'def run(code):\n    exec(code)\n',
        ],
        good: ['def run(name):\n    HANDLERS[name]()\n', 'exec("import this")\n'],
        references: ['https://docs.python.org/3/library/functions.html#exec', 'https://cwe.mitre.org/data/definitions/95.html'],
    },
});
