// Name bindings inside one function (or the module): which expressions a name may hold at a given use.
// This is the flow-insensitive-but-ordered model the rules need: "the string assigned first, executed later".
import type { SyntaxNode } from './syntax.js';

type BindingKind = 'assign' | 'augment' | 'parameter' | 'loop' | 'with' | 'except' | 'import' | 'unpack' | 'walrus' | 'other';

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

  /**
   * Every binding of `name` that may decide its value at `use`, branch-aware: walking back from the use, bindings
   * are collected until one that always runs before the use (its statement is in a block enclosing the use) and
   * replaces the value (not `+=`). `if a: x = p else: x = q` → both. A binding whose own value holds the use
   * (`x = x + 1`) is skipped; a use before every binding (loops, closures) sees them all.
   */
  reachingBindings(name: string, use: SyntaxNode): Binding[] {
    const all = (this.bindings.get(name) ?? []).filter((binding) => !(binding.value && contains(binding.value, use)));
    const before = all.filter((binding) => binding.at < use.startIndex).sort((a, b) => a.at - b.at);
    if (before.length === 0) return all;
    const reaching: Binding[] = [];
    for (let index = before.length - 1; index >= 0; index--) {
      const binding = before[index];
      reaching.unshift(binding);
      if (binding.kind !== 'augment' && binding.kind !== 'other' && alwaysRunsBefore(binding, use)) break;
    }
    return reaching;
  }
}

function contains(outer: SyntaxNode, inner: SyntaxNode): boolean {
  return inner.startIndex >= outer.startIndex && inner.endIndex <= outer.endIndex;
}

// The binding's statement sits directly in a block (or the module) that also holds the use.
function alwaysRunsBefore(binding: Binding, use: SyntaxNode): boolean {
  if (binding.kind === 'parameter') return true;
  let statement: SyntaxNode | null = binding.target;
  while (statement?.parent && statement.parent.type !== 'block' && statement.parent.type !== 'module') statement = statement.parent;
  const block = statement?.parent;
  return !!block && contains(block, use);
}

const NESTED_SCOPES = new Set(['function_definition', 'class_definition', 'lambda']);
const SCOPE_QUERY = ['assignment', 'augmented_assignment', 'named_expression', 'for_statement', 'with_item', 'except_clause', ...NESTED_SCOPES];

/** The scopes built so far for each tree (keyed by owner node id). */
const scopesOfTree = new WeakMap<object, Map<number, Scope>>();

/**
 * Collects the bindings made directly in a function or module body (nested functions and classes excluded).
 * Built on first use, from the owner's own subtree: a review asks for the scopes of the few functions that hold a
 * call some rule cares about, and building every scope of every file cost half as much as parsing it.
 */
export function buildScope(owner: SyntaxNode): Scope {
  const tree = (owner as unknown as { tree: object }).tree;
  let scopes = scopesOfTree.get(tree);
  if (!scopes) {
    scopes = new Map();
    scopesOfTree.set(tree, scopes);
  }
  let scope = scopes.get(owner.id);
  if (scope) return scope;
  if (owner.type === 'module') collectModuleScope(owner, scopes);
  else if (owner.type === 'function_definition' || owner.type === 'lambda') collectFunctionScopes(owner, scopes);
  scope = scopes.get(owner.id) ?? new Scope(owner);
  scopes.set(owner.id, scope);
  return scope;
}

interface OpenScope {
  /** Null inside a class body, whose names bind in no function scope. */
  scope: Scope | null;
  /** Parameters, defaults and annotations come before the body and bind nothing in either scope. */
  bodyStart: number;
  end: number;
}

/** Top-level statements that bind no name in a scope (imports bind through the import table): most of a module's. */
const BINDS_NOTHING = new Set([
  'import_statement', 'import_from_statement', 'future_import_statement', 'comment', 'pass_statement', 'global_statement',
  'nonlocal_statement', 'break_statement', 'continue_statement',
]);

/** The module's bindings: its top-level statements, skipping the bodies of top-level functions and classes. */
function collectModuleScope(root: SyntaxNode, scopes: Map<number, Scope>): void {
  const moduleScope = new Scope(root);
  scopes.set(root.id, moduleScope);
  for (const statement of root.namedChildren) {
    const definition = statement.type === 'decorated_definition' ? statement.childForFieldName('definition') : statement;
    if (BINDS_NOTHING.has(statement.type)) continue;
    if (definition && NESTED_SCOPES.has(definition.type)) {
      const name = definition.childForFieldName('name');
      if (name) moduleScope.add(name.text, { kind: 'other', target: name, value: definition, at: definition.startIndex });
      continue;
    }
    scanBindings(statement.descendantsOfType(SCOPE_QUERY), { scope: moduleScope, bodyStart: -1, end: Infinity }, scopes);
  }
}

/** A function's (or lambda's) bindings, and those of the functions nested in it, from one native walk of its subtree. */
function collectFunctionScopes(owner: SyntaxNode, scopes: Map<number, Scope>): void {
  const nodes = owner.descendantsOfType(SCOPE_QUERY);
  scanBindings(nodes[0]?.id === owner.id ? nodes : [owner, ...nodes], null, scopes);
}

/**
 * Binding forms and nested scopes in source order (as `descendantsOfType` returns them); a stack of open scopes (by
 * byte range) says whose binding each one is. Walking each function body node by node from JS cost more than
 * parsing the file.
 */
function scanBindings(nodes: SyntaxNode[], outer: OpenScope | null, scopes: Map<number, Scope>): void {
  const open: OpenScope[] = outer ? [outer] : [];
  for (const node of nodes) {
    const start = node.startIndex;
    while (open.length > 0 && start >= open[open.length - 1].end) open.pop();
    const current = open.length > 0 ? open[open.length - 1] : undefined;
    const scope = current && start >= current.bodyStart ? current.scope : null;
    if (NESTED_SCOPES.has(node.type)) {
      if (scope && node.type !== 'lambda') {
        const name = node.childForFieldName('name');
        if (name) scope.add(name.text, { kind: 'other', target: name, value: node, at: start });
      }
      if (node.type === 'class_definition') {
        open.push({ scope: null, bodyStart: Infinity, end: node.endIndex });
      } else {
        const own = new Scope(node);
        addParameters(own, node);
        scopes.set(node.id, own);
        const body = node.childForFieldName('body');
        open.push({ scope: own, bodyStart: body ? body.startIndex : Infinity, end: node.endIndex });
      }
      continue;
    }
    if (scope) bindForm(scope, node);
  }
}

function bindForm(scope: Scope, node: SyntaxNode): void {
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
