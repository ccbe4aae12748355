import { possibleArgument } from '../../python/arguments.js';
import { describeSource, flowMessage, sinkFlow, traceValue } from '../../python/taint.js';
import { lastName, nameTrigger } from '../name-triggers.js';
const HIGH = { severity: 'high', confidence: 'high' };
/**
 * Sinks that are dangerous whatever feeds them (Bandit reports each one): outside data blocks; a parameter or an
 * unknown value is shown without blocking; constants and sanitised values are shown only to an audit.
 */
export const SINK_LEVELS = {
    request: HIGH,
    'user-input': HIGH,
    'stored-input': { severity: 'medium', confidence: 'medium' },
    parameter: { severity: 'medium', confidence: 'medium' },
    unknown: { severity: 'medium', confidence: 'low' },
    sanitised: 'audit',
    constant: 'audit',
};
/**
 * Sinks that are everyday operations (opening a file, fetching a URL, redirecting): only request data is a finding.
 * A command-line argument or typed input names what its user may open or fetch anyway; it, a parameter or an unknown
 * value is shown to an audit, a constant or sanitised value never.
 */
export const FLOW_LEVELS = {
    request: HIGH,
    'user-input': 'audit',
    'stored-input': 'audit',
    parameter: 'audit',
    unknown: 'audit',
    sanitised: 'none',
    constant: 'none',
};
/** The trace kind, split by origin for outside input. */
export function sourceKind(trace) {
    if (trace.kind === 'user-input' && (trace.origin === 'environment' || trace.origin === 'file'))
        return 'stored-input';
    return trace.kind;
}
/** Words for the source: describeSource, with a sanitised value named as such. */
function sourceWords(trace) {
    if (trace.kind === 'sanitised')
        return 'a checked or sanitised value';
    return describeSource(trace);
}
const UNKNOWN_VALUE = { kind: 'unknown', flow: [] };
/** Weakest first, as the tracer ranks them. */
const STRENGTH = ['constant', 'sanitised', 'unknown', 'parameter', 'user-input', 'request'];
function traceSinkValue(value, module, sink, leading) {
    if (value === null)
        return UNKNOWN_VALUE;
    const values = Array.isArray(value) ? value : [value];
    let strongest = { kind: 'constant', flow: [] };
    for (const node of values) {
        const trace = traceValue(node, module, { sink, leading });
        if (STRENGTH.indexOf(trace.kind) > STRENGTH.indexOf(strongest.kind))
            strongest = trace;
    }
    return strongest;
}
/** The data-flow verdict on one sink call, as a report descriptor; undefined = not reported. */
export function sinkVerdict(spec, call, value, module, at = call) {
    const trace = traceSinkValue(value, module, spec.sinkClass, spec.leading === true);
    const verdict = spec.levels[sourceKind(trace)];
    if (verdict === 'none')
        return undefined;
    const what = spec.describe(sourceWords(trace), call, module);
    if (verdict === 'audit') {
        return { node: at, severity: 'low', confidence: 'low', auditOnly: true, message: `${what} (shown by --profile audit)` };
    }
    if (trace.flow.length === 0)
        return { node: at, ...verdict, message: what };
    const flow = sinkFlow(trace, call);
    return { node: at, ...verdict, message: flowMessage(what, flow), flow };
}
export function taintRule(spec) {
    const { sinks, findSink, when, safeForm, leading, levels, describe, reportAt, optionSinks, sinkClass, cost = 'fast', ...meta } = spec;
    const fixedNames = Object.keys(sinks);
    return {
        triggers: fixedNames.map(nameTrigger),
        // Sinks that options add are found by `calleeKeywords` or listed by the rule itself.
        ...(optionSinks ? {} : { callees: fixedNames.map(lastName) }),
        ...meta,
        cost,
        create(context) {
            const { module, options } = context;
            const table = new Map(Object.entries(optionSinks ? { ...sinks, ...optionSinks(options) } : sinks));
            return {
                call(node) {
                    const name = module.callName(node);
                    const where = name === undefined ? undefined : table.get(name);
                    let value;
                    if (where)
                        value = possibleArgument(node, where.keyword ?? null, where.position) ?? null;
                    else if (findSink)
                        value = findSink(node, module);
                    if (value === undefined)
                        return;
                    if (when && !when(node, module, name, options))
                        return;
                    const safe = safeForm?.(node, module);
                    if (safe) {
                        context.report({ node: reportAt?.(node) ?? node, severity: 'low', confidence: 'low', auditOnly: true, message: `${safe} (shown by --profile audit)` });
                        return;
                    }
                    const report = sinkVerdict({ sinkClass, leading, levels, describe }, node, value, module, reportAt?.(node) ?? node);
                    if (report)
                        context.report(report);
                },
            };
        },
    };
}
