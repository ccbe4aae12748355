// Test helpers: analyse source with every rule (strict preset, default options), as the engine does.
import { analyseSource } from '../../dist/engine/analyse.js';
import { RULES } from '../../dist/rules/index.js';

export const ALL_RULES = RULES.map((rule) => ({ rule, options: {} }));

export function analyse(source, rules = ALL_RULES) {
  return analyseSource(source, rules);
}

/** Lines (1-based) on which `ruleId` reports. */
export function flaggedLines(source, ruleId) {
  return [...new Set(analyse(source).findings.filter((finding) => finding.rule === ruleId).map((finding) => finding.line))].sort((a, b) => a - b);
}
