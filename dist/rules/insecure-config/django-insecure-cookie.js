import { defineRule } from '../types.js';
import { isDjangoSettingsModule, isFrameworkDefaultSettings, moduleLevelSetting, moduleSettingConstant } from './support/django-settings.js';
// Setting → what turning it off exposes.
const COOKIE_FLAGS = {
    SESSION_COOKIE_SECURE: 'the session cookie is sent over plain HTTP, where anyone on the network can take over the session',
    CSRF_COOKIE_SECURE: 'the CSRF cookie is sent over plain HTTP',
    SESSION_COOKIE_HTTPONLY: 'JavaScript can read the session cookie, so any XSS steals sessions',
};
const SETTINGS = new Set(Object.keys(COOKIE_FLAGS));
/** Flags whose loss exposes the cookie to every network observer: these block. HttpOnly only matters after an XSS. */
const TRANSPORT_FLAGS = new Set(['SESSION_COOKIE_SECURE', 'CSRF_COOKIE_SECURE']);
export default defineRule({
    id: 'django-insecure-cookie',
    aliases: [],
    category: 'insecure-config',
    cwe: 614,
    severity: 'medium',
    confidence: 'high',
    cost: 'fast',
    message: 'a Django cookie protection is switched off in the settings module',
    fix: 'Set SESSION_COOKIE_SECURE = True and CSRF_COOKIE_SECURE = True for HTTPS deployments, and leave SESSION_COOKIE_HTTPONLY at its default (True).',
    triggers: [...SETTINGS],
    docs: {
        why: 'SESSION_COOKIE_SECURE and CSRF_COOKIE_SECURE keep the cookies off plain-HTTP requests, where a network attacker reads them; SESSION_COOKIE_HTTPONLY keeps the session cookie away from page scripts, so an XSS bug cannot steal sessions. Writing False explicitly in settings is a decision to ship without them: for the two Secure flags it is high severity and blocks, except in development settings (the same module sets DEBUG = True, for plain-HTTP runserver), which stay medium. SESSION_COOKIE_HTTPONLY = False is medium. Django\'s own defaults module (django/conf/global_settings.py) is shown only by --profile audit.',
        bad: [
            'INSTALLED_APPS = []\nMIDDLEWARE = []\nSESSION_COOKIE_SECURE = False\n',
            'INSTALLED_APPS = []\nMIDDLEWARE = []\nSESSION_COOKIE_HTTPONLY = False\n',
        ],
        good: [
            'INSTALLED_APPS = []\nMIDDLEWARE = []\nSESSION_COOKIE_SECURE = True\nCSRF_COOKIE_SECURE = True\n',
            'INSTALLED_APPS = []\nMIDDLEWARE = []\nCSRF_COOKIE_HTTPONLY = False  # Django default; the CSRF token is not a secret from the page\n',
        ],
        references: ['https://docs.djangoproject.com/en/stable/ref/settings/#session-cookie-secure', 'https://docs.djangoproject.com/en/stable/ref/settings/#session-cookie-httponly', 'https://cwe.mitre.org/data/definitions/614.html'],
    },
    create(context) {
        return {
            assignment(node) {
                const setting = moduleLevelSetting(node, SETTINGS);
                if (!setting)
                    return;
                const value = context.module.constant(setting.value);
                if (value !== false && value !== 0)
                    return;
                const { module } = context;
                if (!isDjangoSettingsModule(module))
                    return;
                const message = `${setting.name} = False: ${COOKIE_FLAGS[setting.name]}`;
                if (isFrameworkDefaultSettings(module)) {
                    context.report({ node, auditOnly: true, message: `${message} (Django's own defaults module: projects override it)` });
                }
                else if (!TRANSPORT_FLAGS.has(setting.name)) {
                    context.report({ node, message });
                }
                else if (moduleSettingConstant(module, 'DEBUG') === true) {
                    // Development settings serve plain-HTTP runserver, where a Secure cookie is never sent back.
                    context.report({ node, message: `${message} (not blocking: development settings, DEBUG = True)` });
                }
                else {
                    context.report({ node, severity: 'high', message });
                }
            },
        };
    },
});
