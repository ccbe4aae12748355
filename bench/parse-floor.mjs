// The cost floor of our design: read every file as UTF-8 and parse it with tree-sitter, no rules.
//   node bench/parse-floor.mjs [--workers N] [--gc-kb K] PATH...
// --workers N: N worker_threads, each with its own parser, taking the next file (largest first) from a shared
// atomic counter. --gc-kb K: forced gc() plus one event-loop turn after every K KiB parsed (per thread), which is
// what lets node-tree-sitter free trees (perf-anchors §4). Prints {files, bytes, filesWithErrors}.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { collectPythonFiles } from './files.mjs';

const require = createRequire(import.meta.url);

async function parseFiles(files, take, gcEvery) {
  const Parser = require('tree-sitter');
  const parser = new Parser();
  parser.setLanguage(require('tree-sitter-python'));
  let gc;
  if (gcEvery) {
    require('node:v8').setFlagsFromString('--expose-gc');
    gc = require('node:vm').runInNewContext('gc');
  }
  let bytes = 0, errors = 0, since = 0, count = 0;
  for (let index = take(); index < files.length; index = take()) {
    const source = readFileSync(files[index], 'utf8');
    const length = Buffer.byteLength(source);
    bytes += length;
    since += length;
    count++;
    if (parser.parse(source).rootNode.hasError) errors++;
    if (gcEvery && since >= gcEvery) {
      since = 0;
      gc();
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return { files: count, bytes, filesWithErrors: errors };
}

if (isMainThread) {
  const args = process.argv.slice(2);
  const option = (name) => {
    const at = args.indexOf(name);
    if (at < 0) return undefined;
    const [, value] = args.splice(at, 2);
    return Number(value);
  };
  const workers = option('--workers') ?? 0;
  const gcEvery = (option('--gc-kb') ?? 0) * 1024;
  const files = collectPythonFiles(args);
  let result;
  if (workers > 0) {
    const sized = files.map((file) => [file, statSync(file).size]).sort((a, b) => b[1] - a[1]).map(([file]) => file);
    const counter = new Int32Array(new SharedArrayBuffer(4));
    const parts = await Promise.all(Array.from({ length: workers }, () => new Promise((resolve, reject) => {
      const worker = new Worker(new URL(import.meta.url), { workerData: { files: sized, counter, gcEvery } });
      worker.once('message', resolve);
      worker.once('error', reject);
    })));
    result = parts.reduce((sum, part) => ({ files: sum.files + part.files, bytes: sum.bytes + part.bytes, filesWithErrors: sum.filesWithErrors + part.filesWithErrors }));
  } else {
    let next = 0;
    result = await parseFiles(files, () => next++, gcEvery);
  }
  console.log(JSON.stringify(result));
} else {
  const { files, counter, gcEvery } = workerData;
  parentPort.postMessage(await parseFiles(files, () => Atomics.add(counter, 0, 1), gcEvery));
}
