// The tree-sitter node type and small structural questions about Python syntax trees.
import type Parser from 'tree-sitter';

export type SyntaxNode = Parser.SyntaxNode;

/**
 * The nodes of `owners` that each match of `keyword` (a global pattern of whole keywords: `/\bimport\b/g`) is the
 * first token of, in source order. Each match is looked up in the tree (a native descent from the root) and kept
 * when it is a token of type `tokenType` (default: the keyword itself), so words in strings and comments are
 * dropped. Finding a handful of statements this way costs far less than a walk of the whole tree.
 */
export function nodesOfKeyword(root: SyntaxNode, source: string, keyword: RegExp, owners: ReadonlySet<string>, tokenType?: string): SyntaxNode[] {
  const nodes: SyntaxNode[] = [];
  for (const match of source.matchAll(keyword)) {
    const token = root.descendantForIndex(match.index, match.index + match[0].length);
    if (token.type !== (tokenType ?? match[0])) continue;
    const owner = token.parent;
    if (owner && owners.has(owner.type)) nodes.push(owner);
  }
  return nodes;
}

/** Source order, as a pre-order walk visits nodes: by start, and the outer of two nodes starting together first. */
export function inSourceOrder(a: SyntaxNode, b: SyntaxNode): number {
  return a.startIndex - b.startIndex || b.endIndex - a.endIndex;
}

/** Statement-level nodes: a suppression marker anywhere on a statement's lines applies to its findings. */
const SIMPLE_STATEMENTS = new Set([
  'expression_statement', 'return_statement', 'assert_statement', 'delete_statement', 'raise_statement',
  'import_statement', 'import_from_statement', 'future_import_statement', 'global_statement', 'nonlocal_statement',
  'pass_statement', 'break_statement', 'continue_statement', 'print_statement', 'exec_statement', 'type_alias_statement',
]);

/** Compound statements whose header (not body) is the statement a finding belongs to. */
const COMPOUND_HEADERS = new Set([
  'if_statement', 'elif_clause', 'while_statement', 'for_statement', 'with_statement', 'try_statement', 'except_clause',
  'except_group_clause', 'function_definition', 'class_definition', 'decorated_definition', 'match_statement', 'case_clause',
]);

/** Lines (0-based rows, inclusive) of the statement that contains `node`, for suppressions and fingerprints. */
export function statementOf(node: SyntaxNode): SyntaxNode {
  let current: SyntaxNode | null = node;
  while (current) {
    if (SIMPLE_STATEMENTS.has(current.type)) return current;
    if (COMPOUND_HEADERS.has(current.type)) {
      // A decorated definition's statement starts at its first decorator: a marker there covers the `def` line.
      if ((current.type === 'function_definition' || current.type === 'class_definition') && current.parent?.type === 'decorated_definition') return current.parent;
      return current;
    }
    current = current.parent;
  }
  return node;
}

/** The row range of a statement's own lines: for a compound statement, the header up to its body. */
export function statementRows(statement: SyntaxNode): [number, number] {
  const start = statement.startPosition.row;
  if (statement.type === 'decorated_definition') {
    const definition = statement.childForFieldName('definition');
    const header = definition ? headerEnd(definition) : statement.endPosition.row;
    return [start, header];
  }
  if (COMPOUND_HEADERS.has(statement.type)) return [start, headerEnd(statement)];
  return [start, statement.endPosition.row];
}

function headerEnd(compound: SyntaxNode): number {
  const body = compound.childForFieldName('body') ?? compound.namedChildren.find((child) => child.type === 'block');
  if (!body) return compound.endPosition.row;
  // The body block starts on the header's last line for one-line suites (`if x: pass`).
  return Math.max(compound.startPosition.row, body.startPosition.row - (body.startPosition.row > compound.startPosition.row ? 1 : 0));
}

/** The innermost function (or lambda) around a node, or null at module level. */
export function enclosingFunction(node: SyntaxNode): SyntaxNode | null {
  let current = node.parent;
  while (current) {
    if (current.type === 'function_definition' || current.type === 'lambda') return current;
    current = current.parent;
  }
  return null;
}

/** The innermost class around a node (not crossing a function), or null. */
export function enclosingClass(node: SyntaxNode): SyntaxNode | null {
  let current = node.parent;
  while (current) {
    if (current.type === 'class_definition') return current;
    current = current.parent;
  }
  return null;
}

/** True when `node` is a docstring: a lone string expression statement first in a module, class or function body. */
export function isDocstring(node: SyntaxNode): boolean {
  const statement = node.parent;
  if (!statement || statement.type !== 'expression_statement' || statement.namedChildCount !== 1) return false;
  const container = statement.parent;
  if (!container) return false;
  if (container.type !== 'module' && container.type !== 'block') return false;
  return container.firstNamedChild?.id === statement.id || isBareExpressionString(statement);
}

// Any string that is a whole expression statement does nothing at run time, so rules treat it as documentation.
function isBareExpressionString(statement: SyntaxNode): boolean {
  const only = statement.firstNamedChild;
  return !!only && (only.type === 'string' || only.type === 'concatenated_string');
}

export function isInside(node: SyntaxNode, ancestor: SyntaxNode): boolean {
  return node.startIndex >= ancestor.startIndex && node.endIndex <= ancestor.endIndex;
}
