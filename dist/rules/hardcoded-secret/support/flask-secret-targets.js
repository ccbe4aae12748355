import { literalString } from './secret-literals.js';
/** Config keys whose value signs or encrypts: sessions, CSRF tokens, JWTs, password-reset salts. */
export const FLASK_SECRET_SETTINGS = new Set(['SECRET_KEY', 'JWT_SECRET_KEY', 'WTF_CSRF_SECRET_KEY', 'SECURITY_PASSWORD_SALT', 'SECURITY_TOTP_SECRETS']);
const CONFIG_WRITERS = new Set(['update', 'from_mapping', 'setdefault']);
/** The object is a Flask app (`app`, `application`, `self.app`, `flask_app`) in a module that imports flask. */
function isAppObject(node, module) {
    if (!node || !module.importsModule('flask'))
        return false;
    const name = node.type === 'attribute' ? node.childForFieldName('attribute')?.text : node.text;
    return node.type !== 'call' && /(?:^|_)app(?:lication)?$/i.test(name ?? '');
}
/** `app.config` */
function isAppConfig(node, module) {
    return node?.type === 'attribute' && node.childForFieldName('attribute')?.text === 'config' && isAppObject(node.childForFieldName('object'), module);
}
/** `app.secret_key` or `app.config["SECRET_KEY"]` as an assignment target. */
export function isFlaskSecretKeyTarget(target, module) {
    if (target.type === 'attribute')
        return target.childForFieldName('attribute')?.text === 'secret_key' && isAppObject(target.childForFieldName('object'), module);
    if (target.type !== 'subscript')
        return false;
    const key = target.childForFieldName('subscript');
    return key !== null && FLASK_SECRET_SETTINGS.has(literalString(key) ?? '') && isAppConfig(target.childForFieldName('value'), module);
}
/** `SECRET_KEY="…"` in `app.config.update(...)` / `app.config.from_mapping(...)`. */
export function isFlaskSecretKeyArgument(keyword, module) {
    if (!FLASK_SECRET_SETTINGS.has(keyword.childForFieldName('name')?.text ?? ''))
        return false;
    const call = keyword.parent?.parent;
    const callee = call?.type === 'call' ? call.childForFieldName('function') : null;
    return callee?.type === 'attribute' && CONFIG_WRITERS.has(callee.childForFieldName('attribute')?.text ?? '') && isAppConfig(callee.childForFieldName('object'), module);
}
