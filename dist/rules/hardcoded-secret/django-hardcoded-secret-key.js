import { defineRule } from '../types.js';
import { argument, keywordArgument } from '../../python/arguments.js';
import { isDjangoSettingsModule, moduleLevelSetting } from '../insecure-config/support/django-settings.js';
import { credentialIn } from './support/redaction.js';
import { announcesStandIn } from './support/password-names.js';
const ENVIRONMENT_GETTERS = new Set(['os.environ.get', 'os.getenv', 'os.environ.setdefault']);
const SETTING = new Set(['SECRET_KEY']);
export default defineRule({
    id: 'django-hardcoded-secret-key',
    aliases: [],
    category: 'hardcoded-secret',
    cwe: 798,
    severity: 'high',
    confidence: 'high',
    cost: 'fast',
    message: 'SECRET_KEY is a literal in the settings module: everyone with the repository can sign sessions, password-reset tokens and messages',
    fix: 'Read the key from the environment or a secrets store without a fallback (`SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]`), and rotate the committed key.',
    triggers: [...SETTING],
    docs: {
        why: 'Django signs sessions (with signed-cookie sessions, their whole content), password-reset links, messages and anything using django.core.signing with SECRET_KEY. A key in version control is known to everyone who can read the repository, its forks and its history. A literal fallback (`os.environ.get("SECRET_KEY", "...")`) is the same key whenever a deployment forgets the variable.',
        bad: [
            'INSTALLED_APPS = []\nSECRET_KEY = "django-insecure-8x#w2q!v3k$9m@z0p1r7t5y6u4i2o8a"\n',
            'import os\nROOT_URLCONF = "site.urls"\nSECRET_KEY = os.environ.get("SECRET_KEY", "k3y-that-ships-in-the-image-0987")\n',
        ],
        good: [
            'import os\nINSTALLED_APPS = []\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\n',
            'from decouple import config\nINSTALLED_APPS = []\nSECRET_KEY = config("SECRET_KEY")\n',
            'INSTALLED_APPS = []\nSECRET_KEY = "change-me"  # placeholder: reported at low severity only\n',
        ],
        references: ['https://docs.djangoproject.com/en/stable/ref/settings/#secret-key', 'https://docs.djangoproject.com/en/stable/howto/deployment/checklist/#secret-key', 'https://cwe.mitre.org/data/definitions/798.html'],
    },
    create(context) {
        return {
            assignment(node) {
                const setting = moduleLevelSetting(node, SETTING);
                if (!setting)
                    return;
                const literal = context.module.constant(setting.value);
                if (typeof literal === 'string') {
                    if (literal.length === 0 || !isDjangoSettingsModule(context.module))
                        return; // Django refuses to start with an empty key
                    if (announcesStandIn(literal) && !literal.startsWith('django-insecure-')) {
                        context.report({ node, severity: 'low', message: 'SECRET_KEY is a placeholder literal: make sure every deployment overrides it', credential: credentialIn(setting.value, 'name') });
                    }
                    else {
                        context.report({ node, credential: credentialIn(setting.value, 'name') });
                    }
                    return;
                }
                const fallback = literalFallback(setting.value, context.module);
                if (fallback && isDjangoSettingsModule(context.module)) {
                    context.report({ node: fallback, severity: announcesStandIn(context.module.constant(fallback)) ? 'low' : 'medium', message: 'SECRET_KEY falls back to a literal when the environment does not set it: a deployment that forgets the variable signs with a key from the repository', credential: credentialIn(fallback, 'name') });
                }
            },
        };
    },
});
/** The literal default of `os.environ.get("K", "lit")`, `env("K", default="lit")`, `config("K", default="lit")`. */
function literalFallback(value, module) {
    if (value.type !== 'call')
        return undefined;
    const name = module.callName(value) ?? '';
    const fallback = ENVIRONMENT_GETTERS.has(name) ? argument(value, 'default', 1) : keywordArgument(value, 'default');
    if (!fallback)
        return undefined;
    const text = module.constant(fallback);
    return typeof text === 'string' && text.length > 0 ? fallback : undefined;
}
