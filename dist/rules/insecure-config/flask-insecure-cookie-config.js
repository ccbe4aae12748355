import { defineRule } from '../types.js';
import { enclosingClass, enclosingFunction } from '../../python/syntax.js';
import { isDjangoSettingsModule } from './support/django-settings.js';
// Flask (and Flask-Login's remember-me cookie) settings → what turning them off exposes.
const COOKIE_FLAGS = {
    SESSION_COOKIE_SECURE: 'the session cookie is sent over plain HTTP, where anyone on the network can take over the session',
    SESSION_COOKIE_HTTPONLY: 'page scripts can read the session cookie, so any XSS steals sessions',
    REMEMBER_COOKIE_SECURE: 'the remember-me cookie is sent over plain HTTP',
    REMEMBER_COOKIE_HTTPONLY: 'page scripts can read the remember-me cookie',
};
const CONFIG_METHODS = new Set(['update', 'from_mapping']);
/** Config classes for development and tests switch cookie protections off on purpose (no HTTPS locally). */
const LOCAL_CONFIG = /dev|debug|test|local/i;
export default defineRule({
    id: 'flask-insecure-cookie-config',
    aliases: [],
    category: 'insecure-config',
    cwe: 614,
    severity: 'medium',
    confidence: 'high',
    cost: 'fast',
    message: 'a Flask cookie protection is switched off in the app config',
    fix: 'Set SESSION_COOKIE_SECURE = True (and REMEMBER_COOKIE_SECURE) for HTTPS deployments; leave SESSION_COOKIE_HTTPONLY and REMEMBER_COOKIE_HTTPONLY at True.',
    triggers: Object.keys(COOKIE_FLAGS),
    docs: {
        why: 'SESSION_COOKIE_SECURE keeps Flask\'s signed session cookie off plain-HTTP requests, where a network attacker copies it and becomes the user; SESSION_COOKIE_HTTPONLY keeps it away from page scripts. Writing False in `app.config`, `app.config.update(...)`, a config module or a production config class ships without them. Medium severity, as for the Django settings (django-insecure-cookie); config classes named for development, debugging, tests or local runs are not reported.',
        bad: [
            'from flask import Flask\napp = Flask(__name__)\napp.config["SESSION_COOKIE_SECURE"] = False\n',
            'from flask import Flask\napp = Flask(__name__)\napp.config.update(SESSION_COOKIE_HTTPONLY=False, SESSION_COOKIE_SAMESITE="Lax")\n',
            'class ProductionConfig:\n    SECRET_KEY = load_secret()\n    SESSION_COOKIE_SECURE = False\n',
        ],
        good: [
            'from flask import Flask\napp = Flask(__name__)\napp.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Lax")\n',
            'class DevelopmentConfig:\n    SESSION_COOKIE_SECURE = False  # local HTTP server\n',
        ],
        references: ['https://flask.palletsprojects.com/en/stable/config/#SESSION_COOKIE_SECURE', 'https://flask-login.readthedocs.io/en/latest/#cookie-settings', 'https://cwe.mitre.org/data/definitions/614.html'],
    },
    create(context) {
        const { module } = context;
        const isOff = (value) => {
            const constant = value ? module.constant(value) : undefined;
            return constant === false || constant === 0;
        };
        const report = (node, setting) => context.report({ node, message: `${setting} = False: ${COOKIE_FLAGS[setting]}` });
        /** `…config` as the object of a subscript or method: Flask's `app.config`, `current_app.config`, `self.config`. */
        const isConfig = (node) => node?.type === 'attribute' && node.childForFieldName('attribute')?.text === 'config';
        return {
            assignment(node) {
                const target = node.childForFieldName('left');
                const value = node.childForFieldName('right');
                if (!target || !isOff(value))
                    return;
                if (target.type === 'subscript' && isConfig(target.childForFieldName('value'))) {
                    const key = target.childForFieldName('subscript');
                    const setting = key ? module.constant(key) : undefined;
                    if (typeof setting === 'string' && setting in COOKIE_FLAGS)
                        report(node, setting);
                    return;
                }
                // `class ProductionConfig: SESSION_COOKIE_SECURE = False` (a Flask config object), or a config module
                // (`app.config.from_pyfile`); a Django settings module is django-insecure-cookie's.
                if (target.type !== 'identifier' || !(target.text in COOKIE_FLAGS) || enclosingFunction(node))
                    return;
                const owner = enclosingClass(node);
                const name = owner?.childForFieldName('name')?.text;
                if (owner ? name && /config|settings/i.test(name) && !LOCAL_CONFIG.test(name) : !isDjangoSettingsModule(module))
                    report(node, target.text);
            },
            call(node) {
                const callee = node.childForFieldName('function');
                if (callee?.type !== 'attribute' || !CONFIG_METHODS.has(callee.childForFieldName('attribute')?.text ?? '') || !isConfig(callee.childForFieldName('object')))
                    return;
                for (const argument of node.childForFieldName('arguments')?.namedChildren ?? []) {
                    const pairs = argument.type === 'dictionary' ? argument.namedChildren : [argument];
                    for (const pair of pairs) {
                        const key = pair.type === 'keyword_argument' ? pair.childForFieldName('name')?.text : pair.type === 'pair' ? module.constant(pair.childForFieldName('key')) : undefined;
                        if (typeof key === 'string' && key in COOKIE_FLAGS && isOff(pair.childForFieldName('value')))
                            report(pair, key);
                    }
                }
            },
        };
    },
});
