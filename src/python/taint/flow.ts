// How a step of a data flow reads in a finding: the expression as written (shortened) and its line.
import type { SyntaxNode } from '../syntax.js';

export function step(text: string, node: SyntaxNode, note?: string): string {
  const compact = text.replace(/\s+/g, ' ').replace(/([([{]) /g, '$1').replace(/ ([)\]}])/g, '$1').trim();
  const shown = compact.length > 60 ? `${compact.slice(0, 57)}...` : compact;
  return `${shown} (${note ? `${note}, ` : ''}line ${node.startPosition.row + 1})`;
}
