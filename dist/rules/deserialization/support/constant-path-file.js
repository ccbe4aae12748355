import { argument, argumentList } from '../../../python/arguments.js';
const FILE_OPENERS = new Set(['open', 'io.open', 'builtins.open', 'codecs.open', 'gzip.open', 'bz2.open', 'lzma.open']);
/** Settings and environment reads: values whoever deploys the code sets (Django settings, environment variables). */
const DEPLOYER_SETTINGS = /^(django\.conf\.settings|os\.environ)\./;
const DEPLOYER_READS = new Set(['os.getenv', 'os.environ.get', 'os.environ.__getitem__']);
const PATH_JOINS = new Set(['os.path.join', 'posixpath.join', 'pathlib.Path', 'pathlib.PurePath']);
/** Path functions whose result is fixed when their one argument is (`os.path.dirname(__file__)`). */
const PATH_OF_PATH = new Set(['os.path.dirname', 'os.path.abspath', 'os.path.realpath', 'os.path.normpath', 'os.path.expanduser']);
/** pathlib members that keep a fixed path fixed: `Path(__file__).resolve().parent`. */
const PATHLIB_METHODS = new Set(['resolve', 'absolute', 'expanduser', 'with_suffix', 'with_name', 'joinpath']);
const PATHLIB_ATTRIBUTES = new Set(['parent']);
/** A name the file never binds itself (Python's own `__file__`): neither its function nor the module assigns it. */
function unbound(node, module) {
    return !module.scopeOf(node).bindings.has(node.text) && !module.scopeFor(module.root).bindings.has(node.text);
}
/**
 * A path the code or its deployer fixes: a constant (`"/opt/app/model.pkl"`), a Django setting (`settings.MODEL_PATH`),
 * an environment variable, the module's own `__file__`, a module name bound once to one of these, a join of them, or
 * a directory/resolved form of one (`Path(__file__).resolve().parent / "x"`); undefined for anything else.
 */
function deployerPath(node, module, depth = 0) {
    if (!node || depth > 8)
        return undefined;
    const value = module.constant(node);
    if (typeof value === 'string')
        return value;
    const name = module.qualifiedName(node);
    if (node.type === 'attribute' && name && DEPLOYER_SETTINGS.test(name))
        return node.text;
    if (node.type === 'subscript' && module.qualifiedName(node.childForFieldName('value')) === 'os.environ')
        return node.text;
    // The module's own file: wherever the code is installed, fixed by whoever installs it.
    if (node.type === 'identifier' && node.text === '__file__' && unbound(node, module))
        return node.text;
    if (node.type === 'parenthesized_expression')
        return deployerPath(node.namedChildren[0], module, depth + 1);
    // `BASE / "build" / "junit.xml"`: pathlib's join, fixed when both sides are.
    if (node.type === 'binary_operator' && node.childForFieldName('operator')?.text === '/') {
        const left = deployerPath(node.childForFieldName('left') ?? undefined, module, depth + 1);
        const right = left === undefined ? undefined : deployerPath(node.childForFieldName('right') ?? undefined, module, depth + 1);
        return right === undefined ? undefined : node.text;
    }
    if (node.type === 'attribute' && PATHLIB_ATTRIBUTES.has(node.childForFieldName('attribute')?.text ?? '')) {
        return deployerPath(node.childForFieldName('object') ?? undefined, module, depth + 1) === undefined ? undefined : node.text;
    }
    if (node.type === 'call') {
        const callee = module.callName(node) ?? '';
        if (DEPLOYER_READS.has(callee))
            return node.text;
        const parts = argumentList(node);
        if (PATH_OF_PATH.has(callee))
            return parts.length === 1 && deployerPath(parts[0], module, depth + 1) !== undefined ? node.text : undefined;
        const fn = node.childForFieldName('function');
        if (fn?.type === 'attribute' && PATHLIB_METHODS.has(fn.childForFieldName('attribute')?.text ?? '')) {
            const base = deployerPath(fn.childForFieldName('object') ?? undefined, module, depth + 1);
            return base !== undefined && parts.every((part) => deployerPath(part, module, depth + 1) !== undefined) ? node.text : undefined;
        }
        if (PATH_JOINS.has(callee)) {
            const paths = parts.map((part) => deployerPath(part, module, depth + 1));
            return paths.length > 0 && paths.every((path) => path !== undefined) ? paths.join('/') : undefined;
        }
    }
    if (node.type === 'identifier') {
        const values = module.valuesOf(node) ?? [];
        const paths = values.map((value) => deployerPath(value, module, depth + 1));
        return paths.length > 0 && paths.every((path) => path !== undefined) ? node.text : undefined;
    }
    return undefined;
}
/** Why a parse of the file at a fixed path (`ET.parse(REPORT)`) reads the deployer's own data: the audit message, or undefined. */
export function deployerPathReason(call, module, keyword) {
    const written = argument(call, keyword, 0);
    const path = written ? deployerPath(written, module) ?? constantStreamPath(written, module) : undefined;
    return path === undefined ? undefined : deployerDataReason(call, module, path);
}
/** The audit message of a read whose file `path` fixes. */
function deployerDataReason(call, module, path) {
    return `${module.callName(call)}() reads a file at a path fixed in the code or its deployment settings (${path}): its content is whoever deploys the code's own data`;
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
    return path === undefined ? undefined : deployerDataReason(call, module, path);
}
