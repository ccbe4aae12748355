// `npm run test:update-fixtures`: rewrites every test/rules/<rule-id>.expected.json from what the built rules report
// on test/rules/<rule-id>.py (build first: the script runs dist/). For intended changes only: read the diff
// (`git diff test/rules/`) before committing it. Lists the files it created, changed and found orphaned.
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { expectedFileOf, expectedText, fixtureNames, FIXTURES, orphanedExpectedFiles, pinnedFindings, readExpected } from '../test/helpers/rule-fixtures.mjs';

const created = [];
const changed = [];
for (const fixture of fixtureNames()) {
  const text = expectedText(pinnedFindings(fixture, readFileSync(new URL(fixture, FIXTURES), 'utf8')));
  const before = readExpected(fixture);
  if (before === text) continue;
  writeFileSync(expectedFileOf(fixture), text);
  (before === undefined ? created : changed).push(fixture.replace(/\.py$/, '.expected.json'));
}
const orphaned = orphanedExpectedFiles();
const remove = process.argv.includes('--remove-orphans');
if (remove) for (const name of orphaned) unlinkSync(new URL(name, FIXTURES));

const list = (title, names) => names.length > 0 && console.log(`${title} (${names.length}):\n${names.map((name) => `  test/rules/${name}`).join('\n')}`);
list('created: these fixtures had no expected file', created);
list('changed', changed);
list(remove ? 'removed: their fixture is gone' : 'orphaned: their fixture is gone (--remove-orphans deletes them)', orphaned);
console.log(`${fixtureNames().length} fixtures: ${created.length} expected files created, ${changed.length} changed, ${fixtureNames().length - created.length - changed.length} unchanged`);
