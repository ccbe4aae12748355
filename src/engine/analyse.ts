// source → RawFinding[]: parse, build module facts once, run every enabled rule in one walk.
import type { SyntaxNode } from '../python/syntax.js';
import { statementOf, statementRows } from '../python/syntax.js';
import { ModuleFacts } from '../python/module.js';
import type { OptionValue, ReportDescriptor, Rule, RuleContext } from '../rules/types.js';
import type { AnalysisResult, RawFinding, SuppressionMarker } from './finding.js';
import { parsePython } from './parser.js';
import { walkTree, type Dispatch } from './walk.js';
import { testCodeSignals } from '../policy/test-signals.js';
import { isMockExpectation } from '../python/mock.js';

export interface EnabledRule {
  rule: Rule;
  options: Readonly<Record<string, OptionValue>>;
}

export const SYNTAX_ERROR_RULE = 'syntax-error';
export const RULE_ERROR_RULE = 'rule-error';

const MARKER = /#\s*(nosec\b|noqa\b|review-security\s*:\s*(?:ignore-file|ignore))\s*(.*)$/i;

export function analyseSource(source: string, rules: readonly EnabledRule[]): AnalysisResult {
  const tree = parsePython(source);
  const root = tree.rootNode;
  const module = new ModuleFacts(root, source);
  const lines = source.split(/\r\n|\r|\n/);
  const findings: RawFinding[] = [];
  const markers: SuppressionMarker[] = [];
  const ruleErrors: { rule: string; message: string }[] = [];
  const dispatch: Dispatch = new Map();

  const register = (ruleId: string, type: string, handle: (node: SyntaxNode) => void): void => {
    const list = dispatch.get(type);
    const entry = { ruleId, handle };
    if (list) list.push(entry);
    else dispatch.set(type, [entry]);
  };

  for (const { rule, options } of rules) {
    const context: RuleContext = {
      module,
      options: { ...rule.options, ...options },
      report: (descriptor) => {
        if (isMockExpectation(descriptor.node)) return; // arguments of mock.call()/assert_called_with() never run
        findings.push(toFinding(rule, descriptor, lines));
      },
    };
    try {
      const handlers = rule.create(context);
      for (const [type, handle] of Object.entries(handlers)) register(rule.id, type, handle);
    } catch (error) {
      ruleErrors.push({ rule: rule.id, message: errorText(error) });
    }
  }

  register('(markers)', 'comment', (node) => {
    const match = MARKER.exec(node.text);
    if (!match) return;
    const word = match[1].toLowerCase().replace(/\s+/g, '');
    const kind = word === 'nosec' ? 'nosec' : word === 'noqa' ? 'noqa' : word.endsWith('ignore-file') ? 'ignore-file' : 'ignore';
    markers.push({ line: node.startPosition.row + 1, kind, text: match[2].trim() });
  });

  walkTree(tree, dispatch, (ruleId, error) => ruleErrors.push({ rule: ruleId, message: errorText(error) }));

  if (root.hasError) findings.push(syntaxErrorFinding(root, lines));

  findings.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
  return { findings, markers, testSignals: testCodeSignals(module), ruleErrors, lineCount: lines.length };
}

function toFinding(rule: Rule, descriptor: ReportDescriptor, lines: string[]): RawFinding {
  const { node } = descriptor;
  const statement = statementOf(node);
  const [first, last] = statementRows(statement);
  const finding: RawFinding = {
    rule: rule.id,
    message: descriptor.message ?? rule.message,
    severity: descriptor.severity ?? rule.severity,
    confidence: descriptor.confidence ?? rule.confidence,
    line: node.startPosition.row + 1,
    column: node.startPosition.column + 1,
    endLine: node.endPosition.row + 1,
    endColumn: node.endPosition.column + 1,
    statementLines: [first + 1, last + 1],
    statementText: normaliseStatement(lines, first, last),
    sourceLine: (lines[node.startPosition.row] ?? '').slice(0, 300),
  };
  if (descriptor.flow) finding.flow = descriptor.flow;
  return finding;
}

/** Statement text without comments and with runs of whitespace collapsed: stable under re-indentation. */
export function normaliseStatement(lines: string[], first: number, last: number): string {
  const text = lines.slice(first, Math.min(last + 1, first + 40)).map((line) => line.replace(/\s+#[^'"]*$/, '')).join(' ');
  return text.replace(/\s+/g, ' ').trim().slice(0, 400);
}

function syntaxErrorFinding(root: SyntaxNode, lines: string[]): RawFinding {
  const { node, count } = firstError(root);
  const where = node.isMissing ? `missing ${node.type}` : 'invalid syntax';
  const more = count > 1 ? ` (${count} syntax errors in the file)` : '';
  const row = node.startPosition.row;
  return {
    rule: SYNTAX_ERROR_RULE,
    message: `file does not parse: ${where}${more}; the rest of the file was still reviewed`,
    severity: 'high',
    confidence: 'high',
    line: row + 1,
    column: node.startPosition.column + 1,
    endLine: row + 1,
    endColumn: node.startPosition.column + 1,
    statementLines: [row + 1, row + 1],
    statementText: normaliseStatement(lines, row, row),
    sourceLine: (lines[row] ?? '').slice(0, 300),
  };
}

function firstError(root: SyntaxNode): { node: SyntaxNode; count: number } {
  let first: SyntaxNode | undefined;
  let count = 0;
  const stack: SyntaxNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'ERROR' || node.isMissing) {
      count++;
      if (!first || node.startIndex < first.startIndex) first = node;
      if (node.type === 'ERROR') continue;
    }
    if (!node.hasError) continue;
    for (const child of node.children) if (child.hasError || child.isMissing) stack.push(child);
  }
  return { node: first ?? root, count };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
