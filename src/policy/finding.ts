// A finding after policy: located in a file, with the rule's metadata and the blocking decision.
import type { Category, Level } from '../rules/types.js';

export interface Finding {
  rule: string;
  /** Bandit/Ruff ids of the rule, and of the rules merged into this finding (`alsoRules`). */
  aliases: string[];
  /** Other rules that flagged the same code in the same category (src/policy/merge-findings.ts). */
  alsoRules?: string[];
  category: Category;
  cwe: number;
  severity: Level;
  confidence: Level;
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  blocking: boolean;
  /** Set when a marker or the baseline silences the finding; suppressed findings never block. */
  suppressed?: { kind: string; reason: string };
  /** `--new-only`: the version this change replaces had it too (src/policy/new-only.ts); never blocks. */
  existing?: boolean;
  /** Set when test-code policy lowered the severity: `test code (test path)`. */
  downgraded?: string;
  /**
   * Why the file is test code, under the `downgrade` policy (a live provider credential excepted). The compact
   * report counts such findings instead of listing them unless they block: fixtures, mocks and asserts are not
   * defects of the product, and listing them is the noise users of other tools complain about.
   */
  testCode?: string;
  flow?: string[];
  /** Line-shift-proof identity: rule + path + normalised statement + occurrence index + analysed severity + data-flow kind. */
  fingerprint: string;
  /** The statement's normalised text (baseline and SARIF partial fingerprints use it). */
  statementText: string;
  sourceLine: string;
}

export interface FileError {
  path: string;
  message: string;
}
