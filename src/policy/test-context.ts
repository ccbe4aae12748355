// Is a file test code? Path signals (configurable globs) or content signals (computed with the analysis).
import picomatch from 'picomatch';

/**
 * `tests/` is a test suite at any depth (`nova/tests/`), `test/` only at the top level: nested, it is as often a
 * production package (Jinja2/Ansible `plugins/test/`, Django's `django/test/` client and runner), which is test code
 * only by its content (src/python/test-signals.ts: imports pytest or mock, defines TestCase subclasses or test_*
 * functions that assert).
 */
export const DEFAULT_TEST_PATHS = ['**/tests/**', 'test/**', '**/testing/**', '**/test_*.py', '**/*_test.py', '**/*_tests.py', '**/conftest.py', '**/tests.py'];

export type TestCodePolicy = 'downgrade' | 'same' | 'skip';

export function testPathMatcher(globs: readonly string[]): (path: string) => boolean {
  const matcher = picomatch(globs as string[], { dot: true });
  // Globs are relative to the repository root; `**/` also matches at the root itself.
  return (path) => matcher(matchablePath(path));
}

/**
 * The path as the globs see it: POSIX separators, no leading `./`, `../` or `/`. A file reviewed from outside the
 * current directory (`../corpus/nova/tests/x.py`) is still under `tests/`; `**` never matches `..` segments.
 */
function matchablePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(?:\.{1,2}\/|\/)+/, '');
}

/** Why a file counts as test code, or undefined when it does not. */
export function testCodeReason(path: string, contentSignals: readonly string[], isTestPath: (path: string) => boolean): string | undefined {
  if (isTestPath(path)) return 'test path';
  return contentSignals[0];
}
