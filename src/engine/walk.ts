// ONE walk of the tree per file: a TreeCursor loop (no recursion: real files nest thousands deep) that hands each
// node to the handlers registered for its type. A node object is only materialised when some handler wants it.
import type Parser from 'tree-sitter';
import type { SyntaxNode } from '../python/syntax.js';

export interface RegisteredHandler {
  ruleId: string;
  handle: (node: SyntaxNode) => void;
}

export type Dispatch = Map<string, RegisteredHandler[]>;

export function walkTree(tree: Parser.Tree, dispatch: Dispatch, onHandlerError: (ruleId: string, error: unknown) => void): void {
  const cursor = tree.walk();
  const failed = new Set<string>();
  for (;;) {
    const handlers = dispatch.get(cursor.nodeType);
    if (handlers) {
      const node = cursor.currentNode;
      for (const handler of handlers) {
        if (failed.has(handler.ruleId)) continue;
        try {
          handler.handle(node);
        } catch (error) {
          failed.add(handler.ruleId);
          onHandlerError(handler.ruleId, error);
        }
      }
    }
    if (cursor.gotoFirstChild()) continue;
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) return;
    }
  }
}
