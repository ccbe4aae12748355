import { defineRule } from '../types.js';
import { lastName } from '../support/name-triggers.js';
import { argument } from '../../python/arguments.js';
const DISABLERS = new Set(['urllib3.disable_warnings', 'requests.packages.urllib3.disable_warnings']);
const WARNING_FILTERS = new Set(['warnings.filterwarnings', 'warnings.simplefilter']);
// urllib3's warnings about TLS; the others (DependencyWarning, ProxySchemeUnknown…) say nothing about certificates.
const TLS_WARNINGS = new Set(['InsecureRequestWarning', 'SecurityWarning', 'SubjectAltNameWarning', 'InsecurePlatformWarning', 'SNIMissingWarning', 'SystemTimeWarning', 'HTTPWarning']);
function tlsWarningClass(node, module) {
    const name = module.qualifiedName(node) ?? '';
    const last = lastName(name);
    return TLS_WARNINGS.has(last) && (name.includes('urllib3') || !name.includes('.')) ? last : undefined;
}
export default defineRule({
    id: 'urllib3-warnings-disabled',
    aliases: [],
    category: 'insecure-transport',
    cwe: 295,
    severity: 'medium',
    confidence: 'medium',
    cost: 'fast',
    message: 'urllib3 warnings silenced: requests made without certificate verification no longer say so',
    fix: 'Remove the call and fix the cause of the warning: keep verify=True, or point verify= at the CA bundle that signs the server\'s certificate.',
    // disable_warnings() may name no warning; a warnings filter reports only with a TLS warning class written out.
    triggers: ['disable_warnings', ...TLS_WARNINGS],
    callees: [...DISABLERS, ...WARNING_FILTERS].map(lastName),
    docs: {
        why: 'InsecureRequestWarning is urllib3\'s (and requests\') only signal that an HTTPS request skipped certificate verification. Code silences it because it also passes verify=False somewhere; the warning is the last trace of that, and the silence hides new unverified requests too. Medium severity: the call hides the problem rather than causing it.',
        bad: [
            'import urllib3\nurllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)\n',
            'import requests\nrequests.packages.urllib3.disable_warnings()\n',
            'import warnings\nfrom urllib3.exceptions import InsecureRequestWarning\nwarnings.simplefilter("ignore", InsecureRequestWarning)\n',
        ],
        good: [
            'import urllib3\nurllib3.disable_warnings(urllib3.exceptions.DependencyWarning)\n',
            'import warnings\nwarnings.simplefilter("ignore", DeprecationWarning)\n',
        ],
        references: ['https://urllib3.readthedocs.io/en/stable/advanced-usage.html#tls-warnings', 'https://cwe.mitre.org/data/definitions/295.html'],
    },
    create(context) {
        return {
            call(node) {
                const name = context.module.callName(node);
                if (name === undefined)
                    return;
                if (DISABLERS.has(name)) {
                    const category = argument(node, 'category', 0);
                    if (!category) {
                        context.report({ node, message: 'urllib3.disable_warnings() with no category silences InsecureRequestWarning too: requests without certificate verification no longer say so' });
                        return;
                    }
                    const warning = tlsWarningClass(category, context.module);
                    if (warning)
                        context.report({ node, confidence: warning === 'InsecureRequestWarning' ? 'high' : 'medium', message: `urllib3 ${warning} silenced: requests made without certificate verification no longer say so` });
                    return;
                }
                if (WARNING_FILTERS.has(name)) {
                    const action = argument(node, 'action', 0);
                    const category = argument(node, 'category', name === 'warnings.simplefilter' ? 1 : 2);
                    if (!action || context.module.constant(action) !== 'ignore' || !category)
                        return;
                    const warning = tlsWarningClass(category, context.module);
                    if (warning)
                        context.report({ node, confidence: warning === 'InsecureRequestWarning' ? 'high' : 'medium', message: `urllib3 ${warning} filtered out: requests made without certificate verification no longer say so` });
                }
            },
        };
    },
});
