// GitHub workflow commands: level by blocking/severity, and escaping that a hostile path or message cannot break.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotation, escapeData, escapeProperty, renderGithub } from '../dist/report/github.js';
import { sampleReport } from './golden/sample-report.mjs';

test('escaping follows the actions toolkit: % CR LF in data, and : , too in properties', () => {
  assert.equal(escapeData('100% done\r\nnext: a,b'), '100%25 done%0D%0Anext: a,b');
  assert.equal(escapeProperty('C:\\x,y%\n'), 'C%3A\\x%2Cy%25%0A');
  assert.equal(annotation('error', { file: 'a,b:c.py', line: 3, title: 'x::y' }, 'bad\n::warning::forged'),
    '::error file=a%2Cb%3Ac.py,line=3,title=x%3A%3Ay::bad%0A::warning::forged');
});

test('a control character in a path or message is shown escaped, not sent to the log', () => {
  assert.equal(annotation('notice', { file: 'evil\x1b[2J.py' }, 'say \x07 hi'), '::notice file=evil\\x1b[2J.py::say \\x07 hi');
});

test('blocking findings are errors, other high/medium are warnings, low are notices; suppressed are left out', async () => {
  const lines = renderGithub(await sampleReport()).trimEnd().split('\n');
  const command = (path, line) => lines.find((text) => text.includes(`file=${path},line=${line},`))?.split(' ')[0];
  assert.equal(command('app/views.py', 5), '::error');
  assert.equal(command('app/odd name #1.py', 2), '::warning');
  assert.equal(command('app/views.py', 7), '::warning');
  assert.equal(command('tests/test_views.py', 6), '::notice');
  assert.equal(command('app/views.py', 6), undefined, 'the nosec-suppressed eval');
  assert.ok(lines.includes('::error file=app/missing.py,title=not reviewed::cannot read: ENOENT'));
  assert.match(lines.at(-1), /^git-review-security: review incomplete: 1 file could not be reviewed and 3 blocking findings$/);
  for (const line of lines.slice(0, -1)) assert.match(line, /^::(error|warning|notice) file=[^:\n]+::[^\n]+$/);
});
