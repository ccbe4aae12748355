import { inSourceOrder } from '../python/syntax.js';
import { OutOfTime } from '../python/deadline.js';
/** Milliseconds spent in each rule's handlers, collected only after `collectRuleTimes()` (`--stats`): timing every
 * handler call is not free. Covers analyses on this thread. */
let ruleTimes;
export function collectRuleTimes() {
    ruleTimes ??= new Map();
    return ruleTimes;
}
/** The per-rule times being collected on this thread, if `collectRuleTimes()` was called (worker threads add theirs). */
export function activeRuleTimes() {
    return ruleTimes;
}
/** How many nodes the walk hands out between two looks at the clock (a deadline check costs a `performance.now()`). */
const DEADLINE_CHECK_EVERY = 256;
/** Returns false when it stopped at `deadline` before visiting every node. */
export function walkTree(tree, dispatch, onHandlerError, deadline, found) {
    const failed = new Set();
    const dispatchTo = (node, handlers) => {
        for (const handler of handlers) {
            if (failed.size > 0 && failed.has(handler.ruleId))
                continue;
            try {
                if (ruleTimes) {
                    const start = performance.now();
                    handler.handle(node);
                    ruleTimes.set(handler.ruleId, (ruleTimes.get(handler.ruleId) ?? 0) + performance.now() - start);
                }
                else {
                    handler.handle(node);
                }
            }
            catch (error) {
                if (error instanceof OutOfTime)
                    throw error; // the file's deadline, not the rule's fault
                failed.add(handler.ruleId);
                onHandlerError(handler.ruleId, error);
            }
        }
    };
    // The root comes first in pre-order and needs no traversal: a file whose rules want nothing else is not walked.
    const rootHandlers = dispatch.get('module');
    if (rootHandlers)
        dispatchTo(tree.rootNode, rootHandlers);
    const types = [...dispatch.keys()].filter((type) => type !== 'module');
    const walked = types.length === 0 ? [] : tree.rootNode.descendantsOfType(types);
    const extra = found?.nodes ?? [];
    let next = 0;
    for (let index = 0; index < walked.length + extra.length; index++) {
        if (deadline !== undefined && index % DEADLINE_CHECK_EVERY === 0 && deadline.passed)
            return false;
        const walkedIndex = index - next;
        // Pre-order: a walked node goes first unless the found one starts earlier, or together and ends later.
        const takeFound = next < extra.length && (walkedIndex >= walked.length || inSourceOrder(extra[next], walked[walkedIndex]) < 0);
        const node = takeFound ? extra[next++] : walked[walkedIndex];
        const handlers = takeFound ? found.handlers : dispatch.get(node.type);
        if (handlers)
            dispatchTo(node, handlers);
    }
    return true;
}
