import { defineRule } from '../types.js';
import { enclosingClass, enclosingFunction } from '../../python/syntax.js';
import { isDjangoSettingsModule, moduleLevelSetting } from './support/django-settings.js';
const SETTING = new Set(['ALLOWED_HOSTS']);
export default defineRule({
    id: 'django-allowed-hosts-wildcard',
    aliases: [],
    category: 'insecure-config',
    cwe: 183,
    severity: 'medium',
    confidence: 'high',
    cost: 'fast',
    message: "ALLOWED_HOSTS contains '*': Django accepts any Host header",
    fix: 'List the host names the site serves (`ALLOWED_HOSTS = ["example.com", ".example.com"]`), read from the environment per deployment.',
    triggers: [...SETTING],
    docs: {
        why: "Django builds absolute URLs (password-reset links, redirects, cache keys) from the Host header. ALLOWED_HOSTS is the check that rejects forged Host headers; '*' turns it off, enabling host-header poisoning of reset e-mails and caches.",
        bad: [
            'INSTALLED_APPS = []\nDATABASES = {}\nALLOWED_HOSTS = ["*"]\n',
            'from .base import *\nALLOWED_HOSTS = ["example.com", "*"]\n',
        ],
        good: [
            'INSTALLED_APPS = []\nDATABASES = {}\nALLOWED_HOSTS = ["example.com", ".example.com"]\n',
            'class ProxyConfig:  # a class attribute, not Django settings\n    ALLOWED_HOSTS = ["*"]\n',
        ],
        references: ['https://docs.djangoproject.com/en/stable/ref/settings/#allowed-hosts', 'https://cwe.mitre.org/data/definitions/183.html'],
    },
    create(context) {
        const hasWildcard = (value) => {
            const constant = context.module.constant(value);
            return constant === '*' || (Array.isArray(constant) && constant.includes('*'))
                || ((value.type === 'list' || value.type === 'tuple') && value.namedChildren.some((item) => context.module.constant(item) === '*'));
        };
        return {
            assignment(node) {
                const setting = moduleLevelSetting(node, SETTING);
                if (!setting || !hasWildcard(setting.value))
                    return;
                if (isDjangoSettingsModule(context.module))
                    context.report({ node });
            },
            augmented_assignment(node) {
                // `ALLOWED_HOSTS += ["*"]`
                const left = node.childForFieldName('left');
                const right = node.childForFieldName('right');
                if (left?.text !== 'ALLOWED_HOSTS' || !right || !hasWildcard(right))
                    return;
                if (enclosingFunction(node) || enclosingClass(node))
                    return; // a setting lives at module level, as for `=`
                if (isDjangoSettingsModule(context.module))
                    context.report({ node });
            },
        };
    },
});
