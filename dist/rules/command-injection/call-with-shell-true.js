import { defineRule } from '../types.js';
import { keywordArgumentNode } from '../../python/arguments.js';
import { SUBPROCESS_FUNCTIONS } from '../support/process-functions.js';
import { isShellTrue, SHELL_KEYWORD_NAME } from './support/shell-truthiness.js';
const SHELL_KEYWORD = /\bshell\s*=/;
export default defineRule({
    id: 'call-with-shell-true',
    aliases: ['B604', 'S604', 'any_other_function_with_shell_equals_true'],
    category: 'command-injection',
    cwe: 78,
    severity: 'medium',
    confidence: 'low',
    cost: 'fast',
    message: 'call with shell=True: if this function runs a command, it goes through the shell',
    fix: 'Pass the command as an argument list without shell=True, or quote every run-time value with shlex.quote().',
    options: { functions: SUBPROCESS_FUNCTIONS },
    // Only calls with a `shell=` keyword argument are reported.
    triggers: ['shell'],
    // Any callee, but isShellTrue needs `shell=` passed by name.
    calleeKeywords: SHELL_KEYWORD_NAME,
    docs: {
        why: 'Wrappers around subprocess (invoke, fabric, project helpers) usually forward shell=True to /bin/sh, where any run-time part of the command can add commands of its own. The function is not known to run a shell, hence low confidence.',
        bad: ['from fabric import api\ndef deploy(name):\n    api.local("rm -rf /srv/" + name, shell=True)\n'],
        good: ['from fabric import api\ndef deploy(name):\n    api.local(["rm", "-rf", "/srv/" + name], shell=False)\n'],
        references: ['https://docs.python.org/3/library/subprocess.html#security-considerations'],
    },
    create(context) {
        // Calls in the subprocess list are subprocess-shell-true's (B602).
        const subprocessFunctions = new Set(context.options.functions);
        return {
            call(node) {
                // Cheap text test first: unmarshalling every call's arguments is the expensive part.
                if (!SHELL_KEYWORD.test(node.text) || !isShellTrue(node, context.module))
                    return;
                const name = context.module.callName(node);
                if (name && subprocessFunctions.has(name))
                    return;
                context.report({ node: keywordArgumentNode(node, 'shell') ?? node });
            },
        };
    },
});
