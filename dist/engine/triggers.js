const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
export function compileTriggers(rule, options) {
    const triggers = typeof rule.triggers === 'function' ? rule.triggers(options) : rule.triggers;
    if (!triggers)
        return undefined;
    const compiled = { words: [], allOf: [], substrings: [], patterns: [] };
    for (const trigger of triggers) {
        if (Array.isArray(trigger)) {
            const words = [...new Set(trigger)];
            if (words.some((word) => !IDENTIFIER.test(word)))
                throw new Error(`rule ${rule.id}: a trigger group holds identifiers only: ${words.join(', ')}`);
            if (words.length === 1)
                compiled.words.push(words[0]);
            else
                compiled.allOf.push(words);
        }
        else if (trigger instanceof RegExp)
            compiled.patterns.push(new RegExp(trigger.source, trigger.flags.replace(/[gy]/g, '')));
        else if (IDENTIFIER.test(trigger))
            compiled.words.push(trigger);
        else
            compiled.substrings.push(trigger);
    }
    return compiled;
}
export function isTriggered(triggers, module) {
    if (!triggers)
        return true;
    const { words } = module;
    if (triggers.words.some((word) => words.has(word)))
        return true;
    if (triggers.allOf.some((group) => group.every((word) => words.has(word))))
        return true;
    if (triggers.substrings.some((text) => module.source.includes(text)))
        return true;
    // A pattern that matches inside an identifier matches the source: one regex pass instead of one per word.
    return triggers.patterns.some((pattern) => pattern.test(module.source));
}
