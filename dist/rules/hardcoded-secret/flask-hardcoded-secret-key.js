import { defineRule } from '../types.js';
import { literalString } from './support/secret-literals.js';
import { credentialIn } from './support/redaction.js';
import { isFlaskSecretKeyArgument, isFlaskSecretKeyTarget } from './support/flask-secret-targets.js';
import { announcesStandIn } from './support/password-names.js';
export default defineRule({
    id: 'flask-hardcoded-secret-key',
    aliases: [],
    category: 'hardcoded-secret',
    cwe: 798,
    severity: 'high',
    confidence: 'high',
    cost: 'fast',
    message: 'the Flask app\'s secret key is a literal: everyone with the repository can forge its session cookies',
    fix: 'Read the key from the environment or a secrets store without a literal fallback (`app.secret_key = os.environ["FLASK_SECRET_KEY"]`), and rotate the committed key.',
    triggers: [['flask', 'secret_key'], ['flask', 'SECRET_KEY'], ['flask', 'JWT_SECRET_KEY'], ['flask', 'WTF_CSRF_SECRET_KEY'], ['flask', 'SECURITY_PASSWORD_SALT'], ['flask', 'SECURITY_TOTP_SECRETS']],
    docs: {
        why: 'Flask signs its session cookie with `SECRET_KEY`: whoever knows the key can write any session (log in as any user) and, with '
            + 'Flask-WTF, Flask-JWT-Extended or Flask-Security, forge CSRF tokens, JWTs and password-reset links. A literal key is known to '
            + 'everyone who can read the repository and its history. Set through `app.secret_key`, `app.config["SECRET_KEY"]` or '
            + '`app.config.update(SECRET_KEY=...)`; stand-ins (`"dev"`, `"change-me"`) are reported at low severity, empty values not at all.',
        bad: [
            'from flask import Flask\napp = Flask(__name__)\napp.secret_key = "s3cr3t-K3y-for-sessions"\n',
            'from flask import Flask\napp = Flask(__name__)\napp.config["SECRET_KEY"] = "MyNewPass"\n',
            'from flask import Flask\napp = Flask(__name__)\napp.config.update(DEBUG=False, SECRET_KEY="9f8a7c6b5d4e")\n',
        ],
        good: [
            'import os\nfrom flask import Flask\napp = Flask(__name__)\napp.secret_key = os.environ["FLASK_SECRET_KEY"]\n',
            'from flask import Flask\napp = Flask(__name__)\napp.config["SECRET_KEY"] = ""\n',
            'class Client:\n    def __init__(self):\n        self.secret_key = "abc123-not-flask"\n',
        ],
        references: ['https://flask.palletsprojects.com/en/stable/config/#SECRET_KEY', 'https://cwe.mitre.org/data/definitions/798.html'],
    },
    create(context) {
        const check = (value) => {
            const text = value ? literalString(value) : undefined;
            if (!value || text === undefined || text.trim() === '')
                return;
            if (announcesStandIn(text)) {
                context.report({ node: value, severity: 'low', message: 'the Flask secret key is a stand-in literal: make sure every deployment overrides it', credential: credentialIn(value, 'name') });
            }
            else {
                context.report({ node: value, credential: credentialIn(value, 'name') });
            }
        };
        return {
            assignment(node) {
                const left = node.childForFieldName('left');
                let right = node.childForFieldName('right');
                while (right?.type === 'assignment')
                    right = right.childForFieldName('right');
                if (left && isFlaskSecretKeyTarget(left, context.module))
                    check(right);
            },
            keyword_argument(node) {
                if (isFlaskSecretKeyArgument(node, context.module))
                    check(node.childForFieldName('value'));
            },
        };
    },
});
