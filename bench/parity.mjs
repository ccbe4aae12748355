// Parity with Bandit: run Debian's `bandit` and our CLI side by side on Nova, Django and the rule fixtures, and
// list per Bandit id what both report, what only Bandit reports and what only we report. Writes docs/parity.md.
//
//   npm run build && node bench/parity.mjs [--corpus nova,django,fixtures,bandit-examples] [--output docs/parity.md]
//                                          [--details FILE] [--reuse-bandit] [--functional bench/bandit-1.9.4-expected.json]
// (bandit-examples reads BANDIT_EXAMPLES=<path of Bandit's examples/ folder>.)
// --functional: also compare, per example file, how many findings with a Bandit id we give against the counts
// Bandit's functional tests expect (tests/functional/test_functional.py, written to the JSON file).
//
// Our CLI runs from a snapshot of dist/ taken at start (a rebuild during the minutes Bandit needs on Nova does not
// mix two builds). --reuse-bandit reuses Bandit's JSON from an earlier run (kept in the temp dir) for the same target.
//
// A finding of ours matches a Bandit issue when one of our rule's aliases is the Bandit id and the lines overlap
// (our line..endLine against Bandit's line_range). Both tools honour `# nosec`: suppressed findings are left out.
// Our CLI runs with `--profile audit`: every rule on, test code treated as any other code, constant and sanitised
// sinks shown at low confidence, every confidence.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ensureCorpus } from './corpora.mjs';

const run = promisify(execFile);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** A private copy of dist/ (plus package.json and a node_modules link) to run the CLI from; removed at exit. */
function snapshotBuild() {
  const directory = mkdtempSync(join(tmpdir(), 'review-security-parity-'));
  cpSync(join(ROOT, 'dist'), join(directory, 'dist'), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(directory, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(directory, 'node_modules'), 'dir');
  process.on('exit', () => rmSync(directory, { recursive: true, force: true }));
  return directory;
}

const BUILD = snapshotBuild();
const { RULES } = await import(join(BUILD, 'dist/rules/index.js'));
const BANDIT_CACHE = join(tmpdir(), 'review-security-parity-bandit');

const BANDIT_ID = /^B\d{3}$/;
const ruleByBanditId = new Map(RULES.flatMap((rule) => rule.aliases.filter((alias) => BANDIT_ID.test(alias)).map((alias) => [alias, rule])));

// Why a Bandit-only bucket exists: a deliberate choice (documented) or a known miss. Keyed by Bandit id.
const NOTES = {
  B106: 'Choice of hardcoded-password-funcarg: placeholder values (`token=\'***\'`) and arguments of mock expectations (`assert_called_once_with(..., password=...)`) are not secrets.',
  B303: 'Bandit 1.6.2 still reports `hashlib.md5`/`hashlib.sha1` as B303; since Bandit 1.7 (and here) they are B324 (`insecure-hashlib`), and a B303 issue matches either rule. What remains are `hashlib.md5(..., usedforsecurity=False)` calls, which 1.6.2 does not know.',
  B309: 'Removed from Bandit (1.7): HTTPSConnection verifies certificates since Python 2.7.9/3.4.3. No rule on purpose.',
  B311: 'Choice of weak-random: `random` is reported only with evidence of a security use (tokens, passwords, keys), not for jitter, sampling or lorem ipsum; --profile audit shows the rest.',
  B312: 'Bandit 1.6.2 matches `telnetlib.*` (any member); we, like Bandit ≥ 1.7, only `telnetlib.Telnet` — the import itself is B401.',
  B320: 'Removed from Bandit (1.7) and Ruff: lxml is not reported by name; the XXE rule reports lxml parsers configured to resolve entities or reach the network.',
  B321: 'Bandit 1.6.2 matches `ftplib.*`; we (as Bandit ≥ 1.7) only plain `ftplib.FTP` — `FTP_TLS` encrypts. The import is B402.',
  B322: 'Removed from Bandit (1.7): `input()` is safe on Python 3.',
  B324: 'Bandit 1.6.2 does not know `usedforsecurity=False` (Bandit ≥ 1.7.5 and we accept it as a declared non-security use).',
  B325: 'Removed from Bandit (os.tempnam/os.tmpnam do not exist on Python 3).',
  B401: 'Bandit matches import names by string prefix (`import telnetlib3_compat`); we match whole dotted names.',
  B402: 'Bandit matches import names by string prefix (`import ftplib_helpers`); we match whole dotted names.',
  B403: 'Bandit matches import names by string prefix (`import pickletools`); we match whole dotted names.',
  B406: '`xml.sax.saxutils` (escape, quoteattr, XMLGenerator) only writes XML; we do not flag it.',
  B410: 'Removed from Bandit (1.7) and Ruff: importing lxml is not a finding; risky lxml parser settings are.',
  B506: 'Deliberate: a safe Loader given positionally (`yaml.load(s, yaml.CSafeLoader)`), a SafeLoader subclass, `getattr(yaml, "CSafeLoader", yaml.SafeLoader)` and BaseLoader (as Ruff) are accepted at defaults; Bandit only reads the `Loader=` keyword. --profile audit shows them.',
  B603: 'Choice of subprocess-without-shell: constant argument lists are not reported at defaults (as Ruff S603); --profile audit shows them.',
  B611: 'django-rawsql: a RawSQL whose SQL is not visible (`RawSQL(*args)`) is reported as unknown (medium/low); what remains are deliberate look-alikes.',
  B703: 'Choice of django-mark-safe: `mark_safe(html.escape(...))` is proven safe (escaped before marking).',
};

function parseArgs(argv) {
  const options = { corpora: ['nova', 'django', 'fixtures'], output: join(ROOT, 'docs/parity.md'), details: undefined, reuseBandit: false, functional: undefined };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === '--corpus') options.corpora = argv[++index].split(',');
    else if (arg === '--output') options.output = resolve(argv[++index]);
    else if (arg === '--details') options.details = resolve(argv[++index]);
    else if (arg === '--reuse-bandit') options.reuseBandit = true;
    else if (arg === '--functional') options.functional = resolve(argv[++index]);
    else throw new Error(`unknown argument ${arg}`);
  }
  return options;
}

function targetOf(name) {
  if (name === 'fixtures') return join(ROOT, 'test/rules');
  // Bandit's own examples/ folder (PyCQA/bandit), checked out or copied by hand: no package ships it.
  if (name === 'bandit-examples') {
    if (!process.env.BANDIT_EXAMPLES) throw new Error('--corpus bandit-examples needs BANDIT_EXAMPLES=<path to bandit/examples>');
    return resolve(process.env.BANDIT_EXAMPLES);
  }
  return ensureCorpus(name);
}

async function runBandit(target, reuse) {
  const started = Date.now();
  const cached = join(BANDIT_CACHE, `${target.replace(/[^\w.-]+/g, '_')}.json`);
  let stdout;
  let seconds;
  const previous = reuse && existsSync(cached) ? JSON.parse(readFileSync(cached, 'utf8')) : undefined;
  if (previous?.stdout) {
    ({ stdout, seconds } = previous);
  } else {
    try {
      ({ stdout } = await run('bandit', ['-r', target, '-f', 'json', '-q'], { maxBuffer: 1 << 30 }));
    } catch (error) {
      if (error.code !== 1 || !error.stdout) throw error; // exit 1 = issues found
      stdout = error.stdout;
    }
    seconds = (Date.now() - started) / 1000;
    mkdirSync(BANDIT_CACHE, { recursive: true });
    writeFileSync(cached, JSON.stringify({ seconds, stdout }));
  }
  const report = JSON.parse(stdout);
  const issues = report.results.map((issue) => ({
    id: issue.test_id,
    name: issue.test_name,
    path: resolve(issue.filename),
    line: issue.line_number,
    lines: issue.line_range?.length ? issue.line_range : [issue.line_number],
    code: issue.code,
  }));
  return { issues, errors: report.errors.length, seconds, version: await banditVersion() };
}

// Bandit 1.6.2 reports hashlib.md5/sha1 under the md5 blacklist (B303); newer Bandit (and we) report them as B324.
const EQUIVALENT_IDS = { B303: ['B303', 'B324'], B324: ['B324', 'B303'] };
const idsMatching = (id) => EQUIVALENT_IDS[id] ?? [id];

async function banditVersion() {
  const { stdout } = await run('bandit', ['--version']);
  return stdout.split('\n')[0].trim();
}

async function runOurs(target) {
  const started = Date.now();
  const args = [
    join(BUILD, 'dist/cli.cjs'), target, '--format', 'json', '--no-cache', '--no-config', '--profile', 'audit',
    '--min-confidence', 'low', '--min-severity', 'low', '--fail-on', 'none',
  ];
  let stdout;
  try {
    ({ stdout } = await run(process.execPath, args, { maxBuffer: 1 << 30, cwd: ROOT }));
  } catch (error) {
    if (!error.stdout) throw error;
    stdout = error.stdout;
  }
  const report = JSON.parse(stdout);
  const shown = report.findings.filter((finding) => !finding.suppressed);
  // A finding that merged several rules (`alsoRules`) carries each one's Bandit id: it stands for each of them.
  const findings = shown.flatMap((finding) => {
    const ids = (finding.aliases ?? []).filter((alias) => BANDIT_ID.test(alias));
    const base = { rule: finding.rule, path: resolve(ROOT, finding.path), line: finding.line, endLine: finding.endLine ?? finding.line, severity: finding.severity };
    return ids.length > 0 ? ids.map((id) => ({ ...base, id })) : [{ ...base, id: undefined }];
  });
  return { findings, count: shown.length, seconds: (Date.now() - started) / 1000 };
}

/**
 * Bandit's functional tests count issues per example file. Ours: the findings of that file carrying a Bandit id,
 * one per id, less the ids the test switches off. A file reproduces
 * min(expected, ours); a file not in the copy reproduces nothing.
 */
function compareFunctional(expected, ours, target) {
  const rows = [];
  for (const [file, entry] of Object.entries(expected.files)) {
    const path = resolve(target, file);
    const present = existsSync(path);
    const excluded = new Set(entry.excludeIds ?? []);
    // Bandit reports each test apart (B602 and B607 on one call are two issues); a merged finding of ours carries
    // both ids: one count per Bandit id of each finding (B303/B324, one family, count once).
    const findings = new Set(ours.findings
      .filter((finding) => finding.path === path && finding.id && !excluded.has(finding.id))
      .map((finding) => `${finding.line}:${finding.rule}:${finding.id === 'B324' ? 'B303' : finding.id}`));
    rows.push({ file, present, expected: entry.issues, ours: findings.size, reproduced: present ? Math.min(entry.issues, findings.size) : 0 });
  }
  return rows;
}

function renderFunctional(expected, rows) {
  const total = rows.reduce((sum, row) => sum + row.expected, 0);
  const reproduced = rows.reduce((sum, row) => sum + row.reproduced, 0);
  const missing = rows.filter((row) => !row.present);
  const missingIssues = missing.reduce((sum, row) => sum + row.expected, 0);
  const present = total - missingIssues;
  const lines = [
    '### Against Bandit\'s functional-test counts',
    '',
    `${expected.source}. Total expected: ${total} issues in ${rows.length} example files.`,
    '',
    `**Reproduced: ${reproduced} of ${total} (${(100 * reproduced / total).toFixed(1)}%)**; of the ${rows.length - missing.length} files in the copy, `
      + `${reproduced} of ${present} (${(100 * reproduced / Math.max(1, present)).toFixed(1)}%). Not in the copy: ${missing.length} files, ${missingIssues} issues `
      + `(${missing.map((row) => `\`${row.file}\``).join(', ')}).`,
    '',
    '| example file | Bandit expects | ours (with a Bandit id) | reproduced |',
    '|---|---:|---:|---:|',
    ...rows.filter((row) => row.present && row.reproduced < row.expected).map((row) => `| ${row.file} | ${row.expected} | ${row.ours} | ${row.reproduced} |`),
  ];
  return lines.join('\n');
}

const overlaps = (issue, finding) => issue.path === finding.path && issue.lines.some((line) => line >= finding.line && line <= finding.endLine);

function compare(bandit, ours) {
  const byId = new Map();
  const bucket = (id) => {
    if (!byId.has(id)) byId.set(id, { both: 0, onlyBandit: [], onlyUs: [], name: undefined });
    return byId.get(id);
  };
  const oursById = new Map();
  for (const finding of ours.findings.filter((candidate) => candidate.id)) {
    if (!oursById.has(finding.id)) oursById.set(finding.id, []);
    oursById.get(finding.id).push(finding);
  }
  for (const issue of bandit.issues) {
    const entry = bucket(issue.id);
    entry.name ??= issue.name;
    const match = idsMatching(issue.id).some((id) => (oursById.get(id) ?? []).some((finding) => overlaps(issue, finding)));
    if (match) entry.both++;
    else entry.onlyBandit.push(issue);
  }
  const banditById = new Map();
  for (const issue of bandit.issues) {
    if (!banditById.has(issue.id)) banditById.set(issue.id, []);
    banditById.get(issue.id).push(issue);
  }
  for (const [id, findings] of oursById) {
    const entry = bucket(id);
    for (const finding of findings) {
      if (!idsMatching(id).some((other) => (banditById.get(other) ?? []).some((issue) => overlaps(issue, finding)))) entry.onlyUs.push(finding);
    }
  }
  const withoutBanditId = new Map();
  for (const finding of ours.findings.filter((candidate) => !candidate.id)) withoutBanditId.set(finding.rule, (withoutBanditId.get(finding.rule) ?? 0) + 1);
  return { byId, withoutBanditId };
}

// A fixture line the rule must accept carries `# ok: <rule-id>` on the line above (test/rule-fixtures.test.mjs).
const fixtureLines = new Map();
function markedOk(issue, ruleId) {
  if (!fixtureLines.has(issue.path)) fixtureLines.set(issue.path, existsSync(issue.path) ? readFileSync(issue.path, 'utf8').split('\n') : []);
  const above = fixtureLines.get(issue.path)[issue.line - 2] ?? '';
  const match = /#\s*ok:\s*([\w\s,-]+)/.exec(above);
  return !!match && match[1].split(/\s*,\s*/).map((word) => word.trim()).includes(ruleId);
}

function displayPath(path) {
  if (path.startsWith(`${ROOT}/`)) return path.slice(ROOT.length + 1);
  return path.startsWith(`${homedir()}/`) ? `~${path.slice(homedir().length)}` : path;
}

function location(item, base) {
  return `${item.path.startsWith(base) ? item.path.slice(base.length + 1) : item.path}:${item.line}`;
}

function renderCorpus(name, target, bandit, ours, result) {
  const lines = [
    `## ${name}`,
    '',
    `\`${displayPath(target)}\` — Bandit: ${bandit.issues.length} issues in ${bandit.seconds === undefined ? '(time not recorded)' : `${bandit.seconds.toFixed(1)} s`} (${bandit.errors} files it could not scan); `
      + `ours: ${ours.count} findings in ${ours.seconds.toFixed(1)} s.`,
    '',
    '| Bandit id | Bandit test | our rule | both | only Bandit | only us |',
    '|---|---|---|---:|---:|---:|',
  ];
  const ids = [...result.byId.keys()].sort().filter((id) => {
    const entry = result.byId.get(id);
    return entry.both + entry.onlyBandit.length + entry.onlyUs.length > 0;
  });
  for (const id of ids) {
    const entry = result.byId.get(id);
    const rule = ruleByBanditId.get(id);
    // Bandit 1.6.2 names every blacklist issue `blacklist`; the test name among our aliases is the specific one.
    const testName = rule?.aliases.find((alias) => /^[a-z][a-z0-9_]+$/.test(alias)) ?? entry.name ?? '—';
    lines.push(`| ${id} | ${testName} | ${rule?.id ?? '—'} | ${entry.both} | ${entry.onlyBandit.length} | ${entry.onlyUs.length} |`);
  }
  const rulesWithout = [...result.withoutBanditId.entries()].sort((a, b) => b[1] - a[1]);
  if (rulesWithout.length) {
    lines.push('', `Our rules without a Bandit twin: ${rulesWithout.map(([rule, count]) => `${rule} ${count}`).join(', ')}.`);
  }
  const misses = ids.filter((id) => result.byId.get(id).onlyBandit.length > 0);
  if (misses.length) {
    lines.push('', '### Only Bandit', '');
    for (const id of misses) {
      const entry = result.byId.get(id);
      const examples = entry.onlyBandit.slice(0, 3).map((issue) => `\`${location(issue, target)}\``).join(', ');
      const rule = ruleByBanditId.get(id);
      const candidates = idsMatching(id).map((other) => ruleByBanditId.get(other)?.id).filter(Boolean);
      const marked = entry.onlyBandit.filter((issue) => candidates.some((ruleId) => markedOk(issue, ruleId))).length;
      const fixtureNote = marked ? `${marked === entry.onlyBandit.length ? 'All' : `${marked} of them`} marked \`# ok: ${candidates.join('/')}\` in the fixture (deliberate look-alikes).` : '';
      const note = NOTES[id] ?? (marked ? '' : rule ? 'to review: see the examples.' : 'no rule of ours carries this id.');
      lines.push(`- **${id}** (${entry.onlyBandit.length}): ${[note, fixtureNote].filter(Boolean).join(' ')} Examples: ${examples}.`);
    }
  }
  return lines.join('\n');
}

const options = parseArgs(process.argv.slice(2));
const sections = [];
const details = {};
for (const name of options.corpora) {
  const target = targetOf(name);
  process.stderr.write(`parity: ${name} (${displayPath(target)})\n`);
  const [bandit, ours] = await Promise.all([runBandit(target, options.reuseBandit), runOurs(target)]);
  const result = compare(bandit, ours);
  sections.push(renderCorpus(name, target, bandit, ours, result));
  if (options.functional && name === 'bandit-examples') {
    const expected = JSON.parse(readFileSync(options.functional, 'utf8'));
    const rows = compareFunctional(expected, ours, target);
    sections.push(renderFunctional(expected, rows));
    details.functional = rows;
  }
  details[name] = Object.fromEntries([...result.byId].map(([id, entry]) => [id, {
    both: entry.both,
    onlyBandit: entry.onlyBandit.map((issue) => ({ at: location(issue, target), code: issue.code })),
    onlyUs: entry.onlyUs.map((finding) => ({ at: location(finding, target), rule: finding.rule, severity: finding.severity })),
  }]));
  details[name].version = bandit.version;
}

const banditLine = details[options.corpora[0]]?.version ?? 'bandit';
const document = [
  '# Parity with Bandit',
  '',
  `Generated by \`node bench/parity.mjs\` (${banditLine}; our CLI with \`--profile audit\` — every rule on, test code as any code, `
    + 'constant and sanitised sinks shown at low confidence — `--min-confidence low`, `--fail-on none`; `# nosec` honoured by both).',
  'A finding matches a Bandit issue when our rule carries the Bandit id as an alias and the lines overlap.',
  '',
  'Bandit 1.6.2 on Python ≥ 3.8 never fires its string-literal checks (B104, B105, B108, B608: it looks for `ast.Str`),',
  'so "only us" is expected there. Bandit ids it has and we do not are removed upstream (B309, B320, B322, B325, B410)',
  'or belong to rules with evidence requirements; each "only Bandit" bucket is explained below its table.',
  'Bandit 1.6.2 also predates some matches of ours in the B3xx–B5xx range (httpx, `requests.request` and session methods,',
  '`jsonpickle`/`pandas.read_pickle`/`shelve`, DES3/CAST5/SEED/TripleDES, `AES.new(key, AES.MODE_ECB)`, B415, B508, B509):',
  'those show up as "only us". One import statement naming two listed modules is one Bandit issue and two findings of ours.',
  'Times are wall-clock with both tools running at the same time on a shared machine: compare them with care.',
  '',
  ...sections.flatMap((section) => [section, '']),
].join('\n');

mkdirSync(dirname(options.output), { recursive: true });
writeFileSync(options.output, document);
if (options.details) writeFileSync(options.details, `${JSON.stringify(details, null, 2)}\n`);
process.stderr.write(`parity: wrote ${options.output}\n`);
