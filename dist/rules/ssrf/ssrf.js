import { FLOW_LEVELS, taintRule } from '../support/taint-rule.js';
import { lastName } from '../support/name-triggers.js';
const HTTP_VERBS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'];
const CLIENTS = ['requests', 'requests.Session()', 'requests.session()', 'requests.sessions.Session()', 'httpx', 'httpx.Client()', 'httpx.AsyncClient()', 'aiohttp.ClientSession()'];
/** Callee → position of the URL argument (keyword `url` everywhere). */
const URL_POSITION = new Map([
    ...CLIENTS.flatMap((client) => HTTP_VERBS.map((verb) => [`${client}.${verb}`, 0])),
    ...CLIENTS.map((client) => [`${client}.request`, 1]),
    ['urllib.request.urlopen', 0], ['urllib.request.Request', 0], ['urllib2.urlopen', 0], ['urllib2.Request', 0],
    ['urllib3.PoolManager().request', 1], ['urllib3.PoolManager().urlopen', 1], ['http.client.HTTPConnection', 0], ['http.client.HTTPSConnection', 0],
]);
const URL_ARGUMENTS = Object.fromEntries([...URL_POSITION].map(([name, position]) => [name, { keyword: 'url', position }]));
export default taintRule({
    id: 'ssrf',
    aliases: [],
    category: 'ssrf',
    cwe: 918,
    severity: 'high',
    confidence: 'high',
    cost: 'deep',
    sinkClass: 'url',
    sinks: URL_ARGUMENTS,
    // Who picks the scheme and host decides what the server reaches; the path and query after them do not.
    leading: true,
    levels: FLOW_LEVELS,
    describe: (source) => `URL comes from ${source} (server-side request forgery)`,
    message: 'server fetches a URL taken from the request (server-side request forgery)',
    fix: 'Do not fetch URLs the client chooses: map a key to a known URL, or parse the URL and check scheme and host against an allow-list (and block private addresses) before fetching.',
    // Each callee's module (`requests`, `urllib`), written in its import or as the bare name; for http.client, whose
    // `http` is in every URL, the class name.
    triggers: [...new Set([...URL_POSITION.keys()].map((name) => (name.startsWith('http.') ? lastName(name) : name.split('.')[0])))],
    callees: [...URL_POSITION.keys()].map(lastName),
    docs: {
        why: 'A server that fetches whatever URL the client names can be pointed at internal services (`http://169.254.169.254/` cloud '
            + 'metadata, admin consoles, `file://`), reading what the client could never reach. The rule follows request data into '
            + 'requests/httpx/urllib/aiohttp calls; a URL whose constant start fixes the host, or one that passed an allow-list check, is accepted.',
        bad: [
            'import requests\ndef preview(request):\n    url = request.GET["url"]\n    return requests.get(url, timeout=5).text\n',
            'from urllib.request import urlopen\nfrom flask import request\ndef fetch():\n    return urlopen(request.args.get("u")).read()\n',
        ],
        good: [
            'import requests\ndef item(request):\n    return requests.get("https://api.example.com/items/" + request.GET["id"], timeout=5).json()\n',
            'import requests\nFEEDS = {"news": "https://example.com/news.xml"}\ndef feed(request):\n    return requests.get(FEEDS[request.GET["name"]], timeout=5).text\n',
        ],
        references: ['https://cwe.mitre.org/data/definitions/918.html', 'https://cheatsheetseries.owasp.org/cheatsheets/Server_Side_Request_Forgery_Prevention_Cheat_Sheet.html'],
    },
});
