// Config validation driven by config/schema.json (the same file editors use for completion), plus what a schema
// cannot say: rule keys must name a rule, alias or category, and rule options must exist with the default's type.
// A small interpreter of the schema keywords the file uses; ajv stays a test-only dependency.
import { readFileSync } from 'node:fs';
import { editDistance } from '../spelling.js';
import { RULES } from '../rules/index.js';
import { CATEGORIES } from '../rules/types.js';
import { rulesNamedBy } from './settings.js';
import { packagePath } from '../package-root.js';
let loadedSchema;
/** config/schema.json, shipped next to dist/ in the package. */
function configSchema() {
    loadedSchema ??= JSON.parse(readFileSync(packagePath('config', 'schema.json'), 'utf8'));
    return loadedSchema;
}
/** Every problem in a config object, in document order; empty when it is valid. `prefix` names where it sits (`tool.review-security`). */
export function validateConfig(config, prefix = '') {
    const schema = configSchema();
    const problems = [];
    check(config, schema, schema, prefix, problems);
    if (problems.length === 0 && isObject(config)) {
        checkRuleKeys(config.rules, join(prefix, 'rules'), true, problems);
        if (Array.isArray(config.overrides)) {
            config.overrides.forEach((override, index) => {
                if (isObject(override))
                    checkRuleKeys(override.rules, `${join(prefix, 'overrides')}[${index}].rules`, false, problems);
            });
        }
    }
    return problems;
}
function check(value, schema, root, path, problems) {
    if (schema.$ref) {
        const target = root.definitions?.[schema.$ref.replace('#/definitions/', '')];
        if (!target)
            throw new Error(`config schema: unresolved ${schema.$ref}`);
        check(value, { ...target, ...schema, $ref: undefined }, root, path, problems);
        return;
    }
    if (schema.oneOf) {
        const fitting = schema.oneOf.filter((alternative) => fitsType(value, resolve(alternative, root)));
        if (fitting.length === 1)
            check(value, fitting[0], root, path, problems);
        else
            problems.push({ path, message: `expected ${schema.oneOf.map((alternative) => describe(resolve(alternative, root), root)).join(' or ')}, got ${shown(value)}` });
        return;
    }
    if (schema.enum) {
        if (!schema.enum.includes(value)) {
            const hint = typeof value === 'string' ? suggestion(value, schema.enum.filter((item) => typeof item === 'string')) : '';
            problems.push({ path, message: `expected ${describe(schema, root)}, got ${shown(value)}${hint}` });
        }
        return;
    }
    if (schema.type && !fitsType(value, schema)) {
        problems.push({ path, message: `expected ${describe(schema, root)}, got ${shown(value)}` });
        return;
    }
    if (typeof value === 'string' && schema.minLength !== undefined && value.length < schema.minLength) {
        problems.push({ path, message: 'expected a non-empty string' });
    }
    if (typeof value === 'number' && schema.minimum !== undefined && value < schema.minimum) {
        problems.push({ path, message: `expected a number ≥ ${schema.minimum}, got ${value}` });
    }
    if (Array.isArray(value) && schema.items) {
        value.forEach((item, index) => check(item, schema.items, root, `${path}[${index}]`, problems));
    }
    if (isObject(value) && schema.type === 'object') {
        for (const key of schema.required ?? []) {
            if (!(key in value))
                problems.push({ path, message: `missing required key '${key}'` });
        }
        const known = Object.keys(schema.properties ?? {});
        for (const [key, item] of Object.entries(value)) {
            const property = schema.properties?.[key];
            if (property)
                check(item, property, root, join(path, key), problems);
            else if (isObject(schema.additionalProperties))
                check(item, schema.additionalProperties, root, join(path, key), problems);
            else if (schema.additionalProperties === false) {
                const candidates = known.filter((name) => name !== '$schema');
                const hint = suggestion(key, candidates);
                problems.push({ path: join(path, key), message: `unknown key${hint || (candidates.length > 0 ? ` (expected one of: ${candidates.join(', ')})` : '')}` });
            }
        }
    }
}
/** `tmp_dirs` → `tmpDirs`: option names have one spelling, camelCase. */
function camelCaseOptionName(name) {
    return name.replace(/_+([a-z0-9])/g, (_, letter) => letter.toUpperCase());
}
/**
 * The config with rule options spelt the old way (`tmp_dirs`, as Bandit and earlier versions write them) renamed to
 * the rule's camelCase names, and one notice for each; anything else is left as it is, for validateConfig to judge.
 */
export function respellOptionNames(config, prefix = '') {
    const notices = [];
    if (!isObject(config) || !isObject(config.rules))
        return { config, notices };
    const rules = {};
    for (const [key, setting] of Object.entries(config.rules)) {
        rules[key] = setting;
        const named = rulesNamedBy(key);
        if (!named || named.length !== 1 || !isObject(setting) || !isObject(setting.options))
            continue;
        const defaults = named[0].options ?? {};
        const options = {};
        for (const [name, value] of Object.entries(setting.options)) {
            const renamed = camelCaseOptionName(name);
            if (name in defaults || !(renamed in defaults) || renamed in setting.options) {
                options[name] = value;
                continue;
            }
            options[renamed] = value;
            notices.push(`${join(join(join(join(prefix, 'rules'), key), 'options'), name)} is now spelled '${renamed}' (the old name still works)`);
        }
        rules[key] = { ...setting, options };
    }
    return { config: { ...config, rules }, notices };
}
function checkRuleKeys(rules, path, optionsAllowed, problems) {
    if (!isObject(rules))
        return;
    for (const [key, setting] of Object.entries(rules)) {
        const named = rulesNamedBy(key);
        if (!named) {
            problems.push({ path: join(path, key), message: `unknown rule id, alias or category${suggestion(key, ruleNames())}` });
            continue;
        }
        if (!optionsAllowed || !isObject(setting) || !isObject(setting.options))
            continue;
        const optionsPath = join(join(path, key), 'options');
        if (named.length !== 1) {
            problems.push({ path: optionsPath, message: 'options belong to a single rule, not a category' });
            continue;
        }
        const defaults = named[0].options ?? {};
        for (const [name, value] of Object.entries(setting.options)) {
            if (!(name in defaults)) {
                const known = Object.keys(defaults);
                const hint = suggestion(name, known);
                problems.push({ path: join(optionsPath, name), message: `rule ${named[0].id} has no option '${name}'${hint || (known.length > 0 ? ` (options: ${known.join(', ')})` : ' (it takes no options)')}` });
                continue;
            }
            const expected = optionType(defaults[name]);
            if (optionType(value) !== expected) {
                problems.push({ path: join(optionsPath, name), message: `expected ${expected}, got ${shown(value)}` });
                continue;
            }
            const format = named[0].optionFormats?.[name];
            const entries = Array.isArray(value) ? value : [value];
            entries.forEach((entry, index) => {
                if (format && typeof entry === 'string' && !format.pattern.test(entry)) {
                    const at = Array.isArray(value) ? `${join(optionsPath, name)}[${index}]` : join(optionsPath, name);
                    problems.push({ path: at, message: `expected an entry like "${format.example}", got ${shown(entry)}` });
                }
            });
        }
    }
}
function optionType(value) {
    if (Array.isArray(value))
        return value.every((item) => typeof item === 'string') ? 'a list of strings' : 'a list';
    if (typeof value === 'string')
        return 'a string';
    if (typeof value === 'number')
        return 'a number';
    if (typeof value === 'boolean')
        return 'true or false';
    return shown(value);
}
let names;
function ruleNames() {
    names ??= [...RULES.flatMap((rule) => [rule.id, ...rule.aliases]), ...CATEGORIES];
    return names;
}
function resolve(schema, root) {
    return schema.$ref ? { ...root.definitions?.[schema.$ref.replace('#/definitions/', '')], ...schema, $ref: undefined } : schema;
}
function fitsType(value, schema) {
    if (schema.enum)
        return schema.enum.some((item) => typeof item === typeof value);
    switch (schema.type) {
        case 'object': return isObject(value);
        case 'array': return Array.isArray(value);
        case 'string': return typeof value === 'string';
        case 'boolean': return typeof value === 'boolean';
        case 'integer': return Number.isInteger(value);
        case 'number': return typeof value === 'number' && Number.isFinite(value);
        default: return true;
    }
}
function describe(schema, root) {
    const resolved = resolve(schema, root);
    if (resolved.enum)
        return resolved.enum.length === 1 ? JSON.stringify(resolved.enum[0]) : `one of ${resolved.enum.map((item) => JSON.stringify(item)).join(', ')}`;
    switch (resolved.type) {
        case 'object': return resolved.properties ? `an object with keys ${Object.keys(resolved.properties).join(', ')}` : 'an object';
        case 'array': return resolved.items && resolve(resolved.items, root).type === 'string' ? 'a list of strings' : 'a list';
        case 'string': return 'a string';
        case 'boolean': return 'true or false';
        case 'integer': return 'a whole number';
        case 'number': return 'a number';
        default: return 'a value';
    }
}
function shown(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'an object';
    if (typeof value === 'string')
        return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    return String(value);
}
/** `; did you mean 'rules'?` when a close candidate exists. */
export function suggestion(word, candidates) {
    let best;
    let bestDistance = Infinity;
    const lower = word.toLowerCase();
    for (const candidate of candidates) {
        const distance = editDistance(lower, candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    const limit = word.length <= 3 ? 1 : Math.max(2, Math.min(3, Math.floor(word.length / 3)));
    return best && bestDistance > 0 && bestDistance <= limit ? `; did you mean '${best}'?` : '';
}
function join(path, key) {
    const part = /^[A-Za-z_$][\w$-]*$/.test(key) ? key : JSON.stringify(key);
    if (!path)
        return part;
    return /^[A-Za-z_$]/.test(part) ? `${path}.${part}` : `${path}[${part}]`;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
