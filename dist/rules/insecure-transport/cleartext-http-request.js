import { defineRule } from '../types.js';
import { lastName } from '../support/name-triggers.js';
import { argument } from '../../python/arguments.js';
import { enclosingClass, enclosingFunction } from '../../python/syntax.js';
import { callNameThroughWith } from '../../python/context-managers.js';
import { CLEARTEXT_SCHEMES, cleartextUrl } from './support/cleartext-urls.js';
const FIRST = { keyword: 'url', position: 0 };
const AFTER_METHOD = { keyword: 'url', position: 1 };
const VERBS = ['get', 'options', 'head', 'post', 'put', 'patch', 'delete'];
const verbs = (receivers, parameter) => receivers.flatMap((receiver) => VERBS.map((verb) => [`${receiver}.${verb}`, parameter]));
const methods = (receivers, names, parameter) => receivers.flatMap((receiver) => names.map((name) => [`${receiver}.${name}`, parameter]));
const REQUESTS = ['requests', 'requests.api', 'requests.Session()', 'requests.session()', 'requests.sessions.Session()', 'requests.sessions.session()'];
const HTTPX = ['httpx', 'httpx.Client()', 'httpx.AsyncClient()'];
const AIOHTTP = ['aiohttp.ClientSession()', 'aiohttp.client.ClientSession()'];
const AIOHTTP_URL = { keyword: 'str_or_url', position: 0 };
const OPENERS = ['urllib.request.URLopener()', 'urllib.request.FancyURLopener()', 'urllib.request.OpenerDirector()', 'urllib.request.build_opener()', 'urllib2.build_opener()', 'urllib.URLopener()', 'urllib.FancyURLopener()'];
/** Calls that fetch a URL, by qualified name, and where the URL goes. */
const CLIENT_CALLS = new Map([
    ...verbs([...REQUESTS, ...HTTPX], FIRST),
    ...methods([...REQUESTS, ...HTTPX], ['request'], AFTER_METHOD),
    ...methods(HTTPX, ['stream'], AFTER_METHOD),
    ...verbs(AIOHTTP, AIOHTTP_URL),
    ...methods(AIOHTTP, ['request'], { keyword: 'str_or_url', position: 1 }),
    ...methods(AIOHTTP, ['ws_connect'], FIRST),
    ['aiohttp.request', AFTER_METHOD],
    ...methods(['urllib.request', 'urllib2', 'urllib'], ['urlopen', 'urlretrieve'], FIRST),
    ['urllib.request.Request', FIRST], ['urllib2.Request', FIRST],
    ...methods(OPENERS, ['open', 'retrieve'], { keyword: 'fullurl', position: 0 }),
    ...methods(['urllib3.PoolManager()', 'urllib3.poolmanager.PoolManager()', 'urllib3'], ['request', 'urlopen'], AFTER_METHOD),
    ...methods(['websocket', 'websocket.WebSocket()'], ['create_connection', 'WebSocketApp', 'connect'], FIRST),
    ...methods(['websockets', 'websockets.client', 'websockets.sync.client'], ['connect'], { keyword: 'uri', position: 0 }),
    ['xmlrpc.client.ServerProxy', { keyword: 'uri', position: 0 }], ['xmlrpclib.ServerProxy', { keyword: 'uri', position: 0 }],
]);
/** Connections that are cleartext whatever the host: reported when the host is written out and not local. */
const CLEARTEXT_CONNECTIONS = new Map([
    ['http.client.HTTPConnection', { keyword: 'host', position: 0 }],
    ['httplib.HTTPConnection', { keyword: 'host', position: 0 }],
]);
/** Clients built around a base URL that every relative request goes to. */
const BASE_URL_CLIENTS = new Map([
    ['httpx.Client', { keyword: 'base_url', position: null }],
    ['httpx.AsyncClient', { keyword: 'base_url', position: null }],
    ['aiohttp.ClientSession', { keyword: 'base_url', position: 0 }],
]);
/**
 * A string that starts with a cleartext scheme (`"http://…`, `f'ws://…`, or the scheme alone: `scheme = "http"`): a
 * folded URL starts with one. License headers and docstrings mention http:// after a space, not after a quote.
 */
const CLEARTEXT_LITERAL = /['"](?:http|ftp|ws)(?::\/\/|['"])/i;
/** HTTP client libraries: a verb on an object the scope cannot resolve (`self.session.get`) is theirs in a file importing them. */
const CLIENT_LIBRARIES = ['requests', 'httpx', 'aiohttp'];
const LOOSE_METHODS = new Map([...VERBS.map((verb) => [verb, FIRST]), ['request', AFTER_METHOD]]);
/** Keyword arguments that carry credentials whatever their content. */
const CREDENTIAL_KEYWORDS = ['auth', 'cookies'];
/** Keyword arguments whose dictionary carries credentials when one of its keys names a secret (and their position in urllib's Request). */
const MAPPING_KEYWORDS = [['headers', 2], ['data', 1], ['json', null], ['params', null]];
const SECRET_KEY = /^(?:authorization|proxy-authorization|cookie|x-[\w-]*(?:token|key|auth)[\w-]*|[\w-]*(?:api[-_]?key|apikey|token|password|passwd|secret)[\w-]*)$/i;
function dictionaryOf(node, module) {
    if (node.type === 'dictionary')
        return node;
    if (node.type !== 'identifier')
        return undefined;
    const values = module.valuesOf(node);
    return values?.length === 1 && values[0].type === 'dictionary' ? values[0] : undefined;
}
/** What credentials ride along with the request: `auth=`, an Authorization header, a password field. */
function credentialsOf(call, module, name) {
    for (const keyword of CREDENTIAL_KEYWORDS) {
        const value = argument(call, keyword, null);
        if (value && module.constant(value) !== null)
            return `${keyword}=`;
    }
    const urllibRequest = name.endsWith('.Request');
    for (const [keyword, position] of MAPPING_KEYWORDS) {
        const value = argument(call, keyword, urllibRequest ? position : null);
        const dictionary = value ? dictionaryOf(value, module) : undefined;
        for (const pair of dictionary?.namedChildren ?? []) {
            const key = pair.type === 'pair' ? pair.childForFieldName('key') : null;
            const text = key ? module.constant(key) : undefined;
            if (typeof text === 'string' && SECRET_KEY.test(text))
                return `the '${text}' ${keyword === 'headers' ? 'header' : 'field'}`;
        }
    }
    return undefined;
}
/** The expression a URL starts with: `self.BASE + "/x"` → `self.BASE`, `f"{self.BASE}/x"` → `self.BASE`. */
function leadingPart(url) {
    if (url.type === 'binary_operator')
        return leadingPart(url.childForFieldName('left') ?? url);
    if (url.type === 'parenthesized_expression' && url.firstNamedChild)
        return leadingPart(url.firstNamedChild);
    if (url.type === 'string') {
        const first = url.namedChildren.find((child) => child.type !== 'string_start');
        if (first?.type === 'interpolation')
            return leadingPart(first.childForFieldName('expression') ?? first);
    }
    return url;
}
/**
 * `self.BASE_URL` (or `cls.`/`ClassName.`) bound once in its class: `BASE_URL = "http://…"` in the class body or
 * `self.BASE_URL = "http://…"` in a method. API clients keep their base URL there, where scopes do not look.
 */
function classAttributeText(node, module) {
    if (node.type !== 'attribute')
        return undefined;
    const owner = node.childForFieldName('object')?.text;
    const name = node.childForFieldName('attribute')?.text;
    const cls = enclosingClass(node);
    if (!owner || !name || !cls || !(owner === 'self' || owner === 'cls' || owner === cls.childForFieldName('name')?.text))
        return undefined;
    const values = cls.descendantsOfType('assignment').filter((assignment) => {
        const left = assignment.childForFieldName('left');
        if (left?.type === 'identifier')
            return left.text === name && enclosingFunction(assignment) === null;
        return left?.type === 'attribute' && left.childForFieldName('object')?.text === 'self' && left.childForFieldName('attribute')?.text === name;
    }).map((assignment) => assignment.childForFieldName('right'));
    const value = values.length === 1 && values[0] ? module.constant(values[0]) : undefined;
    return typeof value === 'string' ? value : undefined;
}
export default defineRule({
    id: 'cleartext-http-request',
    // Semgrep's request-with-http, request-session-with-http, insecure-urlopen, insecure-request-object,
    // insecure-urlretrieve, insecure-urlopener-open and insecure-openerdirector-open; their ids are not alias-shaped.
    aliases: [],
    category: 'insecure-transport',
    cwe: 319,
    severity: 'medium',
    confidence: 'high',
    cost: 'fast',
    message: 'request sent over cleartext http://: anyone on the network path can read and change it',
    fix: 'Use https:// (wss:// for websockets, FTPS/SFTP for files); keep http:// only for loopback and test servers.',
    // HTTPConnection needs no scheme in the call.
    triggers: [CLEARTEXT_LITERAL, 'HTTPConnection'],
    callees: [...new Set([...CLIENT_CALLS.keys(), ...BASE_URL_CLIENTS.keys(), ...CLEARTEXT_CONNECTIONS.keys()].map(lastName))],
    docs: {
        why: 'A URL with http://, ftp:// or ws:// sends the request and receives the answer unencrypted: anyone on the network path (shared Wi-Fi, a compromised router, the hosting provider) can read it and change the response, so downloaded code, data and redirects cannot be trusted. A URL written in the code to a public host is high severity and blocks (medium confidence: the payload may be signed end to end); when credentials ride along (auth=, an Authorization or API-key header, cookies, a password field, user:password in the URL) they are disclosed to every observer: high confidence. A URL whose host is only known at run time, or a private-network address (10/8, 172.16/12, 192.168/16), is medium severity and does not block. A verb on an unresolved object (`self.session.get("http://…")`) in a module importing requests, httpx or aiohttp counts at medium confidence. Loopback, localhost, link-local metadata services (169.254.169.254) and *.local/*.internal hosts are not reported; reserved test domains (*.test, *.example, *.invalid), which never resolve, stand for a real host and are reported at low confidence, which never blocks (example.com does resolve, so it counts as a public host); in test code the policy lowers every finding one level, so test URLs never block.',
        bad: [
            'import requests\ndef fetch_rates():\n    return requests.get("http://api.exchangerates.io/latest", timeout=10).json()\n',
            'import requests\ndef login(user, password):\n    return requests.post("http://accounts.partner.io/login", auth=(user, password), timeout=10)\n',
            'import urllib.request\nBASE = "http://mirror.company.net"\ndef download(name):\n    return urllib.request.urlopen(BASE + "/pkgs/" + name).read()\n',
            'import httpx\nasync def stream(token):\n    async with httpx.AsyncClient() as client:\n        return await client.get("http://feed.vendor.io/v1", headers={"Authorization": f"Bearer {token}"})\n',
        ],
        good: [
            'import requests\ndef fetch_rates():\n    return requests.get("https://api.exchangerates.io/latest", timeout=10).json()\n',
            'import requests\ndef health():\n    return requests.get("http://localhost:8080/health", timeout=2).ok\n',
            'import requests\ndef cluster_health():\n    return requests.get("http://elasticsearch.internal:9200/_cluster/health", timeout=2).ok\n',
            'import urllib.request\ndef metadata():\n    return urllib.request.urlopen("http://169.254.169.254/latest/meta-data/").read()\n',
            'import requests\ndef fetch(url):\n    return requests.get(url, timeout=10)  # the scheme is the caller\'s choice\n',
        ],
        references: ['https://cwe.mitre.org/data/definitions/319.html', 'https://cheatsheetseries.owasp.org/cheatsheets/Transport_Layer_Security_Cheat_Sheet.html'],
    },
    create(context) {
        const { module } = context;
        const usesClientLibrary = CLIENT_LIBRARIES.some((library) => module.importsModule(library));
        const check = (call, name, url, written, confidence = 'high') => {
            const text = written ?? (url ? classAttributeText(leadingPart(url), module) ?? module.fold(url)?.text : undefined);
            const found = text === undefined ? undefined : cleartextUrl(text);
            if (!url || !found)
                return;
            const scheme = CLEARTEXT_SCHEMES[found.scheme];
            const where = found.host ? ` to ${found.host}` : '';
            const credentials = found.credentials ?? credentialsOf(call, module, name);
            let severity = 'medium';
            let message = `${lastName(name)}() sends its request${where} over cleartext ${scheme}: anyone on the network path can read and change it`;
            if (credentials) {
                severity = 'high';
                message = `${lastName(name)}() sends credentials (${credentials}) over cleartext ${scheme}${where}: every observer on the network path can read them`;
            }
            else if (found.host && !found.privateNetwork && !found.placeholder) {
                // A public host written into the code: the response (code, data, redirects) can be swapped on the way.
                severity = 'high';
                confidence = confidence === 'high' ? 'medium' : confidence;
            }
            else if (found.privateNetwork) {
                message += ' (not blocking: a private-network address)';
            }
            // A reserved test domain (api.test) stands for a real host: reported, never blocking.
            context.report({ node: url, severity, confidence: found.placeholder ? 'low' : confidence, message });
        };
        return {
            call(node) {
                const name = callNameThroughWith(node, module) ?? node.childForFieldName('function')?.text ?? '';
                const parameter = CLIENT_CALLS.get(name);
                if (parameter) {
                    check(node, name, argument(node, parameter.keyword, parameter.position));
                    return;
                }
                const base = BASE_URL_CLIENTS.get(name);
                if (base) {
                    check(node, name, argument(node, base.keyword, base.position));
                    return;
                }
                const connection = CLEARTEXT_CONNECTIONS.get(name);
                const host = connection ? argument(node, connection.keyword, connection.position) : undefined;
                const hostName = host ? module.constant(host) : undefined;
                // HTTPConnection("api.partner.io") is http://api.partner.io; a run-time host may be a local agent.
                if (host && typeof hostName === 'string') {
                    check(node, name, host, `http://${hostName}`);
                    return;
                }
                // `self.session.get("http://…")` in a module using requests/httpx/aiohttp: the receiver is a client kept on an
                // attribute or passed in; only a URL written in the call counts (a cache's `.get(url)` takes a variable).
                const callee = node.childForFieldName('function');
                const loose = usesClientLibrary && callee?.type === 'attribute' ? LOOSE_METHODS.get(callee.childForFieldName('attribute')?.text ?? '') : undefined;
                const url = loose ? argument(node, loose.keyword, loose.position) : undefined;
                if (url && (url.type === 'string' || url.type === 'concatenated_string' || url.type === 'binary_operator'))
                    check(node, name, url, undefined, 'medium');
            },
        };
    },
});
