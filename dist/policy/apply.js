// Path- and config-dependent policy, applied after the content-only analysis (and so after the cache):
// test-code context, severity/confidence overrides and thresholds, suppressions, blocking.
import { createHash } from 'node:crypto';
import { findRule } from '../rules/index.js';
import { levelRank } from '../rules/types.js';
import { indexMarkers } from './suppressions.js';
import { testCodeReason } from './test-context.js';
/** Rules whose findings are expected in tests: asserts are how tests check, fake credentials are fixtures. */
const OFF_IN_TEST_CODE = new Set(['assert-used', 'hardcoded-password-string', 'hardcoded-password-funcarg', 'hardcoded-password-default', 'hardcoded-secret']);
export function applyPolicy(path, analysis, settings) {
    const testReason = testCodeReason(path, analysis.testSignals, settings.testCode.isTestPath);
    const suppressions = indexMarkers(analysis.markers);
    const occurrences = new Map();
    const findings = [];
    for (const raw of analysis.findings) {
        const rule = findRule(raw.rule);
        if (!rule)
            continue;
        let severity = settings.ruleLevels.get(rule.id)?.severity ?? raw.severity;
        const confidence = settings.ruleLevels.get(rule.id)?.confidence ?? raw.confidence;
        let downgraded;
        if (testReason && rule.id !== 'syntax-error') {
            if (settings.testCode.policy === 'skip')
                continue;
            if (settings.testCode.policy === 'downgrade') {
                if (OFF_IN_TEST_CODE.has(rule.id))
                    continue;
                if (severity !== 'low') {
                    severity = severity === 'high' ? 'medium' : 'low';
                    downgraded = `test code (${testReason})`;
                }
            }
        }
        if (levelRank(confidence) < levelRank(settings.minConfidence) || levelRank(severity) < levelRank(settings.minSeverity))
            continue;
        const identity = `${rule.id}\0${path}\0${raw.statementText}`;
        const occurrence = occurrences.get(identity) ?? 0;
        occurrences.set(identity, occurrence + 1);
        const finding = {
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
            fingerprint: createHash('sha256').update(`${identity}\0${occurrence}`).digest('hex').slice(0, 32),
            statementText: raw.statementText,
            sourceLine: raw.sourceLine,
        };
        if (raw.flow)
            finding.flow = raw.flow;
        if (downgraded)
            finding.downgraded = downgraded;
        if (!settings.ignoreNosec) {
            const first = Math.min(raw.statementLines[0], raw.line);
            const last = Math.max(raw.statementLines[1], raw.endLine);
            const marker = suppressions.find(rule.id, first, last);
            if (marker)
                finding.suppressed = { kind: marker.kind, reason: marker.reason };
        }
        finding.blocking = !finding.suppressed && !settings.neverBlock
            && levelRank(severity) >= levelRank(settings.failOn.severity)
            && levelRank(confidence) >= levelRank(settings.failOn.confidence);
        findings.push(finding);
    }
    const unknownSuppressionIds = suppressions.markers.flatMap((marker) => marker.unknown.map((id) => ({ line: marker.line, id })));
    return { findings, unknownSuppressionIds, testCode: testReason };
}
