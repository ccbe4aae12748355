#!/usr/bin/env node
// Entry point of both bins (`git-review-security`, so that `git review-security` works, and `review-security`), bundled
// with everything it imports into dist/cli.js by scripts/bundle.mjs; tsc's own dist/bin.js is the unbundled form.
import { installSignalExits, run } from './cli/main.js';

// A reader that goes away (`… | head`) is not an error of ours: stop writing quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

installSignalExits();

await run(process.argv.slice(2));
