// Data-flow evidence in the sink rules (SQL, shell, eval/exec): request data reaching the sink → high severity and
// confidence, the path in the message and `flow`; a parameter or unknown value is shown without blocking.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from './helpers/analyse.mjs';

const only = (source, rule) => analyse(source).findings.filter((finding) => finding.rule === rule);

test('sql-injection: a query built from request.GET is certain, with the path shown', () => {
  const [finding] = only([
    'def search(request, cursor):',
    '    q = request.GET["q"]',
    '    query = "SELECT * FROM items WHERE name = \'%s\'" % q',
    '    cursor.execute(query)',
  ].join('\n'), 'sql-injection');
  assert.equal(finding.severity, 'high');
  assert.equal(finding.confidence, 'high');
  assert.deepEqual(finding.flow, ['request.GET["q"] (line 2)', 'q (line 2)', 'query (line 3)', 'cursor.execute (line 4)']);
  assert.match(finding.message, /: request\.GET\["q"\] \(line 2\) → q \(line 2\) → query \(line 3\) → cursor\.execute \(line 4\)$/);
});

test('sql-injection: a parameter of an ordinary function keeps the rule\'s own confidence and no request flow', () => {
  const [finding] = only('def find(cursor, name):\n    cursor.execute("SELECT * FROM users WHERE name = \'%s\'" % name)\n', 'sql-injection');
  assert.equal(finding.confidence, 'medium');
  assert.ok(!finding.flow || !finding.flow.some((step) => step.startsWith('request')));
});

test('shell rules: subprocess with shell=True and os.system fed by a Flask route', () => {
  const source = [
    'import os, shlex, subprocess',
    'from flask import Flask, request',
    'app = Flask(__name__)',
    '@app.route("/ping")',
    'def ping():',
    '    host = request.args["host"]',
    '    subprocess.call("ping -c 1 " + host, shell=True)',
    '    os.system("nslookup " + host)',
    '    os.system("nslookup " + shlex_quote_free(host))',
    '    os.system("nslookup " + shlex.quote(host))',
    '    return "ok"',
  ].join('\n');
  const [shell] = only(source, 'subprocess-shell-true');
  assert.equal(shell.confidence, 'high');
  assert.deepEqual(shell.flow, ['request.args["host"] (line 6)', 'host (line 6)', 'subprocess.call (line 7)']);
  const system = only(source, 'start-process-with-shell');
  // An unknown function passes its argument's data through; shlex.quote makes it safe for the shell (an audit finding).
  assert.deepEqual(system.map((finding) => [finding.line, finding.flow?.[0]]), [[8, 'request.args["host"] (line 6)'], [9, 'request.args["host"] (line 6)']]);
});

test('eval and exec of request data show the path; a constant is left to --profile audit', () => {
  const source = [
    'def calc(request):',
    '    expression = request.POST["expr"]',
    '    eval(expression)',
    '    exec("x = " + expression)',
    '    eval("1 + 1")',
  ].join('\n');
  const evals = only(source, 'eval-used');
  assert.deepEqual(evals.map((finding) => [finding.line, finding.severity, finding.confidence, finding.flow?.length ?? 0]), [[3, 'high', 'high', 3]]);
  const audited = analyse(source, undefined, { audit: true }).findings.filter((finding) => finding.rule === 'eval-used' && finding.line === 5);
  assert.deepEqual(audited.map((finding) => [finding.severity, finding.confidence, finding.auditOnly]), [['low', 'low', true]]);
  const [exec] = only(source, 'exec-used');
  assert.deepEqual(exec.flow, ['request.POST["expr"] (line 2)', 'expression (line 2)', 'exec (line 4)']);
});
