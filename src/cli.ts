#!/usr/bin/env node
// Entry point of both bins (`git-review-security`, so that `git review-security` works, and `review-security`).
import { main } from './cli/main.js';

process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});
