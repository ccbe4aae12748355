// Bandit's plugin options, as rule options: each changes what the rule reports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findRule } from '../dist/rules/index.js';
import { analyse } from './helpers/analyse.mjs';

function lines(ruleId, source, options = {}) {
  const rule = findRule(ruleId);
  return analyse(source, [{ rule, options }]).findings.filter((finding) => finding.rule === rule.id).map((finding) => finding.line);
}

test('try_except_pass / try_except_continue: checkTypedException also reports typed handlers', () => {
  const pass = 'try:\n    f()\nexcept ValueError:\n    pass\n';
  assert.deepEqual(lines('B110', pass), []);
  assert.deepEqual(lines('B110', pass, { checkTypedException: true }), [3]);
  const loop = 'for x in y:\n    try:\n        f(x)\n    except KeyError:\n        continue\n';
  assert.deepEqual(lines('try_except_continue', loop), []);
  assert.deepEqual(lines('try_except_continue', loop, { checkTypedException: true }), [4]);
});

test('hardcoded_tmp_directory: tmpDirs replaces the shared directories', () => {
  const source = 'a = "/tmp/x"\nb = "/scratch/x"\n';
  assert.deepEqual(lines('B108', source), [1]);
  assert.deepEqual(lines('B108', source, { tmpDirs: ['/scratch'] }), [2]);
});

test('markupsafe_xss: extendMarkupNames and allowedCalls', () => {
  const source = 'from webhelpers.html import literal\nimport bleach\nfrom markupsafe import Markup\nliteral(name)\nMarkup(bleach.clean(name))\nMarkup(sanitize(name))\n';
  assert.deepEqual(lines('B704', source), [6]);
  assert.deepEqual(lines('B704', source, { extendMarkupNames: ['webhelpers.html.literal'] }), [4, 6]);
  assert.deepEqual(lines('B704', source, { allowedCalls: ['sanitize'] }), []);
});

test('shell_injection lists: the function lists are options of the process rules', () => {
  const source = 'import mylib\nmylib.run_shell("ls " + name)\nmylib.spawn(name)\n';
  assert.deepEqual(lines('B605', source), []);
  assert.deepEqual(lines('B605', source, { functions: ['mylib.run_shell'] }), [2]);
  assert.deepEqual(lines('B606', source, { functions: ['mylib.spawn'] }), [3]);
});

test('severity grades follow Bandit where the rule does; data-flow rules grade by where the value comes from', () => {
  const graded = (ruleId, source, audit = false) => analyse(source, undefined, { audit }).findings.filter((finding) => finding.rule === ruleId).map((finding) => `${finding.severity}/${finding.confidence}`);
  // A constant command only under --profile audit; a value of unknown origin shown; request data blocking.
  assert.deepEqual(graded('start-process-with-shell', 'import os\nos.system("ls")\nos.system("ls " + p)\n', true), ['low/low', 'medium/low']);
  assert.deepEqual(graded('start-process-with-shell', 'import os\nfrom flask import request\nos.system("ls " + request.args["p"])\n'), ['high/high']);
  assert.deepEqual(graded('tarfile-unsafe-members', 'import tarfile\nt.extractall()\nt.extractall(members=m)\nt.extractall(members=f(t))\n'), ['high/high', 'medium/medium', 'low/low']);
  assert.deepEqual(graded('jinja2-autoescape-false', 'import jinja2\njinja2.Environment()\njinja2.Environment(autoescape=False)\njinja2.Environment(autoescape=x)\n'), ['high/high', 'high/high', 'high/medium']);
  assert.deepEqual(graded('sql-injection', 'def f(c, n, t):\n    c.execute("SELECT * FROM t WHERE a = " + n)\n    c.execute(f"SELECT * FROM {t}")\n    return "SELECT * FROM t WHERE a = " + n\n'), ['medium/medium', 'medium/medium', 'medium/low']);
});
