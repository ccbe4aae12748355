import { levelTable, taintRule } from '../support/taint-rule.js';
import { argument, argumentList } from '../../python/arguments.js';
/** The `sh` package: `sh.Command(path)` picks the program; a shell program given `-c` runs its next argument as a script. */
const PROGRAM_FACTORIES = new Set(['sh.Command']);
const SHELL_PROGRAMS = new Set(['sh.bash', 'sh.sh', 'sh.zsh', 'sh.dash', 'sh.ksh', 'sh.fish']);
const LEVELS = levelTable({
    request: { severity: 'high', confidence: 'high' },
    'user-input': { severity: 'high', confidence: 'medium' },
    'stored-input': { severity: 'high', confidence: 'medium' },
    parameter: { severity: 'medium', confidence: 'medium' },
    unknown: { severity: 'low', confidence: 'low' },
});
/** What the call runs as code: the program name, or the script after `-c`. */
function commandText(call, module) {
    const name = module.callName(call) ?? '';
    if (PROGRAM_FACTORIES.has(name)) {
        const program = argument(call, 'path', 0);
        return program ? { value: program, what: 'program run by sh.Command' } : undefined;
    }
    if (!SHELL_PROGRAMS.has(name))
        return undefined;
    const args = argumentList(call).filter((arg) => arg.type !== 'keyword_argument');
    const flag = args.findIndex((arg) => module.constant(arg) === '-c');
    const script = flag >= 0 ? args[flag + 1] : undefined;
    return script ? { value: script, what: `shell script run by ${name} -c` } : undefined;
}
/** The program or script of an `sh` call, worded by what it is. */
function shellCommand(call, module) {
    const command = commandText(call, module);
    return command ? { value: command.value, describe: (source) => `${command.what} comes from ${source} (command injection)` } : undefined;
}
export default taintRule({
    id: 'sh-command-injection',
    aliases: [],
    category: 'command-injection',
    cwe: 78,
    severity: 'high',
    confidence: 'high',
    cost: 'deep',
    message: 'the `sh` package runs a program or shell script chosen at run time',
    fix: 'Call a fixed program with its arguments as separate values (`sh.git("log", "--", path)`); never pass run-time text to `sh.bash("-c", ...)` or `sh.Command(...)`.',
    triggers: ['sh'],
    callees: ['Command', ...[...SHELL_PROGRAMS].map((name) => name.slice(3))],
    docs: {
        why: 'The `sh` package passes each argument to the program as is (no shell), so `sh.ls(path)` is safe from shell syntax. But '
            + '`sh.bash("-c", script)` hands a whole script to a shell, and `sh.Command(name)` lets the caller pick the program itself: '
            + 'text from a request or the command line there runs any command. Request data → high; a parameter → medium.',
        bad: [
            'import sh\nfrom flask import request\ndef archive():\n    return sh.bash("-c", "tar czf /tmp/out.tgz " + request.args["dir"])\n',
            'import sh\ndef run_tool(tool, *args):\n    return sh.Command(tool)(*args)\n',
        ],
        good: [
            'import sh\nfrom flask import request\ndef archive():\n    return sh.tar("czf", "/tmp/out.tgz", "--", request.args["dir"])\n',
            'import sh\ndef run_tool(*args):\n    return sh.Command("/usr/bin/convert")(*args)\n',
        ],
        references: ['https://sh.readthedocs.io/en/latest/', 'https://cwe.mitre.org/data/definitions/78.html'],
    },
    sinkClass: 'shell',
    levels: LEVELS,
    match: { call: shellCommand },
});
