import { defineRule } from '../types.js';
import { keywordArgument } from '../../python/arguments.js';
import { isDjangoSettingsModule, moduleLevelSetting } from './support/django-settings.js';
const SETTING = new Set(['DEBUG']);
export default defineRule({
    id: 'django-debug-true',
    aliases: [],
    category: 'insecure-config',
    cwe: 489,
    severity: 'medium',
    confidence: 'high',
    cost: 'fast',
    message: 'DEBUG = True in a Django settings module: error pages show settings, SQL and source to anyone',
    fix: 'Read DEBUG from the environment with a False default (`DEBUG = os.environ.get("DJANGO_DEBUG") == "1"`), and keep DEBUG = True only in a local settings file that is never deployed.',
    triggers: [...SETTING],
    docs: {
        why: 'With DEBUG on, every unhandled error renders a page with the stack trace, local variables, the request and most settings; Django also keeps every SQL query in memory. Settings files with DEBUG = True end up deployed. Reported at medium severity (not blocking by default) because development settings legitimately turn it on.',
        bad: [
            'INSTALLED_APPS = ["django.contrib.admin"]\nROOT_URLCONF = "site.urls"\nDEBUG = True\n',
            'from .base import *\nDEBUG = True\n',
            'import environ\nenv = environ.Env()\nALLOWED_HOSTS = ["example.com"]\nDEBUG = env.bool("DEBUG", default=True)\n',
        ],
        good: [
            'import os\nINSTALLED_APPS = ["django.contrib.admin"]\nROOT_URLCONF = "site.urls"\nDEBUG = os.environ.get("DJANGO_DEBUG") == "1"\n',
            'DEBUG = True  # not a Django settings module: no Django settings around it\nVERBOSE = 2\n',
        ],
        references: ['https://docs.djangoproject.com/en/stable/ref/settings/#debug', 'https://docs.djangoproject.com/en/stable/howto/deployment/checklist/', 'https://cwe.mitre.org/data/definitions/489.html'],
    },
    create(context) {
        return {
            assignment(node) {
                const setting = moduleLevelSetting(node, SETTING);
                if (!setting)
                    return;
                const { value } = setting;
                if (context.module.constant(value) === true || (value.type === 'integer' && context.module.constant(value) === 1)) {
                    if (isDjangoSettingsModule(context.module))
                        context.report({ node });
                    return;
                }
                // `env.bool("DEBUG", default=True)` / `config("DEBUG", default=True, cast=bool)`: on wherever the variable is unset.
                const fallback = value.type === 'call' ? keywordArgument(value, 'default') : undefined;
                if (fallback && context.module.constant(fallback) === true && isDjangoSettingsModule(context.module)) {
                    context.report({ node, confidence: 'medium', message: 'DEBUG defaults to True when the environment does not set it: a deployment that forgets the variable serves debug pages' });
                }
            },
        };
    },
});
