import { parameterName } from './scope.js';
import { Tracer } from './taint/analysis.js';
import { flowSteps, maskOf } from './taint/value.js';
import { step } from './taint/flow.js';
import { RANK } from './taint/specs.js';
import { isRouteHandler } from './taint/roles.js';
export { isRouteHandler };
/** Where the value of `node` comes from, with the path it takes. */
export function traceValue(node, module, options = {}) {
    const tracer = tracerFor(module);
    const value = tracer.resolveCalls(tracer.valueAt(node), [], { cut: Infinity });
    return tracer.verdict(tracer.resolveParameters(value), options.sink, options.leading === true);
}
/** The strongest of several traces (request > user input > parameter > unknown > sanitised > constant); constant for none. */
export function strongestTrace(traces) {
    let best = { kind: 'constant', flow: [] };
    for (const trace of traces)
        if (RANK[trace.kind] > RANK[best.kind])
            best = trace;
    return best;
}
/** The flow of a finding: the trace's steps, then the sink (`cursor.execute (line 15)`). */
export function sinkFlow(trace, sink, label) {
    const callee = sink.type === 'call' ? sink.childForFieldName('function') ?? sink : sink;
    return [...trace.flow, step(label ?? callee.text, callee)];
}
/** `source (line 12) → name (line 13) → sink (line 15)`. */
function flowText(flow) {
    return flow.join(' → ');
}
/**
 * Evidence for a pattern rule (SQL, shell, eval): when `value` carries request data into `sink`, the flow to show;
 * otherwise undefined and the rule keeps its own verdict.
 */
function requestFlow(value, sink, module, sinkClass) {
    const trace = traceValue(value, module, { sink: sinkClass });
    return trace.kind === 'request' ? sinkFlow(trace, sink) : undefined;
}
/** Words for a finding's message: where the value comes from. */
export function describeSource(trace) {
    switch (trace.kind) {
        case 'request': return 'request data';
        case 'user-input':
            return { argv: 'command-line arguments', environment: 'an environment variable', file: 'file contents', network: 'network input', stdin: 'standard input' }[trace.origin ?? ''] ?? 'outside input';
        case 'parameter': return 'a function parameter';
        case 'unknown': return 'a value computed at run time';
        default: return 'a constant';
    }
}
/** The message of a data-flow finding: what happens, then the path (`…: request.GET["q"] (line 3) → open (line 4)`). */
export function flowMessage(what, flow) {
    return `${what}: ${flowText(flow)}`;
}
/**
 * What a pattern rule adds when request data reaches its sink: confidence high, the flow, and the flow in the
 * message (`<message>: request.GET["q"] (line 12) → query (line 13) → cursor.execute (line 15)`). Undefined otherwise,
 * and the rule keeps its own verdict.
 */
export function requestEvidence(value, sink, module, sinkClass, message) {
    const flow = value ? requestFlow(value, sink, module, sinkClass) : undefined;
    return flow ? { confidence: 'high', flow, message: flowMessage(message, flow) } : undefined;
}
/** Is this expression a request object (`request`, `req`, `self.request`, `flask.request`, a wrapper built on one)? */
export function isRequestObject(node, module) {
    return tracerFor(module).isRequestObject(node);
}
/**
 * Which parameters of the function around `node` (or of `owner`) reach it (a sink inside a helper): report it at the helper's
 * callers, with `traceValue` on the argument each passes for that parameter (see `localCallsTo`).
 */
export function parameterFlows(node, module, options = {}, owner) {
    // `owner`: another function whose parameters may reach `node`, such as the `__init__` that set `self.term`.
    const fn = owner ?? module.functionAt(node);
    if (!fn)
        return [];
    const tracer = tracerFor(module);
    return symbolFlows(tracer.resolveCalls(tracer.valueAt(node), [], { cut: Infinity }).facts, fn, options);
}
/** Which parameters of `fn` reach its return value (its summary). */
export function returnFlows(fn, module, options = {}) {
    return symbolFlows(tracerFor(module).summaryOf(fn, [], { cut: Infinity }).facts, fn, options);
}
function symbolFlows(facts, fn, options) {
    const names = (fn.childForFieldName('parameters')?.namedChildren ?? []).map((parameter) => parameterName(parameter)?.text);
    const bit = options.sink ? maskOf([options.sink]) : -1;
    const flows = [];
    for (const fact of facts) {
        if (fact.parameter?.owner.id !== fn.id || (options.leading && fact.tail))
            continue;
        const kind = (fact.sanitised & bit) !== 0 ? 'sanitised' : 'parameter';
        const existing = flows.find((flow) => flow.parameter === fact.parameter.name);
        if (existing && (existing.kind === 'parameter' || kind === 'sanitised'))
            continue;
        const entry = { parameter: fact.parameter.name, index: names.indexOf(fact.parameter.name), kind, flow: flowSteps(fact.flow) };
        if (existing)
            flows.splice(flows.indexOf(existing), 1, entry);
        else
            flows.push(entry);
    }
    return flows;
}
/** The calls in this module that run `fn`: `fn(...)`, `self.fn(...)`, `obj.fn(...)` on an instance, `Class.fn(...)`. */
export function localCallsTo(fn, module) {
    const name = fn.childForFieldName('name')?.text;
    if (!name)
        return [];
    const tracer = tracerFor(module);
    return module.callsNamed(new Set([name])).filter((call) => tracer.calleeOf(call)?.id === fn.id);
}
/** Words every request source is written with: the request object's names and types, route and view decorators. */
const REQUEST_SOURCE_TEXT = /\b(req|request|Request|HttpRequest|matchdict)\b|@[\w.]*\.(route|api_route|get|post|put|delete|patch|head|options|websocket)\(|\b(api_view|require_http_methods|require_GET|require_POST|require_safe|csrf_exempt)\b/;
const requestFunctions = new WeakMap();
/**
 * A cheap necessary condition for request data at `node`: false means no expression there can trace to `request`,
 * so a rule that reports request data only can skip the trace (and the analysis of the function it would start).
 * Every request source the tracer knows is written with one of REQUEST_SOURCE_TEXT's words, in the function around
 * `node`, in one enclosing it, or in a function of the module that one of those calls by name (transitively).
 */
export function mayHoldRequestData(node, module) {
    const facts = requestFunctionsOf(module);
    if (!facts.any)
        return false;
    let fn = module.functionAt(node);
    if (!fn)
        return true; // module-level code: rare, and not worth a finer answer
    for (; fn; fn = fn.parent ? module.functionAt(fn.parent) : null) {
        let known = facts.functions.get(fn.id);
        if (known === undefined) {
            const words = fn.text.match(/[A-Za-z_]\w*/g) ?? [];
            known = isRouteHandler(fn) || REQUEST_SOURCE_TEXT.test(fn.text) || words.some((word) => facts.names.has(word));
            facts.functions.set(fn.id, known);
        }
        if (known)
            return true;
    }
    return false;
}
/** The module's functions whose text names a request source, closed over calls by name; and whether there is any. */
function requestFunctionsOf(module) {
    let facts = requestFunctions.get(module);
    if (facts)
        return facts;
    facts = { any: REQUEST_SOURCE_TEXT.test(module.source), names: new Set(), functions: new Map() };
    requestFunctions.set(module, facts);
    if (!facts.any)
        return facts;
    const definitions = module.functionDefinitions().map((fn) => ({
        name: fn.childForFieldName('name')?.text ?? '',
        text: fn.text,
        // The decorator is outside the definition's text: a route's parameters are request data.
        route: isRouteHandler(fn),
        words: undefined,
    }));
    let pending = definitions.filter((definition) => {
        if (!definition.route && !REQUEST_SOURCE_TEXT.test(definition.text))
            return true;
        facts.names.add(definition.name);
        return false;
    });
    // A function that calls one that reads the request may return its data: repeat until no name is added.
    for (let added = true; added && pending.length > 0;) {
        added = false;
        pending = pending.filter((definition) => {
            definition.words ??= new Set(definition.text.match(/[A-Za-z_]\w*/g) ?? []);
            if (![...facts.names].some((name) => definition.words.has(name)))
                return true;
            facts.names.add(definition.name);
            added = true;
            return false;
        });
    }
    return facts;
}
/** The work the tracer did for this module so far (tests bound it instead of timing it). */
export function traceWork(module) {
    return tracerFor(module).work;
}
const tracers = new WeakMap();
function tracerFor(module) {
    let tracer = tracers.get(module);
    if (!tracer) {
        tracer = new Tracer(module);
        tracers.set(module, tracer);
    }
    return tracer;
}
