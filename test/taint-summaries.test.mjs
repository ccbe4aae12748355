// Function summaries (src/python/taint): which parameters of a helper reach a sink inside it or its return value, and
// which calls of the module run it, so a sink in a helper is reported at the callers according to what they pass.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePython } from '../dist/engine/parser.js';
import { ModuleFacts } from '../dist/python/module.js';
import { localCallsTo, parameterFlows, returnFlows, traceValue } from '../dist/python/taint.js';

const SOURCE = [
  'import shlex, subprocess',
  'from flask import request',
  'class Directory:',
  '    def search_s(self, base, scope, filterstr):',
  '        return self.conn.search_s(base, scope, filterstr)',
  'def run(cmd, flags, quoted):',
  '    line = cmd + " " + shlex.quote(quoted)',
  '    subprocess.call(line, shell=True)',
  '    return flags',
  'def view():',
  '    run(request.args["c"], "-v", request.args["q"])',
  '    run("ls", "-l", "x")',
  '    d = Directory()',
  '    d.search_s("dc=x", 2, "(uid=%s)" % request.args["u"])',
].join('\n');

function parse(source) {
  const root = parsePython(source).rootNode;
  return { root, module: new ModuleFacts(root, source) };
}

test('a sink inside a helper: the parameters that reach it, with the path and whether a sanitiser is on the way', () => {
  const { root, module } = parse(SOURCE);
  const sink = root.descendantsOfType('call').find((call) => call.text.startsWith('subprocess.call'));
  const line = sink.childForFieldName('arguments').firstNamedChild;
  assert.deepEqual(parameterFlows(line, module, { sink: 'shell' }), [
    { parameter: 'cmd', index: 0, kind: 'parameter', flow: ['line (line 7)'] },
    { parameter: 'quoted', index: 2, kind: 'sanitised', flow: ['shlex.quote() (sanitised, line 7)', 'line (line 7)'] },
  ]);
  // Inside the helper, alone, its parameter is an ordinary parameter: not a finding at defaults by itself.
  assert.equal(traceValue(line, module, { sink: 'shell' }).kind, 'parameter');
});

test('the callers of a helper, and what each passes for the parameter that reaches the sink', () => {
  const { root, module } = parse(SOURCE);
  const run = root.descendantsOfType('function_definition').find((fn) => fn.childForFieldName('name').text === 'run');
  const calls = localCallsTo(run, module);
  assert.deepEqual(calls.map((call) => call.startPosition.row + 1), [11, 12]);
  const passed = calls.map((call) => traceValue(call.childForFieldName('arguments').namedChildren[0], module, { sink: 'shell' }).kind);
  assert.deepEqual(passed, ['request', 'constant']);
});

test('a pass-through wrapper method: its parameters reach the return value; its callers are found through the instance', () => {
  const { root, module } = parse(SOURCE);
  const [searchS, run] = root.descendantsOfType('function_definition');
  assert.deepEqual(returnFlows(run, module).map((flow) => flow.parameter), ['flags']);
  const inner = root.descendantsOfType('call').find((call) => call.text.startsWith('self.conn.search_s'));
  assert.deepEqual(parameterFlows(inner.childForFieldName('arguments').namedChildren[2], module, { sink: 'ldap' }).map((flow) => flow.parameter), ['filterstr']);
  const [call] = localCallsTo(searchS, module);
  assert.equal(call.startPosition.row + 1, 14);
  assert.equal(traceValue(call.childForFieldName('arguments').namedChildren[2], module, { sink: 'ldap' }).kind, 'request');
});
