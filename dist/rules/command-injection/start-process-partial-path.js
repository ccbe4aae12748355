import { defineRule } from '../types.js';
import { NO_SHELL_FUNCTIONS, SHELL_FUNCTIONS, SUBPROCESS_FUNCTIONS } from '../support/process-functions.js';
import { commandArgument, literalProgram } from './support/process-arguments.js';
import { listedCalls } from '../support/name-triggers.js';
// Bandit's test: a drive letter (`C:`), or a leading `/`, `\` or `.` is a full (or explicitly relative) path.
const FULL_PATH = /^(?:[A-Za-z](?=:)|[\\/.])/;
export default defineRule({
    id: 'start-process-partial-path',
    aliases: ['B607', 'S607', 'start_process_with_partial_path'],
    category: 'command-injection',
    cwe: 78,
    severity: 'low',
    confidence: 'high',
    cost: 'fast',
    // Off in the recommended preset: `subprocess.run(["git", ...])` is how nearly every project calls tools, and
    // the PATH-hijack it warns about needs an attacker who already controls the environment.
    recommended: false,
    message: 'process started with a program name looked up in PATH, not a full path',
    fix: 'Use an absolute path (`/usr/bin/git`) or resolve it once with shutil.which() and check the result.',
    options: { subprocess: SUBPROCESS_FUNCTIONS, shell: SHELL_FUNCTIONS, noShell: NO_SHELL_FUNCTIONS },
    ...listedCalls('subprocess', 'shell', 'noShell'),
    docs: {
        why: 'A program given by name is found through PATH at run time; whoever controls PATH (or the working directory on Windows) chooses what actually runs.',
        bad: ['import subprocess\nsubprocess.run(["git", "status"])\n'],
        good: ['import subprocess\nsubprocess.run(["/usr/bin/git", "status"])\n'],
        references: ['https://docs.python.org/3/library/shutil.html#shutil.which'],
    },
    create(context) {
        const functions = new Set([...context.options.subprocess, ...context.options.shell, ...context.options.noShell]);
        return {
            call(node) {
                const name = context.module.callName(node);
                if (!name || !functions.has(name))
                    return;
                const command = commandArgument(node);
                const program = command ? literalProgram(command, context.module) : undefined;
                if (!program || FULL_PATH.test(program.text))
                    return;
                const word = program.text.trim().split(/\s+/)[0] ?? program.text;
                context.report({ node: program.node, message: `process started with the partial path '${word}': the program is looked up in PATH` });
            },
        };
    },
});
