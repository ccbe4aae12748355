// Golden files for reporter output: compare with test/golden/<name>; UPDATE_GOLDEN=1 rewrites them.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const GOLDEN_DIR = fileURLToPath(new URL('.', import.meta.url));

export function assertGolden(actual, name) {
  const file = `${GOLDEN_DIR}${name}`;
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
    if (process.env.UPDATE_GOLDEN !== '1') assert.fail(`golden file ${name} is missing: run with UPDATE_GOLDEN=1 to write it, then review it`);
    writeFileSync(file, actual);
    return;
  }
  assert.equal(actual, readFileSync(file, 'utf8'), `${name} differs from the golden file (UPDATE_GOLDEN=1 rewrites it after review)`);
}
