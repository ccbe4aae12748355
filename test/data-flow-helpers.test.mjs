// A sink inside a helper of the module is judged by what the module's calls of that helper pass (issue 18 item 5):
// outside data passed in is reported at the call that passes it, with the whole path; a helper nothing here calls
// keeps the parameter verdict; constants passed by every call leave the sink to an audit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from './helpers/analyse.mjs';

function verdicts(source, rule) {
  return analyse(source).findings.filter((finding) => finding.rule === rule)
    .map((finding) => `${finding.line} ${finding.severity}/${finding.confidence}`);
}

const FLASK = ['from flask import Flask, request', 'import sqlite3', 'app = Flask(__name__)', ''];

test('request data passed to a helper that runs SQL is reported at the call, with the path through the helper', () => {
  const source = [...FLASK,
    'def find(cur, term):',
    '    cur.execute("SELECT * FROM t WHERE x = \'" + term + "\'")',
    '    return cur.fetchall()',
    '@app.route("/find")',
    'def view():',
    '    return str(find(sqlite3.connect("db").cursor(), request.args["term"]))',
  ].join('\n');
  const [finding, ...rest] = analyse(source).findings.filter((f) => f.rule === 'sql-injection');
  assert.equal(rest.length, 0);
  assert.equal(finding.line, 10);
  assert.equal(`${finding.severity}/${finding.confidence}`, 'high/high');
  assert.equal(finding.flow[0], 'request.args["term"] (line 10)');
  assert.ok(finding.flow.some((step) => step.startsWith('find (line 10)')), finding.flow.join(' → '));
  assert.match(finding.flow.at(-1), /^cur\.execute \(line 6\)$/);
});

test('a helper every call of which passes a constant is no finding at defaults', () => {
  const source = [...FLASK,
    'def count(cur, table):',
    '    cur.execute("SELECT COUNT(*) FROM " + table)',
    '@app.route("/stats")',
    'def view():',
    '    cur = sqlite3.connect("db").cursor()',
    '    count(cur, "users")',
    '    count(cur, table="orders")',
    '    return "ok"',
  ].join('\n');
  assert.deepEqual(verdicts(source, 'sql-injection'), []);
});

test('a wrapper nothing in the module calls keeps the parameter verdict: shown, not blocking', () => {
  const source = ['import os', 'def run(command):', '    os.system(command)'].join('\n');
  assert.deepEqual(verdicts(source, 'start-process-with-shell'), ['3 medium/medium']);
});

test('one caller passes request data, another a constant: one finding (high/high: it blocks), at the call that passes it', () => {
  const source = [...FLASK,
    'import subprocess',
    'def ping(host):',
    '    return subprocess.check_output("ping -c 1 " + host, shell=True)',
    '@app.route("/ping")',
    'def view():',
    '    ping("localhost")',
    '    return ping(request.args.get("host"))',
  ].join('\n');
  assert.deepEqual(verdicts(source, 'subprocess-shell-true'), ['11 high/high']);
});

test('a method reached through self binds arguments after self', () => {
  const source = [...FLASK,
    'class Reports:',
    '    def load(self, blob):',
    '        import pickle',
    '        return pickle.loads(blob)',
    '    def view(self):',
    '        return self.load(request.get_data())',
  ].join('\n');
  assert.deepEqual(verdicts(source, 'pickle-load'), ['10 high/high']);
});

test('a helper called with a value of its caller\'s own parameter keeps the parameter finding at the sink', () => {
  const source = ['import os', 'def run(command):', '    os.system(command)', 'def main(argument):', '    run(argument)'].join('\n');
  assert.deepEqual(verdicts(source, 'start-process-with-shell'), ['3 medium/medium']);
});

test('a request-only rule skips functions that cannot see request data, but not one that calls a helper reading it', () => {
  const source = [
    'from flask import request',
    'from app.models import User',
    'def body():',
    '    return request.get_json()',
    'def create():',
    '    return User(**body())',
    'def from_settings(values):',
    '    return User(**values)',
  ].join('\n');
  assert.deepEqual(verdicts(source, 'mass-assignment'), ['6 high/high']);
});
