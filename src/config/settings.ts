// Effective settings for one run: built-in defaults, then the config file, then command-line flags.
import { createHash } from 'node:crypto';
import { RULES, findRule } from '../rules/index.js';
import { CATEGORIES, type Level, type OptionValue, type Rule } from '../rules/types.js';
import type { EnabledRule } from '../engine/analyse.js';
import type { PathOverride, PolicySettings, RuleOverride } from '../policy/apply.js';
import { pathFilter } from '../files/path-filter.js';
import { DEFAULT_TEST_PATHS, testPathMatcher, type TestCodePolicy } from '../policy/test-context.js';
import { UsageError } from '../errors.js';
import { FORMATS, type FormatName } from '../report/index.js';
import { TOOL_VERSION } from '../version.js';

export type RuleSetting = 'off' | 'on' | { severity?: Level; confidence?: Level; options?: Record<string, OptionValue>; enabled?: boolean };

/** Settings for the files matching `files` (gitignore-like globs), applied after the cache: rule options stay global. */
interface ConfigOverride {
  files: string[];
  rules?: Record<string, 'off' | 'on' | { severity?: Level; confidence?: Level; enabled?: boolean }>;
  testCode?: { policy?: TestCodePolicy };
}

/** The config file's shape after validation (config/schema.json documents it). */
export interface UserConfig {
  extends?: 'recommended' | 'strict' | 'bandit' | 'none';
  rules?: Record<string, RuleSetting>;
  failOn?: { severity?: Level | 'none'; confidence?: Level };
  minConfidence?: Level;
  minSeverity?: Level;
  profile?: 'fast' | 'full' | 'audit';
  include?: string[];
  exclude?: string[];
  testCode?: { paths?: string[]; policy?: TestCodePolicy };
  overrides?: ConfigOverride[];
  cache?: { enabled?: boolean; dir?: string };
  baseline?: string;
  format?: FormatName;
  maxFileBytes?: number;
  maxFileSeconds?: number;
  newOnly?: boolean;
  verbose?: boolean;
}

export interface OutputTarget {
  format: FormatName;
  file?: string;
}

export interface Settings {
  rules: EnabledRule[];
  /** Changes whenever a cached analysis could differ: tool version, enabled rules, rule options. */
  rulesetFingerprint: string;
  policy: PolicySettings;
  cache: { enabled: boolean; dir?: string };
  outputs: OutputTarget[];
  maxFileBytes: number;
  /** Time bound for one file's analysis; 0 = none. */
  maxFileSeconds: number;
  include: string[];
  exclude: string[];
  baseline?: string;
  newOnly?: boolean;
  /** A hook prints its verdict line on a pass too (config `verbose`, or --verbose). */
  verbose: boolean;
}

/**
 * What the command line sets on top of the config file, as the CLI translates its flags (once, in src/cli/request.ts).
 * Values are as typed; they are checked here, where the config file's values are checked too.
 */
export interface CommandLineSettings {
  /** `--rule ID[=on|off]`, in order. */
  rules?: readonly string[];
  profile?: 'fast' | 'full' | 'audit';
  failOn?: Level | 'none';
  failOnConfidence?: Level;
  minConfidence?: Level;
  minSeverity?: Level;
  testCode?: TestCodePolicy;
  /** `--cache` / `--no-cache`. */
  cache?: boolean;
  cacheDir?: string;
  ignoreNosec?: boolean;
  reportUnusedSuppressions?: boolean;
  baseline?: string;
  newOnly?: boolean;
  verbose?: boolean;
  /** `--format FORMAT[=FILE]`, in order. */
  formats?: readonly string[];
  output?: string;
  maxFileBytes?: string;
  maxFileSeconds?: string;
}

const NEVER: Level = 'high';

/** Which rules a key in `rules` names: a rule id or alias, or a whole category. */
export function rulesNamedBy(key: string): Rule[] | undefined {
  // A category name means the whole category, also where a rule shares its name (`sql-injection` covers
  // django-extra and django-rawsql too); that rule alone is named by its alias (`B608`).
  if (isCategoryKey(key)) return RULES.filter((candidate) => candidate.category === key);
  const rule = findRule(key);
  return rule ? [rule] : undefined;
}

function isCategoryKey(key: string): boolean {
  return (CATEGORIES as readonly string[]).includes(key);
}

/** Config keys that name one rule (applied after category keys, so they refine them). */
function namesOneRule(key: string): boolean {
  return !isCategoryKey(key) && findRule(key) !== undefined;
}

function presetRules(preset: UserConfig['extends']): Set<string> {
  switch (preset ?? 'recommended') {
    case 'strict':
      return new Set(RULES.map((rule) => rule.id));
    case 'bandit':
      return new Set(RULES.filter((rule) => rule.aliases.some((alias) => /^B\d{3}$/.test(alias))).map((rule) => rule.id));
    case 'none':
      return new Set();
    default:
      return new Set(RULES.filter((rule) => rule.recommended !== false).map((rule) => rule.id));
  }
}

export function resolveSettings(flags: CommandLineSettings, config: UserConfig = {}): Settings {
  const profile = flags.profile ?? config.profile ?? 'full';
  // An audit sees what Bandit would: every rule, whatever the preset says (rules turned off by name stay off).
  const audit = profile === 'audit';
  const enabled = presetRules(audit ? 'strict' : config.extends);
  if (!enabled.has('syntax-error')) enabled.add('syntax-error');
  const levels = new Map<string, { severity?: Level; confidence?: Level }>();
  const options = new Map<string, Record<string, OptionValue>>();

  const apply = (key: string, setting: RuleSetting, source: string) => {
    const rules = rulesNamedBy(key);
    if (!rules) throw new UsageError(`${source}: unknown rule, alias or category '${key}'`);
    for (const rule of rules) {
      if (setting === 'off' || (typeof setting === 'object' && setting.enabled === false)) { enabled.delete(rule.id); continue; }
      enabled.add(rule.id);
      if (typeof setting === 'object') {
        if (setting.severity || setting.confidence) levels.set(rule.id, { severity: setting.severity, confidence: setting.confidence });
        if (setting.options) options.set(rule.id, { ...options.get(rule.id), ...setting.options });
      }
    }
  };
  // Category keys first, then single rules, so `{"weak-crypto": "off", "B324": "on"}` means "all but B324".
  const entries = Object.entries(config.rules ?? {});
  for (const [key, setting] of entries.filter(([key]) => !namesOneRule(key))) apply(key, setting, 'config rules');
  for (const [key, setting] of entries.filter(([key]) => namesOneRule(key))) apply(key, setting, 'config rules');
  for (const spec of flags.rules ?? []) {
    const [key, value = 'on'] = spec.split('=');
    if (value !== 'on' && value !== 'off') throw new UsageError(`--rule ${spec}: expected ID, ID=on or ID=off`);
    apply(key, value, '--rule');
  }

  // Per-path overrides filter findings after the cache, so a rule an override turns on must run everywhere;
  // a rule named with --rule keeps its command-line setting on every path.
  const onCommandLine = new Set((flags.rules ?? []).flatMap((spec) => rulesNamedBy(spec.split('=')[0])?.map((rule) => rule.id) ?? []));
  const overrides = (config.overrides ?? []).map((override) => pathOverride(override, onCommandLine));
  const analysed = new Set(enabled);
  for (const override of overrides) for (const [id, setting] of override.rules) if (setting.enabled) analysed.add(id);

  const rules: EnabledRule[] = RULES
    .filter((rule) => analysed.has(rule.id) && (profile !== 'fast' || rule.cost === 'fast'))
    .map((rule) => ({ rule, options: options.get(rule.id) ?? {} }));

  const analysedRules = new Set(rules.map(({ rule }) => rule.id));

  const failSeverity = flags.failOn ?? config.failOn?.severity ?? 'high';
  const policy: PolicySettings = {
    failOn: {
      // `none` never blocks: a level above high.
      severity: failSeverity === 'none' ? NEVER : (failSeverity as Level),
      confidence: flags.failOnConfidence ?? config.failOn?.confidence ?? 'medium',
    },
    minConfidence: flags.minConfidence ?? config.minConfidence ?? 'low',
    minSeverity: flags.minSeverity ?? config.minSeverity ?? 'low',
    testCode: {
      // Bandit treats test code as any other code; an audit does too unless told otherwise.
      policy: flags.testCode ?? config.testCode?.policy ?? (audit ? 'same' : 'downgrade'),
      isTestPath: testPathMatcher(config.testCode?.paths ?? DEFAULT_TEST_PATHS),
    },
    ignoreNosec: flags.ignoreNosec === true,
    reportUnusedSuppressions: flags.reportUnusedSuppressions === true,
    ruleLevels: levels,
    neverBlock: failSeverity === 'none',
    audit,
    enabledRules: enabled,
    analysedRules,
    overrides,
  };

  const outputs = (flags.formats ?? [config.format ?? 'compact']).map(parseOutput);
  const output = flags.output;
  if (output) {
    const first = outputs.find((target) => !target.file);
    if (first) first.file = output;
  }

  const maxFileBytes = Number(flags.maxFileBytes ?? config.maxFileBytes ?? 5_000_000);
  if (!Number.isFinite(maxFileBytes) || maxFileBytes <= 0) throw new UsageError('--max-file-bytes: expected a positive number');
  const maxFileSeconds = Number(flags.maxFileSeconds ?? config.maxFileSeconds ?? 30);
  if (!Number.isFinite(maxFileSeconds) || maxFileSeconds < 0) throw new UsageError('--max-file-seconds: expected a number ≥ 0 (0 = no limit)');

  return {
    rules,
    rulesetFingerprint: fingerprint(rules),
    policy,
    cache: {
      enabled: flags.cache !== false && config.cache?.enabled !== false,
      dir: flags.cacheDir ?? config.cache?.dir,
    },
    outputs,
    maxFileBytes,
    maxFileSeconds,
    include: config.include ?? [],
    exclude: config.exclude ?? [],
    baseline: flags.baseline ?? config.baseline,
    newOnly: flags.newOnly ?? config.newOnly,
    verbose: flags.verbose ?? config.verbose ?? false,
  };
}

function pathOverride(override: ConfigOverride, keepGlobal: ReadonlySet<string>): PathOverride {
  const matcher = pathFilter(override.files, []);
  const rules = new Map<string, RuleOverride>();
  const entries = Object.entries(override.rules ?? {});
  // As in the global `rules`: categories first, then single rules.
  const ordered = [...entries.filter(([key]) => !namesOneRule(key)), ...entries.filter(([key]) => namesOneRule(key))];
  for (const [key, setting] of ordered) {
    const named = rulesNamedBy(key);
    if (!named) throw new UsageError(`config overrides: unknown rule, alias or category '${key}'`);
    for (const rule of named) {
      if (keepGlobal.has(rule.id)) continue;
      if (setting === 'off' || (typeof setting === 'object' && setting.enabled === false)) rules.set(rule.id, { enabled: false });
      else if (setting === 'on') rules.set(rule.id, { enabled: true });
      else rules.set(rule.id, { enabled: true, severity: setting.severity, confidence: setting.confidence });
    }
  }
  return { matches: (path) => override.files.length > 0 && matcher.accepts(path), rules, testCodePolicy: override.testCode?.policy };
}

function parseOutput(spec: string): OutputTarget {
  const eq = spec.indexOf('=');
  const format = eq >= 0 ? spec.slice(0, eq) : spec;
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format: unknown format '${format}' (expected ${FORMATS.join(', ')})`);
  return eq >= 0 ? { format: format as FormatName, file: spec.slice(eq + 1) } : { format: format as FormatName };
}

function fingerprint(rules: readonly EnabledRule[]): string {
  const hash = createHash('sha1').update(TOOL_VERSION);
  for (const { rule, options } of rules) hash.update(`\0${rule.id}\0${JSON.stringify({ ...rule.options, ...options })}`);
  return hash.digest('hex').slice(0, 16);
}
