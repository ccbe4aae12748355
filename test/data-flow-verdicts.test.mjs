// Data-flow fixtures (test/data-flow/<sink class>.py): each vulnerable case carries its full expected verdict and each
// safe look-alike says it is not reported at default settings (and, with `audit`, that --profile audit shows it).
//   # expect: <rule> <severity>/<confidence> [blocking]     the line below is one finding with exactly these levels
//   # ok: <rule> [audit]                                     no finding of <rule> there; `audit`: one, low and not blocking, under audit
// Verdicts are the policy's (default thresholds, same-category findings merged), as the CLI shows them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { analyseSource } from '../dist/engine/analyse.js';
import { applyPolicy } from '../dist/policy/apply.js';
import { ALL_RULES } from './helpers/analyse.mjs';

const FIXTURES = new URL('./data-flow/', import.meta.url);
const EXPECT = /#\s*expect:\s*([\w-]+)\s+(low|medium|high)\/(low|medium|high)(\s+blocking)?\s*$/;
const OK = /#\s*ok:\s*([\w-]+)(\s+audit)?\b/;

function policy(audit) {
  return {
    failOn: { severity: 'high', confidence: 'medium' },
    minConfidence: 'low',
    minSeverity: 'low',
    testCode: { policy: audit ? 'same' : 'downgrade', isTestPath: () => false },
    ignoreNosec: false,
    ruleLevels: new Map(),
    audit,
  };
}

/** Findings of `rule` (as the reported rule or merged into another) on `line`. */
function findingsOf(findings, rule, line) {
  return findings.filter((finding) => finding.line <= line && line <= finding.endLine && (finding.rule === rule || finding.alsoRules?.includes(rule)));
}

/** The markers of a fixture: `{ line, kind, rule, levels?, audit? }`, `line` being the line below the marker. */
function markersOf(lines) {
  return lines.flatMap((text, index) => {
    const expected = EXPECT.exec(text);
    if (expected) return [{ line: index + 2, kind: 'expect', rule: expected[1], levels: `${expected[2]}/${expected[3]}${expected[4] ? ' blocking' : ''}` }];
    const ok = OK.exec(text);
    return ok ? [{ line: index + 2, kind: 'ok', rule: ok[1], audit: !!ok[2] }] : [];
  });
}

/** The rules the trace decides. */
const DATA_FLOW_RULES = new Set([
  'sql-injection', 'django-extra', 'django-rawsql', 'subprocess-shell-true', 'start-process-with-shell', 'eval-used', 'exec-used',
  'pickle-load', 'marshal-load', 'unsafe-yaml-load', 'torch-load', 'xml-celementtree-parse', 'xml-etree-parse', 'xml-expat-reader',
  'xml-expat-builder', 'xml-sax-parse', 'xml-minidom-parse', 'xml-pulldom-parse', 'ldap-injection', 'open-redirect', 'ssrf',
  'path-traversal-request', 'template-injection',
]);

for (const file of readdirSync(FIXTURES).filter((name) => name.endsWith('.py')).sort()) {
  const source = readFileSync(new URL(file, FIXTURES), 'utf8');
  const analysis = analyseSource(source, ALL_RULES);
  const shown = applyPolicy(`app/${file}`, analysis, policy(false)).findings;
  const audited = applyPolicy(`app/${file}`, analysis, policy(true)).findings;
  const markers = markersOf(source.split('\n'));

  test(`data-flow fixture ${file}: every verdict`, () => {
    const wrong = [];
    for (const marker of markers) {
      const found = findingsOf(shown, marker.rule, marker.line).map((finding) => `${finding.severity}/${finding.confidence}${finding.blocking ? ' blocking' : ''}`);
      if (marker.kind === 'expect') {
        if (found.length !== 1 || found[0] !== marker.levels) wrong.push(`${marker.line}: ${marker.rule} expected ${marker.levels}, got [${found.join(', ')}]`);
        continue;
      }
      if (found.length > 0) wrong.push(`${marker.line}: ${marker.rule} must not be reported, got [${found.join(', ')}]`);
      if (marker.audit) {
        // Low/low, or merged into another rule's low finding on the same call (partial path, B607).
        const seen = findingsOf(audited, marker.rule, marker.line).map((finding) => `${finding.severity}/${finding.confidence}${finding.blocking ? ' blocking' : ''}`);
        if (seen.length !== 1 || !seen[0].startsWith('low/')) wrong.push(`${marker.line}: ${marker.rule} under --profile audit expected one low finding, got [${seen.join(', ')}]`);
      }
    }
    assert.deepEqual(wrong, [], `${file}`);
  });

  test(`data-flow fixture ${file}: at least 15 vulnerable cases and 15 safe look-alikes`, () => {
    const vulnerable = markers.filter((marker) => marker.kind === 'expect').length;
    const safe = markers.filter((marker) => marker.kind === 'ok').length;
    assert.ok(vulnerable >= 15 && safe >= 15, `${file}: ${vulnerable} vulnerable cases, ${safe} safe look-alikes`);
  });

  test(`data-flow fixture ${file}: no data-flow finding without a marker`, () => {
    const marked = new Set(markers.map((marker) => `${marker.rule}:${marker.line}`));
    const unmarked = shown.filter((finding) => [finding.rule, ...(finding.alsoRules ?? [])].some((rule) => DATA_FLOW_RULES.has(rule))
      && ![finding.rule, ...(finding.alsoRules ?? [])].some((rule) => marked.has(`${rule}:${finding.line}`)));
    assert.deepEqual(unmarked.map((finding) => `${finding.line}: ${finding.rule} ${finding.severity}/${finding.confidence}`), [], `${file}: findings without a marker`);
  });
}
