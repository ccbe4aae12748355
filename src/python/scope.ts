// Name bindings inside one function (or the module): which expressions a name may hold at a given use.
// This is the flow-insensitive-but-ordered model the rules need: "the string assigned first, executed later".
import type { SyntaxNode } from './syntax.js';

export type BindingKind = 'assign' | 'augment' | 'parameter' | 'loop' | 'with' | 'except' | 'import' | 'unpack' | 'walrus' | 'other';

export interface Binding {
  kind: BindingKind;
  /** The bound name node. */
  target: SyntaxNode;
  /** The assigned expression (for assign/augment/walrus/loop/with/unpack), if any. */
  value: SyntaxNode | null;
  /** Start byte of the binding statement, for "before this use" questions. */
  at: number;
}

export class Scope {
  readonly bindings = new Map<string, Binding[]>();
  constructor(readonly node: SyntaxNode) {}

  add(name: string, binding: Binding): void {
    const list = this.bindings.get(name);
    if (list) list.push(binding);
    else this.bindings.set(name, [binding]);
  }

  /**
   * The expressions that `name` holds at byte `position`: the last plain assignment before it plus any `+=` parts
   * after that assignment. Undefined when another kind of binding (parameter, loop, unpacking…) decides it.
   */
  valuesBefore(name: string, position: number): SyntaxNode[] | undefined {
    const bindings = this.bindings.get(name);
    if (!bindings) return undefined;
    const before = bindings.filter((binding) => binding.at < position);
    const chosen = before.length > 0 ? before : bindings.length === 1 ? bindings : [];
    let start = -1;
    for (let index = chosen.length - 1; index >= 0; index--) {
      const kind = chosen[index].kind;
      if (kind === 'assign' || kind === 'walrus') { start = index; break; }
      if (kind !== 'augment') return undefined;
    }
    if (start < 0) return undefined;
    const values: SyntaxNode[] = [];
    for (const binding of chosen.slice(start)) if (binding.value) values.push(binding.value);
    return values;
  }
}

const NESTED_SCOPES = new Set(['function_definition', 'class_definition', 'lambda']);

/** Collects the bindings made directly in a function or module body (nested functions and classes excluded). */
export function buildScope(owner: SyntaxNode): Scope {
  const scope = new Scope(owner);
  if (owner.type === 'function_definition' || owner.type === 'lambda') addParameters(scope, owner);
  const body = owner.type === 'module' ? owner : owner.childForFieldName('body');
  if (!body) return scope;
  const stack: SyntaxNode[] = [body];
  while (stack.length > 0) {
    const node = stack.pop()!;
    switch (node.type) {
      case 'assignment': {
        const right = node.childForFieldName('right');
        const left = node.childForFieldName('left');
        // Chained `a = b = value`: the right side is another assignment.
        if (left) bindTarget(scope, left, right?.type === 'assignment' ? innermostValue(right) : right, node.startIndex, 'assign');
        break;
      }
      case 'augmented_assignment': {
        const left = node.childForFieldName('left');
        const operator = node.childForFieldName('operator')?.type;
        if (left?.type === 'identifier') {
          scope.add(left.text, { kind: operator === '+=' ? 'augment' : 'other', target: left, value: node.childForFieldName('right'), at: node.startIndex });
        }
        break;
      }
      case 'named_expression': {
        const name = node.childForFieldName('name');
        if (name) scope.add(name.text, { kind: 'walrus', target: name, value: node.childForFieldName('value'), at: node.startIndex });
        break;
      }
      case 'for_statement': {
        const left = node.childForFieldName('left');
        if (left) bindTarget(scope, left, node.childForFieldName('right'), node.startIndex, 'loop');
        break;
      }
      case 'with_item': {
        const value = node.childForFieldName('value');
        if (value?.type === 'as_pattern') {
          const target = value.childForFieldName('alias')?.firstNamedChild ?? value.childForFieldName('alias');
          if (target) bindTarget(scope, target, value.firstNamedChild, node.startIndex, 'with');
        }
        break;
      }
      case 'except_clause': {
        const alias = node.descendantsOfType('as_pattern_target')[0]?.firstNamedChild;
        if (alias?.type === 'identifier') scope.add(alias.text, { kind: 'except', target: alias, value: null, at: node.startIndex });
        break;
      }
      default:
        break;
    }
    const children = node.namedChildren;
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index];
      if (!NESTED_SCOPES.has(child.type)) stack.push(child);
      else if (child.type !== 'lambda') {
        const name = child.childForFieldName('name');
        if (name) scope.add(name.text, { kind: 'other', target: name, value: child, at: child.startIndex });
      }
    }
  }
  return scope;
}

function innermostValue(assignment: SyntaxNode): SyntaxNode | null {
  let current: SyntaxNode | null = assignment;
  while (current?.type === 'assignment') current = current.childForFieldName('right');
  return current;
}

function bindTarget(scope: Scope, target: SyntaxNode, value: SyntaxNode | null, at: number, kind: BindingKind): void {
  if (target.type === 'identifier') {
    scope.add(target.text, { kind: kind === 'assign' ? 'assign' : kind, target, value, at });
    return;
  }
  if (['pattern_list', 'tuple_pattern', 'list_pattern', 'tuple', 'list', 'expression_list'].includes(target.type)) {
    const items = target.namedChildren;
    const values = value && (value.type === 'tuple' || value.type === 'list' || value.type === 'expression_list') && value.namedChildCount === items.length
      ? value.namedChildren : null;
    items.forEach((item, index) => bindTarget(scope, item, values ? values[index] : value, at, values && kind === 'assign' ? 'assign' : kind === 'assign' ? 'unpack' : kind));
  }
}

function addParameters(scope: Scope, owner: SyntaxNode): void {
  const parameters = owner.childForFieldName('parameters');
  if (!parameters) return;
  for (const parameter of parameters.namedChildren) {
    const name = parameterName(parameter);
    if (name) scope.add(name.text, { kind: 'parameter', target: name, value: parameter, at: -1 });
  }
}

export function parameterName(parameter: SyntaxNode): SyntaxNode | null {
  if (parameter.type === 'identifier') return parameter;
  if (parameter.type === 'typed_parameter') return parameter.firstNamedChild?.type === 'identifier' ? parameter.firstNamedChild : parameter.firstNamedChild?.firstNamedChild ?? null;
  if (parameter.type === 'default_parameter' || parameter.type === 'typed_default_parameter') return parameter.childForFieldName('name');
  if (parameter.type === 'list_splat_pattern' || parameter.type === 'dictionary_splat_pattern') return parameter.firstNamedChild;
  return null;
}
