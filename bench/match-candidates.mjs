// How rules should find their nodes (issue 21, "native matching"): three ways to hand a file's handlers the nodes of
// the types they registered, measured on the same parsed trees, in CPU seconds (process.cpuUsage, this one thread):
//   descendantsOfType  one native call per file, returns node objects of those types only (the engine's walk today)
//   Query              a tree-sitter query `[(call) (string) …] @node` compiled once per type list, `captures(root)`
//   TreeCursor         a JavaScript cursor walk over every node, reading `nodeType` and `nodeIsNamed` per node,
//                      and making a node object only for matching types
// The type lists are the engine's own: each file is analysed once with every rule, and the types its walk asked
// for are recorded (so per-file triggers, which switch rules off, are included). Parsing is not counted. Each method
// must find the same number of nodes on every file, or the bench fails.
//   node bench/match-candidates.mjs [--runs 3] [--limit N] [--json FILE] [PATH...]   (default PATH: the Nova corpus)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus } from './corpora.mjs';
import { collectPythonFiles } from './files.mjs';

const require = createRequire(import.meta.url);
const HERE = dirname(fileURLToPath(import.meta.url));
const DIST = resolve(HERE, '..', 'dist');
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const at = argv.indexOf(name);
  if (at < 0) return fallback;
  const [value] = argv.splice(at, 2).slice(1);
  return value;
};
const RUNS = Number(option('--runs', 3));
const LIMIT = Number(option('--limit', Infinity));
const JSON_OUT = option('--json', undefined);
const paths = argv.length > 0 ? argv : [ensureCorpus('nova')];

const { analyseSource } = await import(join(DIST, 'engine', 'analyse.js'));
const { RULES } = await import(join(DIST, 'rules', 'index.js'));
const { parsePython } = await import(join(DIST, 'engine', 'parser.js'));
const Parser = require('tree-sitter');
const Python = require('tree-sitter-python');
const rules = RULES.map((rule) => ({ rule, options: {} }));

// Record the type list of each file's walk: the engine calls descendantsOfType(types) on the root once per file.
const files = collectPythonFiles(paths).sort().slice(0, LIMIT);
analyseSource('x = 1\n', rules); // loads and tunes tree-sitter (tree-sitter-tuning.ts) before the prototype is wrapped
const native = Parser.SyntaxNode.prototype.descendantsOfType;
let recorded;
Parser.SyntaxNode.prototype.descendantsOfType = function (types, ...rest) {
  if (recorded === undefined && this.type === 'module' && this.startIndex === 0 && Array.isArray(types)) recorded = [...types];
  return native.call(this, types, ...rest);
};
const work = [];
for (const path of files) {
  const source = readFileSync(path, 'utf8');
  recorded = undefined;
  try {
    analyseSource(source, rules);
  } catch {
    continue; // too slow or unparsable: not part of the comparison
  }
  work.push({ path, source, types: recorded ?? [] });
}
Parser.SyntaxNode.prototype.descendantsOfType = native;

const language = Python;
const queries = new Map();
/** A query pattern for a node type: named types in parentheses, anonymous ones (`"="`) quoted. */
const queryPattern = (type) => (/^[A-Za-z_]\w*$/.test(type) ? `(${type})` : JSON.stringify(type));
let queryCompileCpu = 0;
const queryFor = (types) => {
  const key = types.join(' ');
  let query = queries.get(key);
  if (!query) {
    const start = process.cpuUsage();
    // A type the grammar does not have (a rule may name one from another grammar version) is an error in a query
    // and matches nothing in descendantsOfType: left out here.
    const known = types.filter((type) => {
      try {
        new Parser.Query(language, `${queryPattern(type)} @node`);
        return true;
      } catch {
        return false;
      }
    });
    query = new Parser.Query(language, `[${known.map(queryPattern).join(' ')}] @node`);
    const spent = process.cpuUsage(start);
    queryCompileCpu += (spent.user + spent.system) / 1e6;
    queries.set(key, query);
  }
  return query;
};
const methods = {
  descendantsOfType(tree, types) {
    if (types.length === 0) return 0;
    const nodes = tree.rootNode.descendantsOfType(types);
    let count = 0;
    for (const node of nodes) if (node.startIndex >= 0) count++; // touch each node, as a handler does
    return count;
  },
  Query(tree, types) {
    if (types.length === 0) return 0;
    let count = 0;
    for (const { node } of queryFor(types).captures(tree.rootNode)) if (node.startIndex >= 0) count++;
    return count;
  },
  TreeCursor(tree, types) {
    if (types.length === 0) return 0;
    const wanted = new Set(types);
    const cursor = tree.walk();
    let count = 0;
    // Pre-order over every node; the root (module) is never one of the walked types.
    for (;;) {
      if (cursor.gotoFirstChild()) {
        if (cursor.nodeIsNamed && wanted.has(cursor.nodeType) && cursor.currentNode.startIndex >= 0) count++;
        continue;
      }
      for (;;) {
        if (cursor.gotoNextSibling()) {
          if (cursor.nodeIsNamed && wanted.has(cursor.nodeType) && cursor.currentNode.startIndex >= 0) count++;
          break;
        }
        if (!cursor.gotoParent()) return count;
      }
    }
  },
};

const trees = work.map((item) => parsePython(item.source));
for (const item of work) if (item.types.length > 0) queryFor(item.types); // compiled before timing: counted apart
const totals = Object.fromEntries(Object.keys(methods).map((name) => [name, []]));
const counts = Object.fromEntries(Object.keys(methods).map((name) => [name, 0]));
const names = Object.keys(methods);
for (let run = 0; run < RUNS; run++) {
  const spent = Object.fromEntries(names.map((name) => [name, 0]));
  for (let index = 0; index < work.length; index++) {
    const found = {};
    // Rotate the order per file so no method always runs first on a cold tree.
    for (let step = 0; step < names.length; step++) {
      const name = names[(index + step + run) % names.length];
      const start = process.cpuUsage();
      found[name] = methods[name](trees[index], work[index].types);
      const used = process.cpuUsage(start);
      spent[name] += (used.user + used.system) / 1e6;
      if (run === 0) counts[name] += found[name];
    }
    const distinct = new Set(Object.values(found));
    if (distinct.size !== 1) throw new Error(`match-candidates: methods disagree on ${work[index].path}: ${JSON.stringify(found)}`);
  }
  for (const name of names) totals[name].push(spent[name]);
}

const median = (values) => { const sorted = [...values].sort((a, b) => a - b); const m = sorted.length >> 1; return sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2; };
const bytes = work.reduce((sum, item) => sum + Buffer.byteLength(item.source), 0);
console.log(`${work.length} files, ${(bytes / 1e6).toFixed(2)} MB, ${counts.descendantsOfType} nodes handed to handlers, ${queries.size} distinct type lists, ${RUNS} runs`);
console.log('| method | cpu s, median (min–max) |');
console.log('| --- | ---: |');
for (const name of names) console.log(`| ${name} | ${median(totals[name]).toFixed(2)} (${Math.min(...totals[name]).toFixed(2)}–${Math.max(...totals[name]).toFixed(2)}) |`);
console.log(`| (Query compilation, once per type list) | ${queryCompileCpu.toFixed(2)} |`);
if (JSON_OUT) writeFileSync(JSON_OUT, `${JSON.stringify({ files: work.length, bytes, nodes: counts.descendantsOfType, typeLists: queries.size, runs: RUNS, cpu: totals, queryCompileCpu }, null, 2)}\n`);
