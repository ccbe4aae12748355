// The tracer's one algorithm: an abstract interpretation of each function body, statement by statement, in source
// order. The state is an environment (name → abstract value, see value.ts); an `if` runs both branches from the same
// state and joins them (a branch whose condition folds to a constant is dead), a loop repeats until its state stops
// changing, `return`/`raise`/`abort()` end a path, and checks refine the state on the path they guard. Each function
// is analysed once, with its parameters as symbols, which gives its summary (what its parameters become in its
// return value); a call binds them to the caller's arguments. The value an identifier holds at each use is recorded,
// so a rule's question about any expression is answered by evaluating that expression alone.
//
// Soundness: every limit (steps, loop passes, nesting, expression depth, call chains, recursion) adds an "unknown"
// fact, never removes one, and an analysis cut short by a cycle through functions still in progress is not cached.
import { classOfMethod, methodOf, type SyntaxNode } from '../syntax.js';
import type { ModuleFacts } from '../module.js';
import { parameterName, type Binding } from '../scope.js';
import { argumentList } from '../arguments.js';
import { constantValue, foldString, HOLE, readStringLiteral } from '../literals.js';
import {
  ACCESS_METHODS, BUILDING_METHODS, BUILTIN_SANITISERS, BUILTIN_SINK_CASTS, CHECK_THROUGH_ATTRIBUTES, CHECK_THROUGH_CALLS, CLEAN_CONVERSIONS, MAC_MESSAGE_POSITION, SIGNATURE_CHECKS,
  CLIENT_SET_ENVIRON_KEY, CLOSED_CHOICE_TYPES, CONVERTED_PARAMETER_TYPE, DEPENDENCY_DEFAULT, DICT_CONSTRUCTORS, ENUM_BASES, EXITING_CALL, GUARD_FUNCTION,
  GUARD_METHODS, HANDLER_BASES, INPUT_ATTRIBUTES, INPUT_BUILTINS, INPUT_CALLS, LIST_CONSTRUCTORS, LOOKUPS, MIXED_REQUEST_ATTRIBUTES,
  NETWORK_READ_METHODS, PROPAGATORS, REGEX_MATCHERS, REGEX_METHODS, REQUEST_ATTRIBUTES, REQUEST_METHODS, REQUEST_PROXIES,
  SINK_SANITISERS, STREAM_OPENERS, STREAM_READ_METHODS, STRING_METHODS, UNIVERSAL_SANITISERS, VALIDATING_CASTS,
  WRITER_METHODS, RANK, type SinkClass, type TaintKind,
} from './specs.js';
import {
  CONSTANT_VALUE, EVERY_SINK, concatFlow, containersOf, extendFlow, flowSteps, UNKNOWN_FACT, UNKNOWN_VALUE, dataOf, join, joinAll, literalValue, mapFacts, maskOf,
  factKey, sameValue, sanitise, through, truthiness, type CallSymbol, type Fact, type Literal, type SanitisedMask, type Value,
} from './value.js';
import { convertedRouteParameter, roleOf } from './roles.js';
import { step } from './flow.js';

/** Statements and expressions one function's analysis may visit; past it the function's answers include "unknown". */
const MAX_WALK_STEPS = 200_000;
/** Passes over a loop body before its state is taken as unknown. */
const MAX_LOOP_PASSES = 6;
/** Methods assigning one `self.attr` that are followed; past it the attribute is unknown. */
const MAX_ATTRIBUTE_WRITERS = 8;
/** Nested blocks (real code nests a few; generated or hostile files thousands). */
const MAX_NESTING = 100;
/** Nested expressions evaluated (string concatenations are flattened and do not count). */
const MAX_EXPRESSION_DEPTH = 150;
/** Functions whose analyses are in progress at once (a call chain through summaries). */
const MAX_CHAIN = 24;

/** What one function's analysis found. */
interface FunctionAnalysis {
  readonly owner: SyntaxNode;
  /** Identifier (and `obj.attr` path) node id → the value it holds there, over every path that reaches it. */
  readonly uses: Map<number, Value>;
  /** Binding target id → the value bound. */
  readonly assigned: Map<number, Value>;
  /** What the function returns (or yields); its parameters as symbols. */
  returns: Value;
  /** Blocks never run: their condition folds to false, or they follow a return. */
  readonly dead: SyntaxNode[];
  /** False when a limit stopped the analysis: its answers then include "unknown". */
  complete: boolean;
}

/** The work done so far for a module: tests bound it, instead of timing. */
export interface TraceWork {
  analyses: number;
  statements: number;
  expressions: number;
  /** Call symbols met while resolving a question's value (each then costs a lookup per result of its call). */
  resolutions: number;
}

/** Name (or `obj.attr` path) → value on one path. Copy-on-write: a branch's copy costs nothing until changed. */
class Env {
  constructor(private map: Map<string, Value> = new Map(), private shared = false, private paths = false) {}

  /** Some `obj.attr` is bound: assigning `obj` must forget it. */
  get hasPaths(): boolean { return this.paths; }

  get size(): number { return this.map.size; }
  get(name: string): Value | undefined { return this.map.get(name); }
  has(name: string): boolean { return this.map.has(name); }
  keys(): IterableIterator<string> { return this.map.keys(); }
  [Symbol.iterator](): IterableIterator<[string, Value]> { return this.map[Symbol.iterator](); }

  set(name: string, value: Value): void {
    this.own();
    if (name.includes('.')) this.paths = true;
    this.map.set(name, value);
  }

  delete(name: string): void {
    if (!this.map.has(name)) return;
    this.own();
    this.map.delete(name);
  }

  clone(): Env {
    this.shared = true;
    return new Env(this.map, true, this.paths);
  }

  private own(): void {
    if (!this.shared) return;
    this.map = new Map(this.map);
    this.shared = false;
  }
}

interface LoopExits {
  breaks: Env[];
  continues: Env[];
}

/** The explicit state of one forward pass. */
interface Walk {
  readonly analysis: FunctionAnalysis;
  /** Owners of the analyses in progress, outermost first; this one last. */
  readonly chain: readonly number[];
  readonly loops: LoopExits[];
  /** Names declared `global`: read from the module. */
  readonly globals: Set<string>;
  steps: number;
  nesting: number;
  /** The outermost position in `chain` this analysis depended on while it was still in progress. */
  cut: number;
}

/** How an expression's names are read: from the pass's live environment, or from what the pass recorded. */
interface Reader {
  readonly owner: SyntaxNode;
  readonly chain: readonly number[];
  readonly walk?: Walk;
  readonly env?: Env;
  /** After the pass: what it recorded. */
  readonly analysis?: FunctionAnalysis;
  /** Names bound inside the expression: comprehension variables, refined names in `x if x in A else y`. */
  readonly overlay?: ReadonlyMap<string, Value>;
  /** Evaluating a module-level binding for a function: module names are read flow-insensitively. */
  readonly globals?: GlobalEvaluation;
}

/** The module-level bindings being evaluated (a cycle answers unknown, and what depends on it is not cached). */
interface GlobalEvaluation {
  readonly inProgress: Set<number>;
  cycle: boolean;
}

class OutOfSteps extends Error {}

/** Methods that reorder or read a container without bringing in anything new. */
const KEEPS_CONTENTS = new Set(['sort', 'reverse', 'copy', 'count', 'index', 'get', 'keys', 'values', 'items', 'sections', 'options', 'has_option', 'has_section']);
/** Last segments of the input sources' names: most attributes and calls are none, and skip resolving their names. */
const INPUT_ATTRIBUTE_NAMES = new Set(Object.keys(INPUT_ATTRIBUTES).map(lastSegment));
const INPUT_CALL_NAMES = new Set([...Object.keys(INPUT_CALLS), ...Object.keys(INPUT_BUILTINS)].map(lastSegment));

function lastSegment(name: string): string {
  return name.slice(name.lastIndexOf('.') + 1);
}

/** Calls the specs describe: they do not change the containers they are given. */
const KNOWN_CALLS: readonly ReadonlySet<string>[] = [UNIVERSAL_SANITISERS, CLEAN_CONVERSIONS, LOOKUPS, PROPAGATORS, LIST_CONSTRUCTORS, DICT_CONSTRUCTORS, new Set(Object.values(SINK_SANITISERS).flat())];
const COMPOUND_STATEMENTS = new Set(['if_statement', 'while_statement', 'for_statement', 'try_statement', 'with_statement', 'decorated_definition', 'function_definition', 'class_definition', 'match_statement']);
const COMPREHENSIONS = new Set(['list_comprehension', 'set_comprehension', 'generator_expression', 'dictionary_comprehension']);
const SEQUENCE_PATTERNS = new Set(['pattern_list', 'tuple_pattern', 'list_pattern', 'tuple', 'list', 'expression_list']);

export class Tracer {
  private readonly analyses = new Map<number, FunctionAnalysis>();
  /**
   * Analyses cut short by a cycle back to `head` (at position `cut` of the chain): reused while that head is still
   * in progress, so a cycle costs one analysis per function, never one per call site. Never the final answer.
   */
  private readonly provisional = new Map<number, { analysis: FunctionAnalysis; cut: number; head: number }>();
  /** What each function returns (its parameters as symbols), calls in it resolved. */
  private readonly summaries = new Map<number, Value>();
  private readonly provisionalSummaries = new Map<number, { value: Value; cut: number; head: number }>();
  /** Call symbols by call site and argument fingerprint, and what each resolves to. */
  private readonly callSymbols = new Map<string, CallSymbol>();
  private readonly resolvedCalls = new Map<number, readonly Fact[]>();
  /** Module-level bindings' values, as a function running later may see them (any order). */
  private readonly globalValues = new Map<number, Value>();
  /** Per class id: the `self.attr = …` targets of its methods (`instanceAssignments`). */
  private readonly classAttributes = new Map<number, ReadonlyMap<string, readonly { method: SyntaxNode; target: SyntaxNode }[]>>();
  /** Per class id: the handler base it is built on (`HANDLER_BASES`), null for none. */
  private readonly handlerBases = new Map<number, (typeof HANDLER_BASES)[number] | null>();
  readonly work: TraceWork = { analyses: 0, statements: 0, expressions: 0, resolutions: 0 };

  constructor(readonly module: ModuleFacts) {}

  // --- questions ------------------------------------------------------------------------------------------------

  /** The value of `node` where it is, parameters of its function still symbols. */
  valueAt(node: SyntaxNode): Value {
    const owner = this.module.functionAt(node) ?? this.module.root;
    const { analysis } = this.analysisOf(owner, []);
    if (!analysis) return UNKNOWN_VALUE;
    if (analysis.dead.some((block) => contains(block, node))) return CONSTANT_VALUE;
    const value = this.evaluate(node, { owner, chain: [], analysis }, 0);
    return analysis.complete ? value : join(value, UNKNOWN_VALUE);
  }

  /** The value with every parameter symbol replaced by what the parameter holds in its function (its role). */
  resolveParameters(value: Value): Value {
    return mapFacts(value, (fact) => (fact.parameter ? compose(this.parameterSource(fact.parameter.owner, fact.parameter.name), fact) : fact));
  }

  /** The trace a rule sees: the strongest fact for its sink. */
  verdict(value: Value, sink: SinkClass | undefined, leading: boolean): { kind: TaintKind; flow: string[]; origin?: string } {
    let best: { kind: TaintKind; fact?: Fact } = { kind: 'constant' };
    for (const fact of value.facts) {
      if (leading && fact.tail) continue;
      const bit = sink ? maskOf([sink]) : ANY_GENERAL_SINK;
      const kind: TaintKind = (fact.sanitised & bit) !== 0 ? 'sanitised' : fact.kind;
      if (RANK[kind] > RANK[best.kind]) best = { kind, fact };
    }
    const fact = best.fact;
    return { kind: best.kind, flow: fact ? flowSteps(fact.flow) : [], ...(fact?.origin && best.kind !== 'sanitised' ? { origin: fact.origin } : {}) };
  }

  /** The function, method or class of this module a call runs, if it is one. */
  calleeOf(call: SyntaxNode): SyntaxNode | undefined {
    const callee = call.childForFieldName('function');
    const owner = this.module.functionAt(call) ?? this.module.root;
    const { analysis } = this.analysisOf(owner, []);
    return callee && analysis ? this.localCallable(callee, { owner, chain: [], analysis }, 0)?.node : undefined;
  }

  isRequestObject(node: SyntaxNode): boolean {
    return !!this.valueAt(node).requestObject;
  }

  /** The analysis of a function, lambda or the module, computed once (unless a cycle cut it short). */
  analysisOf(owner: SyntaxNode, chain: readonly number[]): { analysis?: FunctionAnalysis; cut: number } {
    const known = this.analyses.get(owner.id);
    if (known) return { analysis: known, cut: Infinity };
    const pending = this.provisional.get(owner.id);
    if (pending && chain[pending.cut] === pending.head) return { analysis: pending.analysis, cut: pending.cut };
    const position = chain.indexOf(owner.id);
    if (position >= 0) return { cut: position };
    if (chain.length >= MAX_CHAIN) return { cut: -1 };
    const analysis: FunctionAnalysis = { owner, uses: new Map(), assigned: new Map(), returns: CONSTANT_VALUE, dead: [], complete: true };
    const walk: Walk = { analysis, chain: [...chain, owner.id], loops: [], globals: new Set(), steps: 0, nesting: 0, cut: Infinity };
    this.work.analyses++;
    try {
      this.walkOwner(owner, walk);
    } catch (error) {
      if (!(error instanceof OutOfSteps)) throw error;
      analysis.complete = false;
    }
    if (!analysis.complete) analysis.returns = join(analysis.returns, UNKNOWN_VALUE);
    // Cached only when nothing still in progress below it was cut short: answers never depend on the question order.
    if (walk.cut >= chain.length) this.analyses.set(owner.id, analysis);
    else if (walk.cut >= 0) this.provisional.set(owner.id, { analysis, cut: walk.cut, head: chain[walk.cut] });
    return { analysis, cut: walk.cut };
  }

  private walkOwner(owner: SyntaxNode, walk: Walk): void {
    const env = new Env();
    if (owner.type === 'function_definition' || owner.type === 'lambda') {
      const role = roleOf(owner);
      for (const parameter of owner.childForFieldName('parameters')?.namedChildren ?? []) {
        const name = parameterName(parameter)?.text;
        if (!name) continue;
        const symbol: Fact = { kind: 'parameter', flow: null, sanitised: 0, tail: false, parameter: { owner, name } };
        env.set(name, role.requestObjects.has(name) ? { facts: [UNKNOWN_FACT], requestObject: 'request' } : { facts: [symbol] });
      }
    }
    if (owner.type === 'lambda') {
      const body = owner.childForFieldName('body');
      if (body) {
        this.record(body, env, walk);
        walk.analysis.returns = this.evaluate(body, this.forward(walk, env), 0);
      }
      return;
    }
    const body = owner.type === 'function_definition' ? owner.childForFieldName('body') : owner;
    this.execBlock(body, env, walk);
  }

  // --- statements -----------------------------------------------------------------------------------------------

  private forward(walk: Walk, env: Env): Reader {
    return { owner: walk.analysis.owner, chain: walk.chain, walk, env };
  }

  private tick(walk: Walk): void {
    this.work.statements++;
    if (++walk.steps > MAX_WALK_STEPS) throw new OutOfSteps();
    this.module.deadline.check(); // the steps bound one function; a file of many functions needs the file's deadline too
  }

  /** Runs a block from `env` (which it may change); null when no path falls through its end. */
  private execBlock(block: SyntaxNode | null | undefined, env: Env, walk: Walk): Env | null {
    if (!block) return env;
    if (walk.nesting >= MAX_NESTING) {
      // Too deep to follow: what the block assigns becomes unknown, and the analysis is marked incomplete.
      walk.analysis.complete = false;
      for (const identifier of block.descendantsOfType('identifier')) if (env.has(identifier.text)) env.set(identifier.text, join(env.get(identifier.text)!, UNKNOWN_VALUE));
      return env;
    }
    walk.nesting++;
    try {
      let current: Env | null = env;
      for (const statement of block.namedChildren) {
        if (!current) {
          if (statement.type !== 'comment') walk.analysis.dead.push(statement);
          continue;
        }
        current = this.execStatement(statement, current, walk);
      }
      return current;
    } finally {
      walk.nesting--;
    }
  }

  private execStatement(statement: SyntaxNode, env: Env, walk: Walk): Env | null {
    this.tick(walk);
    // Names read by a simple statement are recorded whole; a compound statement's body is recorded as it runs.
    if (!COMPOUND_STATEMENTS.has(statement.type)) this.record(statement, env, walk);
    else for (const header of this.headers(statement)) this.record(header, env, walk);
    switch (statement.type) {
      case 'expression_statement': {
        for (const expression of statement.namedChildren) this.execExpression(expression, env, walk);
        // `abort(403)`, `sys.exit(1)`, `self.fail(...)`: the path ends here.
        const call = statement.firstNamedChild;
        return call?.type === 'call' && EXITING_CALL.test(call.childForFieldName('function')?.text ?? '') ? null : env;
      }
      case 'return_statement': {
        const value = statement.firstNamedChild;
        walk.analysis.returns = join(walk.analysis.returns, value ? this.evaluate(value, this.forward(walk, env), 0) : literalValue(null));
        return null;
      }
      case 'raise_statement':
        return null;
      case 'break_statement':
        walk.loops.at(-1)?.breaks.push(env);
        return null;
      case 'continue_statement':
        walk.loops.at(-1)?.continues.push(env);
        return null;
      case 'if_statement':
        return this.execIf(statement, env, walk);
      case 'while_statement':
      case 'for_statement':
        return this.execLoop(statement, env, walk);
      case 'try_statement':
        return this.execTry(statement, env, walk);
      case 'with_statement': {
        for (const item of statement.descendantsOfType('with_item')) {
          const value = item.childForFieldName('value');
          if (!value) continue;
          if (value.type === 'as_pattern') {
            const target = value.childForFieldName('alias')?.firstNamedChild;
            const expression = value.firstNamedChild;
            if (target && expression) this.bindTarget(target, this.evaluate(expression, this.forward(walk, env), 0), env, walk);
          } else {
            this.execExpression(value, env, walk);
          }
        }
        return this.execBlock(statement.childForFieldName('body'), env, walk);
      }
      case 'decorated_definition': {
        const definition = statement.childForFieldName('definition');
        return definition ? this.execStatement(definition, env, walk) : env;
      }
      case 'function_definition':
      case 'class_definition': {
        // Defaults and base classes are evaluated here; the body runs later (functions) or is not followed (classes).
        const name = statement.childForFieldName('name');
        if (name) this.bindName(name.text, name, { facts: [UNKNOWN_FACT], callable: statement }, env, walk, false);
        return env;
      }
      case 'match_statement': {
        const subject = statement.childForFieldName('subject');
        const outs: Env[] = [env];
        for (const clause of statement.childForFieldName('body')?.namedChildren ?? []) {
          if (clause.type !== 'case_clause') continue;
          const branch = env.clone();
          // Capture patterns bind parts of the subject: unknown structure, the subject's data.
          const captured = subject ? dataOf(this.evaluate(subject, this.forward(walk, env), 0)) : UNKNOWN_VALUE;
          for (const pattern of clause.namedChildren.filter((child) => child.type === 'case_pattern')) {
            for (const identifier of pattern.descendantsOfType('identifier')) this.bindName(identifier.text, identifier, join(captured, UNKNOWN_VALUE), branch, walk, true);
          }
          const out = this.execBlock(clause.childForFieldName('consequence'), branch, walk);
          if (out) outs.push(out);
        }
        return joinEnvs(outs);
      }
      case 'assert_statement': {
        const condition = statement.firstNamedChild;
        if (condition) this.refine(env, condition, true);
        return env;
      }
      case 'global_statement':
      case 'nonlocal_statement':
        for (const identifier of statement.namedChildren) {
          walk.globals.add(identifier.text);
          env.delete(identifier.text);
        }
        return env;
      default:
        return env;
    }
  }

  /** An expression used as a statement: assignments, and calls that change a container or end the path. */
  private execExpression(expression: SyntaxNode, env: Env, walk: Walk): void {
    const reader = this.forward(walk, env);
    switch (expression.type) {
      case 'assignment': {
        const right = expression.childForFieldName('right');
        const left = expression.childForFieldName('left');
        if (!right || !left) return;
        // `a = b = value`: bind the innermost first, then each target with the same value.
        let value: Value;
        if (right.type === 'assignment') {
          this.execExpression(right, env, walk);
          let innermost: SyntaxNode = right;
          // An error-recovered `a = b =` may have no right side: stop there rather than loop on it.
          for (let next = innermost.childForFieldName('right'); innermost.type === 'assignment' && next; next = innermost.childForFieldName('right')) innermost = next;
          value = this.evaluate(innermost, reader, 0);
        } else {
          value = this.evaluate(right, reader, 0);
          this.applyEffects(right, env, walk);
        }
        this.bindTarget(left, value, env, walk);
        return;
      }
      case 'augmented_assignment': {
        const left = expression.childForFieldName('left');
        const right = expression.childForFieldName('right');
        if (!left || !right) return;
        const operator = expression.childForFieldName('operator')?.type ?? '';
        const old = this.evaluate(left, reader, 0);
        const added = this.evaluate(right, reader, 0);
        // `+=` keeps both; `|=`, `-=`… on numbers and sets: the data of both, no literal.
        const literal = operator === '+=' && typeof old.literal === typeof added.literal && old.literal !== undefined && added.literal !== undefined && typeof old.literal !== 'boolean' && old.literal !== null
          ? (old.literal as string) + (added.literal as string) : undefined;
        const items = operator === '+=' && old.items && added.items ? [...old.items, ...added.items] : undefined;
        const value: Value = { ...dataOf(join(dataOf(old), dataOf(added))), ...(literal !== undefined ? { literal: literal as Literal } : {}), ...(items ? { items } : {}) };
        this.bindTarget(left, value, env, walk);
        return;
      }
      default:
        // The value is dropped: only what it binds (`:=`) or yields matters here, and the calls' effects.
        if (/:=|\byield\b/.test(expression.text)) this.evaluate(expression, reader, 0);
        this.applyEffects(expression, env, walk);
    }
  }

  /** Calls that change a local container or object: `lst.append(x)`, `lst.pop(0)`, `conf.set("s", "k", v)`, `buf.write(x)`. */
  private applyEffects(expression: SyntaxNode, env: Env, walk: Walk): void {
    if (expression.type !== 'call') return;
    this.escapeArguments(expression, env, walk);
    const callee = expression.childForFieldName('function');
    if (callee?.type !== 'attribute') return;
    const receiver = callee.childForFieldName('object');
    const method = callee.childForFieldName('attribute')?.text ?? '';
    const key = receiver ? pathOf(receiver) : undefined;
    if (!receiver || !key || !env.has(key)) return;
    const reader = this.forward(walk, env);
    const current = env.get(key)!;
    const args = argumentList(expression).map((arg) => this.evaluate(arg, reader, 0));
    const positional = argumentList(expression).filter((arg) => arg.type !== 'keyword_argument').length === args.length;
    const literalArg = (index: number) => args[index]?.literal;
    let next: Value | undefined;
    if (current.items && positional) {
      const items = [...current.items];
      const index = (position: Literal | undefined, length: number) => (typeof position === 'number' && Number.isInteger(position) ? (position < 0 ? position + length : position) : undefined);
      switch (method) {
        case 'append': next = args.length === 1 ? { ...current, facts: join(current, args[0]).facts, items: [...items, args[0]] } : undefined; break;
        case 'appendleft': next = args.length === 1 ? { ...current, facts: join(current, args[0]).facts, items: [args[0], ...items] } : undefined; break;
        case 'extend': next = args.length === 1 && args[0].items ? { ...current, facts: join(current, args[0]).facts, items: [...items, ...args[0].items] } : undefined; break;
        case 'insert': {
          const at = index(literalArg(0), items.length);
          if (args.length === 2 && at !== undefined) {
            items.splice(Math.max(0, Math.min(at, items.length)), 0, args[1]);
            next = { ...current, facts: join(current, args[1]).facts, items };
          }
          break;
        }
        case 'pop': case 'popleft': {
          const at = method === 'popleft' ? 0 : args.length === 0 ? items.length - 1 : index(literalArg(0), items.length);
          if (at !== undefined && at >= 0 && at < items.length) {
            items.splice(at, 1);
            next = { ...current, items };
          }
          break;
        }
        case 'remove': {
          const wanted = literalArg(0);
          // The first element equal to the constant goes; an element not known before it could be the one.
          const at = items.findIndex((item) => item.literal === undefined || item.literal === wanted);
          if (wanted !== undefined && at >= 0 && items[at].literal === wanted) {
            items.splice(at, 1);
            next = { ...current, items };
          }
          break;
        }
        case 'reverse': next = { ...current, items: items.reverse() }; break;
        case 'clear': next = { facts: [], items: [] }; break;
        case 'copy': case 'count': case 'index': return;
        default: break;
      }
    } else if (current.entries && positional) {
      const entries = new Map(current.entries);
      const text = (literal: Literal | undefined) => (typeof literal === 'string' || typeof literal === 'number' ? String(literal) : undefined);
      switch (method) {
        case 'set': case 'add_section': case 'setdefault': case '__setitem__': {
          // ConfigParser: `set(section, option, value)` and `add_section(section)`; dict: `setdefault(key, value)`.
          if (method === 'add_section') {
            const section = text(literalArg(0));
            if (section !== undefined) { if (!entries.has(section)) entries.set(section, { facts: [], entries: new Map() }); next = { ...current, entries }; }
          } else if (method === 'set' && args.length === 3) {
            const section = text(literalArg(0));
            const option = text(literalArg(1));
            const inner = section !== undefined ? entries.get(section) : undefined;
            if (section !== undefined && option !== undefined && inner?.entries) {
              entries.set(section, { ...inner, facts: join(inner, args[2]).facts, entries: new Map(inner.entries).set(option, args[2]) });
              next = { ...current, facts: join(current, args[2]).facts, entries };
            }
          } else if (args.length === 2) {
            const name = text(literalArg(0));
            if (name !== undefined) {
              if (method !== 'setdefault' || !entries.has(name)) entries.set(name, args[1]);
              next = { ...current, facts: join(current, args[1]).facts, entries };
            }
          }
          break;
        }
        case 'pop': {
          const name = text(literalArg(0));
          if (name !== undefined) { entries.delete(name); next = { ...current, entries }; }
          break;
        }
        case 'update':
          if (args.length === 1 && args[0].entries) {
            for (const [name, value] of args[0].entries) entries.set(name, value);
            next = { ...current, facts: join(current, args[0]).facts, entries };
          }
          break;
        case 'clear': next = { facts: [], entries: new Map() }; break;
        case 'get': case 'getint': case 'getfloat': case 'getboolean': case 'has_option': case 'has_section': case 'sections':
        case 'options': case 'items': case 'keys': case 'values': case 'copy':
          return;
        default: break;
      }
    } else if (!WRITER_METHODS.has(method)) {
      return;
    }
    // Any other change: the receiver keeps what it had and what was passed in, its structure no longer known; an
    // unknown method on a known container (`conf.read(path)`) may fill it from elsewhere.
    if (!next && (current.items || current.entries) && !WRITER_METHODS.has(method) && !KEEPS_CONTENTS.has(method)) next = joinAll([UNKNOWN_VALUE, dataOf(current), ...args.map(dataOf)]);
    next ??= WRITER_METHODS.has(method) || current.items || current.entries ? { ...dataOf(joinAll([current, ...args.map(dataOf)])) } : undefined;
    if (next) this.mutate(key, receiver, next, env, walk);
  }

  /** A container changed in place: every name bound to the same container (`n = m`) sees the change. */
  private mutate(key: string, target: SyntaxNode, next: Value, env: Env, walk: Walk): void {
    const old = env.get(key);
    const containers = old ? containersOf(old) : [];
    if (containers.length > 0) {
      // The changed value stays the same container(s): later changes reach the names that share it too.
      next = { ...next, sharing: containers };
      for (const [other, value] of env) {
        if (other === key) continue;
        const theirs = containersOf(value);
        if (!theirs.some((container) => containers.includes(container))) continue;
        // Surely the same container: it changed. Maybe the same (a join of paths): it may have changed.
        const same = theirs.length === 1 && containers.length === 1;
        env.set(other, same ? next : { ...join(value, next), sharing: [...new Set([...theirs, ...containers])] });
      }
    }
    this.bindName(key, target, next, env, walk, true);
  }

  /** A container passed to code not followed (`fill(lst)`) may come back changed: its contents become unknown too. */
  private escapeArguments(call: SyntaxNode, env: Env, walk: Walk): void {
    const containers: { key: string; arg: SyntaxNode; value: Value }[] = [];
    for (const arg of argumentList(call)) {
      const key = pathOf(arg.type === 'keyword_argument' ? arg.childForFieldName('value') ?? arg : arg);
      const value = key ? env.get(key) : undefined;
      if (key && value && (value.items || value.entries)) containers.push({ key, arg, value });
    }
    if (containers.length === 0) return;
    const name = this.module.callName(call) ?? '';
    const method = this.module.calleeAttribute(call) ?? '';
    if (KNOWN_CALLS.some((table) => table.has(name)) || CLEAN_CONVERSIONS.has(`.${method}`) || LOOKUPS.has(`.${method}`) || (this.module.isBuiltin(name) && name !== 'exec' && name !== 'eval')) return;
    if (call.childForFieldName('function')?.type === 'attribute' && (WRITER_METHODS.has(method) || KEEPS_CONTENTS.has(method) || STRING_METHODS.has(method))) return;
    for (const { key, arg, value } of containers) this.mutate(key, arg, joinAll([UNKNOWN_VALUE, dataOf(value)]), env, walk);
  }

  private execIf(statement: SyntaxNode, env: Env, walk: Walk): Env | null {
    const clauses: { condition?: SyntaxNode; body?: SyntaxNode | null }[] = [
      { condition: statement.childForFieldName('condition') ?? undefined, body: statement.childForFieldName('consequence') },
      ...statement.childrenForFieldName('alternative').map((clause) => clause.type === 'elif_clause'
        ? { condition: clause.childForFieldName('condition') ?? undefined, body: clause.childForFieldName('consequence') }
        : { body: clause.childForFieldName('body') }),
    ];
    const outs: Env[] = [];
    let rest: Env | null = env;
    for (const clause of clauses) {
      if (!rest) {
        if (clause.body) walk.analysis.dead.push(clause.body);
        continue;
      }
      if (!clause.condition) {
        const out = this.execBlock(clause.body, rest, walk);
        if (out) outs.push(out);
        rest = null;
        continue;
      }
      this.record(clause.condition, rest, walk);
      const truth = truthiness(this.evaluate(clause.condition, this.forward(walk, rest), 0));
      this.applyEffects(clause.condition, rest, walk);
      if (truth === false) {
        if (clause.body) walk.analysis.dead.push(clause.body);
        continue;
      }
      const branch = this.refine(rest.clone(), clause.condition, true);
      const out = this.execBlock(clause.body, branch, walk);
      if (out) outs.push(out);
      rest = truth === true ? null : this.refine(rest, clause.condition, false);
    }
    if (rest) outs.push(rest);
    return joinEnvs(outs);
  }

  private execLoop(statement: SyntaxNode, env: Env, walk: Walk): Env | null {
    const isWhile = statement.type === 'while_statement';
    const condition = isWhile ? statement.childForFieldName('condition') : null;
    const target = isWhile ? null : statement.childForFieldName('left');
    const iterable = isWhile ? null : statement.childForFieldName('right');
    const body = statement.childForFieldName('body');
    const otherwise = statement.childForFieldName('alternative');
    let element: Value = CONSTANT_VALUE;
    if (iterable) {
      element = elementOf(this.evaluate(iterable, this.forward(walk, env), 0));
    }
    let head: Env = env;
    let always = false;
    const breaks: Env[] = [];
    for (let pass = 0; ; pass++) {
      let entry: Env | null = head.clone();
      if (condition) {
        this.record(condition, entry, walk);
        const truth = truthiness(this.evaluate(condition, this.forward(walk, entry), 0));
        if (truth === false) {
          if (body && pass === 0) walk.analysis.dead.push(body);
          entry = null;
        } else {
          always = truth === true;
          entry = this.refine(entry, condition, true);
        }
      }
      if (!entry) break;
      if (target) this.bindTarget(target, element, entry, walk);
      const exits: LoopExits = { breaks: [], continues: [] };
      walk.loops.push(exits);
      let out: Env | null;
      try {
        out = this.execBlock(body, entry, walk);
      } finally {
        walk.loops.pop();
      }
      breaks.push(...exits.breaks);
      const next = joinEnvs([head, ...(out ? [out] : []), ...exits.continues])!;
      if (sameEnv(next, head)) break;
      head = next;
      if (pass + 1 >= MAX_LOOP_PASSES) {
        // Still changing: what changed is taken as unknown too, and the answers here are not complete.
        walk.analysis.complete = false;
        break;
      }
    }
    // `while True:` leaves only by `break`, but the code after it is still analysed from the loop's state: an exception
    // caught around the loop, or a generator closed early, gets there too.
    let exit: Env | null = always ? head.clone() : condition ? this.refine(head.clone(), condition, false) : head.clone();
    if (exit && otherwise) exit = this.execBlock(otherwise, exit, walk);
    return joinEnvs([...(exit ? [exit] : []), ...breaks]);
  }

  private execTry(statement: SyntaxNode, env: Env, walk: Walk): Env | null {
    const before = env.clone();
    const body = statement.childForFieldName('body');
    let out = this.execBlock(body, env, walk);
    // A handler may start after any statement of the body: the state before it, plus every value the body bound.
    const handlerEntry = before.clone();
    if (body) {
      for (const [name, value] of this.boundIn(body, walk)) handlerEntry.set(name, handlerEntry.has(name) ? join(handlerEntry.get(name)!, value) : value);
    }
    const outs: Env[] = [];
    let everyHandlerExits = true;
    let handlers = 0;
    for (const clause of statement.namedChildren) {
      if (clause.type !== 'except_clause' && clause.type !== 'except_group_clause') continue;
      handlers++;
      const branch = handlerEntry.clone();
      const alias = clause.descendantsOfType('as_pattern_target')[0]?.firstNamedChild;
      if (alias?.type === 'identifier') this.bindName(alias.text, alias, UNKNOWN_VALUE, branch, walk, true);
      const block = clause.namedChildren.filter((child) => child.type === 'block').at(-1);
      const handled = this.execBlock(block, branch, walk);
      if (handled) {
        outs.push(handled);
        everyHandlerExits = false;
      }
    }
    const otherwise = statement.namedChildren.find((child) => child.type === 'else_clause');
    if (out && handlers > 0 && everyHandlerExits && body) out = this.refineValidatedCasts(body, out);
    if (out && otherwise) out = this.execBlock(otherwise.childForFieldName('body'), out, walk);
    if (out) outs.push(out);
    const merged = joinEnvs(outs);
    const cleanup = statement.namedChildren.find((child) => child.type === 'finally_clause');
    if (!cleanup) return merged;
    const block = cleanup.namedChildren.find((child) => child.type === 'block');
    const after = this.execBlock(block, merged ?? handlerEntry.clone(), walk);
    return merged ? after : null;
  }

  /** The names a block bound, with every value each took (for handlers that start part-way through it). */
  private boundIn(block: SyntaxNode, walk: Walk): Map<string, Value> {
    const bound = new Map<string, Value>();
    const scope = this.module.scopeFor(walk.analysis.owner);
    for (const [name, bindings] of scope.bindings) {
      for (const binding of bindings) {
        if (!contains(block, binding.target)) continue;
        const value = walk.analysis.assigned.get(binding.target.id);
        if (value) bound.set(name, bound.has(name) ? join(bound.get(name)!, value) : value);
      }
    }
    return bound;
  }

  /** `try: int(x) except ValueError: return`: after the statement, x is known to be a number. */
  private refineValidatedCasts(body: SyntaxNode, env: Env): Env {
    for (const statement of body.namedChildren) {
      const expression = statement.type === 'expression_statement' ? statement.firstNamedChild : null;
      const call = expression?.type === 'assignment' ? expression.childForFieldName('right') : expression;
      if (call?.type !== 'call' || !VALIDATING_CASTS.has(this.module.callName(call) ?? '')) continue;
      const subject = argumentList(call)[0];
      if (subject?.type === 'identifier' && env.has(subject.text)) env.set(subject.text, sanitise(env.get(subject.text)!, EVERY_SINK));
    }
    return env;
  }

  // --- bindings -------------------------------------------------------------------------------------------------

  private bindTarget(target: SyntaxNode, value: Value, env: Env, walk: Walk): void {
    if (target.type === 'identifier') {
      this.bindName(target.text, target, value.facts.length > 0 ? through(value, step(target.text, target)) : value, env, walk, false);
      return;
    }
    if (SEQUENCE_PATTERNS.has(target.type)) {
      const items = target.namedChildren;
      const exact = value.items && value.items.length === items.length && !items.some((item) => item.type === 'list_splat_pattern');
      items.forEach((item, index) => this.bindTarget(item.type === 'list_splat_pattern' ? item.firstNamedChild ?? item : item, exact ? value.items![index] : elementOf(value), env, walk));
      return;
    }
    if (target.type === 'parenthesized_expression' && target.firstNamedChild) {
      this.bindTarget(target.firstNamedChild, value, env, walk);
      return;
    }
    if (target.type === 'attribute') {
      const path = pathOf(target);
      if (path) this.bindName(path, target, through(value, step(path, target)), env, walk, false);
      return;
    }
    if (target.type === 'subscript') {
      // `m["a"] = v`: the element of a known container, or the container's data grows.
      const container = target.childForFieldName('value');
      const key = target.childForFieldName('subscript');
      const path = container ? pathOf(container) : undefined;
      if (!container || !path || !key) return;
      const reader = this.forward(walk, env);
      const current = this.evaluate(container, reader, 0);
      const index = this.evaluate(key, reader, 0).literal;
      let next: Value;
      if (current.entries && (typeof index === 'string' || typeof index === 'number')) {
        next = { ...current, facts: join(current, value).facts, entries: new Map(current.entries).set(String(index), value) };
      } else if (current.items && typeof index === 'number' && Number.isInteger(index) && Math.abs(index) <= current.items.length - (index < 0 ? 0 : 1)) {
        const items = [...current.items];
        items[index < 0 ? index + items.length : index] = value;
        next = { ...current, facts: joinAll(items).facts, items };
      } else {
        next = dataOf(join(dataOf(current), dataOf(value)));
      }
      if (env.has(path) || this.isLocal(path, walk)) this.mutate(path, container, next, env, walk);
    }
  }

  /** `name` (or `obj.attr`) now holds `value`; assigning a name forgets what was known of its attributes. */
  private bindName(name: string, target: SyntaxNode, value: Value, env: Env, walk: Walk, update: boolean): void {
    if (!update && !name.includes('.')) {
      const prefix = `${name}.`;
      if (env.hasPaths) for (const key of env.keys()) if (key.startsWith(prefix)) env.delete(key);
    }
    env.set(name, value);
    if (!update) {
      const old = walk.analysis.assigned.get(target.id);
      walk.analysis.assigned.set(target.id, old ? join(old, value) : value);
    }
  }

  private isLocal(path: string, walk: Walk): boolean {
    const name = path.split('.')[0];
    return this.module.scopeFor(walk.analysis.owner).bindings.has(name) && !walk.globals.has(name);
  }

  /** Records, for every name (and `obj.attr` path) read in `node`, the value it holds on this path. */
  private record(node: SyntaxNode, env: Env, walk: Walk): void {
    const uses = walk.analysis.uses;
    const note = (id: number, value: Value) => {
      const old = uses.get(id);
      uses.set(id, old && old !== value ? join(old, value) : value);
    };
    const identifiers = node.type === 'identifier' ? [node] : node.descendantsOfType('identifier');
    for (const identifier of identifiers) {
      const value = env.get(identifier.text);
      if (value) note(identifier.id, value);
    }
    if (!env.hasPaths) return;
    for (const attribute of node.descendantsOfType('attribute')) {
      const path = pathOf(attribute);
      const value = path ? env.get(path) : undefined;
      if (value) note(attribute.id, value);
    }
  }

  /** The parts of a compound statement evaluated before its body: decorators, defaults, bases, with items, subject. */
  private headers(statement: SyntaxNode): SyntaxNode[] {
    switch (statement.type) {
      case 'decorated_definition': return statement.namedChildren.filter((child) => child.type === 'decorator');
      case 'function_definition': return [statement.childForFieldName('parameters')].filter((node): node is SyntaxNode => !!node);
      case 'class_definition': return [statement.childForFieldName('superclasses')].filter((node): node is SyntaxNode => !!node);
      case 'with_statement': return statement.descendantsOfType('with_item').map((item) => item.childForFieldName('value')).filter((node): node is SyntaxNode => !!node);
      case 'match_statement': return [statement.childForFieldName('subject')].filter((node): node is SyntaxNode => !!node);
      case 'for_statement': return [statement.childForFieldName('right')].filter((node): node is SyntaxNode => !!node);
      default: return []; // if/while conditions are recorded with the state each clause or pass sees
    }
  }

  // --- guards ---------------------------------------------------------------------------------------------------

  /** The state where `condition` is `positive`: names it restricts to known values are safe there. */
  private refine(env: Env, condition: SyntaxNode, positive: boolean): Env {
    for (const name of this.guards(condition, positive, 0)) {
      const value = env.get(name);
      if (value) env.set(name, sanitise(value, EVERY_SINK));
    }
    for (const name of this.hostlessChecks(condition, positive, 0)) {
      const value = env.get(name);
      if (value) env.set(name, sanitise(value, HOST_SINKS));
    }
    return env;
  }

  /**
   * Names a condition proves to hold no host where it is `positive`: `if parsed.netloc or parsed.scheme: url = "/"`
   * leaves a URL with an empty netloc (a path on this site), like `parsed.netloc == ""` does. Safe only where the host
   * is the danger (a redirect, a fetch): the text is still the client's for every other sink.
   */
  private hostlessChecks(condition: SyntaxNode, positive: boolean, depth: number): string[] {
    if (depth > 4) return [];
    switch (condition.type) {
      case 'parenthesized_expression':
        return condition.firstNamedChild ? this.hostlessChecks(condition.firstNamedChild, positive, depth + 1) : [];
      case 'not_operator': {
        const operand = condition.childForFieldName('argument') ?? condition.lastNamedChild;
        return operand ? this.hostlessChecks(operand, !positive, depth + 1) : [];
      }
      case 'boolean_operator': {
        // `a or b` false → both are false; `a and b` true → both are true.
        const operator = condition.childForFieldName('operator')?.type;
        return (operator === 'and') === positive ? condition.namedChildren.flatMap((part) => this.hostlessChecks(part, positive, depth + 1)) : [];
      }
      case 'attribute': {
        if (positive || !HOST_ATTRIBUTES.has(condition.childForFieldName('attribute')?.text ?? '')) return [];
        const subject = this.checkedName(condition);
        return subject ? [subject] : [];
      }
      default:
        return [];
    }
  }

  /** Names a condition restricts when it is true (`positive`) or when it is false (`if not ok(x): return`). */
  guards(condition: SyntaxNode, positive: boolean, depth: number): string[] {
    if (depth > 4) return [];
    switch (condition.type) {
      case 'identifier': {
        // `url_is_safe = url_has_allowed_host_and_scheme(url, ...)` … `if not url_is_safe:`
        const values = this.module.valuesOf(condition);
        return values?.length === 1 ? this.guards(values[0], positive, depth + 1) : [];
      }
      case 'parenthesized_expression':
        return condition.firstNamedChild ? this.guards(condition.firstNamedChild, positive, depth + 1) : [];
      case 'not_operator': {
        const operand = condition.childForFieldName('argument') ?? condition.lastNamedChild;
        return operand ? this.guards(operand, !positive, depth + 1) : [];
      }
      case 'boolean_operator': {
        const operator = condition.childForFieldName('operator')?.type;
        // `a and b` true → both hold; `a or b` false → both fail. `if given(x) and not safe(x): x = DEFAULT` is read
        // as a check of x too: the other operand is a precondition (x empty), not a way around the check.
        if ((operator === 'and') === positive || operator === 'and') return condition.namedChildren.flatMap((part) => this.guards(part, positive, depth + 1));
        return [];
      }
      case 'comparison_operator': {
        const operators = condition.children.filter((child) => !child.isNamed).map((child) => child.type);
        const [left, right] = condition.namedChildren;
        if (operators.length !== 1 || !left || !right) return [];
        const operator = operators[0];
        const subject = this.checkedName(left);
        if (!subject || right.descendantsOfType('identifier').some((identifier) => identifier.text === subject)) return [];
        if ((operator === 'in' || operator === '==') && positive) return [subject];
        if ((operator === 'not in' || operator === '!=') && !positive) return [subject];
        return [];
      }
      case 'call': {
        if (!positive) return [];
        const callee = condition.childForFieldName('function');
        const method = callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text ?? '' : '';
        if (callee?.type === 'attribute' && GUARD_METHODS.has(method)) {
          const subject = this.checkedName(callee.childForFieldName('object'));
          return subject ? [subject] : [];
        }
        const name = callee ? this.module.qualifiedName(callee) ?? callee.text : '';
        const args = argumentList(condition).map((arg) => (arg.type === 'keyword_argument' ? arg.childForFieldName('value')! : arg));
        if (REGEX_MATCHERS.has(name) || (REGEX_METHODS.has(method) && !REGEX_MATCHERS.has(name) && callee?.type === 'attribute')) {
          const moduleFunction = REGEX_MATCHERS.has(name);
          const pattern = moduleFunction ? args[0] : this.compiledPattern(callee!.childForFieldName('object')!);
          const subject = this.checkedName(moduleFunction ? args[1] : args[0]);
          const kind = moduleFunction ? name.slice(name.lastIndexOf('.') + 1) : method;
          return subject && wholeValueMatch(kind, pattern && this.module.constant(pattern)) ? [subject] : [];
        }
        if (SIGNATURE_CHECKS.has(name)) return args.map((arg) => this.signedName(arg, 0)).filter((subject): subject is string => !!subject);
        if (!GUARD_FUNCTION.test(name)) return [];
        return args.map((arg) => this.checkedName(arg)).filter((subject): subject is string => !!subject);
      }
      default:
        return [];
    }
  }

  /** The literal pattern of `PATTERN.match(x)` when `PATTERN = re.compile("...")`; undefined when not known. */
  private compiledPattern(receiver: SyntaxNode): SyntaxNode | undefined {
    const compiled = receiver.type === 'identifier' ? this.module.valuesOf(receiver) : [receiver];
    const call = compiled?.length === 1 ? compiled[0] : undefined;
    return call?.type === 'call' && /(^|\.)compile$/.test(this.module.callName(call) ?? '') ? argumentList(call)[0] : undefined;
  }

  /** The message a MAC is computed over: `body` in `hmac.new(KEY, body, sha256).hexdigest()`, directly or via a name. */
  private signedName(node: SyntaxNode | undefined, depth: number): string | undefined {
    if (!node || depth > 4) return undefined;
    if (node.type === 'identifier') {
      const values = this.module.valuesOf(node);
      return values?.length === 1 ? this.signedName(values[0], depth + 1) : undefined;
    }
    if (node.type !== 'call') return undefined;
    const callee = node.childForFieldName('function');
    if (callee?.type === 'attribute' && /^(hex)?digest$/.test(callee.childForFieldName('attribute')?.text ?? '')) return this.signedName(callee.childForFieldName('object') ?? undefined, depth + 1);
    const position = MAC_MESSAGE_POSITION[this.module.callName(node) ?? ''];
    if (position === undefined) return undefined;
    const args = argumentList(node);
    const message = args.find((arg) => arg.type === 'keyword_argument' && arg.childForFieldName('name')?.text === 'msg')?.childForFieldName('value') ?? args[position];
    return message?.type === 'keyword_argument' ? undefined : this.checkedName(message);
  }

  /** The name a check is about: `x`, `x.lower()`, `os.path.realpath(x)`, `urlparse(x).netloc`. */
  private checkedName(node: SyntaxNode | null | undefined, depth = 0): string | undefined {
    if (!node || depth > 4) return undefined;
    if (node.type === 'identifier') return node.text;
    if (node.type === 'attribute' && CHECK_THROUGH_ATTRIBUTES.has(node.childForFieldName('attribute')?.text ?? '')) {
      // `parsed = urlparse(url)` … `parsed.hostname in ALLOWED`: the check is about `url`.
      const object = node.childForFieldName('object');
      const parsed = object?.type === 'identifier' ? this.module.valuesOf(object) : undefined;
      if (parsed?.length === 1 && parsed[0].type === 'call' && CHECK_THROUGH_CALLS.has(this.module.callName(parsed[0]) ?? '')) return this.checkedName(argumentList(parsed[0])[0], depth + 1);
      return this.checkedName(object, depth + 1);
    }
    if (node.type === 'call') {
      const callee = node.childForFieldName('function');
      if (callee?.type === 'attribute' && STRING_METHODS.has(callee.childForFieldName('attribute')?.text ?? '')) return this.checkedName(callee.childForFieldName('object'), depth + 1);
      if (CHECK_THROUGH_CALLS.has(this.module.callName(node) ?? '')) return this.checkedName(argumentList(node)[0], depth + 1);
    }
    return undefined;
  }

  // --- expressions ----------------------------------------------------------------------------------------------

  /** What an expression may hold, read with `reader`. */
  evaluate(node: SyntaxNode, reader: Reader, depth: number): Value {
    this.work.expressions++;
    if (reader.walk && ++reader.walk.steps > MAX_WALK_STEPS) throw new OutOfSteps();
    if (depth > MAX_EXPRESSION_DEPTH) return UNKNOWN_VALUE;
    const next = depth + 1;
    switch (node.type) {
      case 'string':
        // A plain literal (most strings): its text, without folding.
        if (!node.namedChildren.some((child) => child.type === 'interpolation')) {
          const literal = readStringLiteral(node);
          return literalValue(literal.value);
        }
        return this.stringBuilding(node, reader, next) ?? this.allOf(interpolations(node), reader, next);
      case 'concatenated_string':
        return this.stringBuilding(node, reader, next) ?? this.allOf(node.namedChildren, reader, next);
      case 'binary_operator':
        return this.stringBuilding(node, reader, next) ?? this.arithmetic(node, reader, next);
      case 'integer': case 'float': case 'true': case 'false': case 'none': {
        const literal = constantValue(node);
        return literal === undefined || Array.isArray(literal) ? CONSTANT_VALUE : literalValue(literal);
      }
      case 'ellipsis': case 'slice':
        return CONSTANT_VALUE;
      case 'list': case 'tuple': case 'expression_list': {
        const items = node.namedChildren.filter((child) => child.type !== 'comment');
        const values = items.map((item) => this.evaluate(item, reader, next));
        const spread = items.some((item) => item.type === 'list_splat');
        return { facts: joinAll(values).facts, ...(spread ? {} : { items: values }) };
      }
      case 'set':
        return dataOf(this.allOf(node.namedChildren, reader, next));
      case 'dictionary': {
        const entries = new Map<string, Value>();
        let known = true;
        let facts = CONSTANT_VALUE;
        for (const pair of node.namedChildren) {
          if (pair.type !== 'pair') {
            if (pair.type !== 'comment') { known = false; facts = join(facts, dataOf(this.evaluate(pair, reader, next))); }
            continue;
          }
          const key = pair.childForFieldName('key');
          const value = pair.childForFieldName('value');
          const keyValue = key ? this.evaluate(key, reader, next) : UNKNOWN_VALUE;
          const itemValue = value ? this.evaluate(value, reader, next) : UNKNOWN_VALUE;
          facts = join(facts, join(dataOf(keyValue), dataOf(itemValue)));
          if (typeof keyValue.literal === 'string' || typeof keyValue.literal === 'number') entries.set(String(keyValue.literal), itemValue);
          else known = false;
        }
        return { facts: facts.facts, ...(known ? { entries } : {}) };
      }
      case 'comparison_operator':
        return this.comparison(node, reader, next);
      case 'not_operator': {
        const operand = node.childForFieldName('argument') ?? node.lastNamedChild;
        const truth = operand ? truthiness(this.evaluate(operand, reader, next)) : undefined;
        return truth === undefined ? CONSTANT_VALUE : literalValue(!truth);
      }
      case 'boolean_operator': {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        if (!left || !right) return UNKNOWN_VALUE;
        const first = this.evaluate(left, reader, next);
        const truth = truthiness(first);
        const isAnd = node.childForFieldName('operator')?.type === 'and';
        // `a and b`: a when a is false, else b. `a or b`: a when a is true, else b.
        if (truth !== undefined) return truth === isAnd ? this.evaluate(right, reader, next) : first;
        return join(first, this.evaluate(right, reader, next));
      }
      case 'unary_operator': {
        const operand = node.childForFieldName('argument') ?? node.lastNamedChild;
        const value = operand ? this.evaluate(operand, reader, next) : UNKNOWN_VALUE;
        const operator = node.childForFieldName('operator')?.type;
        if (typeof value.literal === 'number') return literalValue(operator === '-' ? -value.literal : operator === '~' ? ~value.literal : value.literal);
        return dataOf(value);
      }
      case 'parenthesized_expression':
        return node.firstNamedChild ? this.evaluate(node.firstNamedChild, reader, next) : UNKNOWN_VALUE;
      case 'list_splat': case 'dictionary_splat':
        return node.firstNamedChild ? dataOf(this.evaluate(node.firstNamedChild, reader, next)) : UNKNOWN_VALUE;
      case 'await':
        return this.directSource(node, reader) ?? (node.firstNamedChild ? this.evaluate(node.firstNamedChild, reader, next) : UNKNOWN_VALUE);
      case 'keyword_argument':
        return this.evaluate(node.childForFieldName('value') ?? node.lastNamedChild!, reader, next);
      case 'named_expression': {
        const value = this.evaluate(node.childForFieldName('value') ?? node.lastNamedChild!, reader, next);
        const name = node.childForFieldName('name');
        if (name && reader.walk && reader.env) this.bindName(name.text, name, through(value, step(name.text, name)), reader.env, reader.walk, false);
        return value;
      }
      case 'conditional_expression': {
        const [body, condition, alternative] = node.namedChildren;
        const truth = condition ? truthiness(this.evaluate(condition, reader, next)) : undefined;
        const branch = (expression: SyntaxNode | undefined, positive: boolean) => {
          if (!expression) return CONSTANT_VALUE;
          const refined = condition ? this.guards(condition, positive, 0) : [];
          return this.evaluate(expression, refined.length > 0 ? this.withOverlay(reader, refined, (name) => sanitise(this.readName(name, reader), EVERY_SINK)) : reader, next);
        };
        if (truth === true) return branch(body, true);
        if (truth === false) return branch(alternative, false);
        return join(branch(body, true), branch(alternative, false));
      }
      case 'list_comprehension': case 'set_comprehension': case 'generator_expression': case 'dictionary_comprehension':
        return this.comprehension(node, reader, next);
      case 'lambda':
        return { facts: [UNKNOWN_FACT], callable: node };
      case 'yield': {
        const value = node.firstNamedChild ? this.evaluate(node.firstNamedChild, reader, next) : literalValue(null);
        if (reader.walk) reader.walk.analysis.returns = join(reader.walk.analysis.returns, node.text.startsWith('yield from') ? elementOf(value) : value);
        return UNKNOWN_VALUE;
      }
      case 'identifier':
        return this.readIdentifier(node, reader);
      case 'attribute':
        return this.directSource(node, reader) ?? this.attribute(node, reader, next);
      case 'subscript':
        return this.directSource(node, reader) ?? this.subscript(node, reader, next);
      case 'call':
        return this.directSource(node, reader) ?? this.call(node, reader, next);
      default:
        return UNKNOWN_VALUE;
    }
  }

  private allOf(nodes: readonly (SyntaxNode | null | undefined)[], reader: Reader, depth: number): Value {
    let result = CONSTANT_VALUE;
    for (const node of nodes) if (node && node.type !== 'comment') result = join(result, dataOf(this.evaluate(node, reader, depth)));
    return result;
  }

  private withOverlay(reader: Reader, names: readonly string[], value: (name: string) => Value): Reader {
    const overlay = new Map(reader.overlay ?? []);
    for (const name of names) overlay.set(name, value(name));
    return { ...reader, overlay };
  }

  /**
   * A string built from parts (concatenation, `%`, f-strings, `.format`): the parts' data, each marked `tail` when
   * constant text before it fixes where a URL or path points (`https://host/` + x, `/path?` + x).
   */
  private stringBuilding(node: SyntaxNode, reader: Reader, depth: number): Value | undefined {
    if (node.type === 'binary_operator' && (node.childForFieldName('operator')?.type !== '%' || !['string', 'concatenated_string'].includes(node.childForFieldName('left')?.type ?? ''))) return undefined;
    const shape = foldString(node);
    if (!shape) return undefined;
    if (shape.dynamic.length === 0) return shape.constant ? literalValue(shape.text) : undefined;
    const segments = shape.text.split(HOLE);
    if (segments.length - 1 !== shape.dynamic.length) return undefined;
    let text = segments[0];
    let result = CONSTANT_VALUE;
    shape.dynamic.forEach((part, index) => {
      const tail = fixesDestination(text);
      const value = dataOf(this.evaluate(part, reader, depth));
      result = join(result, tail ? mapFacts(value, (fact) => ({ ...fact, tail: true })) : value);
      text += `${HOLE}${segments[index + 1]}`;
    });
    return result;
  }

  private arithmetic(node: SyntaxNode, reader: Reader, depth: number): Value {
    // Long chains (`a + b + c + …`) are flattened: real files build strings from hundreds of parts.
    const operator = node.childForFieldName('operator')?.type;
    const operands: SyntaxNode[] = [];
    let current: SyntaxNode = node;
    while (current.type === 'binary_operator' && current.childForFieldName('operator')?.type === operator && operands.length < 10_000) {
      const right = current.childForFieldName('right');
      if (right) operands.push(right);
      const left = current.childForFieldName('left');
      if (!left) break; // error-recovered: no left side to go on with
      current = left;
    }
    operands.push(current);
    operands.reverse();
    const values = operands.map((operand) => this.evaluate(operand, reader, depth));
    const literal = values.every((value) => value.literal !== undefined) ? foldArithmetic(operator ?? '', values.map((value) => value.literal!)) : undefined;
    // `base + "/" + path`: once constant text fixes where the string points, the later parts are its tail.
    let text = '';
    const parts = values.map((value, index) => {
      const tail = operator === '+' && fixesDestination(text);
      text += typeof value.literal === 'string' ? value.literal : operandText(operands[index]);
      return tail ? mapFacts(dataOf(value), (fact) => ({ ...fact, tail: true })) : dataOf(value);
    });
    const data = joinAll(parts);
    if (literal !== undefined) return { facts: data.facts, literal };
    if (operator === '+' && values.every((value) => value.items)) return { facts: data.facts, items: values.flatMap((value) => value.items!) };
    return data;
  }

  private comparison(node: SyntaxNode, reader: Reader, depth: number): Value {
    const operands = node.namedChildren;
    const operators = node.children.filter((child) => !child.isNamed).map((child) => child.type);
    const values = operands.map((operand) => this.evaluate(operand, reader, depth));
    let result: boolean | undefined = true;
    for (let index = 0; index < operators.length && result !== undefined; index++) {
      const outcome = compare(operators[index], values[index], values[index + 1]);
      result = outcome === undefined ? undefined : result && outcome;
    }
    return result === undefined ? CONSTANT_VALUE : literalValue(result);
  }

  private comprehension(node: SyntaxNode, reader: Reader, depth: number): Value {
    let inner = reader;
    for (const clause of node.namedChildren) {
      if (clause.type === 'for_in_clause') {
        const left = clause.childForFieldName('left');
        const right = clause.childForFieldName('right');
        if (!left || !right) continue;
        const element = elementOf(this.evaluate(right, inner, depth));
        const names = left.type === 'identifier' ? [left] : left.descendantsOfType('identifier');
        inner = this.withOverlay(inner, names.map((name) => name.text), (name) => through(element, step(name, left)));
      } else if (clause.type === 'if_clause' && clause.firstNamedChild) {
        const checked = this.guards(clause.firstNamedChild, true, 0);
        if (checked.length > 0) inner = this.withOverlay(inner, checked, (name) => sanitise(this.readName(name, inner), EVERY_SINK));
      }
    }
    const body = node.childForFieldName('body');
    if (!body) return UNKNOWN_VALUE;
    return dataOf(this.evaluate(body, inner, depth));
  }

  // --- names ----------------------------------------------------------------------------------------------------

  private readIdentifier(node: SyntaxNode, reader: Reader): Value {
    const name = node.text;
    const overlaid = reader.overlay?.get(name);
    if (overlaid) return overlaid;
    // A name bound by a comprehension around the expression asked about.
    const iterable = reader.walk ? undefined : comprehensionIterable(node);
    if (iterable) {
      const element = elementOf(this.evaluate(iterable, { ...reader }, 1));
      return element.facts.length > 0 ? through(element, step(name, node)) : element;
    }
    if (reader.globals) return this.moduleName(name, reader);
    if (reader.env) {
      const value = reader.env.get(name);
      if (value) {
        // At module level, a function that rebinds the name with `global` may have run before this read.
        const rebound = reader.owner.id === this.module.root.id ? this.globalRebinds(name, reader) : undefined;
        return rebound ? join(value, rebound) : value;
      }
      if (reader.walk?.globals.has(name)) return this.moduleName(name, reader);
      // Bound here but not on this path yet (a loop's first pass, a name bound by an unfollowed construct).
      if (this.module.scopeFor(reader.owner).bindings.has(name)) return UNKNOWN_VALUE;
      return this.outerName(name, reader.owner, reader);
    }
    const analysis = reader.analysis ?? this.analyses.get(reader.owner.id);
    const recorded = analysis?.uses.get(node.id);
    if (recorded) {
      const rebound = reader.owner.id === this.module.root.id ? this.globalRebinds(name, reader) : undefined;
      return rebound ? join(recorded, rebound) : recorded;
    }
    if (this.module.scopeFor(reader.owner).bindings.has(name)) return this.unrecordedLocal(name, reader.owner, analysis);
    return this.outerName(name, reader.owner, reader);
  }

  /** A name read by an expression built on the fly (`this.readName` for overlays): its value where the reader is. */
  private readName(name: string, reader: Reader): Value {
    return reader.overlay?.get(name) ?? reader.env?.get(name) ?? this.unrecordedLocal(name, reader.owner, reader.analysis ?? this.analyses.get(reader.owner.id));
  }

  /** A local name at a use the analysis did not record: every value it was bound to, and unknown. */
  private unrecordedLocal(name: string, owner: SyntaxNode, analysis: FunctionAnalysis | undefined): Value {
    const bindings = this.module.scopeFor(owner).bindings.get(name) ?? [];
    return joinAll([UNKNOWN_VALUE, ...bindings.map((binding) => analysis?.assigned.get(binding.target.id) ?? CONSTANT_VALUE)]);
  }

  /** A name of an enclosing function or of the module, read from a nested function: any value it was ever bound to. */
  private outerName(name: string, from: SyntaxNode, reader: Reader): Value {
    let owner: SyntaxNode | null = from;
    while (owner && owner.id !== this.module.root.id) {
      owner = this.module.functionAt(owner) ?? this.module.root;
      if (owner.id === this.module.root.id) return this.moduleName(name, reader);
      const scope = this.module.scopeFor(owner);
      const bindings = scope.bindings.get(name);
      if (!bindings) continue;
      const values: Value[] = [];
      let needsAnalysis = false;
      for (const binding of bindings) {
        if (binding.kind === 'parameter') values.push({ facts: [{ kind: 'parameter', flow: null, sanitised: 0, tail: false, parameter: { owner, name } }] });
        else if (binding.value?.type === 'function_definition' || binding.value?.type === 'class_definition') values.push({ facts: [UNKNOWN_FACT], callable: binding.value });
        else needsAnalysis = true;
      }
      if (needsAnalysis) {
        const { analysis, cut } = this.analysisOf(owner, reader.chain);
        if (reader.walk) reader.walk.cut = Math.min(reader.walk.cut, cut);
        if (!analysis) return UNKNOWN_VALUE;
        for (const binding of bindings) {
          if (binding.kind !== 'parameter' && binding.value?.type !== 'function_definition' && binding.value?.type !== 'class_definition') {
            values.push(analysis.assigned.get(binding.target.id) ?? (analysis.complete ? CONSTANT_VALUE : UNKNOWN_VALUE));
          }
        }
        if (!analysis.complete) values.push(UNKNOWN_VALUE);
      }
      return joinAll(values);
    }
    // Imported, builtin or undefined.
    const imported = this.module.imports.aliases.get(name);
    if (imported && REQUEST_PROXIES.has(imported)) return { facts: [UNKNOWN_FACT], requestObject: 'request' };
    return UNKNOWN_VALUE;
  }

  /**
   * A module-level name read by a function: every value any of its bindings gives it, each evaluated on its own
   * (a function runs after the module's code, in no known order), not by interpreting the whole module.
   */
  private moduleName(name: string, reader: Reader): Value {
    const bindings = this.module.scopeFor(this.module.root).bindings.get(name);
    const rebound = this.globalRebinds(name, reader);
    if (!bindings) {
      if (rebound) return rebound;
      // Imported, builtin or undefined.
      const imported = this.module.imports.aliases.get(name);
      if (imported && REQUEST_PROXIES.has(imported)) return { facts: [UNKNOWN_FACT], requestObject: 'request' };
      return UNKNOWN_VALUE;
    }
    let value = joinAll(bindings.map((binding) => this.globalBinding(binding, reader)));
    // `NAME[k] = …` or `NAME.attr = …` somewhere (a function needs no `global` for it): its parts are not known.
    if (!value.callable && !value.instanceOf && this.module.assignedByPath(name, this.module.root)) value = join(dataOf(value), UNKNOWN_VALUE);
    return rebound ? join(value, rebound) : value;
  }

  /**
   * What functions declaring `global name` assign to it (they may run before any read): every value they bind, or
   * unknown where their analysis is cut short. Undefined when no function rebinds the name.
   */
  private globalRebinds(name: string, reader: Reader): Value | undefined {
    const owners = this.module.globalRebinds().get(name);
    if (!owners) return undefined;
    const values: Value[] = [];
    for (const owner of owners) {
      const { analysis, cut } = this.analysisOf(owner, reader.chain);
      if (reader.walk) reader.walk.cut = Math.min(reader.walk.cut, cut);
      if (!analysis) { values.push(UNKNOWN_VALUE); continue; }
      for (const binding of this.module.scopeFor(owner).bindings.get(name) ?? []) {
        values.push(analysis.assigned.get(binding.target.id) ?? (binding.kind === 'assign' && analysis.complete ? CONSTANT_VALUE : UNKNOWN_VALUE));
      }
      if (!analysis.complete) values.push(UNKNOWN_VALUE);
    }
    return joinAll(values);
  }

  private globalBinding(binding: Binding, reader: Reader): Value {
    if (binding.value?.type === 'function_definition' || binding.value?.type === 'class_definition') return { facts: [UNKNOWN_FACT], callable: binding.value };
    const known = this.globalValues.get(binding.target.id);
    if (known) return known;
    const globals = reader.globals ?? { inProgress: new Set<number>(), cycle: false };
    if (globals.inProgress.has(binding.target.id)) {
      globals.cycle = true;
      return UNKNOWN_VALUE;
    }
    const outerCycle = globals.cycle;
    globals.cycle = false;
    globals.inProgress.add(binding.target.id);
    let value: Value;
    try {
      const global: Reader = { owner: this.module.root, chain: reader.chain, ...(reader.walk ? { walk: reader.walk } : {}), globals };
      const expression = binding.value;
      switch (binding.kind) {
        case 'assign': case 'walrus':
          value = expression ? through(this.evaluate(expression, global, 0), step(binding.target.text, binding.target)) : UNKNOWN_VALUE;
          break;
        case 'unpack': case 'loop':
          value = expression ? elementOf(this.evaluate(expression, global, 0)) : UNKNOWN_VALUE;
          break;
        case 'augment':
          value = expression ? join(dataOf(this.evaluate(expression, global, 0)), UNKNOWN_VALUE) : UNKNOWN_VALUE;
          break;
        default:
          value = UNKNOWN_VALUE;
      }
    } finally {
      globals.inProgress.delete(binding.target.id);
    }
    if (!globals.cycle) this.globalValues.set(binding.target.id, value);
    globals.cycle ||= outerCycle;
    return value;
  }

  /** What a parameter holds inside its own function, from the function's role: request data, a number, unknown. */
  private parameterSource(fn: SyntaxNode, name: string): Value {
    if (name === 'self' || name === 'cls' || fn.type !== 'function_definition') return fn.type === 'lambda' ? { facts: [{ kind: 'parameter', flow: null, sanitised: 0, tail: false }] } : UNKNOWN_VALUE;
    const role = roleOf(fn);
    if (role.requestObjects.has(name)) return UNKNOWN_VALUE; // the request object itself, not its data
    const binding = this.module.scopeFor(fn).bindings.get(name)?.find((candidate) => candidate.kind === 'parameter');
    const parameter = binding?.value;
    const type = parameter?.childForFieldName('type')?.text ?? '';
    const defaultValue = parameter?.childForFieldName('value');
    const target = binding?.target ?? fn;
    if (CONVERTED_PARAMETER_TYPE.test(type) || convertedRouteParameter(fn, name) || this.closedChoice(parameter?.childForFieldName('type') ?? null)) return { facts: [{ kind: 'parameter', flow: null, sanitised: EVERY_SINK, tail: false }] };
    if (defaultValue && DEPENDENCY_DEFAULT.test(defaultValue.text)) return UNKNOWN_VALUE;
    // A parameter with a default in a view only shaped like one (no route decorator) is the URLconf's extra option
    // (`template_name=…`, `document_root=None`), set by the developer, not captured from the path.
    if (role.routeParameters && !(defaultValue && !role.decorated)) {
      const note = `parameter of view ${fn.childForFieldName('name')?.text ?? ''}`.trim();
      return { facts: [{ kind: 'request', flow: extendFlow(null, step(name, target, note)), sanitised: 0, tail: false, ...(role.decorated ? {} : { origin: 'view-parameter' }) }] };
    }
    if (role.commandLine) return { facts: [{ kind: 'user-input', flow: extendFlow(null, step(name, target, 'command-line parameter')), sanitised: 0, tail: false, origin: 'argv' }] };
    return { facts: [{ kind: 'parameter', flow: extendFlow(null, step(name, target, 'parameter')), sanitised: 0, tail: false }] };
  }

  /**
   * Whether an annotation admits only developer-written constants, which the framework checks before the view runs
   * (FastAPI, pydantic): `Literal["a", 1]` of literals only, or an enumeration defined in this module whose members
   * are literals or `auto()`. Anything else (an imported enum, a member computed at import) is not known closed.
   */
  private closedChoice(type: SyntaxNode | null): boolean {
    const annotation = type?.firstNamedChild;
    if (!annotation) return false;
    if (annotation.type === 'identifier') {
      const named = this.module.classDefinitions().filter((candidate) => candidate.childForFieldName('name')?.text === annotation.text);
      const cls = named.length === 1 && named[0].parent?.type === 'module' ? named[0] : undefined;
      const bases = cls?.childForFieldName('superclasses')?.namedChildren ?? [];
      if (!cls || !bases.some((base) => ENUM_BASES.has(this.module.qualifiedName(base) ?? ''))) return false;
      return (cls.childForFieldName('body')?.namedChildren ?? []).every((statement) => {
        if (statement.type !== 'expression_statement') return statement.type === 'function_definition' || statement.type === 'decorated_definition';
        const inner = statement.firstNamedChild;
        if (inner?.type === 'string') return true; // a docstring
        const value = inner?.type === 'assignment' ? inner.childForFieldName('right') : null;
        if (!value) return false;
        return CLOSED_LITERAL_NODES.has(value.type) || (value.type === 'call' && this.module.callName(value) === 'enum.auto');
      });
    }
    // `Literal[...]` parses as a subscript or, in a type position, as a generic type: read the head and the items.
    const head = annotation.type === 'subscript' ? annotation.childForFieldName('value') : annotation.type === 'generic_type' ? annotation.firstNamedChild : null;
    if (!head || !CLOSED_CHOICE_TYPES.has(this.module.qualifiedName(head) ?? '')) return false;
    const items = annotation.type === 'subscript'
      ? annotation.namedChildren.filter((child) => child.id !== head.id)
      : (annotation.namedChildren.find((child) => child.type === 'type_parameter')?.namedChildren ?? []).map((child) => (child.type === 'type' ? child.firstNamedChild : child));
    return items.length > 0 && items.every((item) => !!item && CLOSED_LITERAL_NODES.has(item.type) && !item.namedChildren.some((part) => part.type === 'interpolation'));
  }

  // --- sources --------------------------------------------------------------------------------------------------

  /** `request.GET["q"]`, `request.args.get("q")`, `await request.json()`, `sys.argv[1]`, `os.environ["X"]`, `input()`. */
  private directSource(node: SyntaxNode, reader: Reader): Value | undefined {
    let inner = node;
    for (;;) {
      if (inner.type === 'subscript' && inner.childForFieldName('value')) inner = inner.childForFieldName('value')!;
      else if (inner.type === 'await' && inner.firstNamedChild) inner = inner.firstNamedChild;
      else if (inner.type === 'call' && ACCESS_METHODS.has(this.module.calleeAttribute(inner) ?? '') && inner.childForFieldName('function')?.type === 'attribute') {
        inner = inner.childForFieldName('function')!.childForFieldName('object')!;
      } else break;
    }
    const source = (kind: Fact['kind'], origin?: string): Value => ({ facts: [{ kind, flow: extendFlow(null, step(node.text, node)), sanitised: 0, tail: false, ...(origin ? { origin } : {}) }] });
    if (inner.type === 'attribute') {
      const object = inner.childForFieldName('object');
      const attribute = inner.childForFieldName('attribute')?.text ?? '';
      if (object && REQUEST_ATTRIBUTES.has(attribute) && this.requestObject(object, reader)) {
        if (MIXED_REQUEST_ATTRIBUTES.has(attribute)) return this.clientSetKey(node, inner) ? source('request') : UNKNOWN_VALUE;
        return source('request');
      }
      // `form.expression`, a property of an object built around the request: read like its methods' results.
      if (object && this.propertyNames().has(attribute) && this.wrapperProperty(object, attribute, reader)) return source('request');
      const handler = object?.type === 'identifier' && object.text === 'self' ? this.handlerBaseOf(enclosingClassOf(inner)) : null;
      if (handler?.attributes.has(attribute)) return source('request', handler.origin);
      const name = INPUT_ATTRIBUTE_NAMES.has(attribute) ? this.module.qualifiedName(inner) : undefined;
      const origin = name ? INPUT_ATTRIBUTES[name] : undefined;
      if (origin && this.isImportedName(inner)) return source('user-input', origin);
    }
    if (inner.type === 'call') {
      const callee = inner.childForFieldName('function');
      if (callee?.type === 'attribute') {
        const method = callee.childForFieldName('attribute')?.text ?? '';
        const object = callee.childForFieldName('object')!;
        const owner = this.requestObject(object, reader);
        if (owner === 'wrapper' || (owner === 'request' && REQUEST_METHODS.has(method))) return source('request');
        if (object.type === 'identifier' && object.text === 'self' && this.handlerBaseOf(enclosingClassOf(inner))?.methods.has(method)) return source('request');
        if (NETWORK_READ_METHODS.has(method)) return source('user-input', 'network');
        if (STREAM_READ_METHODS.has(method) && this.opensStream(object)) {
          return source('user-input', this.module.qualifiedName(object)?.startsWith('sys.stdin') ? 'stdin' : 'file');
        }
      }
      const name = this.module.calleeLastNames(inner).some((last) => INPUT_CALL_NAMES.has(last)) ? this.module.callName(inner) ?? '' : '';
      if (INPUT_BUILTINS[name] && this.module.isBuiltin(name)) return source('user-input', INPUT_BUILTINS[name]);
      if (INPUT_CALLS[name]) return source('user-input', INPUT_CALLS[name]);
    }
    return undefined;
  }

  /**
   * The handler base a class is built on, directly or through classes of this module (`class Base(View)`,
   * `class Page(Base)`); a base that does not resolve is none of them.
   */
  private handlerBaseOf(cls: SyntaxNode | null, seen: ReadonlySet<number> = new Set()): (typeof HANDLER_BASES)[number] | null {
    if (!cls || seen.has(cls.id)) return null;
    const known = this.handlerBases.get(cls.id);
    if (known !== undefined) return known;
    let found: (typeof HANDLER_BASES)[number] | null = null;
    for (const base of cls.childForFieldName('superclasses')?.namedChildren ?? []) {
      const name = this.module.qualifiedName(base) ?? '';
      found = HANDLER_BASES.find((spec) => spec.base.test(name)) ?? null;
      if (!found && base.type === 'identifier') {
        const local = this.module.classDefinitions().find((definition) => definition.childForFieldName('name')?.text === base.text);
        found = this.handlerBaseOf(local ?? null, new Set([...seen, cls.id]));
      }
      if (found) break;
    }
    this.handlerBases.set(cls.id, found);
    return found;
  }

  /** `sys.argv` is the module's only when `sys` is not a local name. */
  private isImportedName(attribute: SyntaxNode): boolean {
    let root = attribute;
    while (root.type === 'attribute' && root.childForFieldName('object')) root = root.childForFieldName('object')!;
    return root.type !== 'identifier' || !this.module.scopeOf(root).bindings.has(root.text) || this.module.scopeOf(root).bindings.get(root.text)!.every((binding) => binding.kind === 'import');
  }

  private properties: Set<string> | undefined;

  /** Names of the module's `@property`/`@cached_property` methods (a cheap test before evaluating the object). */
  private propertyNames(): Set<string> {
    this.properties ??= new Set(this.module.root.descendantsOfType('function_definition')
      .filter((fn) => classOfMethod(fn) && decoratorsOf(fn).some((name) => PROPERTY_DECORATORS.test(name)))
      .map((fn) => fn.childForFieldName('name')?.text ?? ''));
    return this.properties;
  }

  /** `obj.name` where obj is a local class's instance built around the request and `name` is one of its properties. */
  private wrapperProperty(object: SyntaxNode, attribute: string, reader: Reader): boolean {
    if (this.requestObject(object, reader) !== 'wrapper') return false;
    const owner = this.evaluate(object, reader, MAX_EXPRESSION_DEPTH - 8).instanceOf;
    const method = owner ? methodOf(owner, attribute) : undefined;
    return !!method && decoratorsOf(method).some((name) => PROPERTY_DECORATORS.test(name));
  }

  private requestObject(node: SyntaxNode, reader: Reader): Value['requestObject'] {
    if (node.type === 'attribute') {
      // `self.request` in class-based views.
      const object = node.childForFieldName('object');
      if (node.childForFieldName('attribute')?.text === 'request' && object?.type === 'identifier' && object.text === 'self') return 'request';
    }
    // Only names and attribute paths: evaluating a call's receiver here would evaluate chains twice per link.
    if (node.type !== 'identifier' && !(node.type === 'attribute' && pathOf(node))) return undefined;
    return this.evaluate(node, reader, MAX_EXPRESSION_DEPTH - 8).requestObject;
  }

  /**
   * WSGI `environ` / Django `META` hold the client's headers and query (`HTTP_*`, `QUERY_STRING`, `PATH_INFO`) next to
   * what the server and middleware put there (`nova.context`, `REMOTE_USER`, `wsgi.input`): only a client-set key, or
   * a key not known before run time, is request data.
   */
  private clientSetKey(access: SyntaxNode, mapping: SyntaxNode): boolean {
    let key: SyntaxNode | null | undefined;
    for (let current: SyntaxNode | null = access; current && current.id !== mapping.id; current = current.type === 'subscript' ? current.childForFieldName('value') : current.type === 'call' ? current.childForFieldName('function')?.childForFieldName('object') ?? null : current.firstNamedChild) {
      if (current.type === 'subscript') key = current.childForFieldName('subscript');
      else if (current.type === 'call') key = argumentList(current)[0];
    }
    if (!key) return false;
    const name = this.module.constant(key);
    if (typeof name !== 'string') return true;
    return CLIENT_SET_ENVIRON_KEY.test(name);
  }

  /** A file, URL or stdin stream: `open(p)`, `urlopen(u)`, a name bound to one, `sys.stdin`. */
  private opensStream(node: SyntaxNode): boolean {
    const opener = (expression: SyntaxNode) => {
      if (expression.type !== 'call') return false;
      const name = this.module.callName(expression) ?? '';
      return STREAM_OPENERS.has(name) || /\.open$/.test(name);
    };
    if (opener(node) || this.module.qualifiedName(node) === 'sys.stdin') return true;
    if (node.type !== 'identifier') return false;
    const scope = this.module.scopeOf(node);
    return (scope.bindings.get(node.text) ?? []).some((binding) => binding.value && opener(binding.value));
  }

  // --- attributes, subscripts, calls ------------------------------------------------------------------------------

  private attribute(node: SyntaxNode, reader: Reader, depth: number): Value {
    const path = pathOf(node);
    if (path) {
      const analysis = reader.analysis ?? this.analyses.get(reader.owner.id);
      const known = reader.env ? reader.env.get(path) : analysis?.uses.get(node.id);
      if (known) return known;
    }
    const object = node.childForFieldName('object');
    if (!object) return UNKNOWN_VALUE;
    if (object.type === 'attribute' && object.childForFieldName('attribute')?.text === 'request' && object.childForFieldName('object')?.text === 'self') return UNKNOWN_VALUE;
    const instance = this.instanceAttribute(node, object, reader);
    if (instance) return instance;
    const inner = this.evaluate(object, reader, depth);
    if (inner.requestObject || inner.opaque) return UNKNOWN_VALUE;
    // Django URL captures are strings: a parameter of a `def f(request, page)` function read as an object
    // (`page.title`) was passed by other code, not by the URL. (Decorated routes keep it: FastAPI body models.)
    const viewObject = (fact: Fact) => {
      if (!fact.parameter || object.type !== 'identifier') return false;
      const role = roleOf(fact.parameter.owner);
      return role.routeParameters && !role.decorated;
    };
    // An attribute of an instance of a local class is whatever was set on it (here, in `__init__` or elsewhere).
    if (inner.facts.length === 0) return inner.instanceOf || inner.callable ? UNKNOWN_VALUE : CONSTANT_VALUE;
    return mapFacts(dataOf(inner), (fact) => (viewObject(fact) ? UNKNOWN_FACT : fact));
  }

  /**
   * `self.attr` in a method, not set on this path: what the class's other methods assign to `self.attr` (a method
   * may have run before this one), and unknown (a subclass or outside code may set it too). Undefined when the
   * object is not the method's own first parameter or no other method of the class assigns the attribute.
   */
  private instanceAttribute(node: SyntaxNode, object: SyntaxNode, reader: Reader): Value | undefined {
    const method = reader.owner;
    if (object.type !== 'identifier' || method.type !== 'function_definition') return undefined;
    const owner = classOfMethod(method);
    const first = method.childForFieldName('parameters')?.namedChildren[0];
    if (!owner || !first || parameterName(first)?.text !== object.text) return undefined;
    // `self` rebound in the method is another object.
    if ((this.module.scopeFor(method).bindings.get(object.text) ?? []).some((binding) => binding.kind !== 'parameter')) return undefined;
    const attribute = node.childForFieldName('attribute')?.text ?? '';
    const all = this.instanceAssignments(owner).get(attribute);
    if (!all) return this.classConstant(owner, attribute);
    const targets = all?.filter((target) => target.method.id !== method.id);
    if (!all || !targets || targets.length === 0 || targets.length > MAX_ATTRIBUTE_WRITERS) return undefined;
    // Only the class's own methods set it, whole, in this module: their values are all it can hold. Otherwise (or
    // when this method sets it too, perhaps on an earlier call) unknown as well.
    const closed = targets.length === all.length && this.closedAttribute(owner, attribute);
    const values: Value[] = closed ? [] : [UNKNOWN_VALUE];
    for (const { method: writer, target } of targets) {
      const { analysis, cut } = this.analysisOf(writer, reader.chain);
      if (reader.walk) reader.walk.cut = Math.min(reader.walk.cut, cut);
      values.push(analysis?.assigned.get(target.id) ?? UNKNOWN_VALUE);
      if (analysis && !analysis.complete) values.push(UNKNOWN_VALUE);
    }
    return joinAll(values);
  }

  /**
   * `self.table` where no method sets it and the class body binds it once to a constant (`table = "products"`): that
   * constant, when the attribute is closed (nothing else in the module writes it, no subclass can override it).
   */
  private classConstant(owner: SyntaxNode, attribute: string): Value | undefined {
    const bindings = (owner.childForFieldName('body')?.namedChildren ?? []).filter((statement) => {
      const inner = statement.type === 'expression_statement' ? statement.firstNamedChild : statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
      if (inner?.type === 'assignment' || inner?.type === 'augmented_assignment') return inner.childForFieldName('left')?.text === attribute;
      return inner?.childForFieldName('name')?.text === attribute || statement.type === 'for_statement' || statement.type === 'with_statement';
    });
    const assignment = bindings.length === 1 && bindings[0].type === 'expression_statement' ? bindings[0].firstNamedChild : null;
    const right = assignment?.type === 'assignment' ? assignment.childForFieldName('right') : null;
    if (!right || !this.closedAttribute(owner, attribute)) return undefined;
    const constant = this.module.constant(right);
    if (constant === undefined) return undefined;
    return typeof constant === 'string' || typeof constant === 'number' || typeof constant === 'boolean' || constant === null ? literalValue(constant) : CONSTANT_VALUE;
  }

  /**
   * A simple class's attribute: the class has no base but `object`, no class in the module derives from it, nothing
   * in it uses setattr/`__dict__`, and the only writes of `.attr` in the module are whole `self.attr = …` in its
   * methods (no `obj.attr = …` elsewhere, no `self.attr[k] = …`, no `self.attr.append(…)`).
   */
  private closedAttribute(owner: SyntaxNode, attribute: string): boolean {
    const bases = owner.childForFieldName('superclasses')?.namedChildren ?? [];
    if (bases.some((base) => base.text !== 'object')) return false;
    const name = owner.childForFieldName('name')?.text ?? '';
    if (this.module.classDefinitions().some((other) => other.childForFieldName('superclasses')?.namedChildren.some((base) => base.text === name || base.text.endsWith(`.${name}`)))) return false;
    const text = owner.text;
    if (/\bsetattr\b|__dict__|__setattr__|\bvars\s*\(/u.test(text)) return false;
    const writes = new RegExp(String.raw`\.\s*${attribute}\s*(?:\[[^=\n]*?\]\s*)*(?:[-+*/%&|^@]|//|\*\*|<<|>>)?=(?!=)`, 'gu');
    const source = this.module.source;
    let whole = 0;
    for (const match of source.matchAll(writes)) {
      if (match.index < owner.startIndex || match.index >= owner.endIndex || match[0].includes('[')) return false;
      whole++;
    }
    if (whole !== (this.instanceAssignments(owner).get(attribute)?.length ?? 0)) return false;
    const mutators = new RegExp(String.raw`\.\s*${attribute}\s*\.\s*(?:${[...WRITER_METHODS, 'pop', 'remove', 'clear', 'read', 'read_string', 'read_dict', 'insert'].join('|')})\s*\(`, 'u');
    return !mutators.test(source);
  }

  /** Per class: attribute name → the `self.attr = …` targets in its methods (direct members only). */
  private instanceAssignments(owner: SyntaxNode): ReadonlyMap<string, readonly { method: SyntaxNode; target: SyntaxNode }[]> {
    const known = this.classAttributes.get(owner.id);
    if (known) return known;
    const attributes = new Map<string, { method: SyntaxNode; target: SyntaxNode }[]>();
    for (const member of owner.childForFieldName('body')?.namedChildren ?? []) {
      const method = member.type === 'decorated_definition' ? member.childForFieldName('definition') : member;
      if (method?.type !== 'function_definition') continue;
      const first = method.childForFieldName('parameters')?.namedChildren[0];
      const self = first ? parameterName(first)?.text : undefined;
      if (!self) continue;
      for (const assignment of method.descendantsOfType(['assignment', 'augmented_assignment'])) {
        const left = assignment.childForFieldName('left');
        const targets = left && SEQUENCE_PATTERNS.has(left.type) ? left.namedChildren : left ? [left] : [];
        for (const target of targets) {
          if (target.type !== 'attribute' || target.childForFieldName('object')?.text !== self) continue;
          const name = target.childForFieldName('attribute')?.text;
          if (!name) continue;
          const list = attributes.get(name) ?? [];
          list.push({ method, target });
          attributes.set(name, list);
        }
      }
    }
    this.classAttributes.set(owner.id, attributes);
    return attributes;
  }

  private subscript(node: SyntaxNode, reader: Reader, depth: number): Value {
    const object = node.childForFieldName('value');
    if (!object) return UNKNOWN_VALUE;
    const container = this.evaluate(object, reader, depth);
    const keys = node.childrenForFieldName('subscript');
    const key = keys.length === 1 && keys[0].type !== 'slice' ? this.evaluate(keys[0], reader, depth).literal : undefined;
    if (container.entries && (typeof key === 'string' || typeof key === 'number')) return container.entries.get(String(key)) ?? CONSTANT_VALUE;
    if (container.items && typeof key === 'number' && Number.isInteger(key)) return container.items[key < 0 ? key + container.items.length : key] ?? CONSTANT_VALUE;
    if (typeof container.literal === 'string' && typeof key === 'number' && Number.isInteger(key)) {
      const character = container.literal.at(key);
      return character === undefined ? CONSTANT_VALUE : literalValue(character);
    }
    // `COMMANDS[request.GET["c"]]`: a constant table maps any key to one of its constants.
    return elementOf(container);
  }

  /** `name` is the builtin: neither imported nor defined at module level (a module may define its own `str`). */
  private isUnshadowedBuiltin(name: string): boolean {
    return this.module.isBuiltin(name) && !this.module.scopeFor(this.module.root).bindings.has(name);
  }

  private call(call: SyntaxNode, reader: Reader, depth: number): Value {
    const callee = call.childForFieldName('function');
    if (!callee) return UNKNOWN_VALUE;
    const name = this.module.callName(call) ?? '';
    const argNodes = argumentList(call);
    const args = () => argNodes.map((arg) => this.evaluate(arg, reader, depth));
    const argData = () => joinAll(args().map(dataOf));
    const sanitised = (value: Value, mask: SanitisedMask) => sanitise(dataOf(value), mask, step(`${callee.text}()`, call, 'sanitised'));
    if (UNIVERSAL_SANITISERS.has(name) && (!BUILTIN_SANITISERS.has(name) || this.module.isBuiltin(name))) {
      const value = argData();
      return value.facts.length > 0 ? sanitised(value, EVERY_SINK) : value;
    }
    const calleeMethod = callee.type === 'attribute' ? callee.childForFieldName('attribute')?.text ?? '' : '';
    const mask = SANITISER_MASKS.get(name) ?? (calleeMethod ? SANITISER_MASKS.get(`.${calleeMethod}`) : undefined);
    if (mask !== undefined && (!BUILTIN_SINK_CASTS.has(name) || this.isUnshadowedBuiltin(name))) {
      const value = argData();
      return value.facts.length > 0 ? sanitised(value, mask) : value;
    }
    const method = callee.type === 'attribute' ? callee.childForFieldName('attribute')?.text ?? '' : '';
    if (CLEAN_CONVERSIONS.has(name) || (method && CLEAN_CONVERSIONS.has(`.${method}`))) {
      const receiver = callee.type === 'attribute' ? dataOf(this.evaluate(callee.childForFieldName('object')!, reader, depth)) : CONSTANT_VALUE;
      const value = join(receiver, argData());
      return value.facts.length > 0 ? sanitised(value, EVERY_SINK) : value;
    }
    if (LOOKUPS.has(name) || (method && LOOKUPS.has(`.${method}`))) return UNKNOWN_VALUE;
    const local = this.localCallable(callee, reader, depth);
    if (local) return this.callLocal(call, local.node, local.receiver, reader, depth);
    if (LIST_CONSTRUCTORS.has(name)) {
      const [first] = args();
      // A copy: the same elements in a new container (changing one leaves the other as it was).
      return first ? { facts: first.facts, ...(first.items ? { items: [...first.items] } : {}) } : { facts: [], items: [] };
    }
    if (DICT_CONSTRUCTORS.has(name)) {
      const values = args();
      if (values.length === 0) return { facts: [], entries: new Map(argNodes.length === 0 ? [] : []) };
      if (values.length === 1 && values[0].entries && argNodes[0].type !== 'keyword_argument') return { facts: values[0].facts, entries: new Map(values[0].entries) };
      const entries = new Map<string, Value>();
      let known = true;
      argNodes.forEach((arg, index) => {
        const key = arg.type === 'keyword_argument' ? arg.childForFieldName('name')?.text : undefined;
        if (key) entries.set(key, values[index]);
        else known = false;
      });
      return { facts: joinAll(values.map(dataOf)).facts, ...(known ? { entries } : {}) };
    }
    if (PROPAGATORS.has(name)) return argData();
    if (callee.type === 'attribute') {
      const receiverNode = callee.childForFieldName('object')!;
      if (method === 'format' && receiverNode.type === 'string') {
        const built = this.stringBuilding(call, reader, depth);
        if (built) return built;
      }
      const receiver = this.evaluate(receiverNode, reader, depth);
      if (BUILDING_METHODS.has(method)) return join(dataOf(receiver), argData());
      if (method === 'replace') return join(dataOf(receiver), argNodes[1] ? dataOf(this.evaluate(argNodes[1], reader, depth)) : CONSTANT_VALUE);
      const element = this.containerRead(method, receiver, args);
      if (element) return element;
      if (STRING_METHODS.has(method) || ACCESS_METHODS.has(method)) return dataOf(receiver);
      // An unknown method: its result may carry the receiver's and the arguments' data.
      return { ...joinAll([UNKNOWN_VALUE, throughUnknownCall(dataOf(receiver)), followingArguments(args(), argNodes)]), opaque: true };
    }
    // An unknown function (imported, builtin, not followed): its result may carry its arguments' data.
    const values = args();
    if (/^[A-Z]/.test(callee.type === 'identifier' ? callee.text : '') && values.some((value) => value.requestObject)) {
      // `Wrapper(request)`: an object built around the request; its methods return request data.
      return { facts: [UNKNOWN_FACT], requestObject: 'wrapper' };
    }
    // A class (`Form(request.POST)`) holds what it is given; a function's result is opaque (see `Value.opaque`).
    const constructed = /^[A-Z]/.test(callee.type === 'identifier' ? callee.text : callee.childForFieldName('attribute')?.text ?? '');
    return { ...joinAll([UNKNOWN_VALUE, followingArguments(values, argNodes)]), ...(constructed ? {} : { opaque: true as const }) };
  }

  /** `d.get("k")`, `conf.get("s", "k")`, `lst.pop(0)`, `d.items()` on a container whose contents are known. */
  private containerRead(method: string, receiver: Value, args: () => Value[]): Value | undefined {
    if (!receiver.entries && !receiver.items) return undefined;
    const text = (literal: Literal | undefined) => (typeof literal === 'string' || typeof literal === 'number' ? String(literal) : undefined);
    if (receiver.entries && (method === 'get' || method === 'getint' || method === 'getfloat' || method === 'getboolean' || method === 'pop' || method === 'setdefault')) {
      const values = args();
      const first = text(values[0]?.literal);
      if (first === undefined) return undefined;
      const entry = receiver.entries.get(first);
      // ConfigParser: `get(section, option)`; dict: `get(key, default)`.
      if (entry?.entries && values.length >= 2 && text(values[1]?.literal) !== undefined && method !== 'pop' && method !== 'setdefault') {
        return entry.entries.get(text(values[1].literal)!) ?? CONSTANT_VALUE;
      }
      return entry ?? values[1] ?? literalValue(null);
    }
    if (receiver.items && method === 'pop') {
      const values = args();
      const index = values.length === 0 ? receiver.items.length - 1 : values[0].literal;
      if (typeof index !== 'number') return undefined;
      return receiver.items[index < 0 ? index + receiver.items.length : index] ?? CONSTANT_VALUE;
    }
    if (receiver.items && method === 'popleft') return receiver.items[0] ?? CONSTANT_VALUE;
    return undefined;
  }

  /** A function, lambda, method or class of this module that a callee names, with the receiver bound to `self`. */
  private localCallable(callee: SyntaxNode, reader: Reader, depth: number): { node: SyntaxNode; receiver?: Value } | undefined {
    if (callee.type === 'identifier') {
      const value = this.evaluate(callee, reader, depth);
      return value.callable ? { node: value.callable } : undefined;
    }
    if (callee.type !== 'attribute') return undefined;
    const object = callee.childForFieldName('object')!;
    const method = callee.childForFieldName('attribute')?.text ?? '';
    if (object.type === 'identifier' && (object.text === 'self' || object.text === 'cls')) {
      const owner = enclosingClassOf(callee);
      const found = owner ? methodOf(owner, method) : undefined;
      return found ? { node: found, receiver: UNKNOWN_VALUE } : undefined;
    }
    const value = this.evaluate(object, reader, depth);
    if (value.instanceOf) {
      const found = methodOf(value.instanceOf, method);
      return found ? { node: found, receiver: value } : undefined;
    }
    if (value.callable?.type === 'class_definition') {
      // `Class.static(x)`: a static or class method called on the class.
      const found = methodOf(value.callable, method);
      return found ? { node: found } : undefined;
    }
    return undefined;
  }

  /** A call of this module's function: its summary with the parameters bound to the arguments. */
  private callLocal(call: SyntaxNode, fn: SyntaxNode, receiver: Value | undefined, reader: Reader, depth: number): Value {
    const argNodes = argumentList(call);
    const args = argNodes.map((arg) => this.evaluate(arg, reader, depth));
    const callee = call.childForFieldName('function')!;
    if (fn.type === 'class_definition') {
      // A local class instantiated: the object holds what it was given; built around the request, it is a wrapper.
      const data = joinAll(args.map(dataOf));
      return { facts: data.facts, instanceOf: fn, ...(args.some((arg) => arg.requestObject) ? { requestObject: 'wrapper' as const } : {}) };
    }
    const parameters = (fn.childForFieldName('parameters')?.namedChildren ?? []).filter((parameter) => parameterName(parameter));
    const names = parameters.map((parameter) => parameterName(parameter)!.text);
    const bound = new Map<string, Value>();
    const isStatic = fn.type === 'function_definition' && decoratorsOf(fn).includes('staticmethod');
    const takesReceiver = !isStatic && fn.type === 'function_definition' && (names[0] === 'self' || names[0] === 'cls');
    if (takesReceiver) bound.set(names[0], receiver ?? UNKNOWN_VALUE);
    const positional = parameters.slice(takesReceiver ? 1 : 0).filter((parameter) => parameter.type !== 'list_splat_pattern' && parameter.type !== 'dictionary_splat_pattern' && parameter.type !== 'keyword_separator');
    const splat = parameters.find((parameter) => parameter.type === 'list_splat_pattern');
    const keywordSplat = parameters.find((parameter) => parameter.type === 'dictionary_splat_pattern');
    let index = 0;
    let unbound = CONSTANT_VALUE;
    argNodes.forEach((arg, position) => {
      const value = args[position];
      if (arg.type === 'keyword_argument') {
        const key = arg.childForFieldName('name')?.text ?? '';
        if (names.includes(key)) bound.set(key, value);
        else if (keywordSplat) bound.set(parameterName(keywordSplat)!.text, join(bound.get(parameterName(keywordSplat)!.text) ?? CONSTANT_VALUE, dataOf(value)));
      } else if (arg.type === 'list_splat' || arg.type === 'dictionary_splat') {
        unbound = join(unbound, join(dataOf(value), UNKNOWN_VALUE));
      } else if (index < positional.length) {
        bound.set(parameterName(positional[index++])!.text, value);
      } else if (splat) {
        bound.set(parameterName(splat)!.text, join(bound.get(parameterName(splat)!.text) ?? CONSTANT_VALUE, dataOf(value)));
      }
    });
    const parameterValue = (name: string): Value => {
      const value = bound.get(name);
      if (value) return value;
      if (unbound.facts.length > 0) return unbound;
      const parameter = parameters[names.indexOf(name)];
      const fallback = parameter?.childForFieldName('value');
      const literal = fallback ? constantValue(fallback) : undefined;
      return literal !== undefined && !Array.isArray(literal) ? literalValue(literal) : fallback || !parameter ? UNKNOWN_VALUE : CONSTANT_VALUE;
    };
    // A symbol for now: the function's summary replaces it when a question needs it (see `resolveCalls`), so a
    // function's analysis never waits for another's, and only the calls on a question's path are followed.
    const bindings = new Map(names.map((name) => [name, parameterValue(name)]));
    // One symbol per call site and argument values: a loop's later passes, with more data, make a new one.
    const key = `${call.id}|${names.map((name) => `${name}=${fingerprint(bindings.get(name)!, 0)}`).join(';')}`;
    let symbol = this.callSymbols.get(key);
    if (!symbol) this.callSymbols.set(key, (symbol = { id: this.callSymbols.size, fn, step: step(`${callee.text}()`, call), bindings }));
    return { facts: [{ kind: 'unknown', flow: null, sanitised: 0, tail: false, call: symbol }] };
  }

  /** Every call symbol in `value` replaced by what the function returns for those arguments. */
  resolveCalls(value: Value, stack: readonly number[], cuts: { cut: number }): Value {
    if (!hasCalls(value, 0)) return value;
    return this.resolveCallsIn(value, stack, cuts, 0);
  }

  /** `mapFacts` with each call symbol resolved (`resolvedFacts`): the same structure, elements too. */
  private resolveCallsIn(value: Value, stack: readonly number[], cuts: { cut: number }, depth: number): Value {
    const facts = this.resolvedFacts(value.facts, stack, cuts);
    if (depth > 8) return { facts };
    return {
      ...value,
      facts,
      ...(value.items ? { items: value.items.map((item) => this.resolveCallsIn(item, stack, cuts, depth + 1)) } : {}),
      ...(value.entries ? { entries: new Map([...value.entries].map(([key, entry]) => [key, this.resolveCallsIn(entry, stack, cuts, depth + 1)])) } : {}),
    };
  }

  /**
   * The facts with each call symbol replaced by its call's results, each kind of fact once (the first found keeps
   * its flow, as `unionFacts`). A result's key is known before it is built, so one already present costs a lookup:
   * a sink's value may hold a symbol per earlier call, all resolving to the same few facts.
   */
  private resolvedFacts(facts: readonly Fact[], stack: readonly number[], cuts: { cut: number }): Fact[] {
    const seen = new Set<string>();
    const resolved: Fact[] = [];
    for (const fact of facts) {
      if (!fact.call) {
        const key = factKey(fact);
        if (!seen.has(key)) {
          seen.add(key);
          resolved.push(fact);
        }
        continue;
      }
      this.work.resolutions++;
      for (const result of this.resolvedCall(fact.call, stack, cuts)) {
        const sanitised = result.sanitised | fact.sanitised;
        const tail = result.tail || fact.tail;
        const key = resultKey(result, sanitised, tail);
        if (seen.has(key)) continue;
        seen.add(key);
        resolved.push({ ...result, flow: concatFlow(result.flow, fact.flow), sanitised, tail });
      }
    }
    return resolved;
  }

  /** What one call returns, every symbol in it resolved; computed once per call symbol unless a cycle cut it short. */
  private resolvedCall(call: CallSymbol, stack: readonly number[], cuts: { cut: number }): readonly Fact[] {
    const known = this.resolvedCalls.get(call.id);
    if (known) return known;
    const own = { cut: Infinity };
    if (call.merged) {
      const parts = call.merged.map((part) => this.resolvedCall(part, stack, own));
      const facts = mapFacts({ facts: [...parts[0], ...parts[1]] }, (fact) => fact).facts;
      if (own.cut >= stack.length) this.resolvedCalls.set(call.id, facts);
      cuts.cut = Math.min(cuts.cut, own.cut);
      return facts;
    }
    const returns = this.summaryOf(call.fn, stack, own);
    const bound = mapFacts(returns, (result) => (result.parameter?.owner.id === call.fn.id ? compose(call.bindings.get(result.parameter.name) ?? UNKNOWN_VALUE, result) : result));
    const stepped = bound.facts.map((result) => ({ ...result, flow: extendFlow(result.flow, call.step) }));
    // The arguments may hold the caller's own call symbols.
    const facts = this.resolveCalls({ facts: stepped }, stack, own).facts;
    if (own.cut >= stack.length) this.resolvedCalls.set(call.id, facts);
    cuts.cut = Math.min(cuts.cut, own.cut);
    return facts;
  }

  /** What a function returns, its parameters as symbols and the calls in it resolved; computed once. */
  summaryOf(fn: SyntaxNode, stack: readonly number[], cuts: { cut: number }): Value {
    const known = this.summaries.get(fn.id);
    if (known) return known;
    const pending = this.provisionalSummaries.get(fn.id);
    if (pending && stack[pending.cut] === pending.head) {
      cuts.cut = Math.min(cuts.cut, pending.cut);
      return pending.value;
    }
    const position = stack.indexOf(fn.id);
    // Recursion, or calls nested too deep to follow: unknown, and nothing computed on top of it is final.
    if (position >= 0 || stack.length >= MAX_CHAIN) {
      cuts.cut = Math.min(cuts.cut, position >= 0 ? position : -1);
      return UNKNOWN_VALUE;
    }
    const { analysis } = this.analysisOf(fn, []);
    const own = { cut: Infinity };
    const value = analysis ? this.resolveCalls(analysis.returns, [...stack, fn.id], own) : UNKNOWN_VALUE;
    if (own.cut >= stack.length) this.summaries.set(fn.id, value);
    else if (own.cut >= 0) this.provisionalSummaries.set(fn.id, { value, cut: own.cut, head: stack[own.cut] });
    cuts.cut = Math.min(cuts.cut, own.cut);
    return value;
  }
}

/** A short text that tells two values apart (facts, literal, known elements), for interning call symbols. */
function fingerprint(value: Value, depth: number): string {
  const facts = value.facts.map(factKey).sort().join(',');
  if (depth > 4) return facts;
  const items = value.items ? `[${value.items.map((item) => fingerprint(item, depth + 1)).join(';')}]` : '';
  const entries = value.entries ? `{${[...value.entries].map(([key, entry]) => `${key}:${fingerprint(entry, depth + 1)}`).join(';')}}` : '';
  return `${facts}${value.literal !== undefined ? `=${JSON.stringify(value.literal)}` : ''}${items}${entries}${value.callable ? `f${value.callable.id}` : ''}${value.instanceOf ? `i${value.instanceOf.id}` : ''}${value.requestObject ?? ''}`;
}

/** Per call result, its key once the symbol's own sanitisers and tail are added (`factKey` of what `resolvedFacts` builds). */
const resultKeys = new WeakMap<Fact, Map<number, string>>();

function resultKey(result: Fact, sanitised: SanitisedMask, tail: boolean): string {
  if (sanitised === result.sanitised && tail === result.tail) return factKey(result);
  let keys = resultKeys.get(result);
  if (!keys) resultKeys.set(result, (keys = new Map()));
  const index = sanitised * 2 + (tail ? 1 : 0);
  let key = keys.get(index);
  if (key === undefined) keys.set(index, (key = factKey({ ...result, sanitised, tail })));
  return key;
}

function hasCalls(value: Value, depth: number): boolean {
  if (value.facts.some((fact) => fact.call)) return true;
  if (depth > 8) return false;
  return !!value.items?.some((item) => hasCalls(item, depth + 1)) || (!!value.entries && [...value.entries.values()].some((entry) => hasCalls(entry, depth + 1)));
}

/**
 * The data an unknown call's arguments may put in its result. None of them is known to decide where a URL it
 * builds points (`add_preserved_filters(context, url)`, `translate_url(url, lang)`): they are its tail.
 */
function followingArguments(values: readonly Value[], nodes: readonly SyntaxNode[]): Value {
  return joinAll(values.map((value, index) => mapFacts(throughUnknownCall(dataOf(value)), (fact) => (nodes[index] ? { ...fact, tail: true } : fact))));
}

/**
 * What survives a call the tracer does not follow. A parameter of a function only shaped like a Django view
 * (`def technical_500_response(request, exc_type, …)`) is weak evidence of request data; through code not followed
 * it is an unknown value, not request data (parameters still symbolic are marked, and `compose` decides later).
 */
function throughUnknownCall(value: Value): Value {
  return mapFacts(value, (fact) => (fact.origin === 'view-parameter' ? weakSourceLost(fact) : fact.throughUnknown ? fact : { ...fact, throughUnknown: true }));
}

function weakSourceLost(fact: Fact): Fact {
  return { ...fact, kind: 'unknown', origin: undefined, throughUnknown: true };
}

/**
 * With no sink named, a value counts as sanitised when some sanitiser was applied, except one for NoSQL only: `str()`
 * and `ObjectId()` drop query operators and leave the text as it was for every other use.
 */
/** Where only the host of a URL matters, and the parts of a parsed URL that name it. */
const HOST_SINKS = maskOf(['redirect', 'url']);
const HOST_ATTRIBUTES = new Set(['netloc', 'hostname']);
const ANY_GENERAL_SINK = EVERY_SINK & ~maskOf(['nosql']);

const SANITISER_MASKS = (() => {
  const masks = new Map<string, SanitisedMask>();
  for (const [sink, names] of Object.entries(SINK_SANITISERS) as [SinkClass, string[]][]) {
    for (const name of names) masks.set(name, (masks.get(name) ?? 0) | maskOf([sink]));
  }
  return masks;
})();

/** The argument's facts followed by what happened to the parameter inside the function. */
function compose(argument: Value, fact: Fact): Fact[] {
  return argument.facts.map((source) => {
    const composed: Fact = {
      ...source,
      flow: concatFlow(source.flow, fact.flow),
      sanitised: source.sanitised | fact.sanitised,
      tail: source.tail || fact.tail,
      ...(source.throughUnknown || fact.throughUnknown ? { throughUnknown: true } : {}),
    };
    return fact.throughUnknown && composed.origin === 'view-parameter' ? weakSourceLost(composed) : composed;
  });
}

function joinEnvs(envs: readonly Env[]): Env | null {
  if (envs.length === 0) return null;
  if (envs.length === 1) return envs[0];
  const result = envs[0].clone();
  for (const env of envs.slice(1)) {
    for (const [name, value] of env) {
      const old = result.get(name);
      result.set(name, old ? join(old, value) : value);
    }
  }
  return result;
}

function sameEnv(a: Env, b: Env): boolean {
  if (a.size !== b.size) return false;
  for (const [name, value] of a) if (!sameValue(value, b.get(name))) return false;
  return true;
}

/** One element of a container or iterable: a known element, or the container's data. */
function elementOf(value: Value): Value {
  if (value.items) return value.items.length === 0 ? CONSTANT_VALUE : joinAll(value.items);
  if (value.entries && value.facts.length === 0) return CONSTANT_VALUE;
  return dataOf(value);
}

/** `x`, `self.x`, `a.b.c`: a name or a chain of attributes on one, as an environment key. */
function pathOf(node: SyntaxNode): string | undefined {
  if (node.type === 'identifier') return node.text;
  if (node.type !== 'attribute') return undefined;
  const object = node.childForFieldName('object');
  const attribute = node.childForFieldName('attribute');
  const base = object ? pathOf(object) : undefined;
  return base && attribute ? `${base}.${attribute.text}` : undefined;
}

/** The constant text an operand contributes to a string being built (holes for values), as far as it is written. */
function operandText(node: SyntaxNode): string {
  if (node.type === 'string' || node.type === 'concatenated_string') return foldString(node)?.text ?? HOLE;
  return HOLE;
}

function interpolations(node: SyntaxNode): SyntaxNode[] {
  return node.namedChildren.filter((child) => child.type === 'interpolation').map((field) => field.childForFieldName('expression') ?? field.firstNamedChild!).filter(Boolean);
}

function contains(outer: SyntaxNode, inner: SyntaxNode): boolean {
  return inner.startIndex >= outer.startIndex && inner.endIndex <= outer.endIndex;
}

function enclosingClassOf(node: SyntaxNode): SyntaxNode | null {
  for (let current = node.parent; current; current = current.parent) if (current.type === 'class_definition') return current;
  return null;
}

/** Decorators that make a method read as an attribute. */
const PROPERTY_DECORATORS = /^(functools\.)?(property|cached_property)$/;

function decoratorsOf(fn: SyntaxNode): string[] {
  const decorated = fn.parent?.type === 'decorated_definition' ? fn.parent : null;
  return (decorated?.namedChildren ?? []).filter((child) => child.type === 'decorator').map((decorator) => decorator.firstNamedChild?.text ?? '');
}

/** For a name bound by an enclosing comprehension's `for name in iterable`, that iterable. */
function comprehensionIterable(node: SyntaxNode): SyntaxNode | undefined {
  for (let current = node.parent; current && current.type !== 'function_definition' && current.type !== 'module'; current = current.parent) {
    if (!COMPREHENSIONS.has(current.type)) continue;
    for (const clause of current.namedChildren) {
      if (clause.type !== 'for_in_clause') continue;
      const left = clause.childForFieldName('left');
      const right = clause.childForFieldName('right');
      if (!left || !right || contains(right, node)) continue;
      const bound = left.type === 'identifier' ? [left] : left.descendantsOfType('identifier');
      if (bound.some((identifier) => identifier.text === node.text)) return bound.some((identifier) => identifier.id === node.id) ? undefined : right;
    }
  }
  return undefined;
}

/** Constant text so far fixes where a URL goes: a local path, a scheme and host, or the query/fragment has begun. */
function fixesDestination(text: string): boolean {
  return /^\/(?![/\\])/.test(text) || /^[a-z][a-z0-9+.-]*:\/\/[^/?#\uFFFC]+[/?#]/i.test(text) || /[?#]/.test(text)
    || new RegExp(`^${HOLE}/(?!/)`).test(text);
}

/** A regular-expression check that constrains the whole value: `fullmatch`, or `match`/`search` anchored at the end. */
function wholeValueMatch(kind: string, pattern: unknown): boolean {
  if (typeof pattern !== 'string') return true; // not known here: taken as the check it reads as
  if (kind === 'fullmatch') return true;
  const end = /(\$|\\Z)$/.test(pattern);
  return kind === 'match' ? end : end && /^(\^|\\A)/.test(pattern);
}

/** Literal nodes whose value the developer wrote. */
const CLOSED_LITERAL_NODES = new Set(['string', 'integer', 'float', 'true', 'false', 'none']);

function foldArithmetic(operator: string, operands: readonly Literal[]): Literal | undefined {
  let result = operands[0];
  for (const operand of operands.slice(1)) {
    if (typeof result === 'number' && typeof operand === 'number') {
      switch (operator) {
        case '+': result = result + operand; break;
        case '-': result = result - operand; break;
        case '*': result = result * operand; break;
        case '/': if (operand === 0) return undefined; result = result / operand; break;
        case '//': if (operand === 0) return undefined; result = Math.floor(result / operand); break;
        case '%': if (operand === 0) return undefined; result = ((result % operand) + operand) % operand; break;
        case '**': result = result ** operand; break;
        default: return undefined;
      }
    } else if (typeof result === 'string' && typeof operand === 'string' && operator === '+') {
      result = result + operand;
    } else if (typeof result === 'string' && typeof operand === 'number' && operator === '*') {
      result = result.repeat(Math.max(0, Math.min(operand, 10_000)));
    } else {
      return undefined;
    }
  }
  return result;
}

function compare(operator: string, left: Value, right: Value): boolean | undefined {
  const a = left.literal;
  const b = right.literal;
  if (operator === 'in' || operator === 'not in') {
    let found: boolean | undefined;
    if (typeof b === 'string' && typeof a === 'string') found = b.includes(a);
    else if (right.items && a !== undefined && right.items.every((item) => item.literal !== undefined)) found = right.items.some((item) => item.literal === a);
    else if (right.entries && right.facts.length === 0 && (typeof a === 'string' || typeof a === 'number')) found = right.entries.has(String(a));
    return found === undefined ? undefined : operator === 'in' ? found : !found;
  }
  if (a === undefined || b === undefined) return undefined;
  switch (operator) {
    case '==': return a === b;
    case '!=': return a !== b;
    case 'is': return a === null && b === null ? true : undefined;
    case 'is not': return a === null && b === null ? false : undefined;
    default: break;
  }
  if ((typeof a === 'number' && typeof b === 'number') || (typeof a === 'string' && typeof b === 'string')) {
    switch (operator) {
      case '<': return a < b;
      case '>': return a > b;
      case '<=': return a <= b;
      case '>=': return a >= b;
      default: return undefined;
    }
  }
  return undefined;
}
