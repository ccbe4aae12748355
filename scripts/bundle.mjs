// dist/cli.js, the bins' file: tsc's dist/bin.js and every module it imports, bundled by esbuild into one file. Node
// then loads one module instead of about 150 (their resolution and linking cost ~50 ms of every hook run). npm
// packages stay external; the worker threads run tsc's dist/engine/workers.js. Run by `npm run build` after tsc,
// which never writes dist/cli.js itself.
import { chmodSync } from 'node:fs';
import { build } from 'esbuild';

const entry = new URL('../dist/bin.js', import.meta.url).pathname;
const outfile = new URL('../dist/cli.js', import.meta.url).pathname;
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  legalComments: 'none',
});
chmodSync(outfile, 0o755);
