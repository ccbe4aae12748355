// The documentation stays true to the code and to itself: docs/rules.md is what the rule registry gives, every link
// in the README and docs/ resolves inside the repository (files and heading anchors), the README stays a landing
// page, and the man page names every option and subcommand --help lists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { RULES } from '../dist/rules/index.js';
import { run, CLI, PROJECT_ROOT } from './helpers/git-repo.mjs';

const DOCS = join(PROJECT_ROOT, 'docs');
const PAGES = [join(PROJECT_ROOT, 'README.md'), ...readdirSync(DOCS).filter((name) => name.endsWith('.md')).map((name) => join(DOCS, name))];
/** Pages that link nowhere outside the repository. */
const SELF_CONTAINED = new Set(['README.md', 'docs/architecture.md']);

/** The text outside fenced code blocks and inline code, where links are links. */
function prose(markdown) {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens; repeats get -1, -2, … */
function anchors(markdown) {
  const seen = new Map();
  const result = new Set();
  for (const [, text] of markdown.replace(/^```[\s\S]*?^```$/gm, '').matchAll(/^#{1,6} +(.+?) *#*$/gm)) {
    const slug = text.replace(/`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    result.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return result;
}

function links(markdown) {
  const text = prose(markdown);
  return [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g), ...text.matchAll(/<(https?:[^>\s]+)>/g)].map((match) => match[1]);
}

test('docs/rules.md is what scripts/generate-rule-docs.mjs makes of the rule registry, with one heading per rule', () => {
  const check = run(process.execPath, [join(PROJECT_ROOT, 'scripts', 'generate-rule-docs.mjs'), '--check'], { cwd: PROJECT_ROOT });
  assert.equal(check.status, 0, `${check.stderr}(npm run docs:rules regenerates it)`);
  const found = anchors(readFileSync(join(DOCS, 'rules.md'), 'utf8'));
  for (const rule of RULES) assert.ok(found.has(rule.id), `docs/rules.md#${rule.id}`);
});

test('every link in the README and docs/ resolves inside the repository, anchors included', () => {
  let checked = 0;
  for (const page of PAGES) {
    const name = relative(PROJECT_ROOT, page).split('\\').join('/');
    for (const target of links(readFileSync(page, 'utf8'))) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
        assert.ok(!SELF_CONTAINED.has(name), `${name} links outside the repository: ${target}`);
        continue;
      }
      checked++;
      const [path, anchor] = target.split('#');
      const file = path === '' ? page : join(dirname(page), decodeURIComponent(path));
      assert.ok(existsSync(file), `${name}: ${target}: no such file`);
      assert.ok(relative(PROJECT_ROOT, file).split('\\').join('/').split('/')[0] !== '..', `${name}: ${target} leaves the repository`);
      if (anchor !== undefined) {
        assert.ok(file.endsWith('.md') && statSync(file).isFile(), `${name}: ${target}: an anchor into a file that is not Markdown`);
        assert.ok(anchors(readFileSync(file, 'utf8')).has(anchor), `${name}: ${target}: no heading with that anchor`);
      }
    }
  }
  assert.ok(checked > 40, `${checked} links checked`);
});

test('the link check is not vacuous: a missing file, a missing anchor and an outside link are caught', () => {
  const page = '# Title\n\n## Some `code` here\n\n[a](#some-code-here) [b](#nowhere) [c](missing.md) `[d](x.md)`\n';
  assert.deepEqual(links(page), ['#some-code-here', '#nowhere', 'missing.md']);
  assert.ok(anchors(page).has('some-code-here'));
  assert.ok(!anchors(page).has('nowhere'));
});

test('the README is a landing page: under 250 lines, starting with the three commands', () => {
  const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
  const lines = readme.split('\n').length;
  assert.ok(lines < 250, `README.md has ${lines} lines`);
  const start = readme.split('\n').slice(0, 8).join('\n');
  for (const command of ['npm ci && npm run demo', 'npm test', 'npm run test:all']) assert.ok(start.includes(command), command);
});

test('the man page names every option and subcommand --help lists', () => {
  const help = run(process.execPath, [CLI, '--help'], { cwd: PROJECT_ROOT }).stdout;
  // groff: \- is a hyphen, \fB \fI \fR \fP switch fonts.
  const man = readFileSync(join(PROJECT_ROOT, 'man', 'git-review-security.1'), 'utf8').replace(/\\-/g, '-').replace(/\\f[BIRP]/g, '').replace(/\\\(em/g, '—');
  const options = new Set();
  for (const [, negatable, name] of help.matchAll(/--(\[no-\])?([a-z][a-z-]*)/g)) {
    options.add(`--${name}`);
    if (negatable) options.add(`--no-${name}`);
  }
  const missing = [...options].filter((option) => !new RegExp(`${option.replace(/-/g, '\\-')}(?![a-z-])`).test(man) && !(option.startsWith('--no-') && man.includes(`--[no-]${option.slice(5)}`)));
  assert.deepEqual(missing, [], 'options --help lists that the man page does not name');
  const subcommands = [...help.matchAll(/^ +git review-security ((?:[a-z]+ ?)+)/gm)].map((match) => match[1].trim());
  assert.ok(subcommands.includes('install') && subcommands.includes('cache clear'), subcommands.join(', '));
  for (const subcommand of subcommands) assert.match(man, new RegExp(`\\b${subcommand.replace(/ /g, '\\s+')}\\b`), `man page: ${subcommand}`);
  assert.ok(options.size > 40, `${options.size} options`);
});
