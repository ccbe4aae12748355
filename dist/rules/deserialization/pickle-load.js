import { SINK_LEVELS, taintRule } from '../support/taint-rule.js';
import { deployerFileReason } from './support/constant-path-file.js';
import { argument } from '../../python/arguments.js';
const DATA = { position: 0 };
const members = (modules, names) => modules.flatMap((module) => names.map((name) => `${module}.${name}`));
/** Loaders built on pickle: the first argument is the bytes, the file or the file name. */
const SINKS = Object.fromEntries([
    ...members(['pickle', 'cPickle', '_pickle', 'dill', 'cloudpickle'], ['loads', 'load', 'Unpickler']),
    'shelve.open', 'shelve.DbfilenameShelf', 'jsonpickle.decode', 'jsonpickle.unpickler.decode', 'jsonpickle.unpickler.Unpickler',
    'pandas.read_pickle', 'numpy.load',
].map((name) => [name, DATA]));
/** numpy.load unpickles object arrays only when asked: `allow_pickle=True` (or a value not known to be False). */
const PICKLE_OPT_IN = { 'numpy.load': { keyword: 'allow_pickle', position: 2 } };
export default taintRule({
    id: 'pickle-load',
    aliases: ['B301', 'S301', 'pickle'],
    category: 'deserialization',
    cwe: 502,
    severity: 'medium',
    confidence: 'high',
    message: 'unpickling runs code chosen by whoever wrote the data: never load pickles from an untrusted source',
    fix: 'Exchange data as JSON (json.loads) or another data-only format; if pickles must cross a trust boundary, sign them (hmac) and verify before loading.',
    sinkClass: 'deserialization',
    sinks: SINKS,
    levels: SINK_LEVELS,
    when: (call, module, name) => {
        const optIn = name === undefined ? undefined : PICKLE_OPT_IN[name];
        if (!optIn)
            return true;
        const flag = argument(call, optIn.keyword, optIn.position);
        return flag !== undefined && module.constant(flag) !== false;
    },
    safeForm: (call, module) => deployerFileReason(call, module, 'file'),
    describe: (source, call, module) => `${module.callName(call)}() deserialises ${source}: unpickling runs code chosen by whoever wrote the data`,
    docs: {
        why: 'A pickle is a small program: `__reduce__` lets the data name any callable to run while loading, so pickle.loads(attacker_bytes) is remote code execution. '
            + 'dill, cloudpickle, shelve, jsonpickle and pandas.read_pickle wrap the same machinery, as does numpy.load with allow_pickle=True. Request data or other outside input blocks; '
            + 'a parameter or an unknown value (a file of unknown origin, a cache) is shown; a constant, or a file opened at a path written in the code (the deployer\'s own data), is shown only by --profile audit.',
        bad: [
            'import pickle\nfrom flask import request\ndef restore():\n    return pickle.loads(request.get_data())\n',
            'from pickle import loads as l\ndef restore(blob):\n    return l(blob)\n',
        ],
        good: ['import json\ndef restore(blob):\n    return json.loads(blob)\n', 'import pickle\nMODEL = "/opt/app/model.pkl"\ndef load_model():\n    with open(MODEL, "rb") as fh:\n        return pickle.load(fh)\n', 'def restore(model, path):\n    return model.load(path)\n'],
        references: ['https://docs.python.org/3/library/pickle.html', 'https://cwe.mitre.org/data/definitions/502.html'],
    },
});
