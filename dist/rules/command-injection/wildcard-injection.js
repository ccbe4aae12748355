import { defineRule } from '../types.js';
import { SHELL_FUNCTIONS, SUBPROCESS_FUNCTIONS } from '../support/process-functions.js';
import { isShellTrue } from './support/shell-truthiness.js';
import { commandArgument } from './support/process-arguments.js';
import { lastName, nameTrigger } from '../support/name-triggers.js';
import { HOLE } from '../../python/literals.js';
// Whole words only: Bandit's substring test also matches `start`, `guitar` and `tarball`.
const WILDCARD_TOOLS = /\b(?:chown|chmod|tar|rsync)\b/;
export default defineRule({
    id: 'wildcard-injection',
    aliases: ['B609', 'S609', 'linux_commands_wildcard_injection'],
    category: 'command-injection',
    cwe: 155,
    severity: 'high',
    confidence: 'medium',
    cost: 'fast',
    message: 'shell command runs chown/chmod/tar/rsync on a `*` wildcard: file names can be read as options',
    fix: 'Put `--` before the wildcard (`tar cf out.tar -- *`) or use `./*`, or build the file list in Python and pass it without a shell.',
    options: { subprocess: SUBPROCESS_FUNCTIONS, shell: SHELL_FUNCTIONS },
    // A shell function, or a subprocess function with a `shell=` keyword argument. Not the tool names: the command
    // text is folded, so `tar` may be spelt with escapes or split across literals.
    triggers: (options) => [...options.shell.map(nameTrigger), 'shell'],
    callees: (options) => [...options.shell, ...options.subprocess].map(lastName),
    docs: {
        why: 'The shell expands `*` to every file name in the directory; a file called `--checkpoint-action=exec=sh x.sh` (tar) or `--reference=evil` (chown) becomes an option of the command.',
        bad: ['import os\nos.system("tar cf /backup/all.tar *")\n'],
        good: ['import os\nos.system("tar cf /backup/all.tar -- ./*")\n'],
        references: ['https://www.exploit-db.com/papers/33930', 'https://cwe.mitre.org/data/definitions/155.html'],
    },
    create(context) {
        const subprocessFunctions = new Set(context.options.subprocess);
        const shellFunctions = new Set(context.options.shell);
        return {
            call(node) {
                const name = context.module.callName(node);
                if (!name)
                    return;
                const viaShell = shellFunctions.has(name) || (subprocessFunctions.has(name) && isShellTrue(node, context.module));
                if (!viaShell)
                    return;
                const command = commandArgument(node);
                if (!command)
                    return;
                const parts = command.type === 'list' || command.type === 'tuple' ? command.namedChildren : [command];
                const text = parts.map((part) => context.module.fold(part)?.text ?? HOLE).join(' ');
                if (!WILDCARD_TOOLS.test(text) || !text.includes('*'))
                    return;
                // `--` before the wildcard, or globs anchored at `./`, stop file names from being read as options.
                if (/(?:^|\s)--(?:\s|$)/.test(text.slice(0, text.indexOf('*'))))
                    return;
                if (!text.replace(/(?:^|\s)\.\/\S*/g, ' ').includes('*'))
                    return;
                context.report({ node });
            },
        };
    },
});
