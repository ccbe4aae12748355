// Data flow inside a module: where does the value of an expression come from? From a web request
// (`request.GET["q"]`, a route parameter), other outside input (`input()`, `sys.argv`, `os.environ`, file and socket
// reads), a parameter of an ordinary function, a constant, or something unknown. The algorithm (taint/analysis.ts)
// interprets each function body once, in order, branch- and loop-aware, with constant folding, containers, attributes
// and summaries of the module's own functions; what it knows about libraries is data (taint/specs.ts). Deep rules
// (cost: 'deep') call `traceValue` on a sink's argument.
import type { SyntaxNode } from './syntax.js';
import type { ModuleFacts } from './module.js';
import { parameterName } from './scope.js';
import { Tracer, type TraceWork } from './taint/analysis.js';
import { flowSteps, maskOf } from './taint/value.js';
import { step } from './taint/flow.js';
import { RANK, type SinkClass, type TaintKind } from './taint/specs.js';

export type { SinkClass, TaintKind } from './taint/specs.js';
export type { TraceWork } from './taint/analysis.js';
import { isRouteHandler } from './taint/roles.js';
export { isRouteHandler };

export interface Trace {
  kind: TaintKind;
  /** Source first, then each name the value passes through: `request.GET["q"] (line 12)`, `query (line 13)`. */
  flow: string[];
  /**
   * For `user-input`: `stdin`, `argv`, `environment`, `file` or `network`. For `request`: `view-parameter` when the
   * source is a parameter of a function that only looks like a Django view (`def f(request, page)`).
   */
  origin?: string;
}

interface TraceOptions {
  sink?: SinkClass;
  /**
   * Follow only what decides how a string starts (`base + path` → `base`, `"%s?%s" % (url, query)` → `url`):
   * redirect and URL sinks care about who picks the scheme and host, not the path or query after them.
   */
  leading?: boolean;
}

/** Where the value of `node` comes from, with the path it takes. */
export function traceValue(node: SyntaxNode, module: ModuleFacts, options: TraceOptions = {}): Trace {
  const tracer = tracerFor(module);
  const value = tracer.resolveCalls(tracer.valueAt(node), [], { cut: Infinity });
  return tracer.verdict(tracer.resolveParameters(value), options.sink, options.leading === true);
}

/** The strongest of several traces (request > user input > parameter > unknown > sanitised > constant); constant for none. */
export function strongestTrace(traces: Iterable<Trace>): Trace {
  let best: Trace = { kind: 'constant', flow: [] };
  for (const trace of traces) if (RANK[trace.kind] > RANK[best.kind]) best = trace;
  return best;
}

/** The flow of a finding: the trace's steps, then the sink (`cursor.execute (line 15)`). */
export function sinkFlow(trace: Trace, sink: SyntaxNode, label?: string): string[] {
  const callee = sink.type === 'call' ? sink.childForFieldName('function') ?? sink : sink;
  return [...trace.flow, step(label ?? callee.text, callee)];
}

/** `source (line 12) → name (line 13) → sink (line 15)`. */
function flowText(flow: readonly string[]): string {
  return flow.join(' → ');
}

/**
 * Evidence for a pattern rule (SQL, shell, eval): when `value` carries request data into `sink`, the flow to show;
 * otherwise undefined and the rule keeps its own verdict.
 */
function requestFlow(value: SyntaxNode, sink: SyntaxNode, module: ModuleFacts, sinkClass: SinkClass): string[] | undefined {
  const trace = traceValue(value, module, { sink: sinkClass });
  return trace.kind === 'request' ? sinkFlow(trace, sink) : undefined;
}

/** Words for a finding's message: where the value comes from. */
export function describeSource(trace: Trace): string {
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
export function flowMessage(what: string, flow: readonly string[]): string {
  return `${what}: ${flowText(flow)}`;
}

/**
 * What a pattern rule adds when request data reaches its sink: confidence high, the flow, and the flow in the
 * message (`<message>: request.GET["q"] (line 12) → query (line 13) → cursor.execute (line 15)`). Undefined otherwise,
 * and the rule keeps its own verdict.
 */
export function requestEvidence(value: SyntaxNode | undefined, sink: SyntaxNode, module: ModuleFacts, sinkClass: SinkClass, message: string): { confidence: 'high'; flow: string[]; message: string } | undefined {
  const flow = value ? requestFlow(value, sink, module, sinkClass) : undefined;
  return flow ? { confidence: 'high', flow, message: flowMessage(message, flow) } : undefined;
}

/** Is this expression a request object (`request`, `req`, `self.request`, `flask.request`, a wrapper built on one)? */
export function isRequestObject(node: SyntaxNode, module: ModuleFacts): boolean {
  return tracerFor(module).isRequestObject(node);
}

/** How one parameter of a function reaches an expression inside it. */
export interface ParameterFlow {
  /** The parameter's name and its position in the `def` (`self` counts). */
  parameter: string;
  index: number;
  /** `parameter`, or `sanitised` when a sanitiser or check for the sink is on the way. */
  kind: 'parameter' | 'sanitised';
  /** From the parameter to the expression (the parameter itself not included). */
  flow: string[];
}

/**
 * Which parameters of the function around `node` (or of `owner`) reach it (a sink inside a helper): report it at the helper's
 * callers, with `traceValue` on the argument each passes for that parameter (see `localCallsTo`).
 */
export function parameterFlows(node: SyntaxNode, module: ModuleFacts, options: TraceOptions = {}, owner?: SyntaxNode): ParameterFlow[] {
  // `owner`: another function whose parameters may reach `node`, such as the `__init__` that set `self.term`.
  const fn = owner ?? module.functionAt(node);
  if (!fn) return [];
  const tracer = tracerFor(module);
  return symbolFlows(tracer.resolveCalls(tracer.valueAt(node), [], { cut: Infinity }).facts, fn, options);
}

/** Which parameters of `fn` reach its return value (its summary). */
export function returnFlows(fn: SyntaxNode, module: ModuleFacts, options: TraceOptions = {}): ParameterFlow[] {
  return symbolFlows(tracerFor(module).summaryOf(fn, [], { cut: Infinity }).facts, fn, options);
}

function symbolFlows(facts: ReturnType<Tracer['valueAt']>['facts'], fn: SyntaxNode, options: TraceOptions): ParameterFlow[] {
  const names = (fn.childForFieldName('parameters')?.namedChildren ?? []).map((parameter) => parameterName(parameter)?.text);
  const bit = options.sink ? maskOf([options.sink]) : -1;
  const flows: ParameterFlow[] = [];
  for (const fact of facts) {
    if (fact.parameter?.owner.id !== fn.id || (options.leading && fact.tail)) continue;
    const kind = (fact.sanitised & bit) !== 0 ? 'sanitised' : 'parameter';
    const existing = flows.find((flow) => flow.parameter === fact.parameter!.name);
    if (existing && (existing.kind === 'parameter' || kind === 'sanitised')) continue;
    const entry: ParameterFlow = { parameter: fact.parameter.name, index: names.indexOf(fact.parameter.name), kind, flow: flowSteps(fact.flow) };
    if (existing) flows.splice(flows.indexOf(existing), 1, entry);
    else flows.push(entry);
  }
  return flows;
}

/** The calls in this module that run `fn`: `fn(...)`, `self.fn(...)`, `obj.fn(...)` on an instance, `Class.fn(...)`. */
export function localCallsTo(fn: SyntaxNode, module: ModuleFacts): SyntaxNode[] {
  const name = fn.childForFieldName('name')?.text;
  if (!name) return [];
  const tracer = tracerFor(module);
  return module.callsNamed(new Set([name])).filter((call) => tracer.calleeOf(call)?.id === fn.id);
}

/** Words every request source is written with: the request object's names and types, route and view decorators. */
const REQUEST_SOURCE_TEXT = /\b(req|request|Request|HttpRequest|matchdict)\b|@[\w.]*\.(route|api_route|get|post|put|delete|patch|head|options|websocket)\(|\b(api_view|require_http_methods|require_GET|require_POST|require_safe|csrf_exempt)\b/;
const requestFunctions = new WeakMap<ModuleFacts, { any: boolean; names: Set<string>; functions: Map<number, boolean> }>();

/**
 * A cheap necessary condition for request data at `node`: false means no expression there can trace to `request`,
 * so a rule that reports request data only can skip the trace (and the analysis of the function it would start).
 * Every request source the tracer knows is written with one of REQUEST_SOURCE_TEXT's words, in the function around
 * `node`, in one enclosing it, or in a function of the module that one of those calls by name (transitively).
 */
export function mayHoldRequestData(node: SyntaxNode, module: ModuleFacts): boolean {
  const facts = requestFunctionsOf(module);
  if (!facts.any) return false;
  let fn = module.functionAt(node);
  if (!fn) return true; // module-level code: rare, and not worth a finer answer
  for (; fn; fn = fn.parent ? module.functionAt(fn.parent) : null) {
    let known = facts.functions.get(fn.id);
    if (known === undefined) {
      const words = fn.text.match(/[A-Za-z_]\w*/g) ?? [];
      known = isRouteHandler(fn) || REQUEST_SOURCE_TEXT.test(fn.text) || words.some((word) => facts.names.has(word));
      facts.functions.set(fn.id, known);
    }
    if (known) return true;
  }
  return false;
}

/** The module's functions whose text names a request source, closed over calls by name; and whether there is any. */
function requestFunctionsOf(module: ModuleFacts) {
  let facts = requestFunctions.get(module);
  if (facts) return facts;
  facts = { any: REQUEST_SOURCE_TEXT.test(module.source), names: new Set<string>(), functions: new Map<number, boolean>() };
  requestFunctions.set(module, facts);
  if (!facts.any) return facts;
  const definitions = module.functionDefinitions().map((fn) => ({
    name: fn.childForFieldName('name')?.text ?? '',
    text: fn.text,
    // The decorator is outside the definition's text: a route's parameters are request data.
    route: isRouteHandler(fn),
    words: undefined as Set<string> | undefined,
  }));
  let pending = definitions.filter((definition) => {
    if (!definition.route && !REQUEST_SOURCE_TEXT.test(definition.text)) return true;
    facts!.names.add(definition.name);
    return false;
  });
  // A function that calls one that reads the request may return its data: repeat until no name is added.
  for (let added = true; added && pending.length > 0;) {
    added = false;
    pending = pending.filter((definition) => {
      definition.words ??= new Set(definition.text.match(/[A-Za-z_]\w*/g) ?? []);
      if (![...facts!.names].some((name) => definition.words!.has(name))) return true;
      facts!.names.add(definition.name);
      added = true;
      return false;
    });
  }
  return facts;
}

/** The work the tracer did for this module so far (tests bound it instead of timing it). */
export function traceWork(module: ModuleFacts): Readonly<TraceWork> {
  return tracerFor(module).work;
}

const tracers = new WeakMap<ModuleFacts, Tracer>();

function tracerFor(module: ModuleFacts): Tracer {
  let tracer = tracers.get(module);
  if (!tracer) {
    tracer = new Tracer(module);
    tracers.set(module, tracer);
  }
  return tracer;
}
