// The report the reporter tests render: built by the real pipeline (settings → tree-sitter analysis → policy →
// buildReport) from in-memory Python sources, with a fixed set of rules so that new rules elsewhere do not churn
// the golden files, and the tool version normalised.
import { readFile } from 'node:fs/promises';
import { parseArgs } from '../../dist/cli/args.js';
import { commandLineSettings } from '../../dist/cli/request.js';
import { buildReport } from '../../dist/review/report.js';
import { resolveSettings } from '../../dist/config/settings.js';
import { reviewFiles } from '../../dist/engine/review-files.js';

export const SAMPLE_RULES = ['eval-used', 'exec-used', 'import-telnetlib', 'subprocess-shell-true', 'syntax-error'];

export const SAMPLE_SOURCES = {
  'app/views.py': [
    'import subprocess',
    'import telnetlib',
    '',
    'def run(cmd):',
    '    subprocess.call(cmd, shell=True)',
    '    eval(cmd)  # nosec B307 -- input is validated by the caller',
    '    exec("x = 1")',
    '',
  ].join('\n'),
  'app/odd name #1.py': 'def grade(expr):\n    return eval(expr)\n',
  'app/broken.py': 'def broken(:\n    return 1\n',
  // A path with an escape sequence in its name: reports must show it escaped, never let the terminal act on it.
  'app/evil\x1b[2J.py': 'exec(source)\n',
  'tests/test_views.py': [
    'import subprocess',
    'import unittest',
    '',
    'class ViewsTest(unittest.TestCase):',
    '    def test_run(self):',
    '        subprocess.call("ls " + self.tmp, shell=True)',
    '',
  ].join('\n'),
  'app/clean.py': 'def add(a, b):\n    return a + b\n',
};

/** Only `rules` on: the empty preset, then the named rules. */
export function sampleConfig(rules = SAMPLE_RULES) {
  return { extends: 'none', rules: Object.fromEntries(rules.map((id) => [id, 'on'])) };
}

/** A report over `sources` (path → text); `unreadable` paths are jobs whose read fails for real. */
export async function sampleReport({ sources = SAMPLE_SOURCES, unreadable = ['app/missing.py'], mode = 'rev', target = 'origin/main...HEAD', argv = ['--no-cache'] } = {}) {
  const settings = resolveSettings(commandLineSettings(parseArgs(argv)), sampleConfig());
  const jobs = [
    ...Object.entries(sources).map(([path, text]) => ({ path, read: () => Buffer.from(text) })),
    ...unreadable.map((path) => ({ path, read: () => readFile(`/nonexistent-review-security-test/${path}`) })),
  ];
  const reviews = await reviewFiles(jobs, { rules: settings.rules, maxFileBytes: settings.maxFileBytes });
  const report = buildReport({ mode, target, jobs, notices: [] }, reviews, settings);
  report.tool.version = '0.0.0-test';
  return report;
}
