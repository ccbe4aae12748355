// What the tracer knows about libraries, as data: sources, propagators, sanitisers per sink class, guards and
// clean conversions (the parts Semgrep calls pattern-sources/-propagators/-sanitizers). The algorithm that uses them
// is in analysis.ts. Add a row here to teach the tracer a new library.
export const SINK_CLASSES = ['sql', 'shell', 'code', 'html', 'template', 'redirect', 'path', 'url', 'ldap', 'xpath', 'nosql', 'header', 'regex', 'deserialization', 'xml'];
export const RANK = { constant: 0, sanitised: 1, unknown: 2, parameter: 3, 'user-input': 4, request: 5 };
// --- sources ------------------------------------------------------------------------------------------------------
/** Attributes of a request object that carry what the client sent (Django, Flask/Werkzeug, Starlette, WebOb, DRF). */
export const REQUEST_ATTRIBUTES = new Set([
    'GET', 'POST', 'COOKIES', 'META', 'body', 'FILES', 'headers', 'data', 'args', 'form', 'values', 'json', 'cookies',
    'files', 'query_params', 'path_params', 'query_string', 'params', 'view_args', 'raw_post_data', 'stream', 'environ',
    'query', 'matchdict', 'arguments', 'query_arguments', 'body_arguments',
]);
/** Attributes whose keys are partly set by the server (`REMOTE_USER`, `wsgi.input`): only client-set keys are data. */
export const MIXED_REQUEST_ATTRIBUTES = new Set(['environ', 'META']);
export const CLIENT_SET_ENVIRON_KEY = /^HTTP_|^(QUERY_STRING|PATH_INFO|CONTENT_TYPE|CONTENT_LENGTH|REQUEST_URI|RAW_URI)$/;
/** Methods of a request object that return what the client sent. */
export const REQUEST_METHODS = new Set(['get_json', 'json', 'body', 'form', 'get_data', 'read', 'readline', 'readlines', 'stream']);
/** Methods that read one item out of a mapping or list without changing where it came from. */
export const ACCESS_METHODS = new Set(['get', 'getlist', 'getone', 'getall', 'get_all', 'pop', 'setdefault', 'copy', 'dict', 'to_dict', 'items', 'values', 'keys', 'lists']);
/** Names of the module-level request proxies. */
export const REQUEST_PROXIES = new Set(['flask.request', 'quart.request', 'bottle.request', 'sanic.request']);
export const REQUEST_PARAMETER_NAMES = new Set(['request', 'req']);
export const REQUEST_TYPE = /(^|\.)(Http|WSGI|ASGI)?Request$/;
/**
 * Class-based handlers: what `self` hands the methods of a class built on one of these bases (qualified names):
 * Tornado's argument readers and path captures, the URL captures of Django's and DRF's class-based views (`origin`:
 * as a function view's URL parameters).
 */
export const HANDLER_BASES = [
    {
        base: /^tornado\.web\.RequestHandler$/,
        methods: new Set(['get_argument', 'get_arguments', 'get_query_argument', 'get_query_arguments', 'get_body_argument', 'get_body_arguments', 'get_cookie', 'decode_argument']),
        attributes: new Set(['path_args', 'path_kwargs']),
    },
    { base: /^(django\.views|rest_framework)\./, methods: new Set(), attributes: new Set(['kwargs', 'args']), origin: 'view-parameter' },
];
/** Route converters that only match numbers or UUIDs: Flask/Werkzeug `<int:id>`, Starlette/FastAPI `{id:int}`. */
export const CONVERTED_ROUTE_CONVERTER = /^(int|float|uuid)$/;
/** Parameter annotations that the framework converts before the view runs. */
export const CONVERTED_PARAMETER_TYPE = /^(int|float|bool|uuid\.UUID|UUID|datetime|date)$/;
/** Annotations naming a closed set of developer-written values (`sort: Literal["name", "price"]`), by qualified name. */
export const CLOSED_CHOICE_TYPES = new Set(['typing.Literal', 'typing_extensions.Literal']);
/** Bases of an enumeration (`class Service(str, enum.Enum)`): a parameter of that type is one of its members. */
export const ENUM_BASES = new Set(['enum.Enum', 'enum.IntEnum', 'enum.StrEnum', 'enum.Flag', 'enum.IntFlag']);
/** FastAPI dependencies: the value is built by other code, not sent by the client. */
export const DEPENDENCY_DEFAULT = /^(\w+\.)?(Depends|Security)\(/;
/** Outside input that is not a web request, by qualified name: `origin` tells which. */
export const INPUT_ATTRIBUTES = { 'sys.argv': 'argv', 'os.environ': 'environment', 'os.environb': 'environment', 'sys.stdin': 'stdin' };
export const INPUT_CALLS = {
    'os.getenv': 'environment', 'os.getenvb': 'environment',
    // Command-line parsers read sys.argv: `args = argparse.ArgumentParser(...).parse_args()`, `args.name`.
    'argparse.ArgumentParser().parse_args': 'argv', 'argparse.ArgumentParser().parse_known_args': 'argv', 'argparse.ArgumentParser().parse_intermixed_args': 'argv',
    'optparse.OptionParser().parse_args': 'argv',
};
export const INPUT_BUILTINS = { input: 'stdin', raw_input: 'stdin' };
export const NETWORK_READ_METHODS = new Set(['recv', 'recvfrom', 'recv_into', 'recvmsg']);
export const STREAM_READ_METHODS = new Set(['read', 'readline', 'readlines']);
export const STREAM_OPENERS = new Set(['open', 'io.open', 'codecs.open', 'urllib.request.urlopen', 'urllib2.urlopen', 'gzip.open', 'bz2.open']);
/** Route decorators: `@app.route`, `@bp.get("/x")`, `@router.post("/x")`, Django's `@api_view`/`@require_POST`. */
export const ROUTE_METHODS = new Set(['route', 'api_route', 'get', 'post', 'put', 'delete', 'patch', 'head', 'options', 'websocket']);
export const VIEW_DECORATORS = new Set(['api_view', 'require_http_methods', 'require_GET', 'require_POST', 'require_safe', 'csrf_exempt']);
// --- propagators --------------------------------------------------------------------------------------------------
/** String methods whose result carries the receiver's content (and the arguments', for the building ones). */
export const STRING_METHODS = new Set([
    'strip', 'lstrip', 'rstrip', 'lower', 'upper', 'title', 'capitalize', 'casefold', 'swapcase', 'encode', 'decode', 'split',
    'rsplit', 'splitlines', 'partition', 'rpartition', 'removeprefix', 'removesuffix', 'zfill', 'center', 'ljust', 'rjust',
    'expandtabs', 'translate', 'replace', 'format', 'format_map', 'join', 'substitute', 'safe_substitute', 'read', 'getvalue',
]);
/** Methods whose result is built from the receiver and every argument. */
export const BUILDING_METHODS = new Set(['join', 'format', 'format_map', 'substitute', 'safe_substitute']);
/** Functions whose result carries their arguments' content. */
export const PROPAGATORS = new Set([
    'str', 'repr', 'bytes', 'bytearray', 'format', 'list', 'tuple', 'set', 'frozenset', 'sorted', 'reversed', 'dict', 'iter', 'next',
    'os.path.join', 'os.path.normpath', 'os.path.abspath', 'os.path.expanduser', 'os.path.expandvars', 'os.path.realpath',
    'os.fspath', 'posixpath.join', 'ntpath.join', 'pathlib.Path', 'pathlib.PurePath', 'pathlib.PosixPath',
    'urllib.parse.urljoin', 'urllib.parse.unquote', 'urllib.parse.unquote_plus', 'base64.b64decode', 'base64.urlsafe_b64decode',
    'base64.b64encode', 'json.loads', 'codecs.decode', 'textwrap.dedent', 'string.Template', 'io.StringIO', 'io.BytesIO',
    'furl.furl', 'yarl.URL', 'urllib.parse.urlparse', 'urllib.parse.urlsplit', 'urlparse.urlparse', 'urlparse.urlsplit',
    'os.path.splitext', 'os.path.split', 'os.path.dirname', 'shlex.split', 'copy.copy', 'copy.deepcopy',
    // compile() hands its source on to the exec/eval that runs the code object.
    'compile', 'builtins.compile',
]);
/** Methods that store their arguments in the receiver (`buf.write(x)`, `parts.append(x)`): the receiver carries them. */
export const WRITER_METHODS = new Set(['write', 'writelines', 'append', 'appendleft', 'extend', 'extendleft', 'insert', 'add', 'update', 'setdefault', 'set', 'push', 'put', 'put_nowait']);
/** Constructors of containers the tracer follows element by element. */
export const LIST_CONSTRUCTORS = new Set(['list', 'collections.deque', 'tuple']);
export const DICT_CONSTRUCTORS = new Set(['dict', 'collections.OrderedDict', 'collections.defaultdict', 'configparser.ConfigParser', 'configparser.RawConfigParser', 'configparser.SafeConfigParser', 'ConfigParser.ConfigParser', 'ConfigParser.RawConfigParser']);
// --- sanitisers and clean results -----------------------------------------------------------------------------------
/** A value passed through one of these is safe for every sink: a number, a boolean, a parsed identifier. */
export const UNIVERSAL_SANITISERS = new Set(['int', 'float', 'bool', 'len', 'abs', 'round', 'ord', 'hash', 'uuid.UUID', 'decimal.Decimal', 'datetime.date.fromisoformat', 'ipaddress.ip_address']);
/** Those of the universal sanitisers that are builtins: a module may define its own `int`. */
export const BUILTIN_SANITISERS = new Set(['int', 'float', 'bool', 'len', 'abs', 'round', 'ord', 'hash']);
export const SINK_SANITISERS = {
    shell: ['shlex.quote', 'pipes.quote', 'shlex.join'],
    html: ['html.escape', 'cgi.escape', 'markupsafe.escape', 'flask.escape', 'jinja2.escape', 'django.utils.html.escape', 'django.utils.html.conditional_escape', 'django.utils.html.format_html', 'bleach.clean', 'urllib.parse.quote', 'urllib.parse.urlencode', 'xml.sax.saxutils.escape', 'xml.sax.saxutils.quoteattr',
        // Rendered templates: the variables are escaped (the template itself is the template-injection sink's business).
        'flask.render_template', 'flask.templating.render_template', 'django.shortcuts.render', 'django.template.loader.render_to_string', 'django.shortcuts.render_to_response',
        // A template object's render (`get_template(name).render(context)`), by method name: its variables are escaped.
        '.render', '.render_to_string'],
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
/** Builtins that sanitise for one sink class only (`str()` drops a NoSQL operator, not a SQL quote), when not shadowed. */
export const BUILTIN_SINK_CASTS = new Set(['str']);
/** Calls whose result holds none of their arguments' content (a digest, a count, a yes/no), by qualified name or, with a leading dot, by method name. */
export const CLEAN_CONVERSIONS = new Set([
    'isinstance', 'issubclass', 'hasattr', 'callable', 'id', 'type', 'print', 'min', 'max', 'sum', 'any', 'all',
    'os.path.exists', 'os.path.isfile', 'os.path.isdir', 'os.path.getsize', 'os.path.islink', 'time.time',
    'hashlib.md5', 'hashlib.sha1', 'hashlib.sha224', 'hashlib.sha256', 'hashlib.sha384', 'hashlib.sha512', 'hashlib.blake2b', 'hashlib.blake2s', 'hashlib.new',
    'hmac.new', 'hmac.compare_digest', 'secrets.compare_digest', 'zlib.crc32', 'binascii.crc32', 'uuid.uuid5', 'uuid.uuid3',
    '.hexdigest', '.digest', '.count', '.index', '.find', '.rfind', '.startswith', '.endswith', '.isdigit', '.isalnum', '.isalpha',
    '.isidentifier', '.isdecimal', '.isnumeric', '.exists', '.is_file', '.is_dir',
    // Dates, times and MIME types: formatted from numbers or looked up in a fixed table.
    'django.utils.http.http_date', 'email.utils.formatdate', 'wsgiref.handlers.format_date_time', 'calendar.timegm', 'time.mktime',
    'mimetypes.guess_type', '.timestamp', '.isoformat', '.strftime',
]);
/** Records looked up by a key (ORM queries, cursor fetches): stored data, not the key the client sent. */
export const LOOKUPS = new Set([
    'django.shortcuts.get_object_or_404', 'django.shortcuts.get_list_or_404', '.get_object_or_404', '.filter', '.exclude',
    '.get_or_create', '.first', '.last', '.order_by', '.values_list', '.fetchone', '.fetchall', '.fetchmany',
]);
// --- guards -------------------------------------------------------------------------------------------------------
/** `x.isdigit()`-style checks: true restricts `x` to safe text. */
export const GUARD_METHODS = new Set(['isdigit', 'isdecimal', 'isnumeric', 'isalnum', 'isalpha', 'isidentifier', 'startswith', 'is_relative_to']);
/** Functions that, tested on a name in an `if`, restrict it to known values: allow-lists, formats, safe URLs. */
export const GUARD_FUNCTION = /(^|[._])(is_?safe\w*|\w*allowed\w*|is_?valid\w*|valid(ate)?\w*|\w*whitelist\w*|\w*allowlist\w*)$/i;
/** Regular-expression checks: a guard when the whole value must match (fullmatch, or a pattern anchored at the end). */
export const REGEX_MATCHERS = new Set(['re.fullmatch', 're.match', 're.search', 'regex.fullmatch', 'regex.match']);
export const REGEX_METHODS = new Set(['fullmatch', 'match', 'search']);
/** Calls whose failure (an exception) proves the value was a number or an identifier: `try: int(x) except: return`. */
export const VALIDATING_CASTS = new Set(['int', 'float', 'uuid.UUID', 'decimal.Decimal', 'ipaddress.ip_address', 'datetime.date.fromisoformat']);
/** Wrappers a check may look through to the name it is about: `x.lower() in ALLOWED`, `realpath(p).startswith(B)`. */
export const CHECK_THROUGH_CALLS = new Set(['os.path.realpath', 'os.path.abspath', 'os.path.normpath', 'urllib.parse.urlparse', 'urllib.parse.urlsplit', 'urlparse.urlparse']);
/**
 * Constant-time comparisons that, failing, end the path: `if not hmac.compare_digest(sig, hmac.new(KEY, body,
 * sha256).digest()): abort(403)` proves `body` was signed with the server's key, so it is not the client's choice.
 */
export const SIGNATURE_CHECKS = new Set(['hmac.compare_digest', 'secrets.compare_digest']);
/** MAC constructors → the position of the message they sign (`hmac.new(key, msg, digestmod)`). */
export const MAC_MESSAGE_POSITION = { 'hmac.new': 1, 'hmac.HMAC': 1, 'hmac.digest': 1 };
export const CHECK_THROUGH_ATTRIBUTES = new Set(['netloc', 'hostname', 'scheme']);
/** Calls that end the current path (`abort(403)`, `self.fail()`), like return and raise. */
export const EXITING_CALL = /(^|\.)(abort|exit|_exit|fail|skipTest)$/;
