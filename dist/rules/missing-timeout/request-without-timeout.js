import { lastName } from '../support/name-triggers.js';
import { defineRule } from '../types.js';
import { hasKeywordSplat, keywordArgument } from '../../python/arguments.js';
const VERBS = ['get', 'options', 'head', 'post', 'put', 'patch', 'delete', 'request'];
// requests has no default timeout: module functions and Session methods wait forever without one.
const REQUESTS_CALLS = new Set(VERBS.flatMap((verb) => [`requests.${verb}`, `requests.api.${verb}`, `requests.Session().${verb}`, `requests.session().${verb}`]));
// httpx has a default timeout (5 s); only an explicit timeout=None disables it.
const HTTPX_CALLS = new Set([...VERBS, 'stream', 'Client', 'AsyncClient'].map((name) => `httpx.${name}`));
export default defineRule({
    id: 'request-without-timeout',
    aliases: ['B113', 'S113', 'request_without_timeout'],
    category: 'missing-timeout',
    cwe: 400,
    severity: 'medium',
    confidence: 'low',
    cost: 'fast',
    message: 'HTTP request without a timeout can hang forever',
    fix: 'Pass timeout= (seconds, or a (connect, read) tuple): `requests.get(url, timeout=10)`.',
    // Every reported name starts with `requests` or `httpx`, written in an import or as the bare module name.
    triggers: ['requests', 'httpx'],
    callees: [...REQUESTS_CALLS, ...HTTPX_CALLS].map(lastName),
    docs: {
        why: 'requests waits indefinitely by default: a slow or malicious server can tie up a worker for ever, which is an easy denial of service. httpx has a default timeout, so only an explicit timeout=None is reported. Calls that pass **kwargs are not reported (the timeout may be in them), unlike Bandit.',
        bad: ['import requests\ndef fetch(url):\n    return requests.get(url)\n', 'import httpx\nclient = httpx.Client(timeout=None)\n'],
        good: ['import requests\ndef fetch(url):\n    return requests.get(url, timeout=10)\n', 'import httpx\ndef fetch(url):\n    return httpx.get(url)\n'],
        references: ['https://requests.readthedocs.io/en/latest/user/advanced/#timeouts', 'https://cwe.mitre.org/data/definitions/400.html'],
    },
    create(context) {
        if (!context.module.importsLike('requests') && !context.module.importsLike('httpx'))
            return {};
        return {
            call(node) {
                const name = context.module.callName(node);
                if (!name)
                    return;
                const timeout = keywordArgument(node, 'timeout');
                if (REQUESTS_CALLS.has(name)) {
                    if (!timeout) {
                        if (!hasKeywordSplat(node))
                            context.report({ node, message: `${name.replace('()', '')}() without a timeout can hang forever` });
                    }
                    else if (timeout.type === 'none') {
                        context.report({ node, message: `${name.replace('()', '')}() with timeout=None can hang forever` });
                    }
                }
                else if (HTTPX_CALLS.has(name) && timeout?.type === 'none') {
                    context.report({ node, message: `${name}() with timeout=None can hang forever` });
                }
            },
        };
    },
});
