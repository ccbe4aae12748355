import { defineRule } from '../types.js';
import { argument } from '../../python/arguments.js';
import { FLASK_SECRET_SETTINGS } from './support/flask-secret-targets.js';
import { literalString } from './support/secret-literals.js';
/** `app.secret_key`, `app.config["SECRET_KEY"]`, `settings.SECRET_KEY`, `current_app.config.get("SECRET_KEY")`. */
function readsSecretKey(node) {
    if (node.type === 'attribute')
        return /^(?:secret_key|SECRET_KEY)$/.test(node.childForFieldName('attribute')?.text ?? '');
    if (node.type === 'subscript') {
        const key = node.childForFieldName('subscript');
        return key !== null && FLASK_SECRET_SETTINGS.has(literalString(key) ?? '');
    }
    if (node.type === 'call') {
        const callee = node.childForFieldName('function');
        const first = node.childForFieldName('arguments')?.namedChildren[0];
        return callee?.type === 'attribute' && callee.childForFieldName('attribute')?.text === 'get' && !!first && FLASK_SECRET_SETTINGS.has(literalString(first) ?? '');
    }
    return false;
}
export default defineRule({
    id: 'hashids-salted-with-secret-key',
    aliases: [],
    category: 'hardcoded-secret',
    cwe: 200,
    severity: 'medium',
    confidence: 'high',
    cost: 'fast',
    message: 'Hashids is salted with the application\'s secret key: the salt can be recovered from the ids it produces',
    fix: 'Give Hashids its own salt (it only obfuscates ids, it does not encrypt them), never the key that signs sessions and tokens.',
    triggers: [['Hashids', 'salt'], ['Hashids', 'secret_key'], ['Hashids', 'SECRET_KEY']],
    callees: ['Hashids'],
    docs: {
        why: 'Hashids is an encoding, not encryption: from a handful of ids it produces, the salt can be worked out. Salting it with SECRET_KEY '
            + 'hands that key to anyone who collects ids from URLs, and with the key they can forge sessions, CSRF tokens and password-reset links.',
        bad: [
            'from hashids import Hashids\nfrom flask import current_app\ndef ids():\n    return Hashids(salt=current_app.config["SECRET_KEY"], min_length=8)\n',
            'from hashids import Hashids\nfrom django.conf import settings\nHASHER = Hashids(settings.SECRET_KEY)\n',
        ],
        good: [
            'import os\nfrom hashids import Hashids\nHASHER = Hashids(salt=os.environ["HASHIDS_SALT"], min_length=8)\n',
            'from hashids import Hashids\nfrom django.conf import settings\nHASHER = Hashids(salt=settings.HASHIDS_SALT)\n',
        ],
        references: ['https://carnage.github.io/2015/08/cryptanalysis-of-hashids', 'https://cwe.mitre.org/data/definitions/200.html'],
    },
    create(context) {
        return {
            call(node) {
                if (!(context.module.callName(node) ?? '').endsWith('Hashids'))
                    return;
                const salt = argument(node, 'salt', 0);
                if (salt && readsSecretKey(salt))
                    context.report({ node: salt });
            },
        };
    },
});
