import { SINK_LEVELS, taintRule } from '../support/taint-rule.js';
import { deployerFileReason } from './support/constant-path-file.js';
export default taintRule({
    id: 'marshal-load',
    aliases: ['B302', 'S302', 'marshal'],
    category: 'deserialization',
    cwe: 502,
    severity: 'medium',
    confidence: 'high',
    message: 'marshal is not secure against erroneous or maliciously constructed data',
    fix: 'Use json (or another data-only format) for data that crosses a trust boundary; marshal is for .pyc internals.',
    sinkClass: 'deserialization',
    sinks: { 'marshal.load': { position: 0 }, 'marshal.loads': { position: 0 } },
    levels: SINK_LEVELS,
    safeForm: (call, module) => deployerFileReason(call, module, 'file'),
    describe: (source, call, module) => `${module.callName(call)}() unmarshals ${source}: malformed or malicious data crashes the interpreter or carries code`,
    docs: {
        why: 'The marshal format is an internal CPython format: malformed input can crash the interpreter and it carries code objects. The documentation warns never to unmarshal untrusted data. '
            + 'Request data blocks; a parameter or unknown value is shown; a constant, or a file opened at a path written in the code, only by --profile audit.',
        bad: ['import marshal\nfrom flask import request\ndef restore():\n    return marshal.loads(request.data)\n', 'import marshal\ndef restore(blob):\n    return marshal.loads(blob)\n'],
        good: ['import json\ndef restore(blob):\n    return json.loads(blob)\n'],
        references: ['https://docs.python.org/3/library/marshal.html'],
    },
});
