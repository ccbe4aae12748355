// The CLI's entry module: scripts/bundle.mjs bundles it, with everything it imports, into dist/cli-bundle.cjs, which
// the bins' file (dist/cli.cjs, src/cli.cts) runs; tsc's own dist/cli-bundle-entry.js is the unbundled form. Exit codes are set
// in src/cli/main.ts only.
import { installSignalExits, installStreamErrorExits, run } from './cli/main.js';
installStreamErrorExits();
installSignalExits();
// Not a top-level await: the bundle is CommonJS, which is what V8's code cache takes (see src/cli.cts).
void run(process.argv.slice(2));
