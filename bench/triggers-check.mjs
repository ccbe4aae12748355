// Soundness check of rule triggers and callee filters (RuleMeta.triggers, .callees): analyses every file twice, once as the engine does and once
// with both removed (each rule created on every file, its call handler given every call), and lists each file whose findings differ.
// A difference means a trigger skipped a file the rule reports on.
//   node bench/triggers-check.mjs [--rules id,id,...] PATH...
// Run `npx tsc -p .` first: it loads dist/.
import { readFileSync } from 'node:fs';
import { collectPythonFiles } from './files.mjs';
import { analyseSource } from '../dist/engine/analyse.js';
import { RULES, findRule } from '../dist/rules/index.js';
import { decodePython } from '../dist/files/decode.js';
import { unfiltered } from '../dist/engine/rule-filters.js';

const args = process.argv.slice(2);
const at = args.indexOf('--rules');
const chosen = at >= 0 ? args.splice(at, 2)[1].split(',').map((name) => {
  const rule = findRule(name);
  if (!rule) throw new Error(`unknown rule ${name}`);
  return rule;
}) : RULES;
const withTriggers = chosen.map((rule) => ({ rule, options: {} }));
const withoutTriggers = chosen.map((rule) => ({ rule: unfiltered(rule), options: {} }));
const summary = (result) => JSON.stringify(result.findings.map(({ rule, line, column, message, severity, confidence }) => [rule, line, column, message, severity, confidence]));

let files = 0;
let differing = 0;
for (const file of collectPythonFiles(args)) {
  const decoded = decodePython(readFileSync(file));
  if (!('text' in decoded)) continue;
  files++;
  const expected = summary(analyseSource(decoded.text, withoutTriggers, { timeLimitMs: 0 }));
  const actual = summary(analyseSource(decoded.text, withTriggers, { timeLimitMs: 0 }));
  if (expected !== actual) {
    differing++;
    console.log(`${file}\n  without triggers: ${expected}\n  with triggers:    ${actual}`);
  }
}
console.log(`${files} files, ${chosen.length} rules: ${differing === 0 ? 'triggers skipped no finding' : `${differing} files differ`}`);
process.exitCode = differing === 0 ? 0 : 1;
