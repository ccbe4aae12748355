// The only place that turns outcomes into exit codes: 0 nothing blocking · 1 blocking findings · 2 any error.
import { helpText, parseArgs } from './args.js';
import { writeLine } from './io.js';
import { TOOL_VERSION } from '../version.js';
import { ioCause, UserFacingError } from '../errors.js';
import { stopRunningWork } from '../engine/interrupt.js';
import { escapeControl } from '../report/terminal.js';
export async function main(argv, io) {
    try {
        const args = parseArgs(argv);
        if (args.options.get('version')) {
            writeLine(io.stdout, `git-review-security ${TOOL_VERSION}`);
            return 0;
        }
        if (args.options.get('help') || args.command === 'help') {
            io.stdout.write(helpText(TOOL_VERSION));
            return 0;
        }
        switch (args.command) {
            case undefined:
            case 'review':
                return await (await import('./commands/review.js')).reviewCommand(args, io);
            default:
                return await (await import('./commands/index.js')).runCommand(args.command, args, io);
        }
    }
    catch (error) {
        if (error instanceof UserFacingError) {
            // Messages quote the repository (config keys, paths, ids in markers): control characters are shown escaped.
            writeLine(io.stderr, `git-review-security: ${escapeControl(error.message)}`);
            return 2;
        }
        const message = error instanceof Error ? error.message : String(error);
        writeLine(io.stderr, `git-review-security: internal error: ${escapeControl(message)}${io.env.REVIEW_SECURITY_DEBUG ? `\n${error.stack}` : ' (set REVIEW_SECURITY_DEBUG=1 for details)'}`);
        return 2;
    }
}
// Ctrl-C or a CI runner's SIGTERM ends the review with 128 + the signal number (130, 143), as shells report it.
// JavaScript handlers run only between synchronous steps, and every cache entry and report file is written by one
// synchronous call (cache entries: temp file + rename), so stopping here never leaves a half-written file behind.
// Analysis worker threads are stopped and awaited first (src/engine/interrupt.ts): exiting under them aborts.
const SIGNAL_NUMBERS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 };
export function installSignalExits() {
    for (const [signal, number] of Object.entries(SIGNAL_NUMBERS)) {
        process.once(signal, () => {
            process.stderr.write(`\ngit-review-security: interrupted (${signal})\n`);
            void stopRunningWork().finally(() => process.exit(128 + number));
        });
    }
}
// A reader that goes away (`… | head`) is not an error of ours: stop writing quietly. Any other failure to write
// (a full disk, `> /dev/full`, a closed descriptor) is one line and exit 2: the report did not arrive.
export function installStreamErrorExits() {
    for (const [name, stream] of [['standard output', process.stdout], ['standard error', process.stderr]]) {
        stream.on('error', (error) => {
            if (error.code === 'EPIPE')
                return;
            if (stream !== process.stderr)
                process.stderr.write(`git-review-security: cannot write to ${name}: ${ioCause(error)}\n`);
            process.exit(2);
        });
    }
}
/** The bin's whole job: review with the real process streams and set the exit code from the outcome. */
export async function run(argv) {
    process.exitCode = await main(argv, { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr });
}
