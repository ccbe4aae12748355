import { FLOW_LEVELS, taintRule } from '../support/taint-rule.js';
import { lastName } from '../support/name-triggers.js';
// Callee → the parameter holding the file path.
const PATH_SINKS = {
    open: { keyword: 'file', position: 0 },
    'io.open': { keyword: 'file', position: 0 },
    'codecs.open': { keyword: 'filename', position: 0 },
    'os.open': { keyword: 'path', position: 0 },
    'os.remove': { keyword: 'path', position: 0 },
    'os.unlink': { keyword: 'path', position: 0 },
    'shutil.rmtree': { keyword: 'path', position: 0 },
    'flask.send_file': { keyword: 'path_or_file', position: 0 },
    // send_from_directory joins the file name safely; the directory is not checked.
    'flask.send_from_directory': { keyword: 'directory', position: 0 },
    'starlette.responses.FileResponse': { keyword: 'path', position: 0 },
    'fastapi.responses.FileResponse': { keyword: 'path', position: 0 },
};
/** `Path(x).read_text()`-style sinks: the path is the receiver. */
const PATH_METHOD_NAMES = ['open', 'read_text', 'read_bytes', 'write_text', 'write_bytes', 'unlink', 'rmdir'];
const PATH_METHODS = new RegExp(`^pathlib\\.(Pure)?(Posix|Windows)?Path\\(\\)\\.(${PATH_METHOD_NAMES.join('|')})$`);
const SINK_LAST_NAMES = [...Object.keys(PATH_SINKS).map(lastName), ...PATH_METHOD_NAMES];
const PATH_CONSTRUCTOR = /^pathlib\.(Pure)?(Posix|Windows)?Path$/;
/** Methods and attributes of a path that give another path. */
const PATH_DERIVING = new Set(['joinpath', 'resolve', 'absolute', 'expanduser', 'with_name', 'with_suffix', 'with_stem', 'parent']);
/** `Path(x).read_text()`, `(BASE / name).read_bytes()`, `target = BASE / name; target.open()`: the path is the receiver. */
function pathMethodReceiver(call, module) {
    const callee = call.childForFieldName('function');
    const receiver = callee?.type === 'attribute' ? callee.childForFieldName('object') : null;
    if (PATH_METHODS.test(module.callName(call) ?? ''))
        return receiver;
    if (!receiver || !PATH_METHOD_NAMES.includes(callee?.childForFieldName('attribute')?.text ?? ''))
        return undefined;
    return isPathExpression(receiver, module, 0) ? receiver : undefined;
}
/** Whether an expression builds a pathlib path: `Path(…)`, `base / name`, `p.resolve()`, or a name bound once to one. */
function isPathExpression(node, module, depth) {
    if (depth > 6)
        return false;
    switch (node.type) {
        case 'parenthesized_expression':
            return !!node.firstNamedChild && isPathExpression(node.firstNamedChild, module, depth + 1);
        case 'identifier': {
            const values = module.valuesOf(node);
            return values?.length === 1 && isPathExpression(values[0], module, depth + 1);
        }
        case 'binary_operator': {
            const left = node.childForFieldName('left');
            return node.childForFieldName('operator')?.type === '/' && !!left && isPathExpression(left, module, depth + 1);
        }
        case 'attribute': {
            const object = node.childForFieldName('object');
            return node.childForFieldName('attribute')?.text === 'parent' && !!object && isPathExpression(object, module, depth + 1);
        }
        case 'call': {
            if (PATH_CONSTRUCTOR.test(module.callName(node) ?? ''))
                return true;
            const callee = node.childForFieldName('function');
            const object = callee?.type === 'attribute' ? callee.childForFieldName('object') : null;
            return !!object && PATH_DERIVING.has(callee?.childForFieldName('attribute')?.text ?? '') && isPathExpression(object, module, depth + 1);
        }
        default:
            return false;
    }
}
export default taintRule({
    id: 'path-traversal-request',
    aliases: [],
    category: 'path-traversal',
    cwe: 22,
    severity: 'high',
    confidence: 'high',
    cost: 'deep',
    sinkClass: 'path',
    sinks: PATH_SINKS,
    findSink: pathMethodReceiver,
    // A function of the module's own named `open` is not the builtin.
    when: (_call, module, name) => name !== 'open' || module.isBuiltin('open'),
    levels: FLOW_LEVELS,
    describe: (source) => `file path comes from ${source} (path traversal)`,
    message: 'file path taken from the request: `../` in it reaches files outside the intended directory',
    fix: 'Reduce the name to a bare file name (werkzeug.utils.secure_filename, os.path.basename) or join it with safe_join / send_from_directory, then open it.',
    // The sink's name (last segment of its qualified name); request sources include route parameters, which need no word.
    triggers: SINK_LAST_NAMES,
    // The sinks' last names: the engine hands the handler no other call.
    callees: SINK_LAST_NAMES,
    docs: {
        why: 'A file name from the request joined to a directory (`os.path.join(UPLOADS, name)`) still climbs out with `../../etc/passwd` '
            + 'or replaces the whole path when absolute. The rule follows request data into open(), os.remove(), send_file(), '
            + 'FileResponse and pathlib methods; basename/secure_filename/safe_join and allow-list checks end the flow.',
        bad: [
            'import os\nfrom flask import request, send_file\ndef download():\n    name = request.args["file"]\n    return send_file(os.path.join("/srv/files", name))\n',
            'def show(request):\n    with open("/srv/reports/" + request.GET["report"]) as fh:\n        return fh.read()\n',
        ],
        good: [
            'import os\nfrom flask import request, send_file\nfrom werkzeug.utils import secure_filename\ndef download():\n    name = secure_filename(request.args["file"])\n    return send_file(os.path.join("/srv/files", name))\n',
            'from flask import request, send_from_directory\ndef download():\n    return send_from_directory("/srv/files", request.args["file"])\n',
        ],
        references: ['https://cwe.mitre.org/data/definitions/22.html', 'https://owasp.org/www-community/attacks/Path_Traversal', 'https://werkzeug.palletsprojects.com/en/stable/utils/#werkzeug.utils.secure_filename'],
    },
});
