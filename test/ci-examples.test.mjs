// The CI integrations run the CLI the way they are written: the review step of action.yml (with its env mapping,
// under bash, GITHUB_ACTION_PATH = this checkout) and the `script` of examples/gitlab-ci.yml (CI variables set as
// GitLab sets them for a merge request), each in a temporary repository whose branch adds a vulnerable file to a
// base that already had an old finding. Only the change's finding blocks; the reports are where the uploads and
// artifacts look for them. The install steps are checked for what they run, not run (this checkout is installed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { makeRepo, run, PROJECT_ROOT, VULNERABLE } from './helpers/git-repo.mjs';

const action = yaml.load(readFileSync(join(PROJECT_ROOT, 'action.yml'), 'utf8'));
const workflow = yaml.load(readFileSync(join(PROJECT_ROOT, 'examples', 'github-workflow.yml'), 'utf8'));
const gitlab = yaml.load(readFileSync(join(PROJECT_ROOT, 'examples', 'gitlab-ci.yml'), 'utf8'));

const OLD_FINDING = 'import subprocess\n\ndef old(name):\n    subprocess.call("ls " + input(name), shell=True)\n';

/** A repository with `main` (an old blocking finding) and a branch adding a vulnerable file and a clean edit. */
function pullRequest(t) {
  const repo = makeRepo(t);
  repo.write('legacy.py', OLD_FINDING);
  repo.write('app/util.py', 'def add(a, b):\n    return a + b\n');
  repo.git('add', '.');
  repo.git('commit', '-q', '-m', 'base');
  const base = repo.git('rev-parse', 'HEAD').trim();
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write('app/run.py', VULNERABLE);
  repo.write('app/util.py', 'def add(a, b):\n    return a + b + 0\n');
  repo.git('add', '.');
  repo.git('commit', '-q', '-m', 'feature');
  return { repo, base, head: repo.git('rev-parse', 'HEAD').trim() };
}

/** `${{ inputs.NAME }}` → the value given, else the input's default; anything else in an expression is an error. */
function expand(value, inputs) {
  return String(value).replace(/\$\{\{\s*inputs\.([a-z-]+)\s*\}\}/g, (_, name) => inputs[name] ?? action.inputs[name].default);
}

test('action.yml: a composite action that installs from its own checkout, reviews the range, uploads SARIF, then gives the verdict', () => {
  assert.equal(action.runs.using, 'composite');
  const names = action.runs.steps.map((step) => step.name ?? step.uses);
  assert.deepEqual(names, ['actions/setup-node@v4', 'Install git-review-security', 'Review the change', 'Upload SARIF', 'Verdict']);
  const [, install, , upload, verdict] = action.runs.steps;
  assert.match(install.run, /^npm ci --prefix "\$GITHUB_ACTION_PATH" --omit=dev/);
  assert.equal(upload.uses, 'github/codeql-action/upload-sarif@v3');
  assert.equal(upload.with.sarif_file, '${{ inputs.sarif-file }}');
  assert.match(upload.if, /always\(\)/);
  assert.equal(verdict.env.REVIEW_EXIT, '${{ steps.review.outputs.exit-code }}');
  // The workflow example uses the action with the history the merge-base needs, and may upload SARIF.
  const steps = workflow.jobs.review.steps;
  assert.equal(steps[0].with['fetch-depth'], 0);
  assert.match(steps[1].uses, /^git-review-security\/git-review-security@/);
  assert.equal(workflow.permissions['security-events'], 'write');
});

test('action.yml review step: annotations and SARIF for the change only; exit code 1 recorded for the verdict step', (t) => {
  const { repo, base, head } = pullRequest(t);
  const step = action.runs.steps.find((candidate) => candidate.id === 'review');
  const inputs = { base, head, args: workflow.jobs.review.steps[1].with.args };
  const env = Object.fromEntries(Object.entries(step.env).map(([name, value]) => [name, expand(value, inputs)]));
  const outputFile = join(repo.base, 'github-output');
  writeFileSync(outputFile, '');
  const result = run('bash', ['-e', '-c', step.run], { cwd: repo.dir, env: { ...repo.env, ...env, GITHUB_ACTION_PATH: PROJECT_ROOT, GITHUB_OUTPUT: outputFile, CI: 'true' } });
  assert.equal(result.status, 0, `the step itself succeeds; the verdict comes last\n${result.output}`);
  assert.equal(readFileSync(outputFile, 'utf8'), 'exit-code=1\n');
  const errors = result.stdout.split('\n').filter((line) => line.startsWith('::error '));
  assert.equal(errors.length, 1, result.stdout);
  assert.match(errors[0], /^::error file=app\/run\.py,line=4,/);
  assert.doesNotMatch(result.stdout, /legacy\.py/, 'the old finding is not the change\'s');
  const sarif = JSON.parse(readFileSync(join(repo.dir, env.REVIEW_SARIF), 'utf8'));
  const results = sarif.runs[0].results.filter((item) => !item.suppressions);
  assert.deepEqual(results.map((item) => [item.locations[0].physicalLocation.artifactLocation.uri, item.baselineState]), [['app/run.py', 'new']]);
  assert.ok(existsSync(join(repo.dir, 'review-security.md')), 'the extra args of the workflow example were passed');
  // A clean change passes.
  const clean = run('bash', ['-e', '-c', step.run], { cwd: repo.dir, env: { ...repo.env, ...env, REVIEW_HEAD: base, GITHUB_ACTION_PATH: PROJECT_ROOT, GITHUB_OUTPUT: outputFile, CI: 'true' } });
  assert.equal(clean.status, 0, clean.output);
  assert.equal(readFileSync(outputFile, 'utf8'), 'exit-code=1\nexit-code=0\n');
});

test('examples/gitlab-ci.yml script: Code Quality report of the change, the cache in a git-ignored folder, job fails on the new finding', (t) => {
  const { repo, base } = pullRequest(t);
  const job = gitlab['review-security'];
  assert.equal(job.variables.GIT_DEPTH, 0);
  assert.equal(job.artifacts.reports.codequality, 'gl-code-quality-report.json');
  assert.deepEqual(job.cache.paths, ['.review-security-cache/']);
  assert.match(job.before_script.join('\n'), /npm ci --prefix "\$REVIEW_SECURITY_HOME" --omit=dev/);
  const env = { ...repo.env, ...job.variables, GIT_DEPTH: '0', REVIEW_SECURITY_HOME: PROJECT_ROOT, CI: 'true', CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_DIFF_BASE_SHA: base };
  const runScript = () => {
    let last;
    for (const line of job.script) {
      last = run('bash', ['-e', '-c', line], { cwd: repo.dir, env });
      if (last.status !== 0) return last;
    }
    return last;
  };
  const first = runScript();
  assert.equal(first.status, 1, `a blocking finding fails the job\n${first.output}`);
  const issues = JSON.parse(readFileSync(join(repo.dir, 'gl-code-quality-report.json'), 'utf8'));
  assert.deepEqual(issues.map((issue) => [issue.location.path, issue.location.lines.begin, issue.severity]), [['app/run.py', 4, 'critical']]);
  assert.ok(JSON.parse(readFileSync(join(repo.dir, 'review-security.sarif'), 'utf8')).runs[0].results.length >= 1);
  assert.ok(existsSync(join(repo.dir, '.review-security-cache', 'CACHEDIR.TAG')), 'the cache was written where GitLab caches it');
  assert.equal(repo.git('status', '--porcelain', '--ignored=no', '--', '.review-security-cache'), '', 'and git ignores it');
  // The next pipeline restores the cache: the same verdict, and the changed files come from the cache.
  const second = runScript();
  assert.equal(second.status, 1, second.output);
});
