// The CLI's entry module: scripts/bundle.mjs bundles it, with everything it imports, into dist/cli-bundle.cjs, which
// the bins' file (dist/cli.cjs, src/cli.cts) runs; tsc's own dist/bin.js is the unbundled form.
import { installSignalExits, run } from './cli/main.js';
import { ioCause } from './errors.js';
// A reader that goes away (`… | head`) is not an error of ours: stop writing quietly. Any other failure to write
// (a full disk, `> /dev/full`, a closed descriptor) is one line and exit 2: the report did not arrive.
for (const [name, stream] of [['standard output', process.stdout], ['standard error', process.stderr]]) {
    stream.on('error', (error) => {
        if (error.code === 'EPIPE')
            return;
        if (stream !== process.stderr)
            process.stderr.write(`git-review-security: cannot write to ${name}: ${ioCause(error)}\n`);
        process.exit(2);
    });
}
installSignalExits();
// Not a top-level await: the bundle is CommonJS, which is what V8's code cache takes (see src/cli.cts).
void run(process.argv.slice(2));
