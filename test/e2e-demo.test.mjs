// `npm run demo` (the README's first command) shows the main job and cleans up after itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, PROJECT_ROOT } from './helpers/git-repo.mjs';

// A private TMPDIR: a demo run by anyone else on the machine at the same time cannot make this test fail.
const privateTmp = mkdtempSync(join(tmpdir(), 'review-security-demo-test-'));
const demoDirs = () => readdirSync(privateTmp).filter((name) => name.startsWith('review-security-demo-')).sort();

test('the demo blocks the vulnerable commit, passes the clean one, and leaves no temp dir', () => {
  const before = demoDirs();
  const result = run(process.execPath, [join(PROJECT_ROOT, 'demo', 'run-demo.mjs')], { cwd: PROJECT_ROOT, env: { ...process.env, NO_COLOR: '1', TMPDIR: privateTmp } });
  assert.equal(result.status, 0, result.output);
  assert.match(result.stdout, /\$ git review-security install\ninstalled the pre-commit hook: /);
  assert.match(result.stdout, /review-security: 2 staged Python files reviewed/);
  assert.match(result.stdout, /^app\/views\.py:\d+:\d+ +HIGH /m);
  assert.match(result.stdout, /commit blocked: \d+ blocking findings?/);
  assert.match(result.stdout, /exit code 0: the hook passed silently/);
  assert.match(result.stdout, /\(1 from cache\)/);
  assert.deepEqual(demoDirs(), before);
  rmSync(privateTmp, { recursive: true, force: true });
});
