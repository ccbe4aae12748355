// Modules reachable under another name: `six.moves` re-exports (`six.moves.cPickle` is `pickle`), and vendored
// copies of libraries (`pip._vendor.requests`, `requests.packages.urllib3`, `ansible.module_utils.six`). Qualified
// names are rewritten to the real module so every rule matching `pickle.loads` or `urllib.request.urlopen` sees
// the re-exported spelling too.
/** `six.moves` names that differ from the Python 3 module or function they stand for. */
const SIX_MOVES = {
    cPickle: 'pickle',
    builtins: 'builtins',
    input: 'input',
    urllib_parse: 'urllib.parse',
    urllib_request: 'urllib.request',
    urllib_error: 'urllib.error',
    urllib_robotparser: 'urllib.robotparser',
    http_client: 'http.client',
    http_cookiejar: 'http.cookiejar',
    http_cookies: 'http.cookies',
    BaseHTTPServer: 'http.server',
    SimpleHTTPServer: 'http.server',
    CGIHTTPServer: 'http.server',
    html_parser: 'html.parser',
    html_entities: 'html.entities',
    xmlrpc_client: 'xmlrpc.client',
    xmlrpc_server: 'xmlrpc.server',
    SimpleXMLRPCServer: 'xmlrpc.server',
    shlex_quote: 'shlex.quote',
    reload_module: 'importlib.reload',
    reduce: 'functools.reduce',
    getcwd: 'os.getcwd',
    getcwdb: 'os.getcwdb',
    getoutput: 'subprocess.getoutput',
    cStringIO: 'io.StringIO',
    StringIO: 'io.StringIO',
    dbm_gnu: 'dbm.gnu',
    email_mime_text: 'email.mime.text',
    email_mime_multipart: 'email.mime.multipart',
    email_mime_base: 'email.mime.base',
    copyreg: 'copyreg',
    configparser: 'configparser',
    queue: 'queue',
    socketserver: 'socketserver',
};
/** Vendored copies: the prefix under which a project ships a library, and the library's own name. */
const VENDORED = /^(?:[\w.]+\._vendor|botocore\.vendored|requests\.packages|urllib3\.packages|ansible\.module_utils)\.(six|requests|urllib3|chardet|idna|certifi|yaml|six\.moves(?:\..+)?|(?:requests|urllib3|six)\..+)$/;
const MOVES = /^(?:[\w.]+\.)?six\.moves\.(\w+)(\..+)?$/;
/** The real qualified name behind a `six.moves` re-export or a vendored copy; other names unchanged. */
export function canonicalName(qualified) {
    // Nearly every name has neither marker: one cheap test before the patterns.
    if (!qualified.includes('six.moves') && !qualified.includes('vendor') && !qualified.includes('.packages.') && !qualified.startsWith('ansible.module_utils.'))
        return qualified;
    const vendored = VENDORED.exec(qualified);
    const name = vendored ? vendored[1] : qualified;
    const moved = MOVES.exec(name);
    if (!moved)
        return name;
    return (SIX_MOVES[moved[1]] ?? moved[1]) + (moved[2] ?? '');
}
/**
 * Words a source spelling `six.moves` names stand for (`cPickle` → `pickle`), so rule triggers that need the real
 * module's name still fire on a file that only writes the re-exported one.
 */
export function movedWords(words) {
    if (!words.has('moves'))
        return [];
    return Object.keys(SIX_MOVES).filter((name) => words.has(name)).flatMap((name) => SIX_MOVES[name].split('.'));
}
