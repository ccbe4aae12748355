// Test helpers: analyse source with every rule (strict preset, default options), as the engine does.
import { analyseSource } from '../../dist/engine/analyse.js';
import { RULES } from '../../dist/rules/index.js';

export const ALL_RULES = RULES.map((rule) => ({ rule, options: {} }));

/** The analysis as the default policy shows it: findings kept for `--profile audit` only are dropped unless `audit`. */
export function analyse(source, rules = ALL_RULES, { audit = false } = {}) {
  const result = analyseSource(source, rules);
  return audit ? result : { ...result, findings: result.findings.filter((finding) => !finding.auditOnly) };
}

/** Lines (1-based) on which `ruleId` reports. */
export function flaggedLines(source, ruleId) {
  return [...new Set(analyse(source).findings.filter((finding) => finding.rule === ruleId).map((finding) => finding.line))].sort((a, b) => a - b);
}
