/** Methods of a mock that compare recorded calls with expected ones. */
const EXPECTATION_METHODS = new Set([
    'assert_called_with', 'assert_called_once_with', 'assert_any_call', 'assert_has_calls', 'assert_not_called_with',
    'assert_awaited_with', 'assert_awaited_once_with', 'assert_any_await', 'assert_has_awaits',
]);
/** Qualified names (after `unittest.` is dropped) of functions whose arguments name a call rather than make one. */
const EXPECTATION_FUNCTIONS = new Set([
    'mock.call', 'mock.patch', 'mock.patch.object', 'mock.patch.dict', 'mock.patch.multiple', 'mock.patch.stopall',
    'mock.sentinel', 'mocker.patch', 'mocker.patch.object', 'mocker.patch.dict', 'mocker.patch.multiple', 'mocker.call',
    'monkeypatch.setattr', 'monkeypatch.delattr', 'fixtures.MockPatch', 'fixtures.MockPatchObject', 'fixtures.MonkeyPatch',
    'fixtures.MockPatchMultiple',
]);
/** Test-framework helpers spelled on `self` (testtools `self.patch`, Nova's `self.stub_out`). */
const SELF_PATCH_METHODS = new Set(['self.stub_out', 'self.patch']);
/** True when `node` sits inside the arguments of a mock expectation or a patch target (the function body excluded). */
export function isMockExpectation(node, module) {
    let current = node.parent;
    while (current) {
        if (current.type === 'argument_list') {
            const call = current.parent;
            const callee = call?.childForFieldName('function');
            if (callee && isExpectationCallee(callee, module))
                return true;
        }
        if (current.type === 'function_definition' || current.type === 'class_definition' || current.type === 'lambda')
            return false;
        current = current.parent;
    }
    return false;
}
function isExpectationCallee(callee, module) {
    if (callee.type === 'attribute' && EXPECTATION_METHODS.has(callee.childForFieldName('attribute')?.text ?? ''))
        return true;
    // Resolved names, so `from subprocess import call; call(...)` is not `mock.call`; unresolved text as a fallback.
    const name = (module?.qualifiedName(callee) ?? callee.text).replace(/^unittest\./, '');
    if (EXPECTATION_FUNCTIONS.has(name) || SELF_PATCH_METHODS.has(name))
        return true;
    // `mock.call.method(...)`, `mock.sentinel.x` chains describe calls too.
    return /^(mock|mocker)\.call\./.test(name);
}
