// One factory for the data-flow rules: sinks (a table of calls and the argument that matters, or matchers per node
// type for sinks no call table names: `response["X"] = v`, `{"$where": ...}`), a sink class, level tables and a
// message. The trace of the value that reaches the sink decides whether it is reported and how loudly: request
// data blocks, a parameter or an unknown value is shown, a constant or a sanitised value is kept for
// `--profile audit` only. The rules themselves are data; this is the one handler they share.
import { classOfMethod, methodOf, type SyntaxNode } from '../../python/syntax.js';
import type { ModuleFacts } from '../../python/module.js';
import { argument, possibleArgument } from '../../python/arguments.js';
import { callNameThroughWith } from '../../python/context-managers.js';
import { describeSource, flowMessage, localCallsTo, parameterFlows, sinkFlow, strongestTrace, traceValue, type ParameterFlow, type SinkClass, type Trace, type TaintKind } from '../../python/taint.js';
import { lastName, nameTrigger } from './name-triggers.js';
import { defineRule, type Level, type ReportDescriptor, type Rule, type RuleHandlers, type RuleMeta, type RuleOptions } from '../types.js';

/** Where the value sits in the sink's call: keyword name, else 0-based position (`null`: keyword only). */
export interface ArgumentSpec {
  keyword?: string;
  position: number | null;
}

/** What a trace kind turns into: levels of a finding, a finding shown by `--profile audit` only, or nothing. */
export type Verdict = { severity: Level; confidence: Level } | 'audit' | 'none';

/**
 * Trace kinds, with `user-input` split by origin: `stored-input` is what whoever deploys the program controls
 * (environment variables, files it reads), `user-input` what a person or peer hands it (argv, stdin, the network).
 */
type SourceKind = TaintKind | 'stored-input';
export type LevelTable = Readonly<Record<SourceKind, Verdict>>;

const HIGH: Verdict = { severity: 'high', confidence: 'high' };

/** A level table from the kinds that count; every kind not listed is no finding. */
export function levelTable(verdicts: Partial<LevelTable>): LevelTable {
  return { request: 'none', 'user-input': 'none', 'stored-input': 'none', parameter: 'none', unknown: 'none', sanitised: 'none', constant: 'none', ...verdicts };
}

/** Only request data is a finding, high and sure: what the client chooses and nothing else. */
export const REQUEST_ONLY: LevelTable = levelTable({ request: HIGH });

/**
 * Sinks that are dangerous whatever feeds them (Bandit reports each one): outside data blocks; a parameter or an
 * unknown value is shown without blocking; constants and sanitised values are shown only to an audit.
 */
export const SINK_LEVELS: LevelTable = {
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
export const FLOW_LEVELS: LevelTable = {
  request: HIGH,
  'user-input': 'audit',
  'stored-input': 'audit',
  parameter: 'audit',
  unknown: 'audit',
  sanitised: 'none',
  constant: 'none',
};

/** The finding's message from the words for the source (`request data`, `a constant`). */
type Describe = (source: string, call: SyntaxNode, module: ModuleFacts) => string;

/** One sink a matcher found in a node: the value that reaches it, and how it is judged and worded when not as the rule's. */
export interface SinkMatch {
  /** What reaches the sink; of several nodes, the strongest trace counts. */
  value: SyntaxNode | readonly SyntaxNode[];
  /** The node reported (default: the node matched). */
  at?: SyntaxNode;
  /** The sink's step at the end of the flow (default: the callee's text, or the reported node's). */
  label?: string;
  /** Per-sink judgement: default the rule's sink class, level table and message (read only for a trace `refine` keeps). */
  sinkClass?: SinkClass;
  levels?: LevelTable;
  describe?: Describe;
  /** Steps after the sink in the flow (`compared at line 9`). */
  then?: readonly string[];
  /**
   * Refine hook: the trace to judge — the same one, or a stronger one the rule knows of (a Lambda event is request
   * data) — or undefined when this trace does not make the sink a finding (a parameter not formatted in at the sink).
   */
  refine?: (trace: Trace) => Trace | undefined;
}

/** A finding a matcher reports as it is, with no trace to judge (a template field anyone triggering the run writes). */
interface FixedFinding {
  fixed: ReportDescriptor;
}

export type Match = SinkMatch | FixedFinding;

/** What a matcher finds in a node of its type; undefined or empty = no sink there. */
type Matcher<Options extends RuleOptions = RuleOptions> = (node: SyntaxNode, module: ModuleFacts, options: Readonly<Options>) => Match | readonly Match[] | undefined;

interface TaintRuleSpec<Options extends RuleOptions = RuleOptions> extends Omit<RuleMeta<Options>, 'cost' | 'callees'> {
  /** Default `fast`: the trace is bounded, and Bandit's sink rules belong in the fast profile. */
  cost?: RuleMeta['cost'];
  /** What the sink does with the value, which decides what sanitises it; none: any value of the source counts. */
  sinkClass: SinkClass | undefined;
  /** Qualified callee name → where the value is. */
  sinks?: Readonly<Record<string, ArgumentSpec>>;
  /**
   * Sinks found by node type (`call`, `assignment`, `pair`), for the rules whose sinks a call table cannot name.
   * A matched sink is judged where it is (not by what the module's calls pass, as `sinks` are), and its flow always
   * ends with the sink's step. Such a rule lists its own `triggers`.
   */
  match?: Readonly<Record<string, Matcher<Options>>>;
  /** Of one node's matched sinks, only the first one reported counts (one finding per call). */
  firstOnly?: boolean;
  /** The rule can concern this module at all (`django.db` imported): otherwise its handlers are not created. */
  inModule?: (module: ModuleFacts) => boolean;
  /**
   * Sinks no fixed qualified name names (`conn.search_s(...)` of an LDAP connection): the value's node (or nodes:
   * the strongest trace counts), or `null` for a sink whose value is not visible. Undefined = not a sink.
   * `callees` must then list their last names.
   */
  findSink?: (call: SyntaxNode, module: ModuleFacts) => SinkValue | undefined;
  /** Derived from `sinks`; rules with `findSink`, `optionSinks` or a `call` matcher list their own (or none: every call). */
  callees?: RuleMeta<Options>['callees'];
  /** Extra condition on the call (`shell=True`), given its qualified name: false = not a sink. */
  when?: (call: SyntaxNode, module: ModuleFacts, name: string | undefined, options: Readonly<Options>) => boolean;
  /**
   * The call in a form that is safe whatever it is fed (`yaml.load(s, Loader=SafeLoader)`): no finding, but Bandit
   * reports some of these forms, so `--profile audit` shows it. The message says why it is safe.
   */
  safeForm?: (call: SyntaxNode, module: ModuleFacts) => string | undefined;
  /** Trace only what decides where a URL points (redirect and fetch sinks). */
  leading?: boolean;
  /** The rule's level table (a matched sink may bring its own). */
  levels: LevelTable;
  /** The rule's message (a matched sink may bring its own; one of the two is required). */
  describe?: Describe;
  /** The node reported (default: the call): Bandit's B602 points at `shell=True`. */
  reportAt?: (call: SyntaxNode) => SyntaxNode;
  /** Qualified names the options add to `sinks` (the command-injection function lists). */
  optionSinks?: (options: Readonly<Options>) => Readonly<Record<string, ArgumentSpec>>;
}

/** The trace kind, split by origin for outside input. */
function sourceKind(trace: Trace): SourceKind {
  if (trace.kind === 'user-input' && (trace.origin === 'environment' || trace.origin === 'file')) return 'stored-input';
  return trace.kind;
}

/** Words for the source: describeSource, with a sanitised value named as such. */
function sourceWords(trace: Trace): string {
  if (trace.kind === 'sanitised') return 'a checked or sanitised value';
  return describeSource(trace);
}

const UNKNOWN_VALUE: Trace = { kind: 'unknown', flow: [] };

/** What reaches a sink: one expression, several (the strongest counts), or `null` when it cannot be seen. */
type SinkValue = SyntaxNode | readonly SyntaxNode[] | null;

function traceSinkValue(value: SinkValue, module: ModuleFacts, sink: SinkClass | undefined, leading: boolean): Trace {
  if (value === null) return UNKNOWN_VALUE;
  const values: readonly SyntaxNode[] = Array.isArray(value) ? value : [value as SyntaxNode];
  return strongestTrace(values.map((node) => traceValue(node, module, { sink, leading })));
}

type VerdictSpec = Pick<TaintRuleSpec, 'sinkClass' | 'leading' | 'levels'> & { describe: Describe };

/** The data-flow verdict on one sink call, as a report descriptor; undefined = not reported. */
export function sinkVerdict(spec: VerdictSpec, call: SyntaxNode, value: SinkValue, module: ModuleFacts, at: SyntaxNode = call): ReportDescriptor | undefined {
  return verdictFor(spec, traceSinkValue(value, module, spec.sinkClass, spec.leading === true), call, module, at);
}

function verdictFor(spec: VerdictSpec, trace: Trace, call: SyntaxNode, module: ModuleFacts, at: SyntaxNode, flow = trace.flow.length > 0 ? sinkFlow(trace, call) : []): ReportDescriptor | undefined {
  const verdict = spec.levels[sourceKind(trace)];
  if (verdict === 'none') return undefined;
  const what = spec.describe(sourceWords(trace), call, module);
  if (verdict === 'audit') {
    return { node: at, severity: 'low', confidence: 'low', auditOnly: true, message: `${what} (shown by --profile audit)` };
  }
  if (flow.length === 0) return { node: at, ...verdict, message: what };
  return { node: at, ...verdict, message: flowMessage(what, flow), flow };
}

/**
 * The findings of one sink call. A sink fed by a parameter of a function this module calls (a helper, a pass-through
 * wrapper) is judged by what those calls pass: outside data passed in is reported at the call that passes it, with
 * the whole path; a parameter or an unknown value passed on leaves the sink's own parameter finding; constants and
 * sanitised values alone leave it to an audit. A function nothing here calls (an entry point of a library) keeps
 * the parameter verdict: its callers are elsewhere.
 */
export function sinkVerdicts(spec: VerdictSpec, call: SyntaxNode, value: SinkValue, module: ModuleFacts, at: SyntaxNode = call): ReportDescriptor[] {
  const trace = traceSinkValue(value, module, spec.sinkClass, spec.leading === true);
  const own = () => {
    const report = verdictFor(spec, trace, call, module, at);
    return report ? [report] : [];
  };
  if (trace.kind !== 'parameter' || value === null) return own();
  const callers = callerTraces(Array.isArray(value) ? value : [value as SyntaxNode], module, spec.sinkClass, spec.leading === true);
  if (!callers) return own();
  const reports: ReportDescriptor[] = [];
  let passedOn = false;
  for (const caller of callers) {
    const kind = sourceKind(caller.trace);
    if ((kind === 'request' || kind === 'user-input') && typeof spec.levels[kind] === 'object') {
      const flow = [...sinkFlow(caller.trace, caller.call), ...caller.parameter.flow, ...sinkFlow({ kind: 'parameter', flow: [] }, call)];
      const report = verdictFor(spec, caller.trace, call, module, caller.call, flow);
      if (report) reports.push(report);
    } else if (kind !== 'constant' && kind !== 'sanitised') {
      passedOn = true;
    }
  }
  if (passedOn) return [...reports, ...own()];
  if (reports.length > 0) return reports;
  // Every call here passes a constant or a checked value: an audit finding at the sink, as for a constant.
  const quiet = verdictFor(spec, { kind: 'constant', flow: [] }, call, module, at);
  return quiet ? [quiet] : [];
}

interface CallerTrace {
  /** The module's call of the sink's function. */
  call: SyntaxNode;
  /** What that call passes for the parameter that reaches the sink. */
  trace: Trace;
  parameter: ParameterFlow;
}

/**
 * What the module's own calls pass for the parameters that reach `values`: calls of the function around them, and,
 * in a method, calls that construct its class for the `__init__` parameters its attributes hold (`self.term`).
 * Undefined when no parameter reaches them or one that does has no call here: the parameter verdict stands.
 */
function callerTraces(values: readonly SyntaxNode[], module: ModuleFacts, sink: SinkClass | undefined, leading: boolean): CallerTrace[] | undefined {
  const fn = values.length > 0 ? module.functionAt(values[0]) : null;
  if (!fn || fn.type !== 'function_definition') return undefined;
  const owner = classOfMethod(fn);
  const init = owner && fn.childForFieldName('name')?.text !== '__init__' ? methodOf(owner, '__init__') : undefined;
  const groups = [{ target: fn, calls: () => localCallsTo(fn, module), constructs: false }];
  if (owner && init) groups.push({ target: init, calls: () => localCallsTo(owner, module), constructs: true });
  const traces: CallerTrace[] = [];
  let reached = false;
  for (const { target, calls: callsOf, constructs } of groups) {
    const flows = values.flatMap((node) => parameterFlows(node, module, { sink, leading }, target)).filter((flow) => flow.kind === 'parameter');
    if (flows.length === 0) continue;
    reached = true;
    const calls = callsOf();
    if (calls.length === 0) return undefined;
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
          if (constructs || !receiver) return undefined;
          traces.push({ call, trace: traceValue(receiver, module, { sink, leading }), parameter });
          continue;
        }
        const position = parameter.index - (viaInstance ? 1 : 0);
        const passed = argument(call, parameter.parameter, position >= 0 ? position : null);
        // Not passed: the default value, or a `*args`/`**kwargs` the tracer cannot see into (unknown, never safe).
        const trace: Trace = passed ? traceValue(passed, module, { sink, leading }) : hasSplat(call) ? { kind: 'unknown', flow: [] } : { kind: 'constant', flow: [] };
        traces.push({ call, trace, parameter });
      }
    }
  }
  return reached ? traces : undefined;
}

function hasSplat(call: SyntaxNode): boolean {
  return (call.childForFieldName('arguments')?.namedChildren ?? []).some((arg) => arg.type === 'list_splat' || arg.type === 'dictionary_splat');
}

function isFixed(match: Match): match is FixedFinding {
  return 'fixed' in match;
}

/** The finding of one matched sink, traced where it is; undefined = not reported. */
function matchVerdict(spec: VerdictSpec, match: SinkMatch, node: SyntaxNode, module: ModuleFacts): ReportDescriptor | undefined {
  const sinkClass = match.sinkClass ?? spec.sinkClass;
  const traced = traceSinkValue(match.value, module, sinkClass, spec.leading === true);
  const trace = match.refine ? match.refine(traced) : traced;
  if (!trace) return undefined;
  const at = match.at ?? node;
  const judged = { sinkClass, leading: spec.leading, levels: match.levels ?? spec.levels, describe: match.describe ?? spec.describe };
  return verdictFor(judged, trace, node, module, at, [...sinkFlow(trace, at, match.label), ...match.then ?? []]);
}

const NO_MESSAGE: Describe = () => {
  throw new Error('a matched sink of a rule without `describe` must bring its own');
};

export function taintRule<Options extends RuleOptions = RuleOptions>(spec: TaintRuleSpec<Options>): Rule {
  const { sinks = {}, match = {}, firstOnly, inModule, findSink, when, safeForm, leading, levels, describe = NO_MESSAGE, reportAt, optionSinks, sinkClass, cost = 'fast', ...meta } = spec;
  const fixedNames = Object.keys(sinks);
  const byTable = fixedNames.length > 0 || findSink !== undefined || optionSinks !== undefined;
  const judge: VerdictSpec = { sinkClass, leading, levels, describe };
  const rule: Rule<Options> = {
    ...(fixedNames.length > 0 ? { triggers: fixedNames.map(nameTrigger) } : {}),
    // Sinks that options add are found by `calleeKeywords` or listed by the rule itself, as are matched ones.
    ...(fixedNames.length > 0 && !optionSinks ? { callees: fixedNames.map(lastName) } : {}),
    ...meta,
    cost,
    create(context) {
      const { module, options } = context;
      if (inModule && !inModule(module)) return {};
      const table = new Map(Object.entries(optionSinks ? { ...sinks, ...optionSinks(options) } : sinks));
      /** A call named in the table (or found by `findSink`): true when it was a sink, reported or not. */
      const tableSink = (node: SyntaxNode): boolean => {
        // `with httpx.AsyncClient() as client: client.post(u)` is `httpx.AsyncClient().post`: clients enter as themselves.
        const direct = module.callName(node);
        const name = direct !== undefined && table.has(direct) ? direct : callNameThroughWith(node, module) ?? direct;
        const where = name === undefined ? undefined : table.get(name);
        let value: SinkValue | undefined;
        if (where) value = possibleArgument(node, where.keyword ?? null, where.position) ?? null;
        else if (findSink) value = findSink(node, module);
        if (value === undefined) return false;
        if (when && !when(node, module, name, options)) return true;
        const safe = safeForm?.(node, module);
        if (safe) {
          context.report({ node: reportAt?.(node) ?? node, severity: 'low', confidence: 'low', auditOnly: true, message: `${safe} (shown by --profile audit)` });
          return true;
        }
        for (const report of sinkVerdicts(judge, node, value, module, reportAt?.(node) ?? node)) context.report(report);
        return true;
      };
      const matched = (matcher: Matcher<Options>, node: SyntaxNode): void => {
        const found = matcher(node, module, options);
        if (!found) return;
        for (const one of (Array.isArray(found) ? found : [found]) as readonly Match[]) {
          const report = isFixed(one) ? one.fixed : matchVerdict(judge, one, node, module);
          if (!report) continue;
          context.report(report);
          if (firstOnly) return;
        }
      };
      const handlers: RuleHandlers = {};
      for (const [type, matcher] of Object.entries(match)) handlers[type] = (node) => matched(matcher, node);
      if (byTable) {
        const callMatcher = match.call;
        handlers.call = (node) => {
          if (!tableSink(node) && callMatcher) matched(callMatcher, node);
        };
      }
      return handlers;
    },
  };
  return defineRule(rule);
}
