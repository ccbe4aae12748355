// ONE walk of the tree per file, handing each node to the handlers registered for its type, in document order
// (pre-order, as a cursor walk visits them). The walk itself runs in C: `descendantsOfType` visits every node with a
// native TreeCursor (no recursion: real files nest thousands deep) and hands back, in one call, only the nodes of
// the registered types. A JS cursor loop costs two native calls per node (≈1.2 s over Nova's 4.6 M nodes, most of
// which no rule handles); this costs one native call per file plus one object per handled node.
import type Parser from 'tree-sitter';
import type { SyntaxNode } from '../python/syntax.js';

export interface RegisteredHandler {
  ruleId: string;
  handle: (node: SyntaxNode) => void;
}

export type Dispatch = Map<string, RegisteredHandler[]>;

/** Milliseconds spent in each rule's handlers, collected only after `collectRuleTimes()` (`--stats`): timing every
 * handler call is not free. Covers analyses on this thread. */
let ruleTimes: Map<string, number> | undefined;

export function collectRuleTimes(): Map<string, number> {
  ruleTimes ??= new Map();
  return ruleTimes;
}

/** The per-rule times being collected on this thread, if `collectRuleTimes()` was called (worker threads add theirs). */
export function activeRuleTimes(): Map<string, number> | undefined {
  return ruleTimes;
}

/** How many nodes the walk hands out between two looks at the clock (a deadline check costs a `performance.now()`). */
const DEADLINE_CHECK_EVERY = 256;

/** Returns false when it stopped at `deadline` (a `performance.now()` time) before visiting every node. */
export function walkTree(tree: Parser.Tree, dispatch: Dispatch, onHandlerError: (ruleId: string, error: unknown) => void, deadline?: number): boolean {
  if (dispatch.size === 0) return true;
  const failed = new Set<string>();
  const nodes = tree.rootNode.descendantsOfType([...dispatch.keys()]) as SyntaxNode[];
  for (let index = 0; index < nodes.length; index++) {
    if (deadline !== undefined && index % DEADLINE_CHECK_EVERY === 0 && performance.now() > deadline) return false;
    const node = nodes[index];
    const handlers = dispatch.get(node.type);
    if (!handlers) continue;
    for (const handler of handlers) {
      if (failed.size > 0 && failed.has(handler.ruleId)) continue;
      try {
        if (ruleTimes) {
          const start = performance.now();
          handler.handle(node);
          ruleTimes.set(handler.ruleId, (ruleTimes.get(handler.ruleId) ?? 0) + performance.now() - start);
        } else {
          handler.handle(node);
        }
      } catch (error) {
        failed.add(handler.ruleId);
        onHandlerError(handler.ruleId, error);
      }
    }
  }
  return true;
}
