// Effective settings for one run: built-in defaults, then the config file, then command-line flags.
import { createHash } from 'node:crypto';
import { RULES, findRule } from '../rules/index.js';
import { CATEGORIES } from '../rules/types.js';
import { DEFAULT_TEST_PATHS, testPathMatcher } from '../policy/test-context.js';
import { UsageError } from '../cli/args.js';
import { FORMATS } from '../report/index.js';
import { TOOL_VERSION } from '../version.js';
const NEVER = 'high';
/** Which rules a key in `rules` names: a rule id or alias, or a whole category. */
export function rulesNamedBy(key) {
    const rule = findRule(key);
    if (rule)
        return [rule];
    if (CATEGORIES.includes(key))
        return RULES.filter((candidate) => candidate.category === key);
    return undefined;
}
export function presetRules(preset) {
    switch (preset ?? 'recommended') {
        case 'strict':
            return new Set(RULES.map((rule) => rule.id));
        case 'bandit':
            return new Set(RULES.filter((rule) => rule.aliases.some((alias) => /^B\d{3}$/.test(alias))).map((rule) => rule.id));
        default:
            return new Set(RULES.filter((rule) => rule.recommended !== false).map((rule) => rule.id));
    }
}
export function resolveSettings(args, config = {}) {
    const flag = (name) => args.options.get(name);
    const enabled = presetRules(config.extends);
    if (!enabled.has('syntax-error'))
        enabled.add('syntax-error');
    const levels = new Map();
    const options = new Map();
    const apply = (key, setting, source) => {
        const rules = rulesNamedBy(key);
        if (!rules)
            throw new UsageError(`${source}: unknown rule, alias or category '${key}'`);
        for (const rule of rules) {
            if (setting === 'off' || (typeof setting === 'object' && setting.enabled === false)) {
                enabled.delete(rule.id);
                continue;
            }
            enabled.add(rule.id);
            if (typeof setting === 'object') {
                if (setting.severity || setting.confidence)
                    levels.set(rule.id, { severity: setting.severity, confidence: setting.confidence });
                if (setting.options)
                    options.set(rule.id, { ...options.get(rule.id), ...setting.options });
            }
        }
    };
    // Category keys first, then single rules, so `{"weak-crypto": "off", "B324": "on"}` means "all but B324".
    const entries = Object.entries(config.rules ?? {});
    for (const [key, setting] of entries.filter(([key]) => !findRule(key)))
        apply(key, setting, 'config rules');
    for (const [key, setting] of entries.filter(([key]) => findRule(key)))
        apply(key, setting, 'config rules');
    for (const spec of flag('rule') ?? []) {
        const [key, value = 'on'] = spec.split('=');
        if (value !== 'on' && value !== 'off')
            throw new UsageError(`--rule ${spec}: expected ID, ID=on or ID=off`);
        apply(key, value, '--rule');
    }
    const profile = flag('profile') ?? config.profile ?? 'full';
    const rules = RULES
        .filter((rule) => enabled.has(rule.id) && (profile === 'full' || rule.cost === 'fast'))
        .map((rule) => ({ rule, options: options.get(rule.id) ?? {} }));
    const failOnFlag = flag('fail-on');
    const failSeverity = failOnFlag ?? config.failOn?.severity ?? 'high';
    const policy = {
        failOn: {
            // `none` never blocks: a level above high.
            severity: failSeverity === 'none' ? NEVER : failSeverity,
            confidence: flag('fail-on-confidence') ?? config.failOn?.confidence ?? 'medium',
        },
        minConfidence: flag('min-confidence') ?? config.minConfidence ?? 'low',
        minSeverity: flag('min-severity') ?? config.minSeverity ?? 'low',
        testCode: {
            policy: flag('test-code') ?? config.testCode?.policy ?? 'downgrade',
            isTestPath: testPathMatcher(config.testCode?.paths ?? DEFAULT_TEST_PATHS),
        },
        ignoreNosec: flag('ignore-nosec') === true,
        ruleLevels: levels,
        neverBlock: failSeverity === 'none',
    };
    const outputs = (flag('format') ?? [config.format ?? 'compact']).map(parseOutput);
    const output = flag('output');
    if (output) {
        const first = outputs.find((target) => !target.file);
        if (first)
            first.file = output;
    }
    const maxFileBytes = Number(flag('max-file-bytes') ?? config.maxFileBytes ?? 5_000_000);
    if (!Number.isFinite(maxFileBytes) || maxFileBytes <= 0)
        throw new UsageError('--max-file-bytes: expected a positive number');
    return {
        rules,
        rulesetFingerprint: fingerprint(rules),
        policy,
        cache: {
            enabled: flag('cache') !== false && config.cache?.enabled !== false,
            dir: flag('cache-dir') ?? config.cache?.dir,
        },
        outputs,
        maxFileBytes,
        include: config.include ?? [],
        exclude: config.exclude ?? [],
        baseline: flag('baseline') ?? config.baseline,
        newOnly: flag('new-only') ?? config.newOnly,
    };
}
function parseOutput(spec) {
    const eq = spec.indexOf('=');
    const format = eq >= 0 ? spec.slice(0, eq) : spec;
    if (!FORMATS.includes(format))
        throw new UsageError(`--format: unknown format '${format}' (expected ${FORMATS.join(', ')})`);
    return eq >= 0 ? { format: format, file: spec.slice(eq + 1) } : { format: format };
}
function fingerprint(rules) {
    const hash = createHash('sha1').update(TOOL_VERSION);
    for (const { rule, options } of rules)
        hash.update(`\0${rule.id}\0${JSON.stringify({ ...rule.options, ...options })}`);
    return hash.digest('hex').slice(0, 16);
}
