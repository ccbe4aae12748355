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
/** Returns false when it stopped at `deadline` (a `performance.now()` time) before visiting every node. */
export function walkTree(tree, dispatch, onHandlerError, deadline) {
    if (dispatch.size === 0)
        return true;
    const failed = new Set();
    const nodes = tree.rootNode.descendantsOfType([...dispatch.keys()]);
    for (let index = 0; index < nodes.length; index++) {
        if (deadline !== undefined && index % DEADLINE_CHECK_EVERY === 0 && performance.now() > deadline)
            return false;
        const node = nodes[index];
        const handlers = dispatch.get(node.type);
        if (!handlers)
            continue;
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
                failed.add(handler.ruleId);
                onHandlerError(handler.ruleId, error);
            }
        }
    }
    return true;
}
