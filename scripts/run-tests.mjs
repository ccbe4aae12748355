// The two test suites. `npm test` runs the fast one: every test file but those that drive the whole tool through
// real git repositories, many CLI runs or the pre-commit framework (under a minute on an idle 2-core machine, the
// build included). `npm run test:all` (and .ci/run) runs every file. Files are the test/*.test.mjs files; the
// helpers under test/helpers are not tests of their own.
//   node scripts/run-tests.mjs [--all] [--concurrency N] [FILE...]   (FILE...: only those, e.g. test/taint.test.mjs)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TEST_DIR = fileURLToPath(new URL('../test/', import.meta.url));

/**
 * The full suite only: each spends seconds of CPU in real git repositories and CLI runs (measured one by one with
 * `/usr/bin/time`; e2e-pre-commit installs the package with npm and compiles tree-sitter). A new test file is in the
 * fast suite unless it is named here.
 */
export const FULL_ONLY = [
  'adoption-config-messages.test.mjs',
  'baseline.test.mjs',
  'ci-examples.test.mjs',
  'config-bandit.test.mjs',
  'config-discovery.test.mjs',
  'config-errors.test.mjs',
  'config-keys.test.mjs',
  'e2e-hook.test.mjs',
  'e2e-install.test.mjs',
  'e2e-pre-commit.test.mjs',
  'e2e-pre-push.test.mjs',
  'excludes.test.mjs',
  'git-cache.test.mjs',
  'git-select.test.mjs',
  'install-edited-hook.test.mjs',
  'new-only.test.mjs',
  'pre-commit-framework.test.mjs',
  'reliability-bypass.test.mjs',
  'reliability-cache-dir.test.mjs',
  'reliability-cli.test.mjs',
  'reliability-errors.test.mjs',
  'reliability-limits.test.mjs',
];

const args = process.argv.slice(2);
const all = args.includes('--all');
const concurrencyAt = args.indexOf('--concurrency');
const concurrency = concurrencyAt >= 0 ? args[concurrencyAt + 1] : '2';
const named = args.filter((arg, index) => !arg.startsWith('--') && (concurrencyAt < 0 || index !== concurrencyAt + 1));

const unknown = FULL_ONLY.filter((name) => !existsSync(join(TEST_DIR, name)));
if (unknown.length > 0) {
  console.error(`scripts/run-tests.mjs: FULL_ONLY names files that do not exist: ${unknown.join(', ')}`);
  process.exit(2);
}
const files = named.length > 0
  ? named
  : readdirSync(TEST_DIR).filter((name) => name.endsWith('.test.mjs')).filter((name) => all || !FULL_ONLY.includes(name)).sort().map((name) => join('test', name));
console.error(`${all ? 'full' : 'fast'} suite: ${files.length} test files${all ? '' : ` (npm run test:all adds ${FULL_ONLY.length} more)`}`);
const result = spawnSync(process.execPath, ['--test', `--test-concurrency=${concurrency}`, ...files], { stdio: 'inherit', cwd: fileURLToPath(new URL('..', import.meta.url)) });
process.exit(result.status ?? 1);
