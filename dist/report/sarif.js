// `--format sarif`: SARIF 2.1.0 in the form GitHub code scanning ingests: every enabled rule as a reporting
// descriptor (CWE tags, `security-severity`, precision), results with repo-relative URIs and partial fingerprints
// that survive line shifts, suppressed findings kept with their suppression, unreviewable files as notifications.
import { createHash } from 'node:crypto';
import { CATEGORY_TITLES } from '../rules/types.js';
import { fencedCode } from './markdown.js';
import { ruleDocsUri, TOOL_REPOSITORY } from '../version.js';
const SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** Every URI in the log is relative to this base; consumers (GitHub) resolve it to the checkout. */
const SOURCE_ROOT = '%SRCROOT%';
/** GitHub's bands: 9.0+ critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low. */
const SECURITY_SEVERITY = { high: '8.0', medium: '5.5', low: '2.0' };
const PRECISION = { high: 'high', medium: 'medium', low: 'low' };
const DEFAULT_LEVEL = { high: 'error', medium: 'warning', low: 'note' };
/** Markers written in the code are `inSource`; anything recorded elsewhere (the baseline file) is `external`. */
const IN_SOURCE_KINDS = new Set(['nosec', 'noqa', 'ignore', 'ignore-file']);
export function renderSarif(report) {
    const ruleIndex = new Map(report.rules.map((rule, index) => [rule.id, index]));
    const lineHashes = new Map();
    const log = {
        $schema: SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: report.tool.name,
                        version: report.tool.version,
                        semanticVersion: report.tool.version,
                        informationUri: TOOL_REPOSITORY,
                        rules: report.rules.map(reportingDescriptor),
                    },
                },
                invocations: [invocation(report, ruleIndex)],
                originalUriBaseIds: {
                    [SOURCE_ROOT]: { description: { text: report.mode === 'paths' ? 'The directory the review ran in.' : 'The root of the git repository.' } },
                },
                columnKind: 'utf16CodeUnits',
                results: report.findings.map((finding) => result(finding, ruleIndex, lineHashes, report.existing !== undefined)),
                properties: { mode: report.mode, target: report.target, verdict: report.verdict },
            },
        ],
    };
    return `${JSON.stringify(log, null, 2)}\n`;
}
function reportingDescriptor(rule) {
    return {
        id: rule.id,
        name: pascalCase(rule.id),
        shortDescription: { text: rule.message },
        fullDescription: { text: rule.docs.why },
        help: { text: helpText(rule), markdown: helpMarkdown(rule) },
        // The rule's own page (its anchor in docs/rules.md); the outside references are in `help`.
        helpUri: ruleDocsUri(rule.id),
        defaultConfiguration: { level: DEFAULT_LEVEL[rule.severity] },
        properties: {
            tags: ['security', `external/cwe/cwe-${rule.cwe}`, rule.category],
            precision: PRECISION[rule.confidence],
            'security-severity': SECURITY_SEVERITY[rule.severity],
            category: rule.category,
            ...(rule.aliases.length > 0 ? { aliases: rule.aliases } : {}),
        },
    };
}
function helpText(rule) {
    const parts = [rule.docs.why, `Fix: ${rule.fix}`];
    if (rule.docs.bad.length > 0)
        parts.push(`Flagged:\n${rule.docs.bad.map(indent).join('\n')}`);
    if (rule.docs.good.length > 0)
        parts.push(`Accepted:\n${rule.docs.good.map(indent).join('\n')}`);
    if (rule.docs.references?.length)
        parts.push(`References:\n${rule.docs.references.map((url) => `  ${url}`).join('\n')}`);
    return parts.join('\n\n');
}
function helpMarkdown(rule) {
    const parts = [
        `**${CATEGORY_TITLES[rule.category]}** (CWE-${rule.cwe}): ${rule.docs.why}`,
        `**Fix:** ${rule.fix}`,
    ];
    if (rule.docs.bad.length > 0)
        parts.push(`Flagged:\n\n${rule.docs.bad.map((code) => fencedCode(code)).join('\n\n')}`);
    if (rule.docs.good.length > 0)
        parts.push(`Accepted:\n\n${rule.docs.good.map((code) => fencedCode(code)).join('\n\n')}`);
    if (rule.docs.references?.length)
        parts.push(`References:\n\n${rule.docs.references.map((url) => `- <${url}>`).join('\n')}`);
    return parts.join('\n\n');
}
function result(finding, ruleIndex, lineHashes, newOnly) {
    const index = ruleIndex.get(finding.rule);
    const lineHash = createHash('sha256').update(finding.statementText).digest('hex').slice(0, 16);
    // GitHub's convention: `<hash of the line>:<occurrence>`, so identical statements in one file stay distinct.
    const occurrenceKey = `${finding.rule}\0${finding.path}\0${lineHash}`;
    const occurrence = (lineHashes.get(occurrenceKey) ?? 0) + 1;
    lineHashes.set(occurrenceKey, occurrence);
    const message = finding.flow ? `${finding.message} (flow: ${finding.flow.join(' → ')})` : finding.message;
    return {
        ruleId: finding.rule,
        ...(index === undefined ? {} : { ruleIndex: index }),
        level: resultLevel(finding),
        message: { text: message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: artifactLocation(finding.path),
                    region: {
                        startLine: finding.line,
                        startColumn: finding.column,
                        endLine: finding.endLine,
                        endColumn: finding.endColumn,
                        ...(finding.sourceLine ? { snippet: { text: finding.sourceLine } } : {}),
                    },
                },
            },
        ],
        // Reviewing a change (--new-only): findings the change introduces are `new`, those already there `unchanged`.
        ...(newOnly ? { baselineState: finding.existing ? 'unchanged' : 'new' } : {}),
        partialFingerprints: {
            primaryLocationLineHash: `${lineHash}:${occurrence}`,
            'reviewSecurity/v1': finding.fingerprint,
        },
        ...(finding.suppressed
            ? {
                suppressions: [
                    {
                        kind: IN_SOURCE_KINDS.has(finding.suppressed.kind) ? 'inSource' : 'external',
                        ...(finding.suppressed.reason ? { justification: finding.suppressed.reason } : {}),
                        properties: { marker: finding.suppressed.kind },
                    },
                ],
            }
            : {}),
        properties: {
            category: finding.category,
            severity: finding.severity,
            confidence: finding.confidence,
            cwe: `CWE-${finding.cwe}`,
            blocking: finding.blocking,
            ...(finding.downgraded ? { downgraded: finding.downgraded } : {}),
            ...(finding.flow ? { flow: finding.flow } : {}),
        },
    };
}
/** Blocking findings fail the check (`error`); the rest are shown by severity. */
function resultLevel(finding) {
    if (finding.blocking)
        return 'error';
    return finding.severity === 'low' ? 'note' : 'warning';
}
function invocation(report, ruleIndex) {
    const notifications = [
        ...report.errors.map((error) => ({
            level: 'error',
            message: { text: `${error.path}: ${error.message}` },
            locations: [{ physicalLocation: { artifactLocation: artifactLocation(error.path) } }],
        })),
        ...report.ruleErrors.map((error) => ({
            level: 'error',
            message: { text: `rule ${error.rule} failed on ${error.path}: ${error.message}` },
            locations: [{ physicalLocation: { artifactLocation: artifactLocation(error.path) } }],
            associatedRule: { id: error.rule, ...(ruleIndex.has(error.rule) ? { index: ruleIndex.get(error.rule) } : {}) },
        })),
    ];
    return {
        executionSuccessful: report.errors.length === 0 && report.ruleErrors.length === 0,
        ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
        ...(report.notices.length > 0
            ? { toolConfigurationNotifications: report.notices.map((notice) => ({ level: 'note', message: { text: notice } })) }
            : {}),
    };
}
/** Repo-relative paths as URI references: each segment percent-encoded (spaces, `#`, `:`, non-ASCII). */
export function artifactLocation(path) {
    return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}
function pascalCase(id) {
    return id.split(/[-_]/).map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
}
function indent(code) {
    return code.replace(/\n$/, '').split('\n').map((line) => `    ${line}`).join('\n');
}
