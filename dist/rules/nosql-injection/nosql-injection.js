import { levelTable, taintRule } from '../support/taint-rule.js';
import { argument, keywordArgument } from '../../python/arguments.js';
/** pymongo/Motor collection methods → the parameter holding the query filter (or pipeline). */
const QUERY_METHODS = {
    find: { name: 'filter', position: 0 },
    find_one: { name: 'filter', position: 0 },
    find_one_and_delete: { name: 'filter', position: 0 },
    find_one_and_replace: { name: 'filter', position: 0 },
    find_one_and_update: { name: 'filter', position: 0 },
    find_raw_batches: { name: 'filter', position: 0 },
    count_documents: { name: 'filter', position: 0 },
    count: { name: 'filter', position: 0 },
    delete_one: { name: 'filter', position: 0 },
    delete_many: { name: 'filter', position: 0 },
    update_one: { name: 'filter', position: 0 },
    update_many: { name: 'filter', position: 0 },
    replace_one: { name: 'filter', position: 0 },
    distinct: { name: 'filter', position: 1 },
    aggregate: { name: 'pipeline', position: 0 },
    aggregate_raw_batches: { name: 'pipeline', position: 0 },
};
/** MongoEngine's raw query keyword: `User.objects(__raw__=...)`. */
const RAW_KEYWORD = '__raw__';
/**
 * Where a query document's data comes from → levels. Query-string, form, header and URL values are strings and
 * cannot carry an operator; a parameter in a filter is how every query is written: neither is reported.
 */
const FILTER_LEVELS = levelTable({
    request: { severity: 'high', confidence: 'high' },
    'user-input': { severity: 'medium', confidence: 'medium' },
    'stored-input': { severity: 'medium', confidence: 'medium' },
});
/** The first step of a flow from request data that is always a string (Werkzeug/Django/Starlette parse these to text). */
const STRING_SOURCE = /^[\w.]*\b(args|GET|POST|form|values|cookies|COOKIES|headers|query_params|path_params|view_args|META|environ|query_string)\b|\(parameter of view\b/;
/** `$where` runs JavaScript on the server: code built from a parameter is shown too. */
const WHERE_LEVELS = levelTable({
    request: { severity: 'high', confidence: 'high' },
    'user-input': { severity: 'high', confidence: 'medium' },
    'stored-input': { severity: 'high', confidence: 'medium' },
    parameter: { severity: 'medium', confidence: 'medium' },
});
const JSON_DECODERS = new Set(['json.loads', 'flask.json.loads', 'ujson.loads', 'orjson.loads', 'simplejson.loads', 'bson.json_util.loads']);
/** Request members that hold decoded JSON (dicts and lists, so operators): Flask/Starlette `json`, DRF `data`. */
const JSON_MEMBERS = /(^|\.)(json|get_json|data)(\(\))?$/;
/**
 * A value that can be a query document: a dict or list display, `dict(...)`, decoded JSON — not a string (a string
 * filter is a TypeError for pymongo, and `str.find` is the common method of that name).
 */
function isDocument(node, module, depth = 0) {
    if (depth > 3)
        return false;
    switch (node.type) {
        case 'dictionary':
        case 'dictionary_comprehension':
        case 'list':
        case 'list_comprehension':
            return true;
        case 'parenthesized_expression':
        case 'await':
            return !!node.firstNamedChild && isDocument(node.firstNamedChild, module, depth + 1);
        case 'call': {
            const name = module.callName(node) ?? '';
            if (name === 'dict' || JSON_DECODERS.has(name))
                return true;
            const callee = node.childForFieldName('function');
            return !!callee && JSON_MEMBERS.test(callee.text);
        }
        case 'attribute':
            return JSON_MEMBERS.test(node.text);
        case 'identifier':
            return (module.valuesOf(node) ?? []).some((value) => isDocument(value, module, depth + 1));
        default:
            return false;
    }
}
/** The keys and values of a document display, nested documents opened, each traced on its own; otherwise the document. */
function documentParts(document, module, depth = 0) {
    if (depth > 8)
        return [document];
    if (document.type === 'identifier') {
        // `query = {"name": name}` … `find(query)`: the display's parts.
        const values = module.valuesOf(document) ?? [];
        const displays = values.length > 0 && values.every((value) => value.type === 'dictionary' || value.type === 'list');
        return displays ? values.flatMap((value) => documentParts(value, module, depth + 1)) : [document];
    }
    if (document.type !== 'dictionary' && document.type !== 'list')
        return [document];
    return document.namedChildren.flatMap((item) => (item.type === 'pair'
        ? [item.childForFieldName('key'), item.childForFieldName('value')].filter((part) => !!part)
        : [item]).flatMap((part) => documentParts(part, module, depth + 1)));
}
/** The pair's key is the literal `"$where"`. */
function isWhereKey(pair, module) {
    const key = pair.childForFieldName('key');
    return !!key && module.constant(key) === '$where';
}
/** A `$where` clause: JavaScript run on the server. */
function whereClause(node, module) {
    const value = isWhereKey(node, module) ? node.childForFieldName('value') : null;
    if (!value)
        return undefined;
    return { value, label: '$where', sinkClass: 'code', levels: WHERE_LEVELS, describe: (source) => `MongoDB $where JavaScript built from ${source}` };
}
/** The parts of a query document passed to a pymongo/Motor method or `__raw__`, each a sink of its own (the first reported counts). */
function queryParts(node, module) {
    const raw = keywordArgument(node, RAW_KEYWORD);
    const method = node.childForFieldName('function')?.type === 'attribute' ? module.calleeAttribute(node) ?? '' : '';
    const spec = Object.hasOwn(QUERY_METHODS, method) ? QUERY_METHODS[method] : undefined;
    const filter = raw ?? (spec ? argument(node, spec.name, spec.position) : undefined);
    // The method names are common words (`str.find`, `list.count`): only a query document is a MongoDB filter.
    if (!filter || !isDocument(filter, module))
        return [];
    // A `$where` written in the filter is reported by the pair matcher, with its own levels.
    if (filter.type === 'dictionary' && filter.namedChildren.some((pair) => pair.type === 'pair' && isWhereKey(pair, module)))
        return [];
    return documentParts(filter, module).map((part) => ({
        value: part,
        // A value that is no document itself can only be an operator when it comes from decoded JSON; a query
        // document read from a file is configuration, not input.
        refine: (trace) => ((!isDocument(part, module) && (trace.kind !== 'request' || STRING_SOURCE.test(trace.flow[0] ?? ''))) || trace.origin === 'file' ? undefined : trace),
    }));
}
export default taintRule({
    id: 'nosql-injection',
    aliases: [],
    category: 'nosql-injection',
    cwe: 943,
    severity: 'high',
    confidence: 'high',
    cost: 'deep',
    message: 'MongoDB query built from request data: operators in it (`{"$ne": null}`, `$where` JavaScript) change the query (NoSQL injection)',
    fix: 'Cast each value to the type the query expects (`str(...)`, `int(...)`, `ObjectId(...)`) or validate the document with a schema; never build `$where` JavaScript from input.',
    triggers: [...Object.keys(QUERY_METHODS), '$where', RAW_KEYWORD],
    // Query methods by name; `__raw__` rides on any callee (`User.objects(...)`), so it is found by keyword.
    callees: Object.keys(QUERY_METHODS),
    calleeKeywords: /^__raw__$/,
    docs: {
        why: 'A JSON body can carry objects where the code expects strings: `{"user": "admin", "password": {"$ne": ""}}` passed into '
            + '`find_one` logs in without the password, and `$regex`/`$gt` operators read data they should not. A `$where` clause runs '
            + 'JavaScript on the database server, so text formatted into it is code injection. The rule follows request data into pymongo/Motor '
            + 'filters and pipelines (a dict, list or decoded JSON document), MongoEngine `__raw__` queries and `$where` clauses; `str()`, '
            + '`int()` and `ObjectId()` casts end the flow.',
        bad: [
            'from flask import request\nfrom pymongo import MongoClient\nusers = MongoClient().app.users\ndef login():\n    body = request.get_json()\n    return users.find_one({"name": body["name"], "password": body["password"]})\n',
            'from flask import request\ndef search(db):\n    name = request.args["name"]\n    return list(db.users.find({"$where": "this.name == \'" + name + "\'"}))\n',
        ],
        good: [
            'from flask import request\nfrom pymongo import MongoClient\nusers = MongoClient().app.users\ndef login():\n    body = request.get_json()\n    return users.find_one({"name": str(body["name"]), "password": str(body["password"])})\n',
            'from flask import request\ndef search(db):\n    return list(db.users.find({"$where": "this.credits > this.debits"}))\n',
        ],
        references: ['https://cwe.mitre.org/data/definitions/943.html', 'https://owasp.org/www-project-web-security-testing-guide/latest/4-Web_Application_Security_Testing/07-Input_Validation_Testing/05.6-Testing_for_NoSQL_Injection', 'https://www.mongodb.com/docs/manual/reference/operator/query/where/'],
    },
    sinkClass: 'nosql',
    levels: FILTER_LEVELS,
    describe: (source) => `MongoDB query document built from ${source}`,
    match: { pair: whereClause, call: queryParts },
    firstOnly: true,
});
