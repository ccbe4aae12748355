import { defineRule } from '../types.js';
import { swallowingHandlers } from './support/except-clauses.js';
const MESSAGE = 'exception swallowed in a loop: `except` with only `continue` skips every error without a trace';
export default defineRule({
    id: 'try-except-continue',
    aliases: ['B112', 'S112', 'try_except_continue'],
    category: 'exception-handling',
    cwe: 703,
    severity: 'high',
    confidence: 'medium',
    cost: 'fast',
    message: MESSAGE,
    fix: 'Catch the specific exception you expect, log it, or use contextlib.suppress(SpecificError) to say it is intended.',
    options: { checkTypedException: false },
    triggers: ['continue'],
    docs: {
        why: 'A broad `except: continue` in a loop skips any failing item — a record that failed validation, a file that could not be checked — and leaves no trace to investigate: in application code it blocks. Best-effort cleanup (in a `finally` block, a `close()`/`__del__`/*cleanup* function, around calls that only close or remove something) handlers whose comment says why, and probes (`x = load()` alone in the try, `x` tested after it) are shown at low severity. Handlers for a specific exception type are not reported unless the checkTypedException option is on.',
        bad: ['for item in items:\n    try:\n        check(item)\n    except Exception:\n        continue\n'],
        good: [
            'for item in items:\n    try:\n        check(item)\n    except ValueError:\n        continue\n',
            'import logging\nfor item in items:\n    try:\n        check(item)\n    except Exception:\n        logging.exception("skipping %s", item)\n        continue\n',
        ],
        references: ['https://cwe.mitre.org/data/definitions/703.html', 'https://docs.python.org/3/library/contextlib.html#contextlib.suppress'],
    },
    create: (context) => swallowingHandlers(context, 'continue_statement', MESSAGE),
});
