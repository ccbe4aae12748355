import { SINK_LEVELS, taintRule } from '../support/taint-rule.js';
import { argument } from '../../python/arguments.js';
/** python-ldap search methods: the filter is `filterstr`, third positional. */
const PYTHON_LDAP_SEARCHES = new Set(['search', 'search_s', 'search_st', 'search_ext', 'search_ext_s']);
/** The filter argument of an LDAP search call, when the call is one. */
function searchFilter(call, module) {
    const method = module.calleeAttribute(call);
    if (!method || call.childForFieldName('function')?.type !== 'attribute')
        return undefined;
    const name = module.callName(call) ?? '';
    // ldap3: Connection(...).search(search_base, search_filter, ...)
    if (method === 'search' && (name.startsWith('ldap3.') || (module.importsModule('ldap3') && !module.importsModule('ldap')))) {
        return argument(call, 'search_filter', 1);
    }
    if (PYTHON_LDAP_SEARCHES.has(method) && (name.startsWith('ldap.') || module.importsModule('ldap')))
        return argument(call, 'filterstr', 2);
    return undefined;
}
export default taintRule({
    id: 'ldap-injection',
    aliases: [],
    category: 'ldap-injection',
    cwe: 90,
    severity: 'high',
    confidence: 'high',
    cost: 'deep',
    sinkClass: 'ldap',
    sinks: {},
    findSink: (call, module) => searchFilter(call, module) ?? undefined,
    levels: SINK_LEVELS,
    describe: (source) => `LDAP filter built from ${source} (LDAP injection)`,
    message: 'LDAP search filter built from run-time data: `*`, `(` and `)` in it change the filter (LDAP injection)',
    fix: 'Escape every value with ldap.filter.escape_filter_chars (ldap3: ldap3.utils.conv.escape_filter_chars), or build the filter with ldap.filter.filter_format.',
    // A search counts only with an `ldap`/`ldap3` import or a callee resolved under one of them.
    triggers: ['ldap', 'ldap3'],
    // searchFilter matches the callee's attribute; ldap3's `search` is among python-ldap's names.
    callees: [...PYTHON_LDAP_SEARCHES],
    docs: {
        why: 'A user name like `*)(uid=*))(|(uid=*` turns `(&(uid=NAME)(objectClass=person))` into a filter that matches every entry: '
            + 'login checks pass and directory data leaks. Filters built from request data block; from a parameter or an unknown value they are shown; escaped or constant filters only by --profile audit.',
        bad: [
            'import ldap\ndef find(request):\n    conn = ldap.initialize("ldap://directory")\n    user = request.GET["user"]\n    return conn.search_s("ou=people,dc=example", ldap.SCOPE_SUBTREE, "(uid=" + user + ")")\n',
            'from ldap3 import Connection\ndef find(conn, name):\n    conn.search("dc=example", f"(cn={name})")\n',
        ],
        good: [
            'import ldap\nfrom ldap.filter import escape_filter_chars\ndef find(request):\n    conn = ldap.initialize("ldap://directory")\n    user = escape_filter_chars(request.GET["user"])\n    return conn.search_s("ou=people,dc=example", ldap.SCOPE_SUBTREE, "(uid=" + user + ")")\n',
            'import ldap\ndef admins(conn):\n    return conn.search_s("ou=people,dc=example", ldap.SCOPE_SUBTREE, "(memberOf=cn=admins)")\n',
        ],
        references: ['https://cwe.mitre.org/data/definitions/90.html', 'https://cheatsheetseries.owasp.org/cheatsheets/LDAP_Injection_Prevention_Cheat_Sheet.html', 'https://www.python-ldap.org/en/latest/reference/ldap-filter.html'],
    },
});
