// Soundness of the tracer (src/python/taint): a limit (depth, steps, cycles, recursion) answers "unknown" at worst,
// never "constant" or "sanitised", and an answer does not depend on which question was asked first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sinkKinds } from './helpers/trace.mjs';
import { readFileSync } from 'node:fs';
import { analyse } from './helpers/analyse.mjs';

const SAFE = new Set(['constant', 'sanitised']);

const kinds = sinkKinds;

test('a 60-step chain of assignments from request.GET keeps its taint; the constant look-alike stays constant', () => {
  const chain = (first) => ['def view(request):', `    v0 = ${first}`, ...Array.from({ length: 60 }, (_, i) => `    v${i + 1} = v${i}`), '    sink(v60)'].join('\n');
  const [tainted] = kinds(chain('request.GET["q"]'));
  assert.ok(!SAFE.has(tainted), `chain from request data answered ${tainted}`);
  assert.deepEqual(kinds(chain('"abc"')), ['constant']);
});

test('a path built from 45 parts with one request part is not safe; 45 constant parts are constant', () => {
  const parts = (tainted) => Array.from({ length: 45 }, (_, i) => (i === 44 && tainted ? 'request.args["f"]' : `"p${i}"`));
  const build = (tainted) => ['from flask import request', 'def view():', `    path = ${parts(tainted).join(' + "/" + ')}`, '    sink(path)'].join('\n');
  const [tainted] = kinds(build(true), { sink: 'path' });
  assert.ok(!SAFE.has(tainted), `45-part path answered ${tainted}`);
  assert.deepEqual(kinds(build(false), { sink: 'path' }), ['constant']);
});

test('deeply nested expressions around request data never answer safe', () => {
  const nested = (inner) => `${'str('.repeat(80)}${inner}${')'.repeat(80)}`;
  const source = (inner) => ['def view(request):', `    sink(${nested(inner)})`, `    sink((((((((((((((((((((((((((((((((((((((((((((((${inner}))))))))))))))))))))))))))))))))))))))))))))))`].join('\n');
  for (const kind of kinds(source('request.GET["q"]'))) assert.ok(!SAFE.has(kind), `nested request data answered ${kind}`);
  assert.deepEqual(kinds(source('"q"')), ['constant', 'constant']);
});

test('a cycle cut short does not leave a partial answer in the memo: every query order gives the same kinds', () => {
  const source = [
    'def view(request, flag):',
    '    a = ""',
    '    b = ""',
    '    while flag:',
    '        a = b + "x"',
    '        sink(a)',
    '        b = a + request.GET["q"]',
    '        sink(b)',
    '    sink(a)',
    '    sink(b)',
  ].join('\n');
  const forward = kinds(source);
  assert.deepEqual(forward, ['request', 'request', 'request', 'request']);
  assert.deepEqual(kinds(source, {}, [3, 2, 1, 0]), forward);
  assert.deepEqual(kinds(source, {}, [1, 3, 0, 2]), forward);
});

test('mutually recursive helpers: the answer is the same whichever is asked first, and never safe', () => {
  const source = [
    'def first(x, n):',
    '    if n:',
    '        return second(x, n - 1)',
    '    return x',
    'def second(y, n):',
    '    return first(y + "!", n)',
    'def view(request):',
    '    sink(second(request.GET["q"], 3))',
    '    sink(first(request.GET["q"], 3))',
    '    sink(first("constant", 3))',
  ].join('\n');
  const forward = kinds(source);
  assert.ok(!SAFE.has(forward[0]) && !SAFE.has(forward[1]), forward.join());
  assert.deepEqual(kinds(source, {}, [2, 1, 0]), forward);
});

test('a container changed through another name, or passed to code not followed, is not taken as still safe', () => {
  const source = [
    'from flask import request',
    'def view():',
    '    m = {"a": "safe"}',
    '    n = m',
    '    n["b"] = request.args["p"]',
    '    sink(m["b"])',
    '    lst = ["safe"]',
    '    fill(lst)',
    '    sink(lst[0])',
    '    kept = ["safe"]',
    '    print(kept)',
    '    sink(kept[0])',
    '    obj = Thing()',
    '    alias = obj',
    '    alias.x = request.args["p"]',
    '    sink(obj.x)',
  ].join('\n');
  assert.deepEqual(kinds(source), ['request', 'unknown', 'constant', 'unknown']);
});

test('a fuzz mutant whose error-recovered assignment has no right side is analysed, not looped on forever', () => {
  // test/fixtures/fuzz-twiml-mutant.py: mutant #2 of twiml-injection.py (seed 1010); the walk of `a = b =` looped.
  const source = readFileSync(new URL('./fixtures/fuzz-twiml-mutant.py', import.meta.url), 'utf8');
  assert.ok(analyse(source).findings.some((finding) => finding.rule === 'syntax-error'));
});
