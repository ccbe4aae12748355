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
import type { SinkClass, TaintKind } from './taint/specs.js';

export type { SinkClass, TaintKind } from './taint/specs.js';
export type { TraceWork } from './taint/analysis.js';
export { isRouteHandler } from './taint/roles.js';

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

export interface TraceOptions {
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

/** The flow of a finding: the trace's steps, then the sink (`cursor.execute (line 15)`). */
export function sinkFlow(trace: Trace, sink: SyntaxNode, label?: string): string[] {
  const callee = sink.type === 'call' ? sink.childForFieldName('function') ?? sink : sink;
  return [...trace.flow, step(label ?? callee.text, callee)];
}

/** `source (line 12) → name (line 13) → sink (line 15)`. */
export function flowText(flow: readonly string[]): string {
  return flow.join(' → ');
}

/**
 * Evidence for a pattern rule (SQL, shell, eval): when `value` carries request data into `sink`, the flow to show;
 * otherwise undefined and the rule keeps its own verdict.
 */
export function requestFlow(value: SyntaxNode, sink: SyntaxNode, module: ModuleFacts, sinkClass: SinkClass): string[] | undefined {
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
 * Which parameters of the function around `node` reach it (a sink inside a helper): report it at the helper's
 * callers, with `traceValue` on the argument each passes for that parameter (see `localCallsTo`).
 */
export function parameterFlows(node: SyntaxNode, module: ModuleFacts, options: TraceOptions = {}): ParameterFlow[] {
  const fn = module.functionAt(node);
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
