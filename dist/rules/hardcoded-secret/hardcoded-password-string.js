import { defineRule } from '../types.js';
import { isPasswordName, notASecret, notASecretComparison, PASSWORD_HINT } from './support/password-names.js';
import { literalString, targetName } from './support/secret-literals.js';
import { credentialIn } from './support/redaction.js';
export default defineRule({
    id: 'hardcoded-password-string',
    aliases: ['B105', 'S105', 'hardcoded_password_string'],
    category: 'hardcoded-secret',
    cwe: 259,
    severity: 'low',
    confidence: 'medium',
    cost: 'fast',
    message: 'hard-coded password or token assigned to a variable, attribute or dict key',
    fix: 'Read the secret at run time (environment variable, secret manager, config file outside the repository) and rotate the one in the code.',
    // Every handler tests PASSWORD_HINT on its node's source text first (a key's decoded name need not be written out:
    // `"pass" "word"`), so the word `pass` must stay: `{"pass": "hunter2"}` is reported.
    triggers: [PASSWORD_HINT],
    docs: {
        why: 'A secret in source code is shared with everyone who can read the repository or its history, and cannot be rotated without a release. '
            + 'Field names, labels and messages are not secrets: `token_type = "Bearer"`, `password_field = "password"`, `{"input_token": "NextToken"}`, '
            + 'URLs, empty strings, placeholders (`"<password>"`, `"***"`, `"${TOKEN}"`, `"changeme"`), validation patterns and prose are not reported; weak real values such as `"MyNewPass"`, `"SuperSecretPassword"` or `EMAIL_PASSWORD = "secret"` are. '
            + 'A value that only names the secret (`PASSWORD = "password"`, `"X-Auth-Token"`, `"auth_token"`, the way form-field, header and dict-key constants are written) is read as a label, so that weak password is missed on purpose. '
            + 'In comparisons, capitalised keywords and words under four characters (`token == "COLLATE"`, parser code) are skipped too.',
        bad: ['password = "hunter2"\n', 'config = {"password": "12345"}\n', 'class Client:\n    def __init__(self):\n        self.api_token = "a8f5f167f44f4964e6c998dee827110c"\n'],
        good: [
            'token_type = "Bearer"\n',
            'password_field = "password"\n',
            'PAGINATOR = {"input_token": "NextToken", "output_token": "NextToken"}\n',
            'import os\npassword = os.environ["DB_PASSWORD"]\n',
            'token_fail_reason = "Token has expired"\n',
            'reset_password_url = "https://example.com/reset"\n',
        ],
        references: ['https://cwe.mitre.org/data/definitions/259.html', 'https://cwe.mitre.org/data/definitions/798.html'],
    },
    create(context) {
        return {
            assignment(node) {
                if (!PASSWORD_HINT.test(node.text))
                    return;
                const left = node.childForFieldName('left');
                let right = node.childForFieldName('right');
                while (right?.type === 'assignment')
                    right = right.childForFieldName('right');
                if (!left || !right)
                    return;
                if (['pattern_list', 'tuple_pattern', 'tuple', 'expression_list', 'list_pattern'].includes(left.type)) {
                    const values = ['tuple', 'expression_list', 'list'].includes(right.type) ? right.namedChildren : [];
                    left.namedChildren.forEach((target, index) => { if (values[index])
                        check(context, targetName(target), values[index]); });
                    return;
                }
                check(context, targetName(left), right);
            },
            pair(node) {
                if (!PASSWORD_HINT.test(node.text))
                    return;
                const key = node.childForFieldName('key');
                const value = node.childForFieldName('value');
                if (key && value)
                    check(context, literalString(key), value);
            },
            comparison_operator(node) {
                if (!PASSWORD_HINT.test(node.text))
                    return;
                const operands = node.namedChildren;
                const operators = node.children.filter((child) => !child.isNamed).map((child) => child.type);
                if (operands.length !== 2 || !['==', '!='].includes(operators[0] ?? ''))
                    return;
                const [left, right] = operands;
                check(context, targetName(left), right, notASecretComparison);
                check(context, targetName(right), left, notASecretComparison);
            },
        };
    },
});
function check(context, name, value, excuse = notASecret) {
    if (!name || !isPasswordName(name))
        return;
    const text = literalString(value);
    if (text === undefined)
        return;
    if (excuse(name, text)) {
        // Bandit reports any string given to a password-like name; the audit shows it with the reason it is not kept.
        // No credential to mask: a placeholder such as "password" would be masked in every message of the file.
        context.report({ node: value, severity: 'low', confidence: 'low', auditOnly: true, message: `'${name}' holds an empty string, placeholder, URL, pattern or prose, not a credential (shown by --profile audit)` });
        return;
    }
    context.report({ node: value, message: `hard-coded password or token in '${name}'`, credential: credentialIn(value, 'name') });
}
