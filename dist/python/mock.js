const EXPECTATION_METHODS = new Set([
    'assert_called_with', 'assert_called_once_with', 'assert_any_call', 'assert_has_calls', 'assert_not_called_with',
    'assert_awaited_with', 'assert_awaited_once_with', 'assert_any_await', 'assert_has_awaits',
]);
const EXPECTATION_FUNCTIONS = new Set(['call', 'mock.call', 'patch', 'mock.patch', 'patch.object', 'mock.patch.object', 'patch.dict', 'mock.patch.dict', 'mock.sentinel']);
export function isMockExpectation(node) {
    let current = node.parent;
    while (current) {
        if (current.type === 'argument_list') {
            const call = current.parent;
            const callee = call?.childForFieldName('function');
            if (callee && isExpectationCallee(callee))
                return true;
        }
        if (current.type === 'function_definition' || current.type === 'class_definition')
            return false;
        current = current.parent;
    }
    return false;
}
function isExpectationCallee(callee) {
    if (callee.type === 'attribute') {
        const attribute = callee.childForFieldName('attribute')?.text ?? '';
        if (EXPECTATION_METHODS.has(attribute))
            return true;
    }
    const text = callee.text.replace(/^unittest\./, '');
    return EXPECTATION_FUNCTIONS.has(text);
}
