// Precision check on real code: runs the built CLI over OpenStack Nova and Django (fetched by corpora.mjs) at
// defaults and summarises what it reports. Nova's test tree must give no blocking finding (a careful human review
// finds no security defects there); every blocking finding elsewhere is judged in docs/nova-review.md and
// docs/django-review.md. Not a test: it needs the corpora, which tests must not fetch.
//
//   node bench/real-world.mjs [nova|django ...] [--list] [--json FILE]
//
// --list prints every blocking finding; --json writes the summaries. Exit 1 when Nova's tests have a blocking finding.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus } from './corpora.mjs';

const CLI = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli.cjs');

/** Subtrees whose blocking findings must be zero: test code reviewed at defaults. */
const MUST_NOT_BLOCK = { nova: 'nova/tests/', django: null };

function review(name) {
  const tree = ensureCorpus(name);
  const started = process.hrtime.bigint();
  let stdout;
  try {
    // Run from the package's parent so paths read `nova/api/...`.
    stdout = execFileSync(process.execPath, [CLI, name, '--format', 'json', '--no-cache', '--no-config'], { cwd: dirname(tree), maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' });
  } catch (error) {
    // Exit 1 = blocking findings; the report is still on stdout.
    if (error.status !== 1 || !error.stdout) throw error;
    stdout = error.stdout;
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const report = JSON.parse(stdout);
  const visible = report.findings.filter((finding) => !finding.suppressed);
  const blocking = visible.filter((finding) => finding.blocking);
  const byRule = {};
  for (const finding of visible) {
    const entry = (byRule[finding.rule] ??= { total: 0, blocking: 0, high: 0, medium: 0, low: 0, testCode: 0 });
    entry.total++;
    entry[finding.severity]++;
    if (finding.blocking) entry.blocking++;
    if (finding.downgraded) entry.testCode++;
  }
  const guarded = MUST_NOT_BLOCK[name];
  return {
    corpus: name,
    seconds: Math.round(seconds * 10) / 10,
    files: report.files,
    testFiles: report.testCode.length,
    errors: report.errors.length,
    findings: visible.length,
    blocking: blocking.map((finding) => ({ path: finding.path, line: finding.line, rule: finding.rule, severity: finding.severity, confidence: finding.confidence, message: finding.message })),
    blockingInTests: guarded ? blocking.filter((finding) => finding.path.startsWith(guarded)).length : undefined,
    byRule,
  };
}

const args = process.argv.slice(2);
const list = args.includes('--list');
const jsonAt = args.indexOf('--json');
const jsonFile = jsonAt >= 0 ? args[jsonAt + 1] : undefined;
const names = args.filter((arg, index) => !arg.startsWith('--') && index !== jsonAt + 1);
const summaries = (names.length ? names : ['nova', 'django']).map(review);

for (const summary of summaries) {
  console.log(`${summary.corpus}: ${summary.files.scanned} files (${summary.testFiles} test code) in ${summary.seconds}s, ${summary.findings} findings, ${summary.blocking.length} blocking${summary.blockingInTests !== undefined ? `, ${summary.blockingInTests} blocking in tests` : ''}${summary.errors ? `, ${summary.errors} errors` : ''}`);
  for (const [rule, entry] of Object.entries(summary.byRule).sort((a, b) => b[1].total - a[1].total)) {
    console.log(`  ${rule.padEnd(34)} ${String(entry.total).padStart(5)}  high ${entry.high}  medium ${entry.medium}  low ${entry.low}  blocking ${entry.blocking}  in test code ${entry.testCode}`);
  }
  if (list) for (const finding of summary.blocking) console.log(`  BLOCKING ${finding.path}:${finding.line}  ${finding.rule}  ${finding.message}`);
}
if (jsonFile) writeFileSync(jsonFile, `${JSON.stringify(summaries, null, 2)}\n`);
if (summaries.some((summary) => summary.blockingInTests)) process.exitCode = 1;
