import { defineRule } from '../types.js';
import { enclosingClass } from '../../python/syntax.js';
const SETTING = 'WTF_CSRF_ENABLED';
/** A configuration class or mapping meant for tests: `class TestingConfig`, or one that sets TESTING = True. */
function isTestingConfiguration(node, module) {
    const owner = enclosingClass(node);
    if (owner) {
        if (/test/i.test(owner.childForFieldName('name')?.text ?? ''))
            return true;
        const body = owner.childForFieldName('body');
        return !!body?.namedChildren.some((statement) => {
            const assignment = statement.firstNamedChild;
            return assignment?.type === 'assignment' && assignment.childForFieldName('left')?.text === 'TESTING'
                && module.constant(assignment.childForFieldName('right')) === true;
        });
    }
    const mapping = node.parent;
    if (mapping?.type === 'dictionary' || mapping?.type === 'argument_list') {
        return mapping.namedChildren.some((entry) => {
            const key = entry.type === 'pair' ? entry.childForFieldName('key') : entry.type === 'keyword_argument' ? entry.childForFieldName('name') : null;
            const value = entry.childForFieldName('value');
            const name = key?.type === 'identifier' ? key.text : key ? module.constant(key) : undefined;
            return name === 'TESTING' && !!value && module.constant(value) === true;
        });
    }
    return false;
}
export default defineRule({
    id: 'flask-wtf-csrf-disabled',
    aliases: [],
    category: 'csrf',
    cwe: 352,
    severity: 'medium',
    confidence: 'high',
    cost: 'fast',
    message: 'WTF_CSRF_ENABLED = False turns off Flask-WTF CSRF protection for every form',
    fix: 'Leave WTF_CSRF_ENABLED at its default (True) outside the testing configuration; exempt single webhook views with `@csrf.exempt` instead.',
    // Every form of the setting spells its name. A pattern, not a word: a subscript or key only has to contain it
    // (`config[KEY_WTF_CSRF_ENABLED]` with the constant built elsewhere in the file).
    triggers: [/WTF_CSRF_ENABLED/],
    docs: {
        why: 'Flask-WTF checks a CSRF token on every form (and with CSRFProtect, every POST). Setting WTF_CSRF_ENABLED to False turns the check off application-wide, so any other site can make a logged-in user\'s browser submit forms. Testing configurations (a class named *Test*, or one that sets TESTING = True) are not reported: that is where Flask-WTF\'s documentation says to turn it off.',
        bad: [
            'app.config["WTF_CSRF_ENABLED"] = False\n',
            'class ProductionConfig:\n    WTF_CSRF_ENABLED = False\n',
            'app.config.update(SECRET_KEY=key, WTF_CSRF_ENABLED=False)\n',
        ],
        good: [
            'class TestingConfig:\n    TESTING = True\n    WTF_CSRF_ENABLED = False\n',
            'app.config["WTF_CSRF_ENABLED"] = True\n',
            'app.config.update(TESTING=True, WTF_CSRF_ENABLED=False)\n',
        ],
        references: ['https://flask-wtf.readthedocs.io/en/stable/config/', 'https://flask-wtf.readthedocs.io/en/stable/csrf/', 'https://cwe.mitre.org/data/definitions/352.html'],
    },
    create(context) {
        const isOff = (value) => {
            const constant = value ? context.module.constant(value) : undefined;
            return constant === false || constant === 0;
        };
        const consider = (at, value) => {
            if (isOff(value) && !isTestingConfiguration(at, context.module))
                context.report({ node: at });
        };
        return {
            assignment(node) {
                const left = node.childForFieldName('left');
                if (!left)
                    return;
                // `WTF_CSRF_ENABLED = False` (module or config class) and `app.config["WTF_CSRF_ENABLED"] = False`
                if (!left.text.includes(SETTING))
                    return;
                const named = left.type === 'identifier' ? left.text
                    : left.type === 'subscript' ? context.module.constant(left.childForFieldName('subscript') ?? left) : undefined;
                if (named === SETTING)
                    consider(node, node.childForFieldName('right'));
            },
            keyword_argument(node) {
                // `app.config.update(WTF_CSRF_ENABLED=False)`, `app.config.from_mapping(...)`
                if (node.childForFieldName('name')?.text === SETTING)
                    consider(node, node.childForFieldName('value'));
            },
            pair(node) {
                // `app.config.update({"WTF_CSRF_ENABLED": False})`
                const key = node.childForFieldName('key');
                if (key?.text.includes(SETTING) && context.module.constant(key) === SETTING)
                    consider(node, node.childForFieldName('value'));
            },
        };
    },
});
