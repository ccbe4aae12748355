import { argument, argumentList } from '../../../python/arguments.js';
const FILE_OPENERS = new Set(['open', 'io.open', 'builtins.open', 'codecs.open', 'gzip.open', 'bz2.open', 'lzma.open']);
/** Settings and environment reads: values whoever deploys the code sets (Django settings, environment variables). */
const DEPLOYER_SETTINGS = /^(django\.conf\.settings|os\.environ)\./;
const DEPLOYER_READS = new Set(['os.getenv', 'os.environ.get', 'os.environ.__getitem__']);
const PATH_JOINS = new Set(['os.path.join', 'posixpath.join', 'pathlib.Path', 'pathlib.PurePath']);
/**
 * A path the code or its deployer fixes: a constant (`"/opt/app/model.pkl"`), a Django setting (`settings.MODEL_PATH`),
 * an environment variable, a module name bound once to one of these, or a join of them; undefined for anything else.
 */
function deployerPath(node, module, depth = 0) {
    if (!node || depth > 4)
        return undefined;
    const value = module.constant(node);
    if (typeof value === 'string')
        return value;
    const name = module.qualifiedName(node);
    if (node.type === 'attribute' && name && DEPLOYER_SETTINGS.test(name))
        return node.text;
    if (node.type === 'subscript' && module.qualifiedName(node.childForFieldName('value')) === 'os.environ')
        return node.text;
    if (node.type === 'call') {
        const callee = module.callName(node) ?? '';
        if (DEPLOYER_READS.has(callee))
            return node.text;
        if (PATH_JOINS.has(callee)) {
            const parts = argumentList(node).map((part) => deployerPath(part, module, depth + 1));
            return parts.length > 0 && parts.every((part) => part !== undefined) ? parts.join('/') : undefined;
        }
    }
    if (node.type === 'identifier') {
        const values = module.valuesOf(node) ?? [];
        const paths = values.map((value) => deployerPath(value, module, depth + 1));
        return paths.length > 0 && paths.every((path) => path !== undefined) ? node.text : undefined;
    }
    return undefined;
}
/** The deployer-fixed path of `open(PATH, "rb")`, or undefined for any other expression. */
function constantOpenedPath(node, module) {
    if (node.type !== 'call' || !FILE_OPENERS.has(module.callName(node) ?? ''))
        return undefined;
    return deployerPath(argument(node, 'file', 0) ?? argument(node, 'filename', 0), module);
}
/** The constant path of the file `stream` reads: the `open()` call itself, or the one name it is bound to. */
function constantStreamPath(stream, module) {
    if (stream.type !== 'identifier')
        return constantOpenedPath(stream, module);
    const bindings = module.scopeOf(stream).bindings.get(stream.text) ?? [];
    const paths = bindings.map((binding) => (binding.value ? constantOpenedPath(binding.value, module) : undefined));
    return paths.length > 0 && paths.every((path) => path !== undefined) ? paths[0] : undefined;
}
/** Why a load of a file at a constant path is the deployer's own data: the audit message, or undefined. */
export function deployerFileReason(call, module, keyword) {
    const stream = argument(call, keyword, 0);
    const path = stream ? constantStreamPath(stream, module) : undefined;
    return path === undefined ? undefined : `${module.callName(call)}() reads a file at a path fixed in the code or its deployment settings (${path}): its content is whoever deploys the code's own data`;
}
