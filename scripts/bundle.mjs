// dist/cli-bundle.cjs: tsc's dist/cli-bundle-entry.js and every module it imports, bundled by esbuild into one CommonJS file, which
// the bins' file dist/cli.cjs (src/cli.cts) runs through a V8 code cache. One file: Node loads one module instead of
// about 150 (their resolution and linking cost ~50 ms of every hook run). CommonJS: V8's code cache takes scripts,
// and Node 20 has none for ES modules. The worker threads run dist/worker-bundle.cjs, made the same way (below). Run by
// `npm run build` after tsc, which never writes the bundles itself.
import { chmodSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';

// npm packages stay external (native modules find their binaries from their own folder), except picomatch: pure
// JavaScript that every review loads, 4 ms to resolve and compile on each start, nothing once in the code cache.
const BUNDLED = new Set(['picomatch']);
const { dependencies } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const external = Object.keys(dependencies).filter((name) => !BUNDLED.has(name));

/** What both bundles share: CommonJS for Node 20, npm packages external, `import.meta.url` made the bundle's own URL. */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external,
  logLevel: 'warning',
  legalComments: 'none',
  // The modules find their package and their npm dependencies from import.meta.url: the bundle's own URL.
  define: { 'import.meta.url': '__bundle_url' },
  // Strict mode, as the ES modules it is made of: the directive must come before the banner's statement.
  banner: { js: '"use strict";\nconst __bundle_url = require("node:url").pathToFileURL(__filename).href;' },
};
const result = await build({
  ...common,
  entryPoints: [new URL('../dist/cli-bundle-entry.js', import.meta.url).pathname],
  outfile: new URL('../dist/cli-bundle.cjs', import.meta.url).pathname,
  metafile: true,
});
// dist/cli.cjs runs the bundle as a `vm` script, which cannot `import()`: every module outside it must be required.
const dynamic = Object.values(result.metafile.outputs).flatMap((output) => output.imports).filter((entry) => entry.kind === 'dynamic-import' && entry.external);
if (dynamic.length > 0) {
  console.error(`bundle: the bundle must not import() ${dynamic.map((entry) => entry.path).join(', ')}: require it (see src/cli.cts)`);
  process.exit(1);
}
for (const bin of ['cli.cjs', 'cli.js']) chmodSync(new URL(`../dist/${bin}`, import.meta.url), 0o755);

// dist/worker-bundle.cjs: the analysis worker (tsc's dist/engine/workers.js and the engine and rules it loads) as one
// file too. A worker loading some 150 ES modules took 0.25-0.45 s to be ready on a busy 2-core machine; the pool's
// crossover (src/engine/analysis-threads.ts) is set by that start-up.
await build({
  ...common,
  entryPoints: [new URL('../dist/engine/workers.js', import.meta.url).pathname],
  outfile: new URL('../dist/worker-bundle.cjs', import.meta.url).pathname,
});
