import { SINK_LEVELS, taintRule } from '../support/taint-rule.js';
import { SUBPROCESS_FUNCTIONS } from '../support/process-functions.js';
import { isShellTrue, shellArgument, SHELL_KEYWORD_NAME } from './support/shell-truthiness.js';
const COMMAND = { keyword: 'args', position: 0 };
export default taintRule({
    id: 'subprocess-shell-true',
    aliases: ['B602', 'S602', 'subprocess_popen_with_shell_equals_true'],
    category: 'command-injection',
    cwe: 78,
    severity: 'high',
    confidence: 'high',
    message: 'subprocess call with shell=True runs a command built at run time through the shell',
    fix: 'Pass an argument list and drop shell=True (`subprocess.run(["ls", path])`), or quote every value with shlex.quote.',
    options: { functions: SUBPROCESS_FUNCTIONS },
    // A `shell=` keyword argument is needed whatever the function list: rarer than the subprocess names.
    triggers: ['shell'],
    // isShellTrue needs `shell=` passed by name; rarer than the function names, and whatever the options say.
    calleeKeywords: SHELL_KEYWORD_NAME,
    sinkClass: 'shell',
    sinks: {},
    optionSinks: (options) => Object.fromEntries(options.functions.map((name) => [name, COMMAND])),
    when: (call, module) => isShellTrue(call, module),
    // Where Bandit points: the `shell=True` argument.
    reportAt: (call) => shellArgument(call)?.parent ?? call,
    levels: SINK_LEVELS,
    describe: (source) => `subprocess call with shell=True runs a command built from ${source} through the shell`,
    docs: {
        why: 'With shell=True the command string is interpreted by /bin/sh: any part that comes from outside the program can add commands of its own (`; rm -rf ~`). '
            + 'A command built from request data or other outside input blocks; from a parameter or an unknown value it is shown; a constant command, or one '
            + 'whose run-time parts are quoted with shlex.quote, only by --profile audit.',
        bad: [
            'import subprocess\nfrom flask import request\ndef ping():\n    return subprocess.check_output("ping -c 1 " + request.args["host"], shell=True)\n',
            'import subprocess\ndef run(name):\n    subprocess.call("ls " + name, shell=True)\n',
        ],
        good: [
            'import subprocess\ndef run(name):\n    subprocess.call(["ls", name])\n',
            'import shlex, subprocess\ndef run(name):\n    subprocess.call("ls " + shlex.quote(name), shell=True)\n',
            'import subprocess\nsubprocess.call("ls -l | wc -l", shell=True)\n',
        ],
        references: ['https://docs.python.org/3/library/subprocess.html#security-considerations', 'https://cwe.mitre.org/data/definitions/78.html'],
    },
});
