// The explicit rule registry, sorted by id. Adding a rule = one import and one entry here (a meta-test checks that
// every rule file is registered and has a fixture).
import type { Rule } from './types.js';
import execUsed from './code-injection/exec-used.js';
import subprocessShellTrue from './command-injection/subprocess-shell-true.js';
import syntaxError from './other/syntax-error.js';
import { DANGEROUS_CALL_RULES } from './tables/dangerous-calls.js';
import { DANGEROUS_IMPORT_RULES } from './tables/dangerous-imports.js';

export const RULES: readonly Rule[] = [
  execUsed,
  subprocessShellTrue,
  syntaxError,
  ...DANGEROUS_CALL_RULES,
  ...DANGEROUS_IMPORT_RULES,
].sort((a, b) => a.id.localeCompare(b.id));

const byName = new Map<string, Rule>();
for (const rule of RULES) {
  byName.set(rule.id, rule);
  for (const alias of rule.aliases) byName.set(alias.toUpperCase(), rule);
}

/** A rule by id or alias (`B602`, `s602`, `subprocess-shell-true`), or undefined. */
export function findRule(name: string): Rule | undefined {
  return byName.get(name) ?? byName.get(name.toUpperCase());
}
