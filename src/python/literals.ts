// Constant folding of Python expressions: which strings, numbers and containers are known before run time,
// and for strings built from pieces, which pieces are not.
import type { SyntaxNode } from './syntax.js';

export type PyConstant = string | number | boolean | null | PyConstant[];

/** Finds the expression a name refers to, when the scope knows it (see scope.ts). */
export type NameResolver = (identifier: SyntaxNode) => SyntaxNode[] | undefined;

/** A string expression folded as far as possible: constant text with a HOLE where a run-time value goes. */
export interface StringShape {
  text: string;
  constant: boolean;
  /** The expressions whose values are not known (f-string fields, `%` arguments, concatenated names…). */
  dynamic: SyntaxNode[];
}

/** Stands for a value only known at run time inside folded text. */
export const HOLE = '\uFFFC';

const MAX_DEPTH = 12;

interface StringLiteral {
  prefix: string;
  value: string;
  isBytes: boolean;
  isFormat: boolean;
}

/** The prefix and the decoded constant text of one `string` node (interpolations skipped). */
export function readStringLiteral(node: SyntaxNode): StringLiteral {
  const start = node.firstChild;
  const opener = start?.type === 'string_start' ? start.text : '"';
  const prefix = opener.replace(/["']+$/, '').toLowerCase();
  const raw = prefix.includes('r');
  let value = '';
  for (const child of node.namedChildren) {
    if (child.type === 'string_content') value += raw ? child.text : decodeEscapes(child.text);
  }
  return { prefix, value, isBytes: prefix.includes('b'), isFormat: prefix.includes('f') };
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v', '\n': '' };

function decodeEscapes(text: string): string {
  if (!text.includes('\\')) return text;
  return text.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|[\s\S])/g, (whole, code: string) => {
    const first = code[0];
    if (first === 'x' || first === 'u' || first === 'U') return String.fromCodePoint(parseInt(code.slice(1), 16));
    if (/^[0-7]+$/.test(code)) return String.fromCodePoint(parseInt(code, 8));
    return SIMPLE_ESCAPES[code] ?? whole;
  });
}

/** Folds a string-valued expression; null when the expression is not string-shaped at all. */
export function foldString(node: SyntaxNode, resolve?: NameResolver, depth = 0): StringShape | null {
  if (depth > MAX_DEPTH) return null;
  switch (node.type) {
    case 'string':
      return foldStringNode(node, resolve, depth);
    case 'concatenated_string':
      return join(node.namedChildren.map((part) => foldString(part, resolve, depth + 1) ?? opaque(part)));
    case 'parenthesized_expression': {
      const inner = node.firstNamedChild;
      return inner ? foldString(inner, resolve, depth + 1) : null;
    }
    case 'binary_operator':
      return foldBinary(node, resolve, depth);
    case 'call':
      return foldStringMethod(node, resolve, depth);
    case 'identifier': {
      const values = resolve?.(node);
      if (!values || values.length === 0) return null;
      const parts = values.map((value) => foldString(value, resolve, depth + 1));
      if (parts.some((part) => part === null)) return null;
      return join(parts as StringShape[]);
    }
    default:
      return null;
  }
}

function opaque(node: SyntaxNode): StringShape {
  return { text: HOLE, constant: false, dynamic: [node] };
}

function join(parts: StringShape[]): StringShape {
  return {
    text: parts.map((part) => part.text).join(''),
    constant: parts.every((part) => part.constant),
    dynamic: parts.flatMap((part) => part.dynamic),
  };
}

function foldStringNode(node: SyntaxNode, resolve: NameResolver | undefined, depth: number): StringShape {
  const literal = readStringLiteral(node);
  if (!literal.isFormat) return { text: literal.value, constant: true, dynamic: [] };
  const raw = literal.prefix.includes('r');
  const parts: StringShape[] = [];
  for (const child of node.namedChildren) {
    if (child.type === 'string_content') {
      parts.push({ text: (raw ? child.text : decodeEscapes(child.text)).replace(/\{\{/g, '{').replace(/\}\}/g, '}'), constant: true, dynamic: [] });
    } else if (child.type === 'interpolation') {
      const expression = child.childForFieldName('expression') ?? child.firstNamedChild;
      if (!expression) continue;
      const folded = foldString(expression, resolve, depth + 1) ?? numberShape(expression);
      parts.push(folded ?? opaque(expression));
    }
  }
  return join(parts);
}

function numberShape(node: SyntaxNode): StringShape | null {
  const value = constantValue(node);
  if (value === undefined || typeof value === 'object') return null;
  return { text: String(value), constant: true, dynamic: [] };
}

function foldBinary(node: SyntaxNode, resolve: NameResolver | undefined, depth: number): StringShape | null {
  const operator = node.childForFieldName('operator')?.type;
  const left = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  if (!left || !right) return null;
  if (operator === '+') {
    const leftShape = foldString(left, resolve, depth + 1);
    const rightShape = foldString(right, resolve, depth + 1);
    if (!leftShape && !rightShape) return null;
    return join([leftShape ?? opaque(left), rightShape ?? opaque(right)]);
  }
  if (operator === '%') {
    const template = foldString(left, resolve, depth + 1);
    if (!template) return null;
    const args = right.type === 'tuple' || right.type === 'parenthesized_expression' ? right.namedChildren : [right];
    return substitute(template, /%(?:\([^)]*\))?[-#0 +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[sdrifeEgGxXocab%]/g, args, resolve, depth, '%%');
  }
  return null;
}

function foldStringMethod(node: SyntaxNode, resolve: NameResolver | undefined, depth: number): StringShape | null {
  const callee = node.childForFieldName('function');
  if (callee?.type !== 'attribute') return null;
  const method = callee.childForFieldName('attribute')?.text;
  const receiver = callee.childForFieldName('object');
  const args = node.childForFieldName('arguments')?.namedChildren ?? [];
  if (!receiver) return null;
  if (method === 'format') {
    const template = foldString(receiver, resolve, depth + 1);
    if (!template) return null;
    return substitute(template, /\{[^{}]*\}/g, args.map((arg) => arg.type === 'keyword_argument' ? arg.childForFieldName('value') ?? arg : arg), resolve, depth, null);
  }
  if (method === 'join') {
    const separator = foldString(receiver, resolve, depth + 1);
    const iterable = args[0];
    if (!separator || !iterable) return null;
    if (iterable.type === 'list' || iterable.type === 'tuple') {
      const items = iterable.namedChildren.map((item) => foldString(item, resolve, depth + 1) ?? opaque(item));
      const pieces: StringShape[] = [];
      items.forEach((item, index) => { if (index > 0) pieces.push(separator); pieces.push(item); });
      return join(pieces);
    }
    return join([opaque(iterable)]);
  }
  if (['strip', 'lstrip', 'rstrip', 'lower', 'upper', 'replace', 'encode', 'decode'].includes(method ?? '')) {
    const base = foldString(receiver, resolve, depth + 1);
    if (!base) return null;
    const extra = args.map((arg) => foldString(arg, resolve, depth + 1) ?? opaque(arg));
    return { text: base.text, constant: base.constant && extra.every((part) => part.constant), dynamic: [...base.dynamic, ...extra.flatMap((part) => part.dynamic)] };
  }
  return null;
}

/** Replaces each placeholder in a folded template with the folded argument (or a HOLE). */
function substitute(template: StringShape, placeholder: RegExp, args: SyntaxNode[], resolve: NameResolver | undefined, depth: number, literalEscape: string | null): StringShape {
  const argShapes = args.map((arg) => foldString(arg, resolve, depth + 1) ?? numberShape(arg) ?? opaque(arg));
  const dynamic = [...template.dynamic];
  let next = 0;
  let constant = template.constant;
  const text = template.text.replace(placeholder, (match) => {
    if (literalEscape && match === literalEscape) return '%';
    const shape = argShapes[next++];
    if (!shape) { constant = false; return HOLE; }
    if (!shape.constant) { constant = false; dynamic.push(...shape.dynamic); }
    return shape.text;
  });
  // Arguments the template does not mention (e.g. a mapping for %(name)s) still feed the value.
  for (const shape of argShapes.slice(next)) {
    if (!shape.constant) { constant = false; dynamic.push(...shape.dynamic); }
  }
  return { text, constant, dynamic };
}

/** The value of a constant expression (numbers, strings, True/False/None, tuples and lists of them), else undefined. */
export function constantValue(node: SyntaxNode, resolve?: NameResolver, depth = 0): PyConstant | undefined {
  if (depth > MAX_DEPTH) return undefined;
  switch (node.type) {
    case 'integer': {
      const text = node.text.replace(/_/g, '').replace(/[lL]$/, '');
      if (/^0[oO]/.test(text)) return parseInt(text.slice(2), 8);
      if (/^0[xX]/.test(text)) return parseInt(text.slice(2), 16);
      if (/^0[bB]/.test(text)) return parseInt(text.slice(2), 2);
      if (/^0\d+$/.test(text)) return parseInt(text, 8); // Python 2 octal literal
      return Number(text);
    }
    case 'float':
      return Number(node.text.replace(/_/g, ''));
    case 'true':
      return true;
    case 'false':
      return false;
    case 'none':
      return null;
    case 'string':
    case 'concatenated_string': {
      const shape = foldString(node, resolve, depth + 1);
      return shape?.constant ? shape.text : undefined;
    }
    case 'parenthesized_expression': {
      const inner = node.firstNamedChild;
      return inner ? constantValue(inner, resolve, depth + 1) : undefined;
    }
    case 'unary_operator': {
      const operand = node.childForFieldName('argument');
      const value = operand ? constantValue(operand, resolve, depth + 1) : undefined;
      if (typeof value !== 'number') return undefined;
      const operator = node.childForFieldName('operator')?.type;
      return operator === '-' ? -value : operator === '~' ? ~value : value;
    }
    case 'binary_operator': {
      const left = node.childForFieldName('left');
      const right = node.childForFieldName('right');
      const operator = node.childForFieldName('operator')?.type;
      if (!left || !right) return undefined;
      const a = constantValue(left, resolve, depth + 1);
      const b = constantValue(right, resolve, depth + 1);
      if (typeof a === 'number' && typeof b === 'number') {
        switch (operator) {
          case '|': return a | b;
          case '&': return a & b;
          case '^': return a ^ b;
          case '+': return a + b;
          case '-': return a - b;
          case '*': return a * b;
          case '<<': return a << b;
          case '**': return a ** b;
          default: return undefined;
        }
      }
      const shape = foldString(node, resolve, depth + 1);
      return shape?.constant ? shape.text : undefined;
    }
    case 'tuple':
    case 'list': {
      const values = node.namedChildren.map((item) => constantValue(item, resolve, depth + 1));
      return values.every((value) => value !== undefined) ? (values as PyConstant[]) : undefined;
    }
    case 'identifier': {
      const values = resolve?.(node);
      if (!values || values.length !== 1) return undefined;
      return constantValue(values[0], resolve, depth + 1);
    }
    case 'call': {
      const shape = foldString(node, resolve, depth + 1);
      return shape?.constant ? shape.text : undefined;
    }
    default:
      return undefined;
  }
}

/** True when the expression is fully known before run time. */
export function isConstant(node: SyntaxNode, resolve?: NameResolver): boolean {
  return constantValue(node, resolve) !== undefined;
}
