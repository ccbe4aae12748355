// Bandit settings → our config, for projects that come from Bandit: `[tool.bandit]` in pyproject.toml and the
// `.bandit` INI file (section `[bandit]`). Only used when no config of ours exists; `init` writes the result out.
// Mapped: `skips` → rules off; `tests` → only those rules (`extends: "none"`); `exclude_dirs` (TOML) / `exclude`
// (INI, comma-separated) → `exclude`. Bandit's umbrella id B001 means every blacklist (B3xx/B4xx) rule.
import { RULES, findRule } from '../rules/index.js';
import type { RuleSetting, UserConfig } from './settings.js';

export interface BanditMigration {
  config: UserConfig;
  /** `pyproject.toml [tool.bandit]` or `.bandit`. */
  source: string;
  /** Bandit ids or keys with no equivalent here, said in the notice. */
  unmapped: string[];
}

const HANDLED = new Set(['skips', 'tests', 'exclude_dirs', 'exclude']);

/** Bandit's settings as plain lists, from a `[tool.bandit]` table or a `.bandit` INI section. */
interface BanditSettings {
  skips: string[];
  tests: string[];
  exclude: string[];
  otherKeys: string[];
}

export function banditFromToml(table: Record<string, unknown>): BanditSettings {
  const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? splitList(value) : []);
  return {
    skips: list(table.skips),
    tests: list(table.tests),
    exclude: [...list(table.exclude_dirs), ...list(table.exclude)],
    otherKeys: Object.keys(table).filter((key) => !HANDLED.has(key)),
  };
}

export function banditFromIni(text: string): BanditSettings | undefined {
  const section = parseIniSection(text, 'bandit');
  if (!section) return undefined;
  return {
    skips: splitList(section.get('skips') ?? ''),
    tests: splitList(section.get('tests') ?? ''),
    exclude: splitList(section.get('exclude') ?? ''),
    otherKeys: [...section.keys()].filter((key) => !HANDLED.has(key)),
  };
}

export function migrateBandit(settings: BanditSettings, source: string): BanditMigration {
  const unmapped: string[] = [];
  const config: UserConfig = {};
  const rules: Record<string, RuleSetting> = {};
  const ruleIds = (ids: string[]) => ids.flatMap((id) => {
    if (id.toUpperCase() === 'B001') return RULES.filter((rule) => rule.aliases.some((alias) => /^B[34]\d\d$/.test(alias))).map((rule) => rule.id);
    const rule = findRule(id);
    if (!rule) { unmapped.push(id); return []; }
    return [rule.id];
  });
  const tests = ruleIds(settings.tests);
  const skips = new Set(ruleIds(settings.skips));
  if (settings.tests.length > 0) {
    config.extends = 'none';
    for (const id of tests) if (!skips.has(id)) rules[id] = 'on';
  } else {
    for (const id of skips) rules[id] = 'off';
  }
  if (Object.keys(rules).length > 0) config.rules = rules;
  if (settings.exclude.length > 0) config.exclude = settings.exclude.map(banditExcludeToGlob);
  unmapped.push(...settings.otherKeys.map((key) => `${key} (setting)`));
  return { config, source, unmapped };
}

/** Bandit matches excludes as fnmatch globs or substrings; a plain name or path means that folder. */
function banditExcludeToGlob(entry: string): string {
  return entry.replace(/^\*\//, '**/').replace(/\/\*$/, '/');
}

function splitList(value: string): string[] {
  return value.split(/[,\s]+/).map((item) => item.trim()).filter(Boolean);
}

/** The keys of one INI section (configparser syntax: `key = value` or `key: value`, `#`/`;` comments, indented continuation lines). */
function parseIniSection(text: string, name: string): Map<string, string> | undefined {
  let current: string | undefined;
  let section: Map<string, string> | undefined;
  let lastKey: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    if (/^\s*[#;]/.test(raw) || raw.trim() === '') continue;
    const header = /^\s*\[([^\]]+)\]\s*$/.exec(raw);
    if (header) {
      current = header[1].trim();
      if (current === name) section ??= new Map();
      lastKey = undefined;
      continue;
    }
    if (current !== name || !section) continue;
    if (/^\s/.test(raw) && lastKey) {
      section.set(lastKey, `${section.get(lastKey)}\n${raw.trim()}`);
      continue;
    }
    const pair = /^([^=:]+)[=:](.*)$/.exec(raw);
    if (!pair) continue;
    lastKey = pair[1].trim().toLowerCase();
    section.set(lastKey, pair[2].trim());
  }
  return section;
}
