import { defineRule } from '../types.js';
import { keywordArgumentNode } from '../../python/arguments.js';
import { callNameThroughWith } from '../../python/context-managers.js';
const VERBS = new Set(['get', 'options', 'head', 'post', 'put', 'patch', 'delete', 'request', 'stream', 'send']);
// Module-level functions and client classes that take `verify=`; `requests.request` and the Session/Client
// methods are covered too (Bandit and Ruff miss both).
const CLIENT_CONSTRUCTORS = new Set(['httpx.Client', 'httpx.AsyncClient']);
// aiohttp spells it `ssl=False` (and the deprecated `verify_ssl=False`) on sessions, connectors and requests.
const AIOHTTP_KEYWORDS = ['ssl', 'verify_ssl'];
const AIOHTTP_CONSTRUCTORS = new Set(['aiohttp.TCPConnector', 'aiohttp.connector.TCPConnector', 'aiohttp.ClientSession', 'aiohttp.request']);
const AIOHTTP_SESSIONS = new Set(['aiohttp.ClientSession()', 'aiohttp.client.ClientSession()']);
const AIOHTTP_METHODS = new Set([...VERBS, 'ws_connect']);
const CLIENT_OBJECTS = new Set([
    'requests.Session()', 'requests.session()', 'requests.sessions.Session()', 'requests.sessions.session()',
    'httpx.Client()', 'httpx.AsyncClient()',
]);
/** How sure we are that `name` is an aiohttp call taking `ssl=`; an HTTP verb on an unknown object in a file importing aiohttp is medium. */
function aiohttpCall(name, callee, importsAiohttp) {
    if (name !== undefined) {
        if (AIOHTTP_CONSTRUCTORS.has(name))
            return 'high';
        const dot = name.lastIndexOf('.');
        if (AIOHTTP_SESSIONS.has(name.slice(0, dot)) && AIOHTTP_METHODS.has(name.slice(dot + 1)))
            return 'high';
    }
    if (importsAiohttp && callee?.type === 'attribute' && AIOHTTP_METHODS.has(callee.childForFieldName('attribute')?.text ?? ''))
        return 'medium';
    return undefined;
}
/** How sure we are that `name` (a resolved callee) is an HTTP client call taking `verify=`. */
function clientCall(name, callee) {
    if (name !== undefined) {
        if (CLIENT_CONSTRUCTORS.has(name))
            return 'high';
        const dot = name.lastIndexOf('.');
        const receiver = name.slice(0, dot);
        const method = name.slice(dot + 1);
        if (VERBS.has(method) && (receiver === 'requests' || receiver === 'requests.api' || receiver === 'httpx' || CLIENT_OBJECTS.has(receiver)))
            return 'high';
    }
    // `self.session.get(url, verify=False)`: an HTTP verb on an object we cannot resolve (a requests/keystoneauth
    // session kept on an attribute); verify=False means the same thing in every such client.
    if (callee?.type === 'attribute' && VERBS.has(callee.childForFieldName('attribute')?.text ?? ''))
        return 'medium';
    return undefined;
}
export default defineRule({
    id: 'requests-verify-false',
    aliases: ['B501', 'S501', 'request_with_no_cert_validation'],
    category: 'insecure-transport',
    cwe: 295,
    severity: 'high',
    confidence: 'high',
    cost: 'fast',
    message: 'verify=False turns off TLS certificate checks: anyone on the network path can impersonate the server',
    fix: 'Drop verify=False; for a private CA pass its bundle: verify="/path/to/ca.pem".',
    // Both reports need the keyword `verify=` or the attribute `.verify`.
    triggers: ['verify', ...AIOHTTP_KEYWORDS],
    calleeKeywords: /^(?:verify|ssl|verify_ssl)$/,
    docs: {
        why: 'Without certificate verification HTTPS still encrypts, but to whoever answers: a man in the middle presents any certificate and reads or changes the traffic, credentials included. Covers requests and httpx `verify=False` (calls, sessions, clients, `session.verify = False`) and aiohttp `ssl=False`/`verify_ssl=False` (sessions, connectors, requests). High severity: the code deliberately accepts an impersonated server.',
        bad: [
            'import requests\nrequests.get("https://api.example", verify=False)\n',
            'import requests\nsession = requests.Session()\nsession.post(url, data=body, verify=False)\n',
            'import httpx\nclient = httpx.Client(verify=False)\n',
            'import aiohttp\nasync def fetch(url):\n    async with aiohttp.ClientSession() as session:\n        async with session.get(url, ssl=False) as response:\n            return await response.text()\n',
            'import aiohttp\nconnector = aiohttp.TCPConnector(ssl=False)\n',
        ],
        good: [
            'import requests\nrequests.get("https://api.example", verify="/etc/ssl/private-ca.pem", timeout=10)\n',
            'import requests\nrequests.get("https://api.example", verify=True, timeout=10)\n',
            'import aiohttp, ssl\nconnector = aiohttp.TCPConnector(ssl=ssl.create_default_context(cafile="/etc/ssl/private-ca.pem"))\n',
            'import redis\ncache = redis.Redis(host="cache", ssl=False)  # no TLS at all: not a verification switch\n',
        ],
        references: ['https://requests.readthedocs.io/en/latest/user/advanced/#ssl-cert-verification', 'https://cwe.mitre.org/data/definitions/295.html'],
    },
    create(context) {
        // `verify=0` switches verification off as surely as `verify=False` (requests tests the value for truth).
        const isFalse = (node) => {
            const value = node ? context.module.constant(node) : undefined;
            return value === false || value === 0;
        };
        const importsAiohttp = context.module.importsModule('aiohttp');
        return {
            call(node) {
                const keyword = keywordArgumentNode(node, 'verify');
                if (keyword && isFalse(keyword.childForFieldName('value'))) {
                    const confidence = clientCall(context.module.callName(node), node.childForFieldName('function'));
                    if (confidence)
                        context.report({ node: keyword, confidence });
                    return;
                }
                const sslKeyword = AIOHTTP_KEYWORDS.map((name) => keywordArgumentNode(node, name)).find((found) => found && isFalse(found.childForFieldName('value')));
                if (!sslKeyword)
                    return;
                const confidence = aiohttpCall(callNameThroughWith(node, context.module), node.childForFieldName('function'), importsAiohttp);
                if (confidence)
                    context.report({ node: sslKeyword, confidence, message: `aiohttp ${sslKeyword.childForFieldName('name')?.text}=False turns off TLS certificate checks: anyone on the network path can impersonate the server` });
            },
            // `session.verify = False` on a requests/httpx session object.
            assignment(node) {
                const target = node.childForFieldName('left');
                if (target?.type !== 'attribute' || target.childForFieldName('attribute')?.text !== 'verify')
                    return;
                if (!isFalse(node.childForFieldName('right')))
                    return;
                const object = target.childForFieldName('object');
                const receiver = object ? context.module.qualifiedName(object) : undefined;
                if (receiver !== undefined && CLIENT_OBJECTS.has(receiver))
                    context.report({ node, message: 'session.verify = False turns off TLS certificate checks for every request of the session' });
            },
        };
    },
});
