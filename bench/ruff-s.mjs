// Ruff's `S` (flake8-bandit) rules through the official WASM build, over the same files:
//   node [--liftoff-only] bench/ruff-s.mjs PATH...      prints {files, diagnostics}
// `--liftoff-only` keeps V8 on its baseline WASM compiler; without it a 1-file check costs ~1 s of tier-up
// (perf-anchors §4). The benchmark reports both.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { collectPythonFiles } from './files.mjs';

const { Workspace, PositionEncoding } = createRequire(import.meta.url)('@astral-sh/ruff-wasm-nodejs');
const workspace = new Workspace({ lint: { select: ['S'] } }, PositionEncoding.Utf16);
const files = collectPythonFiles(process.argv.slice(2));
let diagnostics = 0;
for (const file of files) diagnostics += workspace.check(readFileSync(file, 'utf8')).length;
console.log(JSON.stringify({ files: files.length, diagnostics }));
