// The SSL/TLS protocol constants Bandit's `ssl_with_bad_version` config lists by default (B502, B503), and how a
// protocol argument is named: by the last segment as written (`ssl.PROTOCOL_TLSv1` → `PROTOCOL_TLSv1`).
import type { SyntaxNode } from '../../../python/syntax.js';

export const BAD_PROTOCOL_VERSIONS = [
  'PROTOCOL_SSLv2', 'SSLv2_METHOD', 'SSLv23_METHOD', 'PROTOCOL_SSLv3', 'PROTOCOL_TLSv1', 'SSLv3_METHOD', 'TLSv1_METHOD',
  'PROTOCOL_TLSv1_1', 'TLSv1_1_METHOD',
];

/** `ssl.PROTOCOL_TLSv1` → `PROTOCOL_TLSv1`; `PROTOCOL_TLSv1` → itself; anything else → undefined. */
export function protocolName(node: SyntaxNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'identifier') return node.text;
  if (node.type === 'attribute') return node.childForFieldName('attribute')?.text;
  return undefined;
}
