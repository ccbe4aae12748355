import { defineRule } from '../types.js';
import { swallowingHandlers } from './support/except-clauses.js';
const MESSAGE = 'exception swallowed: `except` with only `pass` hides every error, including security failures';
export default defineRule({
    id: 'try-except-pass',
    aliases: ['B110', 'S110', 'try_except_pass'],
    category: 'exception-handling',
    cwe: 703,
    severity: 'high',
    confidence: 'medium',
    cost: 'fast',
    message: MESSAGE,
    fix: 'Catch the specific exception you expect, log it, or use contextlib.suppress(SpecificError) to say it is intended.',
    options: { checkTypedException: false },
    triggers: ['pass', '...'],
    docs: {
        why: 'A broad `except: pass` (bare `except:`, `Exception`, `BaseException`, or a tuple holding one; `...` counts as `pass`) silently continues after any failure — a failed permission check, a broken signature verification, an interrupted write — and leaves no trace to investigate: in application code it blocks. '
            + 'Best-effort cleanup is not a defect and is shown at low severity, never blocking: a handler in a `finally` block, in `__del__`/`__exit__`/`close()`/`stop()`/a *cleanup* function, or around calls that only close, remove, abort or kill something; so is a handler whose comment (on its own line) says why it swallows, and a probe: `x = load()` alone in the try, with `x` tested after it, keeps the outcome. '
            + 'Handlers for a specific exception type are not reported unless the checkTypedException option is on (then at low severity). In test code the policy lowers the finding to medium, which never blocks.',
        bad: ['try:\n    verify(token)\nexcept Exception:\n    pass\n', 'def load(path):\n    try:\n        return parse(path)\n    except:\n        ...\n'],
        good: [
            'try:\n    os.remove(path)\nexcept FileNotFoundError:\n    pass\n',
            'import logging\ntry:\n    verify(token)\nexcept Exception:\n    logging.exception("verification failed")\n    raise\n',
        ],
        references: ['https://cwe.mitre.org/data/definitions/703.html', 'https://docs.python.org/3/library/contextlib.html#contextlib.suppress'],
    },
    create: (context) => swallowingHandlers(context, 'pass_statement', MESSAGE),
});
