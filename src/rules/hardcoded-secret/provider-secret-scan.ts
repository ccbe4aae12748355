// Reads the provider table: which credentials a piece of source text holds, and which value stored under a name is
// one. The text is scanned as written (escapes kept), so what is found is exactly what the source lines show.
import type { SyntaxNode } from '../../python/syntax.js';
import type { CredentialEvidence } from '../types.js';
import { NAMED_FORMATS, TEXT_FORMATS } from './provider-formats.js';

export interface FoundSecret {
  provider: string;
  secret: string;
  evidence: CredentialEvidence;
}

/** Every credential of a known provider format in `text`. */
export function findProviderSecrets(text: string): FoundSecret[] {
  const found: FoundSecret[] = [];
  for (const format of TEXT_FORMATS) {
    format.pattern.lastIndex = 0;
    for (let match = format.pattern.exec(text); match; match = format.pattern.exec(text)) {
      if (format.accept && !format.accept(match)) continue;
      found.push({ provider: format.provider, secret: match[format.secretGroup ?? 0], evidence: format.evidence });
    }
  }
  return found;
}

/** The credential a value stored under `name` is, for formats known by their name (`AWS_SECRET_ACCESS_KEY`). */
export function findNamedSecret(name: string, value: string): FoundSecret | undefined {
  for (const format of NAMED_FORMATS) {
    if (format.name.test(name) && format.value.test(value) && (!format.accept || format.accept(value))) {
      return { provider: format.provider, secret: value, evidence: 'provider-format' };
    }
  }
  return undefined;
}

/**
 * The source text of a string literal's constant parts, as written: one entry per run between f-string fields
 * (a key never straddles a `{field}`). Bytes, raw strings and docstrings alike.
 */
export function literalPieces(node: SyntaxNode): string[] {
  if (node.type === 'concatenated_string') return joinAdjacent(node.namedChildren.map(literalPieces));
  if (node.type !== 'string') return [];
  const pieces: string[] = [];
  let current = '';
  for (const child of node.namedChildren) {
    if (child.type === 'string_content') current += child.text;
    else if (child.type === 'interpolation') {
      if (current) pieces.push(current);
      current = '';
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

/** Parts of consecutive literals joined across the literal boundary: `"sk_live_" "4eC3…"` reads as one key. */
function joinAdjacent(parts: string[][]): string[] {
  const joined: string[] = [];
  let open = false;
  for (const pieces of parts) {
    pieces.forEach((piece, index) => {
      if (index === 0 && open && joined.length > 0) joined[joined.length - 1] += piece;
      else joined.push(piece);
    });
    open = pieces.length > 0;
  }
  return joined;
}
