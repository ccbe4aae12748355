// Data flow inside a function (src/python/taint.ts) on real parses: which flows are found, which sanitisers and
// allow-list checks stop them, and the flow text a finding shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePython } from '../dist/engine/parser.js';
import { ModuleFacts } from '../dist/python/module.js';
import { traceValue, sinkFlow } from '../dist/python/taint.js';

/** Traces the first argument of every `sink(...)` call in `source`, in order. */
function sinks(source, sink) {
  const root = parsePython(source).rootNode;
  const module = new ModuleFacts(root, source);
  return root.descendantsOfType('call')
    .filter((call) => call.childForFieldName('function').text === 'sink')
    .map((call) => {
      const trace = traceValue(call.childForFieldName('arguments').firstNamedChild, module, { sink });
      return { kind: trace.kind, origin: trace.origin, flow: sinkFlow(trace, call) };
    });
}

const kinds = (source, sink) => sinks(source, sink).map((trace) => trace.kind);

test('Django request data flows through assignments and string building, with the path shown', () => {
  const [trace] = sinks([
    'def search(request):',
    '    q = request.GET["q"]',
    '    query = "SELECT * FROM t WHERE name = \'%s\'" % q',
    '    sink(query)',
  ].join('\n'));
  assert.equal(trace.kind, 'request');
  assert.deepEqual(trace.flow, ['request.GET["q"] (line 2)', 'q (line 2)', 'query (line 3)', 'sink (line 4)']);
});

test('Flask request proxy: args, form, json, cookies, headers through concat, f-strings, format, join, +=', () => {
  assert.deepEqual(kinds([
    'from flask import request',
    'def view():',
    '    a = request.args.get("a")',
    '    sink("x" + a)',
    '    sink(f"<b>{request.form[\'b\']}</b>")',
    '    sink("{}-{}".format(1, request.get_json()["c"]))',
    '    sink(",".join([request.cookies["d"], "e"]))',
    '    msg = "start"',
    '    msg += request.headers["X-Name"]',
    '    sink(msg)',
    '    sink({"k": [request.values["v"]]})',
  ].join('\n')), ['request', 'request', 'request', 'request', 'request', 'request']);
});

test('a local variable called `request` is not the Flask proxy: its data is whatever was assigned', () => {
  assert.deepEqual(kinds([
    'import flask',
    'def build(payload):',
    '    request = {"args": payload}',
    '    sink(request["args"])',
  ].join('\n')), ['parameter']);
});

test('route parameters are request data; typed ints and FastAPI dependencies are not', () => {
  assert.deepEqual(kinds([
    'from fastapi import APIRouter, Depends',
    'router = APIRouter()',
    '@router.get("/items/{item_id}")',
    'async def read(item_id: str, page: int, db=Depends(get_db)):',
    '    sink(item_id)',
    '    sink(page)',
    '    sink(db)',
    'def detail(request, slug):',
    '    sink(slug)',
    'class View:',
    '    def get(self, request, pk):',
    '        sink(pk)',
    '        sink(self.request.GET["z"])',
  ].join('\n')), ['request', 'sanitised', 'unknown', 'request', 'parameter', 'request']);
});

test('a view-shaped helper\'s object parameter read by attribute is not URL data; a FastAPI body model is', () => {
  assert.deepEqual(kinds([
    'def render_page(request, page):',
    '    sink(page.title)',
    '    sink(page)',
    '@app.post("/items/")',
    'async def create(item: Item):',
    '    sink(item.name)',
  ].join('\n')), ['unknown', 'request', 'request']);
});

test('other sources: input(), sys.argv, os.environ, file and socket reads', () => {
  const traces = sinks([
    'import os, sys',
    'def main(sock, path):',
    '    sink(input("name? "))',
    '    sink(sys.argv[1])',
    '    sink(os.environ["HOME"])',
    '    sink(os.getenv("EDITOR"))',
    '    with open(path) as fh:',
    '        sink(fh.read())',
    '    sink(sock.recv(1024))',
  ].join('\n'));
  assert.deepEqual(traces.map((trace) => [trace.kind, trace.origin]), [
    ['user-input', 'stdin'], ['user-input', 'argv'], ['user-input', 'environment'], ['user-input', 'environment'],
    ['user-input', 'file'], ['user-input', 'network'],
  ]);
});

test('constants, module constants and literal tables give no flow', () => {
  assert.deepEqual(kinds([
    'BASE = "/srv"',
    'COMMANDS = {"list": "ls", "disk": "df -h"}',
    'def run(request):',
    '    cmd = "ls " + "-l"',
    '    sink(cmd)',
    '    sink(BASE + "/x")',
    '    sink(COMMANDS[request.GET["c"]])',
    '    n = 3',
    '    sink(f"{n} items")',
  ].join('\n')), ['constant', 'constant', 'constant', 'constant']);
});

test('sanitisers stop the flow for their sink only; int() stops every flow', () => {
  const source = [
    'import shlex, html, os',
    'def view(request):',
    '    name = request.GET["name"]',
    '    sink(shlex.quote(name))',
    '    sink(html.escape(name))',
    '    sink(os.path.basename(name))',
    '    sink(int(request.GET["n"]))',
  ].join('\n');
  assert.deepEqual(kinds(source, 'shell'), ['sanitised', 'request', 'request', 'sanitised']);
  assert.deepEqual(kinds(source, 'html'), ['request', 'sanitised', 'request', 'sanitised']);
  assert.deepEqual(kinds(source, 'path'), ['request', 'request', 'sanitised', 'sanitised']);
  assert.deepEqual(kinds(source), ['sanitised', 'sanitised', 'sanitised', 'sanitised']);
});

test('allow-list checks: inside `if x in ALLOWED:` and after `if x not in ALLOWED: return`', () => {
  assert.deepEqual(kinds([
    'ALLOWED = {"a", "b"}',
    'def view(request):',
    '    q = request.GET["q"]',
    '    sink(q)',
    '    if q in ALLOWED:',
    '        sink(q)',
    '    if q not in ALLOWED:',
    '        return None',
    '    sink(q)',
    'def other(request):',
    '    n = request.GET["n"]',
    '    if not n.isdigit():',
    '        raise ValueError(n)',
    '    sink(n)',
    '    sink(n if n in ALLOWED else "a")',
  ].join('\n')), ['request', 'sanitised', 'sanitised', 'sanitised', 'sanitised']);
});

test('branches: a value assigned in either branch reaches; a later unconditional assignment replaces it', () => {
  assert.deepEqual(kinds([
    'def view(request, flag):',
    '    if flag:',
    '        q = request.GET["q"]',
    '    else:',
    '        q = "default"',
    '    sink(q)',
    '    q = "constant"',
    '    sink(q)',
  ].join('\n')), ['request', 'constant']);
});

test('loops and comprehensions: elements of request lists are request data; int() per element is not', () => {
  assert.deepEqual(kinds([
    'def view(request):',
    '    out = ""',
    '    for item in request.GET.getlist("i"):',
    '        out += item',
    '    sink(out)',
    '    names = [n.strip() for n in request.GET.getlist("n")]',
    '    sink(names)',
    '    ids = [int(i) for i in request.GET.getlist("i")]',
    '    sink(",".join(str(i) for i in ids))',
  ].join('\n')), ['request', 'request', 'sanitised']);
});

test('returns of functions in the same module, with the call arguments bound to the parameters', () => {
  const traces = sinks([
    'def get_q(request):',
    '    return request.GET.get("q")',
    'def build(x):',
    '    return "SELECT * FROM t WHERE a = " + x',
    'def constant_query(x):',
    '    return "SELECT 1"',
    'class Search:',
    '    def get(self, request):',
    '        q = get_q(request)',
    '        sink(build(q))',
    '        sink(build("abc"))',
    '        sink(constant_query(q))',
    '        sink(self.cookie(request))',
    '    def cookie(self, request):',
    '        return request.COOKIES["c"]',
  ].join('\n'));
  assert.deepEqual(traces.map((trace) => trace.kind), ['request', 'constant', 'constant', 'request']);
  assert.deepEqual(traces[0].flow, ['request.GET.get("q") (line 2)', 'get_q() (line 9)', 'q (line 9)', 'build() (line 10)', 'sink (line 10)']);
});

test('an ordinary parameter is reported as a parameter, with its name as the source', () => {
  const [trace] = sinks('def run(cmd):\n    full = cmd + " --verbose"\n    sink(full)\n');
  assert.equal(trace.kind, 'parameter');
  assert.deepEqual(trace.flow, ['cmd (parameter, line 1)', 'full (line 2)', 'sink (line 3)']);
});

test('self-referencing loops terminate', () => {
  assert.deepEqual(kinds([
    'def view(request):',
    '    x = ""',
    '    while True:',
    '        x = x + request.GET["a"]',
    '        y = x',
    '        x = y',
    '    sink(x)',
  ].join('\n')), ['request']);
});

test('a data-flow rule reports the path in its message and in `flow`, source first, sink last', async () => {
  const { analyse } = await import('./helpers/analyse.mjs');
  const source = [
    'import requests',
    'def preview(request):',
    '    target = request.GET["url"]',
    '    url = target.strip()',
    '    return requests.get(url, timeout=5).text',
  ].join('\n');
  const [finding] = analyse(source).findings.filter((candidate) => candidate.rule === 'ssrf');
  assert.deepEqual(finding.flow, ['request.GET["url"] (line 3)', 'target (line 3)', 'url (line 4)', 'requests.get (line 5)']);
  assert.equal(finding.message, 'URL comes from request data (server-side request forgery): request.GET["url"] (line 3) → target (line 3) → url (line 4) → requests.get (line 5)');
  assert.equal(finding.severity, 'high');
  assert.equal(finding.confidence, 'high');
});
