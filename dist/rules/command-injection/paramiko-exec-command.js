import { defineRule } from '../types.js';
import { argument } from '../../python/arguments.js';
export default defineRule({
    id: 'paramiko-exec-command',
    aliases: ['B601', 'S601', 'paramiko_calls'],
    category: 'command-injection',
    cwe: 78,
    severity: 'medium',
    confidence: 'medium',
    cost: 'fast',
    message: 'paramiko exec_command() runs its string through the remote shell',
    fix: 'Quote every run-time value with shlex.quote() before building the remote command, or run a fixed command.',
    // The method name is needed as well as the paramiko import (kept below), and is the rarer word.
    triggers: ['exec_command'],
    // Matched by the method's name.
    callees: ['exec_command'],
    docs: {
        why: 'exec_command() sends the string to the SSH server, which runs it with the remote user\'s shell: run-time parts can add commands of their own. A constant command is shown only by --profile audit (Bandit reports every call as medium).',
        bad: ['import paramiko\ndef remove(client, path):\n    client.exec_command("rm -rf " + path)\n'],
        good: ['import paramiko, shlex\ndef remove(client, path):\n    client.exec_command("rm -rf -- " + shlex.quote(path))\n'],
        references: ['https://docs.paramiko.org/en/stable/api/client.html#paramiko.client.SSHClient.exec_command'],
    },
    create(context) {
        if (!context.module.importsLike('paramiko'))
            return {};
        return {
            call(node) {
                // By method name, as Bandit: the SSHClient is usually created elsewhere (Ruff's resolved-name check misses it).
                // A method call only (`client.exec_command(…)`, also parenthesised): a function of that name is something else.
                let callee = node.childForFieldName('function');
                while (callee?.type === 'parenthesized_expression')
                    callee = callee.firstNamedChild;
                if (callee?.type !== 'attribute' || callee.childForFieldName('attribute')?.text !== 'exec_command')
                    return;
                const command = argument(node, 'command', 0);
                const folded = command ? context.module.fold(command) : null;
                if (command && context.module.isConstant(command)) {
                    // A fixed command cannot be steered: Bandit reports it, so the audit profile still lists it.
                    context.report({ node, severity: 'low', confidence: 'low', auditOnly: true, message: 'paramiko exec_command() with a constant command: safe now, but it runs through the remote shell (shown by --profile audit)' });
                    return;
                }
                // Every run-time part passed through shlex.quote() cannot add commands.
                if (folded && folded.dynamic.length > 0 && folded.dynamic.every((part) => part.type === 'call' && context.module.callName(part) === 'shlex.quote'))
                    return;
                context.report({ node });
            },
        };
    },
});
