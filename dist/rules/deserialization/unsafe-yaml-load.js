import { SINK_LEVELS, taintRule } from '../support/taint-rule.js';
import { deployerFileReason } from './support/constant-path-file.js';
import { argument } from '../../python/arguments.js';
// Loaders that only build plain data. BaseLoader/CBaseLoader (everything a string, no tags) count as safe, as in
// Ruff's S506; Bandit flags them.
const SAFE_LOADERS = new Set(['SafeLoader', 'CSafeLoader', 'BaseLoader', 'CBaseLoader']);
const STREAM = { keyword: 'stream', position: 0 };
const LOADS = ['yaml.load', 'yaml.load_all', 'ruamel.yaml.load', 'ruamel.yaml.load_all'];
const ALWAYS_UNSAFE = new Set(['yaml.unsafe_load', 'yaml.unsafe_load_all']);
/** Classes of the module derived from a safe loader, worked out once per module. */
const safeClassesOf = new WeakMap();
function loaderIsSafe(call, module) {
    if (ALWAYS_UNSAFE.has(module.callName(call) ?? ''))
        return false;
    const loader = argument(call, 'Loader', 1);
    if (!loader)
        return false;
    let safeClasses = safeClassesOf.get(module);
    if (!safeClasses) {
        safeClasses = safeLoaderSubclasses(module);
        safeClassesOf.set(module, safeClasses);
    }
    return isSafeLoader(loader, module, safeClasses, 0);
}
export default taintRule({
    id: 'unsafe-yaml-load',
    aliases: ['B506', 'S506', 'yaml_load'],
    category: 'deserialization',
    cwe: 20,
    severity: 'medium',
    confidence: 'high',
    message: 'yaml.load() without a safe Loader can instantiate arbitrary Python objects',
    fix: 'Use yaml.safe_load(data), or yaml.load(data, Loader=yaml.SafeLoader) (CSafeLoader for speed).',
    // Every name reported (ruamel's included) has a `yaml` segment.
    triggers: ['yaml'],
    sinkClass: 'deserialization',
    sinks: Object.fromEntries([...LOADS, ...ALWAYS_UNSAFE].map((name) => [name, STREAM])),
    safeForm: (call, module) => (loaderIsSafe(call, module) ? `${module.callName(call)}() with a safe Loader` : deployerFileReason(call, module, 'stream')),
    levels: SINK_LEVELS,
    describe: (source, call, module) => `${module.callName(call)}() with an unsafe Loader reads ${source}: YAML tags can instantiate arbitrary Python objects`,
    docs: {
        why: 'PyYAML\'s full and unsafe loaders honour tags such as `!!python/object/apply:os.system`, so loading an attacker\'s document runs their code. SafeLoader only builds dicts, lists, strings and numbers. '
            + 'A document from request data blocks; from a parameter or an unknown value it is shown; a constant document only by --profile audit.',
        bad: [
            'import yaml\nfrom flask import request\ndef read():\n    return yaml.load(request.data, Loader=yaml.Loader)\n',
            'import yaml\ndef read(text):\n    return yaml.load(text)\n',
            'import yaml\ndef read(text):\n    return yaml.load(text, Loader=yaml.FullLoader)\n',
            'import yaml\ndef read(text):\n    return yaml.unsafe_load(text)\n',
        ],
        good: [
            'import yaml\ndef read(text):\n    return yaml.safe_load(text)\n',
            'import yaml\ndef read(text):\n    return yaml.load(text, Loader=yaml.SafeLoader)\n',
            'import yaml\nLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)\ndef read(text):\n    return yaml.load(text, Loader=Loader)\n',
        ],
        references: ['https://pyyaml.org/wiki/PyYAMLDocumentation#loading-yaml', 'https://cwe.mitre.org/data/definitions/20.html'],
    },
});
function isSafeLoader(node, module, safeClasses, depth) {
    if (depth > 4)
        return false;
    if (node.type === 'call') {
        // getattr(yaml, "CSafeLoader", yaml.SafeLoader): safe when both the looked-up name and the fallback are.
        if (module.callName(node) !== 'getattr')
            return false;
        const [, attribute, fallback] = node.childForFieldName('arguments')?.namedChildren ?? [];
        const looked = attribute ? module.constant(attribute) : undefined;
        return typeof looked === 'string' && SAFE_LOADERS.has(looked) && (!fallback || isSafeLoader(fallback, module, safeClasses, depth + 1));
    }
    if (node.type === 'identifier' && safeClasses.has(node.text))
        return true;
    const name = module.qualifiedName(node);
    if (name !== undefined && SAFE_LOADERS.has(name.split('.').pop()))
        return true;
    // A name bound to a safe loader expression (`Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)`).
    if (node.type === 'identifier') {
        const values = module.valuesOf(node);
        return !!values && values.length > 0 && values.every((value) => isSafeLoader(value, module, safeClasses, depth + 1));
    }
    return false;
}
/** Names of classes in this module that derive from a safe loader (`class Loader(yaml.SafeLoader): …`). */
function safeLoaderSubclasses(module) {
    const names = new Set();
    for (let child of module.root.namedChildren) {
        if (child.type === 'decorated_definition')
            child = child.childForFieldName('definition') ?? child;
        if (child.type !== 'class_definition')
            continue;
        const bases = child.childForFieldName('superclasses')?.namedChildren ?? [];
        const safe = bases.some((base) => {
            const name = module.qualifiedName(base);
            return (name !== undefined && SAFE_LOADERS.has(name.split('.').pop())) || names.has(base.text);
        });
        const className = child.childForFieldName('name')?.text;
        if (safe && className)
            names.add(className);
    }
    return names;
}
