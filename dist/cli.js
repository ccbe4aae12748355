#!/usr/bin/env node
// Entry point of both bins (`git-review-security`, so that `git review-security` works, and `review-security`).
import { main } from './cli/main.js';
// A reader that goes away (`… | head`) is not an error of ours: stop writing quietly.
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
        if (error.code !== 'EPIPE')
            throw error;
    });
}
// Ctrl-C or a CI runner's SIGTERM ends the review with 128 + the signal number (130, 143), as shells report it.
// JavaScript handlers run only between synchronous steps, and every cache entry and report file is written by one
// synchronous call (cache entries: temp file + rename), so stopping here never leaves a half-written file behind.
const SIGNAL_NUMBERS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 };
for (const [signal, number] of Object.entries(SIGNAL_NUMBERS)) {
    process.once(signal, () => {
        process.stderr.write(`\ngit-review-security: interrupted (${signal})\n`);
        process.exit(128 + number);
    });
}
process.exitCode = await main(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
});
