export function walkTree(tree, dispatch, onHandlerError) {
    const cursor = tree.walk();
    const failed = new Set();
    for (;;) {
        const handlers = dispatch.get(cursor.nodeType);
        if (handlers) {
            const node = cursor.currentNode;
            for (const handler of handlers) {
                if (failed.has(handler.ruleId))
                    continue;
                try {
                    handler.handle(node);
                }
                catch (error) {
                    failed.add(handler.ruleId);
                    onHandlerError(handler.ruleId, error);
                }
            }
        }
        if (cursor.gotoFirstChild())
            continue;
        while (!cursor.gotoNextSibling()) {
            if (!cursor.gotoParent())
                return;
        }
    }
}
