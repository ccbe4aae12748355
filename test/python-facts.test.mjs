// Module facts: import resolution, qualified names, argument lookup, constant folding, scopes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePython } from '../dist/engine/parser.js';
import { ModuleFacts } from '../dist/python/module.js';
import { argument, keywordArgument, positionalArguments } from '../dist/python/arguments.js';
import { HOLE } from '../dist/python/literals.js';

function facts(source) {
  const tree = parsePython(source);
  return new ModuleFacts(tree.rootNode, source);
}

function calls(module) {
  return module.root.descendantsOfType('call');
}

test('import table: plain, dotted, aliased, from-imports, inside functions and try/except ImportError', () => {
  const module = facts([
    'import os.path',
    'import subprocess as sp',
    'from a.b import c as d, e',
    'try:',
    '    import cPickle as pickle',
    'except ImportError:',
    '    import pickle',
    'def f():',
    '    from yaml import load as yload',
  ].join('\n'));
  const { aliases } = module.imports;
  assert.equal(aliases.get('os'), 'os');
  assert.equal(aliases.get('sp'), 'subprocess');
  assert.equal(aliases.get('d'), 'a.b.c');
  assert.equal(aliases.get('e'), 'a.b.e');
  assert.equal(aliases.get('pickle'), 'cPickle');
  assert.equal(aliases.get('yload'), 'yaml.load');
  assert.ok(module.imports.names.includes('pickle'));
  assert.ok(module.importsModule('os.path'));
});

test('qualified names of callees follow aliases, attributes and locals bound to calls', () => {
  const module = facts([
    'import subprocess as sp',
    'from os import system as run',
    'import requests',
    'sp.call("x")',
    'run("y")',
    'requests.Session().get("u")',
    'def f():',
    '    s = requests.Session()',
    '    s.post("u")',
    'eval("1")',
  ].join('\n'));
  assert.deepEqual(calls(module).map((call) => module.callName(call)), [
    // outer call first: `requests.Session().get(...)` contains the call `requests.Session()`
    'subprocess.call', 'os.system', 'requests.Session().get', 'requests.Session', 'requests.Session', 'requests.Session().post', 'eval',
  ]);
});

test('a local variable shadows an import of the same name', () => {
  const module = facts('import pickle\ndef f(pickle):\n    pickle.loads(x)\n');
  assert.equal(module.callName(calls(module)[0]), 'pickle.loads');
  const shadowed = facts('from pickle import loads\ndef f():\n    loads = json.loads\n    loads(x)\n');
  assert.notEqual(shadowed.callName(calls(shadowed).at(-1)), 'pickle.loads');
});

test('arguments are found by keyword or by position before any *args', () => {
  const module = facts('f(a, b, c=1, *rest, d=2)\ng(*xs, y)\n');
  const [f, g] = calls(module);
  assert.equal(argument(f, null, 1).text, 'b');
  assert.equal(argument(f, 'c', 5).text, '1');
  assert.equal(keywordArgument(f, 'd').text, '2');
  assert.equal(argument(g, null, 1), undefined, 'position unknown after *xs');
  assert.equal(positionalArguments(f).length, 3);
});

test('constant folding: literals, implicit and + concatenation, %, .format, f-strings', () => {
  const module = facts([
    'a = "x" "y"',
    'b = "x" + "y"',
    'c = "%s-%d" % ("a", 3)',
    'd = "{}/{}".format("a", "b")',
    'e = f"k{1}v"',
    'f = f"k{name}v"',
    'g = "SELECT * FROM t WHERE id = %s" % user',
    'h = 0o777 | 0o022',
    'i = ("a", 2, None, True)',
    'j = ", ".join(["a", "b"])',
  ].join('\n'));
  const values = module.root.descendantsOfType('assignment').map((assignment) => assignment.childForFieldName('right'));
  assert.equal(module.constant(values[0]), 'xy');
  assert.equal(module.constant(values[1]), 'xy');
  assert.equal(module.constant(values[2]), 'a-3');
  assert.equal(module.constant(values[3]), 'a/b');
  assert.equal(module.constant(values[4]), 'k1v');
  assert.equal(module.constant(values[5]), undefined);
  const shape = module.fold(values[5]);
  assert.equal(shape.text, `k${HOLE}v`);
  assert.deepEqual(shape.dynamic.map((node) => node.text), ['name']);
  const sql = module.fold(values[6]);
  assert.equal(sql.constant, false);
  assert.equal(sql.text, `SELECT * FROM t WHERE id = ${HOLE}`);
  assert.equal(module.constant(values[7]), 0o777);
  assert.deepEqual(module.constant(values[8]), ['a', 2, null, true]);
  assert.equal(module.constant(values[9]), 'a, b');
});

test('names resolve to the value assigned before the use, including += parts', () => {
  const module = facts([
    'def f(user):',
    '    q = "SELECT * FROM t"',
    '    q += " WHERE id = " + user',
    '    run(q)',
    '    k = "safe"',
    '    run(k)',
    'TABLE = "items"',
    'def g():',
    '    run("SELECT * FROM " + TABLE)',
  ].join('\n'));
  const runs = calls(module).filter((call) => module.callName(call) === 'run').map((call) => call.childForFieldName('arguments').firstNamedChild);
  const first = module.fold(runs[0]);
  assert.equal(first.constant, false);
  assert.equal(first.text, `SELECT * FROM t WHERE id = ${HOLE}`);
  assert.equal(module.constant(runs[1]), 'safe');
  assert.equal(module.constant(runs[2]), 'SELECT * FROM items');
});

test('six.moves re-exports and vendored copies resolve to the real module', () => {
  const module = facts([
    'import six',
    'from six.moves import cPickle, shlex_quote as quote',
    'from six.moves.urllib.request import urlopen',
    'from ansible.module_utils.six.moves import cPickle as vendored',
    'from pip._vendor import requests as vendored_requests',
    'from myapp.packages import models',
    'six.moves.cPickle.loads(data)',
    'cPickle.loads(data)',
    'quote(arg)',
    'urlopen(url)',
    'vendored.load(stream)',
    'vendored_requests.get(url)',
    'six.moves.urllib.parse.urlparse(url)',
    'models.load(x)',
  ].join('\n'));
  assert.deepEqual(calls(module).map((call) => module.callName(call)), [
    'pickle.loads', 'pickle.loads', 'shlex.quote', 'urllib.request.urlopen', 'pickle.load', 'requests.get', 'urllib.parse.urlparse',
    'myapp.packages.models.load',
  ]);
  assert.ok(module.importsModule('pickle'));
  // Rule triggers look for the real module's name: a file spelling only `cPickle` still mentions `pickle`.
  assert.ok(module.words.has('pickle'));
});

test('constant folding is sound: a name changed in part or rebound with `global` is not a constant', () => {
  const module = facts([
    'ARGV = ["ls", "-l"]',
    'OPTS = {"cmd": "ls"}',
    'MODE = "safe"',
    'KEPT = ["ls"]',
    'def tweak(flag):',
    '    ARGV[1] = flag',
    '    OPTS["cmd"] += flag',
    'def switch(value):',
    '    global MODE',
    '    MODE = value',
    'def local():',
    '    parts = ["ls"]',
    '    parts[0] = input()',
    '    conf = Config()',
    '    conf.name = "x"',
    '    other = ["ls"]',
    '    return sink(ARGV, OPTS["cmd"], MODE, KEPT, parts, other)',
  ].join('\n'));
  const call = calls(module).find((node) => module.callName(node) === 'sink');
  const [argv, cmd, mode, kept, parts, other] = positionalArguments(call);
  assert.equal(module.constant(argv), undefined, 'ARGV[1] = flag in another function');
  assert.equal(module.constant(cmd), undefined, 'OPTS["cmd"] += flag');
  assert.equal(module.constant(mode), undefined, 'global MODE rebound');
  assert.equal(module.valuesOf(mode), undefined);
  assert.deepEqual(module.constant(kept), ['ls']);
  assert.equal(module.constant(parts), undefined, 'parts[0] = input()');
  assert.deepEqual(module.constant(other), ['ls']);
  // Still the same object: what it was bound to is known (a dict stays a dict).
  assert.equal(module.valuesOf(parts)?.[0]?.type, 'list');
  assert.ok(module.changedInPart(parts));
  assert.ok(!module.changedInPart(other));
  assert.deepEqual([...module.globalRebinds().keys()], ['MODE']);
});
