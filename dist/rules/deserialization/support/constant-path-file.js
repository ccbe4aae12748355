import { argument } from '../../../python/arguments.js';
const FILE_OPENERS = new Set(['open', 'io.open', 'builtins.open', 'codecs.open', 'gzip.open', 'bz2.open', 'lzma.open']);
/** The constant path of `open("/opt/app/model.pkl", "rb")`, or undefined for any other expression. */
function constantOpenedPath(node, module) {
    if (node.type !== 'call' || !FILE_OPENERS.has(module.callName(node) ?? ''))
        return undefined;
    const path = argument(node, 'file', 0) ?? argument(node, 'filename', 0);
    const value = path ? module.constant(path) : undefined;
    return typeof value === 'string' ? value : undefined;
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
    return path === undefined ? undefined : `${module.callName(call)}() reads a file at a path fixed in the code (${path}): its content is whoever deploys the code's own data`;
}
