// Whether a file can concern a rule, decided from the file's words before the rule is created (RuleMeta.triggers).
import type { ModuleFacts } from '../python/module.js';
import type { OptionValue, Rule, Triggers } from '../rules/types.js';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A rule's triggers for its options, split by how they are matched; undefined = the rule concerns every file. */
export interface CompiledTriggers {
  words: readonly string[];
  /** Groups of words that must all be present. */
  allOf: readonly (readonly string[])[];
  substrings: readonly string[];
  patterns: readonly RegExp[];
}

export function compileTriggers(rule: Rule, options: Readonly<Record<string, OptionValue>>): CompiledTriggers | undefined {
  const triggers: Triggers | undefined = typeof rule.triggers === 'function' ? rule.triggers(options) : rule.triggers;
  if (!triggers) return undefined;
  const compiled = { words: [] as string[], allOf: [] as string[][], substrings: [] as string[], patterns: [] as RegExp[] };
  for (const trigger of triggers) {
    if (Array.isArray(trigger)) {
      const words = [...new Set(trigger as readonly string[])];
      if (words.some((word) => !IDENTIFIER.test(word))) throw new Error(`rule ${rule.id}: a trigger group holds identifiers only: ${words.join(', ')}`);
      if (words.length === 1) compiled.words.push(words[0]);
      else compiled.allOf.push(words);
    } else if (trigger instanceof RegExp) compiled.patterns.push(new RegExp(trigger.source, trigger.flags.replace(/[gy]/g, '')));
    else if (IDENTIFIER.test(trigger as string)) compiled.words.push(trigger as string);
    else compiled.substrings.push(trigger as string);
  }
  return compiled;
}

export function isTriggered(triggers: CompiledTriggers | undefined, module: ModuleFacts): boolean {
  if (!triggers) return true;
  const { words } = module;
  if (triggers.words.some((word) => words.has(word))) return true;
  if (triggers.allOf.some((group) => group.every((word) => words.has(word)))) return true;
  if (triggers.substrings.some((text) => module.source.includes(text))) return true;
  // A pattern that matches inside an identifier matches the source: one regex pass instead of one per word.
  return triggers.patterns.some((pattern) => pattern.test(module.source));
}
