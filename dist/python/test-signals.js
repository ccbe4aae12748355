// Libraries only tests import. `unittest` and `django.test` are not among them: production code imports them too
// (test runners, `management/commands/test.py`, `django.test.signals` receivers, `unittest.SkipTest`); a test module
// that uses them defines a TestCase subclass, which is a signal of its own.
const TEST_MODULES = ['unittest.mock', 'mock', 'pytest', 'testtools', 'fixtures', 'oslotest', 'nose', 'hypothesis', 'testscenarios', 'pytest_mock', 'responses', 'freezegun'];
const TEST_CASE_BASE = /TestCase|TestBase|\bTest\b|Tests?\)|Base\w*Test/;
export function testCodeSignals(module) {
    const signals = [];
    const imported = TEST_MODULES.find((name) => module.importsModule(name));
    if (imported)
        signals.push(`imports ${imported}`);
    for (const child of module.root.namedChildren) {
        const definition = child.type === 'decorated_definition' ? child.childForFieldName('definition') : child;
        if (!definition)
            continue;
        if (definition.type === 'class_definition' && isTestClass(definition)) {
            signals.push('defines a TestCase subclass');
            break;
        }
        if (definition.type === 'function_definition' && isTestFunction(definition)) {
            signals.push('defines test_* functions');
            break;
        }
    }
    return signals;
}
/** A `TestCase` subclass, or a pytest-style `class TestX:` whose methods are `test_*`. */
function isTestClass(definition) {
    const bases = definition.childForFieldName('superclasses')?.text ?? '';
    if (TEST_CASE_BASE.test(bases))
        return true;
    const name = definition.childForFieldName('name')?.text ?? '';
    if (!/^Test|Tests?$/.test(name))
        return false;
    const body = definition.childForFieldName('body');
    return !!body && body.namedChildren.some((member) => {
        const method = member.type === 'decorated_definition' ? member.childForFieldName('definition') : member;
        return method?.type === 'function_definition' && /^test_/.test(method.childForFieldName('name')?.text ?? '');
    });
}
// `def test_connection(host)` in production code is a health check, not a test: a test function checks something
// (an assert statement, `pytest.raises`, an `assert*` helper).
function isTestFunction(definition) {
    if (!/^test_/.test(definition.childForFieldName('name')?.text ?? ''))
        return false;
    const body = definition.childForFieldName('body');
    if (!body)
        return false;
    if (body.descendantsOfType('assert_statement').length > 0)
        return true;
    return body.descendantsOfType('call').some((call) => /(^|\.)(raises|assert\w*)$/.test(call.childForFieldName('function')?.text ?? ''));
}
