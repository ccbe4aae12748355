// Data flow inside a function: where does the value of an expression come from? From a web request
// (`request.GET["q"]`, a route parameter), other outside input (`input()`, `sys.argv`, `os.environ`, file and socket
// reads), a parameter of an ordinary function, a constant, or something unknown. Follows assignments (branch-aware),
// `+=`, string building (concatenation, `%`, `.format`, f-strings, `join`), containers, subscripts and attributes,
// and the returns of functions defined in the same module (with their parameters bound to the call's arguments).
// Sanitisers and allow-list checks stop the flow. Deep rules (cost: 'deep') call `traceValue` on a sink's argument.
import type { SyntaxNode } from './syntax.js';
import { enclosingFunction } from './syntax.js';
import type { ModuleFacts } from './module.js';
import type { Binding, Scope } from './scope.js';
import { parameterName } from './scope.js';
import { argumentList } from './arguments.js';
import { foldString, HOLE } from './literals.js';

/** Strongest first: `request` > `user-input` > `parameter` > `unknown` > `sanitised` > `constant`. */
export type TaintKind = 'request' | 'user-input' | 'parameter' | 'unknown' | 'sanitised' | 'constant';

/** What a sink does with the value: decides which sanitisers count (`shlex.quote` protects a shell, not SQL). */
export type SinkClass = 'sql' | 'shell' | 'code' | 'html' | 'template' | 'redirect' | 'path' | 'url' | 'ldap' | 'xpath' | 'nosql' | 'header' | 'regex' | 'deserialization' | 'xml';

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

const RANK: Record<TaintKind, number> = { constant: 0, sanitised: 1, unknown: 2, parameter: 3, 'user-input': 4, request: 5 };

/** Attributes of a request object that carry what the client sent (Django, Flask/Werkzeug, Starlette, WebOb, DRF). */
const REQUEST_ATTRIBUTES = new Set([
  'GET', 'POST', 'COOKIES', 'META', 'body', 'FILES', 'headers', 'data', 'args', 'form', 'values', 'json', 'cookies',
  'files', 'query_params', 'path_params', 'query_string', 'params', 'view_args', 'raw_post_data', 'stream', 'environ',
  'query', 'matchdict',
]);
/** Methods of a request object that return what the client sent. */
const REQUEST_METHODS = new Set(['get_json', 'json', 'body', 'form', 'get_data', 'read', 'readline', 'readlines', 'stream']);
/** Methods that read one item out of a mapping or list without changing where it came from. */
const ACCESS_METHODS = new Set(['get', 'getlist', 'getone', 'getall', 'get_all', 'pop', 'setdefault', 'copy', 'dict', 'to_dict', 'items', 'values', 'keys', 'lists']);
/** Names of the module-level request proxies. */
const REQUEST_PROXIES = new Set(['flask.request', 'quart.request', 'bottle.request', 'sanic.request']);
const REQUEST_PARAMETER_NAMES = new Set(['request', 'req']);
const REQUEST_TYPE = /(^|\.)(Http|WSGI|ASGI)?Request$/;

/** Route decorators: `@app.route`, `@bp.get("/x")`, `@router.post("/x")`, Django's `@api_view`/`@require_POST`. */
const ROUTE_METHODS = new Set(['route', 'api_route', 'get', 'post', 'put', 'delete', 'patch', 'head', 'options', 'websocket']);
const VIEW_DECORATORS = new Set(['api_view', 'require_http_methods', 'require_GET', 'require_POST', 'require_safe', 'csrf_exempt']);

/** String methods whose result carries the receiver's (and for some, the arguments') content. */
const STRING_METHODS = new Set([
  'strip', 'lstrip', 'rstrip', 'lower', 'upper', 'title', 'capitalize', 'casefold', 'swapcase', 'encode', 'decode', 'split',
  'rsplit', 'splitlines', 'partition', 'rpartition', 'removeprefix', 'removesuffix', 'zfill', 'center', 'ljust', 'rjust',
  'expandtabs', 'translate', 'replace', 'format', 'format_map', 'join', 'substitute', 'safe_substitute', 'read', 'getvalue',
]);
/** Functions whose result carries their arguments' content. */
const PROPAGATORS = new Set([
  'str', 'repr', 'bytes', 'bytearray', 'format', 'list', 'tuple', 'set', 'frozenset', 'sorted', 'reversed', 'dict', 'iter', 'next',
  'os.path.join', 'os.path.normpath', 'os.path.abspath', 'os.path.expanduser', 'os.path.expandvars', 'os.path.realpath',
  'os.fspath', 'posixpath.join', 'ntpath.join', 'pathlib.Path', 'pathlib.PurePath', 'pathlib.PosixPath',
  'urllib.parse.urljoin', 'urllib.parse.unquote', 'urllib.parse.unquote_plus', 'base64.b64decode', 'base64.urlsafe_b64decode',
  'base64.b64encode', 'json.loads', 'codecs.decode', 'textwrap.dedent', 'string.Template', 'io.StringIO', 'io.BytesIO',
  'furl.furl', 'yarl.URL', 'compile', 'builtins.compile',
]);

/** Sanitisers: a value passed through one is safe for every sink (`int(x)`) or for some. */
const UNIVERSAL_SANITISERS = new Set(['int', 'float', 'bool', 'len', 'abs', 'round', 'ord', 'hash', 'uuid.UUID', 'decimal.Decimal', 'datetime.date.fromisoformat', 'ipaddress.ip_address']);
const SINK_SANITISERS: Record<SinkClass, string[]> = {
  shell: ['shlex.quote', 'pipes.quote', 'shlex.join'],
  html: ['html.escape', 'cgi.escape', 'markupsafe.escape', 'flask.escape', 'jinja2.escape', 'django.utils.html.escape', 'django.utils.html.conditional_escape', 'django.utils.html.format_html', 'bleach.clean', 'urllib.parse.quote', 'urllib.parse.urlencode', 'xml.sax.saxutils.escape', 'xml.sax.saxutils.quoteattr'],
  path: ['os.path.basename', 'posixpath.basename', 'werkzeug.utils.secure_filename', 'werkzeug.secure_filename', 'werkzeug.utils.safe_join', 'werkzeug.security.safe_join', 'flask.safe_join', 'flask.helpers.safe_join', 'django.utils._os.safe_join', 'django.utils.text.get_valid_filename'],
  redirect: ['django.urls.reverse', 'flask.url_for', 'django.shortcuts.resolve_url', 'urllib.parse.quote'],
  url: ['urllib.parse.quote', 'urllib.parse.quote_plus', 'urllib.parse.urlencode'],
  ldap: ['ldap.filter.escape_filter_chars', 'ldap.filter.filter_format', 'ldap3.utils.conv.escape_filter_chars', 'ldap.dn.escape_dn_chars'],
  sql: ['psycopg2.sql.Identifier', 'psycopg2.sql.Literal', 'sqlalchemy.sql.expression.bindparam', 'sqlalchemy.bindparam'],
  code: ['ast.literal_eval'],
  template: [],
  // XPath has no escaping function: variables bound at evaluation (`tree.xpath("//u[@id=$id]", id=v)`) are the fix.
  xpath: [],
  // A string or an ObjectId cannot carry a query operator (`{"$ne": null}`).
  nosql: ['str', 'bson.ObjectId', 'bson.objectid.ObjectId'],
  // Percent-encoding leaves no CR/LF to split a header with.
  header: ['urllib.parse.quote', 'urllib.parse.quote_plus', 'urllib.parse.urlencode', 'werkzeug.urls.url_quote'],
  regex: ['re.escape', 'regex.escape'],
  // Nothing makes attacker bytes safe to unpickle or to parse with entity expansion: only a check of where they
  // came from (a signature) or a safe parser does, and those are guards or other rules.
  deserialization: [],
  xml: [],
};
/** Builtin casts that sanitise for one sink class only (`str()` drops a NoSQL operator, not a SQL quote): never for the others. */
const SINK_CASTS = new Set(['str']);
const ALL_SANITISERS = new Set(Object.values(SINK_SANITISERS).flat().filter((name) => !SINK_CASTS.has(name)));

/** Predicates that, tested on a name in an `if`, restrict it to known values: allow-lists, formats, safe URLs. */
const GUARD_METHODS = new Set(['isdigit', 'isdecimal', 'isnumeric', 'isalnum', 'isalpha', 'isidentifier', 'startswith', 'is_relative_to']);
const GUARD_FUNCTION = /(^|[._])(is_?safe\w*|\w*allowed\w*|is_?valid\w*|valid(ate)?\w*|\w*whitelist\w*|\w*allowlist\w*|fullmatch|match)$/i;

const MAX_CALL_DEPTH = 2;
const MAX_DEPTH = 40;
/** Enclosing blocks searched for an allow-list check: real checks sit a few levels up, hostile files nest thousands deep. */
const MAX_GUARD_LEVELS = 64;
/** Trace steps for one question: past it the answer is "unknown" (never a hang, never a silent "safe"). */
const MAX_STEPS = 20_000;

interface FunctionRole {
  /** Parameters that hold the request object itself. */
  requestObjects: Set<string>;
  /** Other parameters carry request data: route/URL parameters of a view. */
  routeParameters: boolean;
  /** Registered with a route decorator (parameters typed by the framework), not only shaped like a view. */
  decorated: boolean;
}

const CONSTANT: Trace = { kind: 'constant', flow: [] };
const UNKNOWN: Trace = { kind: 'unknown', flow: [] };
const CHECKED: Trace = { kind: 'sanitised', flow: [] };

/** Where the value of `node` comes from, with the path it takes. */
export function traceValue(node: SyntaxNode, module: ModuleFacts, options: TraceOptions = {}): Trace {
  return tracerFor(module).run(node, options.sink, options.leading === true);
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

/** Is this expression a request object (`request`, `req`, `self.request`, `flask.request`)? */
export function isRequestObject(node: SyntaxNode, module: ModuleFacts): boolean {
  return tracerFor(module).isRequestObject(node, 0);
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

function step(text: string, node: SyntaxNode, note?: string): string {
  const compact = text.replace(/\s+/g, ' ').replace(/([([{]) /g, '$1').replace(/ ([)\]}])/g, '$1').trim();
  const shown = compact.length > 60 ? `${compact.slice(0, 57)}...` : compact;
  return `${shown} (${note ? `${note}, ` : ''}line ${node.startPosition.row + 1})`;
}

function strongest(traces: Trace[]): Trace {
  let best: Trace = CONSTANT;
  for (const trace of traces) if (RANK[trace.kind] > RANK[best.kind]) best = trace;
  return best;
}

function contains(outer: SyntaxNode, inner: SyntaxNode): boolean {
  return inner.startIndex >= outer.startIndex && inner.endIndex <= outer.endIndex;
}

/** One call's arguments bound to the callee's parameters, while its returns are traced. */
interface CallFrame {
  function: SyntaxNode;
  parameters: Map<string, Trace>;
}

class Tracer {
  private readonly memo = new Map<string, Trace>();
  private readonly roles = new Map<number, FunctionRole>();
  private readonly active = new Set<string>();
  private frames: CallFrame[] = [];
  private depth = 0;
  private steps = 0;
  private leading = false;

  constructor(private readonly module: ModuleFacts) {}

  run(node: SyntaxNode, sink: SinkClass | undefined, leading: boolean): Trace {
    const saved = this.leading;
    this.leading = leading;
    if (this.depth === 0) this.steps = 0;
    try {
      return this.trace(node, sink);
    } finally {
      this.leading = saved;
    }
  }

  trace(node: SyntaxNode, sink: SinkClass | undefined): Trace {
    const key = `${node.id}:${sink ?? ''}:${this.leading ? 'leading' : ''}`;
    const cacheable = this.frames.length === 0;
    if (cacheable) {
      const known = this.memo.get(key);
      if (known) return known;
    }
    if (++this.steps > MAX_STEPS) return UNKNOWN;
    this.module.deadline.check(); // the steps bound one trace; a file of many sinks needs the file's deadline too
    const activeKey = `${key}:${this.frames.length}`;
    // A value that depends on itself (`x = x + y` in a loop): that path adds nothing new.
    if (this.active.has(activeKey) || this.depth > MAX_DEPTH) return CONSTANT;
    this.active.add(activeKey);
    this.depth++;
    let result: Trace;
    try {
      result = this.compute(node, sink);
    } finally {
      this.depth--;
      this.active.delete(activeKey);
    }
    if (cacheable) this.memo.set(key, result);
    return result;
  }

  private all(nodes: readonly (SyntaxNode | null | undefined)[], sink: SinkClass | undefined): Trace {
    return strongest(nodes.filter((node): node is SyntaxNode => !!node).map((node) => this.trace(node, sink)));
  }

  private compute(node: SyntaxNode, sink: SinkClass | undefined): Trace {
    if (this.leading) {
      const parts = this.leadingParts(node);
      if (parts) return this.all(parts, sink);
    }
    switch (node.type) {
      case 'string': {
        const fields = node.namedChildren.filter((child) => child.type === 'interpolation');
        return this.all(fields.map((field) => field.childForFieldName('expression') ?? field.firstNamedChild), sink);
      }
      case 'concatenated_string':
      case 'list':
      case 'tuple':
      case 'set':
      case 'expression_list':
      case 'dictionary':
      case 'pair':
      case 'binary_operator':
      case 'boolean_operator':
        return this.all(node.namedChildren, sink);
      case 'integer': case 'float': case 'true': case 'false': case 'none': case 'ellipsis':
      case 'comparison_operator': case 'not_operator': case 'slice': case 'lambda':
        return node.type === 'lambda' ? UNKNOWN : CONSTANT;
      case 'parenthesized_expression': case 'list_splat': case 'dictionary_splat': case 'unary_operator':
        return node.firstNamedChild ? this.trace(node.firstNamedChild, sink) : UNKNOWN;
      case 'await':
        return this.directSource(node) ?? (node.firstNamedChild ? this.trace(node.firstNamedChild, sink) : UNKNOWN);
      case 'keyword_argument':
      case 'named_expression':
        return this.trace(node.childForFieldName('value') ?? node.lastNamedChild!, sink);
      case 'conditional_expression': {
        const [body, condition, alternative] = node.namedChildren;
        const guarded = condition && this.guards(condition, true);
        const bodyTrace = body ? this.trace(body, sink) : CONSTANT;
        const checked: Trace = { kind: 'sanitised', flow: [] };
        return strongest([guarded && isNameCheck(body, guarded) && RANK[bodyTrace.kind] > RANK.sanitised ? checked : bodyTrace, alternative ? this.trace(alternative, sink) : CONSTANT]);
      }
      case 'list_comprehension': case 'set_comprehension': case 'generator_expression': case 'dictionary_comprehension': {
        // The elements are the body's values; the loop variables in it resolve to their iterables (traceName).
        const body = node.childForFieldName('body');
        return body ? this.trace(body, sink) : UNKNOWN;
      }
      case 'identifier':
        return this.traceName(node, sink);
      case 'attribute':
        return this.directSource(node) ?? this.traceAttribute(node, sink);
      case 'subscript':
        return this.directSource(node) ?? this.traceSubscript(node, sink);
      case 'call':
        return this.directSource(node) ?? this.traceCall(node, sink);
      default:
        return UNKNOWN;
    }
  }

  /**
   * In leading mode, the parts of a string-building expression that decide where it points: those before constant
   * text fixes the destination (`https://host/`, `/path`, a `?` or `#`, a `/` after the first value). [] = constant;
   * undefined = not string building, trace it whole.
   */
  private leadingParts(node: SyntaxNode): SyntaxNode[] | undefined {
    if (!['string', 'concatenated_string', 'binary_operator', 'call'].includes(node.type)) return undefined;
    // Unresolved on purpose: names stay holes and are traced (in leading mode) with their own flow steps.
    const shape = foldString(node);
    if (!shape || shape.dynamic.length === 0 && !shape.constant) return undefined;
    const segments = shape.text.split(HOLE);
    if (segments.length - 1 !== shape.dynamic.length) return undefined;
    const parts: SyntaxNode[] = [];
    let text = segments[0];
    for (let index = 0; index < shape.dynamic.length && !fixesDestination(text); index++) {
      parts.push(shape.dynamic[index]);
      text += `${HOLE}${segments[index + 1]}`;
    }
    return parts;
  }

  // --- sources --------------------------------------------------------------------------------------------------

  /** `request.GET["q"]`, `request.args.get("q")`, `await request.json()`, `sys.argv[1]`, `os.environ["X"]`, `input()`. */
  private directSource(node: SyntaxNode): Trace | undefined {
    let inner = node;
    for (;;) {
      if (inner.type === 'subscript' && inner.childForFieldName('value')) inner = inner.childForFieldName('value')!;
      else if (inner.type === 'await' && inner.firstNamedChild) inner = inner.firstNamedChild;
      else if (inner.type === 'call' && ACCESS_METHODS.has(this.module.calleeAttribute(inner) ?? '') && inner.childForFieldName('function')?.type === 'attribute') {
        inner = inner.childForFieldName('function')!.childForFieldName('object')!;
      } else break;
    }
    const source = (kind: TaintKind, origin?: string): Trace => ({ kind, flow: [step(node.text, node)], ...(origin ? { origin } : {}) });
    if (inner.type === 'attribute') {
      const object = inner.childForFieldName('object');
      const attribute = inner.childForFieldName('attribute')?.text ?? '';
      if (object && REQUEST_ATTRIBUTES.has(attribute) && this.isRequestObject(object, 0)) {
        if (attribute === 'environ' || attribute === 'META') return this.clientSetKey(node, inner) ? source('request') : UNKNOWN;
        return source('request');
      }
      const name = this.module.qualifiedName(inner);
      if (name === 'sys.argv') return source('user-input', 'argv');
      if (name === 'os.environ' || name === 'os.environb') return source('user-input', 'environment');
      if (name === 'sys.stdin') return source('user-input', 'stdin');
    }
    if (inner.type === 'call') {
      const callee = inner.childForFieldName('function');
      if (callee?.type === 'attribute') {
        const method = callee.childForFieldName('attribute')?.text ?? '';
        const object = callee.childForFieldName('object')!;
        if (REQUEST_METHODS.has(method) && this.isRequestObject(object, 0)) return source('request');
        if (method === 'recv' || method === 'recvfrom' || method === 'recv_into' || method === 'recvmsg') return source('user-input', 'network');
        if ((method === 'read' || method === 'readline' || method === 'readlines') && this.opensStream(object)) {
          return source('user-input', this.module.qualifiedName(object)?.startsWith('sys.stdin') ? 'stdin' : 'file');
        }
      }
      const name = this.module.callName(inner);
      if ((name === 'input' || name === 'raw_input') && this.module.isBuiltin(name)) return source('user-input', 'stdin');
      if (name === 'os.getenv' || name === 'os.getenvb') return source('user-input', 'environment');
    }
    return undefined;
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
    return /^HTTP_|^(QUERY_STRING|PATH_INFO|CONTENT_TYPE|CONTENT_LENGTH|REQUEST_URI|RAW_URI)$/.test(name);
  }

  /** A file, URL or stdin stream: `open(p)`, `urlopen(u)`, a name bound to one, `sys.stdin`. */
  private opensStream(node: SyntaxNode): boolean {
    const opener = (expression: SyntaxNode) => {
      if (expression.type !== 'call') return false;
      const name = this.module.callName(expression) ?? '';
      return ['open', 'io.open', 'codecs.open', 'urllib.request.urlopen', 'urllib2.urlopen', 'gzip.open', 'bz2.open'].includes(name) || /\.open$/.test(name);
    };
    if (opener(node) || this.module.qualifiedName(node) === 'sys.stdin') return true;
    if (node.type !== 'identifier') return false;
    const scope = this.module.scopeOf(node);
    return (scope.bindings.get(node.text) ?? []).some((binding) => binding.value && opener(binding.value));
  }

  isRequestObject(node: SyntaxNode, depth: number): boolean {
    if (depth > 4) return false;
    if (node.type === 'attribute') {
      // `self.request` in class-based views.
      const object = node.childForFieldName('object');
      return node.childForFieldName('attribute')?.text === 'request' && object?.type === 'identifier' && object.text === 'self';
    }
    if (node.type !== 'identifier') return false;
    const name = node.text;
    const scope = this.module.scopeOf(node);
    const bindings = scope.bindings.get(name);
    if (!bindings) {
      const imported = this.module.imports.aliases.get(name);
      return !!imported && REQUEST_PROXIES.has(imported);
    }
    for (const binding of scope.reachingBindings(name, node)) {
      if (binding.kind === 'parameter') {
        if (this.roleOf(scope.node).requestObjects.has(name)) return true;
      } else if (binding.value && (binding.kind === 'assign' || binding.kind === 'walrus') && this.isRequestObject(binding.value, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  private roleOf(fn: SyntaxNode): FunctionRole {
    let role = this.roles.get(fn.id);
    if (role) return role;
    role = { requestObjects: new Set(), routeParameters: false, decorated: false };
    this.roles.set(fn.id, role);
    if (fn.type !== 'function_definition') return role;
    const parameters = (fn.childForFieldName('parameters')?.namedChildren ?? []).filter((parameter) => parameterName(parameter));
    const names = parameters.map((parameter) => parameterName(parameter)!.text);
    const isMethod = fn.parent?.type === 'block' && fn.parent.parent?.type === 'class_definition'
      || fn.parent?.type === 'decorated_definition' && fn.parent.parent?.type === 'block' && fn.parent.parent.parent?.type === 'class_definition';
    parameters.forEach((parameter, index) => {
      const type = parameter.childForFieldName('type')?.text ?? '';
      if (REQUEST_TYPE.test(type) || (REQUEST_PARAMETER_NAMES.has(names[index]) && !type)) role!.requestObjects.add(names[index]);
    });
    const first = names.find((name) => name !== 'self' && name !== 'cls');
    const viewShaped = !!first && role.requestObjects.has(first);
    role.decorated = isRouteHandler(fn);
    role.routeParameters = role.decorated || (viewShaped && !isMethod);
    return role;
  }

  // --- names ----------------------------------------------------------------------------------------------------

  private traceName(node: SyntaxNode, sink: SinkClass | undefined): Trace {
    const name = node.text;
    const iterable = comprehensionIterable(node);
    if (iterable) {
      const inner = this.trace(iterable, sink);
      return RANK[inner.kind] <= RANK.sanitised ? inner : { ...inner, flow: [...inner.flow, step(name, node)] };
    }
    let scope: Scope | undefined = this.module.scopeOf(node);
    let local = true;
    // Closures read the enclosing function's names, then the module's.
    while (scope && !scope.bindings.has(name)) {
      local = false;
      // The root is `module`, or `ERROR` when the whole file fails to parse: compare identities, not types.
      scope = scope.node.id === this.module.root.id ? undefined : this.module.scopeFor(enclosingFunction(scope.node) ?? this.module.root);
    }
    if (!scope) return UNKNOWN; // imported, builtin or undefined
    const bindings = local ? scope.reachingBindings(name, node) : scope.bindings.get(name)!;
    const traces = bindings.map((binding) => (local && this.checkedAfter(binding, node) ? CHECKED : this.traceBinding(scope!, name, binding, sink)));
    const result = strongest(traces);
    if (RANK[result.kind] > RANK.sanitised && this.isGuarded(node, bindings)) return { kind: 'sanitised', flow: result.flow };
    return result;
  }

  private traceBinding(scope: Scope, name: string, binding: Binding, sink: SinkClass | undefined): Trace {
    if (binding.kind === 'parameter') return this.traceParameter(scope.node, name, binding, sink);
    if (binding.kind === 'except' || binding.kind === 'import' || !binding.value) return UNKNOWN;
    if (binding.value.type === 'function_definition' || binding.value.type === 'class_definition') return UNKNOWN;
    let value = this.trace(binding.value, sink);
    if (binding.kind === 'augment' || binding.kind === 'other') {
      // `x += y`: the old value stays part of the new one.
      const earlier = scope.reachingBindings(name, binding.target).filter((candidate) => candidate !== binding && candidate.at < binding.at);
      value = strongest([value, ...earlier.map((candidate) => this.traceBinding(scope, name, candidate, sink))]);
    }
    if (RANK[value.kind] <= RANK.sanitised) return value;
    return { ...value, flow: [...value.flow, step(name, binding.target)] };
  }

  private traceParameter(fn: SyntaxNode, name: string, binding: Binding, sink: SinkClass | undefined): Trace {
    const frame = this.frames.find((candidate) => candidate.function.id === fn.id);
    const bound = frame?.parameters.get(name);
    if (bound) return bound;
    const parameter = binding.value;
    const defaultValue = parameter?.childForFieldName('value');
    if (frame) return defaultValue ? this.trace(defaultValue, sink) : UNKNOWN;
    if (name === 'self' || name === 'cls') return UNKNOWN;
    const role = this.roleOf(fn);
    if (role.requestObjects.has(name)) return UNKNOWN; // the request object itself, not its data
    const type = parameter?.childForFieldName('type')?.text ?? '';
    if (/^(int|float|bool|uuid\.UUID|UUID|datetime|date)$/.test(type) || convertedRouteParameter(fn, name)) return { kind: 'sanitised', flow: [] };
    if (defaultValue && /^(\w+\.)?(Depends|Security)\(/.test(defaultValue.text)) return UNKNOWN; // FastAPI dependency
    if (fn.type === 'function_definition' && role.routeParameters) {
      return { kind: 'request', ...(role.decorated ? {} : { origin: 'view-parameter' }), flow: [step(name, binding.target, `parameter of view ${fn.childForFieldName('name')?.text ?? ''}`.trim())] };
    }
    return { kind: 'parameter', flow: [step(name, binding.target, 'parameter')] };
  }

  // --- attributes, subscripts, calls --------------------------------------------------------------------------

  private traceAttribute(node: SyntaxNode, sink: SinkClass | undefined): Trace {
    const object = node.childForFieldName('object');
    if (!object || this.isRequestObject(object, 0)) return UNKNOWN;
    const inner = this.trace(object, sink);
    // Django URL captures are strings: a parameter of a `def f(request, page)` function read as an object
    // (`page.title`) was passed by other code, not by the URL. (Decorated routes keep it: FastAPI body models.)
    if (inner.origin === 'view-parameter' && object.type === 'identifier') return UNKNOWN;
    // An attribute of a constant (`"x".join`) or of an unknown object is not known data.
    return RANK[inner.kind] >= RANK.parameter ? inner : inner.kind === 'sanitised' ? inner : UNKNOWN;
  }

  private traceSubscript(node: SyntaxNode, sink: SinkClass | undefined): Trace {
    const object = node.childForFieldName('value');
    if (!object) return UNKNOWN;
    // `COMMANDS[request.GET["c"]]`: a constant table maps any key to one of its constants.
    return this.trace(object, sink);
  }

  private traceCall(call: SyntaxNode, sink: SinkClass | undefined): Trace {
    const callee = call.childForFieldName('function');
    if (!callee) return UNKNOWN;
    const name = this.module.callName(call) ?? '';
    const args = argumentList(call);
    if (this.isSanitiser(name, sink)) {
      return { kind: 'sanitised', flow: [step(`${callee.text}()`, call, 'sanitised')] };
    }
    // Escaped for another context (`html.escape` before a shell): the data is still there.
    if (ALL_SANITISERS.has(name)) return this.all(args.slice(0, 1), sink);
    const local = this.localFunction(callee);
    if (local) return this.traceLocalCall(call, local, args, sink);
    if (PROPAGATORS.has(name)) {
      return this.all(args, sink);
    }
    if (callee.type === 'attribute') {
      const method = callee.childForFieldName('attribute')?.text ?? '';
      const receiver = callee.childForFieldName('object')!;
      if (method === 'join' || method === 'format' || method === 'format_map' || method === 'substitute' || method === 'safe_substitute') {
        return this.all([receiver, ...args], sink);
      }
      if (method === 'replace') return this.all([receiver, args[1]], sink);
      if (STRING_METHODS.has(method) || ACCESS_METHODS.has(method)) {
        const inner = this.trace(receiver, sink);
        return RANK[inner.kind] >= RANK.parameter || inner.kind === 'sanitised' || inner.kind === 'constant' ? inner : UNKNOWN;
      }
    }
    return UNKNOWN;
  }

  private isSanitiser(name: string, sink: SinkClass | undefined): boolean {
    if (UNIVERSAL_SANITISERS.has(name) && (!['int', 'float', 'bool', 'len', 'abs', 'round', 'ord', 'hash'].includes(name) || this.module.isBuiltin(name))) return true;
    if (sink) return SINK_SANITISERS[sink].includes(name) && (!SINK_CASTS.has(name) || this.isBuiltinCall(name));
    return ALL_SANITISERS.has(name);
  }

  /** `name` is the builtin: neither imported nor defined at module level. */
  private isBuiltinCall(name: string): boolean {
    return this.module.isBuiltin(name) && !this.module.scopeFor(this.module.root).bindings.has(name);
  }

  /** A function defined in this module (`helper(...)`) or a method of the enclosing class (`self.helper(...)`). */
  private localFunction(callee: SyntaxNode): SyntaxNode | undefined {
    if (callee.type === 'identifier') {
      const module = this.module.scopeFor(this.module.root);
      const bindings = module.bindings.get(callee.text);
      const caller = this.module.scopeOf(callee);
      const shadowed = caller.node.type !== 'module' && caller.bindings.has(callee.text);
      if (bindings?.length === 1 && bindings[0].value?.type === 'function_definition' && !shadowed) {
        return bindings[0].value;
      }
      return undefined;
    }
    if (callee.type === 'attribute' && callee.childForFieldName('object')?.text === 'self') {
      const method = callee.childForFieldName('attribute')?.text;
      let owner = callee.parent;
      while (owner && owner.type !== 'class_definition') owner = owner.parent;
      const body = owner?.childForFieldName('body');
      for (const member of body?.namedChildren ?? []) {
        const definition = member.type === 'decorated_definition' ? member.childForFieldName('definition') : member;
        if (definition?.type === 'function_definition' && definition.childForFieldName('name')?.text === method) return definition;
      }
    }
    return undefined;
  }

  /** The returns of a same-module function, its parameters bound to this call's arguments. */
  private traceLocalCall(call: SyntaxNode, fn: SyntaxNode, args: SyntaxNode[], sink: SinkClass | undefined): Trace {
    if (this.frames.length >= MAX_CALL_DEPTH || this.frames.some((frame) => frame.function.id === fn.id)) return UNKNOWN;
    const parameters = new Map<string, Trace>();
    const names = (fn.childForFieldName('parameters')?.namedChildren ?? [])
      .filter((parameter) => parameter.type !== 'list_splat_pattern' && parameter.type !== 'dictionary_splat_pattern')
      .map((parameter) => parameterName(parameter)?.text)
      .filter((name): name is string => !!name);
    const positional = names[0] === 'self' || names[0] === 'cls' ? names.slice(1) : names;
    let index = 0;
    for (const arg of args) {
      if (arg.type === 'keyword_argument') {
        const key = arg.childForFieldName('name')?.text;
        const value = arg.childForFieldName('value');
        if (key && value) parameters.set(key, this.trace(value, sink));
      } else if (arg.type !== 'list_splat' && arg.type !== 'dictionary_splat' && index < positional.length) {
        parameters.set(positional[index++], this.trace(arg, sink));
      }
    }
    const returns = fn.descendantsOfType('return_statement').filter((statement) => enclosingFunction(statement)?.id === fn.id);
    this.frames = [...this.frames, { function: fn, parameters }];
    let result: Trace;
    try {
      result = this.all(returns.map((statement) => statement.firstNamedChild), sink);
    } finally {
      this.frames = this.frames.slice(0, -1);
    }
    if (RANK[result.kind] <= RANK.sanitised) return result;
    const callee = call.childForFieldName('function')!;
    return { ...result, flow: [...result.flow, step(`${callee.text}()`, call)] };
  }

  // --- allow-list checks ---------------------------------------------------------------------------------------

  /** The use sits under `if name in ALLOWED:` / after `if name not in ALLOWED: return`, later than its bindings. */
  private isGuarded(use: SyntaxNode, bindings: Binding[]): boolean {
    const name = use.text;
    // A check counts when no binding outside it comes later (one inside, `url = "/"`, is part of the check).
    const checkedAfterBindings = (check: SyntaxNode) => bindings.every((binding) => binding.at < check.startIndex || contains(check, binding.target));
    const fn = enclosingFunction(use);
    let child = use;
    let current = use.parent;
    for (let level = 0; current && current.id !== fn?.id && level < MAX_GUARD_LEVELS; level++) {
      if ((current.type === 'if_statement' || current.type === 'elif_clause') && current.childForFieldName('consequence') && contains(current.childForFieldName('consequence')!, use)) {
        const checked = this.guards(current.childForFieldName('condition')!, true);
        if (checked.includes(name) && checkedAfterBindings(current)) return true;
      }
      if (current.type === 'block' || current.type === 'module') {
        for (const statement of current.namedChildren) {
          if (statement.startIndex >= child.startIndex) break;
          if (checkedAfterBindings(statement) && this.isExitingCheck(statement, name)) return true;
        }
      }
      child = current;
      current = current.parent;
    }
    return false;
  }

  /**
   * The binding's value is checked before it reaches the use: a statement after the binding (in its block or an
   * enclosing one) is `if not safe(name): name = default` / `return`. Covers checks nested with the binding.
   */
  private checkedAfter(binding: Binding, use: SyntaxNode): boolean {
    if (binding.kind === 'parameter') return false;
    const name = use.text;
    let level = 0;
    for (let node: SyntaxNode | null = binding.target; node && node.type !== 'function_definition' && node.type !== 'module' && level++ < MAX_GUARD_LEVELS; node = node.parent) {
      if (node.parent?.type !== 'block' && node.parent?.type !== 'module') continue;
      for (let sibling = node.nextNamedSibling; sibling && sibling.startIndex < use.startIndex; sibling = sibling.nextNamedSibling) {
        if (contains(sibling, use)) break;
        if (this.isExitingCheck(sibling, name)) return true;
      }
    }
    return false;
  }

  /** `if not ok(name): return …` or `if name not in ALLOWED: name = DEFAULT`. */
  private isExitingCheck(statement: SyntaxNode, name: string): boolean {
    if (statement.type !== 'if_statement') return false;
    const condition = statement.childForFieldName('condition');
    const consequence = statement.childForFieldName('consequence');
    return !!condition && !!consequence && this.guards(condition, false).includes(name) && (exitsBlock(consequence) || rebinds(consequence, name));
  }

  /** Names a condition restricts when it is true (`positive`) or when it is false (`if not ok(x): return`). */
  guards(condition: SyntaxNode, positive: boolean, depth = 0): string[] {
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
        // as a check of x too: the other operand is a precondition, not a way around the check.
        if ((operator === 'and') === positive || operator === 'and') return condition.namedChildren.flatMap((part) => this.guards(part, positive, depth + 1));
        return [];
      }
      case 'comparison_operator': {
        const operators = condition.children.filter((child) => !child.isNamed).map((child) => child.type);
        const [left, right] = condition.namedChildren;
        if (operators.length !== 1 || !left || !right) return [];
        const operator = operators[0];
        const subject = checkedName(left);
        if (!subject || right.descendantsOfType('identifier').some((identifier) => identifier.text === subject)) return [];
        if ((operator === 'in' || operator === '==') && positive) return [subject];
        if ((operator === 'not in' || operator === '!=') && !positive) return [subject];
        return [];
      }
      case 'call': {
        if (!positive) return [];
        const callee = condition.childForFieldName('function');
        if (callee?.type === 'attribute' && GUARD_METHODS.has(callee.childForFieldName('attribute')?.text ?? '')) {
          const subject = checkedName(callee.childForFieldName('object')!);
          return subject ? [subject] : [];
        }
        const name = callee ? this.module.qualifiedName(callee) ?? callee.text : '';
        if (!GUARD_FUNCTION.test(name)) return [];
        return argumentList(condition).map((arg) => checkedName(arg.type === 'keyword_argument' ? arg.childForFieldName('value')! : arg)).filter((subject): subject is string => !!subject);
      }
      default:
        return [];
    }
  }
}

const COMPREHENSIONS = new Set(['list_comprehension', 'set_comprehension', 'generator_expression', 'dictionary_comprehension']);

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

/** The name a check is about: `x`, `x.lower()`, `x.strip()`. */
function checkedName(node: SyntaxNode | null): string | undefined {
  if (!node) return undefined;
  if (node.type === 'identifier') return node.text;
  if (node.type === 'call') {
    const callee = node.childForFieldName('function');
    if (callee?.type === 'attribute' && STRING_METHODS.has(callee.childForFieldName('attribute')?.text ?? '')) return checkedName(callee.childForFieldName('object'));
  }
  return undefined;
}

function isNameCheck(node: SyntaxNode | undefined, names: string[]): boolean {
  return !!node && node.type === 'identifier' && names.includes(node.text);
}

/** The block always leaves: its last statement returns, raises, breaks, continues or aborts. */
function exitsBlock(block: SyntaxNode): boolean {
  const last = block.lastNamedChild;
  if (!last) return false;
  if (['return_statement', 'raise_statement', 'continue_statement', 'break_statement'].includes(last.type)) return true;
  const call = last.type === 'expression_statement' ? last.firstNamedChild : null;
  return call?.type === 'call' && /(^|\.)(abort|exit|_exit|fail|skipTest)$/.test(call.childForFieldName('function')?.text ?? '');
}

function rebinds(block: SyntaxNode, name: string): boolean {
  return block.namedChildren.some((statement) => {
    const assignment = statement.type === 'expression_statement' ? statement.firstNamedChild : null;
    return assignment?.type === 'assignment' && assignment.childForFieldName('left')?.text === name;
  });
}

/** Route converters that only match numbers or UUIDs: Flask/Werkzeug `<int:id>`, Starlette/FastAPI `{id:int}`. */
const TYPED_CONVERTERS = /^(int|float|uuid)$/;

/** The route decorator's path converts `name` to a number or UUID before the view sees it. */
function convertedRouteParameter(fn: SyntaxNode, name: string): boolean {
  const decorated = fn.parent?.type === 'decorated_definition' ? fn.parent : null;
  for (const decorator of decorated?.namedChildren ?? []) {
    const call = decorator.type === 'decorator' ? decorator.firstNamedChild : null;
    const path = call?.type === 'call' ? argumentList(call)[0] : undefined;
    if (path?.type !== 'string') continue;
    for (const match of path.text.matchAll(/<(\w+):(\w+)>|\{(\w+):(\w+)\}/g)) {
      // Flask puts the converter first (`<int:id>`), Starlette last (`{id:int}`).
      const [converter, parameter] = match[1] ? [match[1], match[2]] : [match[4], match[3]];
      if (parameter === name && TYPED_CONVERTERS.test(converter)) return true;
    }
  }
  return false;
}

/** A function registered as a web route (`@app.route`, `@router.get("/x")`, `@api_view`, `@require_POST`). */
export function isRouteHandler(fn: SyntaxNode): boolean {
  const decorated = fn.parent?.type === 'decorated_definition' ? fn.parent : null;
  if (!decorated) return false;
  for (const decorator of decorated.namedChildren.filter((child) => child.type === 'decorator')) {
    const expression = decorator.firstNamedChild;
    const callee = expression?.type === 'call' ? expression.childForFieldName('function') : expression;
    if (!callee) continue;
    const last = callee.type === 'attribute' ? callee.childForFieldName('attribute')?.text ?? '' : callee.text;
    if (VIEW_DECORATORS.has(last)) return true;
    if (callee.type !== 'attribute' || !ROUTE_METHODS.has(last) || expression?.type !== 'call') continue;
    if (last === 'route' || last === 'api_route') return true;
    // `@x.get("/items/{id}")`: a path argument tells a route from `@cache.get`-like decorators.
    const first = argumentList(expression)[0];
    if (first?.type === 'string' && /^[rbuf]*["']+\//i.test(first.text)) return true;
  }
  return false;
}
