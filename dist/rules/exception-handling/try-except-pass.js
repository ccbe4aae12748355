import { defineRule } from '../types.js';
import { catchesEverything, soleStatement } from './support/except-clauses.js';
export default defineRule({
    id: 'try-except-pass',
    aliases: ['B110', 'S110', 'try_except_pass'],
    category: 'exception-handling',
    cwe: 703,
    severity: 'low',
    confidence: 'high',
    cost: 'fast',
    message: 'exception swallowed: `except` with only `pass` hides every error, including security failures',
    fix: 'Catch the specific exception you expect, log it, or use contextlib.suppress(SpecificError) to say it is intended.',
    options: { checkTypedException: false },
    triggers: ['pass'],
    docs: {
        why: 'A broad `except: pass` silently continues after any failure — a failed permission check, a broken signature verification, an interrupted write — and leaves no trace to investigate. Handlers for a specific exception type are not reported unless the checkTypedException option is on.',
        bad: ['try:\n    verify(token)\nexcept Exception:\n    pass\n', 'try:\n    cleanup()\nexcept:\n    pass\n'],
        good: [
            'try:\n    os.remove(path)\nexcept FileNotFoundError:\n    pass\n',
            'import logging\ntry:\n    verify(token)\nexcept Exception:\n    logging.exception("verification failed")\n    raise\n',
        ],
        references: ['https://cwe.mitre.org/data/definitions/703.html', 'https://docs.python.org/3/library/contextlib.html#contextlib.suppress'],
    },
    create(context) {
        const checkTyped = context.options.checkTypedException;
        const handle = (node) => {
            if (soleStatement(node)?.type !== 'pass_statement')
                return;
            if (!checkTyped && !catchesEverything(node, context.module))
                return;
            context.report({ node });
        };
        return { except_clause: handle, except_group_clause: handle };
    },
});
