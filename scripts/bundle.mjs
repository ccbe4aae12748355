// dist/cli.js as one file: tsc's entry and every module it imports, bundled by esbuild over tsc's output. Node then
// loads one module instead of about 150 (their resolution and linking cost ~50 ms of every hook run). npm packages
// stay external; the worker threads run tsc's dist/engine/workers.js. Run by `npm run build` after tsc.
import { chmodSync } from 'node:fs';
import { build } from 'esbuild';

const entry = new URL('../dist/cli.js', import.meta.url).pathname;
await build({
  entryPoints: [entry],
  outfile: entry,
  allowOverwrite: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  legalComments: 'none',
});
chmodSync(entry, 0o755);
