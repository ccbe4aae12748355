import { defineRule } from '../types.js';
import { lastName, nameTrigger } from '../support/name-triggers.js';
import { hasKeywordSplat, keywordArgument } from '../../python/arguments.js';
/** Pyramid's session and auth-ticket cookie factories, and the keywords of their flags (both default to False). */
const FACTORIES = {
    'pyramid.session.SignedCookieSessionFactory': { secure: 'secure', httponly: 'httponly', cookie: 'session' },
    'pyramid.session.BaseCookieSessionFactory': { secure: 'secure', httponly: 'httponly', cookie: 'session' },
    'pyramid.session.UnencryptedCookieSessionFactoryConfig': { secure: 'cookie_secure', httponly: 'cookie_httponly', cookie: 'session' },
    'pyramid.authentication.AuthTktAuthenticationPolicy': { secure: 'secure', httponly: 'http_only', cookie: 'auth ticket' },
    'pyramid.authentication.AuthTktCookieHelper': { secure: 'secure', httponly: 'http_only', cookie: 'auth ticket' },
};
export default defineRule({
    id: 'pyramid-insecure-cookie',
    aliases: [],
    category: 'insecure-config',
    cwe: 614,
    severity: 'high',
    confidence: 'medium',
    cost: 'fast',
    message: 'a Pyramid session or auth-ticket cookie is made without secure/httponly',
    fix: 'Pass secure=True and httponly=True (http_only=True for the AuthTkt classes) to the factory.',
    triggers: Object.keys(FACTORIES).map(nameTrigger),
    callees: Object.keys(FACTORIES).map(lastName),
    docs: {
        why: 'Pyramid\'s cookie session factories and auth-ticket policies default to secure=False and httponly=False: the cookie that identifies the logged-in user travels over plain HTTP and is readable by page scripts, so a network attacker or any XSS bug takes over accounts. High severity, as a session cookie set without the flags by set_cookie (insecure-cookie-flags); a flag passed from settings counts as set.',
        bad: [
            'from pyramid.session import SignedCookieSessionFactory\nsession_factory = SignedCookieSessionFactory(settings["session.secret"])\n',
            'from pyramid.authentication import AuthTktAuthenticationPolicy\npolicy = AuthTktAuthenticationPolicy(settings["auth.secret"], hashalg="sha512", secure=True)\n',
        ],
        good: [
            'from pyramid.session import SignedCookieSessionFactory\nsession_factory = SignedCookieSessionFactory(settings["session.secret"], secure=True, httponly=True)\n',
            'from pyramid.authentication import AuthTktAuthenticationPolicy\npolicy = AuthTktAuthenticationPolicy(settings["auth.secret"], hashalg="sha512", secure=True, http_only=True)\n',
        ],
        references: ['https://docs.pylonsproject.org/projects/pyramid/en/latest/api/session.html', 'https://docs.pylonsproject.org/projects/pyramid/en/latest/api/authentication.html', 'https://cwe.mitre.org/data/definitions/614.html'],
    },
    create(context) {
        const { module } = context;
        const off = (value) => {
            if (!value)
                return true;
            const constant = module.constant(value);
            return constant === false || constant === 0 || constant === null;
        };
        return {
            call(node) {
                const name = module.callName(node);
                const factory = name === undefined ? undefined : FACTORIES[name];
                if (!factory || hasKeywordSplat(node))
                    return;
                const missing = [factory.secure, factory.httponly].filter((flag) => off(keywordArgument(node, flag)));
                if (missing.length === 0)
                    return;
                context.report({ node, message: `${lastName(name)}() makes its ${factory.cookie} cookie without ${missing.map((flag) => `${flag}=True`).join(' and ')}: it travels over plain HTTP or is readable by page scripts` });
            },
        };
    },
});
