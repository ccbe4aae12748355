import { listedCalls } from '../support/name-triggers.js';
import { defineRule } from '../types.js';
import { positionalArguments } from '../../python/arguments.js';
import { NO_SHELL_FUNCTIONS } from '../support/process-functions.js';
import { isFixedCommand } from './support/process-arguments.js';
export default defineRule({
    id: 'start-process-without-shell',
    aliases: ['B606', 'S606', 'start_process_with_no_shell'],
    category: 'command-injection',
    cwe: 78,
    severity: 'low',
    confidence: 'medium',
    cost: 'fast',
    message: 'process started with os.exec*/os.spawn*/os.startfile: make sure the program and its arguments are trusted',
    fix: 'Keep the program path fixed and validate every argument; prefer subprocess.run() with an argument list.',
    options: { functions: NO_SHELL_FUNCTIONS },
    ...listedCalls('functions'),
    docs: {
        why: 'These functions start a program without a shell, so metacharacters are harmless, but a run-time program path or file (os.startfile opens anything with its associated application) still decides what runs. Calls whose arguments are all fixed are shown only by --profile audit.',
        bad: ['import os\ndef launch(program, arg):\n    os.execvp(program, [program, arg])\n'],
        good: ['import os, sys\nos.execv(sys.executable, [sys.executable, "-m", "myapp"])\n'],
        references: ['https://docs.python.org/3/library/os.html#os.execv'],
    },
    create(context) {
        const functions = new Set(context.options.functions);
        return {
            call(node) {
                const name = context.module.callName(node);
                if (!name || !functions.has(name))
                    return;
                const args = positionalArguments(node);
                // A fixed command is no finding, but Bandit lists every call: an audit sees it.
                if (args.length > 0 && args.every((arg) => arg.type !== 'list_splat' && isFixedCommand(arg, context.module))) {
                    context.report({ node, severity: 'low', confidence: 'low', auditOnly: true, message: `${name}() with a fixed command (shown by --profile audit)` });
                    return;
                }
                context.report({ node });
            },
        };
    },
});
