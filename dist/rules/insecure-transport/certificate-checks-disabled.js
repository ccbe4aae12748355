import { defineRule } from '../types.js';
import { argument } from '../../python/arguments.js';
import { lastName } from '../support/name-triggers.js';
/**
 * Keyword arguments whose names only TLS clients use, and the value that switches the check off
 * (requests/httpx `verify=` and aiohttp `ssl=` are requests-verify-false; ssl contexts are unverified-ssl-context).
 */
const KEYWORDS = {
    disable_ssl_certificate_validation: { disabling: 'true', library: 'httplib2' },
    validate_cert: { disabling: 'false', library: 'tornado' },
    validate_certs: { disabling: 'false', library: 'Ansible/OpenStack clients' },
    tlsAllowInvalidCertificates: { disabling: 'true', library: 'pymongo' },
    tlsAllowInvalidHostnames: { disabling: 'true', library: 'pymongo' },
    tlsInsecure: { disabling: 'true', library: 'pymongo' },
    ssl_cert_reqs: { disabling: 'cert-none', library: 'pymongo/redis' },
    cert_reqs: { disabling: 'cert-none', library: 'urllib3/ssl' },
    assert_hostname: { disabling: 'false', library: 'urllib3' },
    ssl_check_hostname: { disabling: 'false', library: 'kafka/redis' },
};
/**
 * Option setters whose option and value turn a check off: pycurl's setopt, python-ldap's set_option. Options are
 * matched by their last name (`curl.SSL_VERIFYPEER` on a Curl object is pycurl's constant too); they name nothing else.
 */
const OPTIONS = {
    setopt: { option: new Set(['SSL_VERIFYPEER', 'SSL_VERIFYHOST']), off: (module, value) => module.constant(value) === 0 || module.constant(value) === false },
    set_option: { option: new Set(['OPT_X_TLS_REQUIRE_CERT']), off: (module, value) => ['OPT_X_TLS_NEVER', 'OPT_X_TLS_ALLOW'].includes(lastName(module.qualifiedName(value) ?? '')) },
};
function disables(module, value, disabling) {
    const constant = module.constant(value);
    if (disabling === 'true')
        return constant === true || constant === 1;
    if (disabling === 'false')
        return constant === false || constant === 0;
    return module.qualifiedName(value) === 'ssl.CERT_NONE' || constant === 'CERT_NONE' || constant === 'none' || constant === 0;
}
export default defineRule({
    id: 'certificate-checks-disabled',
    aliases: [],
    category: 'insecure-transport',
    cwe: 295,
    severity: 'high',
    confidence: 'high',
    cost: 'fast',
    message: 'TLS certificate checks are switched off: anyone on the network path can impersonate the server',
    fix: 'Leave certificate and host name checks on; for a private CA pass its bundle (ca_certs=, tlsCAFile=, CAINFO).',
    triggers: [...Object.keys(KEYWORDS), 'cert_reqs', 'SSL_VERIFYPEER', 'SSL_VERIFYHOST', 'OPT_X_TLS_REQUIRE_CERT'],
    calleeKeywords: new RegExp(`^(?:${Object.keys(KEYWORDS).join('|')})$`),
    callees: Object.keys(OPTIONS),
    docs: {
        why: 'Every TLS client has its own switch for "accept any certificate": httplib2\'s disable_ssl_certificate_validation=True, tornado\'s validate_cert=False, urllib3\'s cert_reqs="CERT_NONE" or assert_hostname=False, pymongo\'s tlsAllowInvalidCertificates=True, `"cert_reqs": ssl.CERT_NONE` in websocket-client\'s sslopt, pycurl\'s SSL_VERIFYPEER=0, python-ldap\'s OPT_X_TLS_NEVER. Each lets a man in the middle read and change the traffic, credentials included: high severity, as requests\' verify=False. A server socket (server_side=True) with CERT_NONE merely asks no client certificate, the normal case, and is not reported.',
        bad: [
            'import httplib2\nhttp = httplib2.Http(disable_ssl_certificate_validation=True)\n',
            'import urllib3\npool = urllib3.PoolManager(cert_reqs="CERT_NONE")\n',
            'import ssl, websocket\nws = websocket.create_connection("wss://feed.vendor.io", sslopt={"cert_reqs": ssl.CERT_NONE})\n',
            'import pycurl\ncurl = pycurl.Curl()\ncurl.setopt(pycurl.SSL_VERIFYPEER, 0)\n',
        ],
        good: [
            'import httplib2\nhttp = httplib2.Http(ca_certs="/etc/ssl/private-ca.pem")\n',
            'import urllib3\npool = urllib3.PoolManager(cert_reqs="CERT_REQUIRED")\n',
            'import pycurl\ncurl = pycurl.Curl()\ncurl.setopt(pycurl.SSL_VERIFYPEER, 1)\n',
        ],
        references: ['https://cwe.mitre.org/data/definitions/295.html', 'https://urllib3.readthedocs.io/en/stable/advanced-usage.html#certificate-verification'],
    },
    create(context) {
        const { module } = context;
        const isServerSide = (value) => !!value && module.constant(value) === true;
        return {
            call(node) {
                const setter = OPTIONS[module.calleeAttribute(node) ?? ''];
                if (setter) {
                    const option = argument(node, null, 0);
                    const value = argument(node, null, 1);
                    if (option && value && setter.option.has(lastName(module.qualifiedName(option) ?? '')) && setter.off(module, value)) {
                        context.report({ node, message: `${option.text} switched off: any certificate is accepted` });
                    }
                    return;
                }
                // ssl.wrap_socket(cert_reqs=ssl.CERT_NONE) is unverified-ssl-context's; a server not asking for client
                // certificates (server_side=True) is the normal case.
                if (module.callName(node)?.startsWith('ssl.') || isServerSide(argument(node, 'server_side', null)))
                    return;
                for (const [keyword, { disabling, library }] of Object.entries(KEYWORDS)) {
                    const value = argument(node, keyword, null);
                    if (value && disables(module, value, disabling)) {
                        context.report({ node: value.parent ?? node, message: `${keyword}=${value.text} turns off TLS certificate checks (${library}): anyone on the network path can impersonate the server` });
                    }
                }
            },
            // `sslopt={"cert_reqs": ssl.CERT_NONE}`, `ssl_options = {"cert_reqs": ssl.CERT_NONE}`.
            pair(node) {
                const key = node.childForFieldName('key');
                const value = node.childForFieldName('value');
                if (!key || !value || module.constant(key) !== 'cert_reqs' || !disables(module, value, 'cert-none'))
                    return;
                const serverSide = node.parent?.namedChildren.find((pair) => pair.type === 'pair' && module.constant(pair.childForFieldName('key')) === 'server_side');
                if (isServerSide(serverSide?.childForFieldName('value') ?? undefined))
                    return;
                context.report({ node, message: '"cert_reqs": CERT_NONE turns off TLS certificate checks: anyone on the network path can impersonate the server' });
            },
        };
    },
});
