// One factory for the data-flow rules: sinks (a table of calls and the argument that matters, or matchers per node
// type for sinks no call table names: `response["X"] = v`, `{"$where": ...}`), a sink class, level tables and a
// message. The trace of the value that reaches the sink decides whether it is reported and how loudly: request
// data blocks, a parameter or an unknown value is shown, a constant or a sanitised value is kept for
// `--profile audit` only. The rules themselves are data; this is the one handler they share.
import { classOfMethod, methodOf } from '../../python/syntax.js';
import { argument, possibleArgument } from '../../python/arguments.js';
import { callNameThroughWith } from '../../python/context-managers.js';
import { describeSource, flowMessage, localCallsTo, parameterFlows, sinkFlow, strongestTrace, traceValue } from '../../python/taint.js';
import { lastName, nameTrigger } from './name-triggers.js';
import { defineRule } from '../types.js';
const HIGH = { severity: 'high', confidence: 'high' };
/** A level table from the kinds that count; every kind not listed is no finding. */
export function levelTable(verdicts) {
    return { request: 'none', 'user-input': 'none', 'stored-input': 'none', parameter: 'none', unknown: 'none', sanitised: 'none', constant: 'none', ...verdicts };
}
/** Only request data is a finding, high and sure: what the client chooses and nothing else. */
export const REQUEST_ONLY = levelTable({ request: HIGH });
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
function sourceKind(trace) {
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
function traceSinkValue(value, module, sink, leading) {
    if (value === null)
        return UNKNOWN_VALUE;
    const values = Array.isArray(value) ? value : [value];
    return strongestTrace(values.map((node) => traceValue(node, module, { sink, leading })));
}
/** The data-flow verdict on one sink call, as a report descriptor; undefined = not reported. */
export function sinkVerdict(spec, call, value, module, at = call) {
    return verdictFor(spec, traceSinkValue(value, module, spec.sinkClass, spec.leading === true), call, module, at);
}
function verdictFor(spec, trace, call, module, at, flow = trace.flow.length > 0 ? sinkFlow(trace, call) : []) {
    const verdict = spec.levels[sourceKind(trace)];
    if (verdict === 'none')
        return undefined;
    const what = spec.describe(sourceWords(trace), call, module);
    if (verdict === 'audit') {
        return { node: at, severity: 'low', confidence: 'low', auditOnly: true, message: `${what} (shown by --profile audit)` };
    }
    if (flow.length === 0)
        return { node: at, ...verdict, message: what };
    return { node: at, ...verdict, message: flowMessage(what, flow), flow };
}
/**
 * The findings of one sink call. A sink fed by a parameter of a function this module calls (a helper, a pass-through
 * wrapper) is judged by what those calls pass: outside data passed in is reported at the call that passes it, with
 * the whole path; a parameter or an unknown value passed on leaves the sink's own parameter finding; constants and
 * sanitised values alone leave it to an audit. A function nothing here calls (an entry point of a library) keeps
 * the parameter verdict: its callers are elsewhere.
 */
export function sinkVerdicts(spec, call, value, module, at = call) {
    const trace = traceSinkValue(value, module, spec.sinkClass, spec.leading === true);
    const own = () => {
        const report = verdictFor(spec, trace, call, module, at);
        return report ? [report] : [];
    };
    if (trace.kind !== 'parameter' || value === null)
        return own();
    const callers = callerTraces(Array.isArray(value) ? value : [value], module, spec.sinkClass, spec.leading === true);
    if (!callers)
        return own();
    const reports = [];
    let passedOn = false;
    for (const caller of callers) {
        const kind = sourceKind(caller.trace);
        if ((kind === 'request' || kind === 'user-input') && typeof spec.levels[kind] === 'object') {
            const flow = [...sinkFlow(caller.trace, caller.call), ...caller.parameter.flow, ...sinkFlow({ kind: 'parameter', flow: [] }, call)];
            const report = verdictFor(spec, caller.trace, call, module, caller.call, flow);
            if (report)
                reports.push(report);
        }
        else if (kind !== 'constant' && kind !== 'sanitised') {
            passedOn = true;
        }
    }
    if (passedOn)
        return [...reports, ...own()];
    if (reports.length > 0)
        return reports;
    // Every call here passes a constant or a checked value: an audit finding at the sink, as for a constant.
    const quiet = verdictFor(spec, { kind: 'constant', flow: [] }, call, module, at);
    return quiet ? [quiet] : [];
}
/**
 * What the module's own calls pass for the parameters that reach `values`: calls of the function around them, and,
 * in a method, calls that construct its class for the `__init__` parameters its attributes hold (`self.term`).
 * Undefined when no parameter reaches them or one that does has no call here: the parameter verdict stands.
 */
function callerTraces(values, module, sink, leading) {
    const fn = values.length > 0 ? module.functionAt(values[0]) : null;
    if (!fn || fn.type !== 'function_definition')
        return undefined;
    const owner = classOfMethod(fn);
    const init = owner && fn.childForFieldName('name')?.text !== '__init__' ? methodOf(owner, '__init__') : undefined;
    const groups = [{ target: fn, calls: () => localCallsTo(fn, module), constructs: false }];
    if (owner && init)
        groups.push({ target: init, calls: () => localCallsTo(owner, module), constructs: true });
    const traces = [];
    let reached = false;
    for (const { target, calls: callsOf, constructs } of groups) {
        const flows = values.flatMap((node) => parameterFlows(node, module, { sink, leading }, target)).filter((flow) => flow.kind === 'parameter');
        if (flows.length === 0)
            continue;
        reached = true;
        const calls = callsOf();
        if (calls.length === 0)
            return undefined;
        const parameters = (target.childForFieldName('parameters')?.namedChildren ?? []).map((parameter) => parameter.text);
        const bound = parameters[0] === 'self' || parameters[0] === 'cls';
        for (const call of calls) {
            for (const parameter of flows) {
                const callee = call.childForFieldName('function');
                const receiver = callee?.type === 'attribute' ? callee.childForFieldName('object') : null;
                // `self.helper(x)` / `obj.helper(x)` / `Search(q).run()` bind the receiver to the first parameter; a class
                // named by its name (`Class.helper(obj, x)`) does not; a constructor call binds the new object.
                const viaClass = !!receiver && (receiver.type === 'identifier' || receiver.type === 'attribute') && /^[A-Z]/.test(receiver.text.split('.').pop() ?? '');
                const viaInstance = bound && (constructs || (!!receiver && !viaClass));
                if (viaInstance && parameter.index === 0) {
                    // The object the method runs on: what it was built from, as the trace knows it (the new object: unknown).
                    if (constructs || !receiver)
                        return undefined;
                    traces.push({ call, trace: traceValue(receiver, module, { sink, leading }), parameter });
                    continue;
                }
                const position = parameter.index - (viaInstance ? 1 : 0);
                const passed = argument(call, parameter.parameter, position >= 0 ? position : null);
                // Not passed: the default value, or a `*args`/`**kwargs` the tracer cannot see into (unknown, never safe).
                const trace = passed ? traceValue(passed, module, { sink, leading }) : hasSplat(call) ? { kind: 'unknown', flow: [] } : { kind: 'constant', flow: [] };
                traces.push({ call, trace, parameter });
            }
        }
    }
    return reached ? traces : undefined;
}
function hasSplat(call) {
    return (call.childForFieldName('arguments')?.namedChildren ?? []).some((arg) => arg.type === 'list_splat' || arg.type === 'dictionary_splat');
}
function isFixed(match) {
    return 'fixed' in match;
}
/** The finding of one matched sink, traced where it is; undefined = not reported. */
function matchVerdict(spec, match, node, module) {
    const sinkClass = match.sinkClass ?? spec.sinkClass;
    const traced = traceSinkValue(match.value, module, sinkClass, spec.leading === true);
    const trace = match.refine ? match.refine(traced) : traced;
    if (!trace)
        return undefined;
    const at = match.at ?? node;
    const judged = { sinkClass, leading: spec.leading, levels: match.levels ?? spec.levels, describe: match.describe ?? spec.describe };
    return verdictFor(judged, trace, node, module, at, [...sinkFlow(trace, at, match.label), ...match.then ?? []]);
}
const NO_MESSAGE = () => {
    throw new Error('a matched sink of a rule without `describe` must bring its own');
};
export function taintRule(spec) {
    const { sinks = {}, match = {}, firstOnly, inModule, findSink, when, safeForm, leading, levels, describe = NO_MESSAGE, reportAt, optionSinks, sinkClass, cost = 'fast', ...meta } = spec;
    const fixedNames = Object.keys(sinks);
    const byTable = fixedNames.length > 0 || findSink !== undefined || optionSinks !== undefined;
    const judge = { sinkClass, leading, levels, describe };
    const rule = {
        ...(fixedNames.length > 0 ? { triggers: fixedNames.map(nameTrigger) } : {}),
        // Sinks that options add are found by `calleeKeywords` or listed by the rule itself, as are matched ones.
        ...(fixedNames.length > 0 && !optionSinks ? { callees: fixedNames.map(lastName) } : {}),
        ...meta,
        cost,
        create(context) {
            const { module, options } = context;
            if (inModule && !inModule(module))
                return {};
            const table = new Map(Object.entries(optionSinks ? { ...sinks, ...optionSinks(options) } : sinks));
            /** A call named in the table (or found by `findSink`): true when it was a sink, reported or not. */
            const tableSink = (node) => {
                // `with httpx.AsyncClient() as client: client.post(u)` is `httpx.AsyncClient().post`: clients enter as themselves.
                const direct = module.callName(node);
                const name = direct !== undefined && table.has(direct) ? direct : callNameThroughWith(node, module) ?? direct;
                const where = name === undefined ? undefined : table.get(name);
                let value;
                if (where)
                    value = possibleArgument(node, where.keyword ?? null, where.position) ?? null;
                else if (findSink)
                    value = findSink(node, module);
                if (value === undefined)
                    return false;
                if (when && !when(node, module, name, options))
                    return true;
                const safe = safeForm?.(node, module);
                if (safe) {
                    context.report({ node: reportAt?.(node) ?? node, severity: 'low', confidence: 'low', auditOnly: true, message: `${safe} (shown by --profile audit)` });
                    return true;
                }
                for (const report of sinkVerdicts(judge, node, value, module, reportAt?.(node) ?? node))
                    context.report(report);
                return true;
            };
            const matched = (matcher, node) => {
                const found = matcher(node, module, options);
                if (!found)
                    return;
                for (const one of (Array.isArray(found) ? found : [found])) {
                    const report = isFixed(one) ? one.fixed : matchVerdict(judge, one, node, module);
                    if (!report)
                        continue;
                    context.report(report);
                    if (firstOnly)
                        return;
                }
            };
            const handlers = {};
            for (const [type, matcher] of Object.entries(match))
                handlers[type] = (node) => matched(matcher, node);
            if (byTable) {
                const callMatcher = match.call;
                handlers.call = (node) => {
                    if (!tableSink(node) && callMatcher)
                        matched(callMatcher, node);
                };
            }
            return handlers;
        },
    };
    return defineRule(rule);
}
