// ONE walk of the tree per file, handing each node to the handlers registered for its type, in document order
// (pre-order, as a cursor walk visits them). The walk itself runs in C: `descendantsOfType` visits every node with a
// native TreeCursor (no recursion: real files nest thousands deep) and hands back, in one call, only the nodes of
// the registered types. A JS cursor loop costs two native calls per node (≈1.2 s over Nova's 4.6 M nodes, most of
// which no rule handles); this costs one native call per file plus one object per handled node. Nodes found from
// the text instead (the calls rules name, see rule-filters.ts) are merged in, so handlers still see document order;
// a file whose rules want no other node type is not traversed at all.
import type Parser from 'tree-sitter';
import { inSourceOrder, type SyntaxNode } from '../python/syntax.js';
import { OutOfTime, type Deadline } from '../python/deadline.js';

interface RegisteredHandler {
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

/** Nodes found some other way (in source order: start, then the outer of two nodes starting together), with the
 * handlers they go to; the walk interleaves them with its own nodes, so every handler still sees document order. */
interface FoundNodes {
  nodes: readonly SyntaxNode[];
  handlers: readonly RegisteredHandler[];
}

/** Returns false when it stopped at `deadline` before visiting every node. */
export function walkTree(tree: Parser.Tree, dispatch: Dispatch, onHandlerError: (ruleId: string, error: unknown) => void, deadline?: Deadline, found?: FoundNodes): boolean {
  const failed = new Set<string>();
  const dispatchTo = (node: SyntaxNode, handlers: readonly RegisteredHandler[]) => {
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
        if (error instanceof OutOfTime) throw error; // the file's deadline, not the rule's fault
        failed.add(handler.ruleId);
        onHandlerError(handler.ruleId, error);
      }
    }
  };
  // The root comes first in pre-order and needs no traversal: a file whose rules want nothing else is not walked.
  const rootHandlers = dispatch.get('module');
  if (rootHandlers) dispatchTo(tree.rootNode as SyntaxNode, rootHandlers);
  const types = [...dispatch.keys()].filter((type) => type !== 'module');
  const walked = types.length === 0 ? [] : tree.rootNode.descendantsOfType(types) as SyntaxNode[];
  const extra = found?.nodes ?? [];
  let next = 0;
  for (let index = 0; index < walked.length + extra.length; index++) {
    if (deadline !== undefined && index % DEADLINE_CHECK_EVERY === 0 && deadline.passed) return false;
    const walkedIndex = index - next;
    // Pre-order: a walked node goes first unless the found one starts earlier, or together and ends later.
    const takeFound = next < extra.length && (walkedIndex >= walked.length || inSourceOrder(extra[next], walked[walkedIndex]) < 0);
    const node = takeFound ? extra[next++] : walked[walkedIndex];
    const handlers = takeFound ? found!.handlers : dispatch.get(node.type);
    if (handlers) dispatchTo(node, handlers);
  }
  return true;
}
