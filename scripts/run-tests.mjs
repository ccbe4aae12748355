// The two test suites. `npm test` runs the fast one: every test file but those that drive the whole tool through
// real git repositories, many CLI runs or the pre-commit framework (under a minute on an idle 2-core machine, the build included). `npm run test:all` (and .ci/run) runs every file. Files are the test/*.test.mjs files; the
// helpers under test/helpers are not tests of their own.
// Files run at once on every core (node --test's pool, longest files first so no long file starts last).
//   node scripts/run-tests.mjs [--all] [--concurrency N] [FILE...]   (FILE...: only those, e.g. test/taint.test.mjs)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TEST_DIR = fileURLToPath(new URL('../test/', import.meta.url));

/**
 * The full suite only: each spends seconds of CPU in real git repositories and CLI runs (measured one by one with
 * `/usr/bin/time`; e2e-pre-commit installs the package with npm and compiles tree-sitter). A new test file is in
 * the fast suite unless it is named here.
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

/**
 * The files that take longest, longest first (CPU seconds measured one by one with `/usr/bin/time node --test FILE`;
 * the rest take under 2 s each): node --test starts files in the order given, so these start first and the short
 * ones fill the cores in the end, instead of a long file starting last and running alone.
 */
export const LONGEST_FIRST = [
  'e2e-pre-commit.test.mjs', // full suite, ~140 s: npm installs the package and compiles tree-sitter
  'reliability-cli.test.mjs', // full suite, ~30 s
  'excludes.test.mjs', // full suite, ~17 s
  'reliability-input.test.mjs', // ~12 s
  'report-cli.test.mjs', // ~6 s of CPU, ~10 s of wall: its terminal runs wait for the spinner
  'workers.test.mjs',
  'tree-sitter-tuning.test.mjs',
  'rule-triggers.test.mjs',
  'code-cache.test.mjs',
];

const args = process.argv.slice(2);
const all = args.includes('--all');
const concurrencyAt = args.indexOf('--concurrency');
const concurrency = concurrencyAt >= 0 ? args[concurrencyAt + 1] : String(availableParallelism());
const named = args.filter((arg, index) => !arg.startsWith('--') && (concurrencyAt < 0 || index !== concurrencyAt + 1));

for (const [listName, list] of Object.entries({ FULL_ONLY, LONGEST_FIRST })) {
  const unknown = list.filter((name) => !existsSync(join(TEST_DIR, name)));
  if (unknown.length === 0) continue;
  console.error(`scripts/run-tests.mjs: ${listName} names files that do not exist: ${unknown.join(', ')}`);
  process.exit(2);
}
/** LONGEST_FIRST's files in its order, then the others by name. */
const rank = (name) => (LONGEST_FIRST.includes(name) ? LONGEST_FIRST.indexOf(name) : LONGEST_FIRST.length);
const byLength = (a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
const files = named.length > 0
  ? named
  : readdirSync(TEST_DIR).filter((name) => name.endsWith('.test.mjs')).filter((name) => all || !FULL_ONLY.includes(name)).sort(byLength).map((name) => join('test', name));
console.error(`${all ? 'full' : 'fast'} suite: ${files.length} test files${all ? '' : ` (npm run test:all adds ${FULL_ONLY.length} more)`}`);
const result = spawnSync(process.execPath, ['--test', `--test-concurrency=${concurrency}`, ...files], { stdio: 'inherit', cwd: fileURLToPath(new URL('..', import.meta.url)) });
process.exit(result.status ?? 1);
