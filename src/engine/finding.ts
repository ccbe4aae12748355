// What analysis of one file's content produces. Everything here depends on the bytes only, so it is what the
// blob cache stores; path- and config-dependent policy is applied afterwards (src/policy).
import type { CredentialEvidence, Level } from '../rules/types.js';

export interface RawFinding {
  rule: string;
  message: string;
  severity: Level;
  confidence: Level;
  /** 1-based positions of the flagged node. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** 1-based first and last line of the statement holding the node (suppression scope). */
  statementLines: [number, number];
  /** The statement's text with whitespace and comments normalised: line-shift-proof fingerprint input. */
  statementText: string;
  /** The text of the finding's first line, for reports that show source. */
  sourceLine: string;
  flow?: string[];
  /** Shown only by `--profile audit` (ReportDescriptor.auditOnly). */
  auditOnly?: true;
  /** Set for hard-coded credentials (policy treats them apart); the credential itself is never stored. */
  credential?: CredentialEvidence;
}

export interface SuppressionMarker {
  line: number;
  /** `nosec` (Bandit), `noqa` (Ruff/flake8) or `ignore` (ours). */
  kind: 'nosec' | 'noqa' | 'ignore' | 'ignore-file';
  /** Everything after the marker word: ids and an optional reason, parsed by the suppression policy. */
  text: string;
}

export interface AnalysisResult {
  findings: RawFinding[];
  markers: SuppressionMarker[];
  /** Content signals that the file is test code (`imports unittest`, `defines TestCase subclass`, …). */
  testSignals: string[];
  /** A rule whose handler threw: reported, never silently dropped. */
  ruleErrors: { rule: string; message: string }[];
  lineCount: number;
}
