// Every format renders the same real report; the output is compared with golden files in test/golden/.
import { test } from 'node:test';
import { render } from '../dist/report/index.js';
import { assertGolden } from './golden/assert-golden.mjs';
import { sampleReport } from './golden/sample-report.mjs';

const PLAIN = { color: false, showSource: true, quiet: false };

for (const [format, file] of [['compact', 'sample.compact.txt'], ['json', 'sample.json'], ['sarif', 'sample.sarif'], ['github', 'sample.github.txt'], ['gitlab', 'sample.gitlab.json'], ['markdown', 'sample.md']]) {
  test(`${format} output matches ${file}`, async () => {
    assertGolden(await render(format, await sampleReport(), PLAIN), file);
  });
}

test('compact output on a 110-column colour terminal matches sample.compact-tty.txt', async () => {
  assertGolden(await render('compact', await sampleReport(), { color: true, showSource: true, quiet: false, columns: 110 }), 'sample.compact-tty.txt');
});

test('markdown output of a clean review matches clean.md', async () => {
  const report = await sampleReport({ sources: { 'app/clean.py': 'def add(a, b):\n    return a + b\n' }, unreadable: [], mode: 'paths', target: 'app' });
  assertGolden(await render('markdown', report, PLAIN), 'clean.md');
});
