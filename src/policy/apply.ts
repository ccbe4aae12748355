// Path- and config-dependent policy, applied after the content-only analysis (and so after the cache):
// test-code context, severity/confidence overrides and thresholds, suppressions, blocking.
import { createHash } from 'node:crypto';
import type { AnalysisResult, RawFinding } from '../engine/finding.js';
import { findRule } from '../rules/index.js';
import { levelRank, type CredentialEvidence, type Level } from '../rules/types.js';
import type { Finding } from './finding.js';
import { indexMarkers } from './suppressions.js';
import { testCodeReason, type TestCodePolicy } from './test-context.js';
import { mergeSameCall } from './merge-findings.js';

export interface PolicySettings {
  failOn: { severity: Level; confidence: Level };
  minConfidence: Level;
  minSeverity: Level;
  testCode: { policy: TestCodePolicy; isTestPath: (path: string) => boolean };
  ignoreNosec: boolean;
  /** `--fail-on none`: report, never block. */
  neverBlock?: boolean;
  /** `--profile audit`: also show findings on constant and sanitised values (RawFinding.auditOnly). */
  audit?: boolean;
  /** Per-rule severity/confidence set in config. */
  ruleLevels: Map<string, { severity?: Level; confidence?: Level }>;
  /** `--report-unused-suppressions`: say which markers silence nothing. */
  reportUnusedSuppressions?: boolean;
  /** Rules on for every path; the others were analysed only because an override turns them on. Absent = all. */
  enabledRules?: ReadonlySet<string>;
  /** Rules that ran (enabled anywhere, within the profile). Absent = all. */
  analysedRules?: ReadonlySet<string>;
  /** Config `overrides`, in order: per-path rule on/off and levels, test-code policy. */
  overrides?: PathOverride[];
}

export interface RuleOverride {
  enabled: boolean;
  severity?: Level;
  confidence?: Level;
}

export interface PathOverride {
  /** Tested against the project-relative path. */
  matches(projectPath: string): boolean;
  rules: Map<string, RuleOverride>;
  testCodePolicy?: TestCodePolicy;
}

/**
 * Rules whose findings are expected in tests: asserts are how tests check, fake credentials are fixtures, and the
 * hygiene of a test harness (scratch files in /tmp, servers on 0.0.0.0, TLS off and plain http:// against a test
 * server, fake digests and seeds, cleanup that ignores errors) endangers no deployment. Code execution (eval, exec)
 * stays, downgraded: a test helper that evaluates strings is still worth a look.
 */
const OFF_IN_TEST_CODE = new Set([
  'assert-used', 'hardcoded-password-string', 'hardcoded-password-funcarg', 'hardcoded-password-default', 'hardcoded-secret',
  'django-hardcoded-secret-key', 'flask-hardcoded-secret-key', 'jwt-hardcoded-secret', 'hardcoded-high-entropy-secret',
  'hardcoded-tmp-directory', 'mktemp', 'bad-file-permissions', 'bind-all-interfaces', 'request-without-timeout',
  'requests-verify-false', 'unverified-ssl-context', 'cleartext-http-request', 'insecure-hashlib', 'insecure-hash', 'weak-random',
  'try-except-pass', 'try-except-continue',
]);

interface PolicyOutcome {
  findings: Finding[];
  unknownSuppressionIds: { line: number; id: string }[];
  /** Problems with markers (unknown ids, unused markers, `ignore-file` without ids), for the report's notices. */
  suppressionNotices: { line: number; message: string }[];
  testCode?: string;
}

/**
 * `path` is the display path; `projectPath` (relative to the project root) is what globs, overrides and
 * fingerprints use, so a finding has one identity whether it was reviewed from the root, a subfolder or the hook.
 */
export function applyPolicy(path: string, analysis: AnalysisResult, settings: PolicySettings, projectPath = path): PolicyOutcome {
  const testReason = testCodeReason(projectPath, analysis.testSignals, settings.testCode.isTestPath);
  const suppressions = indexMarkers(analysis.markers);
  const forPath = pathSettings(projectPath, settings);
  const occurrences = new Map<string, number>();
  const findings: Finding[] = [];
  for (const raw of analysis.findings) {
    const rule = findRule(raw.rule);
    if (!rule) continue;
    // Occurrence indexes count every finding of the statement, before any filter, so thresholds never shift them.
    const identity = `${rule.id}\0${projectPath}\0${raw.statementText}`;
    const occurrence = occurrences.get(identity) ?? 0;
    occurrences.set(identity, occurrence + 1);
    if (!forPath.enabled(rule.id) || (raw.auditOnly && !settings.audit)) continue;
    // Markers are matched before the threshold filters, so a marker is "used" even when its finding is hidden.
    const marker = settings.ignoreNosec ? undefined : suppressions.find(rule.id, Math.min(raw.statementLines[0], raw.line), Math.max(raw.statementLines[1], raw.endLine));
    const levels = forPath.levels(rule.id);
    let severity = levels?.severity ?? raw.severity;
    const confidence = levels?.confidence ?? raw.confidence;
    let downgraded: string | undefined;
    let testCode: string | undefined;
    if (testReason && rule.id !== 'syntax-error') {
      if (forPath.testCodePolicy === 'skip') continue;
      // A provider-format credential is as live in a test as anywhere: the downgrade is for fake values.
      if (forPath.testCodePolicy === 'downgrade' && raw.credential !== 'provider-format') {
        // Key material (a private key, a password in a URL) in a test is a fixture: no provider where it could be live.
        if (OFF_IN_TEST_CODE.has(rule.id) || raw.credential === 'key-material') continue;
        testCode = testReason;
        if (severity !== 'low') {
          severity = severity === 'high' ? 'medium' : 'low';
          downgraded = `test code (${testReason})`;
        }
      }
    }
    if (levelRank(confidence) < levelRank(settings.minConfidence) || levelRank(severity) < levelRank(settings.minSeverity)) continue;
    const finding: Finding = {
      rule: rule.id,
      aliases: rule.aliases.filter((alias) => /^[A-Z]+\d+$/.test(alias)),
      category: rule.category,
      cwe: rule.cwe,
      severity,
      confidence,
      path,
      line: raw.line,
      column: raw.column,
      endLine: raw.endLine,
      endColumn: raw.endColumn,
      message: raw.message,
      blocking: false,
      fingerprint: fingerprintOf(identity, occurrence, raw),
      statementText: raw.statementText,
      sourceLine: raw.sourceLine,
    };
    if (raw.flow) finding.flow = raw.flow;
    if (downgraded) finding.downgraded = downgraded;
    if (testCode) finding.testCode = testCode;
    if (marker) finding.suppressed = { kind: marker.kind, reason: marker.reason };
    finding.blocking = !finding.suppressed && !settings.neverBlock
      && (levelRank(severity) >= levelRank(settings.failOn.severity) || blocksAsCredential(raw.credential, severity, testReason))
      && levelRank(confidence) >= levelRank(settings.failOn.confidence);
    findings.push(finding);
  }
  const merged = mergeSameCall(findings);
  const unknownSuppressionIds = suppressions.markers.flatMap((marker) => marker.unknown.map((id) => ({ line: marker.line, id })));
  const suppressionNotices = [
    ...unknownSuppressionIds.map(({ line, id }) => ({ line, message: `suppression names an unknown rule '${id}'` })),
    ...suppressions.problems,
  ];
  if (settings.reportUnusedSuppressions && !settings.ignoreNosec) {
    suppressionNotices.push(...suppressions.unused((id) => forPath.enabled(id) && forPath.analysed(id)));
  }
  suppressionNotices.sort((a, b) => a.line - b.line);
  return { findings: merged, unknownSuppressionIds, suppressionNotices, testCode: testReason };
}

/**
 * A finding's identity for the baseline and --new-only: rule, path, statement and occurrence, plus what makes it
 * worse: the severity the analysis gave (before config and test-code levels, so changing those does not churn it)
 * and whether data flow from a source was found. `CMD = "ls"` → `CMD = sys.argv[1]` before `os.system(CMD)` keeps
 * rule and statement but is a new finding.
 */
function fingerprintOf(identity: string, occurrence: number, raw: RawFinding): string {
  const flowKind = raw.flow ? 'traced' : 'untraced';
  return createHash('sha256').update(`${identity}\0${occurrence}\0${raw.severity}\0${flowKind}`).digest('hex').slice(0, 32);
}

/**
 * A random-looking value under a secret name blocks outside test code whatever the severity threshold: a leaked key
 * cannot be taken back, while a fake one in a test is a fixture (those rules are off in test code anyway). A rule
 * the config lowered to `low` is taken at its word.
 */
function blocksAsCredential(evidence: CredentialEvidence | undefined, severity: Level, testReason: string | undefined): boolean {
  return evidence === 'entropy' && severity !== 'low' && !testReason;
}

interface PathSettings {
  enabled(rule: string): boolean;
  /** The rule ran on this file (a marker naming a rule that did not run is not "unused"). */
  analysed(rule: string): boolean;
  levels(rule: string): { severity?: Level; confidence?: Level } | undefined;
  testCodePolicy: TestCodePolicy;
}

/** The global settings with every matching override applied in order. */
function pathSettings(projectPath: string, settings: PolicySettings): PathSettings {
  const matching = (settings.overrides ?? []).filter((override) => override.matches(projectPath));
  const ruleOverride = (rule: string): RuleOverride | undefined => {
    let found: RuleOverride | undefined;
    for (const override of matching) found = override.rules.get(rule) ?? found;
    return found;
  };
  return {
    enabled(rule) {
      if (rule === 'syntax-error') return true;
      const override = ruleOverride(rule);
      return override ? override.enabled : (settings.enabledRules?.has(rule) ?? true);
    },
    analysed: (rule) => settings.analysedRules?.has(rule) ?? true,
    levels(rule) {
      const override = ruleOverride(rule);
      const global = settings.ruleLevels.get(rule);
      if (!override?.severity && !override?.confidence) return global;
      return { severity: override.severity ?? global?.severity, confidence: override.confidence ?? global?.confidence };
    },
    testCodePolicy: matching.reduce<TestCodePolicy>((policy, override) => override.testCodePolicy ?? policy, settings.testCode.policy),
  };
}
