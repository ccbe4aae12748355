import { listedCalls } from '../support/name-triggers.js';
import { defineRule } from '../types.js';
import { SUBPROCESS_FUNCTIONS } from '../support/process-functions.js';
import { isShellTrue } from './support/shell-truthiness.js';
import { commandArgument, isFixedCommand } from './support/process-arguments.js';
export default defineRule({
    id: 'subprocess-without-shell',
    aliases: ['B603', 'S603', 'subprocess_without_shell_equals_true'],
    category: 'command-injection',
    cwe: 78,
    severity: 'low',
    confidence: 'high',
    cost: 'fast',
    // Off in the recommended preset: without shell=True only the program and its argument values are at stake, and
    // Bandit's "check for untrusted input" on every subprocess call is the noise most projects turn off.
    recommended: false,
    message: 'subprocess call runs a command built at run time: make sure no part of it is untrusted',
    fix: 'Keep the program fixed (a literal or sys.executable) and validate values passed as arguments; put `--` before user-supplied operands.',
    options: { functions: SUBPROCESS_FUNCTIONS },
    ...listedCalls('functions'),
    docs: {
        why: 'Without a shell there is no command injection through metacharacters, but a run-time program name or an argument that starts with `-` can still make the program do something else. Fixed argument lists (literals, `sys.executable`, `shlex.split("literal")`) are shown only by --profile audit.',
        bad: ['import subprocess\ndef run(cmd):\n    subprocess.run(cmd)\n'],
        good: [
            'import subprocess\nsubprocess.run(["git", "status", "--short"])\n',
            'import subprocess, sys\nsubprocess.check_call([sys.executable, "-m", "pip", "--version"])\n',
        ],
        references: ['https://docs.python.org/3/library/subprocess.html#security-considerations'],
    },
    create(context) {
        const functions = new Set(context.options.functions);
        return {
            call(node) {
                const name = context.module.callName(node);
                if (!name || !functions.has(name) || isShellTrue(node, context.module))
                    return;
                const command = commandArgument(node);
                // A fixed argument list is no finding, but Bandit lists every call: an audit sees it.
                if (command && isFixedCommand(command, context.module)) {
                    context.report({ node, severity: 'low', confidence: 'low', auditOnly: true, message: 'subprocess call with a fixed argument list (shown by --profile audit)' });
                    return;
                }
                context.report({ node });
            },
        };
    },
});
