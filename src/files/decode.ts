// Bytes → source text, the way Python reads a module: UTF-8 by default, a PEP 263 coding cookie in the first two
// lines may name another encoding, a UTF-8 BOM is dropped. Binary or undecodable content is an error, never a skip.
const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

type Decoded = { text: string } | { error: string };

export function decodePython(bytes: Uint8Array): Decoded {
  let body = bytes;
  if (body.length >= 3 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) body = body.subarray(3);
  const nul = body.indexOf(0);
  if (nul >= 0) return { error: `binary content (NUL byte at offset ${nul})` };
  const encoding = codingCookie(body) ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    return { error: `unknown source encoding '${encoding}' in the coding cookie` };
  }
  let text: string;
  try {
    text = decoder.decode(body);
  } catch {
    return { error: encoding === 'utf-8' ? 'not valid UTF-8 (and no coding cookie names another encoding)' : `not valid ${encoding}` };
  }
  // Python reads source with universal newlines: a lone CR ends a line. tree-sitter knows only LF (and CRLF), so a
  // CR-only file would not parse and its positions would be off; CR → LF keeps every offset and line number.
  return { text: text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text };
}

function codingCookie(bytes: Uint8Array): string | undefined {
  let lineStart = 0;
  for (let line = 0; line < 2 && lineStart < bytes.length; line++) {
    let lineEnd = bytes.indexOf(0x0a, lineStart);
    if (lineEnd < 0) lineEnd = bytes.length;
    const text = Buffer.from(bytes.subarray(lineStart, Math.min(lineEnd, lineStart + 200))).toString('latin1');
    const match = COOKIE.exec(text);
    if (match) return normaliseEncoding(match[1]);
    if (!/^\s*(#.*)?\r?$/.test(text)) return undefined; // the cookie may only follow a comment or blank line
    lineStart = lineEnd + 1;
  }
  return undefined;
}

function normaliseEncoding(name: string): string {
  const lower = name.toLowerCase().replace(/_/g, '-');
  if (lower === 'utf-8' || lower.startsWith('utf-8-') || lower === 'utf8') return 'utf-8';
  if (lower === 'latin-1' || lower.startsWith('iso-8859-1') || lower.startsWith('iso-latin-1')) return 'latin1';
  return lower;
}
