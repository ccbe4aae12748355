import { defineRule } from '../types.js';
import { lastName } from '../support/name-triggers.js';
import { enclosingFunction } from '../../python/syntax.js';
import { argument } from '../../python/arguments.js';
const UMASK = 'os.umask';
const GROUP_WRITE = 0o020;
const OTHER_WRITE = 0o002;
export default defineRule({
    id: 'os-permissive-umask',
    aliases: [],
    category: 'insecure-config',
    cwe: 732,
    severity: 'medium',
    confidence: 'high',
    cost: 'fast',
    message: 'umask lets other users write the files and directories this process creates',
    fix: 'Keep at least 0o022 in the mask (`os.umask(0o022)`, or 0o077 for private data); give individual files wider modes explicitly with os.chmod when they really need it.',
    triggers: ['umask'],
    callees: [lastName(UMASK)],
    docs: {
        why: 'The umask removes permission bits from every file and directory the process creates afterwards, including files created by libraries. os.umask(0) (a line of many daemonisation recipes) makes them world-writable: any local user can then replace configuration, data or code the program later trusts. A mask without the group-write bit (0o002) is reported at low severity: shared-group setups use it on purpose. Reading the mask with `old = os.umask(0); os.umask(old)` is not reported.',
        bad: [
            'import os\nos.umask(0)\n',
            'import os\ndef daemonize():\n    os.setsid()\n    os.umask(0o000)\n',
        ],
        good: [
            'import os\nos.umask(0o077)\n',
            'import os\ndef current_umask():\n    mask = os.umask(0)\n    os.umask(mask)\n    return mask\n',
        ],
        references: ['https://docs.python.org/3/library/os.html#os.umask', 'https://cwe.mitre.org/data/definitions/732.html'],
    },
    create(context) {
        /** `mask = os.umask(0)` followed by `os.umask(mask)`: the idiom for reading the current mask. */
        function isRestoredAtOnce(call) {
            const assignment = call.parent;
            const target = assignment?.type === 'assignment' ? assignment.childForFieldName('left') : null;
            if (target?.type !== 'identifier')
                return false;
            const scope = enclosingFunction(call) ?? context.module.root;
            return scope.descendantsOfType('call').some((other) => other.startIndex > call.endIndex && context.module.callName(other) === UMASK
                && argument(other, 'mask', 0)?.text === target.text);
        }
        return {
            call(node) {
                if (context.module.callName(node) !== UMASK)
                    return;
                const maskArgument = argument(node, 'mask', 0);
                const mask = maskArgument ? context.module.constant(maskArgument) : undefined;
                if (typeof mask !== 'number' || !Number.isInteger(mask))
                    return;
                if ((mask & (GROUP_WRITE | OTHER_WRITE)) === (GROUP_WRITE | OTHER_WRITE))
                    return;
                if (isRestoredAtOnce(node))
                    return;
                const octal = `0o${mask.toString(8).padStart(3, '0')}`;
                if ((mask & OTHER_WRITE) === 0) {
                    context.report({ node, message: `os.umask(${octal}) lets every user write the files and directories this process creates` });
                }
                else {
                    context.report({ node, severity: 'low', message: `os.umask(${octal}) lets the group write the files and directories this process creates` });
                }
            },
        };
    },
});
