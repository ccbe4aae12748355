// The CLI's entry module: scripts/bundle.mjs bundles it, with everything it imports, into dist/cli-bundle.cjs, which
// the bins' file (dist/cli.cjs, src/cli.cts) runs; tsc's own dist/bin.js is the unbundled form.
import { installSignalExits, run } from './cli/main.js';
// A reader that goes away (`… | head`) is not an error of ours: stop writing quietly.
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
        if (error.code !== 'EPIPE')
            throw error;
    });
}
installSignalExits();
// Not a top-level await: the bundle is CommonJS, which is what V8's code cache takes (see src/cli.cts).
void run(process.argv.slice(2));
