// One factory for the data-flow rules: a sink spec (which calls, which argument, extra conditions), a sink class,
// a level table and a message. The trace of the value that reaches the sink decides whether the call is reported
// and how loudly: request data blocks, a parameter or an unknown value is shown, a constant or a sanitised value is
// kept for `--profile audit` only. The rules themselves are data; this is the one handler they share.
import type { SyntaxNode } from '../../python/syntax.js';
import type { ModuleFacts } from '../../python/module.js';
import { possibleArgument } from '../../python/arguments.js';
import { describeSource, flowMessage, sinkFlow, traceValue, type SinkClass, type Trace, type TaintKind } from '../../python/taint.js';
import { lastName, nameTrigger } from '../name-triggers.js';
import type { Level, OptionValue, ReportDescriptor, Rule, RuleMeta } from '../types.js';

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
export type SourceKind = TaintKind | 'stored-input';
export type LevelTable = Readonly<Record<SourceKind, Verdict>>;

const HIGH: Verdict = { severity: 'high', confidence: 'high' };

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

export interface TaintRuleSpec extends Omit<RuleMeta, 'cost' | 'callees'> {
  /** Default `fast`: the trace is bounded, and Bandit's sink rules belong in the fast profile. */
  cost?: RuleMeta['cost'];
  sinkClass: SinkClass;
  /** Qualified callee name → where the value is. */
  sinks: Readonly<Record<string, ArgumentSpec>>;
  /**
   * Sinks no fixed qualified name names (`conn.search_s(...)` of an LDAP connection): the value's node (or nodes:
   * the strongest trace counts), or `null` for a sink whose value is not visible. Undefined = not a sink.
   * `callees` must then list their last names.
   */
  findSink?: (call: SyntaxNode, module: ModuleFacts) => SinkValue | undefined;
  /** Needed for `findSink` sinks; derived from `sinks` otherwise. */
  callees?: RuleMeta['callees'];
  /** Extra condition on the call (`shell=True`), given its qualified name: false = not a sink. */
  when?: (call: SyntaxNode, module: ModuleFacts, name: string | undefined, options: Readonly<Record<string, OptionValue>>) => boolean;
  /**
   * The call in a form that is safe whatever it is fed (`yaml.load(s, Loader=SafeLoader)`): no finding, but Bandit
   * reports some of these forms, so `--profile audit` shows it. The message says why it is safe.
   */
  safeForm?: (call: SyntaxNode, module: ModuleFacts) => string | undefined;
  /** Trace only what decides where a URL points (redirect and fetch sinks). */
  leading?: boolean;
  levels: LevelTable;
  /** The finding's message from the words for the source (`request data`, `a constant`). */
  describe: (source: string, call: SyntaxNode, module: ModuleFacts) => string;
  /** The node reported (default: the call): Bandit's B602 points at `shell=True`. */
  reportAt?: (call: SyntaxNode) => SyntaxNode;
  /** Qualified names the options add to `sinks` (the command-injection function lists). */
  optionSinks?: (options: Readonly<Record<string, OptionValue>>) => Readonly<Record<string, ArgumentSpec>>;
}

/** The trace kind, split by origin for outside input. */
export function sourceKind(trace: Trace): SourceKind {
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
export type SinkValue = SyntaxNode | readonly SyntaxNode[] | null;

/** Weakest first, as the tracer ranks them. */
const STRENGTH: readonly TaintKind[] = ['constant', 'sanitised', 'unknown', 'parameter', 'user-input', 'request'];

function traceSinkValue(value: SinkValue, module: ModuleFacts, sink: SinkClass, leading: boolean): Trace {
  if (value === null) return UNKNOWN_VALUE;
  const values: readonly SyntaxNode[] = Array.isArray(value) ? value : [value as SyntaxNode];
  let strongest: Trace = { kind: 'constant', flow: [] };
  for (const node of values) {
    const trace = traceValue(node, module, { sink, leading });
    if (STRENGTH.indexOf(trace.kind) > STRENGTH.indexOf(strongest.kind)) strongest = trace;
  }
  return strongest;
}

/** The data-flow verdict on one sink call, as a report descriptor; undefined = not reported. */
export function sinkVerdict(spec: Pick<TaintRuleSpec, 'sinkClass' | 'leading' | 'levels' | 'describe'>, call: SyntaxNode, value: SinkValue, module: ModuleFacts, at: SyntaxNode = call): ReportDescriptor | undefined {
  const trace = traceSinkValue(value, module, spec.sinkClass, spec.leading === true);
  const verdict = spec.levels[sourceKind(trace)];
  if (verdict === 'none') return undefined;
  const what = spec.describe(sourceWords(trace), call, module);
  if (verdict === 'audit') {
    return { node: at, severity: 'low', confidence: 'low', auditOnly: true, message: `${what} (shown by --profile audit)` };
  }
  if (trace.flow.length === 0) return { node: at, ...verdict, message: what };
  const flow = sinkFlow(trace, call);
  return { node: at, ...verdict, message: flowMessage(what, flow), flow };
}

export function taintRule(spec: TaintRuleSpec): Rule {
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
          let value: SinkValue | undefined;
          if (where) value = possibleArgument(node, where.keyword ?? null, where.position) ?? null;
          else if (findSink) value = findSink(node, module);
          if (value === undefined) return;
          if (when && !when(node, module, name, options)) return;
          const safe = safeForm?.(node, module);
          if (safe) {
            context.report({ node: reportAt?.(node) ?? node, severity: 'low', confidence: 'low', auditOnly: true, message: `${safe} (shown by --profile audit)` });
            return;
          }
          const report = sinkVerdict({ sinkClass, leading, levels, describe }, node, value, module, reportAt?.(node) ?? node);
          if (report) context.report(report);
        },
      };
    },
  };
}
