import { defineRule } from '../types.js';
import { isPasswordName, notASecret, PASSWORD_HINT } from './support/password-names.js';
import { literalString } from './support/secret-literals.js';
import { credentialIn } from './support/redaction.js';
export default defineRule({
    id: 'hardcoded-password-default',
    aliases: ['B107', 'S107', 'hardcoded_password_default'],
    category: 'hardcoded-secret',
    cwe: 259,
    severity: 'low',
    confidence: 'medium',
    cost: 'fast',
    message: 'hard-coded password or token as a parameter default',
    fix: 'Default the parameter to None and read the secret at run time when it is not given.',
    // isPasswordName tests PASSWORD_HINT on the parameter name, written in the source. Files with a `pass` statement match
    // too, but leaving out the word `pass` would miss names it is a fragment of (`épass`: words are ASCII runs).
    triggers: [PASSWORD_HINT],
    docs: {
        why: 'A default credential in a function signature is used whenever a caller forgets the argument, and is readable by everyone with the code. '
            + 'Both `def` and `async def`, positional and keyword-only parameters are checked (Bandit checks positional parameters of `def` only).',
        bad: ['def connect(host, user="admin", password="Adm1n!2024"):\n    pass\n'],
        good: ['def connect(host, user="admin", password=None):\n    pass\n', 'def login(token_type="Bearer"):\n    pass\n'],
        references: ['https://cwe.mitre.org/data/definitions/259.html'],
    },
    create(context) {
        const check = (parameter) => {
            const name = parameter.childForFieldName('name')?.text;
            const value = parameter.childForFieldName('value');
            if (!name || !value || !isPasswordName(name))
                return;
            const text = literalString(value);
            if (text === undefined || notASecret(name, text))
                return;
            context.report({ node: parameter, message: `hard-coded password or token as the default of '${name}'`, credential: credentialIn(value, 'name') });
        };
        return {
            default_parameter(node) {
                if (node.parent?.parent?.type === 'function_definition')
                    check(node);
            },
            typed_default_parameter(node) {
                if (node.parent?.parent?.type === 'function_definition')
                    check(node);
            },
        };
    },
});
