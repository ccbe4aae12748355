import { enclosingClass, enclosingFunction } from '../../../python/syntax.js';
/** Names only a Django settings module assigns. */
const DJANGO_SETTINGS = new Set([
    'INSTALLED_APPS', 'MIDDLEWARE', 'MIDDLEWARE_CLASSES', 'DATABASES', 'ROOT_URLCONF', 'ALLOWED_HOSTS', 'WSGI_APPLICATION',
    'ASGI_APPLICATION', 'AUTH_PASSWORD_VALIDATORS', 'DEFAULT_AUTO_FIELD', 'TEMPLATES', 'STATICFILES_DIRS', 'STATICFILES_STORAGE',
    'AUTH_USER_MODEL', 'CSRF_TRUSTED_ORIGINS', 'SESSION_COOKIE_SECURE', 'CSRF_COOKIE_SECURE', 'SESSION_COOKIE_HTTPONLY',
    'SESSION_ENGINE', 'SECURE_SSL_REDIRECT', 'SECURE_HSTS_SECONDS', 'SECURE_PROXY_SSL_HEADER', 'LOGIN_REDIRECT_URL',
    'USE_I18N', 'USE_L10N', 'LANGUAGE_CODE', 'STATIC_URL', 'STATIC_ROOT', 'MEDIA_URL', 'MEDIA_ROOT', 'DJANGO_SETTINGS_MODULE',
]);
/** Names Django settings share with other configuration modules (Flask configs assign DEBUG and SECRET_KEY too). */
const SHARED_SETTINGS = new Set(['DEBUG', 'SECRET_KEY', 'TIME_ZONE', 'USE_TZ', 'CACHES', 'LOGGING', 'EMAIL_BACKEND', 'ADMINS']);
const verdicts = new WeakMap();
/**
 * True when the module reads as Django settings: two Django-only settings, or one next to a shared one (`DEBUG`,
 * `SECRET_KEY`), or a settings override file (`from .base import *` / `from proj.settings import *`) that assigns any.
 */
export function isDjangoSettingsModule(module) {
    let verdict = verdicts.get(module);
    if (verdict === undefined) {
        verdict = judge(module);
        verdicts.set(module, verdict);
    }
    return verdict;
}
function judge(module) {
    const names = [...module.scopeFor(module.root).bindings.keys()];
    const django = names.filter((name) => DJANGO_SETTINGS.has(name)).length;
    const shared = names.filter((name) => SHARED_SETTINGS.has(name)).length;
    if (django >= 2 || (django >= 1 && shared >= 1))
        return true;
    return django + shared >= 1 && importsSettingsWildcard(module);
}
function importsSettingsWildcard(module) {
    return module.imports.statements.some(({ node }) => {
        if (node.type !== 'import_from_statement' || !node.namedChildren.some((child) => child.type === 'wildcard_import'))
            return false;
        const from = node.childForFieldName('module_name')?.text ?? '';
        return from.startsWith('.') || from.split('.').includes('settings');
    });
}
/**
 * `NAME = value` for one of `names`, at module level (also inside module-level `if`/`try`), outside any function or
 * class. The name is checked first: this runs for every assignment in every file.
 */
export function moduleLevelSetting(assignment, names) {
    const left = assignment.childForFieldName('left');
    let value = assignment.childForFieldName('right');
    if (left?.type !== 'identifier' || !names.has(left.text) || !value)
        return undefined;
    if (enclosingFunction(assignment) || enclosingClass(assignment))
        return undefined;
    while (value?.type === 'assignment')
        value = value.childForFieldName('right'); // `A = B = value`
    return value ? { name: left.text, value } : undefined;
}
/**
 * True for Django's own defaults module (django/conf/global_settings.py, docstring "Default Django settings"): it
 * lists every setting at the framework default (cookies not Secure, since plain-HTTP runserver must work); a project
 * overrides them, so a value there is nobody's deployment decision.
 */
export function isFrameworkDefaultSettings(module) {
    const first = module.root.namedChildren.find((child) => child.type !== 'comment');
    const docstring = first?.type === 'expression_statement' && first.firstNamedChild?.type === 'string' ? first.firstNamedChild.text : '';
    return /^(?:[rRuU]?)(?:"""|''')\s*Default Django settings\b/.test(docstring);
}
/** The constant a module-level `NAME = value` binds (the last one), or undefined when absent or not constant. */
export function moduleSettingConstant(module, name) {
    let found;
    for (const statement of module.root.namedChildren) {
        const assignment = statement.type === 'expression_statement' ? statement.firstNamedChild : null;
        if (assignment?.type !== 'assignment')
            continue;
        const setting = moduleLevelSetting(assignment, new Set([name]));
        if (setting)
            found = module.constant(setting.value);
    }
    return found;
}
