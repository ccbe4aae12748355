import { inSourceOrder } from '../python/syntax.js';
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
function compileTriggers(rule, options) {
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
    return triggers.patterns.some((pattern) => module.sourceMatches(pattern));
}
/**
 * The rule with its triggers and callee filters taken away: created on every file, handed every call. The reference
 * that the soundness checks (test/rule-triggers.test.mjs, bench/triggers-check.mjs) compare the filtered rule with.
 */
export function unfiltered(rule) {
    return { ...rule, triggers: undefined, callees: undefined, calleeKeywords: undefined };
}
const preparedRules = new WeakMap();
/** Throws what the rule's options make its trigger or callee functions throw (reported as a rule error). */
export function prepareRule(enabled) {
    let entry = preparedRules.get(enabled);
    if (!entry) {
        const { rule } = enabled;
        const options = { ...rule.options, ...enabled.options };
        const callees = typeof rule.callees === 'function' ? rule.callees(options) : rule.callees;
        // A configured name ending in `()` cannot be told from its callee's text: such a rule sees every call.
        const byName = callees && !callees.some((name) => name.endsWith(')')) ? new Set(callees) : undefined;
        // When the name filter is off, so is the keyword filter: a call the names would have let through must reach it.
        const byKeyword = byName || !callees ? rule.calleeKeywords : undefined;
        entry = { options, triggers: compileTriggers(rule, options), callees: byName, calleeKeywords: byKeyword };
        preparedRules.set(enabled, entry);
    }
    return entry;
}
/**
 * The calls one file's rules want, gathered as their `call` handlers are registered. When every handler names its
 * calls, `wantedCalls` finds them from the text (ModuleFacts.callsNamed, .callsWithKeyword) and the walk need not
 * materialise every call of the tree; otherwise the walk hands out every call and each filter still applies.
 */
export class CallFilters {
    module;
    names = new Set();
    keywordCalls = new Map();
    everyHandlerFiltered = true;
    /** The candidate last names of each call, shared by every rule filtering by name. */
    lastNames = new WeakMap();
    constructor(module) {
        this.module = module;
    }
    /** The handler to register for a rule's `call` handler. */
    filter(handle, { callees, calleeKeywords }) {
        if (!callees && !calleeKeywords) {
            this.everyHandlerFiltered = false;
            return handle;
        }
        if (callees)
            for (const name of callees)
                this.names.add(name);
        const withKeyword = calleeKeywords ? this.module.callsWithKeyword(calleeKeywords) : undefined;
        if (withKeyword)
            for (const [id, call] of withKeyword)
                this.keywordCalls.set(id, call);
        return (call) => {
            if ((callees && this.mayBe(call, callees)) || withKeyword?.has(call.id))
                handle(call);
        };
    }
    /** Every call a handler wants, in source order; undefined when some handler wants them all. */
    wantedCalls() {
        if (!this.everyHandlerFiltered)
            return undefined;
        const calls = this.module.callsNamed(this.names);
        if (this.keywordCalls.size === 0)
            return calls;
        const named = new Set(calls.map((call) => call.id));
        calls.push(...[...this.keywordCalls.values()].filter((call) => !named.has(call.id)));
        return calls.sort(inSourceOrder);
    }
    mayBe(call, callees) {
        let names = this.lastNames.get(call);
        if (!names) {
            names = this.module.calleeLastNames(call);
            this.lastNames.set(call, names);
        }
        return names.some((name) => callees.has(name));
    }
}
