import { SINK_CLASSES } from './specs.js';
export const EVERY_SINK = (1 << SINK_CLASSES.length) - 1;
function sinkBit(sink) {
    return 1 << SINK_CLASSES.indexOf(sink);
}
export function maskOf(sinks) {
    return sinks.reduce((mask, sink) => mask | sinkBit(sink), 0);
}
export function extendFlow(flow, step) {
    return { step, before: flow };
}
/** `base`, then the steps of `rest`. */
export function concatFlow(base, rest) {
    if (!rest)
        return base;
    if (!base)
        return rest;
    return { before: base, rest };
}
/** The steps in order, source first (only a finding's flow is ever spelled out). */
export function flowSteps(flow) {
    const steps = [];
    // Last step first, then reversed. A pair walks its `rest`, then its base (kept on a stack: paths may be long).
    const pending = flow ? [flow] : [];
    while (pending.length > 0) {
        let current = pending.pop();
        while (current) {
            if (current.rest) {
                pending.push(current.before);
                current = current.rest;
            }
            else {
                steps.push(current.step);
                current = current.before;
            }
        }
    }
    return steps.reverse();
}
export const CONSTANT_VALUE = { facts: [] };
export const UNKNOWN_FACT = { kind: 'unknown', flow: null, sanitised: 0, tail: false };
export const UNKNOWN_VALUE = { facts: [UNKNOWN_FACT] };
export function literalValue(literal) {
    return { facts: [], literal };
}
/** Facts never change once built: each one's key is spelled once (joins, call symbols and sinks ask it again and again). */
const factKeys = new WeakMap();
export function factKey(fact) {
    let key = factKeys.get(fact);
    if (key === undefined)
        factKeys.set(fact, (key = spellFactKey(fact)));
    return key;
}
function spellFactKey(fact) {
    return `${fact.kind}|${fact.origin ?? ''}|${fact.sanitised}|${fact.tail ? 1 : 0}${fact.throughUnknown ? 'u' : ''}|${fact.parameter ? `${fact.parameter.owner.id}:${fact.parameter.name}` : ''}|${fact.call ? fact.call.id : ''}`;
}
/** The facts of both, each kind of origin once (the first path found keeps its flow). */
function unionFacts(a, b) {
    if (b.length === 0)
        return a;
    const seen = new Set(a.map(factKey));
    const added = [];
    for (const fact of b) {
        const key = factKey(fact);
        if (seen.has(key))
            continue;
        seen.add(key);
        added.push(fact);
    }
    return added.length === 0 ? a : boundCallSymbols(a.length === 0 ? added : [...a, ...added]);
}
/**
 * How many call symbols one value keeps. Past it, the symbols of one function that differ in nothing but the call
 * (same sanitisers, tail, weak-source mark) become one, whose arguments are the join of theirs. Without it a name
 * reassigned through a call in each of N branches holds N symbols at its N-th sink, and each sink resolves them all.
 */
export const MAX_CALL_SYMBOLS = 8;
/**
 * The merge rule: the merged symbol resolves to the union of what the two resolve to (each resolved once, as any
 * symbol), so every sink sees the same kinds, origins and sanitisers, never fewer. What may change is the path a
 * finding shows: either call's, the first found (as for any join), ending at the call when the two went on apart.
 */
function boundCallSymbols(facts) {
    let calls = 0;
    for (const fact of facts)
        if (fact.call)
            calls++;
    if (calls <= MAX_CALL_SYMBOLS)
        return facts;
    const groups = new Map();
    const bounded = [];
    for (const fact of facts) {
        if (!fact.call) {
            bounded.push(fact);
            continue;
        }
        const group = `${fact.call.fn.id}|${fact.sanitised}|${fact.tail ? 1 : 0}${fact.throughUnknown ? 'u' : ''}|${fact.origin ?? ''}`;
        const index = groups.get(group);
        if (index === undefined) {
            groups.set(group, bounded.length);
            bounded.push(fact);
        }
        else if (bounded[index].call !== fact.call) {
            // The path after the call is kept only when both took it: one call's result must not show the other's names.
            const kept = bounded[index];
            bounded[index] = { ...kept, call: mergedSymbol(kept.call, fact.call), flow: kept.flow === fact.flow ? kept.flow : null };
        }
    }
    return bounded;
}
/** Merged symbols, per pair (the same pair merges to the same symbol: loops compare facts by key to converge). */
const mergedSymbols = new WeakMap();
/** Merged symbols count down from -1: interned symbols count up from 0 in each tracer. */
let lastMergedId = 0;
function mergedSymbol(first, second) {
    let merges = mergedSymbols.get(first);
    if (!merges)
        mergedSymbols.set(first, (merges = new Map()));
    let merged = merges.get(second.id);
    if (!merged)
        merges.set(second.id, (merged = { id: --lastMergedId, fn: first.fn, step: first.step, bindings: new Map(), merged: [first, second] }));
    return merged;
}
/** What a value may be when it comes from either of two paths. */
export function join(a, b) {
    if (a === b)
        return a;
    const facts = unionFacts(a.facts, b.facts);
    const result = { facts };
    if (a.literal !== undefined && a.literal === b.literal)
        result.literal = a.literal;
    if (a.items && b.items && a.items.length === b.items.length)
        result.items = a.items.map((item, index) => join(item, b.items[index]));
    if (a.entries && b.entries) {
        const entries = new Map(a.entries);
        for (const [key, value] of b.entries)
            entries.set(key, entries.has(key) ? join(entries.get(key), value) : value);
        result.entries = entries;
    }
    if (a.callable && a.callable.id === b.callable?.id)
        result.callable = a.callable;
    if (a.instanceOf && a.instanceOf.id === b.instanceOf?.id)
        result.instanceOf = a.instanceOf;
    if (a.opaque && b.opaque)
        result.opaque = true;
    const sharing = containersOf(a);
    for (const container of containersOf(b))
        if (!sharing.includes(container))
            sharing.push(container);
    if (sharing.length > 0)
        result.sharing = sharing;
    if (a.requestObject || b.requestObject)
        result.requestObject = a.requestObject === 'request' || b.requestObject === 'request' ? 'request' : 'wrapper';
    return result;
}
/** The containers a value may be: those a join kept, or its own items or entries. */
export function containersOf(value) {
    if (value.sharing)
        return [...value.sharing];
    const own = value.items ?? value.entries;
    return own ? [own] : [];
}
export function joinAll(values) {
    return values.length === 0 ? CONSTANT_VALUE : values.reduce(join);
}
/** The same abstract value (flows aside): loops iterate until their values stop changing. */
export function sameValue(a, b, depth = 0) {
    if (a === b)
        return true;
    if (!a || !b || depth > 8)
        return false;
    if (a.facts.length !== b.facts.length || a.literal !== b.literal || a.requestObject !== b.requestObject)
        return false;
    if (a.callable?.id !== b.callable?.id || a.instanceOf?.id !== b.instanceOf?.id || a.opaque !== b.opaque)
        return false;
    const keys = new Set(a.facts.map(factKey));
    if (!b.facts.every((fact) => keys.has(factKey(fact))))
        return false;
    if (!!a.items !== !!b.items || (a.items && (a.items.length !== b.items.length || a.items.some((item, index) => !sameValue(item, b.items[index], depth + 1)))))
        return false;
    if (!!a.entries !== !!b.entries)
        return false;
    if (a.entries) {
        if (a.entries.size !== b.entries.size)
            return false;
        for (const [key, value] of a.entries)
            if (!sameValue(value, b.entries.get(key), depth + 1))
                return false;
    }
    return true;
}
/** The value with only its facts (a container read as a whole, an object's attribute): structure dropped. */
export function dataOf(value) {
    return value.facts.length === 0 && value.literal === undefined && !value.items && !value.entries && !value.callable && !value.instanceOf && !value.requestObject && !value.opaque ? value : { facts: value.facts };
}
/** Every fact changed by `change` (structure kept, elements too). */
export function mapFacts(value, change, depth = 0) {
    const facts = [];
    for (const fact of value.facts) {
        const changed = change(fact);
        if (changed === undefined)
            continue;
        if (Array.isArray(changed))
            facts.push(...changed);
        else
            facts.push(changed);
    }
    const deduped = unionFacts([], facts);
    if (depth > 8)
        return { facts: deduped };
    return {
        ...value,
        facts: deduped,
        ...(value.items ? { items: value.items.map((item) => mapFacts(item, change, depth + 1)) } : {}),
        ...(value.entries ? { entries: new Map([...value.entries].map(([key, entry]) => [key, mapFacts(entry, change, depth + 1)])) } : {}),
    };
}
/** The value after a sanitiser or a check made it safe for `mask`. */
export function sanitise(value, mask, note) {
    return mapFacts(value, (fact) => ({ ...fact, sanitised: fact.sanitised | mask, flow: note ? extendFlow(fact.flow, note) : fact.flow }));
}
/** The value passed through a name or call: the step is added to every flow. */
export function through(value, step) {
    if (value.facts.length === 0)
        return value;
    return { ...value, facts: value.facts.map((fact) => ({ ...fact, flow: extendFlow(fact.flow, step) })) };
}
/** Python truthiness of a known value, or undefined. */
export function truthiness(value) {
    if (value.literal !== undefined)
        return value.literal !== null && value.literal !== 0 && value.literal !== '' && value.literal !== false;
    if (value.facts.length > 0 || value.requestObject)
        return undefined;
    if (value.items)
        return value.items.length > 0;
    if (value.entries && value.facts.length === 0)
        return undefined;
    if (value.callable || value.instanceOf)
        return true;
    return undefined;
}
