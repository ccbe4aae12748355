// Precision of the tracer (src/python/taint) on the patterns of benchmark-style code: each tainted case beside its
// safe look-alike. Constant conditions decide branches, overwrites kill, containers and attributes are followed
// element by element, the module's own functions are summarised, and checks clean the value on the guarded path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sinkKinds } from './helpers/trace.mjs';

/** The kind of the first argument of every `sink(...)` call, in source order. */
const kinds = (source, sink) => sinkKinds(source, { sink });

const view = (...body) => ['import os, re, configparser, collections, html, shlex, uuid, hashlib', 'from flask import request', 'def view():', '    param = request.args["p"]', ...body.map((line) => `    ${line}`)].join('\n');
const SAFE = ['constant', 'sanitised'];

test('constant conditions decide branches: arithmetic, comparisons, boolean logic, module constants', () => {
  assert.deepEqual(kinds([
    'DEBUG = False',
    'LIMIT = 10',
    'from flask import request',
    'def view():',
    '    param = request.args["p"]',
    '    num = 106',
    '    bar = "This_should_always_happen" if (7 * 42) - num > 200 else param',  // 294 - 106 = 188, not > 200: param
    '    sink(bar)',
    '    bar = "safe" if (7 * 42) - num < 200 else param',
    '    sink(bar)',
    '    bar = param',
    '    if (7 * 18) + num > 200:',
    '        bar = "This_should_always_happen"',
    '    sink(bar)',
    '    bar = param',
    '    if (7 * 18) + num < 200:',
    '        bar = "never"',
    '    sink(bar)',
    '    bar = "ok"',
    '    if DEBUG or LIMIT > 100:',
    '        bar = param',
    '    sink(bar)',
    '    if not DEBUG and LIMIT == 10:',
    '        bar = param',
    '    sink(bar)',
  ].join('\n')), ['request', 'constant', 'constant', 'request', 'constant', 'request']);
});

test('if/elif/else and switch-like selection on a constant string index pick one branch', () => {
  const source = (target) => view(
    'guess = "ABC"',
    `switch_target = guess[${target}]`,
    'if switch_target == "A":',
    '    bar = param',
    'elif switch_target == "B":',
    '    bar = "bob"',
    'elif switch_target == "C" or switch_target == "D":',
    '    bar = param',
    'else:',
    '    bar = "bobs_your_uncle"',
    'sink(bar)',
  );
  assert.deepEqual(kinds(source(1)), ['constant']);
  assert.deepEqual(kinds(source(2)), ['request']);
});

test('while False never runs; an overwrite kills the old value, also inside both branches', () => {
  assert.deepEqual(kinds(view(
    'bar = "safe"',
    'while False:',
    '    bar = param',
    'sink(bar)',
    'while bar:',
    '    bar = param',
    'sink(bar)',
    'bar = param',
    'bar = "safe"',
    'sink(bar)',
    'if len(param) > 3:',
    '    bar = param',
    '    bar = "x"',
    'else:',
    '    bar = "y"',
    'sink(bar)',
    'if len(param) > 3:',
    '    bar = "x"',
    'else:',
    '    bar = param',
    'sink(bar)',
  )), ['constant', 'request', 'constant', 'constant', 'request']);
});

test('dicts with constant keys: the safe key stays safe, the tainted key is tainted, dict.get with a default', () => {
  assert.deepEqual(kinds(view(
    'm = {}',
    'm["keyA-1"] = "a_Value"',
    'm["keyB-1"] = param',
    'm["keyC"] = "another_Value"',
    'sink(m["keyB-1"])',
    'sink(m["keyA-1"])',
    'sink(m.get("keyC"))',
    'sink(m.get("keyB-1"))',
    'sink(m.get("missing", "default"))',
    'n = {"a": param, "b": "safe"}',
    'sink(n["b"])',
    'sink(n["a"])',
    'sink(m)',
  )), ['request', 'constant', 'constant', 'request', 'constant', 'constant', 'request', 'request']);
});

test('lists with constant indexes through append, insert, pop, remove and extend', () => {
  assert.deepEqual(kinds(view(
    'lst = ["safe", param, "moresafe"]',
    'lst.pop(0)',
    'sink(lst[0])',
    'lst2 = ["safe", param, "moresafe"]',
    'lst2.remove("safe")',
    'sink(lst2[1])',
    'sink(lst2[0])',
    'lst3 = []',
    'lst3.append("safe")',
    'lst3.append(param)',
    'lst3.append("moresafe")',
    'lst3.pop(0)',
    'sink(lst3[1])',
    'sink(lst3[0])',
    'lst4 = ["a"]',
    'lst4.insert(0, param)',
    'sink(lst4[1])',
    'sink(lst4[0])',
    'lst5 = ["a"]',
    'lst5.extend(["b", param])',
    'sink(lst5[1])',
    'sink(lst5[-1])',
    'q = collections.deque()',
    'q.append(param)',
    'q.appendleft("safe")',
    'sink(q.popleft())',
    'sink(q[1])',
  )), ['request', 'constant', 'request', 'constant', 'request', 'constant', 'request', 'constant', 'request', 'constant', 'request']);
});

test('configparser with constant section and option keys', () => {
  assert.deepEqual(kinds(view(
    'conf = configparser.ConfigParser()',
    'conf.add_section("section1")',
    'conf.set("section1", "keyA", "a_Value")',
    'conf.set("section1", "keyB", param)',
    'sink(conf.get("section1", "keyA"))',
    'sink(conf.get("section1", "keyB"))',
    'conf2 = configparser.ConfigParser()',
    'conf2["s"] = {"keyA": "a_Value", "keyB": param}',
    'sink(conf2["s"]["keyA"])',
    'sink(conf2["s"]["keyB"])',
    'conf3 = configparser.ConfigParser()',
    'conf3.read("settings.ini")',
    'sink(conf3.get("section1", "keyA"))',
  )), ['constant', 'request', 'constant', 'request', 'unknown']);
});

test('tuple unpacking, attributes set in the function, comprehension and generator results', () => {
  assert.deepEqual(kinds([
    'from flask import request',
    'class Handler:',
    '    def run(self):',
    '        a, b = "safe", request.args["p"]',
    '        sink(a)',
    '        sink(b)',
    '        self.x = request.args["x"]',
    '        self.y = "constant"',
    '        sink(self.x)',
    '        sink(self.y)',
    '        words = [w.upper() for w in request.args.getlist("w")]',
    '        sink(words)',
    '        sink(",".join(str(len(w)) for w in request.args.getlist("w")))',
    '        sink([w for w in ["a", "b"]])',
  ].join('\n')), ['constant', 'request', 'request', 'constant', 'request', 'sanitised', 'constant']);
});

test('summaries: helpers, methods, static methods, lambdas and nested functions return what their parameters carry', () => {
  assert.deepEqual(kinds([
    'from flask import request',
    'def identity(x):',
    '    return x',
    'def ignore(x):',
    '    return "constant"',
    'def pick(a, b):',
    '    return b',
    'class Thing:',
    '    def do_something(self, i):',
    '        return i',
    '    def safe(self, i):',
    '        return "safe"',
    '    @staticmethod',
    '    def static(v):',
    '        return v + "!"',
    '    def run(self):',
    '        p = request.args["p"]',
    '        sink(self.do_something(p))',
    '        sink(self.safe(p))',
    '        sink(Thing.static(p))',
    '        sink(Thing.static("x"))',
    'def view():',
    '    p = request.args["p"]',
    '    sink(identity(p))',
    '    sink(ignore(p))',
    '    sink(pick(p, "x"))',
    '    sink(pick("x", p))',
    '    thing = Thing()',
    '    sink(thing.do_something(p))',
    '    sink(thing.safe(p))',
    '    twice = lambda s: s + s',
    '    sink(twice(p))',
    '    sink(twice("a"))',
    '    def inner(v):',
    '        return v.strip()',
    '    sink(inner(p))',
    '    sink(inner("a"))',
  ].join('\n')), [
    'request', 'constant', 'request', 'constant',
    'request', 'constant', 'constant', 'request', 'request', 'constant', 'request', 'constant', 'request', 'constant',
  ]);
});

test('unknown calls pass tainted arguments through; clean conversions and hashes do not', () => {
  assert.deepEqual(kinds(view(
    'sink(some_library.transform(param))',
    'sink(some_library.transform("constant"))',
    'sink(len(param))',
    'sink(bool(param))',
    'sink(uuid.UUID(param))',
    'sink(hashlib.sha256(param.encode()).hexdigest())',
    'sink(isinstance(param, str))',
  )), ['request', 'unknown', 'sanitised', 'sanitised', 'sanitised', 'sanitised', 'sanitised']);
});

test('an object built around the request taints what its methods return', () => {
  assert.deepEqual(kinds([
    'from flask import request',
    'class Wrapper:',
    '    def __init__(self, req):',
    '        self.req = req',
    'def view():',
    '    w = Wrapper(request)',
    '    sink(w.get_parameter("p"))',
    '    other = Wrapper(None)',
    '    sink(other.get_parameter("p"))',
  ].join('\n')).map((kind) => SAFE.includes(kind) ? 'safe' : kind), ['request', 'unknown']);
});

test('a record looked up by a request key is stored data; a transformed request value is still request data', () => {
  assert.deepEqual(kinds(view(
    'user = get_user(param)',
    'sink(user.avatar_path)',
    'sink(user)',
    'form = ProfileForm(param)',
    'sink(form.cleaned_data)',
    'item = Item.query.get(param)',
    'sink(item.path)',
  )), ['unknown', 'request', 'request', 'unknown']);
});

test('rendered templates escape their variables for HTML; the raw value does not', () => {
  assert.deepEqual(kinds([
    'from flask import request, render_template',
    'from django.template.loader import render_to_string',
    'def view():',
    '    name = request.args["n"]',
    '    sink(render_template("page.html", name=name))',
    '    sink(render_to_string("page.html", {"name": name}))',
    '    sink("<p>%s</p>" % name)',
  ].join('\n'), 'html'), ['sanitised', 'sanitised', 'request']);
});

test('parts of a parsed request URL are request data; an unchecked host reaches the fetch', () => {
  assert.deepEqual(kinds(view(
    'from urllib.parse import urlparse',
    'host = urlparse(param).hostname',
    'sink(f"http://{host}/status")',
    'sink(os.path.splitext(param)[0])',
    'sink(urlparse("https://example.com/x").hostname)',
  ), 'url'), ['request', 'request', 'constant']);
});

test('an unknown call passes its arguments\' data on, but none of them decides where a URL it builds points', () => {
  const source = ['from flask import request', 'def view():', '    nxt = request.args["next"]',
    '    sink(translate(nxt, "fr"))', '    sink(add_filters({"f": request.GET}, "/admin/"))'].join('\n');
  assert.deepEqual(kinds(source, 'redirect'), ['request', 'request']);
  assert.deepEqual(sinkKinds(source, { sink: 'redirect', leading: true }), ['unknown', 'unknown']);
});

test('a parameter of a function only shaped like a view is request data until it passes through code not followed', () => {
  const source = ['def technical_500_response(request, exc_type):', '    reporter = make_reporter(request)(request, exc_type)',
    '    sink(exc_type)', '    sink(reporter.get_traceback_html())', '    sink(f(exc_type))'].join('\n');
  assert.deepEqual(kinds(source, 'html'), ['request', 'unknown', 'unknown']);
  const routed = ['from flask import Flask', 'app = Flask(__name__)', '@app.route("/e/<kind>")', 'def error(kind):', '    sink(f(kind))'].join('\n');
  assert.deepEqual(kinds(routed, 'html'), ['request']);
});

test('a view-shaped function\'s parameter with a default is the URLconf\'s option, not request data', () => {
  const source = ['def page_not_found(request, exception, template_name="404.html"):', '    sink(template_name)', '    sink(exception)'].join('\n');
  assert.deepEqual(kinds(source, 'html'), ['parameter', 'request']);
});

test('a template object\'s render escapes its variables: sanitised for HTML, not for a shell', () => {
  const source = ['def view(request):', '    t = engine.get_template("x.html")', '    sink(t.render({"q": request.GET["q"]}))'].join('\n');
  assert.deepEqual(kinds(source, 'html'), ['sanitised']);
  assert.deepEqual(kinds(source, 'shell'), ['request']);
});
