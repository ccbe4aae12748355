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

// dist/cli/args.js
function parseArgs(argv, extraOptions = []) {
  const table = [...OPTIONS, ...extraOptions];
  const byName2 = new Map(table.map((spec) => [spec.name, spec]));
  const byShort = new Map(table.filter((spec) => spec.short).map((spec) => [spec.short, spec]));
  const options = /* @__PURE__ */ new Map();
  const positionals = [];
  let command;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === "--") {
      positionals.push(...argv.slice(index + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      if (command === void 0 && positionals.length === 0 && COMMANDS.includes(arg))
        command = arg;
      else
        positionals.push(arg);
      continue;
    }
    let name;
    let inline;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      inline = eq >= 0 ? arg.slice(eq + 1) : void 0;
    } else {
      const spec2 = byShort.get(arg.slice(1, 2));
      if (!spec2)
        throw new UsageError(`unknown option '${arg}' (see --help)`);
      name = spec2.name;
      inline = arg.length > 2 ? arg.slice(2) : void 0;
    }
    let spec = byName2.get(name);
    if (!spec && name.startsWith("no-")) {
      const positive = byName2.get(name.slice(3));
      if (positive?.negatable) {
        options.set(positive.name, false);
        continue;
      }
    }
    if (!spec)
      throw new UsageError(`unknown option '--${name}'${suggest(name, table.map((s) => s.name))} (see --help)`);
    if (!spec.value) {
      if (inline !== void 0)
        throw new UsageError(`option '--${name}' takes no value`);
      options.set(spec.name, true);
      continue;
    }
    const value = inline ?? argv[++index];
    if (value === void 0)
      throw new UsageError(`option '--${name}' needs a value (${spec.value})`);
    if (spec.choices && !spec.choices.includes(value)) {
      throw new UsageError(`option '--${name}': '${value}' is not one of ${spec.choices.join(", ")}`);
    }
    if (spec.repeatable) {
      const list = options.get(spec.name) ?? [];
      list.push(value);
      options.set(spec.name, list);
    } else {
      options.set(spec.name, value);
    }
    spec = void 0;
  }
  return { command, positionals, options };
}
function suggest(word, candidates) {
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? `; did you mean '--${best}'?` : "";
}
function editDistance(a, b) {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length];
}
function helpText(version) {
  const lines = [
    `git-review-security ${version} \u2014 Python security review inside git`,
    "",
    "Usage:",
    "  git review-security [options]              review the staged Python files (pre-commit hook mode)",
    "  git review-security [options] PATH...      review files and folders in the worktree",
    "  git review-security --all                  review every tracked Python file",
    "  git review-security --rev A..B             review the files a revision range changed",
    "  git review-security install [--hook pre-commit|pre-push] [--force]   install the git hook",
    "  git review-security uninstall              remove the hook, restoring any previous one",
    "  git review-security rules                  list the rules (id, aliases, category, severity, enabled)",
    "  git review-security explain RULE           why a rule exists, bad and good examples, the fix",
    "  git review-security baseline               record current findings so they stop blocking",
    "  git review-security init                   write a config (migrating Bandit settings if found)",
    "  git review-security cache clear            empty the blob cache",
    "",
    "Options:"
  ];
  for (const spec of OPTIONS) {
    const flag = `${spec.short ? `-${spec.short}, ` : "    "}--${spec.negatable ? `[no-]${spec.name}` : spec.name}${spec.value ? ` ${spec.value}` : ""}`;
    lines.push(`  ${flag.padEnd(36)} ${spec.description}`);
  }
  lines.push("", "Examples:", "  git review-security                          # what the hook runs", "  git review-security --all --format sarif=review.sarif --format compact", "  git review-security --rev origin/main...HEAD --format markdown -o review.md # a review to paste into a PR", "  git review-security --rev origin/main...HEAD --format github                # annotations in a GitHub Actions job", "  git review-security --all --no-cache --stats                                # time per phase and per rule, on stderr", "  git review-security src/ --fail-on medium", "", "Exit codes: 0 nothing blocking \xB7 1 blocking findings \xB7 2 usage, config, git, input or internal error");
  return `${lines.join("\n")}
`;
}
var UsageError, OPTIONS, COMMANDS;
var init_args = __esm({
  "dist/cli/args.js"() {
    "use strict";
    UsageError = class extends Error {
    };
    OPTIONS = [
      { name: "all", description: "review every Python file tracked in the index" },
      { name: "rev", value: "A..B", description: "review the Python files changed in a revision range (or one revision), read at its end" },
      { name: "staged", description: "review the staged blobs (the default in a git repository when no PATH is given)" },
      { name: "pre-commit", description: "mode for the pre-commit framework: review the named files as staged" },
      { name: "pre-push", description: "mode for the pre-push hook: review the net change of each pushed range git gives on stdin" },
      { name: "format", short: "f", value: "FORMAT[=FILE]", repeatable: true, description: "compact | json | sarif | github | markdown; FORMAT=FILE writes that format to FILE (repeatable)" },
      { name: "output", short: "o", value: "FILE", description: "write the report (the first --format without =FILE) to FILE instead of stdout" },
      { name: "fail-on", value: "LEVEL", choices: ["high", "medium", "low", "none"], description: "lowest severity that blocks (default: high)" },
      { name: "fail-on-confidence", value: "LEVEL", choices: ["high", "medium", "low"], description: "lowest confidence that blocks (default: medium)" },
      { name: "min-confidence", value: "LEVEL", choices: ["low", "medium", "high"], description: "hide findings below this confidence (default: low)" },
      { name: "min-severity", value: "LEVEL", choices: ["low", "medium", "high"], description: "hide findings below this severity (default: low)" },
      { name: "config", short: "c", value: "FILE", description: "use this config file instead of searching for one" },
      { name: "no-config", description: "ignore config files; use the built-in defaults" },
      { name: "no-config-js", description: "refuse JavaScript config files (data-only config for CI)" },
      { name: "rule", value: "ID[=off|on]", repeatable: true, description: "turn a rule (id, Bandit/Ruff alias or category) on or off for this run" },
      { name: "profile", value: "NAME", choices: ["fast", "full"], description: "fast = only cheap rules; full = every enabled rule" },
      { name: "test-code", value: "POLICY", choices: ["downgrade", "same", "skip"], description: "how findings in test code are treated (default: downgrade)" },
      { name: "cache", negatable: true, description: "use the blob cache (default); --no-cache analyses every file" },
      { name: "cache-dir", value: "DIR", description: "where the blob cache lives (default: <git common dir>/review-security)" },
      { name: "ignore-nosec", description: "report findings even where a suppression marker silences them" },
      { name: "report-unused-suppressions", description: "report suppression markers that silence nothing" },
      { name: "baseline", value: "FILE", description: "findings recorded in FILE do not block (see `baseline`)" },
      { name: "new-only", negatable: true, description: "block only findings the change introduces (default when reviewing a change: staged, --rev, --pre-commit, --pre-push)" },
      { name: "all-findings", description: "list existing findings in touched files one by one" },
      { name: "changed-lines", description: "show only findings on lines the change adds or modifies" },
      { name: "shard", value: "I/N", description: "review only shard I of N (deterministic split by path hash, for CI matrices)" },
      { name: "jobs", short: "j", value: "N", description: "analysis threads for large reviews, this one included (default: one per core)" },
      { name: "show-source", negatable: true, description: "print the source line under each finding (default: on a TTY)" },
      { name: "color", negatable: true, description: "force colour on or off (default: on a TTY unless NO_COLOR)" },
      { name: "progress", negatable: true, description: "spinner on stderr for long reviews (default: on a TTY, never in CI)" },
      { name: "stats", description: "print files, cache hits, time and per-rule time to stderr" },
      { name: "quiet", short: "q", description: "print only findings and the verdict line; nothing at all when clean" },
      { name: "follow-symlinks", description: "follow symbolic links in PATH mode" },
      { name: "max-file-bytes", value: "N", description: "files larger than N bytes are reported as too-large (default: 5000000)" },
      { name: "max-file-seconds", value: "N", description: "a file whose analysis takes longer is reported as too slow (default: 30; 0 = no limit)" },
      { name: "hook", value: "NAME", choices: ["pre-commit", "pre-push"], description: "install/uninstall: which git hook (default: pre-commit)" },
      { name: "force", description: "install: replace an existing hook (kept as a backup) instead of running it first" },
      { name: "help", short: "h", description: "show this help" },
      { name: "version", short: "V", description: "print the version" }
    ];
    COMMANDS = ["review", "install", "uninstall", "rules", "explain", "cache", "baseline", "init", "help"];
  }
});

// dist/cli/io.js
function writeLine(stream, line) {
  stream.write(line.endsWith("\n") ? line : `${line}
`);
}
var init_io = __esm({
  "dist/cli/io.js"() {
    "use strict";
  }
});

// dist/package-root.js
function findPackageRoot(from) {
  for (let dir = from; ; dir = (0, import_node_path.dirname)(dir)) {
    if ((0, import_node_fs.existsSync)((0, import_node_path.join)(dir, "package.json")))
      return dir;
    if ((0, import_node_path.dirname)(dir) === dir)
      throw new Error(`no package.json above ${from}: the installation is incomplete`);
  }
}
function packagePath(...segments) {
  return (0, import_node_path.join)(PACKAGE_ROOT, ...segments);
}
var import_node_fs, import_node_path, import_node_url, PACKAGE_ROOT;
var init_package_root = __esm({
  "dist/package-root.js"() {
    "use strict";
    import_node_fs = require("node:fs");
    import_node_path = require("node:path");
    import_node_url = require("node:url");
    PACKAGE_ROOT = findPackageRoot((0, import_node_path.dirname)((0, import_node_url.fileURLToPath)(__bundle_url)));
  }
});

// dist/version.js
var import_node_fs2, TOOL_NAME, TOOL_VERSION;
var init_version = __esm({
  "dist/version.js"() {
    "use strict";
    import_node_fs2 = require("node:fs");
    init_package_root();
    TOOL_NAME = "git-review-security";
    TOOL_VERSION = JSON.parse((0, import_node_fs2.readFileSync)(packagePath("package.json"), "utf8")).version;
  }
});

// dist/rules/types.js
function levelRank(level) {
  return LEVELS.indexOf(level);
}
function defineRule(rule) {
  return rule;
}
var LEVELS, CATEGORIES, CATEGORY_TITLES;
var init_types = __esm({
  "dist/rules/types.js"() {
    "use strict";
    LEVELS = ["low", "medium", "high"];
    CATEGORIES = [
      "sql-injection",
      "command-injection",
      "code-injection",
      "deserialization",
      "xss",
      "csrf",
      "template-injection",
      "insecure-transport",
      "weak-crypto",
      "weak-random",
      "hardcoded-secret",
      "path-traversal",
      "xxe",
      "ssrf",
      "open-redirect",
      "insecure-config",
      "exception-handling",
      "assert-used",
      "missing-timeout",
      "ldap-injection",
      "other"
    ];
    CATEGORY_TITLES = {
      "sql-injection": "SQL injection",
      "command-injection": "Command injection",
      "code-injection": "Code injection",
      deserialization: "Unsafe deserialization",
      xss: "Cross-site scripting (XSS)",
      csrf: "Cross-site request forgery (CSRF)",
      "template-injection": "Template injection",
      "insecure-transport": "Insecure transport",
      "weak-crypto": "Weak cryptography",
      "weak-random": "Weak randomness",
      "hardcoded-secret": "Hard-coded secrets",
      "path-traversal": "Path traversal",
      xxe: "XML external entities",
      ssrf: "Server-side request forgery",
      "open-redirect": "Open redirect",
      "insecure-config": "Insecure configuration",
      "exception-handling": "Exception handling",
      "assert-used": "Assert used",
      "missing-timeout": "Missing timeout",
      "ldap-injection": "LDAP injection",
      other: "Other"
    };
  }
});

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
var SIMPLE_STATEMENTS, COMPOUND_HEADERS;
var init_syntax = __esm({
  "dist/python/syntax.js"() {
    "use strict";
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

// dist/python/arguments.js
function argumentList(call) {
  const args = call.childForFieldName("arguments");
  if (!args)
    return [];
  if (args.type === "generator_expression")
    return [args];
  return args.namedChildren.filter((child) => child.type !== "comment");
}
function positionalArguments(call) {
  return argumentList(call).filter((arg) => arg.type !== "keyword_argument" && arg.type !== "dictionary_splat");
}
function keywordArgument(call, name) {
  for (const arg of argumentList(call)) {
    if (arg.type === "keyword_argument" && arg.childForFieldName("name")?.text === name) {
      return arg.childForFieldName("value") ?? void 0;
    }
  }
  return void 0;
}
function keywordArgumentNode(call, name) {
  return argumentList(call).find((arg) => arg.type === "keyword_argument" && arg.childForFieldName("name")?.text === name);
}
function argument(call, name, position) {
  if (name) {
    const byName2 = keywordArgument(call, name);
    if (byName2)
      return byName2;
  }
  if (position === null)
    return void 0;
  let index = 0;
  for (const arg of argumentList(call)) {
    if (arg.type === "keyword_argument" || arg.type === "dictionary_splat")
      continue;
    if (arg.type === "list_splat")
      return void 0;
    if (index === position)
      return arg;
    index++;
  }
  return void 0;
}
function hasKeywordSplat(call) {
  return argumentList(call).some((arg) => arg.type === "dictionary_splat");
}
function hasKeyword(call, name) {
  return keywordArgumentNode(call, name) !== void 0;
}
var init_arguments = __esm({
  "dist/python/arguments.js"() {
    "use strict";
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
function foldString(node, resolve13, depth = 0) {
  if (depth > MAX_DEPTH)
    return null;
  switch (node.type) {
    case "string":
      return foldStringNode(node, resolve13, depth);
    case "concatenated_string":
      return join2(node.namedChildren.map((part) => foldString(part, resolve13, depth + 1) ?? opaque(part)));
    case "parenthesized_expression": {
      const inner = node.firstNamedChild;
      return inner ? foldString(inner, resolve13, depth + 1) : null;
    }
    case "binary_operator":
      return foldBinary(node, resolve13, depth);
    case "call":
      return foldStringMethod(node, resolve13, depth);
    case "identifier": {
      const values = resolve13?.(node);
      if (!values || values.length === 0)
        return null;
      const parts = values.map((value) => foldString(value, resolve13, depth + 1));
      if (parts.some((part) => part === null))
        return null;
      return join2(parts);
    }
    default:
      return null;
  }
}
function opaque(node) {
  return { text: HOLE, constant: false, dynamic: [node] };
}
function join2(parts) {
  return {
    text: parts.map((part) => part.text).join(""),
    constant: parts.every((part) => part.constant),
    dynamic: parts.flatMap((part) => part.dynamic)
  };
}
function foldStringNode(node, resolve13, depth) {
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
      const folded = foldString(expression, resolve13, depth + 1) ?? numberShape(expression);
      parts.push(folded ?? opaque(expression));
    }
  }
  return join2(parts);
}
function numberShape(node) {
  const value = constantValue(node);
  if (value === void 0 || typeof value === "object")
    return null;
  return { text: String(value), constant: true, dynamic: [] };
}
function foldBinary(node, resolve13, depth) {
  const operator = node.childForFieldName("operator")?.type;
  const left = node.childForFieldName("left");
  const right = node.childForFieldName("right");
  if (!left || !right)
    return null;
  if (operator === "+") {
    const leftShape = foldString(left, resolve13, depth + 1);
    const rightShape = foldString(right, resolve13, depth + 1);
    if (!leftShape && !rightShape)
      return null;
    return join2([leftShape ?? opaque(left), rightShape ?? opaque(right)]);
  }
  if (operator === "%") {
    const template = foldString(left, resolve13, depth + 1);
    if (!template)
      return null;
    const args = right.type === "tuple" || right.type === "parenthesized_expression" ? right.namedChildren : [right];
    return substitute(template, /%(?:\([^)]*\))?[-#0 +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[sdrifeEgGxXocab%]/g, args, resolve13, depth, "%%");
  }
  return null;
}
function foldStringMethod(node, resolve13, depth) {
  const callee = node.childForFieldName("function");
  if (callee?.type !== "attribute")
    return null;
  const method = callee.childForFieldName("attribute")?.text;
  const receiver = callee.childForFieldName("object");
  const args = node.childForFieldName("arguments")?.namedChildren ?? [];
  if (!receiver)
    return null;
  if (method === "format") {
    const template = foldString(receiver, resolve13, depth + 1);
    if (!template)
      return null;
    return substitute(template, /\{[^{}]*\}/g, args.map((arg) => arg.type === "keyword_argument" ? arg.childForFieldName("value") ?? arg : arg), resolve13, depth, null);
  }
  if (method === "join") {
    const separator = foldString(receiver, resolve13, depth + 1);
    const iterable = args[0];
    if (!separator || !iterable)
      return null;
    if (iterable.type === "list" || iterable.type === "tuple") {
      const items = iterable.namedChildren.map((item) => foldString(item, resolve13, depth + 1) ?? opaque(item));
      const pieces = [];
      items.forEach((item, index) => {
        if (index > 0)
          pieces.push(separator);
        pieces.push(item);
      });
      return join2(pieces);
    }
    return join2([opaque(iterable)]);
  }
  if (["strip", "lstrip", "rstrip", "lower", "upper", "replace", "encode", "decode"].includes(method ?? "")) {
    const base = foldString(receiver, resolve13, depth + 1);
    if (!base)
      return null;
    const extra = args.map((arg) => foldString(arg, resolve13, depth + 1) ?? opaque(arg));
    return { text: base.text, constant: base.constant && extra.every((part) => part.constant), dynamic: [...base.dynamic, ...extra.flatMap((part) => part.dynamic)] };
  }
  return null;
}
function substitute(template, placeholder, args, resolve13, depth, literalEscape) {
  const argShapes = args.map((arg) => foldString(arg, resolve13, depth + 1) ?? numberShape(arg) ?? opaque(arg));
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
function constantValue(node, resolve13, depth = 0) {
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
      const shape = foldString(node, resolve13, depth + 1);
      return shape?.constant ? shape.text : void 0;
    }
    case "parenthesized_expression": {
      const inner = node.firstNamedChild;
      return inner ? constantValue(inner, resolve13, depth + 1) : void 0;
    }
    case "unary_operator": {
      const operand = node.childForFieldName("argument");
      const value = operand ? constantValue(operand, resolve13, depth + 1) : void 0;
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
      const a = constantValue(left, resolve13, depth + 1);
      const b = constantValue(right, resolve13, depth + 1);
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
      const shape = foldString(node, resolve13, depth + 1);
      return shape?.constant ? shape.text : void 0;
    }
    case "tuple":
    case "list": {
      const values = node.namedChildren.map((item) => constantValue(item, resolve13, depth + 1));
      return values.every((value) => value !== void 0) ? values : void 0;
    }
    case "identifier": {
      const values = resolve13?.(node);
      if (!values || values.length !== 1)
        return void 0;
      return constantValue(values[0], resolve13, depth + 1);
    }
    case "call": {
      const shape = foldString(node, resolve13, depth + 1);
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

// dist/python/taint.js
function traceValue(node, module2, options = {}) {
  return tracerFor(module2).run(node, options.sink, options.leading === true);
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
function tracerFor(module2) {
  let tracer = tracers.get(module2);
  if (!tracer) {
    tracer = new Tracer(module2);
    tracers.set(module2, tracer);
  }
  return tracer;
}
function step(text, node, note) {
  const compact = text.replace(/\s+/g, " ").replace(/([([{]) /g, "$1").replace(/ ([)\]}])/g, "$1").trim();
  const shown2 = compact.length > 60 ? `${compact.slice(0, 57)}...` : compact;
  return `${shown2} (${note ? `${note}, ` : ""}line ${node.startPosition.row + 1})`;
}
function strongest(traces) {
  let best = CONSTANT;
  for (const trace of traces)
    if (RANK[trace.kind] > RANK[best.kind])
      best = trace;
  return best;
}
function contains2(outer, inner) {
  return inner.startIndex >= outer.startIndex && inner.endIndex <= outer.endIndex;
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
function checkedName(node) {
  if (!node)
    return void 0;
  if (node.type === "identifier")
    return node.text;
  if (node.type === "call") {
    const callee = node.childForFieldName("function");
    if (callee?.type === "attribute" && STRING_METHODS.has(callee.childForFieldName("attribute")?.text ?? ""))
      return checkedName(callee.childForFieldName("object"));
  }
  return void 0;
}
function isNameCheck(node, names2) {
  return !!node && node.type === "identifier" && names2.includes(node.text);
}
function exitsBlock(block) {
  const last = block.lastNamedChild;
  if (!last)
    return false;
  if (["return_statement", "raise_statement", "continue_statement", "break_statement"].includes(last.type))
    return true;
  const call = last.type === "expression_statement" ? last.firstNamedChild : null;
  return call?.type === "call" && /(^|\.)(abort|exit|_exit|fail|skipTest)$/.test(call.childForFieldName("function")?.text ?? "");
}
function rebinds(block, name) {
  return block.namedChildren.some((statement) => {
    const assignment = statement.type === "expression_statement" ? statement.firstNamedChild : null;
    return assignment?.type === "assignment" && assignment.childForFieldName("left")?.text === name;
  });
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
var RANK, REQUEST_ATTRIBUTES, REQUEST_METHODS, ACCESS_METHODS, REQUEST_PROXIES, REQUEST_PARAMETER_NAMES, REQUEST_TYPE, ROUTE_METHODS, VIEW_DECORATORS, STRING_METHODS, PROPAGATORS, UNIVERSAL_SANITISERS, SINK_SANITISERS, ALL_SANITISERS, GUARD_METHODS, GUARD_FUNCTION, MAX_CALL_DEPTH, MAX_DEPTH2, MAX_GUARD_LEVELS, MAX_STEPS, CONSTANT, UNKNOWN, CHECKED, tracers, Tracer, COMPREHENSIONS;
var init_taint = __esm({
  "dist/python/taint.js"() {
    "use strict";
    init_syntax();
    init_scope();
    init_arguments();
    init_literals();
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
      "query"
    ]);
    REQUEST_METHODS = /* @__PURE__ */ new Set(["get_json", "json", "body", "form", "get_data", "read", "readline", "readlines", "stream"]);
    ACCESS_METHODS = /* @__PURE__ */ new Set(["get", "getlist", "getone", "getall", "get_all", "pop", "setdefault", "copy", "dict", "to_dict", "items", "values", "keys", "lists"]);
    REQUEST_PROXIES = /* @__PURE__ */ new Set(["flask.request", "quart.request", "bottle.request", "sanic.request"]);
    REQUEST_PARAMETER_NAMES = /* @__PURE__ */ new Set(["request", "req"]);
    REQUEST_TYPE = /(^|\.)(Http|WSGI|ASGI)?Request$/;
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
      "yarl.URL"
    ]);
    UNIVERSAL_SANITISERS = /* @__PURE__ */ new Set(["int", "float", "bool", "len", "abs", "round", "ord", "hash", "uuid.UUID", "decimal.Decimal", "datetime.date.fromisoformat", "ipaddress.ip_address"]);
    SINK_SANITISERS = {
      shell: ["shlex.quote", "pipes.quote", "shlex.join"],
      html: ["html.escape", "cgi.escape", "markupsafe.escape", "flask.escape", "jinja2.escape", "django.utils.html.escape", "django.utils.html.conditional_escape", "django.utils.html.format_html", "bleach.clean", "urllib.parse.quote", "urllib.parse.urlencode"],
      path: ["os.path.basename", "posixpath.basename", "werkzeug.utils.secure_filename", "werkzeug.secure_filename", "werkzeug.utils.safe_join", "werkzeug.security.safe_join", "flask.safe_join", "flask.helpers.safe_join", "django.utils._os.safe_join", "django.utils.text.get_valid_filename"],
      redirect: ["django.urls.reverse", "flask.url_for", "django.shortcuts.resolve_url", "urllib.parse.quote"],
      url: ["urllib.parse.quote", "urllib.parse.quote_plus", "urllib.parse.urlencode"],
      ldap: ["ldap.filter.escape_filter_chars", "ldap.filter.filter_format", "ldap3.utils.conv.escape_filter_chars", "ldap.dn.escape_dn_chars"],
      sql: ["psycopg2.sql.Identifier", "psycopg2.sql.Literal", "sqlalchemy.sql.expression.bindparam", "sqlalchemy.bindparam"],
      code: ["ast.literal_eval"],
      template: []
    };
    ALL_SANITISERS = new Set(Object.values(SINK_SANITISERS).flat());
    GUARD_METHODS = /* @__PURE__ */ new Set(["isdigit", "isdecimal", "isnumeric", "isalnum", "isalpha", "isidentifier", "startswith", "is_relative_to"]);
    GUARD_FUNCTION = /(^|[._])(is_?safe\w*|\w*allowed\w*|is_?valid\w*|valid(ate)?\w*|\w*whitelist\w*|\w*allowlist\w*|fullmatch|match)$/i;
    MAX_CALL_DEPTH = 2;
    MAX_DEPTH2 = 40;
    MAX_GUARD_LEVELS = 64;
    MAX_STEPS = 2e4;
    CONSTANT = { kind: "constant", flow: [] };
    UNKNOWN = { kind: "unknown", flow: [] };
    CHECKED = { kind: "sanitised", flow: [] };
    tracers = /* @__PURE__ */ new WeakMap();
    Tracer = class {
      module;
      memo = /* @__PURE__ */ new Map();
      roles = /* @__PURE__ */ new Map();
      active = /* @__PURE__ */ new Set();
      frames = [];
      depth = 0;
      steps = 0;
      leading = false;
      constructor(module2) {
        this.module = module2;
      }
      run(node, sink, leading) {
        const saved = this.leading;
        this.leading = leading;
        if (this.depth === 0)
          this.steps = 0;
        try {
          return this.trace(node, sink);
        } finally {
          this.leading = saved;
        }
      }
      trace(node, sink) {
        const key = `${node.id}:${sink ?? ""}:${this.leading ? "leading" : ""}`;
        const cacheable = this.frames.length === 0;
        if (cacheable) {
          const known = this.memo.get(key);
          if (known)
            return known;
        }
        if (++this.steps > MAX_STEPS)
          return UNKNOWN;
        const activeKey = `${key}:${this.frames.length}`;
        if (this.active.has(activeKey) || this.depth > MAX_DEPTH2)
          return CONSTANT;
        this.active.add(activeKey);
        this.depth++;
        let result2;
        try {
          result2 = this.compute(node, sink);
        } finally {
          this.depth--;
          this.active.delete(activeKey);
        }
        if (cacheable)
          this.memo.set(key, result2);
        return result2;
      }
      all(nodes, sink) {
        return strongest(nodes.filter((node) => !!node).map((node) => this.trace(node, sink)));
      }
      compute(node, sink) {
        if (this.leading) {
          const parts = this.leadingParts(node);
          if (parts)
            return this.all(parts, sink);
        }
        switch (node.type) {
          case "string": {
            const fields = node.namedChildren.filter((child) => child.type === "interpolation");
            return this.all(fields.map((field) => field.childForFieldName("expression") ?? field.firstNamedChild), sink);
          }
          case "concatenated_string":
          case "list":
          case "tuple":
          case "set":
          case "expression_list":
          case "dictionary":
          case "pair":
          case "binary_operator":
          case "boolean_operator":
            return this.all(node.namedChildren, sink);
          case "integer":
          case "float":
          case "true":
          case "false":
          case "none":
          case "ellipsis":
          case "comparison_operator":
          case "not_operator":
          case "slice":
          case "lambda":
            return node.type === "lambda" ? UNKNOWN : CONSTANT;
          case "parenthesized_expression":
          case "list_splat":
          case "dictionary_splat":
          case "unary_operator":
            return node.firstNamedChild ? this.trace(node.firstNamedChild, sink) : UNKNOWN;
          case "await":
            return this.directSource(node) ?? (node.firstNamedChild ? this.trace(node.firstNamedChild, sink) : UNKNOWN);
          case "keyword_argument":
          case "named_expression":
            return this.trace(node.childForFieldName("value") ?? node.lastNamedChild, sink);
          case "conditional_expression": {
            const [body, condition, alternative] = node.namedChildren;
            const guarded = condition && this.guards(condition, true);
            const bodyTrace = body ? this.trace(body, sink) : CONSTANT;
            const checked = { kind: "sanitised", flow: [] };
            return strongest([guarded && isNameCheck(body, guarded) && RANK[bodyTrace.kind] > RANK.sanitised ? checked : bodyTrace, alternative ? this.trace(alternative, sink) : CONSTANT]);
          }
          case "list_comprehension":
          case "set_comprehension":
          case "generator_expression":
          case "dictionary_comprehension": {
            const body = node.childForFieldName("body");
            return body ? this.trace(body, sink) : UNKNOWN;
          }
          case "identifier":
            return this.traceName(node, sink);
          case "attribute":
            return this.directSource(node) ?? this.traceAttribute(node, sink);
          case "subscript":
            return this.directSource(node) ?? this.traceSubscript(node, sink);
          case "call":
            return this.directSource(node) ?? this.traceCall(node, sink);
          default:
            return UNKNOWN;
        }
      }
      /**
       * In leading mode, the parts of a string-building expression that decide where it points: those before constant
       * text fixes the destination (`https://host/`, `/path`, a `?` or `#`, a `/` after the first value). [] = constant;
       * undefined = not string building, trace it whole.
       */
      leadingParts(node) {
        if (!["string", "concatenated_string", "binary_operator", "call"].includes(node.type))
          return void 0;
        const shape = foldString(node);
        if (!shape || shape.dynamic.length === 0 && !shape.constant)
          return void 0;
        const segments = shape.text.split(HOLE);
        if (segments.length - 1 !== shape.dynamic.length)
          return void 0;
        const parts = [];
        let text = segments[0];
        for (let index = 0; index < shape.dynamic.length && !fixesDestination(text); index++) {
          parts.push(shape.dynamic[index]);
          text += `${HOLE}${segments[index + 1]}`;
        }
        return parts;
      }
      // --- sources --------------------------------------------------------------------------------------------------
      /** `request.GET["q"]`, `request.args.get("q")`, `await request.json()`, `sys.argv[1]`, `os.environ["X"]`, `input()`. */
      directSource(node) {
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
        const source = (kind, origin) => ({ kind, flow: [step(node.text, node)], ...origin ? { origin } : {} });
        if (inner.type === "attribute") {
          const object = inner.childForFieldName("object");
          const attribute = inner.childForFieldName("attribute")?.text ?? "";
          if (object && REQUEST_ATTRIBUTES.has(attribute) && this.isRequestObject(object, 0)) {
            if (attribute === "environ" || attribute === "META")
              return this.clientSetKey(node, inner) ? source("request") : UNKNOWN;
            return source("request");
          }
          const name = this.module.qualifiedName(inner);
          if (name === "sys.argv")
            return source("user-input", "argv");
          if (name === "os.environ" || name === "os.environb")
            return source("user-input", "environment");
          if (name === "sys.stdin")
            return source("user-input", "stdin");
        }
        if (inner.type === "call") {
          const callee = inner.childForFieldName("function");
          if (callee?.type === "attribute") {
            const method = callee.childForFieldName("attribute")?.text ?? "";
            const object = callee.childForFieldName("object");
            if (REQUEST_METHODS.has(method) && this.isRequestObject(object, 0))
              return source("request");
            if (method === "recv" || method === "recvfrom" || method === "recv_into" || method === "recvmsg")
              return source("user-input", "network");
            if ((method === "read" || method === "readline" || method === "readlines") && this.opensStream(object)) {
              return source("user-input", this.module.qualifiedName(object)?.startsWith("sys.stdin") ? "stdin" : "file");
            }
          }
          const name = this.module.callName(inner);
          if ((name === "input" || name === "raw_input") && this.module.isBuiltin(name))
            return source("user-input", "stdin");
          if (name === "os.getenv" || name === "os.getenvb")
            return source("user-input", "environment");
        }
        return void 0;
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
        return /^HTTP_|^(QUERY_STRING|PATH_INFO|CONTENT_TYPE|CONTENT_LENGTH|REQUEST_URI|RAW_URI)$/.test(name);
      }
      /** A file, URL or stdin stream: `open(p)`, `urlopen(u)`, a name bound to one, `sys.stdin`. */
      opensStream(node) {
        const opener = (expression) => {
          if (expression.type !== "call")
            return false;
          const name = this.module.callName(expression) ?? "";
          return ["open", "io.open", "codecs.open", "urllib.request.urlopen", "urllib2.urlopen", "gzip.open", "bz2.open"].includes(name) || /\.open$/.test(name);
        };
        if (opener(node) || this.module.qualifiedName(node) === "sys.stdin")
          return true;
        if (node.type !== "identifier")
          return false;
        const scope = this.module.scopeOf(node);
        return (scope.bindings.get(node.text) ?? []).some((binding) => binding.value && opener(binding.value));
      }
      isRequestObject(node, depth) {
        if (depth > 4)
          return false;
        if (node.type === "attribute") {
          const object = node.childForFieldName("object");
          return node.childForFieldName("attribute")?.text === "request" && object?.type === "identifier" && object.text === "self";
        }
        if (node.type !== "identifier")
          return false;
        const name = node.text;
        const scope = this.module.scopeOf(node);
        const bindings = scope.bindings.get(name);
        if (!bindings) {
          const imported = this.module.imports.aliases.get(name);
          return !!imported && REQUEST_PROXIES.has(imported);
        }
        for (const binding of scope.reachingBindings(name, node)) {
          if (binding.kind === "parameter") {
            if (this.roleOf(scope.node).requestObjects.has(name))
              return true;
          } else if (binding.value && (binding.kind === "assign" || binding.kind === "walrus") && this.isRequestObject(binding.value, depth + 1)) {
            return true;
          }
        }
        return false;
      }
      roleOf(fn) {
        let role = this.roles.get(fn.id);
        if (role)
          return role;
        role = { requestObjects: /* @__PURE__ */ new Set(), routeParameters: false, decorated: false };
        this.roles.set(fn.id, role);
        if (fn.type !== "function_definition")
          return role;
        const parameters = (fn.childForFieldName("parameters")?.namedChildren ?? []).filter((parameter) => parameterName(parameter));
        const names2 = parameters.map((parameter) => parameterName(parameter).text);
        const isMethod = fn.parent?.type === "block" && fn.parent.parent?.type === "class_definition" || fn.parent?.type === "decorated_definition" && fn.parent.parent?.type === "block" && fn.parent.parent.parent?.type === "class_definition";
        parameters.forEach((parameter, index) => {
          const type = parameter.childForFieldName("type")?.text ?? "";
          if (REQUEST_TYPE.test(type) || REQUEST_PARAMETER_NAMES.has(names2[index]) && !type)
            role.requestObjects.add(names2[index]);
        });
        const first = names2.find((name) => name !== "self" && name !== "cls");
        const viewShaped = !!first && role.requestObjects.has(first);
        role.decorated = isRouteHandler(fn);
        role.routeParameters = role.decorated || viewShaped && !isMethod;
        return role;
      }
      // --- names ----------------------------------------------------------------------------------------------------
      traceName(node, sink) {
        const name = node.text;
        const iterable = comprehensionIterable(node);
        if (iterable) {
          const inner = this.trace(iterable, sink);
          return RANK[inner.kind] <= RANK.sanitised ? inner : { ...inner, flow: [...inner.flow, step(name, node)] };
        }
        let scope = this.module.scopeOf(node);
        let local = true;
        while (scope && !scope.bindings.has(name)) {
          local = false;
          scope = scope.node.id === this.module.root.id ? void 0 : this.module.scopeFor(enclosingFunction(scope.node) ?? this.module.root);
        }
        if (!scope)
          return UNKNOWN;
        const bindings = local ? scope.reachingBindings(name, node) : scope.bindings.get(name);
        const traces = bindings.map((binding) => local && this.checkedAfter(binding, node) ? CHECKED : this.traceBinding(scope, name, binding, sink));
        const result2 = strongest(traces);
        if (RANK[result2.kind] > RANK.sanitised && this.isGuarded(node, bindings))
          return { kind: "sanitised", flow: result2.flow };
        return result2;
      }
      traceBinding(scope, name, binding, sink) {
        if (binding.kind === "parameter")
          return this.traceParameter(scope.node, name, binding, sink);
        if (binding.kind === "except" || binding.kind === "import" || !binding.value)
          return UNKNOWN;
        if (binding.value.type === "function_definition" || binding.value.type === "class_definition")
          return UNKNOWN;
        let value = this.trace(binding.value, sink);
        if (binding.kind === "augment" || binding.kind === "other") {
          const earlier = scope.reachingBindings(name, binding.target).filter((candidate) => candidate !== binding && candidate.at < binding.at);
          value = strongest([value, ...earlier.map((candidate) => this.traceBinding(scope, name, candidate, sink))]);
        }
        if (RANK[value.kind] <= RANK.sanitised)
          return value;
        return { ...value, flow: [...value.flow, step(name, binding.target)] };
      }
      traceParameter(fn, name, binding, sink) {
        const frame = this.frames.find((candidate) => candidate.function.id === fn.id);
        const bound = frame?.parameters.get(name);
        if (bound)
          return bound;
        const parameter = binding.value;
        const defaultValue = parameter?.childForFieldName("value");
        if (frame)
          return defaultValue ? this.trace(defaultValue, sink) : UNKNOWN;
        if (name === "self" || name === "cls")
          return UNKNOWN;
        const role = this.roleOf(fn);
        if (role.requestObjects.has(name))
          return UNKNOWN;
        const type = parameter?.childForFieldName("type")?.text ?? "";
        if (/^(int|float|bool|uuid\.UUID|UUID|datetime|date)$/.test(type))
          return { kind: "sanitised", flow: [] };
        if (defaultValue && /^(\w+\.)?(Depends|Security)\(/.test(defaultValue.text))
          return UNKNOWN;
        if (fn.type === "function_definition" && role.routeParameters) {
          return { kind: "request", ...role.decorated ? {} : { origin: "view-parameter" }, flow: [step(name, binding.target, `parameter of view ${fn.childForFieldName("name")?.text ?? ""}`.trim())] };
        }
        return { kind: "parameter", flow: [step(name, binding.target, "parameter")] };
      }
      // --- attributes, subscripts, calls --------------------------------------------------------------------------
      traceAttribute(node, sink) {
        const object = node.childForFieldName("object");
        if (!object || this.isRequestObject(object, 0))
          return UNKNOWN;
        const inner = this.trace(object, sink);
        if (inner.origin === "view-parameter" && object.type === "identifier")
          return UNKNOWN;
        return RANK[inner.kind] >= RANK.parameter ? inner : inner.kind === "sanitised" ? inner : UNKNOWN;
      }
      traceSubscript(node, sink) {
        const object = node.childForFieldName("value");
        if (!object)
          return UNKNOWN;
        return this.trace(object, sink);
      }
      traceCall(call, sink) {
        const callee = call.childForFieldName("function");
        if (!callee)
          return UNKNOWN;
        const name = this.module.callName(call) ?? "";
        const args = argumentList(call);
        if (this.isSanitiser(name, sink)) {
          return { kind: "sanitised", flow: [step(`${callee.text}()`, call, "sanitised")] };
        }
        if (ALL_SANITISERS.has(name))
          return this.all(args.slice(0, 1), sink);
        const local = this.localFunction(callee);
        if (local)
          return this.traceLocalCall(call, local, args, sink);
        if (PROPAGATORS.has(name)) {
          return this.all(args, sink);
        }
        if (callee.type === "attribute") {
          const method = callee.childForFieldName("attribute")?.text ?? "";
          const receiver = callee.childForFieldName("object");
          if (method === "join" || method === "format" || method === "format_map" || method === "substitute" || method === "safe_substitute") {
            return this.all([receiver, ...args], sink);
          }
          if (method === "replace")
            return this.all([receiver, args[1]], sink);
          if (STRING_METHODS.has(method) || ACCESS_METHODS.has(method)) {
            const inner = this.trace(receiver, sink);
            return RANK[inner.kind] >= RANK.parameter || inner.kind === "sanitised" || inner.kind === "constant" ? inner : UNKNOWN;
          }
        }
        return UNKNOWN;
      }
      isSanitiser(name, sink) {
        if (UNIVERSAL_SANITISERS.has(name) && (!["int", "float", "bool", "len", "abs", "round", "ord", "hash"].includes(name) || this.module.isBuiltin(name)))
          return true;
        if (sink)
          return SINK_SANITISERS[sink].includes(name);
        return ALL_SANITISERS.has(name);
      }
      /** A function defined in this module (`helper(...)`) or a method of the enclosing class (`self.helper(...)`). */
      localFunction(callee) {
        if (callee.type === "identifier") {
          const module2 = this.module.scopeFor(this.module.root);
          const bindings = module2.bindings.get(callee.text);
          const caller = this.module.scopeOf(callee);
          const shadowed = caller.node.type !== "module" && caller.bindings.has(callee.text);
          if (bindings?.length === 1 && bindings[0].value?.type === "function_definition" && !shadowed) {
            return bindings[0].value;
          }
          return void 0;
        }
        if (callee.type === "attribute" && callee.childForFieldName("object")?.text === "self") {
          const method = callee.childForFieldName("attribute")?.text;
          let owner = callee.parent;
          while (owner && owner.type !== "class_definition")
            owner = owner.parent;
          const body = owner?.childForFieldName("body");
          for (const member of body?.namedChildren ?? []) {
            const definition = member.type === "decorated_definition" ? member.childForFieldName("definition") : member;
            if (definition?.type === "function_definition" && definition.childForFieldName("name")?.text === method)
              return definition;
          }
        }
        return void 0;
      }
      /** The returns of a same-module function, its parameters bound to this call's arguments. */
      traceLocalCall(call, fn, args, sink) {
        if (this.frames.length >= MAX_CALL_DEPTH || this.frames.some((frame) => frame.function.id === fn.id))
          return UNKNOWN;
        const parameters = /* @__PURE__ */ new Map();
        const names2 = (fn.childForFieldName("parameters")?.namedChildren ?? []).filter((parameter) => parameter.type !== "list_splat_pattern" && parameter.type !== "dictionary_splat_pattern").map((parameter) => parameterName(parameter)?.text).filter((name) => !!name);
        const positional = names2[0] === "self" || names2[0] === "cls" ? names2.slice(1) : names2;
        let index = 0;
        for (const arg of args) {
          if (arg.type === "keyword_argument") {
            const key = arg.childForFieldName("name")?.text;
            const value = arg.childForFieldName("value");
            if (key && value)
              parameters.set(key, this.trace(value, sink));
          } else if (arg.type !== "list_splat" && arg.type !== "dictionary_splat" && index < positional.length) {
            parameters.set(positional[index++], this.trace(arg, sink));
          }
        }
        const returns = fn.descendantsOfType("return_statement").filter((statement) => enclosingFunction(statement)?.id === fn.id);
        this.frames = [...this.frames, { function: fn, parameters }];
        let result2;
        try {
          result2 = this.all(returns.map((statement) => statement.firstNamedChild), sink);
        } finally {
          this.frames = this.frames.slice(0, -1);
        }
        if (RANK[result2.kind] <= RANK.sanitised)
          return result2;
        const callee = call.childForFieldName("function");
        return { ...result2, flow: [...result2.flow, step(`${callee.text}()`, call)] };
      }
      // --- allow-list checks ---------------------------------------------------------------------------------------
      /** The use sits under `if name in ALLOWED:` / after `if name not in ALLOWED: return`, later than its bindings. */
      isGuarded(use, bindings) {
        const name = use.text;
        const checkedAfterBindings = (check3) => bindings.every((binding) => binding.at < check3.startIndex || contains2(check3, binding.target));
        const fn = enclosingFunction(use);
        let child = use;
        let current = use.parent;
        for (let level = 0; current && current.id !== fn?.id && level < MAX_GUARD_LEVELS; level++) {
          if ((current.type === "if_statement" || current.type === "elif_clause") && current.childForFieldName("consequence") && contains2(current.childForFieldName("consequence"), use)) {
            const checked = this.guards(current.childForFieldName("condition"), true);
            if (checked.includes(name) && checkedAfterBindings(current))
              return true;
          }
          if (current.type === "block" || current.type === "module") {
            for (const statement of current.namedChildren) {
              if (statement.startIndex >= child.startIndex)
                break;
              if (checkedAfterBindings(statement) && this.isExitingCheck(statement, name))
                return true;
            }
          }
          child = current;
          current = current.parent;
        }
        return false;
      }
      /**
       * The binding's value is checked before it reaches the use: a statement after the binding (in its block or an
       * enclosing one) is `if not safe(name): name = default` / `return`. Covers checks nested with the binding.
       */
      checkedAfter(binding, use) {
        if (binding.kind === "parameter")
          return false;
        const name = use.text;
        let level = 0;
        for (let node = binding.target; node && node.type !== "function_definition" && node.type !== "module" && level++ < MAX_GUARD_LEVELS; node = node.parent) {
          if (node.parent?.type !== "block" && node.parent?.type !== "module")
            continue;
          for (let sibling = node.nextNamedSibling; sibling && sibling.startIndex < use.startIndex; sibling = sibling.nextNamedSibling) {
            if (contains2(sibling, use))
              break;
            if (this.isExitingCheck(sibling, name))
              return true;
          }
        }
        return false;
      }
      /** `if not ok(name): return …` or `if name not in ALLOWED: name = DEFAULT`. */
      isExitingCheck(statement, name) {
        if (statement.type !== "if_statement")
          return false;
        const condition = statement.childForFieldName("condition");
        const consequence = statement.childForFieldName("consequence");
        return !!condition && !!consequence && this.guards(condition, false).includes(name) && (exitsBlock(consequence) || rebinds(consequence, name));
      }
      /** Names a condition restricts when it is true (`positive`) or when it is false (`if not ok(x): return`). */
      guards(condition, positive, depth = 0) {
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
            const subject = checkedName(left);
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
            if (callee?.type === "attribute" && GUARD_METHODS.has(callee.childForFieldName("attribute")?.text ?? "")) {
              const subject = checkedName(callee.childForFieldName("object"));
              return subject ? [subject] : [];
            }
            const name = callee ? this.module.qualifiedName(callee) ?? callee.text : "";
            if (!GUARD_FUNCTION.test(name))
              return [];
            return argumentList(condition).map((arg) => checkedName(arg.type === "keyword_argument" ? arg.childForFieldName("value") : arg)).filter((subject) => !!subject);
          }
          default:
            return [];
        }
      }
    };
    COMPREHENSIONS = /* @__PURE__ */ new Set(["list_comprehension", "set_comprehension", "generator_expression", "dictionary_comprehension"]);
  }
});

// dist/rules/code-injection/exec-used.js
var exec_used_default;
var init_exec_used = __esm({
  "dist/rules/code-injection/exec-used.js"() {
    "use strict";
    init_types();
    init_taint();
    exec_used_default = defineRule({
      id: "exec-used",
      aliases: ["B102", "S102", "exec_used"],
      category: "code-injection",
      cwe: 78,
      severity: "medium",
      confidence: "high",
      cost: "fast",
      message: "exec() runs arbitrary Python code",
      fix: "Replace exec() with explicit code: a dispatch table, getattr on a known object, or a real parser.",
      triggers: ["exec"],
      // The builtin's last name, however it is imported.
      callees: ["exec"],
      docs: {
        why: "exec() executes any Python it is given; if any part of the string can be influenced from outside, so can the program.",
        bad: ["def run(code):\n    exec(code)\n"],
        good: ["def run(name):\n    HANDLERS[name]()\n"],
        references: ["https://docs.python.org/3/library/functions.html#exec"]
      },
      create(context) {
        return {
          call(node) {
            const name = context.module.callName(node);
            if (name !== "builtins.exec" && (name !== "exec" || !context.module.isBuiltin("exec")))
              return;
            const code = node.childForFieldName("arguments")?.firstNamedChild;
            if (code && context.module.isConstant(code)) {
              context.report({ node, severity: "low", message: "exec() of a constant string: replace it with the code itself" });
              return;
            }
            context.report({ node, ...requestEvidence(code ?? void 0, node, context.module, "code", "exec() runs code built from request data") });
          }
        };
      }
    });
  }
});

// dist/rules/tables/process-functions.js
var SUBPROCESS_FUNCTIONS, SHELL_FUNCTIONS, NO_SHELL_FUNCTIONS;
var init_process_functions = __esm({
  "dist/rules/tables/process-functions.js"() {
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
      "subprocess.getstatusoutput"
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

// dist/rules/command-injection/shell-truthiness.js
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
  "dist/rules/command-injection/shell-truthiness.js"() {
    "use strict";
    init_arguments();
    SHELL_KEYWORD_NAME = /^shell$/;
  }
});

// dist/rules/command-injection/subprocess-shell-true.js
var subprocess_shell_true_default;
var init_subprocess_shell_true = __esm({
  "dist/rules/command-injection/subprocess-shell-true.js"() {
    "use strict";
    init_types();
    init_arguments();
    init_process_functions();
    init_shell_truthiness();
    init_taint();
    subprocess_shell_true_default = defineRule({
      id: "subprocess-shell-true",
      aliases: ["B602", "S602", "subprocess_popen_with_shell_equals_true"],
      category: "command-injection",
      cwe: 78,
      severity: "high",
      confidence: "high",
      cost: "fast",
      message: "subprocess call with shell=True runs a command built at run time through the shell",
      fix: 'Pass an argument list and drop shell=True (`subprocess.run(["ls", path])`), or quote every value with shlex.quote.',
      options: { functions: SUBPROCESS_FUNCTIONS },
      // A `shell=` keyword argument is needed whatever the function list: rarer than the subprocess names.
      triggers: ["shell"],
      // isShellTrue needs `shell=` passed by name; rarer than the function names, and whatever the options say.
      calleeKeywords: SHELL_KEYWORD_NAME,
      docs: {
        why: "With shell=True the command string is interpreted by /bin/sh: any part that comes from outside the program can add commands of its own (`; rm -rf ~`).",
        bad: ['import subprocess\ndef run(name):\n    subprocess.call("ls " + name, shell=True)\n'],
        good: [
          'import subprocess\ndef run(name):\n    subprocess.call(["ls", name])\n',
          'import subprocess\nsubprocess.call("ls -l | wc -l", shell=True)  # constant command: reported as low severity only\n'
        ],
        references: ["https://docs.python.org/3/library/subprocess.html#security-considerations", "https://cwe.mitre.org/data/definitions/78.html"]
      },
      create(context) {
        const functions = new Set(context.options.functions);
        return {
          call(node) {
            const name = context.module.callName(node);
            if (!name || !functions.has(name) || !isShellTrue(node, context.module))
              return;
            const command = argument(node, "args", 0);
            if (!command)
              return;
            const at = shellArgument(node)?.parent ?? node;
            if (context.module.isConstant(command)) {
              context.report({ node: at, severity: "low", confidence: "high", message: "subprocess call with shell=True and a constant command: safe now, but the shell is one edit away from injection" });
              return;
            }
            context.report({ node: at, ...requestEvidence(command, node, context.module, "shell", "subprocess call with shell=True runs a command built from request data") });
          }
        };
      }
    });
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
    table.aliases.set(alias, qualified);
}
function joinModule(module2, name) {
  return module2.endsWith(".") ? module2 + name : `${module2}.${name}`;
}
function record(table, node, entries) {
  table.statements.push({ node, names: entries });
  for (const entry of entries)
    table.names.push(entry.qualified);
}
var IMPORT_KEYWORD, IMPORT_STATEMENTS;
var init_imports = __esm({
  "dist/python/imports.js"() {
    "use strict";
    init_syntax();
    IMPORT_KEYWORD = /\bimport\b/g;
    IMPORT_STATEMENTS = /* @__PURE__ */ new Set(["import_statement", "import_from_statement"]);
  }
});

// dist/rules/sql-injection/sql-shape.js
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
  "dist/rules/sql-injection/sql-shape.js"() {
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

// dist/rules/sql-injection/sql-sinks.js
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
  "dist/rules/sql-injection/sql-sinks.js"() {
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
      ["mogrify", "query"]
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
function builtMessage(verdict) {
  const statement = verdict.shape.statement.toUpperCase();
  return verdict.position === "identifier" ? `${statement} query with table or column names formatted in: check them against an allow-list` : `${statement} query built by string formatting: values formatted into SQL can change the statement`;
}
function reportSink(context, call, query) {
  const verdict = sqlInjectionVerdict(query, context.module);
  if (!verdict)
    return;
  const statement = verdict.shape.statement.toUpperCase();
  const flow = queryFlow(query, context.module, call);
  if (verdict.position === "identifier") {
    const message2 = `${statement} query executed with table or column names formatted in${verdict.placeholders ? " (values are bound)" : ""}: check the names against an allow-list`;
    context.report({ node: call, severity: "medium", confidence: "medium", flow, message: message2, ...requestEvidence(query, call, context.module, "sql", message2) });
    return;
  }
  const message = `SQL injection: ${statement} query executed with run-time values formatted into it (${describeParts(verdict.parts)}); pass them as parameters`;
  const fromOutside = verdict.parts.some((part) => ["request", "user-input", "parameter"].includes(traceValue(part, context.module).kind));
  context.report({ node: call, severity: "high", confidence: fromOutside ? "medium" : "low", flow, message, ...requestEvidence(query, call, context.module, "sql", message) });
}
function describeParts(parts) {
  const names2 = [...new Set(parts.map((part) => part.text.replace(/\s+/g, " ")))].slice(0, 3).map((text) => text.length > 30 ? `${text.slice(0, 27)}...` : text);
  return names2.join(", ") || "run-time value";
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
var BUILD_METHODS, SQL_WORD, LETTER_ESCAPE, SQL_HINT, sql_injection_default;
var init_sql_injection = __esm({
  "dist/rules/sql-injection/sql-injection.js"() {
    "use strict";
    init_types();
    init_syntax();
    init_sql_sinks();
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
      triggers: [SQL_WORD, LETTER_ESCAPE],
      // Calls that build a string (`.format()`, `.join()`, `.replace()`) or run SQL.
      callees: [...BUILD_METHODS, ...SINK_LAST_NAMES],
      message: "SQL query built by string formatting: values formatted into SQL can change the statement",
      fix: 'Pass values as query parameters (`cursor.execute("SELECT \u2026 WHERE id = %s", (user_id,))`, `text("\u2026 :id")`); check table and column names against an allow-list.',
      docs: {
        why: "A value formatted into SQL text is parsed as SQL: a name like `x' OR '1'='1` or `1; DROP TABLE users` rewrites the query. A query with run-time values that reaches execute()/executemany(), Django raw()/RawSQL or SQLAlchemy text() is reported as high severity (blocking); a SQL string built the same way that is not seen reaching a sink is medium severity, low confidence, as in Bandit. When only table or column names are formatted in (identifiers cannot be bound as parameters) the finding stays medium. Prose that merely contains \"select \u2026 from\" or \"deleted from\" is not SQL and is not reported, and numbers, generated placeholder lists and quoting functions are harmless parts. Fragments passed to QuerySet.extra() and RawSQL() are also checked by django-extra and django-rawsql.",
        bad: [
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
          context.report({ node, message: builtMessage(verdict) });
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
        why: "exec_command() sends the string to the SSH server, which runs it with the remote user's shell: run-time parts can add commands of their own. A constant command is reported as low severity (Bandit reports every call as medium).",
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
              context.report({ node, severity: "low", message: "paramiko exec_command() with a constant command: safe now, but it runs through the remote shell" });
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

// dist/rules/command-injection/process-arguments.js
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
var TRUSTED_PROGRAMS, SUBPROCESS, SHELL;
var init_process_arguments = __esm({
  "dist/rules/command-injection/process-arguments.js"() {
    "use strict";
    init_arguments();
    init_process_functions();
    init_shell_truthiness();
    TRUSTED_PROGRAMS = /* @__PURE__ */ new Set(["sys.executable"]);
    SUBPROCESS = new Set(SUBPROCESS_FUNCTIONS);
    SHELL = new Set(SHELL_FUNCTIONS);
  }
});

// dist/rules/name-triggers.js
function nameTrigger(qualified) {
  const segments = qualified.replace(/\(\)/g, "").split(".").filter(Boolean);
  return [.../* @__PURE__ */ new Set([segments[0], segments[segments.length - 1]])];
}
function listedCalls(...optionNames) {
  const names2 = (options) => optionNames.flatMap((name) => options[name] ?? []);
  return { triggers: (options) => names2(options).map(nameTrigger), callees: (options) => names2(options).map(lastName) };
}
var init_name_triggers = __esm({
  "dist/rules/name-triggers.js"() {
    "use strict";
    init_imports();
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
      options: { subprocess: SUBPROCESS_FUNCTIONS, shell: SHELL_FUNCTIONS, no_shell: NO_SHELL_FUNCTIONS },
      ...listedCalls("subprocess", "shell", "no_shell"),
      docs: {
        why: "A program given by name is found through PATH at run time; whoever controls PATH (or the working directory on Windows) chooses what actually runs.",
        bad: ['import subprocess\nsubprocess.run(["git", "status"])\n'],
        good: ['import subprocess\nsubprocess.run(["/usr/bin/git", "status"])\n'],
        references: ["https://docs.python.org/3/library/shutil.html#shutil.which"]
      },
      create(context) {
        const functions = new Set(["subprocess", "shell", "no_shell"].flatMap((name) => context.options[name]));
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
var start_process_with_shell_default;
var init_start_process_with_shell = __esm({
  "dist/rules/command-injection/start-process-with-shell.js"() {
    "use strict";
    init_name_triggers();
    init_types();
    init_arguments();
    init_process_functions();
    init_taint();
    start_process_with_shell_default = defineRule({
      id: "start-process-with-shell",
      aliases: ["B605", "S605", "start_process_with_a_shell"],
      category: "command-injection",
      cwe: 78,
      severity: "high",
      confidence: "high",
      cost: "fast",
      message: "command built at run time runs through the shell (os.system/os.popen and friends)",
      fix: "Use subprocess.run() with an argument list (no shell), or quote every run-time value with shlex.quote().",
      options: { functions: SHELL_FUNCTIONS },
      ...listedCalls("functions"),
      docs: {
        why: "os.system(), os.popen() and the commands/popen2 helpers always hand their string to /bin/sh: a run-time part such as a file name `x; rm -rf ~` adds commands of its own. A constant command is reported as low severity (safe now, one edit away from injection).",
        bad: ['import os\ndef show(path):\n    os.system("cat " + path)\n'],
        good: [
          'import subprocess\ndef show(path):\n    subprocess.run(["cat", "--", path], check=True)\n',
          'import os\nos.system("clear")  # constant command: low severity only\n'
        ],
        references: ["https://docs.python.org/3/library/os.html#os.system", "https://cwe.mitre.org/data/definitions/78.html"]
      },
      create(context) {
        const functions = new Set(context.options.functions);
        return {
          call(node) {
            const name = context.module.callName(node);
            if (!name || !functions.has(name))
              return;
            const command = argument(node, "cmd", 0) ?? argument(node, "command", null);
            if (!command)
              return;
            if (context.module.isConstant(command)) {
              context.report({ node, severity: "low", message: `${name}() runs a constant command through the shell: safe now, but one edit away from injection` });
              return;
            }
            const message = `${name}() runs a command built at run time through the shell`;
            context.report({ node, message, ...requestEvidence(command, node, context.module, "shell", `${name}() runs a command built from request data through the shell`) });
          }
        };
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
        why: "These functions start a program without a shell, so metacharacters are harmless, but a run-time program path or file (os.startfile opens anything with its associated application) still decides what runs. Calls whose arguments are all fixed are not reported.",
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
            if (args.length > 0 && args.every((arg) => arg.type !== "list_splat" && isFixedCommand(arg, context.module)))
              return;
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
        why: 'Without a shell there is no command injection through metacharacters, but a run-time program name or an argument that starts with `-` can still make the program do something else. Fixed argument lists (literals, `sys.executable`, `shlex.split("literal")`) are not reported.',
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
            if (command && isFixedCommand(command, context.module))
              return;
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
      triggers: (options) => [...(options.shell ?? []).map(nameTrigger), "shell"],
      callees: (options) => [...options.shell ?? [], ...options.subprocess ?? []].map(lastName),
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

// dist/rules/deserialization/torch-load.js
var LOADERS, torch_load_default;
var init_torch_load = __esm({
  "dist/rules/deserialization/torch-load.js"() {
    "use strict";
    init_types();
    init_name_triggers();
    init_arguments();
    LOADERS = /* @__PURE__ */ new Set(["torch.load", "torch.serialization.load"]);
    torch_load_default = defineRule({
      id: "torch-load",
      aliases: ["B614", "pytorch_load"],
      category: "deserialization",
      cwe: 502,
      severity: "medium",
      confidence: "high",
      cost: "fast",
      message: "torch.load() without weights_only=True unpickles the file: a malicious checkpoint runs code",
      fix: "Pass weights_only=True (and load the state dict into a model you construct), or use safetensors.",
      triggers: ["torch"],
      callees: [...LOADERS].map(lastName),
      docs: {
        why: "torch.load() is pickle underneath; a checkpoint from an untrusted source can execute arbitrary code while loading. weights_only=True restricts unpickling to tensors and plain containers.",
        bad: ['import torch\nmodel = torch.load("model.pt")\n'],
        good: ['import torch\nstate = torch.load("model.pt", weights_only=True)\n'],
        references: ["https://pytorch.org/docs/stable/generated/torch.load.html", "https://cwe.mitre.org/data/definitions/502.html"]
      },
      create(context) {
        if (!context.module.importsModule("torch"))
          return {};
        return {
          call(node) {
            const name = context.module.callName(node);
            if (!name || !LOADERS.has(name))
              return;
            const weightsOnly = keywordArgument(node, "weights_only");
            if (weightsOnly && context.module.constant(weightsOnly) === true)
              return;
            context.report({ node, message: weightsOnly ? "torch.load() with weights_only disabled unpickles the file: a malicious checkpoint runs code" : void 0 });
          }
        };
      }
    });
  }
});

// dist/rules/exception-handling/except-clauses.js
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
var BROAD;
var init_except_clauses = __esm({
  "dist/rules/exception-handling/except-clauses.js"() {
    "use strict";
    BROAD = /* @__PURE__ */ new Set(["Exception", "BaseException", "builtins.Exception", "builtins.BaseException"]);
  }
});

// dist/rules/exception-handling/try-except-continue.js
var try_except_continue_default;
var init_try_except_continue = __esm({
  "dist/rules/exception-handling/try-except-continue.js"() {
    "use strict";
    init_types();
    init_except_clauses();
    try_except_continue_default = defineRule({
      id: "try-except-continue",
      aliases: ["B112", "S112", "try_except_continue"],
      category: "exception-handling",
      cwe: 703,
      severity: "low",
      confidence: "high",
      cost: "fast",
      message: "exception swallowed in a loop: `except` with only `continue` skips every error without a trace",
      fix: "Catch the specific exception you expect, log it, or use contextlib.suppress(SpecificError) to say it is intended.",
      options: { check_typed_exception: false },
      triggers: ["continue"],
      docs: {
        why: "A broad `except: continue` in a loop skips any failing item \u2014 a record that failed validation, a file that could not be checked \u2014 and leaves no trace to investigate. Handlers for a specific exception type are not reported unless the check_typed_exception option is on.",
        bad: ["for item in items:\n    try:\n        check(item)\n    except Exception:\n        continue\n"],
        good: [
          "for item in items:\n    try:\n        check(item)\n    except ValueError:\n        continue\n",
          'import logging\nfor item in items:\n    try:\n        check(item)\n    except Exception:\n        logging.exception("skipping %s", item)\n        continue\n'
        ],
        references: ["https://cwe.mitre.org/data/definitions/703.html", "https://docs.python.org/3/library/contextlib.html#contextlib.suppress"]
      },
      create(context) {
        const checkTyped = context.options.check_typed_exception === true;
        const handle = (node) => {
          if (soleStatement(node)?.type !== "continue_statement")
            return;
          if (!checkTyped && !catchesEverything(node, context.module))
            return;
          context.report({ node });
        };
        return { except_clause: handle, except_group_clause: handle };
      }
    });
  }
});

// dist/rules/exception-handling/try-except-pass.js
var try_except_pass_default;
var init_try_except_pass = __esm({
  "dist/rules/exception-handling/try-except-pass.js"() {
    "use strict";
    init_types();
    init_except_clauses();
    try_except_pass_default = defineRule({
      id: "try-except-pass",
      aliases: ["B110", "S110", "try_except_pass"],
      category: "exception-handling",
      cwe: 703,
      severity: "low",
      confidence: "high",
      cost: "fast",
      message: "exception swallowed: `except` with only `pass` hides every error, including security failures",
      fix: "Catch the specific exception you expect, log it, or use contextlib.suppress(SpecificError) to say it is intended.",
      options: { check_typed_exception: false },
      triggers: ["pass"],
      docs: {
        why: "A broad `except: pass` silently continues after any failure \u2014 a failed permission check, a broken signature verification, an interrupted write \u2014 and leaves no trace to investigate. Handlers for a specific exception type are not reported unless the check_typed_exception option is on.",
        bad: ["try:\n    verify(token)\nexcept Exception:\n    pass\n", "try:\n    cleanup()\nexcept:\n    pass\n"],
        good: [
          "try:\n    os.remove(path)\nexcept FileNotFoundError:\n    pass\n",
          'import logging\ntry:\n    verify(token)\nexcept Exception:\n    logging.exception("verification failed")\n    raise\n'
        ],
        references: ["https://cwe.mitre.org/data/definitions/703.html", "https://docs.python.org/3/library/contextlib.html#contextlib.suppress"]
      },
      create(context) {
        const checkTyped = context.options.check_typed_exception === true;
        const handle = (node) => {
          if (soleStatement(node)?.type !== "pass_statement")
            return;
          if (!checkTyped && !catchesEverything(node, context.module))
            return;
          context.report({ node });
        };
        return { except_clause: handle, except_group_clause: handle };
      }
    });
  }
});

// dist/rules/hardcoded-secret/password-names.js
function nameWords(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2").split(/[^A-Za-z0-9]+/).filter(Boolean).map((word) => word.toLowerCase());
}
function isPasswordName(name) {
  return PASSWORD_HINT.test(name) && nameWords(name).some((word) => SECRET_WORD.test(word));
}
function isDescribingName(name) {
  return nameWords(name).some((word) => DESCRIBING_WORDS.has(word));
}
function notASecret(name, value) {
  const text = value.trim();
  if (text === "")
    return "empty";
  if (PLACEHOLDER2.test(text) || /^(?:none|null|nil|undefined|true|false)$/i.test(text))
    return "placeholder";
  if (/\[[^\]]+\][*+?{]|\\[dwsS]|^\^.*\$$/.test(text))
    return "pattern";
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^\.{0,2}\//.test(text))
    return "URL or path";
  if (/\s/.test(text) && !nameWords(name).includes("passphrase"))
    return "message";
  const words2 = nameWords(text);
  if (/^[A-Za-z][\w.-]*$/.test(text) && words2.every((word) => /^[a-z]+$/.test(word))) {
    if (words2.some((word) => SECRET_WORD.test(word)))
      return "label";
    if (nameWords(name).join("_") === words2.join("_"))
      return "label";
  }
  if (isDescribingName(name))
    return "describing name";
  return void 0;
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
var SECRET_WORD, PASSWORD_HINT, DESCRIBING_WORDS, PLACEHOLDER2;
var init_password_names = __esm({
  "dist/rules/hardcoded-secret/password-names.js"() {
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
    PLACEHOLDER2 = /^(?:<[^<>]*>|\$\{[^}]*\}|\$[A-Z_][A-Z0-9_]*|\{\{?[^{}]*\}?\}|%\(\w+\)s|%s|\[[^\]]*\]|(.)\1*)$/;
  }
});

// dist/rules/hardcoded-secret/secret-literals.js
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
  "dist/rules/hardcoded-secret/secret-literals.js"() {
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
        const check3 = (parameter) => {
          const name = parameter.childForFieldName("name")?.text;
          const value = parameter.childForFieldName("value");
          if (!name || !value || !isPasswordName(name))
            return;
          const text = literalString(value);
          if (text === void 0 || notASecret(name, text))
            return;
          context.report({ node: parameter, message: `hard-coded password or token as the default of '${name}'` });
        };
        return {
          default_parameter(node) {
            if (node.parent?.parent?.type === "function_definition")
              check3(node);
          },
          typed_default_parameter(node) {
            if (node.parent?.parent?.type === "function_definition")
              check3(node);
          }
        };
      }
    });
  }
});

// dist/rules/hardcoded-secret/hardcoded-password-funcarg.js
var hardcoded_password_funcarg_default;
var init_hardcoded_password_funcarg = __esm({
  "dist/rules/hardcoded-secret/hardcoded-password-funcarg.js"() {
    "use strict";
    init_types();
    init_arguments();
    init_password_names();
    init_secret_literals();
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
      triggers: [PASSWORD_HINT],
      calleeKeywords: PASSWORD_HINT,
      docs: {
        why: 'A literal credential passed to a client or connection (`connect(password="s3cret")`) is readable by everyone with the repository. Keywords that describe a secret (`token_type="Bearer"`, `password_field="pw"`), labels, URLs, empty strings and placeholders are not reported.',
        bad: ['import psycopg2\nconn = psycopg2.connect(host="db", user="app", password="s3cr3t-Pa55")\n'],
        good: [
          'import os, psycopg2\nconn = psycopg2.connect(host="db", password=os.environ["DB_PASSWORD"])\n',
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
              if (!name || !value || !isPasswordName(name))
                continue;
              const text = literalString(value);
              if (text === void 0 || notASecret(name, text))
                continue;
              context.report({ node: arg, message: `hard-coded password or token passed as '${name}='` });
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
  if (text === void 0 || excuse(name, text))
    return;
  context.report({ node: value, message: `hard-coded password or token in '${name}'` });
}
var hardcoded_password_string_default;
var init_hardcoded_password_string = __esm({
  "dist/rules/hardcoded-secret/hardcoded-password-string.js"() {
    "use strict";
    init_types();
    init_password_names();
    init_secret_literals();
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
        why: 'A secret in source code is shared with everyone who can read the repository or its history, and cannot be rotated without a release. Field names, labels and messages are not secrets: `token_type = "Bearer"`, `password_field = "password"`, `{"input_token": "NextToken"}`, URLs, empty strings, placeholders (`"<password>"`, `"***"`, `"${TOKEN}"`), validation patterns and prose are not reported; weak real values such as `"changeme"` are. A value that only names the secret (`PASSWORD = "password"`, the way form-field and dict-key constants are written) is read as a label, so that weak password is missed on purpose. In comparisons, capitalised keywords and words under four characters (`token == "COLLATE"`, parser code) are skipped too.',
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
        why: "A world-writable file (o+w) can be replaced or altered by any local user \u2014 a script, a config, a cron job. Modes are evaluated with stat.S_* constants and `|`, `&`, `^` (Bandit reads integer literals only). World-writable is high severity, group-writable medium, and execute bits alone (0o755, the normal mode of programs and directories) low \u2014 Bandit reports all of them as medium.",
        bad: ['import os\nos.chmod("/etc/app/config.ini", 0o777)\n', "import os, stat\nos.chmod(path, stat.S_IRWXU | stat.S_IRWXO)\n"],
        good: ['import os\nos.chmod("/etc/app/secret.key", 0o600)\n', 'import os\nos.chmod("/usr/local/bin/tool", 0o755)  # programs: low severity only\n'],
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
              context.report({ node, severity: "low", message: `chmod makes the file executable by group or others (mode ${octal})` });
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
      options: { tmp_dirs: ["/tmp", "/var/tmp", "/dev/shm"] },
      // Every report is of a string whose source text holds a temp dir. A dir spelled like an identifier (`tmp`) would be
      // matched as a whole word, so it goes in as a pattern, which finds it inside longer words (`mytmp/x`) too.
      triggers: (options) => tmpDirs(options.tmp_dirs).map((dir) => /^[A-Za-z_]\w*$/.test(dir) ? new RegExp(dir) : dir),
      docs: {
        why: 'Every local user can write to /tmp: a fixed name there can be created first as a symlink to a file the program will then overwrite, or read by others. The path must be the directory or below it (`/tmpfoo` is not, unlike Bandit\'s prefix test); checks such as `path.startswith("/tmp")` and arguments of tempfile functions are not reported.',
        bad: ['with open("/tmp/report.csv", "w") as out:\n    out.write(data)\n', 'def cache(name):\n    return f"/var/tmp/cache/{name}"\n'],
        good: ['import tempfile\nwith tempfile.NamedTemporaryFile("w", suffix=".csv") as out:\n    out.write(data)\n', 'def is_temporary(path):\n    return path.startswith("/tmp/")\n'],
        references: ["https://cwe.mitre.org/data/definitions/377.html", "https://docs.python.org/3/library/tempfile.html"]
      },
      create(context) {
        const dirs = tmpDirs(context.options.tmp_dirs);
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

// dist/rules/path-traversal/tarfile-unsafe-members.js
var SAFE_FILTERS, tarfile_unsafe_members_default;
var init_tarfile_unsafe_members = __esm({
  "dist/rules/path-traversal/tarfile-unsafe-members.js"() {
    "use strict";
    init_types();
    init_arguments();
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
        why: 'Tar archives can contain absolute paths, `..` components and links; extractall() writes them where they point (CVE-2007-4559). With members= a vetting function may be in place (medium, or low when it is a call), with filter="data" or "tar" Python itself refuses them.',
        bad: ["import tarfile\ndef unpack(path, dest):\n    with tarfile.open(path) as archive:\n        archive.extractall(dest)\n"],
        good: ['import tarfile\ndef unpack(path, dest):\n    with tarfile.open(path) as archive:\n        archive.extractall(dest, filter="data")\n'],
        references: ["https://docs.python.org/3/library/tarfile.html#tarfile-extraction-filter", "https://peps.python.org/pep-0706/"]
      },
      create(context) {
        const { module: module2 } = context;
        if (!module2.importsModule("tarfile"))
          return {};
        return {
          call(node) {
            const callee = node.childForFieldName("function");
            if (callee?.type !== "attribute" || !callee.childForFieldName("attribute")?.text.includes("extractall"))
              return;
            const name = module2.callName(node) ?? "";
            if (/^(?:zipfile|shutil)\./.test(name))
              return;
            const filter = keywordArgument(node, "filter");
            if (filter) {
              const value = module2.constant(filter);
              if (typeof value === "string" ? SAFE_FILTERS.has(value) : SAFE_FILTERS.has(module2.qualifiedName(filter) ?? ""))
                return;
            }
            const members2 = keywordArgument(node, "members");
            if (!members2) {
              context.report({ node });
            } else if (members2.type === "call") {
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
function isConstantSequence(node, module2) {
  if (module2.isConstant(node))
    return true;
  if (node.type === "identifier") {
    const values = module2.valuesOf(node);
    return !!values && values.length > 0 && values.every((value) => isConstantSequence(value, module2));
  }
  return false;
}
function isConstantMapping(node, module2) {
  if (node.type === "dictionary") {
    return node.namedChildren.every((pair) => {
      if (pair.type !== "pair")
        return false;
      const key = pair.childForFieldName("key");
      const value = pair.childForFieldName("value");
      return !!key && !!value && module2.isConstant(key) && module2.isConstant(value);
    });
  }
  if (node.type === "identifier") {
    const values = module2.valuesOf(node);
    return !!values && values.length > 0 && values.every((value) => isConstantMapping(value, module2));
  }
  return false;
}
var django_extra_default;
var init_django_extra = __esm({
  "dist/rules/sql-injection/django-extra.js"() {
    "use strict";
    init_types();
    init_arguments();
    django_extra_default = defineRule({
      id: "django-extra",
      aliases: ["B610", "S610", "django_extra_used"],
      category: "sql-injection",
      cwe: 89,
      severity: "medium",
      confidence: "medium",
      cost: "fast",
      message: "QuerySet.extra() with SQL built at run time",
      fix: "Use annotate()/filter() with F() and Func() expressions, or keep extra() SQL constant and pass values through params=.",
      triggers: ["extra"],
      callees: ["extra"],
      docs: {
        why: "extra() pastes its select, where and tables strings into the query unescaped; a run-time value in them is SQL injection. Constant SQL (literals, or names bound to literals) with values in params= is safe and not reported.",
        bad: [`def search(qs, name):
    return qs.extra(where=["name = '%s'" % name])
`],
        good: ['def search(qs, name):\n    return qs.extra(where=["name = %s"], params=[name])\n'],
        references: ["https://docs.djangoproject.com/en/stable/ref/models/querysets/#extra"]
      },
      create(context) {
        const { module: module2 } = context;
        return {
          call(node) {
            if (module2.calleeAttribute(node) !== "extra" || node.childForFieldName("function")?.type !== "attribute")
              return;
            const select = argument(node, "select", 0);
            const where = argument(node, "where", 1);
            const tables = argument(node, "tables", 3);
            const orderBy = argument(node, "order_by", 4);
            const dynamic = [where, tables, orderBy].some((value) => value && !isConstantSequence(value, module2)) || select !== void 0 && !isConstantMapping(select, module2);
            if (dynamic)
              context.report({ node });
          }
        };
      }
    });
  }
});

// dist/rules/sql-injection/django-rawsql.js
var django_rawsql_default;
var init_django_rawsql = __esm({
  "dist/rules/sql-injection/django-rawsql.js"() {
    "use strict";
    init_types();
    init_arguments();
    django_rawsql_default = defineRule({
      id: "django-rawsql",
      aliases: ["B611", "S611", "django_rawsql_used"],
      category: "sql-injection",
      cwe: 89,
      severity: "medium",
      confidence: "medium",
      cost: "fast",
      message: "RawSQL() with SQL built at run time",
      fix: 'Keep the RawSQL text constant and pass values through its params argument: `RawSQL("\u2026 WHERE id = %s", (pk,))`.',
      // Not `django.db.models`: `from django.db import models` imports it without writing that text.
      triggers: ["RawSQL"],
      // The call handler reports only `RawSQL(…)` / `….RawSQL(…)` (calleeAttribute).
      callees: ["RawSQL"],
      docs: {
        why: "RawSQL inserts its text into the query as-is; a run-time part in it is SQL injection. Constant SQL (also through a variable bound to a literal) with params is not reported.",
        bad: ['from django.db.models.expressions import RawSQL\ndef rank(qs, column):\n    return qs.annotate(r=RawSQL("SELECT " + column + " FROM t", ()))\n'],
        good: ['from django.db.models.expressions import RawSQL\ndef rank(qs, pk):\n    return qs.annotate(r=RawSQL("SELECT rank FROM t WHERE id = %s", (pk,)))\n'],
        references: ["https://docs.djangoproject.com/en/stable/ref/models/expressions/#raw-sql-expressions"]
      },
      create(context) {
        const { module: module2 } = context;
        if (!module2.importsLike("django.db.models"))
          return {};
        return {
          call(node) {
            const name = module2.callName(node);
            if (name !== "RawSQL" && !name?.endsWith(".RawSQL"))
              return;
            const sql = argument(node, "sql", 0);
            if (sql && !module2.isConstant(sql))
              context.report({ node });
          }
        };
      }
    });
  }
});

// dist/rules/xss/html-escaping.js
function isSafeHtml(node, module2, allowed) {
  if (module2.isConstant(node))
    return true;
  if (node.type === "call")
    return allowed.has(module2.callName(node) ?? "");
  const folded = module2.fold(node);
  if (!folded)
    return false;
  return folded.dynamic.every((part) => {
    if (part.type === "integer" || part.type === "float")
      return true;
    return part.type === "call" && allowed.has(module2.callName(part) ?? "");
  });
}
var ESCAPING_FUNCTIONS;
var init_html_escaping = __esm({
  "dist/rules/xss/html-escaping.js"() {
    "use strict";
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
            if (segments[0] !== "django" || !SAFE_MARKERS.has(segments[segments.length - 1]))
              return;
            const value = argument(node, "s", 0);
            if (!value || isSafeHtml(value, module2, escaping))
              return;
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
function lastSegment(name) {
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
      options: { extend_markup_names: [], allowed_calls: [] },
      // The last segment of a Markup class's name; a subclass defined in the file names its Markup base.
      triggers: (options) => [.../* @__PURE__ */ new Set(["Markup", ...(options.extend_markup_names ?? []).map(lastSegment)])],
      docs: {
        why: "markupsafe.Markup (also flask.Markup) marks its argument as safe HTML; text from a user inside it reaches the page as markup and script. Markup(constant).format(...) and Markup % (...) escape their arguments and are fine. Classes of the module that extend Markup are checked too. Options: extend_markup_names (other Markup-like classes), allowed_calls (sanitisers whose result may be wrapped, e.g. bleach.clean).",
        bad: ['from markupsafe import Markup\ndef greet(name):\n    return Markup(f"<b>{name}</b>")\n'],
        good: ['from markupsafe import Markup\ndef greet(name):\n    return Markup("<b>{}</b>").format(name)\n', "from markupsafe import Markup, escape\ndef greet(name):\n    return Markup(escape(name))\n"],
        references: ["https://markupsafe.palletsprojects.com/en/stable/escaping/#markupsafe.Markup", "https://cwe.mitre.org/data/definitions/79.html"]
      },
      create(context) {
        const { module: module2 } = context;
        const markupNames = /* @__PURE__ */ new Set(["markupsafe.Markup", "flask.Markup", ...context.options.extend_markup_names]);
        const allowed = /* @__PURE__ */ new Set([...ESCAPING_FUNCTIONS, ...context.options.allowed_calls]);
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
            if (!first || isSafeHtml(first, module2, allowed))
              return;
            context.report({ node, message: `${name}() on a value built at run time: it is inserted into HTML without escaping` });
          }
        };
      }
    });
  }
});

// dist/rules/deserialization/unsafe-yaml-load.js
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
  const names2 = /* @__PURE__ */ new Set();
  for (let child of module2.root.namedChildren) {
    if (child.type === "decorated_definition")
      child = child.childForFieldName("definition") ?? child;
    if (child.type !== "class_definition")
      continue;
    const bases = child.childForFieldName("superclasses")?.namedChildren ?? [];
    const safe = bases.some((base) => {
      const name = module2.qualifiedName(base);
      return name !== void 0 && SAFE_LOADERS.has(name.split(".").pop()) || names2.has(base.text);
    });
    const className = child.childForFieldName("name")?.text;
    if (safe && className)
      names2.add(className);
  }
  return names2;
}
var SAFE_LOADERS, LOADS, ALWAYS_UNSAFE, unsafe_yaml_load_default;
var init_unsafe_yaml_load = __esm({
  "dist/rules/deserialization/unsafe-yaml-load.js"() {
    "use strict";
    init_types();
    init_name_triggers();
    init_arguments();
    SAFE_LOADERS = /* @__PURE__ */ new Set(["SafeLoader", "CSafeLoader", "BaseLoader", "CBaseLoader"]);
    LOADS = /* @__PURE__ */ new Set(["yaml.load", "yaml.load_all", "ruamel.yaml.load", "ruamel.yaml.load_all"]);
    ALWAYS_UNSAFE = /* @__PURE__ */ new Set(["yaml.unsafe_load", "yaml.unsafe_load_all"]);
    unsafe_yaml_load_default = defineRule({
      id: "unsafe-yaml-load",
      aliases: ["B506", "S506", "yaml_load"],
      category: "deserialization",
      cwe: 20,
      severity: "medium",
      confidence: "high",
      cost: "fast",
      message: "yaml.load() without a safe Loader can instantiate arbitrary Python objects",
      fix: "Use yaml.safe_load(data), or yaml.load(data, Loader=yaml.SafeLoader) (CSafeLoader for speed).",
      // Every name reported (LOADS, ALWAYS_UNSAFE, ruamel's included) has a `yaml` segment.
      triggers: ["yaml"],
      callees: [...LOADS, ...ALWAYS_UNSAFE].map(lastName),
      docs: {
        why: "PyYAML's full and unsafe loaders honour tags such as `!!python/object/apply:os.system`, so loading an attacker's document runs their code. SafeLoader only builds dicts, lists, strings and numbers.",
        bad: [
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
      },
      create(context) {
        if (!context.module.importsModule("yaml") && !context.module.importsModule("ruamel"))
          return {};
        const module2 = context.module;
        const safeClasses = safeLoaderSubclasses(module2);
        return {
          call(node) {
            const name = module2.callName(node);
            if (name === void 0)
              return;
            if (ALWAYS_UNSAFE.has(name)) {
              context.report({ node, message: `${name}() instantiates arbitrary Python objects` });
              return;
            }
            if (!LOADS.has(name))
              return;
            const loader = argument(node, "Loader", 1);
            if (loader && isSafeLoader(loader, module2, safeClasses, 0))
              return;
            context.report({ node });
          }
        };
      }
    });
  }
});

// dist/rules/insecure-transport/requests-verify-false.js
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
var VERBS2, CLIENT_CONSTRUCTORS, CLIENT_OBJECTS, requests_verify_false_default;
var init_requests_verify_false = __esm({
  "dist/rules/insecure-transport/requests-verify-false.js"() {
    "use strict";
    init_types();
    init_arguments();
    VERBS2 = /* @__PURE__ */ new Set(["get", "options", "head", "post", "put", "patch", "delete", "request", "stream", "send"]);
    CLIENT_CONSTRUCTORS = /* @__PURE__ */ new Set(["httpx.Client", "httpx.AsyncClient"]);
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
      triggers: ["verify"],
      calleeKeywords: /^verify$/,
      docs: {
        why: "Without certificate verification HTTPS still encrypts, but to whoever answers: a man in the middle presents any certificate and reads or changes the traffic, credentials included.",
        bad: [
          'import requests\nrequests.get("https://api.example", verify=False)\n',
          "import requests\nsession = requests.Session()\nsession.post(url, data=body, verify=False)\n",
          "import httpx\nclient = httpx.Client(verify=False)\n"
        ],
        good: [
          'import requests\nrequests.get("https://api.example", verify="/etc/ssl/private-ca.pem", timeout=10)\n',
          'import requests\nrequests.get("https://api.example", verify=True, timeout=10)\n'
        ],
        references: ["https://requests.readthedocs.io/en/latest/user/advanced/#ssl-cert-verification", "https://cwe.mitre.org/data/definitions/295.html"]
      },
      create(context) {
        const isFalse2 = (node) => {
          const value = node ? context.module.constant(node) : void 0;
          return value === false || value === 0;
        };
        return {
          call(node) {
            const keyword = keywordArgumentNode(node, "verify");
            if (!keyword || !isFalse2(keyword.childForFieldName("value")))
              return;
            const confidence = clientCall(context.module.callName(node), node.childForFieldName("function"));
            if (confidence)
              context.report({ node: keyword, confidence });
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

// dist/rules/insecure-transport/ssl-protocol-versions.js
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
  "dist/rules/insecure-transport/ssl-protocol-versions.js"() {
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
        const check3 = (definition) => {
          for (const parameter of definition?.childForFieldName("parameters")?.namedChildren ?? []) {
            if (!DEFAULTED.has(parameter.type))
              continue;
            const value = parameter.childForFieldName("value");
            const name = protocolName(value ?? void 0);
            if (value && name && bad.has(name))
              context.report({ node: value, message: `function defaults to the broken protocol ${name}` });
          }
        };
        return { function_definition: check3 };
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
      triggers: [...[...UNVERIFIED].map(lastName), "CERT_NONE"],
      // The call handler reports only the unverified factories and ssl.wrap_socket().
      callees: [...[...UNVERIFIED].map(lastName), "wrap_socket"],
      docs: {
        // Installing it as the process-wide default (`ssl._create_default_https_context = …`) is ssl-default-context-unverified.
        why: "An unverified context does not check the certificate chain or the host name, so a man in the middle can read and alter the traffic; `verify_mode = ssl.CERT_NONE` and `cert_reqs=ssl.CERT_NONE` do the same to a context or socket.",
        bad: [
          "import ssl, urllib.request\nurllib.request.urlopen(url, context=ssl._create_unverified_context())\n",
          "import ssl\ncontext = ssl.create_default_context()\ncontext.check_hostname = False\ncontext.verify_mode = ssl.CERT_NONE\n"
        ],
        good: ['import ssl\ncontext = ssl.create_default_context(cafile="/etc/ssl/private-ca.pem")\n'],
        references: ["https://peps.python.org/pep-0476/", "https://cwe.mitre.org/data/definitions/295.html"]
      },
      create(context) {
        if (!context.module.importsModule("ssl"))
          return {};
        const module2 = context.module;
        const isCertNone = (node) => !!node && module2.qualifiedName(node) === "ssl.CERT_NONE";
        return {
          call(node) {
            const name = module2.callName(node);
            if (name !== void 0 && UNVERIFIED.has(name)) {
              context.report({ node, message: `${name}() accepts any certificate for any host` });
              return;
            }
            if (name === "ssl.wrap_socket") {
              const keyword = keywordArgumentNode(node, "cert_reqs");
              const value = keyword ? keyword.childForFieldName("value") : argument(node, null, CERT_REQS_POSITION);
              if (isCertNone(value))
                context.report({ node: keyword ?? value, message: "ssl.wrap_socket() with cert_reqs=ssl.CERT_NONE accepts any certificate" });
            }
          },
          // `context.verify_mode = ssl.CERT_NONE`
          assignment(node) {
            const target = node.childForFieldName("left");
            if (target?.type !== "attribute" || target.childForFieldName("attribute")?.text !== "verify_mode")
              return;
            if (isCertNone(node.childForFieldName("right")))
              context.report({ node, message: "verify_mode = ssl.CERT_NONE accepts any certificate" });
          }
        };
      }
    });
  }
});

// dist/rules/weak-crypto/insecure-hashlib.js
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
var WEAK_HASHES, WEAK_CRYPT_METHODS, insecure_hashlib_default, SECURITY_WORDS, NON_SECURITY_WORDS;
var init_insecure_hashlib = __esm({
  "dist/rules/weak-crypto/insecure-hashlib.js"() {
    "use strict";
    init_types();
    init_arguments();
    init_syntax();
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
        why: "Collisions for MD5 and SHA-1 are cheap to compute, so signatures, integrity checks and tokens built on them can be forged; as password hashes they are fast to brute-force. `usedforsecurity=False` (Python 3.9+) documents a non-security use and is accepted. MD5/SHA-1 are also used everywhere for cache keys, ETags and file fingerprints, so the finding is high severity (blocking) only when the statement or the enclosing function names what the hash protects (password, token, signature, secret, HMAC\u2026); otherwise it is reported at medium. Bandit reports every call as high.",
        bad: [
          "import hashlib\ndigest = hashlib.md5(password.encode()).hexdigest()\n",
          'import hashlib\nh = hashlib.new("SHA1")\n',
          "import crypt\nhashed = crypt.crypt(password, crypt.METHOD_MD5)\n"
        ],
        good: [
          "import hashlib\ndigest = hashlib.sha256(data).hexdigest()\n",
          "import hashlib\nkey = hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()\n",
          'import hashlib\nh = hashlib.new("sha256")\n'
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
              else
                context.report({ node, severity: "medium", message: `weak ${algorithm.toUpperCase()} hash: if it protects nothing (cache key, checksum) pass usedforsecurity=False; for security use SHA-256 or better` });
            } else if (owner === "crypt" && (func === "crypt" || func === "mksalt")) {
              const method = func === "crypt" ? argument(node, "salt", 1) : argument(node, "method", 0);
              const methodName = method ? module2.qualifiedName(method)?.split(".").pop() : void 0;
              if (methodName && WEAK_CRYPT_METHODS.has(methodName)) {
                context.report({ node, severity: "medium", message: `crypt.${methodName} is a weak password hash` });
              }
            }
          }
        };
      }
    });
    SECURITY_WORDS = /passw|passphrase|pwd|secret|token|auth|signature|\bsign\b|_sign|sign_|hmac|credential|api_?key|private_?key|nonce|salt|otp|session|csrf|integrity|cert/i;
    NON_SECURITY_WORDS = /cache|etag|checksum|fingerprint|file_?name|filename|dedup/i;
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
      // Bandit's `weak_cryptographic_key` section: sizes below `…High` are high severity, below `…Medium` medium.
      options: {
        weakKeySizeDsaHigh: 1024,
        weakKeySizeDsaMedium: 2048,
        weakKeySizeRsaHigh: 1024,
        weakKeySizeRsaMedium: 2048,
        weakKeySizeEcHigh: 160,
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
        const option = (name) => Number(context.options[name]);
        const thresholds = (type) => {
          const stem = type === "EC" ? "Ec" : type === "RSA" ? "Rsa" : "Dsa";
          return [[option(`weakKeySize${stem}High`), "high"], [option(`weakKeySize${stem}Medium`), "medium"]];
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

// dist/rules/insecure-config/django-settings.js
function isDjangoSettingsModule(module2) {
  let verdict = verdicts.get(module2);
  if (verdict === void 0) {
    verdict = judge(module2);
    verdicts.set(module2, verdict);
  }
  return verdict;
}
function judge(module2) {
  const names2 = [...module2.scopeFor(module2.root).bindings.keys()];
  const django = names2.filter((name) => DJANGO_SETTINGS.has(name)).length;
  const shared = names2.filter((name) => SHARED_SETTINGS.has(name)).length;
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
function moduleLevelSetting(assignment, names2) {
  const left = assignment.childForFieldName("left");
  let value = assignment.childForFieldName("right");
  if (left?.type !== "identifier" || !names2.has(left.text) || !value)
    return void 0;
  if (enclosingFunction(assignment) || enclosingClass(assignment))
    return void 0;
  while (value?.type === "assignment")
    value = value.childForFieldName("right");
  return value ? { name: left.text, value } : void 0;
}
var DJANGO_SETTINGS, SHARED_SETTINGS, verdicts;
var init_django_settings = __esm({
  "dist/rules/insecure-config/django-settings.js"() {
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
var ENVIRONMENT_GETTERS, PLACEHOLDER3, SETTING2, django_hardcoded_secret_key_default;
var init_django_hardcoded_secret_key = __esm({
  "dist/rules/hardcoded-secret/django-hardcoded-secret-key.js"() {
    "use strict";
    init_types();
    init_arguments();
    init_django_settings();
    ENVIRONMENT_GETTERS = /* @__PURE__ */ new Set(["os.environ.get", "os.getenv", "os.environ.setdefault"]);
    PLACEHOLDER3 = /change|dummy|fake|test|placeholder|example|replace|your[-_ ]|not[-_ ]?(a[-_ ])?secret|^x+$|^secret$|^dev$/i;
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
              if (PLACEHOLDER3.test(literal) && !literal.startsWith("django-insecure-")) {
                context.report({ node, severity: "low", message: "SECRET_KEY is a placeholder literal: make sure every deployment overrides it" });
              } else {
                context.report({ node });
              }
              return;
            }
            const fallback = literalFallback(setting.value, context.module);
            if (fallback && isDjangoSettingsModule(context.module)) {
              context.report({ node: fallback, severity: PLACEHOLDER3.test(context.module.constant(fallback)) ? "low" : "medium", message: "SECRET_KEY falls back to a literal when the environment does not set it: a deployment that forgets the variable signs with a key from the repository" });
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
var COOKIE_FLAGS, SETTINGS, django_insecure_cookie_default;
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
        why: "SESSION_COOKIE_SECURE and CSRF_COOKIE_SECURE keep the cookies off plain-HTTP requests, where a network attacker reads them; SESSION_COOKIE_HTTPONLY keeps the session cookie away from page scripts, so an XSS bug cannot steal sessions. Writing False explicitly in settings is a decision to ship without them.",
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
            if (!isDjangoSettingsModule(context.module))
              return;
            context.report({ node, message: `${setting.name} = False: ${COOKIE_FLAGS[setting.name]}` });
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
            const mask = maskArgument ? context.module.constant(maskArgument) : void 0;
            if (typeof mask !== "number" || !Number.isInteger(mask))
              return;
            if ((mask & (GROUP_WRITE | OTHER_WRITE)) === (GROUP_WRITE | OTHER_WRITE))
              return;
            if (isRestoredAtOnce(node))
              return;
            const octal = `0o${mask.toString(8).padStart(3, "0")}`;
            if ((mask & OTHER_WRITE) === 0) {
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
function memberLoop(name, module2) {
  const bindings = module2.scopeOf(name).bindings.get(name.text);
  const loop = bindings?.find((binding) => binding.kind === "loop" && binding.at < name.startIndex);
  const iterable = loop?.value;
  if (!loop || iterable?.type !== "call" || !MEMBER_LISTINGS.has(module2.calleeAttribute(iterable) ?? ""))
    return void 0;
  let statement = name.parent;
  while (statement && !(statement.type === "for_statement" && statement.startIndex === loop.at))
    statement = statement.parent;
  return statement ?? void 0;
}
function checksContainment(loop, module2) {
  return loop.descendantsOfType("call").some((call) => CONTAINMENT_CHECKS.has(module2.calleeAttribute(call) ?? ""));
}
function memberName(node) {
  if (node.type === "identifier")
    return node;
  if (node.type === "attribute" && ["filename", "name"].includes(node.childForFieldName("attribute")?.text ?? "")) {
    const object = node.childForFieldName("object");
    return object?.type === "identifier" ? object : void 0;
  }
  return void 0;
}
var TAR_FORMATS, PATH_JOINS, MEMBER_LISTINGS, CONTAINMENT_CHECKS, archive_extraction_default;
var init_archive_extraction = __esm({
  "dist/rules/path-traversal/archive-extraction.js"() {
    "use strict";
    init_types();
    init_name_triggers();
    init_arguments();
    TAR_FORMATS = /* @__PURE__ */ new Set(["tar", "gztar", "bztar", "xztar", "zstdtar"]);
    PATH_JOINS = /* @__PURE__ */ new Set(["os.path.join", "posixpath.join", "ntpath.join"]);
    MEMBER_LISTINGS = /* @__PURE__ */ new Set(["namelist", "infolist", "getmembers", "getnames"]);
    CONTAINMENT_CHECKS = /* @__PURE__ */ new Set(["realpath", "abspath", "commonpath", "commonprefix", "is_relative_to", "relative_to", "resolve", "startswith", "basename"]);
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
      callees: ["shutil.unpack_archive", ...PATH_JOINS].map(lastName),
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
            if (name === void 0 || !PATH_JOINS.has(name))
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
  const names2 = Array.isArray(value) ? value : [value];
  return names2.some((name) => typeof name === "string" && name.toLowerCase() === "none");
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
    if (SECRET_WORDS.has(part))
      return true;
    const before = parts[index - 1];
    const after = parts[index + 1];
    if (part === "key" || part === "keys")
      return before !== void 0 && KEY_QUALIFIERS.has(before) || !!shape.bits && parts.length === 1;
    if (part === "session")
      return after !== void 0 && SESSION_QUALIFIED.has(after);
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
var RANDOM_FUNCTIONS, GENERATORS2, PICKERS, BIT_SOURCES, SECRET_WORDS, KEY_QUALIFIERS, SESSION_QUALIFIED, CODE_QUALIFIERS, NOT_SECRET_WORDS, HARMLESS_PURPOSES, STOPS, weak_random_default;
var init_weak_random = __esm({
  "dist/rules/weak-random/weak-random.js"() {
    "use strict";
    init_name_triggers();
    init_types();
    init_syntax();
    init_arguments();
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
    SECRET_WORDS = /* @__PURE__ */ new Set([
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
      "csrftoken"
    ]);
    KEY_QUALIFIERS = /* @__PURE__ */ new Set(["api", "secret", "private", "access", "session", "signing", "sign", "encryption", "encrypt", "crypt", "crypto", "aes", "hmac", "auth", "license", "licence", "activation", "master", "shared", "symmetric", "cipher", "jwt"]);
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
      callees: [...GENERATORS2].map(lastName),
      docs: {
        why: "Python's random module is a Mersenne Twister: after 624 outputs (fewer with some knowledge of the seed) every past and future value can be computed. Tokens, passwords, salts, nonces, one-time codes and session ids made with it can be predicted by whoever sees a few of them. Unlike Bandit's B311, which reports every call to random, this rule reports a call only with evidence that the value is a secret: it is assigned to, returned from a function named for, passed as or stored under a name such as token, password, secret, nonce, salt, otp, api_key, session_id or reset_code. Shuffling, sampling, jitter and test data are not reported. With that evidence the finding is high severity (a predictable secret is a broken secret) and medium confidence (a name is evidence, not proof), so it blocks a commit by default.",
        bad: [
          'import random, string\ndef reset(user):\n    user.reset_token = "".join(random.choice(string.ascii_letters) for _ in range(32))\n',
          'import random\ndef generate_password(length=12):\n    return "".join(random.choices("abcdefghijklmnop0123456789", k=length))\n',
          "import random\ndef send_code(phone):\n    sms(phone, otp=random.randint(100000, 999999))\n",
          "from random import getrandbits\nnonce = getrandbits(64)\n"
        ],
        good: [
          "import secrets\ndef reset(user):\n    user.reset_token = secrets.token_urlsafe(32)\n",
          "import random, time\ndef backoff(attempt):\n    time.sleep(2 ** attempt + random.random())\n",
          "import random\ndef split(rows):\n    random.shuffle(rows)\n    return rows[:100], random.sample(rows, 10)\n",
          "import random\ndef pick(keys):\n    api_key = random.choice(keys)  # choosing one of several configured keys\n    return api_key\n",
          "import random\ntoken_ttl = random.randint(300, 600)\n"
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
                return left.type === "identifier" ? returnedFromSecretFunction(node, left.text) : void 0;
              }
              case "keyword_argument": {
                const keyword = node.childForFieldName("name")?.text ?? "";
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
            if (name === void 0 || !GENERATORS2.has(name))
              return;
            const found = evidence(node, name);
            if (!found || harmlessPurpose(node))
              return;
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
        why: "format_html() escapes its arguments, then marks the result as safe HTML. Formatting the string first (f-string, %, .format(), +) pastes the values in unescaped, and format_html then vouches for them: the template renders them as markup, an XSS hole that looks like the safe API.",
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
            context.report({ node, message: `${function_}() receives a string already built with ${kind}: the values in it are not escaped` });
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
function levels(trace) {
  switch (trace.kind) {
    case "request":
      return { severity: "high", confidence: "high" };
    case "user-input":
      return { severity: "high", confidence: "medium" };
    case "parameter":
      return { severity: "medium", confidence: "medium" };
    case "unknown":
      return { severity: "medium", confidence: "low" };
    default:
      return void 0;
  }
}
var PYTHON_LDAP_SEARCHES, ldap_injection_default;
var init_ldap_injection = __esm({
  "dist/rules/ldap-injection/ldap-injection.js"() {
    "use strict";
    init_types();
    init_arguments();
    init_taint();
    PYTHON_LDAP_SEARCHES = /* @__PURE__ */ new Set(["search", "search_s", "search_st", "search_ext", "search_ext_s"]);
    ldap_injection_default = defineRule({
      id: "ldap-injection",
      aliases: [],
      category: "ldap-injection",
      cwe: 90,
      severity: "high",
      confidence: "high",
      cost: "deep",
      message: "LDAP search filter built from run-time data: `*`, `(` and `)` in it change the filter (LDAP injection)",
      fix: "Escape every value with ldap.filter.escape_filter_chars (ldap3: ldap3.utils.conv.escape_filter_chars), or build the filter with ldap.filter.filter_format.",
      // A search counts only with an `ldap`/`ldap3` import or a callee resolved under one of them.
      triggers: ["ldap", "ldap3"],
      // searchFilter matches the callee's attribute; ldap3's `search` is among python-ldap's names.
      callees: [...PYTHON_LDAP_SEARCHES],
      docs: {
        why: "A user name like `*)(uid=*))(|(uid=*` turns `(&(uid=NAME)(objectClass=person))` into a filter that matches every entry: login checks pass and directory data leaks. Filters built from request data are high severity; from a parameter, medium.",
        bad: [
          'import ldap\ndef find(request):\n    conn = ldap.initialize("ldap://directory")\n    user = request.GET["user"]\n    return conn.search_s("ou=people,dc=example", ldap.SCOPE_SUBTREE, "(uid=" + user + ")")\n',
          'from ldap3 import Connection\ndef find(conn, name):\n    conn.search("dc=example", f"(cn={name})")\n'
        ],
        good: [
          'import ldap\nfrom ldap.filter import escape_filter_chars\ndef find(request):\n    conn = ldap.initialize("ldap://directory")\n    user = escape_filter_chars(request.GET["user"])\n    return conn.search_s("ou=people,dc=example", ldap.SCOPE_SUBTREE, "(uid=" + user + ")")\n',
          'import ldap\ndef admins(conn):\n    return conn.search_s("ou=people,dc=example", ldap.SCOPE_SUBTREE, "(memberOf=cn=admins)")\n'
        ],
        references: ["https://cwe.mitre.org/data/definitions/90.html", "https://cheatsheetseries.owasp.org/cheatsheets/LDAP_Injection_Prevention_Cheat_Sheet.html", "https://www.python-ldap.org/en/latest/reference/ldap-filter.html"]
      },
      create(context) {
        const { module: module2 } = context;
        return {
          call(node) {
            const filter = searchFilter(node, module2);
            if (!filter)
              return;
            const trace = traceValue(filter, module2, { sink: "ldap" });
            const level = levels(trace);
            if (!level)
              return;
            const flow = sinkFlow(trace, node);
            context.report({ node, ...level, message: flowMessage(`LDAP filter built from ${describeSource(trace)} (LDAP injection)`, flow), flow });
          }
        };
      }
    });
  }
});

// dist/rules/open-redirect/open-redirect.js
var REDIRECTS, open_redirect_default;
var init_open_redirect = __esm({
  "dist/rules/open-redirect/open-redirect.js"() {
    "use strict";
    init_types();
    init_name_triggers();
    init_arguments();
    init_taint();
    REDIRECTS = {
      "django.shortcuts.redirect": { name: "to", position: 0 },
      "django.http.HttpResponseRedirect": { name: "redirect_to", position: 0 },
      "django.http.HttpResponsePermanentRedirect": { name: "redirect_to", position: 0 },
      "django.http.response.HttpResponseRedirect": { name: "redirect_to", position: 0 },
      "django.http.response.HttpResponsePermanentRedirect": { name: "redirect_to", position: 0 },
      "flask.redirect": { name: "location", position: 0 },
      "werkzeug.utils.redirect": { name: "location", position: 0 },
      "starlette.responses.RedirectResponse": { name: "url", position: 0 },
      "fastapi.responses.RedirectResponse": { name: "url", position: 0 }
    };
    open_redirect_default = defineRule({
      id: "open-redirect",
      aliases: [],
      category: "open-redirect",
      cwe: 601,
      severity: "medium",
      confidence: "high",
      cost: "deep",
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
      },
      create(context) {
        const { module: module2 } = context;
        return {
          call(node) {
            const name = module2.callName(node);
            const spec = name ? REDIRECTS[name] : void 0;
            if (!spec)
              return;
            const value = argument(node, spec.name, spec.position);
            if (!value)
              return;
            const trace = traceValue(value, module2, { sink: "redirect", leading: true });
            if (trace.kind !== "request")
              return;
            const flow = sinkFlow(trace, node);
            context.report({ node, message: flowMessage(`redirect target comes from ${describeSource(trace)} (open redirect)`, flow), flow });
          }
        };
      }
    });
  }
});

// dist/rules/path-traversal/path-traversal-request.js
function pathOf(call, name, module2) {
  if (PATH_METHODS.test(name))
    return call.childForFieldName("function")?.childForFieldName("object") ?? void 0;
  const spec = PATH_SINKS[name];
  if (!spec)
    return void 0;
  if (name === "open" && !module2.isBuiltin("open"))
    return void 0;
  return argument(call, spec.name, spec.position);
}
var PATH_SINKS, PATH_METHOD_NAMES, PATH_METHODS, SINK_LAST_NAMES2, path_traversal_request_default;
var init_path_traversal_request = __esm({
  "dist/rules/path-traversal/path-traversal-request.js"() {
    "use strict";
    init_types();
    init_name_triggers();
    init_arguments();
    init_taint();
    PATH_SINKS = {
      open: { name: "file", position: 0 },
      "io.open": { name: "file", position: 0 },
      "codecs.open": { name: "filename", position: 0 },
      "os.open": { name: "path", position: 0 },
      "os.remove": { name: "path", position: 0 },
      "os.unlink": { name: "path", position: 0 },
      "shutil.rmtree": { name: "path", position: 0 },
      "flask.send_file": { name: "path_or_file", position: 0 },
      // send_from_directory joins the file name safely; the directory is not checked.
      "flask.send_from_directory": { name: "directory", position: 0 },
      "starlette.responses.FileResponse": { name: "path", position: 0 },
      "fastapi.responses.FileResponse": { name: "path", position: 0 }
    };
    PATH_METHOD_NAMES = ["open", "read_text", "read_bytes", "write_text", "write_bytes", "unlink", "rmdir"];
    PATH_METHODS = new RegExp(`^pathlib\\.(Pure)?(Posix|Windows)?Path\\(\\)\\.(${PATH_METHOD_NAMES.join("|")})$`);
    SINK_LAST_NAMES2 = [...Object.keys(PATH_SINKS).map(lastName), ...PATH_METHOD_NAMES];
    path_traversal_request_default = defineRule({
      id: "path-traversal-request",
      aliases: [],
      category: "path-traversal",
      cwe: 22,
      severity: "high",
      confidence: "high",
      cost: "deep",
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
      },
      create(context) {
        const { module: module2 } = context;
        return {
          call(node) {
            const name = module2.callName(node);
            if (!name)
              return;
            const path = pathOf(node, name, module2);
            if (!path)
              return;
            const trace = traceValue(path, module2, { sink: "path" });
            if (trace.kind !== "request")
              return;
            const flow = sinkFlow(trace, node);
            context.report({ node, message: flowMessage(`file path comes from ${describeSource(trace)} (path traversal)`, flow), flow });
          }
        };
      }
    });
  }
});

// dist/rules/ssrf/ssrf.js
var HTTP_VERBS, CLIENTS, URL_POSITION, ssrf_default;
var init_ssrf = __esm({
  "dist/rules/ssrf/ssrf.js"() {
    "use strict";
    init_types();
    init_name_triggers();
    init_arguments();
    init_taint();
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
    ssrf_default = defineRule({
      id: "ssrf",
      aliases: [],
      category: "ssrf",
      cwe: 918,
      severity: "high",
      confidence: "high",
      cost: "deep",
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
      },
      create(context) {
        const { module: module2 } = context;
        return {
          call(node) {
            const name = module2.callName(node);
            const position = name ? URL_POSITION.get(name) : void 0;
            if (position === void 0)
              return;
            const url = argument(node, "url", position);
            if (!url)
              return;
            const trace = traceValue(url, module2, { sink: "url", leading: true });
            if (trace.kind !== "request")
              return;
            const flow = sinkFlow(trace, node);
            context.report({ node, message: flowMessage(`URL comes from ${describeSource(trace)} (server-side request forgery)`, flow), flow });
          }
        };
      }
    });
  }
});

// dist/rules/template-injection/template-injection.js
function levels2(trace) {
  switch (trace.kind) {
    case "request":
      return { severity: "high", confidence: "high" };
    // Templates read from files are how templates are normally loaded.
    case "user-input":
      return trace.origin === "file" ? void 0 : { severity: "high", confidence: "medium" };
    case "parameter":
      return { severity: "medium", confidence: "medium" };
    // Loaders and engines pass template text around: shown, never blocking.
    case "unknown":
      return { severity: "low", confidence: "low" };
    default:
      return void 0;
  }
}
var TEMPLATE_SINKS, template_injection_default;
var init_template_injection = __esm({
  "dist/rules/template-injection/template-injection.js"() {
    "use strict";
    init_name_triggers();
    init_types();
    init_arguments();
    init_taint();
    TEMPLATE_SINKS = {
      "flask.render_template_string": { name: "source", position: 0 },
      "flask.templating.render_template_string": { name: "source", position: 0 },
      "jinja2.Template": { name: "source", position: 0 },
      "jinja2.Environment().from_string": { name: "source", position: 0 },
      "jinja2.environment.Environment().from_string": { name: "source", position: 0 },
      "django.template.Template": { name: "template_string", position: 0 },
      "django.template.Engine().from_string": { name: "template_code", position: 0 },
      "mako.template.Template": { name: "text", position: 0 }
    };
    template_injection_default = defineRule({
      id: "template-injection",
      aliases: [],
      category: "template-injection",
      cwe: 1336,
      severity: "high",
      confidence: "high",
      cost: "deep",
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
      },
      create(context) {
        const { module: module2 } = context;
        return {
          call(node) {
            const name = module2.callName(node);
            if (!name || /Sandboxed/.test(name))
              return;
            const spec = TEMPLATE_SINKS[name] ?? (name.endsWith(".from_string") && module2.importsModule("jinja2") ? { name: "source", position: 0 } : void 0);
            if (!spec)
              return;
            const value = argument(node, spec.name, spec.position);
            if (!value)
              return;
            const trace = traceValue(value, module2, { sink: "template" });
            const level = levels2(trace);
            if (!level)
              return;
            const flow = sinkFlow(trace, node);
            context.report({ node, ...level, message: flowMessage(`template source comes from ${describeSource(trace)} (server-side template injection)`, flow), flow });
          }
        };
      }
    });
  }
});

// dist/rules/xss/xss-response-from-request.js
function sinkOf(name) {
  return HTML_SINKS[name.replace(/^django\.http\.response\./, "django.http.")];
}
function isStringBuilt(node, module2) {
  if (node.type === "call")
    return module2.calleeAttribute(node) === "format" || module2.calleeAttribute(node) === "join";
  if (node.type === "identifier")
    return (module2.valuesOf(node) ?? []).some((value) => value.type !== "identifier" && isStringBuilt(value, module2));
  return module2.fold(node) !== null;
}
var HTML_SINKS, xss_response_from_request_default;
var init_xss_response_from_request = __esm({
  "dist/rules/xss/xss-response-from-request.js"() {
    "use strict";
    init_name_triggers();
    init_types();
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
      "fastapi.responses.HTMLResponse": { name: "content", position: 0 }
    };
    xss_response_from_request_default = defineRule({
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
      triggers: [...Object.keys(HTML_SINKS).map(lastName), "flask"],
      // The sinks' last segments (the `django.http.response.` spelling keeps them); the return_statement handler is not filtered.
      callees: Object.keys(HTML_SINKS).map(lastName),
      docs: {
        why: "A response body is rendered by the browser as HTML unless its content type says otherwise. Request data copied into it unescaped lets whoever crafts the link run script in the victim's session. The rule follows the value inside the function, from `request.GET`/`request.args`/route parameters through assignments and string building into HttpResponse, mark_safe, make_response, Markup or a string returned by a Flask route; escaping on the way or a non-HTML content type ends the flow.",
        bad: [
          'from django.http import HttpResponse\ndef hello(request):\n    name = request.GET.get("name", "")\n    return HttpResponse("<h1>Hello " + name + "</h1>")\n',
          `from flask import Flask, request
app = Flask(__name__)
@app.route("/hello")
def hello():
    return f"<h1>Hello {request.args['name']}</h1>"
`
        ],
        good: [
          'from django.http import HttpResponse\nfrom django.utils.html import escape\ndef hello(request):\n    name = escape(request.GET.get("name", ""))\n    return HttpResponse("<h1>Hello " + name + "</h1>")\n',
          'from django.http import HttpResponse\ndef hello(request):\n    return HttpResponse(request.GET["name"], content_type="text/plain")\n'
        ],
        references: ["https://cwe.mitre.org/data/definitions/79.html", "https://owasp.org/www-community/attacks/xss/", "https://docs.djangoproject.com/en/stable/topics/security/#cross-site-scripting-xss-protection"]
      },
      create(context) {
        const { module: module2 } = context;
        const check3 = (value, sink, label) => {
          const trace = traceValue(value, module2, { sink: "html" });
          if (trace.kind !== "request")
            return;
          const flow = sinkFlow(trace, sink, label);
          context.report({ node: sink, message: flowMessage(`${describeSource(trace)} is sent back as HTML without escaping (reflected XSS)`, flow), flow });
        };
        return {
          call(node) {
            const name = module2.callName(node);
            const spec = name ? sinkOf(name) : void 0;
            if (!spec)
              return;
            const contentType = keywordArgument(node, "content_type") ?? keywordArgument(node, "media_type") ?? keywordArgument(node, "mimetype");
            const declared = contentType ? module2.constant(contentType) : void 0;
            if (typeof declared === "string" && !/html/i.test(declared))
              return;
            const value = argument(node, spec.name, spec.position);
            if (value)
              check3(value, node);
          },
          // A Flask view that returns a string: Flask sends it as text/html.
          return_statement(node) {
            const value = node.firstNamedChild;
            if (!value || !module2.importsModule("flask") || !isStringBuilt(value, module2))
              return;
            const fn = enclosingFunction(node);
            if (fn?.type !== "function_definition" || !isRouteHandler(fn))
              return;
            check3(value, node, "return from a Flask view");
          }
        };
      }
    });
  }
});

// dist/rules/tables/call-table.js
function callTableRule(row) {
  const names2 = new Set(row.calls);
  const { calls: _calls, when, ...meta } = row;
  return {
    triggers: row.calls.map(nameTrigger),
    callees: row.calls.map(lastName),
    ...meta,
    cost: "fast",
    create: (context) => ({
      call(node) {
        const name = context.module.callName(node);
        if (name === void 0 || !names2.has(name))
          return;
        const verdict = when ? when(node, context.module, context.options) : true;
        if (verdict === false)
          return;
        context.report(verdict === true ? { node } : { node, ...verdict });
      }
    })
  };
}
function importTableRule(row) {
  const { modules, except = [], ...meta } = row;
  const under = (name, module2) => name === module2 || name.startsWith(`${module2}.`);
  const matches = (name) => modules.some((module2) => under(name, module2)) && !except.some((module2) => under(name, module2));
  return {
    triggers: modules.map(nameTrigger),
    callees: [...[...DYNAMIC_IMPORTS].map(lastName), ...modules.map(lastName)],
    ...meta,
    cost: "fast",
    create: (context) => {
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
            const first = node.childForFieldName("arguments")?.firstNamedChild;
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
  "dist/rules/tables/call-table.js"() {
    "use strict";
    init_name_triggers();
    DYNAMIC_IMPORTS = /* @__PURE__ */ new Set(["__import__", "importlib.import_module", "importlib.__import__"]);
  }
});

// dist/rules/tables/dangerous-calls.js
function firstArgumentIsConstant(call, module2) {
  const first = argument(call, null, 0);
  return !!first && module2.isConstant(first);
}
function xmlRow(id, bandit, ruff, name, calls, good, bad) {
  return {
    id,
    aliases: [bandit, ruff, name],
    category: "xxe",
    cwe: 20,
    severity: "medium",
    confidence: "high",
    calls,
    message: "stdlib XML parser on possibly untrusted data: vulnerable to entity-expansion (billion laughs) and other XML attacks",
    fix: "Parse untrusted XML with defusedxml (same API: defusedxml.ElementTree.fromstring, defusedxml.minidom.parseString\u2026), or call defusedxml.defuse_stdlib() at start-up.",
    docs: {
      why: "The standard library XML parsers expand entities: a few hundred bytes of crafted XML can use gigabytes of memory (billion laughs, quadratic blow-up), and some parsers fetch external DTDs. defusedxml refuses these constructs.",
      bad: [bad],
      good: [good],
      references: XML_DOCS_REFERENCES
    },
    when: (call, module2) => {
      const method = module2.callName(call)?.split(".").pop() ?? "";
      if (/^(fromstring|parseString|XML)$/.test(method) && firstArgumentIsConstant(call, module2)) {
        return { severity: "low", message: "stdlib XML parser on a constant document: safe now, but defusedxml keeps it safe when the input changes" };
      }
      return true;
    }
  };
}
var members, XML_DOCS_REFERENCES, PYCRYPTO, CRYPTOGRAPHY_ALGORITHMS, PYCRYPTO_BLOCK_CIPHERS, ROWS, DANGEROUS_CALL_RULES;
var init_dangerous_calls = __esm({
  "dist/rules/tables/dangerous-calls.js"() {
    "use strict";
    init_arguments();
    init_call_table();
    init_taint();
    members = (modules, names2) => modules.flatMap((module2) => names2.map((name) => `${module2}.${name}`));
    XML_DOCS_REFERENCES = ["https://docs.python.org/3/library/xml.html#xml-vulnerabilities", "https://pypi.org/project/defusedxml/"];
    PYCRYPTO = ["Crypto", "Cryptodome"];
    CRYPTOGRAPHY_ALGORITHMS = ["cryptography.hazmat.primitives.ciphers.algorithms", "cryptography.hazmat.decrepit.ciphers.algorithms"];
    PYCRYPTO_BLOCK_CIPHERS = members(PYCRYPTO.map((root) => `${root}.Cipher`), ["AES", "DES", "DES3", "Blowfish", "CAST", "ARC2"]).map((module2) => `${module2}.new`);
    ROWS = [
      {
        id: "eval-used",
        aliases: ["B307", "S307", "eval"],
        category: "code-injection",
        cwe: 78,
        severity: "medium",
        confidence: "high",
        calls: ["eval", "builtins.eval"],
        message: "eval() evaluates arbitrary Python expressions",
        fix: "Use ast.literal_eval() for literals, json.loads() for data, or an explicit dispatch table.",
        docs: {
          why: 'eval() runs any expression it is given, including `__import__("os").system(...)`.',
          bad: ["def parse(text):\n    return eval(text)\n"],
          good: ["import ast\ndef parse(text):\n    return ast.literal_eval(text)\n"],
          references: ["https://docs.python.org/3/library/ast.html#ast.literal_eval"]
        },
        when: (call, module2) => firstArgumentIsConstant(call, module2) ? { severity: "low", message: "eval() of a constant string: replace it with the expression itself" } : requestEvidence(call.childForFieldName("arguments")?.firstNamedChild ?? void 0, call, module2, "code", "eval() evaluates an expression built from request data") ?? true
      },
      {
        id: "pickle-load",
        aliases: ["B301", "S301", "pickle"],
        category: "deserialization",
        cwe: 502,
        severity: "medium",
        confidence: "high",
        calls: [
          ...members(["pickle", "cPickle", "_pickle", "dill"], ["loads", "load", "Unpickler"]),
          "shelve.open",
          "shelve.DbfilenameShelf",
          "jsonpickle.decode",
          "jsonpickle.unpickler.decode",
          "jsonpickle.unpickler.Unpickler",
          "pandas.read_pickle"
        ],
        message: "unpickling runs code chosen by whoever wrote the data: never load pickles from an untrusted source",
        fix: "Exchange data as JSON (json.loads) or another data-only format; if pickles must cross a trust boundary, sign them (hmac) and verify before loading.",
        docs: {
          why: "A pickle is a small program: `__reduce__` lets the data name any callable to run while loading, so pickle.loads(attacker_bytes) is remote code execution. dill, shelve, jsonpickle and pandas.read_pickle wrap the same machinery.",
          bad: ["import pickle\ndef restore(blob):\n    return pickle.loads(blob)\n", "from pickle import loads as l\ndef restore(blob):\n    return l(blob)\n"],
          good: ["import json\ndef restore(blob):\n    return json.loads(blob)\n", "def restore(model, path):\n    return model.load(path)\n"],
          references: ["https://docs.python.org/3/library/pickle.html", "https://cwe.mitre.org/data/definitions/502.html"]
        }
      },
      {
        id: "marshal-load",
        aliases: ["B302", "S302", "marshal"],
        category: "deserialization",
        cwe: 502,
        severity: "medium",
        confidence: "high",
        calls: ["marshal.load", "marshal.loads"],
        message: "marshal is not secure against erroneous or maliciously constructed data",
        fix: "Use json (or another data-only format) for data that crosses a trust boundary; marshal is for .pyc internals.",
        docs: {
          why: "The marshal format is an internal CPython format: malformed input can crash the interpreter and it carries code objects. The documentation warns never to unmarshal untrusted data.",
          bad: ["import marshal\ndef restore(blob):\n    return marshal.loads(blob)\n"],
          good: ["import json\ndef restore(blob):\n    return json.loads(blob)\n"],
          references: ["https://docs.python.org/3/library/marshal.html"]
        }
      },
      {
        id: "insecure-hash",
        aliases: ["B303", "S303", "md5"],
        category: "weak-crypto",
        cwe: 327,
        severity: "medium",
        confidence: "high",
        // hashlib.md5/sha1 are B324's (insecure-hashlib), as in Bandit ≥ 1.7.
        calls: [
          ...members(PYCRYPTO.map((root) => `${root}.Hash`), ["MD2", "MD4", "MD5", "SHA"]).map((module2) => `${module2}.new`),
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
          ...members(PYCRYPTO.map((root) => `${root}.Cipher`), ["ARC2", "ARC4", "Blowfish", "DES", "DES3", "CAST", "XOR"]).map((module2) => `${module2}.new`),
          ...members(CRYPTOGRAPHY_ALGORITHMS, ["ARC4", "Blowfish", "CAST5", "IDEA", "SEED", "TripleDES", "RC2"])
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
        id: "insecure-cipher-mode",
        aliases: ["B305", "S305", "cipher_modes"],
        category: "weak-crypto",
        cwe: 327,
        severity: "medium",
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
        id: "mktemp",
        aliases: ["B306", "S306", "mktemp_q"],
        category: "other",
        cwe: 377,
        severity: "medium",
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
        when: (call, module2) => firstArgumentIsConstant(call, module2) ? { severity: "low", message: "mark_safe() of constant markup: safe as written" } : true
      },
      {
        id: "urllib-urlopen",
        aliases: ["B310", "S310", "urllib_urlopen"],
        category: "ssrf",
        cwe: 22,
        severity: "medium",
        confidence: "high",
        calls: [
          ...members(["urllib.request", "six.moves.urllib.request", "urllib"], ["urlopen", "urlretrieve", "URLopener", "FancyURLopener"]),
          "urllib2.urlopen"
        ],
        message: "urlopen() also opens file:// and custom schemes: audit which URLs can reach it",
        fix: "Check the scheme (and host) of the URL before opening it, or use an HTTP client (requests, httpx) that only speaks http(s).",
        docs: {
          why: "urllib's openers follow file://, ftp:// and data: URLs as well as http(s). A URL that comes from a user can read local files or reach internal services.",
          bad: ["import urllib.request\ndef fetch(url):\n    return urllib.request.urlopen(url).read()\n"],
          good: ['import urllib.request\nPAGE = urllib.request.urlopen("https://example.org/status").read()  # constant https URL: low severity only\n'],
          references: ["https://docs.python.org/3/library/urllib.request.html", "https://cwe.mitre.org/data/definitions/22.html"]
        },
        // Precision choice (as Ruff's S310): a constant http(s) URL — literal, or a Request() built from one — cannot be
        // turned into file://; it stays listed at low severity so Bandit users still see every call.
        when: (call, module2) => {
          const written = argument(call, "url", 0) ?? argument(call, "fullurl", null);
          if (!written)
            return true;
          const bound = written.type === "identifier" ? module2.valuesOf(written) : void 0;
          const target = bound?.length === 1 ? bound[0] : written;
          const url = target.type === "call" && /(^|\.)Request$/.test(module2.callName(target) ?? "") ? argument(target, "url", 0) : target;
          const value = url ? module2.constant(url) : void 0;
          return typeof value === "string" && /^https?:\/\//i.test(value) ? { severity: "low", message: "urlopen() of a constant http(s) URL" } : true;
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
      xmlRow("xml-celementtree-parse", "B313", "S313", "xml_bad_celementtree", members(["xml.etree.cElementTree"], ["parse", "iterparse", "fromstring", "XMLParser", "XML"]), "import defusedxml.cElementTree as ET\ndef read(data):\n    return ET.fromstring(data)\n", "import xml.etree.cElementTree as ET\ndef read(data):\n    return ET.fromstring(data)\n"),
      xmlRow("xml-etree-parse", "B314", "S314", "xml_bad_elementtree", members(["xml.etree.ElementTree"], ["parse", "iterparse", "fromstring", "XMLParser", "XML"]), "import defusedxml.ElementTree as ET\ndef read(data):\n    return ET.fromstring(data)\n", "import xml.etree.ElementTree as ET\ndef read(data):\n    return ET.fromstring(data)\n"),
      xmlRow("xml-expat-reader", "B315", "S315", "xml_bad_expatreader", ["xml.sax.expatreader.create_parser"], "import defusedxml.expatreader\nparser = defusedxml.expatreader.create_parser()\n", "import xml.sax.expatreader\nparser = xml.sax.expatreader.create_parser()\n"),
      xmlRow("xml-expat-builder", "B316", "S316", "xml_bad_expatbuilder", members(["xml.dom.expatbuilder"], ["parse", "parseString"]), "import defusedxml.expatbuilder as builder\ndef read(data):\n    return builder.parseString(data)\n", "import xml.dom.expatbuilder as builder\ndef read(data):\n    return builder.parseString(data)\n"),
      xmlRow("xml-sax-parse", "B317", "S317", "xml_bad_sax", members(["xml.sax"], ["parse", "parseString", "make_parser"]), "import defusedxml.sax\ndef read(data, handler):\n    defusedxml.sax.parseString(data, handler)\n", "import xml.sax\ndef read(data, handler):\n    xml.sax.parseString(data, handler)\n"),
      xmlRow("xml-minidom-parse", "B318", "S318", "xml_bad_minidom", members(["xml.dom.minidom"], ["parse", "parseString"]), "import defusedxml.minidom\ndef read(data):\n    return defusedxml.minidom.parseString(data)\n", "from xml.dom import minidom\ndef read(data):\n    return minidom.parseString(data)\n"),
      xmlRow("xml-pulldom-parse", "B319", "S319", "xml_bad_pulldom", members(["xml.dom.pulldom"], ["parse", "parseString"]), "import defusedxml.pulldom\ndef read(data):\n    return defusedxml.pulldom.parseString(data)\n", "from xml.dom import pulldom\ndef read(data):\n    return pulldom.parseString(data)\n"),
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
        message: "ftplib imported: plain FTP sends credentials and files in clear text",
        fix: "Use SFTP (paramiko) or ftplib.FTP_TLS with prot_p().",
        docs: {
          why: "FTP has no encryption; the login and every file cross the network readable by anyone on the path. FTP_TLS, from the same module, is the encrypted variant.",
          bad: ["import ftplib\n", "from ftplib import FTP\n"],
          good: ["import paramiko\n"],
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
        message: "PyCrypto is unmaintained and has known vulnerabilities (unless this is PyCryptodome's drop-in `Crypto` package)",
        fix: "Use the cryptography package, or PyCryptodome (preferably as `Cryptodome`).",
        docs: {
          why: "PyCrypto has had no release since 2013 and carries known vulnerabilities (e.g. CVE-2013-7459, a heap overflow in AES.new).",
          bad: ["from Crypto.Cipher import AES\n"],
          good: ["from Cryptodome.Cipher import AES\n", "from cryptography.fernet import Fernet\n"],
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
    init_torch_load();
    init_try_except_continue();
    init_try_except_pass();
    init_hardcoded_password_default();
    init_hardcoded_password_funcarg();
    init_hardcoded_password_string();
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
    init_insecure_hashlib();
    init_weak_crypto_key();
    init_syntax_error();
    init_csrf_exempt();
    init_flask_wtf_csrf_disabled();
    init_django_hardcoded_secret_key();
    init_django_allowed_hosts_wildcard();
    init_django_debug_true();
    init_django_insecure_cookie();
    init_os_permissive_umask();
    init_ssl_default_context_unverified();
    init_urllib3_warnings_disabled();
    init_archive_extraction();
    init_jwt_verify_disabled();
    init_weak_random();
    init_django_format_html_misuse();
    init_xml_entity_resolution();
    init_ldap_injection();
    init_open_redirect();
    init_path_traversal_request();
    init_ssrf();
    init_template_injection();
    init_xss_response_from_request();
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
      torch_load_default,
      try_except_continue_default,
      try_except_pass_default,
      hardcoded_password_default_default,
      hardcoded_password_funcarg_default,
      hardcoded_password_string_default,
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
      insecure_hashlib_default,
      weak_crypto_key_default,
      syntax_error_default,
      csrf_exempt_default,
      flask_wtf_csrf_disabled_default,
      django_hardcoded_secret_key_default,
      django_allowed_hosts_wildcard_default,
      django_debug_true_default,
      django_insecure_cookie_default,
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

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports2, module2) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module2.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports2) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports2.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports2.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports2.isRegexChar = (str) => str.length === 1 && exports2.hasRegexChars(str);
    exports2.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports2.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports2.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports2.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports2.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports2.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports2.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports2.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports2.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports2, module2) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module2.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports2, module2) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module2.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports2, module2) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch3 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch3(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch3.compileRe(glob, options) : picomatch3.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch3(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch3.test(input, regex, options, { glob, posix });
        const result2 = { glob, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result2);
        }
        if (isMatch === false) {
          result2.isMatch = false;
          return returnObject ? result2 : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result2);
          }
          result2.isMatch = false;
          return returnObject ? result2 : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result2);
        }
        return returnObject ? result2 : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch3.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch3.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch3.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch3.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch3.isMatch = (str, patterns, options) => picomatch3(patterns, options)(str);
    picomatch3.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch3.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch3.scan = (input, options) => scan(input, options);
    picomatch3.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch3.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch3.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch3.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch3.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch3.constants = constants;
    module2.exports = picomatch3;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports2, module2) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch3(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch3, pico);
    module2.exports = picomatch3;
  }
});

// dist/files/path-filter.js
function compilePattern(pattern) {
  let text = pattern.trim();
  const negated = text.startsWith("!");
  if (negated)
    text = text.slice(1);
  text = text.replace(/\\/g, "/");
  let anchored = false;
  while (text.startsWith("./")) {
    text = text.slice(2);
    anchored = true;
  }
  text = text.replace(/\/+$/, "");
  if (text.includes("/"))
    anchored = true;
  text = text.replace(/^\/+/, "").replace(/\/\*\*$/, "");
  if (text === "" || text === "." || text === "**")
    return { negated, matches: () => true };
  const glob = anchored ? text : `**/${text}`;
  const matcher = (0, import_picomatch.default)([glob, `${glob}/**`], { dot: true });
  return { negated, matches: (path) => matcher(path) };
}
function pathFilter(include, exclude) {
  const includes = include.map(compilePattern);
  const excludes = exclude.map(compilePattern);
  return {
    accepts(projectPath) {
      const path = normaliseProjectPath(projectPath);
      if (includes.length > 0 && !lastMatch(includes, path))
        return false;
      return !lastMatch(excludes, path);
    }
  };
}
function lastMatch(patterns, path) {
  let selected = false;
  for (const pattern of patterns)
    if (pattern.matches(path))
      selected = !pattern.negated;
  return selected;
}
function normaliseProjectPath(path) {
  let text = path.replace(/\\/g, "/");
  while (text.startsWith("./"))
    text = text.slice(2);
  return text;
}
function projectPathMapper(base, projectRoot) {
  if ((0, import_node_path2.resolve)(base) === (0, import_node_path2.resolve)(projectRoot))
    return normaliseProjectPath;
  return (displayPath2) => {
    const absolute = (0, import_node_path2.resolve)(base, displayPath2);
    const rel = (0, import_node_path2.relative)(projectRoot, absolute);
    if (rel.startsWith("..") || (0, import_node_path2.isAbsolute)(rel))
      return absolute.split(import_node_path2.sep).join("/");
    return rel.split(import_node_path2.sep).join("/");
  };
}
var import_node_path2, import_picomatch;
var init_path_filter = __esm({
  "dist/files/path-filter.js"() {
    "use strict";
    import_node_path2 = require("node:path");
    import_picomatch = __toESM(require_picomatch2(), 1);
  }
});

// dist/policy/test-context.js
function testPathMatcher(globs) {
  const matcher = (0, import_picomatch2.default)(globs, { dot: true });
  return (path) => matcher(matchablePath(path));
}
function matchablePath(path) {
  return path.replace(/\\/g, "/").replace(/^(?:\.{1,2}\/|\/)+/, "");
}
function testCodeReason(path, contentSignals, isTestPath) {
  if (isTestPath(path))
    return "test path";
  return contentSignals[0];
}
var import_picomatch2, DEFAULT_TEST_PATHS;
var init_test_context = __esm({
  "dist/policy/test-context.js"() {
    "use strict";
    import_picomatch2 = __toESM(require_picomatch2(), 1);
    DEFAULT_TEST_PATHS = ["**/tests/**", "**/test/**", "**/testing/**", "**/test_*.py", "**/*_test.py", "**/*_tests.py", "**/conftest.py", "**/tests.py"];
  }
});

// dist/report/model.js
function blockingCount(report) {
  return report.findings.filter((finding) => finding.blocking).length;
}
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}
var init_model = __esm({
  "dist/report/model.js"() {
    "use strict";
  }
});

// dist/report/terminal.js
function paint(style, color, text) {
  return style.color ? `\x1B[${CODES[color]}m${text}\x1B[0m` : text;
}
function escapeControl(text) {
  return text.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g, (char) => {
    const code = char.codePointAt(0);
    return code < 256 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  }).replace(/\n/g, "\\n").replace(/\t/g, "    ");
}
function useColor(flag, isTTY, env) {
  if (flag !== void 0)
    return flag;
  const force = env.FORCE_COLOR;
  if (force !== void 0)
    return force !== "0" && force.toLowerCase() !== "false";
  if (env.NO_COLOR)
    return false;
  return isTTY && env.TERM !== "dumb";
}
var CODES;
var init_terminal = __esm({
  "dist/report/terminal.js"() {
    "use strict";
    CODES = { red: 31, yellow: 33, cyan: 36, dim: 2, bold: 1, green: 32 };
  }
});

// dist/report/compact.js
var compact_exports = {};
__export(compact_exports, {
  renderCompact: () => renderCompact,
  truncate: () => truncate,
  verdictText: () => verdictText
});
function renderCompact(report, options) {
  const out = [];
  const visible = report.findings.filter((finding) => !finding.suppressed);
  const blocking = blockingCount(report);
  const clean = visible.length === 0 && report.errors.length === 0 && report.ruleErrors.length === 0;
  if (clean) {
    if (options.quiet)
      return "";
    const notices = report.notices.map((notice) => paint(options, "dim", escapeControl(notice)));
    return `${[...notices, ...existingSummary(report), `review-security: ${verdictLine(report, options)}`].join("\n")}
`;
  }
  {
    out.push(headline(report));
    for (const notice of report.notices)
      out.push(paint(options, "dim", notice));
  }
  const locations = visible.map((finding) => `${escapeControl(finding.path)}:${finding.line}:${finding.column}`);
  const failed = [
    ...report.errors.map((error) => ({ path: error.path, message: escapeControl(error.message) })),
    ...report.ruleErrors.map((error) => ({ path: error.path, message: `rule ${error.rule} failed: ${escapeControl(error.message)}` }))
  ];
  const failedPaths = failed.map((error) => escapeControl(error.path));
  const width = Math.min(60, Math.max(0, ...[...locations, ...failedPaths].map((location) => location.length)));
  const ruleWidth = Math.min(32, Math.max(0, ...visible.map((finding) => finding.rule.length)));
  visible.forEach((finding, index) => {
    const severity = paint(options, SEVERITY_COLOR[finding.severity], finding.severity.toUpperCase().padEnd(6));
    const prefix = `${locations[index].padEnd(width)}  ${finding.severity.toUpperCase().padEnd(6)}  ${finding.rule.padEnd(ruleWidth)}  `;
    const message = escapeControl(finding.message);
    const note = (finding.existing ? " [existing]" : "") + (finding.downgraded ? ` [downgraded: ${escapeControl(finding.downgraded)}]` : "");
    const room = roomAfter(prefix, options.columns);
    const tail = fits(message + note, room) ? message + (note ? paint(options, "dim", note) : "") : truncate(message + note, room);
    out.push(`${locations[index].padEnd(width)}  ${severity}  ${finding.rule.padEnd(ruleWidth)}  ${tail}`);
    if (finding.flow && !finding.message.includes(finding.flow.join(" \u2192 ")))
      out.push(paint(options, "dim", truncate(`    flow: ${escapeControl(finding.flow.join(" \u2192 "))}`, roomAfter("", options.columns))));
    if (options.showSource && finding.sourceLine.trim())
      out.push(paint(options, "dim", truncate(`    ${escapeControl(finding.sourceLine.trim())}`, roomAfter("", options.columns))));
  });
  failed.forEach((error, index) => out.push(`${failedPaths[index].padEnd(width)}  ${paint(options, "red", "ERROR ")}  ${error.message}`));
  if (visible.length > 0) {
    out.push("");
    out.push(...categorySummary(visible));
  }
  const suppressed = report.findings.length - visible.length;
  if (suppressed > 0 && !options.quiet)
    out.push(paint(options, "dim", `${plural(suppressed, "finding")} suppressed by markers or baseline`));
  if (!options.quiet)
    out.push(...existingSummary(report).map((line) => paint(options, "dim", line)));
  if (!options.quiet || blocking > 0 || visible.length > 0 || report.errors.length > 0)
    out.push(verdictLine(report, options));
  if (blocking > 0 && (report.mode === "staged" || report.mode === "pre-commit" || report.mode === "pre-push"))
    out.push(...blockedAdvice(report));
  return out.length > 0 ? `${out.join("\n")}
` : "";
}
function roomAfter(prefix, columns) {
  if (!columns)
    return void 0;
  const room = columns - [...prefix].length;
  return room >= MIN_ROOM ? room : void 0;
}
function fits(text, room) {
  return room === void 0 || [...text].length <= room;
}
function truncate(text, room) {
  if (room === void 0 || fits(text, room))
    return text;
  return `${[...text].slice(0, room - 1).join("")}\u2026`;
}
function headline(report) {
  const { scanned, cached } = report.files;
  const what = report.mode === "staged" || report.mode === "pre-commit" ? `staged Python ${scanned === 1 ? "file" : "files"}` : `Python ${scanned === 1 ? "file" : "files"}`;
  return `review-security: ${scanned} ${what} reviewed${cached > 0 ? ` (${cached} from cache)` : ""}${report.mode === "rev" || report.mode === "all" ? ` in ${report.target}` : ""}`;
}
function existingSummary(report) {
  const lines = [];
  const existing = report.existing;
  if (existing && existing.count > 0) {
    const where = `in ${existing.files === 1 ? "a touched file" : "touched files"}`;
    lines.push(existing.listed ? `${plural(existing.count, "existing finding")} ${where} (marked [existing]: present before this change, not blocking)` : `${plural(existing.count, "existing finding")} ${where}; \`--all-findings\` to show`);
  }
  if (report.offChangedLines)
    lines.push(`${plural(report.offChangedLines, "finding")} on lines this change did not touch; drop \`--changed-lines\` to show`);
  return lines;
}
function categorySummary(findings) {
  const byCategory = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const list = byCategory.get(finding.category);
    if (list)
      list.push(finding);
    else
      byCategory.set(finding.category, [finding]);
  }
  const lines = [];
  for (const [category, list] of [...byCategory].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const counts = ["high", "medium", "low"].map((severity) => [severity, list.filter((finding) => finding.severity === severity).length]).filter(([, count]) => count > 0).map(([severity, count]) => `${count} ${severity}`);
    lines.push(`  ${CATEGORY_TITLES[category]}: ${counts.join(", ")}`);
  }
  return lines;
}
function verdictText(report) {
  const blocking = blockingCount(report);
  const staged = report.mode === "staged" || report.mode === "pre-commit";
  const stopped = staged ? "commit blocked" : report.mode === "pre-push" ? "push blocked" : void 0;
  if (report.errors.length > 0 || report.ruleErrors.length > 0) {
    const failed = report.errors.length + report.ruleErrors.length;
    return `${stopped ?? "review incomplete"}: ${plural(failed, "file")} could not be reviewed${blocking > 0 ? ` and ${plural(blocking, "blocking finding")}` : ""}`;
  }
  if (blocking > 0)
    return `${stopped ?? "review failed"}: ${plural(blocking, "blocking finding")}${report.existing ? " introduced by this change" : ""}`;
  const shown2 = report.findings.filter((finding) => !finding.suppressed).length;
  const scope = `${report.files.scanned} ${staged ? "staged " : ""}${report.files.scanned === 1 ? "file" : "files"}${report.files.cached > 0 ? ` (${report.files.cached} from cache)` : ""}`;
  if (report.files.scanned === 0)
    return staged ? "no staged Python files to review" : "no Python files to review";
  if (shown2 === 0)
    return `no ${report.existing?.count ? "new " : ""}security defects detected in ${scope}`;
  return `passed: no blocking findings in ${scope} (${plural(shown2, "non-blocking finding")})`;
}
function verdictLine(report, options) {
  const text = verdictText(report);
  const failed = report.verdict === "blocked";
  return paint(options, failed ? "red" : "green", text);
}
function blockedAdvice(report) {
  const first = report.findings.find((finding) => finding.blocking);
  const rule = first?.rule ?? "<rule>";
  return [
    `  details:   git review-security explain ${rule}`,
    `  suppress:  add  # review-security: ignore[${rule}] -- <reason>  on the flagged statement`,
    `  skip once: git ${report.mode === "pre-push" ? "push" : "commit"} --no-verify`
  ];
}
var SEVERITY_COLOR, MIN_ROOM;
var init_compact = __esm({
  "dist/report/compact.js"() {
    "use strict";
    init_types();
    init_model();
    init_terminal();
    SEVERITY_COLOR = { high: "red", medium: "yellow", low: "cyan" };
    MIN_ROOM = 40;
  }
});

// dist/report/json.js
var json_exports = {};
__export(json_exports, {
  renderJson: () => renderJson
});
function renderJson(report) {
  const output = {
    tool: report.tool,
    mode: report.mode,
    target: report.target,
    findings: report.findings.map((finding) => ({
      rule: finding.rule,
      aliases: finding.aliases,
      category: finding.category,
      cwe: finding.cwe,
      severity: finding.severity,
      confidence: finding.confidence,
      path: finding.path,
      line: finding.line,
      column: finding.column,
      endLine: finding.endLine,
      endColumn: finding.endColumn,
      message: finding.message,
      blocking: finding.blocking,
      ...finding.suppressed ? { suppressed: true, suppression: finding.suppressed } : {},
      ...finding.downgraded ? { downgraded: finding.downgraded } : {},
      ...finding.existing ? { existing: true } : {},
      ...finding.flow ? { flow: finding.flow } : {},
      fingerprint: finding.fingerprint
    })),
    ...report.existing ? { existing: report.existing } : {},
    files: report.files,
    errors: [
      ...report.errors,
      ...report.ruleErrors.map((error) => ({ path: error.path, message: `rule ${error.rule} failed: ${error.message}` }))
    ],
    testCode: report.testCode,
    notices: report.notices,
    verdict: report.verdict
  };
  return `${JSON.stringify(output, null, 2)}
`;
}
var init_json = __esm({
  "dist/report/json.js"() {
    "use strict";
  }
});

// dist/report/markdown.js
var markdown_exports = {};
__export(markdown_exports, {
  NO_DEFECTS_VERDICT: () => NO_DEFECTS_VERDICT,
  escapeMarkdown: () => escapeMarkdown,
  fencedCode: () => fencedCode,
  inlineCode: () => inlineCode,
  renderMarkdown: () => renderMarkdown
});
function renderMarkdown(report) {
  const visible = report.findings.filter((finding) => !finding.suppressed);
  const testPaths = new Set(report.testCode.map((entry) => entry.path));
  const inTests = (finding) => testPaths.has(finding.path);
  const application = visible.filter((finding) => !inTests(finding));
  const testFindings = visible.filter(inTests);
  const rulesById = new Map(report.rules.map((rule) => [rule.id, rule]));
  const out = ["## Security review", "", reviewedLine(report), ""];
  out.push("### What was checked", "", ...checkedTable(report, application, testFindings), "");
  if (application.length > 0)
    out.push("### Findings", "", ...findingsByCategory(application, rulesById));
  if (testFindings.length > 0) {
    out.push("### Findings in test code", "");
    const flagged = report.testCode.filter((entry) => testFindings.some((finding) => finding.path === entry.path));
    out.push(`Test code is reviewed with the same rules; the test-code policy may lower severities. Test files with findings: ${flagged.map((entry) => `${inlineCode(entry.path)} (${escapeMarkdown(entry.reason)})`).join(", ")}.`, "");
    out.push(...findingsByCategory(testFindings, rulesById));
  }
  const suppressed = report.findings.filter((finding) => finding.suppressed);
  if (suppressed.length > 0) {
    out.push("### Suppressed", "");
    for (const finding of suppressed) {
      const reason = finding.suppressed.reason ? `: ${escapeMarkdown(finding.suppressed.reason)}` : " (no reason given)";
      out.push(`- ${inlineCode(`${finding.path}:${finding.line}`)} ${inlineCode(finding.rule)}, silenced by ${finding.suppressed.kind}${reason}`);
    }
    out.push("");
  }
  if (report.errors.length > 0 || report.ruleErrors.length > 0) {
    out.push("### Not reviewed", "");
    for (const error of report.errors)
      out.push(`- ${inlineCode(error.path)}: ${escapeMarkdown(error.message)}`);
    for (const error of report.ruleErrors)
      out.push(`- ${inlineCode(error.path)}: rule ${inlineCode(error.rule)} failed: ${escapeMarkdown(error.message)}`);
    out.push("");
  }
  out.push("### Verdict", "", verdictSentence(report, visible.length));
  return `${out.join("\n")}
`;
}
function reviewedLine(report) {
  const { scanned, cached } = report.files;
  const files = `**${plural(scanned, "Python file")}**${cached > 0 ? ` (${cached} unchanged since an earlier review, read from the cache)` : ""}`;
  const scope = {
    staged: "staged for commit",
    "pre-commit": "named by pre-commit",
    "pre-push": `pushed (${inlineCode(report.target)})`,
    all: `tracked in ${inlineCode(report.target)}`,
    rev: `changed in ${inlineCode(report.target)}`,
    paths: `under ${inlineCode(report.target)}`
  };
  const categories = new Set(report.rules.map((rule) => rule.category)).size;
  return `Reviewed ${files} ${scope[report.mode]} with ${report.tool.name} ${report.tool.version}: ${plural(report.rules.length, "rule")} in ${categories} ${categories === 1 ? "category" : "categories"}.`;
}
function checkedTable(report, application, testFindings) {
  const rows = ["| Category | Rules | Findings | In test code |", "| --- | ---: | ---: | ---: |"];
  const count = (list, category) => list.filter((finding) => finding.category === category).length;
  for (const category of CATEGORIES) {
    const rules = report.rules.filter((rule) => rule.category === category).length;
    if (rules === 0)
      continue;
    rows.push(`| ${CATEGORY_TITLES[category]} | ${rules} | ${count(application, category)} | ${count(testFindings, category)} |`);
  }
  return rows;
}
function findingsByCategory(findings, rulesById) {
  const out = [];
  for (const category of CATEGORIES) {
    const inCategory = findings.filter((finding) => finding.category === category);
    if (inCategory.length === 0)
      continue;
    out.push(`#### ${CATEGORY_TITLES[category]} (${inCategory.length})`, "");
    const shown2 = inCategory.slice(0, MAX_FINDINGS_PER_CATEGORY);
    for (const ruleId of [...new Set(shown2.map((finding) => finding.rule))]) {
      const rule = rulesById.get(ruleId);
      const names2 = [...rule?.aliases.filter((alias) => /^[A-Z]+\d+$/.test(alias)) ?? [], `CWE-${inCategory.find((finding) => finding.rule === ruleId).cwe}`];
      out.push(`${inlineCode(ruleId)} (${names2.join(", ")})${rule ? `: ${escapeControl(rule.message)}. **Fix:** ${escapeControl(rule.fix)}` : ""}`, "");
      for (const finding of shown2.filter((candidate) => candidate.rule === ruleId))
        out.push(...findingItem(finding));
      out.push("");
    }
    if (inCategory.length > shown2.length) {
      out.push(`\u2026 and ${plural(inCategory.length - shown2.length, "more finding")} in this category (the \`compact\`, \`json\` and \`sarif\` formats list them all).`, "");
    }
  }
  return out;
}
function findingItem(finding) {
  const labels = [finding.severity, `${finding.confidence} confidence`];
  if (finding.blocking)
    labels.push("**blocking**");
  if (finding.downgraded)
    labels.push(`downgraded: ${escapeMarkdown(finding.downgraded)}`);
  const lines = [`- ${inlineCode(`${finding.path}:${finding.line}`)} (${labels.join(", ")}): ${escapeMarkdown(finding.message)}`];
  if (finding.flow)
    lines.push(`  Flow: ${finding.flow.map((step2) => inlineCode(step2)).join(" \u2192 ")}`);
  if (finding.sourceLine.trim())
    lines.push(...fencedCode(finding.sourceLine.trim()).split("\n").map((line) => `  ${line}`));
  return lines;
}
function verdictSentence(report, visible) {
  const blocking = blockingCount(report);
  const failed = report.errors.length + report.ruleErrors.length;
  if (failed > 0) {
    return `The review is incomplete: ${plural(failed, "file")} could not be reviewed${blocking > 0 ? `, and ${plural(blocking, "blocking finding")} must be fixed` : ""}.`;
  }
  if (blocking > 0)
    return `${plural(blocking, "blocking finding")} must be fixed (or justified and suppressed) before this change is merged.`;
  if (report.files.scanned === 0)
    return "No Python files were reviewed.";
  if (visible > 0)
    return `No blocking security defects are detected; ${plural(visible, "finding")} below the blocking threshold ${visible === 1 ? "is" : "are"} listed above for judgement.`;
  return NO_DEFECTS_VERDICT;
}
function fencedCode(code, language = "python") {
  const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map((run2) => run2.length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${language}
${code.replace(/\n$/, "").split("\n").map(escapeControl).join("\n")}
${fence}`;
}
function inlineCode(text) {
  const clean = escapeControl(text);
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run2) => run2.length));
  const fence = "`".repeat(longest + 1);
  return longest > 0 ? `${fence} ${clean} ${fence}` : `${fence}${clean}${fence}`;
}
function escapeMarkdown(text) {
  return escapeControl(text).replace(/[\\`*_[\]<>|#~]/g, (char) => `\\${char}`).replace(/@/g, "@\u200B");
}
var MAX_FINDINGS_PER_CATEGORY, NO_DEFECTS_VERDICT;
var init_markdown = __esm({
  "dist/report/markdown.js"() {
    "use strict";
    init_types();
    init_model();
    init_terminal();
    MAX_FINDINGS_PER_CATEGORY = 25;
    NO_DEFECTS_VERDICT = "No security defects are detected in the reviewed code.";
  }
});

// dist/report/sarif.js
var sarif_exports = {};
__export(sarif_exports, {
  SOURCE_ROOT: () => SOURCE_ROOT,
  artifactLocation: () => artifactLocation,
  renderSarif: () => renderSarif
});
function renderSarif(report) {
  const ruleIndex = new Map(report.rules.map((rule, index) => [rule.id, index]));
  const lineHashes = /* @__PURE__ */ new Map();
  const log = {
    $schema: SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: INFORMATION_URI,
            rules: report.rules.map(reportingDescriptor)
          }
        },
        invocations: [invocation(report, ruleIndex)],
        originalUriBaseIds: {
          [SOURCE_ROOT]: { description: { text: report.mode === "paths" ? "The directory the review ran in." : "The root of the git repository." } }
        },
        columnKind: "utf16CodeUnits",
        results: report.findings.map((finding) => result(finding, ruleIndex, lineHashes, report.existing !== void 0)),
        properties: { mode: report.mode, target: report.target, verdict: report.verdict }
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}
function reportingDescriptor(rule) {
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: rule.message },
    fullDescription: { text: rule.docs.why },
    help: { text: helpText2(rule), markdown: helpMarkdown(rule) },
    ...rule.docs.references?.[0] ? { helpUri: rule.docs.references[0] } : {},
    defaultConfiguration: { level: DEFAULT_LEVEL[rule.severity] },
    properties: {
      tags: ["security", `external/cwe/cwe-${rule.cwe}`, rule.category],
      precision: PRECISION[rule.confidence],
      "security-severity": SECURITY_SEVERITY[rule.severity],
      category: rule.category,
      ...rule.aliases.length > 0 ? { aliases: rule.aliases } : {}
    }
  };
}
function helpText2(rule) {
  const parts = [rule.docs.why, `Fix: ${rule.fix}`];
  if (rule.docs.bad.length > 0)
    parts.push(`Flagged:
${rule.docs.bad.map(indent).join("\n")}`);
  if (rule.docs.good.length > 0)
    parts.push(`Accepted:
${rule.docs.good.map(indent).join("\n")}`);
  if (rule.docs.references?.length)
    parts.push(`References:
${rule.docs.references.map((url) => `  ${url}`).join("\n")}`);
  return parts.join("\n\n");
}
function helpMarkdown(rule) {
  const parts = [
    `**${CATEGORY_TITLES[rule.category]}** (CWE-${rule.cwe}): ${rule.docs.why}`,
    `**Fix:** ${rule.fix}`
  ];
  if (rule.docs.bad.length > 0)
    parts.push(`Flagged:

${rule.docs.bad.map((code) => fencedCode(code)).join("\n\n")}`);
  if (rule.docs.good.length > 0)
    parts.push(`Accepted:

${rule.docs.good.map((code) => fencedCode(code)).join("\n\n")}`);
  if (rule.docs.references?.length)
    parts.push(`References:

${rule.docs.references.map((url) => `- <${url}>`).join("\n")}`);
  return parts.join("\n\n");
}
function result(finding, ruleIndex, lineHashes, newOnly) {
  const index = ruleIndex.get(finding.rule);
  const lineHash = (0, import_node_crypto.createHash)("sha256").update(finding.statementText).digest("hex").slice(0, 16);
  const occurrenceKey = `${finding.rule}\0${finding.path}\0${lineHash}`;
  const occurrence = (lineHashes.get(occurrenceKey) ?? 0) + 1;
  lineHashes.set(occurrenceKey, occurrence);
  const message = finding.flow ? `${finding.message} (flow: ${finding.flow.join(" \u2192 ")})` : finding.message;
  return {
    ruleId: finding.rule,
    ...index === void 0 ? {} : { ruleIndex: index },
    level: resultLevel(finding),
    message: { text: message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(finding.path),
          region: {
            startLine: finding.line,
            startColumn: finding.column,
            endLine: finding.endLine,
            endColumn: finding.endColumn,
            ...finding.sourceLine ? { snippet: { text: finding.sourceLine } } : {}
          }
        }
      }
    ],
    // Reviewing a change (--new-only): findings the change introduces are `new`, those already there `unchanged`.
    ...newOnly ? { baselineState: finding.existing ? "unchanged" : "new" } : {},
    partialFingerprints: {
      primaryLocationLineHash: `${lineHash}:${occurrence}`,
      "reviewSecurity/v1": finding.fingerprint
    },
    ...finding.suppressed ? {
      suppressions: [
        {
          kind: IN_SOURCE_KINDS.has(finding.suppressed.kind) ? "inSource" : "external",
          ...finding.suppressed.reason ? { justification: finding.suppressed.reason } : {},
          properties: { marker: finding.suppressed.kind }
        }
      ]
    } : {},
    properties: {
      category: finding.category,
      severity: finding.severity,
      confidence: finding.confidence,
      cwe: `CWE-${finding.cwe}`,
      blocking: finding.blocking,
      ...finding.downgraded ? { downgraded: finding.downgraded } : {},
      ...finding.flow ? { flow: finding.flow } : {}
    }
  };
}
function resultLevel(finding) {
  if (finding.blocking)
    return "error";
  return finding.severity === "low" ? "note" : "warning";
}
function invocation(report, ruleIndex) {
  const notifications = [
    ...report.errors.map((error) => ({
      level: "error",
      message: { text: `${error.path}: ${error.message}` },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(error.path) } }]
    })),
    ...report.ruleErrors.map((error) => ({
      level: "error",
      message: { text: `rule ${error.rule} failed on ${error.path}: ${error.message}` },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(error.path) } }],
      associatedRule: { id: error.rule, ...ruleIndex.has(error.rule) ? { index: ruleIndex.get(error.rule) } : {} }
    }))
  ];
  return {
    executionSuccessful: report.errors.length === 0 && report.ruleErrors.length === 0,
    ...notifications.length > 0 ? { toolExecutionNotifications: notifications } : {},
    ...report.notices.length > 0 ? { toolConfigurationNotifications: report.notices.map((notice) => ({ level: "note", message: { text: notice } })) } : {}
  };
}
function artifactLocation(path) {
  return { uri: path.split("/").map(encodeURIComponent).join("/"), uriBaseId: SOURCE_ROOT };
}
function pascalCase(id) {
  return id.split(/[-_]/).map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join("");
}
function indent(code) {
  return code.replace(/\n$/, "").split("\n").map((line) => `    ${line}`).join("\n");
}
var import_node_crypto, SCHEMA_URI, INFORMATION_URI, SOURCE_ROOT, SECURITY_SEVERITY, PRECISION, DEFAULT_LEVEL, IN_SOURCE_KINDS;
var init_sarif = __esm({
  "dist/report/sarif.js"() {
    "use strict";
    import_node_crypto = require("node:crypto");
    init_types();
    init_markdown();
    SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    INFORMATION_URI = "https://www.npmjs.com/package/git-review-security";
    SOURCE_ROOT = "%SRCROOT%";
    SECURITY_SEVERITY = { high: "8.0", medium: "5.5", low: "2.0" };
    PRECISION = { high: "high", medium: "medium", low: "low" };
    DEFAULT_LEVEL = { high: "error", medium: "warning", low: "note" };
    IN_SOURCE_KINDS = /* @__PURE__ */ new Set(["nosec", "noqa", "ignore", "ignore-file"]);
  }
});

// dist/report/github.js
var github_exports = {};
__export(github_exports, {
  annotation: () => annotation,
  escapeData: () => escapeData,
  escapeProperty: () => escapeProperty,
  renderGithub: () => renderGithub
});
function renderGithub(report) {
  const lines = [];
  for (const finding of report.findings) {
    if (finding.suppressed)
      continue;
    lines.push(annotation(commandFor(finding), {
      file: finding.path,
      line: finding.line,
      col: finding.column,
      endLine: finding.endLine,
      endColumn: finding.endColumn,
      title: `${finding.rule} (${CATEGORY_TITLES[finding.category]}, ${finding.severity})`
    }, findingMessage(finding)));
  }
  for (const error of report.errors)
    lines.push(annotation("error", { file: error.path, title: "not reviewed" }, error.message));
  for (const error of report.ruleErrors)
    lines.push(annotation("error", { file: error.path, title: `rule ${error.rule} failed` }, error.message));
  lines.push(`${report.tool.name}: ${verdictText(report)}`);
  return `${lines.join("\n")}
`;
}
function commandFor(finding) {
  if (finding.blocking)
    return "error";
  return finding.severity === "low" ? "notice" : "warning";
}
function findingMessage(finding) {
  const details = [`${finding.confidence} confidence`, `CWE-${finding.cwe}`];
  if (finding.downgraded)
    details.push(`downgraded: ${finding.downgraded}`);
  const flow = finding.flow ? `
flow: ${finding.flow.join(" \u2192 ")}` : "";
  return `${finding.message} [${details.join(", ")}]${flow}`;
}
function annotation(command, properties, message) {
  const list = Object.entries(properties).map(([key, value]) => `${key}=${escapeProperty(neutralise(String(value)))}`).join(",");
  return `::${command} ${list}::${escapeData(message.split("\n").map(neutralise).join("\n"))}`;
}
function neutralise(text) {
  return text.split("\r").map(escapeControl).join("\r");
}
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
var init_github = __esm({
  "dist/report/github.js"() {
    "use strict";
    init_types();
    init_compact();
    init_terminal();
  }
});

// dist/report/index.js
async function render(format, report, options) {
  switch (format) {
    case "compact":
      return (await Promise.resolve().then(() => (init_compact(), compact_exports))).renderCompact(report, options);
    case "json":
      return (await Promise.resolve().then(() => (init_json(), json_exports))).renderJson(report);
    case "sarif":
      return (await Promise.resolve().then(() => (init_sarif(), sarif_exports))).renderSarif(report);
    case "github":
      return (await Promise.resolve().then(() => (init_github(), github_exports))).renderGithub(report);
    case "markdown":
      return (await Promise.resolve().then(() => (init_markdown(), markdown_exports))).renderMarkdown(report);
  }
}
var FORMATS;
var init_report = __esm({
  "dist/report/index.js"() {
    "use strict";
    FORMATS = ["compact", "json", "sarif", "github", "markdown"];
  }
});

// dist/config/settings.js
function rulesNamedBy(key) {
  if (isCategoryKey(key))
    return RULES.filter((candidate) => candidate.category === key);
  const rule = findRule(key);
  return rule ? [rule] : void 0;
}
function isCategoryKey(key) {
  return CATEGORIES.includes(key);
}
function namesOneRule(key) {
  return !isCategoryKey(key) && findRule(key) !== void 0;
}
function presetRules(preset) {
  switch (preset ?? "recommended") {
    case "strict":
      return new Set(RULES.map((rule) => rule.id));
    case "bandit":
      return new Set(RULES.filter((rule) => rule.aliases.some((alias) => /^B\d{3}$/.test(alias))).map((rule) => rule.id));
    case "none":
      return /* @__PURE__ */ new Set();
    default:
      return new Set(RULES.filter((rule) => rule.recommended !== false).map((rule) => rule.id));
  }
}
function resolveSettings(args, config = {}) {
  const flag = (name) => args.options.get(name);
  const enabled = presetRules(config.extends);
  if (!enabled.has("syntax-error"))
    enabled.add("syntax-error");
  const levels3 = /* @__PURE__ */ new Map();
  const options = /* @__PURE__ */ new Map();
  const apply = (key, setting, source) => {
    const rules2 = rulesNamedBy(key);
    if (!rules2)
      throw new UsageError(`${source}: unknown rule, alias or category '${key}'`);
    for (const rule of rules2) {
      if (setting === "off" || typeof setting === "object" && setting.enabled === false) {
        enabled.delete(rule.id);
        continue;
      }
      enabled.add(rule.id);
      if (typeof setting === "object") {
        if (setting.severity || setting.confidence)
          levels3.set(rule.id, { severity: setting.severity, confidence: setting.confidence });
        if (setting.options)
          options.set(rule.id, { ...options.get(rule.id), ...setting.options });
      }
    }
  };
  const entries = Object.entries(config.rules ?? {});
  for (const [key, setting] of entries.filter(([key2]) => !namesOneRule(key2)))
    apply(key, setting, "config rules");
  for (const [key, setting] of entries.filter(([key2]) => namesOneRule(key2)))
    apply(key, setting, "config rules");
  for (const spec of flag("rule") ?? []) {
    const [key, value = "on"] = spec.split("=");
    if (value !== "on" && value !== "off")
      throw new UsageError(`--rule ${spec}: expected ID, ID=on or ID=off`);
    apply(key, value, "--rule");
  }
  const onCommandLine = new Set((flag("rule") ?? []).flatMap((spec) => rulesNamedBy(spec.split("=")[0])?.map((rule) => rule.id) ?? []));
  const overrides = (config.overrides ?? []).map((override) => pathOverride(override, onCommandLine));
  const analysed = new Set(enabled);
  for (const override of overrides)
    for (const [id, setting] of override.rules)
      if (setting.enabled)
        analysed.add(id);
  const profile = flag("profile") ?? config.profile ?? "full";
  const rules = RULES.filter((rule) => analysed.has(rule.id) && (profile === "full" || rule.cost === "fast")).map((rule) => ({ rule, options: options.get(rule.id) ?? {} }));
  const analysedRules = new Set(rules.map(({ rule }) => rule.id));
  const failOnFlag = flag("fail-on");
  const failSeverity = failOnFlag ?? config.failOn?.severity ?? "high";
  const policy = {
    failOn: {
      // `none` never blocks: a level above high.
      severity: failSeverity === "none" ? NEVER : failSeverity,
      confidence: flag("fail-on-confidence") ?? config.failOn?.confidence ?? "medium"
    },
    minConfidence: flag("min-confidence") ?? config.minConfidence ?? "low",
    minSeverity: flag("min-severity") ?? config.minSeverity ?? "low",
    testCode: {
      policy: flag("test-code") ?? config.testCode?.policy ?? "downgrade",
      isTestPath: testPathMatcher(config.testCode?.paths ?? DEFAULT_TEST_PATHS)
    },
    ignoreNosec: flag("ignore-nosec") === true,
    reportUnusedSuppressions: flag("report-unused-suppressions") === true,
    ruleLevels: levels3,
    neverBlock: failSeverity === "none",
    enabledRules: enabled,
    analysedRules,
    overrides
  };
  const outputs = (flag("format") ?? [config.format ?? "compact"]).map(parseOutput);
  const output = flag("output");
  if (output) {
    const first = outputs.find((target) => !target.file);
    if (first)
      first.file = output;
  }
  const maxFileBytes = Number(flag("max-file-bytes") ?? config.maxFileBytes ?? 5e6);
  if (!Number.isFinite(maxFileBytes) || maxFileBytes <= 0)
    throw new UsageError("--max-file-bytes: expected a positive number");
  const maxFileSeconds = Number(flag("max-file-seconds") ?? config.maxFileSeconds ?? 30);
  if (!Number.isFinite(maxFileSeconds) || maxFileSeconds < 0)
    throw new UsageError("--max-file-seconds: expected a number \u2265 0 (0 = no limit)");
  return {
    rules,
    rulesetFingerprint: fingerprint(rules),
    policy,
    cache: {
      enabled: flag("cache") !== false && config.cache?.enabled !== false,
      dir: flag("cache-dir") ?? config.cache?.dir
    },
    outputs,
    maxFileBytes,
    maxFileSeconds,
    include: config.include ?? [],
    exclude: config.exclude ?? [],
    baseline: flag("baseline") ?? config.baseline,
    newOnly: flag("new-only") ?? config.newOnly
  };
}
function pathOverride(override, keepGlobal) {
  const matcher = pathFilter(override.files, []);
  const rules = /* @__PURE__ */ new Map();
  const entries = Object.entries(override.rules ?? {});
  const ordered = [...entries.filter(([key]) => !namesOneRule(key)), ...entries.filter(([key]) => namesOneRule(key))];
  for (const [key, setting] of ordered) {
    const named = rulesNamedBy(key);
    if (!named)
      throw new UsageError(`config overrides: unknown rule, alias or category '${key}'`);
    for (const rule of named) {
      if (keepGlobal.has(rule.id))
        continue;
      if (setting === "off" || typeof setting === "object" && setting.enabled === false)
        rules.set(rule.id, { enabled: false });
      else if (setting === "on")
        rules.set(rule.id, { enabled: true });
      else
        rules.set(rule.id, { enabled: true, severity: setting.severity, confidence: setting.confidence });
    }
  }
  return { matches: (path) => override.files.length > 0 && matcher.accepts(path), rules, testCodePolicy: override.testCode?.policy };
}
function parseOutput(spec) {
  const eq = spec.indexOf("=");
  const format = eq >= 0 ? spec.slice(0, eq) : spec;
  if (!FORMATS.includes(format))
    throw new UsageError(`--format: unknown format '${format}' (expected ${FORMATS.join(", ")})`);
  return eq >= 0 ? { format, file: spec.slice(eq + 1) } : { format };
}
function fingerprint(rules) {
  const hash = (0, import_node_crypto2.createHash)("sha1").update(TOOL_VERSION);
  for (const { rule, options } of rules)
    hash.update(`\0${rule.id}\0${JSON.stringify({ ...rule.options, ...options })}`);
  return hash.digest("hex").slice(0, 16);
}
var import_node_crypto2, NEVER;
var init_settings = __esm({
  "dist/config/settings.js"() {
    "use strict";
    import_node_crypto2 = require("node:crypto");
    init_rules();
    init_types();
    init_path_filter();
    init_test_context();
    init_args();
    init_report();
    init_version();
    NEVER = "high";
  }
});

// dist/python/module.js
var BUILTINS, KEYWORD_ASSIGNMENT, FORMATTED_STRING_PREFIX, CLASS_KEYWORD, CLASSES, FUNCTION_KEYWORD, FUNCTIONS, STRINGS, ModuleFacts;
var init_module = __esm({
  "dist/python/module.js"() {
    "use strict";
    init_syntax();
    init_imports();
    init_scope();
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
    FORMATTED_STRING_PREFIX = /\b(?:[fFtT][rR]?|[rR][fFtT])(?=["'])/g;
    CLASS_KEYWORD = /\bclass\b/g;
    CLASSES = /* @__PURE__ */ new Set(["class_definition"]);
    FUNCTION_KEYWORD = /\b(?:def|lambda)\b/g;
    FUNCTIONS = /* @__PURE__ */ new Set(["function_definition", "lambda"]);
    STRINGS = /* @__PURE__ */ new Set(["string"]);
    ModuleFacts = class {
      root;
      source;
      imports;
      qualifiedCache = /* @__PURE__ */ new Map();
      /** Functions and lambdas sorted by start byte: `node.parent` walks down from the root, so ancestor chains are slow. */
      functions;
      resolve = (identifier) => this.valuesOf(identifier);
      wordSet;
      keywordCalls = /* @__PURE__ */ new Map();
      patternMatches = /* @__PURE__ */ new Map();
      /** Every `word =` of the source (`callsWithKeyword`), read once for all the keyword filters of a file. */
      keywordAssignments;
      constructor(root, source) {
        this.root = root;
        this.source = source;
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
        return this.wordSet ??= new Set(this.source.match(/[A-Za-z_][A-Za-z0-9_]*/g));
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
        const result2 = this.computeQualifiedName(node, 0);
        this.qualifiedCache.set(node.id, result2);
        return result2;
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
      callsNamed(names2) {
        const words2 = [...names2].filter((name) => this.words.has(name));
        for (const [alias, qualified] of this.imports.aliases) {
          if (names2.has(lastName(qualified)) && !names2.has(alias))
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
        this.keywordCalls.set(name, calls);
        return calls;
      }
      /** The class definitions of the module, in source order, found from their keyword like the functions. */
      classDefinitions() {
        return nodesOfKeyword(this.root, this.source, CLASS_KEYWORD, CLASSES);
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
  const TreeSitter = require2("tree-sitter");
  const Python = require2("tree-sitter-python");
  forgetHandedOutNodes(TreeSitter);
  const SyntaxNode = TreeSitter.SyntaxNode;
  Python.nodeSubclasses ??= nodeClasses(Python, SyntaxNode);
  const created = new TreeSitter();
  created.setLanguage(Python);
  rememberNodeAnswers(SyntaxNode.prototype);
  return created;
}
function forgetHandedOutNodes(binding) {
  const tree = binding.Tree.prototype;
  tree._cacheNode = () => void 0;
  tree._cacheNodes = () => void 0;
}
function nodeClasses(language, base) {
  const fromTreeSitter = (0, import_node_module.createRequire)(require2.resolve("tree-sitter"));
  const load = fromTreeSitter("node-gyp-build");
  const binding = load((0, import_node_path3.dirname)(fromTreeSitter.resolve("tree-sitter/package.json")));
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
async function releaseTrees() {
  if (!collectGarbage) {
    require2("node:v8").setFlagsFromString("--expose-gc");
    collectGarbage = require2("node:vm").runInNewContext("gc");
  }
  collectGarbage();
  await new Promise((resolve13) => setImmediate(resolve13));
}
var import_node_module, import_node_path3, require2, parser, ParseTimeout, MAX_TIMEOUT_MICROS, REMEMBERED_GETTERS, REMEMBERED_LISTS, FIELDS, PARENT, HOPS, LONG_CHAIN, RELEASE_EVERY_BYTES, collectGarbage;
var init_parser = __esm({
  "dist/engine/parser.js"() {
    "use strict";
    import_node_module = require("node:module");
    import_node_path3 = require("node:path");
    require2 = (0, import_node_module.createRequire)(__bundle_url);
    ParseTimeout = class extends Error {
    };
    MAX_TIMEOUT_MICROS = 4294967295;
    REMEMBERED_GETTERS = ["endIndex", "firstNamedChild", "namedChildCount", "childCount", "hasError", "isMissing"];
    REMEMBERED_LISTS = ["namedChildren", "children"];
    FIELDS = Symbol("fields");
    PARENT = Symbol("parent");
    HOPS = Symbol("hops");
    LONG_CHAIN = 48;
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
    if (deadline !== void 0 && index % DEADLINE_CHECK_EVERY === 0 && performance.now() > deadline)
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
    DEADLINE_CHECK_EVERY = 256;
  }
});

// dist/policy/test-signals.js
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
  "dist/policy/test-signals.js"() {
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
        let names2 = this.lastNames.get(call);
        if (!names2) {
          names2 = this.module.calleeLastNames(call);
          this.lastNames.set(call, names2);
        }
        return names2.some((name) => callees.has(name));
      }
    };
  }
});

// dist/engine/analyse.js
function formatLimit(ms) {
  return ms >= 1e3 ? `${ms / 1e3} s` : `${ms} ms`;
}
function analyseSource(source, rules, limits = {}) {
  const limitMs = limits.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  const deadline = limitMs > 0 ? performance.now() + limitMs : void 0;
  let tree;
  try {
    tree = parsePython(source, limitMs > 0 ? limitMs : void 0);
  } catch (error) {
    if (error instanceof ParseTimeout)
      throw new AnalysisTimeout("parse", limitMs);
    throw error;
  }
  const root = tree.rootNode;
  const module2 = new ModuleFacts(root, source);
  const lines = source.split(/\r\n|\r|\n/);
  const findings = [];
  const markers = [];
  const ruleErrors = [];
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
        findings.push(toFinding(rule, descriptor, lines));
      }
    };
    try {
      const handlers = rule.create(context);
      for (const [type, handle] of Object.entries(handlers)) {
        if (handle)
          register(rule.id, type, type === "call" ? callFilters.filter(handle, preparation) : handle);
      }
    } catch (error) {
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
    findings.push(syntaxErrorFinding(root, lines));
  else if (python2)
    findings.push(python2Finding(python2, lines));
  findings.sort((a, b) => a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  return { findings, markers, testSignals: testCodeSignals(module2), ruleErrors, lineCount: lines.length };
}
function toFinding(rule, descriptor, lines) {
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
    sourceLine: (lines[node.startPosition.row] ?? "").slice(0, 300)
  };
  if (descriptor.flow)
    finding.flow = descriptor.flow;
  return finding;
}
function normaliseStatement(lines, first, last) {
  const text = lines.slice(first, Math.min(last + 1, first + 40)).map((line) => line.replace(/\s+#[^'"]*$/, "")).join(" ");
  return text.replace(/\s+/g, " ").trim().slice(0, 400);
}
function syntaxErrorFinding(root, lines) {
  const { node, count } = firstError(root);
  const where = node.isMissing ? `missing ${node.type}` : "invalid syntax";
  const more = count > 1 ? ` (${count} syntax errors in the file)` : "";
  return syntaxErrorAt(node, `file does not parse: ${where}${more}; the rest of the file was still reviewed`, lines);
}
function python2Finding(node, lines) {
  const what = PYTHON2_STATEMENTS[node.type];
  return syntaxErrorAt(node, `file does not parse as Python 3: Python 2 ${what}; the rest of the file was still reviewed`, lines);
}
function syntaxErrorAt(node, message, lines) {
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
    sourceLine: (lines[row] ?? "").slice(0, 300)
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
    init_parser();
    init_walk();
    init_test_signals();
    init_mock();
    init_rule_filters();
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

// dist/engine/workers.js
var workers_exports = {};
__export(workers_exports, {
  analyseInWorkers: () => analyseInWorkers,
  startWorkers: () => startWorkers
});
function switchOffOptimiser() {
  if (optimiserOff)
    return;
  optimiserOff = true;
  require3("node:v8").setFlagsFromString("--no-opt");
}
function startWorkers(rules, count, limits = {}) {
  switchOffOptimiser();
  const started = { workers: [] };
  const setup = workerSetup(rules, limits);
  for (let slot = 0; slot < count; slot++) {
    const worker = spawnWorker(setup);
    worker.on("error", (error) => {
      started.problem ??= new Error(`an analysis worker thread crashed: ${error.message}`);
    });
    worker.on("exit", (code) => {
      started.problem ??= new Error(`an analysis worker thread exited early (code ${code})`);
    });
    started.workers.push(worker);
  }
  return started;
}
function spawnWorker(setup) {
  return new threads.Worker(packagePath("dist", "engine", "workers.js"), {
    workerData: setup,
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB }
  });
}
function workerSetup(rules, limits) {
  return {
    role: WORKER_ROLE,
    rules: rules.map(({ rule, options }) => ({ id: rule.id, options: { ...options } })),
    limits: { ...limits },
    collectRuleTimes: activeRuleTimes() !== void 0
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
        if (failed)
          return;
        failed = true;
        rejectAll(error);
      };
      const feed = (worker) => {
        if (next <= last) {
          const index = order[next++];
          worker.postMessage({ index, bytes: contents[index] });
        }
      };
      const maybeFinish = () => {
        if (done < contents.length)
          return;
        for (const worker of workers)
          worker.postMessage({ finish: true });
        if (workers.length === 0)
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
        for (let index = first; index !== void 0 && !failed; index = next <= last ? order[last--] : void 0) {
          if (!record2(index, analyseContent(contents[index], rules, limits)))
            return;
          maybeFinish();
          sinceRelease += contents[index].length;
          if (sinceRelease >= RELEASE_EVERY_BYTES) {
            sinceRelease = 0;
            await releaseTrees();
          } else {
            await new Promise((resolve13) => setImmediate(resolve13));
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
  let sinceRelease = 0;
  const queue = [];
  let busy = false;
  const drain = async () => {
    if (busy)
      return;
    busy = true;
    while (queue.length > 0) {
      const message = queue.shift();
      if ("finish" in message) {
        port.postMessage({ finished: true, ruleTimes: times ? [...times] : void 0 });
        port.close();
        return;
      }
      try {
        port.postMessage({ index: message.index, outcome: analyseContent(message.bytes, rules, setup.limits) });
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
}
var import_node_module2, require3, threads, WORKER_ROLE, IN_FLIGHT, WORKER_YOUNG_GENERATION_MB, optimiserOff;
var init_workers = __esm({
  "dist/engine/workers.js"() {
    "use strict";
    import_node_module2 = require("node:module");
    init_review_files();
    init_parser();
    init_walk();
    init_package_root();
    require3 = (0, import_node_module2.createRequire)(__bundle_url);
    threads = require3("node:worker_threads");
    WORKER_ROLE = "git-review-security/analysis";
    IN_FLIGHT = 3;
    WORKER_YOUNG_GENERATION_MB = 6;
    optimiserOff = false;
    if (!threads.isMainThread && threads.workerData?.role === WORKER_ROLE) {
      serveAnalyses(threads.workerData).catch((error) => {
        throw error;
      });
    }
  }
});

// dist/engine/review-files.js
function gitBlobId(bytes) {
  return (0, import_node_crypto3.createHash)("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}
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
async function reviewFiles(jobs, settings) {
  const results = new Array(jobs.length);
  const misses = [];
  let missBytes = 0;
  let started;
  try {
    for (let index = 0; index < jobs.length; index++) {
      const job = jobs[index];
      const knownHit = job.blob === void 0 ? void 0 : settings.cache?.get(job.blob);
      if (knownHit) {
        results[index] = { path: job.path, blob: job.blob, analysis: knownHit, cached: true };
        await settings.onFileReviewed?.(results[index]);
        continue;
      }
      let bytes;
      try {
        bytes = await job.read();
      } catch (error) {
        results[index] = { path: job.path, error: `cannot read: ${error.code ?? error.message}`, cached: false };
        await settings.onFileReviewed?.(results[index]);
        continue;
      }
      const blob = job.blob ?? gitBlobId(bytes);
      const hit = job.blob === void 0 ? settings.cache?.get(blob) : void 0;
      if (hit) {
        results[index] = { path: job.path, blob, analysis: hit, cached: true };
      } else if (bytes.length > settings.maxFileBytes) {
        results[index] = { path: job.path, blob, error: `too large: ${bytes.length} bytes (limit ${settings.maxFileBytes}; raise maxFileBytes to review it)`, cached: false };
      } else {
        misses.push({ index, path: job.path, blob, bytes });
        missBytes += bytes.length;
        if (!started && index < jobs.length - 1 && threadsFor(settings.jobs, misses.length, missBytes) > 1) {
          const workerCount = (settings.jobs ?? (0, import_node_os.availableParallelism)()) - 1;
          if (workerCount > 0)
            started = (await Promise.resolve().then(() => (init_workers(), workers_exports))).startWorkers(settings.rules, workerCount, { timeLimitMs: settings.timeLimitMs });
        }
        continue;
      }
      await settings.onFileReviewed?.(results[index]);
    }
  } catch (error) {
    if (started)
      await Promise.all(started.workers.map((worker) => worker.terminate()));
    throw error;
  }
  const finish2 = (miss, outcome) => {
    const review = "error" in outcome ? { path: miss.path, blob: miss.blob, error: outcome.error, cached: false } : { path: miss.path, blob: miss.blob, analysis: outcome.analysis, cached: false };
    if (review.analysis && review.analysis.ruleErrors.length === 0)
      settings.cache?.set(miss.blob, review.analysis);
    results[miss.index] = review;
    return review;
  };
  const threads2 = threadsFor(settings.jobs, misses.length, missBytes);
  if (threads2 > 1) {
    const { analyseInWorkers: analyseInWorkers2 } = await Promise.resolve().then(() => (init_workers(), workers_exports));
    await analyseInWorkers2(misses.map((miss) => miss.bytes), settings.rules, threads2, (position, outcome) => {
      const review = finish2(misses[position], outcome);
      void settings.onFileReviewed?.(review);
    }, { timeLimitMs: settings.timeLimitMs }, started);
    return results;
  }
  let sinceRelease = 0;
  for (const miss of misses) {
    const review = finish2(miss, analyseContent(miss.bytes, settings.rules, { timeLimitMs: settings.timeLimitMs }));
    await settings.onFileReviewed?.(review);
    sinceRelease += miss.bytes.length;
    if (sinceRelease >= RELEASE_EVERY_BYTES && missBytes >= 2 * RELEASE_EVERY_BYTES) {
      sinceRelease = 0;
      await releaseTrees();
    } else if (misses.length > 1) {
      await new Promise((resolve13) => setImmediate(resolve13));
    }
  }
  return results;
}
function threadsFor(jobs, files, bytes) {
  if (files < 2)
    return 1;
  if (jobs !== void 0)
    return Math.max(1, Math.min(jobs, files));
  if (bytes < PARALLEL_MIN_BYTES)
    return 1;
  return Math.max(1, Math.min((0, import_node_os.availableParallelism)(), files));
}
var import_node_crypto3, import_node_os, PARALLEL_MIN_BYTES;
var init_review_files = __esm({
  "dist/engine/review-files.js"() {
    "use strict";
    import_node_crypto3 = require("node:crypto");
    import_node_os = require("node:os");
    init_analyse();
    init_decode();
    init_parser();
    PARALLEL_MIN_BYTES = 512 * 1024;
  }
});

// dist/policy/suppressions.js
function parseMarker(marker) {
  const parsed = { line: marker.line, kind: marker.kind, ruleIds: [], unknown: [], reason: "", used: /* @__PURE__ */ new Set() };
  if (marker.kind === "ignore" || marker.kind === "ignore-file") {
    const match = /^\[([^\]]*)\]\s*(.*)$/.exec(marker.text);
    if (!match) {
      if (marker.kind === "ignore-file")
        return void 0;
      parsed.reason = stripReasonSeparator(marker.text);
      return parsed;
    }
    for (const word of match[1].split(/[\s,]+/).filter(Boolean))
      addId(parsed, word, true);
    parsed.reason = stripReasonSeparator(match[2]);
    return parsed;
  }
  const text = marker.text.replace(/^:\s*/, "");
  const words2 = [...text.matchAll(/[^\s,]+/g)].map((match) => ({ word: match[0], at: match.index ?? 0 }));
  let index = 0;
  for (; index < words2.length; index++) {
    const word = words2[index].word.replace(/[,;:]$/, "");
    if (findRule(word)) {
      addId(parsed, word, true);
      continue;
    }
    if (!ID_SHAPE.test(word))
      break;
    if (marker.kind === "noqa" && !/^S\d{3}$/i.test(word))
      continue;
    if (!/^[BS]\d{3}$/i.test(word) && !word.includes("-") && !word.includes("_"))
      break;
    addId(parsed, word, true);
  }
  parsed.reason = index < words2.length ? stripReasonSeparator(text.slice(words2[index].at)) : "";
  if (marker.kind === "noqa" && parsed.ruleIds.length === 0)
    return void 0;
  return parsed;
}
function addId(parsed, word, reportUnknown) {
  const rule = findRule(word);
  if (rule) {
    if (!parsed.ruleIds.includes(rule.id))
      parsed.ruleIds.push(rule.id);
  } else if (reportUnknown) {
    parsed.unknown.push(word);
  }
}
function stripReasonSeparator(text) {
  return text.replace(/^(?:--?|:|—)\s*/, "").trim();
}
function indexMarkers(markers) {
  const problems = [];
  const parsed = markers.map((marker) => {
    const result2 = parseMarker(marker);
    if (!result2 && marker.kind === "ignore-file") {
      problems.push({ line: marker.line, message: "ignore-file needs rule ids, e.g. `# review-security: ignore-file[assert-used]`; this marker does nothing" });
    }
    return result2;
  }).filter((marker) => marker !== void 0);
  const byLine = /* @__PURE__ */ new Map();
  const fileWide = parsed.filter((marker) => marker.kind === "ignore-file");
  for (const marker of parsed) {
    if (marker.kind === "ignore-file")
      continue;
    const list = byLine.get(marker.line);
    if (list)
      list.push(marker);
    else
      byLine.set(marker.line, [marker]);
  }
  const covers = (marker, rule) => marker.ruleIds.length === 0 ? marker.unknown.length === 0 : marker.ruleIds.includes(rule);
  return {
    markers: parsed,
    problems,
    find(rule, firstLine, lastLine) {
      let found;
      const consider = (marker) => {
        if (!covers(marker, rule))
          return;
        marker.used.add(rule);
        found ??= marker;
      };
      for (let line = firstLine; line <= lastLine; line++)
        for (const marker of byLine.get(line) ?? [])
          consider(marker);
      for (const marker of fileWide)
        consider(marker);
      return found;
    },
    unused(relevant) {
      const notices = [];
      for (const marker of parsed) {
        const where = marker.kind === "ignore-file" ? "in this file" : "in this statement";
        if (marker.ruleIds.length === 0) {
          if (marker.unknown.length === 0 && marker.used.size === 0)
            notices.push({ line: marker.line, message: `unused suppression: no finding ${where} to silence` });
          continue;
        }
        for (const id of marker.ruleIds) {
          if (!marker.used.has(id) && relevant(id))
            notices.push({ line: marker.line, message: `unused suppression: no ${id} finding ${where}` });
        }
      }
      return notices;
    }
  };
}
var ID_SHAPE;
var init_suppressions = __esm({
  "dist/policy/suppressions.js"() {
    "use strict";
    init_rules();
    ID_SHAPE = /^(?:[A-Za-z]{1,3}\d{3,4}|[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+)$/;
  }
});

// dist/policy/apply.js
function applyPolicy(path, analysis, settings, projectPath = path) {
  const testReason = testCodeReason(projectPath, analysis.testSignals, settings.testCode.isTestPath);
  const suppressions = indexMarkers(analysis.markers);
  const forPath = pathSettings(projectPath, settings);
  const occurrences = /* @__PURE__ */ new Map();
  const findings = [];
  for (const raw of analysis.findings) {
    const rule = findRule(raw.rule);
    if (!rule)
      continue;
    const identity = `${rule.id}\0${projectPath}\0${raw.statementText}`;
    const occurrence = occurrences.get(identity) ?? 0;
    occurrences.set(identity, occurrence + 1);
    if (!forPath.enabled(rule.id))
      continue;
    const marker = settings.ignoreNosec ? void 0 : suppressions.find(rule.id, Math.min(raw.statementLines[0], raw.line), Math.max(raw.statementLines[1], raw.endLine));
    const levels3 = forPath.levels(rule.id);
    let severity = levels3?.severity ?? raw.severity;
    const confidence = levels3?.confidence ?? raw.confidence;
    let downgraded;
    if (testReason && rule.id !== "syntax-error") {
      if (forPath.testCodePolicy === "skip")
        continue;
      if (forPath.testCodePolicy === "downgrade") {
        if (OFF_IN_TEST_CODE.has(rule.id))
          continue;
        if (severity !== "low") {
          severity = severity === "high" ? "medium" : "low";
          downgraded = `test code (${testReason})`;
        }
      }
    }
    if (levelRank(confidence) < levelRank(settings.minConfidence) || levelRank(severity) < levelRank(settings.minSeverity))
      continue;
    const finding = {
      rule: rule.id,
      aliases: rule.aliases.filter((alias) => /^[A-Z]+\d+$/.test(alias)),
      category: rule.category,
      cwe: rule.cwe,
      severity,
      confidence,
      path,
      line: raw.line,
      column: raw.column,
      endLine: raw.endLine,
      endColumn: raw.endColumn,
      message: raw.message,
      blocking: false,
      fingerprint: (0, import_node_crypto4.createHash)("sha256").update(`${identity}\0${occurrence}`).digest("hex").slice(0, 32),
      statementText: raw.statementText,
      sourceLine: raw.sourceLine
    };
    if (raw.flow)
      finding.flow = raw.flow;
    if (downgraded)
      finding.downgraded = downgraded;
    if (marker)
      finding.suppressed = { kind: marker.kind, reason: marker.reason };
    finding.blocking = !finding.suppressed && !settings.neverBlock && levelRank(severity) >= levelRank(settings.failOn.severity) && levelRank(confidence) >= levelRank(settings.failOn.confidence);
    findings.push(finding);
  }
  const unknownSuppressionIds = suppressions.markers.flatMap((marker) => marker.unknown.map((id) => ({ line: marker.line, id })));
  const suppressionNotices = [
    ...unknownSuppressionIds.map(({ line, id }) => ({ line, message: `suppression names an unknown rule '${id}'` })),
    ...suppressions.problems
  ];
  if (settings.reportUnusedSuppressions && !settings.ignoreNosec) {
    suppressionNotices.push(...suppressions.unused((id) => forPath.enabled(id) && forPath.analysed(id)));
  }
  suppressionNotices.sort((a, b) => a.line - b.line);
  return { findings, unknownSuppressionIds, suppressionNotices, testCode: testReason };
}
function pathSettings(projectPath, settings) {
  const matching = (settings.overrides ?? []).filter((override) => override.matches(projectPath));
  const ruleOverride = (rule) => {
    let found;
    for (const override of matching)
      found = override.rules.get(rule) ?? found;
    return found;
  };
  return {
    enabled(rule) {
      if (rule === "syntax-error")
        return true;
      const override = ruleOverride(rule);
      return override ? override.enabled : settings.enabledRules?.has(rule) ?? true;
    },
    analysed: (rule) => settings.analysedRules?.has(rule) ?? true,
    levels(rule) {
      const override = ruleOverride(rule);
      const global = settings.ruleLevels.get(rule);
      if (!override?.severity && !override?.confidence)
        return global;
      return { severity: override.severity ?? global?.severity, confidence: override.confidence ?? global?.confidence };
    },
    testCodePolicy: matching.reduce((policy, override) => override.testCodePolicy ?? policy, settings.testCode.policy)
  };
}
var import_node_crypto4, OFF_IN_TEST_CODE;
var init_apply = __esm({
  "dist/policy/apply.js"() {
    "use strict";
    import_node_crypto4 = require("node:crypto");
    init_rules();
    init_types();
    init_suppressions();
    init_test_context();
    OFF_IN_TEST_CODE = /* @__PURE__ */ new Set(["assert-used", "hardcoded-password-string", "hardcoded-password-funcarg", "hardcoded-password-default", "hardcoded-secret", "django-hardcoded-secret-key"]);
  }
});

// dist/cli/progress.js
function loadOra() {
  return new Promise((resolve13) => resolve13((0, import_node_module3.createRequire)(__bundle_url)("ora")));
}
function progressWanted(io, flags) {
  if (flags.progress === false || flags.quiet)
    return false;
  return io.stderr.isTTY === true && (io.stderr.columns ?? 0) > 0 && io.env.CI === void 0 && io.env.TERM !== "dumb";
}
function startProgress(io, total, flags, delayMs = PROGRESS_DELAY_MS) {
  if (!progressWanted(io, flags) || total === 0)
    return NO_PROGRESS;
  return new SpinnerProgress(io, total, delayMs);
}
var import_node_module3, PROGRESS_DELAY_MS, YIELD_EVERY_MS, NO_PROGRESS, SpinnerProgress;
var init_progress = __esm({
  "dist/cli/progress.js"() {
    "use strict";
    import_node_module3 = require("node:module");
    PROGRESS_DELAY_MS = 300;
    YIELD_EVERY_MS = 50;
    NO_PROGRESS = { fileReviewed: () => void 0, stop: () => void 0 };
    SpinnerProgress = class {
      io;
      total;
      delayMs;
      done = 0;
      cached = 0;
      startedAt = performance.now();
      lastYield = this.startedAt;
      /** Set once ora is being loaded; resolves when the spinner is up (or cannot be). */
      loading;
      stopped = false;
      spinner;
      timer;
      constructor(io, total, delayMs) {
        this.io = io;
        this.total = total;
        this.delayMs = delayMs;
        this.timer = setTimeout(() => this.show(), delayMs);
        this.timer.unref();
      }
      fileReviewed(cached) {
        this.done++;
        if (cached)
          this.cached++;
        if (this.spinner)
          this.spinner.text = this.text();
        const now = performance.now();
        if (now - this.startedAt >= this.delayMs && this.done < this.total)
          this.show();
        if (this.loading && !this.spinner && !this.stopped)
          return this.loading;
        if (now - this.lastYield < YIELD_EVERY_MS || this.stopped)
          return void 0;
        this.lastYield = now;
        return new Promise((resolve13) => setImmediate(resolve13));
      }
      stop() {
        this.stopped = true;
        clearTimeout(this.timer);
        this.spinner?.stop();
        this.spinner = void 0;
      }
      show() {
        if (this.loading || this.stopped)
          return;
        this.loading = loadOra().then(({ default: ora }) => {
          if (this.stopped)
            return;
          this.spinner = ora({ stream: this.io.stderr, text: this.text(), isEnabled: true, discardStdin: false }).start();
        }, () => void 0);
      }
      text() {
        return `Reviewing Python files: ${this.done}/${this.total}${this.cached > 0 ? ` (${this.cached} from cache)` : ""}`;
      }
    };
  }
});

// dist/files/python-files.js
function hasPythonExtension(path) {
  return PYTHON_EXTENSIONS.some((extension) => path.endsWith(extension));
}
function hasPythonShebang(head) {
  if (head.length < 2 || head[0] !== 35 || head[1] !== 33)
    return false;
  let end = head.indexOf(10);
  if (end < 0)
    end = Math.min(head.length, 200);
  return SHEBANG.test(Buffer.from(head.subarray(0, end)).toString("latin1"));
}
var PYTHON_EXTENSIONS, SHEBANG;
var init_python_files = __esm({
  "dist/files/python-files.js"() {
    "use strict";
    PYTHON_EXTENSIONS = [".py", ".pyw", ".pyi"];
    SHEBANG = /^#![^\n]*\bpython[\d.]*\b/;
  }
});

// dist/files/walk-paths.js
function expandPaths(paths, base, followSymlinks = false) {
  const found = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (absolute) => {
    if (seen.has(absolute))
      return;
    seen.add(absolute);
    found.push({ absolute, path: displayPath(absolute, base) });
  };
  for (const given of paths) {
    const absolute = (0, import_node_path4.resolve)(base, given);
    let stats;
    try {
      stats = (0, import_node_fs3.lstatSync)(absolute);
    } catch {
      throw new PathError(`${given}: no such file or directory`);
    }
    if (stats.isSymbolicLink()) {
      if (!followSymlinks)
        continue;
      stats = (0, import_node_fs3.statSync)(absolute);
    }
    if (stats.isDirectory())
      walkDirectory(absolute, add, followSymlinks);
    else if (stats.isFile())
      add(absolute);
  }
  return found.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function walkDirectory(root, add, followSymlinks) {
  const stack = [root];
  while (stack.length > 0) {
    const directory = stack.pop();
    let entries;
    try {
      entries = (0, import_node_fs3.readdirSync)(directory, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => a.name < b.name ? 1 : a.name > b.name ? -1 : 0);
    for (const entry of entries) {
      const absolute = (0, import_node_path4.join)(directory, entry.name);
      if (entry.isDirectory()) {
        if (!DEFAULT_EXCLUDED_DIRS.has(entry.name) && !entry.name.endsWith(".egg-info"))
          stack.push(absolute);
      } else if (entry.isFile()) {
        if (hasPythonExtension(entry.name) || !entry.name.includes(".") && startsWithPythonShebang(absolute))
          add(absolute);
      } else if (entry.isSymbolicLink() && followSymlinks && hasPythonExtension(entry.name)) {
        add(absolute);
      }
    }
  }
}
function startsWithPythonShebang(absolute) {
  let descriptor;
  try {
    descriptor = (0, import_node_fs3.openSync)(absolute, "r");
    const head = Buffer.alloc(128);
    const read = (0, import_node_fs3.readSync)(descriptor, head, 0, head.length, 0);
    return hasPythonShebang(head.subarray(0, read));
  } catch {
    return false;
  } finally {
    if (descriptor !== void 0)
      (0, import_node_fs3.closeSync)(descriptor);
  }
}
function displayPath(absolute, base) {
  const rel = (0, import_node_path4.relative)(base, absolute);
  return (rel === "" ? "." : rel).split(import_node_path4.sep).join("/");
}
var import_node_fs3, import_node_path4, DEFAULT_EXCLUDED_DIRS, PathError;
var init_walk_paths = __esm({
  "dist/files/walk-paths.js"() {
    "use strict";
    import_node_fs3 = require("node:fs");
    import_node_path4 = require("node:path");
    init_python_files();
    DEFAULT_EXCLUDED_DIRS = /* @__PURE__ */ new Set([
      ".git",
      ".hg",
      ".svn",
      "node_modules",
      ".tox",
      ".nox",
      ".venv",
      "venv",
      "env",
      ".env",
      "virtualenv",
      "build",
      "dist",
      "__pycache__",
      ".eggs",
      ".mypy_cache",
      ".pytest_cache",
      ".ruff_cache",
      "site-packages"
    ]);
    PathError = class extends Error {
    };
  }
});

// dist/git/repo.js
function locateProject(cwd, env) {
  const result2 = (0, import_node_child_process.spawnSync)("git", ["rev-parse", "--path-format=absolute", "--show-toplevel", "--git-common-dir"], { cwd, env, encoding: "utf8" });
  if (result2.error)
    return { cwd, problem: result2.error.code === "ENOENT" ? "git is not installed or not on PATH" : `git failed: ${result2.error.message}` };
  if (result2.status !== 0)
    return { cwd, problem: locationProblem(result2.stderr, env) };
  const [root, commonDir] = result2.stdout.split("\n");
  return { root: root || void 0, commonDir: commonDir || void 0, cwd };
}
function locationProblem(stderr, env) {
  const reason = stderr.trim().split("\n").find((line) => line.trim())?.replace(/^(fatal|error): /, "");
  if (reason && /must be run in a work tree/.test(reason))
    return "a bare repository (no work tree, no index)";
  if (reason && env.GIT_DIR)
    return `GIT_DIR=${env.GIT_DIR}: ${reason}`;
  return void 0;
}
function cacheDirFor(location) {
  return location.commonDir ? (0, import_node_path5.join)(location.commonDir, "review-security") : void 0;
}
var import_node_child_process, import_node_path5;
var init_repo = __esm({
  "dist/git/repo.js"() {
    "use strict";
    import_node_child_process = require("node:child_process");
    import_node_path5 = require("node:path");
  }
});

// dist/config/validate.js
function configSchema() {
  loadedSchema ??= JSON.parse((0, import_node_fs4.readFileSync)(packagePath("config", "schema.json"), "utf8"));
  return loadedSchema;
}
function validateConfig(config, prefix = "") {
  const schema = configSchema();
  const problems = [];
  check2(config, schema, schema, prefix, problems);
  if (problems.length === 0 && isObject(config)) {
    checkRuleKeys(config.rules, join5(prefix, "rules"), true, problems);
    if (Array.isArray(config.overrides)) {
      config.overrides.forEach((override, index) => {
        if (isObject(override))
          checkRuleKeys(override.rules, `${join5(prefix, "overrides")}[${index}].rules`, false, problems);
      });
    }
  }
  return problems;
}
function check2(value, schema, root, path, problems) {
  if (schema.$ref) {
    const target = root.definitions?.[schema.$ref.replace("#/definitions/", "")];
    if (!target)
      throw new Error(`config schema: unresolved ${schema.$ref}`);
    check2(value, { ...target, ...schema, $ref: void 0 }, root, path, problems);
    return;
  }
  if (schema.oneOf) {
    const fitting = schema.oneOf.filter((alternative) => fitsType(value, resolve3(alternative, root)));
    if (fitting.length === 1)
      check2(value, fitting[0], root, path, problems);
    else
      problems.push({ path, message: `expected ${schema.oneOf.map((alternative) => describe(resolve3(alternative, root), root)).join(" or ")}, got ${shown(value)}` });
    return;
  }
  if (schema.enum) {
    if (!schema.enum.includes(value)) {
      const hint = typeof value === "string" ? suggestion(value, schema.enum.filter((item) => typeof item === "string")) : "";
      problems.push({ path, message: `expected ${describe(schema, root)}, got ${shown(value)}${hint}` });
    }
    return;
  }
  if (schema.type && !fitsType(value, schema)) {
    problems.push({ path, message: `expected ${describe(schema, root)}, got ${shown(value)}` });
    return;
  }
  if (typeof value === "string" && schema.minLength !== void 0 && value.length < schema.minLength) {
    problems.push({ path, message: "expected a non-empty string" });
  }
  if (typeof value === "number" && schema.minimum !== void 0 && value < schema.minimum) {
    problems.push({ path, message: `expected a number \u2265 ${schema.minimum}, got ${value}` });
  }
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, index) => check2(item, schema.items, root, `${path}[${index}]`, problems));
  }
  if (isObject(value) && schema.type === "object") {
    for (const key of schema.required ?? []) {
      if (!(key in value))
        problems.push({ path, message: `missing required key '${key}'` });
    }
    const known = Object.keys(schema.properties ?? {});
    for (const [key, item] of Object.entries(value)) {
      const property = schema.properties?.[key];
      if (property)
        check2(item, property, root, join5(path, key), problems);
      else if (isObject(schema.additionalProperties))
        check2(item, schema.additionalProperties, root, join5(path, key), problems);
      else if (schema.additionalProperties === false) {
        const candidates = known.filter((name) => name !== "$schema");
        const hint = suggestion(key, candidates);
        problems.push({ path: join5(path, key), message: `unknown key${hint || (candidates.length > 0 ? ` (expected one of: ${candidates.join(", ")})` : "")}` });
      }
    }
  }
}
function checkRuleKeys(rules, path, optionsAllowed, problems) {
  if (!isObject(rules))
    return;
  for (const [key, setting] of Object.entries(rules)) {
    const named = rulesNamedBy(key);
    if (!named) {
      problems.push({ path: join5(path, key), message: `unknown rule id, alias or category${suggestion(key, ruleNames())}` });
      continue;
    }
    if (!optionsAllowed || !isObject(setting) || !isObject(setting.options))
      continue;
    const optionsPath = join5(join5(path, key), "options");
    if (named.length !== 1) {
      problems.push({ path: optionsPath, message: "options belong to a single rule, not a category" });
      continue;
    }
    const defaults = named[0].options ?? {};
    for (const [name, value] of Object.entries(setting.options)) {
      if (!(name in defaults)) {
        const known = Object.keys(defaults);
        const hint = suggestion(name, known);
        problems.push({ path: join5(optionsPath, name), message: `rule ${named[0].id} has no option '${name}'${hint || (known.length > 0 ? ` (options: ${known.join(", ")})` : " (it takes no options)")}` });
        continue;
      }
      const expected = optionType(defaults[name]);
      if (optionType(value) !== expected)
        problems.push({ path: join5(optionsPath, name), message: `expected ${expected}, got ${shown(value)}` });
    }
  }
}
function optionType(value) {
  if (Array.isArray(value))
    return value.every((item) => typeof item === "string") ? "a list of strings" : "a list";
  if (typeof value === "string")
    return "a string";
  if (typeof value === "number")
    return "a number";
  if (typeof value === "boolean")
    return "true or false";
  return shown(value);
}
function ruleNames() {
  names ??= [...RULES.flatMap((rule) => [rule.id, ...rule.aliases]), ...CATEGORIES];
  return names;
}
function resolve3(schema, root) {
  return schema.$ref ? { ...root.definitions?.[schema.$ref.replace("#/definitions/", "")], ...schema, $ref: void 0 } : schema;
}
function fitsType(value, schema) {
  if (schema.enum)
    return schema.enum.some((item) => typeof item === typeof value);
  switch (schema.type) {
    case "object":
      return isObject(value);
    case "array":
      return Array.isArray(value);
    case "string":
      return typeof value === "string";
    case "boolean":
      return typeof value === "boolean";
    case "integer":
      return Number.isInteger(value);
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    default:
      return true;
  }
}
function describe(schema, root) {
  const resolved = resolve3(schema, root);
  if (resolved.enum)
    return resolved.enum.length === 1 ? JSON.stringify(resolved.enum[0]) : `one of ${resolved.enum.map((item) => JSON.stringify(item)).join(", ")}`;
  switch (resolved.type) {
    case "object":
      return resolved.properties ? `an object with keys ${Object.keys(resolved.properties).join(", ")}` : "an object";
    case "array":
      return resolved.items && resolve3(resolved.items, root).type === "string" ? "a list of strings" : "a list";
    case "string":
      return "a string";
    case "boolean":
      return "true or false";
    case "integer":
      return "a whole number";
    case "number":
      return "a number";
    default:
      return "a value";
  }
}
function shown(value) {
  if (value === null)
    return "null";
  if (Array.isArray(value))
    return "a list";
  if (typeof value === "object")
    return "an object";
  if (typeof value === "string")
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}\u2026` : value);
  return String(value);
}
function suggestion(word, candidates) {
  let best;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const limit = word.length <= 3 ? 1 : Math.max(2, Math.min(3, Math.floor(word.length / 3)));
  return best && bestDistance > 0 && bestDistance <= limit ? `; did you mean '${best}'?` : "";
}
function join5(path, key) {
  const part = /^[A-Za-z_$][\w$-]*$/.test(key) ? key : JSON.stringify(key);
  if (!path)
    return part;
  return /^[A-Za-z_$]/.test(part) ? `${path}.${part}` : `${path}[${part}]`;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var import_node_fs4, loadedSchema, names;
var init_validate = __esm({
  "dist/config/validate.js"() {
    "use strict";
    import_node_fs4 = require("node:fs");
    init_args();
    init_rules();
    init_types();
    init_settings();
    init_package_root();
  }
});

// dist/config/bandit.js
function banditFromToml(table) {
  const list = (value) => Array.isArray(value) ? value.map(String) : typeof value === "string" ? splitList(value) : [];
  return {
    skips: list(table.skips),
    tests: list(table.tests),
    exclude: [...list(table.exclude_dirs), ...list(table.exclude)],
    otherKeys: Object.keys(table).filter((key) => !HANDLED.has(key))
  };
}
function banditFromIni(text) {
  const section = parseIniSection(text, "bandit");
  if (!section)
    return void 0;
  return {
    skips: splitList(section.get("skips") ?? ""),
    tests: splitList(section.get("tests") ?? ""),
    exclude: splitList(section.get("exclude") ?? ""),
    otherKeys: [...section.keys()].filter((key) => !HANDLED.has(key))
  };
}
function migrateBandit(settings, source) {
  const unmapped = [];
  const config = {};
  const rules = {};
  const ruleIds = (ids) => ids.flatMap((id) => {
    if (id.toUpperCase() === "B001")
      return RULES.filter((rule2) => rule2.aliases.some((alias) => /^B[34]\d\d$/.test(alias))).map((rule2) => rule2.id);
    const rule = findRule(id);
    if (!rule) {
      unmapped.push(id);
      return [];
    }
    return [rule.id];
  });
  const tests = ruleIds(settings.tests);
  const skips = new Set(ruleIds(settings.skips));
  if (settings.tests.length > 0) {
    config.extends = "none";
    for (const id of tests)
      if (!skips.has(id))
        rules[id] = "on";
  } else {
    for (const id of skips)
      rules[id] = "off";
  }
  if (Object.keys(rules).length > 0)
    config.rules = rules;
  if (settings.exclude.length > 0)
    config.exclude = settings.exclude.map(banditExcludeToGlob);
  unmapped.push(...settings.otherKeys.map((key) => `${key} (setting)`));
  return { config, source, unmapped };
}
function banditExcludeToGlob(entry) {
  return entry.replace(/^\*\//, "**/").replace(/\/\*$/, "/");
}
function splitList(value) {
  return value.split(/[,\s]+/).map((item) => item.trim()).filter(Boolean);
}
function parseIniSection(text, name) {
  let current;
  let section;
  let lastKey;
  for (const raw of text.split(/\r?\n/)) {
    if (/^\s*[#;]/.test(raw) || raw.trim() === "")
      continue;
    const header = /^\s*\[([^\]]+)\]\s*$/.exec(raw);
    if (header) {
      current = header[1].trim();
      if (current === name)
        section ??= /* @__PURE__ */ new Map();
      lastKey = void 0;
      continue;
    }
    if (current !== name || !section)
      continue;
    if (/^\s/.test(raw) && lastKey) {
      section.set(lastKey, `${section.get(lastKey)}
${raw.trim()}`);
      continue;
    }
    const pair = /^([^=:]+)[=:](.*)$/.exec(raw);
    if (!pair)
      continue;
    lastKey = pair[1].trim().toLowerCase();
    section.set(lastKey, pair[2].trim());
  }
  return section;
}
var HANDLED;
var init_bandit = __esm({
  "dist/config/bandit.js"() {
    "use strict";
    init_rules();
    HANDLED = /* @__PURE__ */ new Set(["skips", "tests", "exclude_dirs", "exclude"]);
  }
});

// dist/config/staged-source.js
function stagedBlobs(root, paths, env) {
  const blobs = /* @__PURE__ */ new Map();
  if (paths.length === 0)
    return blobs;
  const result2 = (0, import_node_child_process2.spawnSync)("git", ["ls-files", "--stage", "-z", "--", ...paths.map((path) => `:(literal)${path}`)], { cwd: root, env, encoding: "utf8" });
  if (result2.status !== 0 || result2.error)
    return blobs;
  for (const record2 of result2.stdout.split("\0")) {
    const match = /^(\d+) ([0-9a-f]+) (\d)\t(.*)$/s.exec(record2);
    if (match && match[3] === "0" && match[1] !== "160000")
      blobs.set(match[4], match[2]);
  }
  return blobs;
}
function readBlob(root, blob, env) {
  const result2 = (0, import_node_child_process2.spawnSync)("git", ["cat-file", "blob", blob], { cwd: root, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return result2.status === 0 && !result2.error ? result2.stdout : void 0;
}
function readStaged(root, path, env) {
  const blob = stagedBlobs(root, [path], env).get(path);
  return blob ? readBlob(root, blob, env) : void 0;
}
var import_node_child_process2;
var init_staged_source = __esm({
  "dist/config/staged-source.js"() {
    "use strict";
    import_node_child_process2 = require("node:child_process");
  }
});

// dist/config/load.js
function isStagedMode(args) {
  if (args.options.get("all") || args.options.get("rev"))
    return false;
  if (args.options.get("staged") || args.options.get("pre-commit"))
    return true;
  return args.positionals.length === 0 && (args.command === void 0 || args.command === "review");
}
function isGitMode(args) {
  return !!(args.options.get("all") || args.options.get("rev") || args.options.get("staged") || args.options.get("pre-commit")) || args.positionals.length === 0;
}
async function loadConfig(args, location, env = process.env) {
  const defaultRoot = location.root ?? location.cwd;
  if (args.options.get("no-config") === true)
    return { config: {}, notices: [], projectRoot: defaultRoot };
  const allowJavaScript = args.options.get("no-config-js") !== true;
  const staged = isStagedMode(args) && location.root !== void 0;
  const reader = new ConfigReader(location, env, staged, allowJavaScript);
  const explicit = args.options.get("config");
  if (explicit !== void 0) {
    const filepath = (0, import_node_path6.resolve)(location.cwd, explicit);
    if (!(0, import_node_fs5.existsSync)(filepath))
      throw new UserFacingError(`--config ${explicit}: no such file`);
    if (!allowJavaScript && JAVASCRIPT.test(filepath))
      throw new UserFacingError(`--config ${explicit}: JavaScript config files are refused with --no-config-js`);
    const found = await reader.read(filepath);
    if (!found) {
      const what = (0, import_node_path6.basename)(filepath) === "pyproject.toml" ? `no [tool.${MODULE_NAME}] table` : (0, import_node_path6.basename)(filepath) === "package.json" ? `no "${MODULE_NAME}" key` : "it is empty";
      throw new UserFacingError(`${reader.display(filepath)}: ${what}`);
    }
    return finish(found, reader, location);
  }
  const directories = searchDirectories(args, location, env);
  for (const directory of directories) {
    const found = await reader.search(directory);
    if (found)
      return finish(found, reader, location);
  }
  for (const directory of directories) {
    const bandit = reader.bandit(directory);
    if (bandit) {
      const { config, notice } = bandit;
      return { config, notices: [notice], projectRoot: location.root ?? directory, bandit: bandit.migration };
    }
  }
  return { config: {}, notices: [], projectRoot: defaultRoot };
}
function searchDirectories(args, location, env) {
  if (location.root && isGitMode(args))
    return [location.root];
  const directories = [(0, import_node_path6.resolve)(location.cwd)];
  const under = (directory, base) => !(0, import_node_path6.relative)(base, directory).startsWith("..");
  const home = env.HOME ? (0, import_node_path6.resolve)(env.HOME) : void 0;
  const stop = location.root ? (0, import_node_path6.resolve)(location.root) : home && under(directories[0], home) ? home : void 0;
  let current = directories[0];
  while (current !== stop && (0, import_node_path6.dirname)(current) !== current) {
    current = (0, import_node_path6.dirname)(current);
    directories.push(current);
  }
  return directories;
}
function finish(found, reader, location) {
  const name = (0, import_node_path6.basename)(found.filepath);
  const prefix = name === "pyproject.toml" ? `tool.${MODULE_NAME}` : name === "package.json" ? MODULE_NAME : "";
  const problems = validateConfig(found.config, prefix);
  if (problems.length > 0) {
    const [first] = problems;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more ${problems.length === 2 ? "problem" : "problems"})` : "";
    throw new UserFacingError(`${reader.display(found.filepath)}: ${first.path ? `${first.path}: ` : ""}${first.message}${more}`);
  }
  const config = { ...found.config };
  delete config.$schema;
  const base = (0, import_node_path6.dirname)(found.filepath);
  if (config.baseline)
    config.baseline = (0, import_node_path6.resolve)(base, config.baseline);
  if (config.cache?.dir)
    config.cache = { ...config.cache, dir: (0, import_node_path6.resolve)(base, config.cache.dir) };
  return { config, filepath: found.filepath, notices: found.notices, projectRoot: location.root ?? base, staged: found.staged };
}
function parseContent(filepath, content, reader) {
  if (content.trim() === "")
    return void 0;
  const extension = (0, import_node_path6.extname)(filepath);
  try {
    if (extension === ".toml")
      return loadToml(filepath, content);
    if (extension === ".json") {
      const data = loadJson(filepath, content);
      return (0, import_node_path6.basename)(filepath) === "package.json" ? data?.[MODULE_NAME] : data;
    }
    return loadYaml(filepath, content);
  } catch (error) {
    throw reader.userError(error, filepath);
  }
}
function parseTomlText(filepath, content, reader) {
  try {
    return parseToml(filepath, content);
  } catch (error) {
    throw reader.userError(error, filepath);
  }
}
function parseToml(filepath, content) {
  try {
    return tomlLibrary().parse(content);
  } catch (error) {
    const tomlError = error;
    const reason = tomlError.message.replace(/^Invalid TOML document:\s*/, "").split("\n")[0];
    throw new ConfigSyntaxError(filepath, tomlError.line, tomlError.column, `invalid TOML: ${reason}`);
  }
}
function lineAndColumn(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return [line, offset - before.lastIndexOf("\n")];
}
var import_node_fs5, import_node_path6, import_node_module4, MODULE_NAME, require4, cosmiconfigModule, tomlModule, cosmiconfigLibrary, tomlLibrary, SEARCH_PLACES, JAVASCRIPT, ConfigSyntaxError, STAGED_CANDIDATES, ConfigReader, loadJson, loadYaml, loadToml;
var init_load = __esm({
  "dist/config/load.js"() {
    "use strict";
    import_node_fs5 = require("node:fs");
    import_node_path6 = require("node:path");
    import_node_module4 = require("node:module");
    init_main();
    init_validate();
    init_bandit();
    init_staged_source();
    MODULE_NAME = "review-security";
    require4 = (0, import_node_module4.createRequire)(__bundle_url);
    cosmiconfigLibrary = () => cosmiconfigModule ??= require4("cosmiconfig");
    tomlLibrary = () => tomlModule ??= require4("smol-toml");
    SEARCH_PLACES = [
      `.${MODULE_NAME}rc`,
      `.${MODULE_NAME}rc.json`,
      `.${MODULE_NAME}rc.yaml`,
      `.${MODULE_NAME}rc.yml`,
      `.${MODULE_NAME}rc.js`,
      `.${MODULE_NAME}rc.cjs`,
      `.${MODULE_NAME}rc.mjs`,
      `${MODULE_NAME}.config.js`,
      `${MODULE_NAME}.config.cjs`,
      `${MODULE_NAME}.config.mjs`,
      "pyproject.toml",
      "package.json"
    ];
    JAVASCRIPT = /\.[cm]?js$/;
    ConfigSyntaxError = class extends Error {
      file;
      line;
      column;
      reason;
      constructor(file, line, column, reason) {
        super(reason);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
      }
    };
    STAGED_CANDIDATES = [...SEARCH_PLACES, ".bandit"];
    ConfigReader = class {
      location;
      env;
      staged;
      explorerInstance;
      places;
      /** Index entries already asked about (path relative to the top level → blob id, or null when not staged). */
      stagedIds = /* @__PURE__ */ new Map();
      constructor(location, env, staged, allowJavaScript) {
        this.location = location;
        this.env = env;
        this.staged = staged;
        this.places = SEARCH_PLACES.filter((place) => allowJavaScript || !JAVASCRIPT.test(place));
      }
      get explorer() {
        try {
          this.explorerInstance ??= cosmiconfigLibrary().cosmiconfig(MODULE_NAME, {
            searchPlaces: this.places,
            searchStrategy: "none",
            cache: false,
            loaders: { ".json": loadJson, ".yaml": loadYaml, ".yml": loadYaml, noExt: loadYaml, ".toml": loadToml }
          });
        } catch (error) {
          const file = /^(?:JSON|YAML) Error in (.+?):\s*$/m.exec(error.message)?.[1];
          if (file) {
            try {
              (file.endsWith(".json") ? loadJson : loadYaml)(file, (0, import_node_fs5.readFileSync)(file, "utf8"));
            } catch (precise) {
              throw this.userError(precise, file);
            }
          }
          throw this.userError(error, file ?? process.cwd());
        }
        return this.explorerInstance;
      }
      display(filepath) {
        const rel = (0, import_node_path6.relative)(this.location.cwd, filepath);
        return rel && !rel.startsWith("..") && !(0, import_node_path6.isAbsolute)(rel) ? rel : filepath;
      }
      /** One file: from the index when staged mode applies to it, else from disk. Undefined when it holds no settings of ours. */
      async read(filepath) {
        const staged = this.stagedContents([filepath]).get(filepath);
        if (staged !== void 0 && !JAVASCRIPT.test(filepath))
          return this.fromContent(filepath, staged);
        return this.guard(filepath, async () => {
          const result2 = await this.explorer.load(filepath);
          return result2 && !result2.isEmpty ? { filepath: result2.filepath, config: result2.config, staged: false, notices: [] } : void 0;
        });
      }
      /** The first search place in `directory` with settings of ours. */
      async search(directory) {
        if (this.staged && this.location.root && (0, import_node_path6.resolve)(directory) === (0, import_node_path6.resolve)(this.location.root)) {
          const paths = this.places.map((place) => (0, import_node_path6.resolve)(directory, place));
          const staged = this.stagedContents(paths);
          for (const filepath of paths) {
            const content = staged.get(filepath);
            const found = content !== void 0 && !JAVASCRIPT.test(filepath) ? this.fromContent(filepath, content) : (0, import_node_fs5.existsSync)(filepath) ? await this.read(filepath) : void 0;
            if (found)
              return found;
          }
          return void 0;
        }
        if (!this.places.some((place) => (0, import_node_fs5.existsSync)((0, import_node_path6.resolve)(directory, place))))
          return void 0;
        return this.guard(directory, async () => {
          const result2 = await this.explorer.search(directory);
          return result2 && !result2.isEmpty ? { filepath: result2.filepath, config: result2.config, staged: false, notices: [] } : void 0;
        });
      }
      /** Bandit's settings in `directory`: `[tool.bandit]` in pyproject.toml, then `.bandit`. */
      bandit(directory) {
        for (const place of ["pyproject.toml", ".bandit"]) {
          const filepath = (0, import_node_path6.resolve)(directory, place);
          const content = this.content(filepath);
          if (content === void 0)
            continue;
          let settings;
          if (place === "pyproject.toml") {
            const data = parseTomlText(filepath, content, this);
            const table = data?.tool?.bandit;
            if (!table || typeof table !== "object" || Array.isArray(table))
              continue;
            settings = banditFromToml(table);
          } else {
            settings = banditFromIni(content);
            if (!settings)
              continue;
          }
          const source = place === "pyproject.toml" ? `${this.display(filepath)} [tool.bandit]` : this.display(filepath);
          const migration = { ...migrateBandit(settings, source), filepath };
          const parts = [
            settings.skips.length > 0 ? `skips ${settings.skips.join(", ")}` : "",
            settings.tests.length > 0 ? `tests ${settings.tests.join(", ")}` : "",
            settings.exclude.length > 0 ? `excludes ${settings.exclude.join(", ")}` : ""
          ].filter(Boolean);
          const ignored = migration.unmapped.length > 0 ? `; not mapped: ${migration.unmapped.join(", ")}` : "";
          const notice = `using Bandit settings from ${source}${parts.length > 0 ? ` (${parts.join("; ")})` : ""}${ignored}; run \`git review-security init\` to write a review-security config`;
          return { config: migration.config, notice, migration };
        }
        return void 0;
      }
      /** A file's text: the index version in staged mode when it is staged, else the worktree's. */
      content(filepath) {
        const staged = this.stagedContents([filepath]).get(filepath);
        if (staged !== void 0)
          return staged;
        try {
          return (0, import_node_fs5.readFileSync)(filepath, "utf8");
        } catch {
          return void 0;
        }
      }
      stagedContents(filepaths) {
        const contents = /* @__PURE__ */ new Map();
        const root = this.location.root;
        if (!this.staged || !root)
          return contents;
        const inside = filepaths.map((filepath) => ({ filepath, rel: (0, import_node_path6.relative)(root, filepath).split("\\").join("/") })).filter(({ rel }) => rel && !rel.startsWith("..") && !(0, import_node_path6.isAbsolute)(rel));
        if (inside.some(({ rel }) => !this.stagedIds.has(rel))) {
          const unasked = [.../* @__PURE__ */ new Set([...inside.map(({ rel }) => rel), ...STAGED_CANDIDATES])].filter((rel) => !this.stagedIds.has(rel));
          const blobs = stagedBlobs(root, unasked, this.env);
          for (const rel of unasked)
            this.stagedIds.set(rel, blobs.get(rel) ?? null);
        }
        for (const { filepath, rel } of inside) {
          const blob = this.stagedIds.get(rel);
          if (!blob)
            continue;
          const text = readBlob(root, blob, this.env);
          if (text !== void 0)
            contents.set(filepath, text);
        }
        return contents;
      }
      fromContent(filepath, content) {
        const config = parseContent(filepath, content, this);
        if (config === void 0 || config === null)
          return void 0;
        const notices = [];
        let worktree;
        try {
          worktree = (0, import_node_fs5.readFileSync)(filepath, "utf8");
        } catch {
          worktree = void 0;
        }
        if (worktree !== content)
          notices.push(`config: using the staged version of ${this.display(filepath)} (the worktree copy differs)`);
        return { filepath, config, staged: true, notices };
      }
      async guard(where, load) {
        try {
          return await load();
        } catch (error) {
          throw this.userError(error, where);
        }
      }
      userError(error, where) {
        if (error instanceof UserFacingError)
          return error;
        if (error instanceof ConfigSyntaxError) {
          const position = error.line !== void 0 ? `:${error.line}${error.column !== void 0 ? `:${error.column}` : ""}` : "";
          return new UserFacingError(`${this.display(error.file)}${position}: ${error.reason}`);
        }
        const file = error.filepath ?? where;
        const message = error instanceof Error ? error.message.split("\n").find((line) => line.trim()) ?? error.name : String(error);
        return new UserFacingError(`${this.display(file)}: cannot load config: ${message}`);
      }
    };
    loadJson = (filepath, content) => {
      try {
        return JSON.parse(content.replace(/^\uFEFF/, ""));
      } catch (error) {
        const message = error.message;
        const offset = /at position (\d+)/.exec(message);
        const [line, column] = offset ? lineAndColumn(content, Number(offset[1])) : content.trim() ? lineAndColumn(content, content.length) : [1, 1];
        throw new ConfigSyntaxError(filepath, line, column, `invalid JSON: ${message.replace(/ in JSON at position \d+.*$/s, "").replace(/ \(line \d+ column \d+\)$/, "")}`);
      }
    };
    loadYaml = (filepath, content) => {
      try {
        return cosmiconfigLibrary().defaultLoaders[".yaml"](filepath, content);
      } catch (error) {
        const yamlError = error;
        throw new ConfigSyntaxError(filepath, yamlError.mark ? yamlError.mark.line + 1 : void 0, yamlError.mark ? yamlError.mark.column + 1 : void 0, `invalid YAML: ${yamlError.reason ?? error.message.split("\n")[1] ?? "parse error"}`);
      }
    };
    loadToml = (filepath, content) => {
      const data = parseToml(filepath, content);
      return (0, import_node_path6.basename)(filepath) === "pyproject.toml" ? data.tool?.[MODULE_NAME] : data;
    };
  }
});

// dist/policy/baseline.js
function parseBaseline(text, file) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`not valid JSON (${error.message.replace(/ in JSON at position .*$/s, "")}); regenerate it with \`git review-security baseline\``);
  }
  const findings = data?.findings;
  if (!Array.isArray(findings) || data.version !== BASELINE_VERSION) {
    throw new BaselineError(`not a review-security baseline (expected {"version": ${BASELINE_VERSION}, "findings": [...]}); regenerate it with \`git review-security baseline\``);
  }
  const entries = [];
  findings.forEach((entry, index) => {
    const item = entry;
    if (typeof item?.fingerprint !== "string" || typeof item.path !== "string" || typeof item.rule !== "string") {
      throw new BaselineError(`findings[${index}]: expected an object with fingerprint, rule and path`);
    }
    entries.push({ fingerprint: item.fingerprint, rule: item.rule, path: item.path, line: Number(item.line) || 0, statement: String(item.statement ?? "") });
  });
  return { file, entries };
}
function applyBaseline(findings, baseline, reviewed) {
  const remaining = /* @__PURE__ */ new Map();
  for (const entry of baseline.entries)
    remaining.set(entry.fingerprint, (remaining.get(entry.fingerprint) ?? 0) + 1);
  const reason = `recorded in ${baseline.file.split(/[\\/]/).pop()}`;
  let matched = 0;
  for (const finding of findings) {
    const count = remaining.get(finding.fingerprint) ?? 0;
    if (count === 0)
      continue;
    remaining.set(finding.fingerprint, count - 1);
    if (finding.suppressed)
      continue;
    finding.suppressed = { kind: "baseline", reason };
    finding.blocking = false;
    matched++;
  }
  const stale = [];
  for (const entry of baseline.entries) {
    const left = remaining.get(entry.fingerprint) ?? 0;
    if (left > 0 && reviewed.has(entry.path)) {
      stale.push(entry);
      remaining.set(entry.fingerprint, left - 1);
    }
  }
  return { matched, stale };
}
function baselineText(findings, projectPathOf, kept = []) {
  const entries = [
    ...kept,
    ...findings.filter((finding) => !finding.suppressed || finding.suppressed.kind === "baseline").map((finding) => ({
      fingerprint: finding.fingerprint,
      rule: finding.rule,
      path: projectPathOf(finding.path),
      line: finding.line,
      statement: finding.statementText.slice(0, 160)
    }))
  ];
  entries.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  const body = {
    version: BASELINE_VERSION,
    generatedBy: `${TOOL_NAME} ${TOOL_VERSION}`,
    note: "Findings recorded here do not block. Matched by fingerprint (rule, path, statement text, occurrence), not line numbers. Regenerate with `git review-security baseline`.",
    findings: entries
  };
  return `${JSON.stringify(body, null, 2)}
`;
}
function openBaseline(source) {
  const file = source.configured ? (0, import_node_path7.resolve)(source.cwd, source.configured) : (0, import_node_path7.resolve)(source.projectRoot, DEFAULT_BASELINE_FILE);
  if (!source.configured && !(0, import_node_fs6.existsSync)(file))
    return void 0;
  const projectRelative = (0, import_node_path7.relative)(source.projectRoot, file).split("\\").join("/");
  const staged = !projectRelative.startsWith("..") ? source.readStaged?.(projectRelative) : void 0;
  let text = staged;
  if (text === void 0) {
    if (!(0, import_node_fs6.existsSync)(file)) {
      if (source.configured)
        throw new BaselineError(`${source.configured}: no such baseline file (create it with \`git review-security baseline\`)`);
      return void 0;
    }
    try {
      text = (0, import_node_fs6.readFileSync)(file, "utf8");
    } catch (error) {
      throw new BaselineError(`${source.configured ?? DEFAULT_BASELINE_FILE}: cannot read (${error.code ?? error.message})`);
    }
  }
  try {
    return parseBaseline(text, file);
  } catch (error) {
    if (error instanceof BaselineError)
      throw new BaselineError(`${source.configured ?? DEFAULT_BASELINE_FILE}: ${error.message}`);
    throw error;
  }
}
var import_node_fs6, import_node_path7, DEFAULT_BASELINE_FILE, BASELINE_VERSION, BaselineError;
var init_baseline = __esm({
  "dist/policy/baseline.js"() {
    "use strict";
    import_node_fs6 = require("node:fs");
    import_node_path7 = require("node:path");
    init_version();
    DEFAULT_BASELINE_FILE = ".review-security-baseline.json";
    BASELINE_VERSION = 1;
    BaselineError = class extends Error {
    };
  }
});

// dist/policy/new-only.js
function markExisting(findings, previous, path, projectPath, policy) {
  const before = /* @__PURE__ */ new Map();
  for (const old of applyPolicy(path, previous, policy, projectPath).findings) {
    if (old.suppressed && old.suppressed.kind !== "baseline")
      continue;
    before.set(old.fingerprint, (before.get(old.fingerprint) ?? 0) + 1);
  }
  let marked = 0;
  for (const finding of findings) {
    const left = before.get(finding.fingerprint) ?? 0;
    if (left === 0)
      continue;
    before.set(finding.fingerprint, left - 1);
    finding.existing = true;
    finding.blocking = false;
    marked++;
  }
  return marked;
}
function newOnlyApplies(mode, flag, configured) {
  const changeMode = CHANGE_MODES.has(mode);
  if (flag === true && !changeMode)
    throw new NewOnlyError(`--new-only needs a change to compare with: use it with staged changes, --rev, --pre-commit or --pre-push (not ${mode === "paths" ? "PATH..." : `--${mode}`})`);
  if (!changeMode)
    return false;
  return flag ?? configured ?? true;
}
var CHANGE_MODES, NewOnlyError;
var init_new_only = __esm({
  "dist/policy/new-only.js"() {
    "use strict";
    init_apply();
    CHANGE_MODES = /* @__PURE__ */ new Set(["staged", "pre-commit", "rev", "pre-push"]);
    NewOnlyError = class extends Error {
    };
  }
});

// dist/git/command.js
function gitContext(cwd, env) {
  const resolved = { ...env };
  for (const name of PATH_VARIABLES) {
    const value = env[name];
    if (value && !(0, import_node_path8.isAbsolute)(value))
      resolved[name] = (0, import_node_path8.resolve)(cwd, value);
  }
  resolved.GIT_OPTIONAL_LOCKS = "0";
  return { cwd, env: resolved };
}
function runGit(context, args, input) {
  const result2 = (0, import_node_child_process3.spawnSync)("git", args, {
    cwd: context.cwd,
    env: context.env,
    input,
    maxBuffer: 2 ** 31 - 1,
    stdio: ["pipe", "pipe", "pipe"]
  });
  if (result2.error)
    throw spawnFailure(args, result2.error);
  if (result2.status !== 0)
    throw gitFailure(args, result2.status, result2.stderr);
  return result2.stdout;
}
function startGit(context, args) {
  const output = new Promise((resolve13, reject) => {
    const child = (0, import_node_child_process3.spawn)("git", args, { cwd: context.cwd, env: context.env, stdio: ["ignore", "pipe", "pipe"] });
    const stdout = [];
    const stderr = [];
    child.stdout.on("data", (chunk) => stdout.push(chunk));
    child.stderr.on("data", (chunk) => stderr.push(chunk));
    child.on("error", (error) => reject(spawnFailure(args, error)));
    child.on("close", (status) => status === 0 ? resolve13(Buffer.concat(stdout)) : reject(gitFailure(args, status, Buffer.concat(stderr))));
  });
  output.catch(() => void 0);
  return { args, output };
}
function spawnFailure(args, error) {
  const code = error.code;
  return new GitError(code === "ENOENT" ? "git is not installed or not on PATH" : `git ${args[0]} failed: ${error.message}`);
}
function gitFailure(args, status, stderr) {
  const reason = stderr.toString("utf8").trim().split("\n").find((line) => line.trim()) ?? `exit code ${status}`;
  return new GitError(`git ${args.filter((arg) => !arg.startsWith("-")).slice(0, 1).join(" ")} failed: ${reason.replace(/^(fatal|error): /, "")}`);
}
function runGitText(context, args) {
  return runGit(context, args).toString("utf8").replace(/\n$/, "");
}
function tryGitText(context, args) {
  const result2 = (0, import_node_child_process3.spawnSync)("git", args, { cwd: context.cwd, env: context.env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (result2.error || result2.status !== 0)
    return void 0;
  return result2.stdout.replace(/\n$/, "");
}
var import_node_child_process3, import_node_path8, PATH_VARIABLES, GitError;
var init_command = __esm({
  "dist/git/command.js"() {
    "use strict";
    import_node_child_process3 = require("node:child_process");
    import_node_path8 = require("node:path");
    init_main();
    PATH_VARIABLES = ["GIT_INDEX_FILE", "GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR", "GIT_OBJECT_DIRECTORY"];
    GitError = class extends UserFacingError {
    };
  }
});

// dist/git/hunks.js
function changedLines(context, change, pathspecs = []) {
  const common = ["-U0", "-M", "--no-color", "--no-ext-diff", "--no-textconv", "--diff-filter=ACMRT", "--src-prefix=a/", "--dst-prefix=b/"];
  const args = change.kind === "index" ? ["diff", "--cached", ...common, "--", ...pathspecs] : ["diff", ...common, change.base, change.end, "--", ...pathspecs];
  return parseHunks(runGit(context, args).toString("utf8"));
}
function parseHunks(diff) {
  const changed = /* @__PURE__ */ new Map();
  let current;
  let previousLine = "";
  for (const line of diff.split("\n")) {
    const header = line.startsWith("+++ ") && previousLine.startsWith("--- ");
    previousLine = line;
    if (header) {
      const name = line.slice(4).replace(/\t$/, "");
      current = void 0;
      if (name === "/dev/null")
        continue;
      const path = unquote(name).replace(/^b\//, "");
      current = changed.get(path) ?? [];
      changed.set(path, current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === void 0 ? 1 : Number(hunk[2]);
      if (count > 0)
        current.push([start, start + count - 1]);
    }
  }
  return changed;
}
function touchesChangedLine(ranges, first, last) {
  return !!ranges?.some(([start, end]) => first <= end && last >= start);
}
function unquote(name) {
  if (!name.startsWith('"') || !name.endsWith('"'))
    return name;
  const bytes = [];
  const body = name.slice(1, -1);
  const simple = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '"': 34, "\\": 92 };
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    if (char !== "\\") {
      bytes.push(...Buffer.from(char, "utf8"));
      continue;
    }
    const next = body[++index];
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(index, index + 3), 8));
      index += 2;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
var init_hunks = __esm({
  "dist/git/hunks.js"() {
    "use strict";
    init_command();
  }
});

// dist/git/blobs.js
function readBlobs(context, ids) {
  const blobs = /* @__PURE__ */ new Map();
  const unique = [...new Set(ids)];
  if (unique.length === 0)
    return blobs;
  const output = runGit(context, ["cat-file", "--batch"], `${unique.join("\n")}
`);
  let position = 0;
  while (position < output.length) {
    const headerEnd2 = output.indexOf(10, position);
    if (headerEnd2 < 0)
      break;
    const [id, type, size] = output.toString("latin1", position, headerEnd2).split(" ");
    if (type === "missing" || size === void 0)
      throw new GitError(`object ${id} is missing from the repository`);
    const start = headerEnd2 + 1;
    const end = start + Number(size);
    blobs.set(id, output.subarray(start, end));
    position = end + 1;
  }
  for (const id of unique)
    if (!blobs.has(id))
      throw new GitError(`could not read object ${id}`);
  return blobs;
}
var BlobStore;
var init_blobs = __esm({
  "dist/git/blobs.js"() {
    "use strict";
    init_command();
    BlobStore = class {
      context;
      contents = /* @__PURE__ */ new Map();
      wanted = /* @__PURE__ */ new Set();
      constructor(context) {
        this.context = context;
      }
      /** Reads these ids now (needed to decide what to review). */
      preload(ids) {
        for (const [id, bytes] of readBlobs(this.context, ids.filter((id2) => !this.contents.has(id2))))
          this.contents.set(id, bytes);
      }
      peek(id) {
        return this.contents.get(id);
      }
      /** Announces an id that `read` will be asked for. */
      want(id) {
        if (!this.contents.has(id))
          this.wanted.add(id);
      }
      read(id) {
        let bytes = this.contents.get(id);
        if (!bytes) {
          this.wanted.add(id);
          this.preload([...this.wanted]);
          this.wanted.clear();
          bytes = this.contents.get(id);
        }
        return bytes;
      }
    };
  }
});

// dist/git/entries.js
function isRegularFile(entry) {
  return entry.mode === "100644" || entry.mode === "100755";
}
function parseRawDiff(output) {
  const fields = splitNul(output);
  const entries = [];
  for (let index = 0; index < fields.length; ) {
    const header = fields[index++];
    if (!header.startsWith(":"))
      continue;
    const [, newMode, , newBlob, status] = header.slice(1).split(" ");
    const twoPaths = status.startsWith("R") || status.startsWith("C");
    if (twoPaths)
      index++;
    const path = fields[index++];
    if (path === void 0)
      break;
    entries.push({ path, mode: newMode, blob: newBlob });
  }
  return entries;
}
function parseStagedListing(output) {
  const entries = [];
  for (const field of splitNul(output)) {
    const tab = field.indexOf("	");
    if (tab < 0)
      continue;
    const [mode, blob, stage] = field.slice(0, tab).split(" ");
    if (stage !== "0")
      continue;
    entries.push({ path: field.slice(tab + 1), mode, blob });
  }
  return entries;
}
function splitNul(output) {
  const fields = [];
  let start = 0;
  for (let end = output.indexOf(0, start); end >= 0; end = output.indexOf(0, start)) {
    fields.push(output.toString("utf8", start, end));
    start = end + 1;
  }
  return fields;
}
var init_entries = __esm({
  "dist/git/entries.js"() {
    "use strict";
  }
});

// dist/git/diff-base.js
var diff_base_exports = {};
__export(diff_base_exports, {
  changeDiff: () => changeDiff,
  changeDiffArgs: () => changeDiffArgs,
  jobBases: () => jobBases,
  parseRawPairs: () => parseRawPairs,
  previousAndAdded: () => previousAndAdded
});
function previousAndAdded(context, change, pathspecs = [], diff = changeDiff(context, change, pathspecs)) {
  const previous = /* @__PURE__ */ new Map();
  const added = /* @__PURE__ */ new Set();
  for (const pair of parseRawPairs(diff)) {
    if (pair.status === "A" || !isRegularFile(pair.source))
      added.add(pair.destination.path);
    else
      previous.set(pair.destination.path, { path: pair.source.path, blob: pair.source.blob });
  }
  return { previous, added };
}
function changeDiff(context, change, pathspecs) {
  return runGit(context, changeDiffArgs(change, pathspecs));
}
function changeDiffArgs(change, pathspecs) {
  const common = ["-r", "-z", "--raw", "--no-abbrev", "-M", "--diff-filter=ACMRT", "--no-ext-diff", "--no-textconv", "--no-color"];
  return change.kind === "index" ? ["diff", "--cached", ...common, "--", ...pathspecs] : ["diff-tree", ...common, change.base, change.end, "--", ...pathspecs];
}
function parseRawPairs(output) {
  const fields = output.toString("utf8").split("\0");
  const pairs = [];
  for (let index = 0; index < fields.length; ) {
    const header = fields[index++];
    if (!header.startsWith(":"))
      continue;
    const [oldMode, newMode, oldBlob, newBlob, status] = header.slice(1).split(" ");
    const twoPaths = status.startsWith("R") || status.startsWith("C");
    const sourcePath = fields[index++];
    const destinationPath = twoPaths ? fields[index++] : sourcePath;
    if (destinationPath === void 0)
      break;
    pairs.push({
      status,
      source: { path: sourcePath, mode: oldMode, blob: oldBlob },
      destination: { path: destinationPath, mode: newMode, blob: newBlob }
    });
  }
  return pairs;
}
function jobBases(changes, selected, withLines) {
  const wanted = new Set(selected);
  const bases = /* @__PURE__ */ new Map();
  for (const set of changes) {
    const jobs = set.jobs.filter((job) => wanted.has(job));
    if (jobs.length === 0)
      continue;
    const { previous, added } = previousAndAdded(set.context, set.change, set.pathspecs, set.diff);
    const lines = withLines ? changedLines(set.context, set.change, set.pathspecs) : void 0;
    for (const job of jobs) {
      const before = previous.get(job.path);
      const base = {};
      if (before) {
        set.blobs.want(before.blob);
        base.previous = { path: before.path, blob: before.blob, read: () => set.blobs.read(before.blob) };
      } else if (!added.has(job.path)) {
        base.previous = job;
      }
      if (lines)
        base.changedLines = lines.get(job.path) ?? [];
      bases.set(job, base);
    }
  }
  return bases;
}
var init_diff_base = __esm({
  "dist/git/diff-base.js"() {
    "use strict";
    init_entries();
    init_command();
    init_hunks();
  }
});

// dist/git/pre-push.js
var pre_push_exports = {};
__export(pre_push_exports, {
  parsePushedRefs: () => parsePushedRefs,
  prePushSelection: () => prePushSelection,
  pushBase: () => pushBase
});
function parsePushedRefs(text) {
  const refs = [];
  for (const line of text.split("\n")) {
    if (!line.trim())
      continue;
    const fields = line.trim().split(/\s+/);
    if (fields.length !== 4 || !/^[0-9a-f]{40,64}$/.test(fields[1]) || !/^[0-9a-f]{40,64}$/.test(fields[3])) {
      throw new UsageError(`--pre-push: expected '<local ref> <local sha> <remote ref> <remote sha>' lines on stdin, got '${line.slice(0, 80)}'`);
    }
    refs.push({ localRef: fields[0], localSha: fields[1], remoteRef: fields[2], remoteSha: fields[3] });
  }
  return refs;
}
function pushBase(context, ref, remote) {
  const known = !ZERO.test(ref.remoteSha) && tryGitText(context, ["rev-parse", "--verify", "-q", `${ref.remoteSha}^{commit}`]);
  if (known) {
    const shared = tryGitText(context, ["merge-base", ref.remoteSha, ref.localSha]);
    if (shared)
      return shared;
  }
  if (remote) {
    const defaultBranch = tryGitText(context, ["rev-parse", "--verify", "-q", `refs/remotes/${remote}/HEAD^{commit}`]);
    const shared = defaultBranch && tryGitText(context, ["merge-base", defaultBranch, ref.localSha]);
    if (shared)
      return shared;
  }
  const notOnRemote = tryGitText(context, ["rev-list", "--topo-order", "--reverse", ref.localSha, "--not", remote ? `--remotes=${remote}` : "--remotes"]);
  if (notOnRemote === void 0)
    return ref.localSha;
  const oldest = notOnRemote.split("\n").find(Boolean);
  if (!oldest)
    return ref.localSha;
  return tryGitText(context, ["rev-parse", "--verify", "-q", `${oldest}^1^{commit}`]) ?? emptyTree(context);
}
function prePushSelection(context, location, positionals, stdin = readStdin()) {
  const remote = positionals[0] && !positionals[0].includes("/") && !positionals[0].includes(":") ? positionals[0] : void 0;
  const store = new BlobStore(context);
  const changes = [];
  const seen = /* @__PURE__ */ new Set();
  const jobs = [];
  const pushed = parsePushedRefs(stdin).filter((ref) => !ZERO.test(ref.localSha));
  for (const ref of pushed) {
    const base = pushBase(context, ref, remote);
    if (base === ref.localSha)
      continue;
    const range = { base, end: ref.localSha };
    const rangeJobs = pythonJobs(rangeEntries(context, range, []).filter(isRegularFile), store).filter((job) => {
      const key = `${job.path}\0${job.blob}`;
      if (seen.has(key))
        return false;
      seen.add(key);
      return true;
    });
    jobs.push(...rangeJobs);
    changes.push({ context, change: { kind: "commits", ...range }, pathspecs: [], blobs: store, jobs: rangeJobs });
  }
  return {
    mode: "pre-push",
    target: pushed.length === 0 ? "nothing pushed" : pushed.map((ref) => ref.localRef.replace(/^refs\/heads\//, "")).join(", "),
    jobs: jobs.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
    defaultCacheDir: cacheDirFor(location),
    notices: [],
    changes
  };
}
function readStdin() {
  if (process.stdin.isTTY)
    throw new UsageError("--pre-push reads the refs being pushed from stdin, as git gives them to a pre-push hook");
  try {
    return (0, import_node_fs7.readFileSync)(0, "utf8");
  } catch (error) {
    if (error.code === "EAGAIN" || error.code === "EOF")
      return "";
    throw error;
  }
}
var import_node_fs7, ZERO;
var init_pre_push = __esm({
  "dist/git/pre-push.js"() {
    "use strict";
    import_node_fs7 = require("node:fs");
    init_args();
    init_blobs();
    init_command();
    init_entries();
    init_repo();
    init_select();
    ZERO = /^0+$/;
  }
});

// dist/git/select.js
var select_exports = {};
__export(select_exports, {
  emptyTree: () => emptyTree,
  pythonJobs: () => pythonJobs,
  rangeEntries: () => rangeEntries,
  resolveRange: () => resolveRange,
  selectGitFiles: () => selectGitFiles,
  startStagedDiff: () => startStagedDiff
});
function startStagedDiff(args, io) {
  const modes = givenModes(args);
  if (modes.some((mode) => mode !== "staged"))
    return void 0;
  if (modes.length === 0 && args.positionals.length > 0)
    return void 0;
  return startGit(gitContext(io.cwd, io.env), changeDiffArgs({ kind: "index" }, args.positionals));
}
function givenModes(args) {
  return ["all", "rev", "pre-commit", "pre-push", "staged"].filter((name) => args.options.get(name) !== void 0 && args.options.get(name) !== false);
}
async function selectGitFiles(args, io, location, stagedDiff) {
  if (!location.root)
    throw new UserFacingError(`${location.problem ?? "not a git repository"}: give PATH... to review files`);
  const context = gitContext(io.cwd, io.env);
  const modes = givenModes(args);
  if (modes.length > 1)
    throw new UsageError(`--${modes[0]} and --${modes[1]} cannot be combined`);
  const mode = modes[0] ?? "staged";
  const pathspecs = args.positionals;
  let entries;
  let target;
  let change;
  let diff;
  switch (mode) {
    case "all":
      entries = indexEntries(context, pathspecs.length > 0 ? pathspecs : [":(top)"]);
      target = (0, import_node_path9.basename)(location.root);
      break;
    case "rev": {
      const range = String(args.options.get("rev"));
      change = { kind: "commits", ...resolveRange(context, range) };
      diff = changeDiff(context, change, pathspecs);
      entries = parseRawDiff(diff);
      target = range;
      break;
    }
    case "pre-commit":
      return preCommitSelection(context, location, location.root, pathspecs);
    case "pre-push": {
      const { prePushSelection: prePushSelection2 } = await Promise.resolve().then(() => (init_pre_push(), pre_push_exports));
      return prePushSelection2(context, location, pathspecs);
    }
    default: {
      change = { kind: "index" };
      const diffArgs = changeDiffArgs(change, pathspecs);
      diff = stagedDiff && stagedDiff.args.join("\0") === diffArgs.join("\0") ? await stagedDiff.output : changeDiff(context, change, pathspecs);
      entries = parseRawDiff(diff);
      target = "staged changes";
    }
  }
  const store = new BlobStore(context);
  const jobs = pythonJobs(entries.filter(isRegularFile), store);
  return {
    mode,
    target,
    jobs,
    defaultCacheDir: cacheDirFor(location),
    notices: [],
    changes: change ? [{ context, change, pathspecs, blobs: store, jobs, diff }] : void 0
  };
}
function indexEntries(context, pathspecs, literal = false) {
  const output = runGit(context, [...literal ? ["--literal-pathspecs"] : [], "ls-files", "-s", "-z", "--full-name", "--", ...pathspecs]);
  return parseStagedListing(output);
}
function rangeEntries(context, { base, end }, pathspecs) {
  const output = runGit(context, ["diff-tree", "-r", "-z", "--no-abbrev", "--no-renames", CHANGED, base, end, "--", ...pathspecs]);
  return parseRawDiff(output);
}
function resolveRange(context, range) {
  const symmetric = range.indexOf("...");
  const twoDot = range.indexOf("..");
  if (symmetric >= 0 || twoDot >= 0) {
    const split = symmetric >= 0 ? symmetric : twoDot;
    const from = commitId(context, range.slice(0, split) || "HEAD");
    const end2 = commitId(context, range.slice(split + (symmetric >= 0 ? 3 : 2)) || "HEAD");
    if (symmetric < 0)
      return { base: from, end: end2 };
    const base = tryGitText(context, ["merge-base", from, end2]);
    if (!base)
      throw new GitError(`--rev ${range}: the two sides have no common ancestor`);
    return { base, end: end2 };
  }
  const end = commitId(context, range);
  const parent = tryGitText(context, ["rev-parse", "--verify", "-q", `${end}^1^{commit}`]);
  return { base: parent ?? emptyTree(context), end };
}
function commitId(context, revision) {
  if (revision.startsWith("-"))
    throw new UsageError(`--rev: '${revision}' is not a revision`);
  const id = tryGitText(context, ["rev-parse", "--verify", "-q", "--end-of-options", `${revision}^{commit}`]);
  if (!id)
    throw new UsageError(`--rev: unknown revision '${revision}'`);
  return id;
}
function emptyTree(context) {
  return runGit(context, ["hash-object", "-t", "tree", "--stdin"], "").toString("utf8").trim();
}
function pythonJobs(entries, store) {
  const needsShebang = entries.filter((entry) => !hasPythonExtension(entry.path) && !(0, import_node_path9.basename)(entry.path).includes("."));
  if (needsShebang.length > 0)
    store.preload(needsShebang.map((entry) => entry.blob));
  const jobs = [];
  for (const entry of entries) {
    if (!hasPythonExtension(entry.path)) {
      const head = store.peek(entry.blob);
      if (!head || !hasPythonShebang(head.subarray(0, 256)))
        continue;
    }
    store.want(entry.blob);
    jobs.push({ path: entry.path, blob: entry.blob, read: () => store.read(entry.blob) });
  }
  return jobs.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
function preCommitChange(context) {
  const from = context.env.PRE_COMMIT_FROM_REF;
  const to = context.env.PRE_COMMIT_TO_REF;
  if (!from || !to)
    return { kind: "index" };
  try {
    return { kind: "commits", ...resolveRange(context, `${from}...${to}`) };
  } catch {
    return { kind: "commits", ...resolveRange(context, `${from}..${to}`) };
  }
}
function preCommitSelection(context, location, root, names2) {
  const store = new BlobStore(context);
  const inIndex = names2.length > 0 ? indexEntries(context, names2, true) : [];
  const indexed = new Set(inIndex.map((entry) => entry.path));
  const jobs = pythonJobs(inIndex.filter(isRegularFile), store);
  const indexedJobs = [...jobs];
  for (const name of names2) {
    const absolute = (0, import_node_path9.resolve)(context.cwd, name);
    const path = (0, import_node_path9.relative)(root, absolute).split(import_node_path9.sep).join("/");
    if (indexed.has(path))
      continue;
    let bytes;
    try {
      bytes = (0, import_node_fs8.readFileSync)(absolute);
    } catch {
      continue;
    }
    if (!hasPythonExtension(path) && !hasPythonShebang(bytes.subarray(0, 256)))
      continue;
    jobs.push({ path, read: () => bytes });
  }
  return {
    mode: "pre-commit",
    target: "files named by pre-commit",
    jobs: jobs.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
    defaultCacheDir: cacheDirFor(location),
    notices: [],
    // Compared with HEAD (the index is what pre-commit checks), or with the refs `pre-commit run --from-ref/--to-ref`
    // and its pre-push stage compare; a named file the change leaves alone has nothing new.
    changes: [{ context, change: preCommitChange(context), pathspecs: [], blobs: store, jobs: indexedJobs }]
  };
}
var import_node_fs8, import_node_path9, CHANGED;
var init_select = __esm({
  "dist/git/select.js"() {
    "use strict";
    import_node_fs8 = require("node:fs");
    import_node_path9 = require("node:path");
    init_args();
    init_python_files();
    init_blobs();
    init_command();
    init_entries();
    init_repo();
    init_diff_base();
    init_main();
    CHANGED = "--diff-filter=ACMRT";
  }
});

// dist/report/stats.js
var stats_exports = {};
__export(stats_exports, {
  renderStats: () => renderStats
});
function renderStats(report, stats) {
  const { scanned, cached, errors } = report.files;
  const total = stats.phases.select + stats.phases.review + stats.phases.report;
  const lines = [
    `stats: ${scanned} ${scanned === 1 ? "file" : "files"} reviewed, ${cached} from cache, ${scanned - cached} analysed, ${errors} not reviewable; ${report.rules.length} rules`,
    `stats: ${seconds(total)} total (select ${seconds(stats.phases.select)}, review ${seconds(stats.phases.review)}, report ${seconds(stats.phases.report)})`
  ];
  const times = [...stats.ruleTimes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  if (times.length === 0) {
    if (scanned - cached > 0)
      lines.push("stats: per-rule time not measured (files were analysed in worker threads)");
    return `${lines.join("\n")}
`;
  }
  const ruleTotal = times.reduce((sum, [, time]) => sum + time, 0);
  const shown2 = times.slice(0, TOP_RULES);
  const width = Math.max(4, ...shown2.map(([rule]) => rule.length));
  lines.push("", `${"Rule".padEnd(width)} | Time (ms) | Relative`, `${":".padEnd(width, "-")}-|----------:|--------:`);
  for (const [rule, time] of shown2) {
    lines.push(`${rule.padEnd(width)} | ${time.toFixed(3).padStart(9)} | ${`${ruleTotal > 0 ? (time / ruleTotal * 100).toFixed(1) : "0.0"}%`.padStart(8)}`);
  }
  if (times.length > shown2.length)
    lines.push(`(${times.length - shown2.length} more rules, ${(ruleTotal - shown2.reduce((sum, [, time]) => sum + time, 0)).toFixed(3)} ms)`);
  return `${lines.join("\n")}
`;
}
function seconds(ms) {
  return ms < 1e3 ? `${Math.round(ms)} ms` : `${(ms / 1e3).toFixed(2)} s`;
}
var TOP_RULES;
var init_stats = __esm({
  "dist/report/stats.js"() {
    "use strict";
    TOP_RULES = 10;
  }
});

// dist/files/shard.js
var shard_exports = {};
__export(shard_exports, {
  ShardError: () => ShardError,
  inShard: () => inShard,
  parseShard: () => parseShard,
  shardOf: () => shardOf
});
function parseShard(spec) {
  const match = /^(\d+)\/(\d+)$/.exec(spec.trim());
  if (!match)
    throw new ShardError(`--shard ${spec}: expected I/N, e.g. 2/4`);
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count)
    throw new ShardError(`--shard ${spec}: I must be between 1 and N (N \u2265 1)`);
  return { index, count };
}
function shardOf(path, count) {
  let hash = 2166136261;
  for (const byte of Buffer.from(path, "utf8")) {
    hash ^= byte;
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash % count + 1;
}
function inShard(path, shard) {
  return shardOf(path, shard.count) === shard.index;
}
var ShardError;
var init_shard = __esm({
  "dist/files/shard.js"() {
    "use strict";
    ShardError = class extends Error {
    };
  }
});

// dist/cache/blob-cache.js
var blob_cache_exports = {};
__export(blob_cache_exports, {
  BlobCache: () => BlobCache,
  DEFAULT_LIMITS: () => DEFAULT_LIMITS,
  cacheStats: () => cacheStats,
  clearCache: () => clearCache
});
function isEntryFor(entry, blob, fingerprint2) {
  return typeof entry === "object" && entry !== null && entry.version === TOOL_VERSION && entry.blob === blob && entry.fingerprint === fingerprint2 && typeof entry.result === "object" && entry.result !== null && Array.isArray(entry.result.findings) && Array.isArray(entry.result.markers) && Array.isArray(entry.result.testSignals) && Array.isArray(entry.result.ruleErrors);
}
function refreshIfOld(path) {
  try {
    const now = Date.now();
    if (now - (0, import_node_fs9.statSync)(path).mtimeMs > DAY_MS)
      (0, import_node_fs9.utimesSync)(path, new Date(now), new Date(now));
  } catch {
  }
}
function remove(path) {
  try {
    (0, import_node_fs9.unlinkSync)(path);
    return true;
  } catch {
    return false;
  }
}
function listEntries(dir) {
  const files = [];
  const layout = (0, import_node_path10.join)(dir, LAYOUT);
  let shards;
  try {
    shards = (0, import_node_fs9.readdirSync)(layout);
  } catch {
    return files;
  }
  for (const shard of shards) {
    let names2;
    try {
      names2 = (0, import_node_fs9.readdirSync)((0, import_node_path10.join)(layout, shard));
    } catch {
      continue;
    }
    for (const name of names2) {
      const path = (0, import_node_path10.join)(layout, shard, name);
      try {
        const stats = (0, import_node_fs9.statSync)(path);
        if (stats.isFile())
          files.push({ path, size: stats.size, mtimeMs: stats.mtimeMs });
      } catch {
      }
    }
  }
  return files;
}
function cacheStats(dir) {
  const files = listEntries(dir).filter((file) => !file.path.endsWith(".tmp"));
  return { entries: files.length, bytes: files.reduce((sum, file) => sum + file.size, 0) };
}
function clearCache(dir) {
  const before = cacheStats(dir);
  let names2;
  try {
    names2 = (0, import_node_fs9.readdirSync)(dir);
  } catch {
    return before;
  }
  for (const name of names2)
    if (/^v\d+$/.test(name) || name === STAMP)
      (0, import_node_fs9.rmSync)((0, import_node_path10.join)(dir, name), { recursive: true, force: true });
  return before;
}
var import_node_fs9, import_node_path10, LAYOUT, STAMP, DAY_MS, DEFAULT_LIMITS, BlobCache;
var init_blob_cache = __esm({
  "dist/cache/blob-cache.js"() {
    "use strict";
    import_node_fs9 = require("node:fs");
    import_node_path10 = require("node:path");
    init_version();
    LAYOUT = "v1";
    STAMP = "last-prune";
    DAY_MS = 24 * 60 * 60 * 1e3;
    DEFAULT_LIMITS = { maxEntries: 5e4, maxBytes: 256 * 1024 * 1024, pruneIntervalMs: 60 * 60 * 1e3 };
    BlobCache = class {
      dir;
      fingerprint;
      limits;
      pruneChecked = false;
      constructor(dir, fingerprint2, limits = DEFAULT_LIMITS) {
        this.dir = dir;
        this.fingerprint = fingerprint2;
        this.limits = limits;
      }
      entryPath(blob) {
        return (0, import_node_path10.join)(this.dir, LAYOUT, blob.slice(0, 2), `${blob}-${this.fingerprint}.json`);
      }
      get(blob) {
        if (!/^[0-9a-f]{40,64}$/.test(blob))
          return void 0;
        const path = this.entryPath(blob);
        let entry;
        try {
          entry = JSON.parse((0, import_node_fs9.readFileSync)(path, "utf8"));
        } catch {
          return void 0;
        }
        if (!isEntryFor(entry, blob, this.fingerprint))
          return void 0;
        refreshIfOld(path);
        return entry.result;
      }
      set(blob, result2) {
        if (!/^[0-9a-f]{40,64}$/.test(blob))
          return;
        const path = this.entryPath(blob);
        const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
        const entry = { version: TOOL_VERSION, blob, fingerprint: this.fingerprint, result: result2 };
        try {
          (0, import_node_fs9.mkdirSync)((0, import_node_path10.join)(this.dir, LAYOUT, blob.slice(0, 2)), { recursive: true });
          (0, import_node_fs9.writeFileSync)(temporary, JSON.stringify(entry));
          (0, import_node_fs9.renameSync)(temporary, path);
        } catch {
          try {
            (0, import_node_fs9.unlinkSync)(temporary);
          } catch {
          }
          return;
        }
        if (!this.pruneChecked) {
          this.pruneChecked = true;
          this.pruneIfDue();
        }
      }
      /** Prunes when the last prune (by any process) is older than the interval. */
      pruneIfDue(now = Date.now()) {
        const stamp = (0, import_node_path10.join)(this.dir, STAMP);
        try {
          if (now - (0, import_node_fs9.statSync)(stamp).mtimeMs < this.limits.pruneIntervalMs)
            return;
        } catch {
        }
        try {
          (0, import_node_fs9.closeSync)((0, import_node_fs9.openSync)(stamp, "w"));
        } catch {
          return;
        }
        this.prune(now);
      }
      /** Deletes stale temp files, then the oldest entries until under 80% of the limits. Returns what was removed. */
      prune(now = Date.now()) {
        const files = listEntries(this.dir);
        const removed = { entries: 0, bytes: 0 };
        const entries = [];
        for (const file of files) {
          if (file.path.endsWith(".tmp")) {
            if (now - file.mtimeMs > 6e4 && remove(file.path))
              removed.bytes += file.size;
            continue;
          }
          entries.push(file);
        }
        let count = entries.length;
        let bytes = entries.reduce((sum, file) => sum + file.size, 0);
        if (count <= this.limits.maxEntries && bytes <= this.limits.maxBytes)
          return removed;
        entries.sort((a, b) => a.mtimeMs - b.mtimeMs);
        for (const file of entries) {
          if (count <= this.limits.maxEntries * 0.8 && bytes <= this.limits.maxBytes * 0.8)
            break;
          if (remove(file.path)) {
            removed.entries++;
            removed.bytes += file.size;
          }
          count--;
          bytes -= file.size;
        }
        return removed;
      }
    };
  }
});

// dist/cli/commands/review.js
var review_exports = {};
__export(review_exports, {
  buildReport: () => buildReport,
  loadBaseline: () => loadBaseline,
  openCache: () => openCache,
  runReview: () => runReview,
  scopeSelection: () => scopeSelection,
  selectFiles: () => selectFiles
});
async function runReview(args, io) {
  const started = performance.now();
  const stagedDiff = isStagedMode(args) ? (await Promise.resolve().then(() => (init_select(), select_exports))).startStagedDiff(args, io) : void 0;
  const location = locateProject(io.cwd, io.env);
  const loaded = await loadConfig(args, location, io.env);
  const settings = resolveSettings(args, loaded.config);
  const selection = await selectFiles(args, io, location, stagedDiff);
  selection.notices.unshift(...loaded.notices);
  scopeSelection(selection, settings, loaded, io, location);
  const baseline = loadBaseline(settings, loaded, args, io, location);
  const shardSpec = args.options.get("shard");
  if (shardSpec !== void 0)
    await keepShard(selection, shardSpec);
  const cache = await openCache(settings, selection);
  const selected = performance.now();
  const ruleTimes2 = args.options.get("stats") === true ? collectRuleTimes() : void 0;
  const comparison = await planComparison(selection, settings, args);
  const selectedIndex = new Map(selection.jobs.map((job, index) => [job, index]));
  const previousJobs = comparison ? [...new Set(comparison.bases.map((base) => base.previous).filter((job) => !!job && !selectedIndex.has(job)))] : [];
  const progress = startProgress(io, selection.jobs.length + previousJobs.length, { progress: args.options.get("progress"), quiet: args.options.get("quiet") === true });
  let reviews;
  try {
    reviews = await reviewFiles([...selection.jobs, ...previousJobs], {
      rules: settings.rules,
      cache,
      maxFileBytes: settings.maxFileBytes,
      timeLimitMs: settings.maxFileSeconds * 1e3,
      jobs: jobsOption(args.options.get("jobs")),
      onFileReviewed: (review) => progress.fileReviewed(review.cached)
    });
  } finally {
    progress.stop();
  }
  const reviewed = performance.now();
  if (comparison) {
    const reviewOf = new Map([...selection.jobs, ...previousJobs].map((job, index) => [job, reviews[index]]));
    for (const base of comparison.bases)
      base.previousReview = base.previous && reviewOf.get(base.previous);
    reviews = reviews.slice(0, selection.jobs.length);
  }
  const report = buildReport(selection, reviews, settings, baseline, comparison);
  await writeOutputs(report, settings, args, io);
  if (ruleTimes2) {
    const phases = { select: selected - started, review: reviewed - selected, report: performance.now() - reviewed };
    io.stderr.write((await Promise.resolve().then(() => (init_stats(), stats_exports))).renderStats(report, { phases, ruleTimes: ruleTimes2 }));
  }
  if (report.errors.length > 0 || report.ruleErrors.length > 0)
    return 2;
  return report.verdict === "blocked" ? 1 : 0;
}
async function planComparison(selection, settings, args) {
  let newOnly;
  try {
    newOnly = newOnlyApplies(selection.mode, args.options.get("new-only"), settings.newOnly);
  } catch (error) {
    if (error instanceof NewOnlyError)
      throw new UsageError(error.message);
    throw error;
  }
  const changedLinesView = args.options.get("changed-lines") === true;
  if (changedLinesView && !selection.changes)
    throw new UsageError("--changed-lines needs a change: use it with staged changes, --rev, --pre-commit or --pre-push");
  if (!newOnly && !changedLinesView || !selection.changes)
    return void 0;
  const { jobBases: jobBases2 } = await Promise.resolve().then(() => (init_diff_base(), diff_base_exports));
  const bases = jobBases2(selection.changes, selection.jobs, changedLinesView);
  return {
    newOnly,
    listExisting: args.options.get("all-findings") === true,
    changedLinesView,
    bases: selection.jobs.map((job) => {
      const base = bases.get(job) ?? {};
      return newOnly ? { ...base } : { changedLines: base.changedLines };
    })
  };
}
async function keepShard(selection, spec) {
  const { parseShard: parseShard2, inShard: inShard2, ShardError: ShardError2 } = await Promise.resolve().then(() => (init_shard(), shard_exports));
  let shard;
  try {
    shard = parseShard2(spec);
  } catch (error) {
    if (error instanceof ShardError2)
      throw new UsageError(error.message);
    throw error;
  }
  const before = selection.jobs.length;
  selection.jobs = selection.jobs.filter((job) => inShard2(job.path, shard));
  selection.notices.push(`shard ${shard.index}/${shard.count}: ${selection.jobs.length} of ${before} files`);
}
function jobsOption(value) {
  if (value === void 0)
    return void 0;
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new UsageError(`--jobs ${value}: expected a whole number \u2265 1`);
  return jobs;
}
function scopeSelection(selection, settings, loaded, io, location) {
  const base = selection.mode === "paths" ? io.cwd : location.root ?? io.cwd;
  const projectPath = projectPathMapper(base, loaded.projectRoot);
  selection.projectPath = projectPath;
  if (settings.include.length === 0 && settings.exclude.length === 0)
    return;
  const filter = pathFilter(settings.include, settings.exclude);
  selection.jobs = selection.jobs.filter((job) => filter.accepts(projectPath(job.path)));
}
function loadBaseline(settings, loaded, args, io, location) {
  const staged = isStagedMode(args) && location.root !== void 0;
  try {
    return openBaseline({
      configured: settings.baseline,
      cwd: io.cwd,
      projectRoot: loaded.projectRoot,
      readStaged: staged ? (path) => readStaged(location.root, path, io.env) : void 0
    });
  } catch (error) {
    if (error instanceof BaselineError)
      throw new UserFacingError(`baseline ${error.message}`);
    throw error;
  }
}
async function selectFiles(args, io, location, stagedDiff) {
  const gitMode = args.options.get("all") || args.options.get("rev") || args.options.get("staged") || args.options.get("pre-commit") || args.options.get("pre-push") || args.positionals.length === 0;
  if (gitMode) {
    const { selectGitFiles: selectGitFiles2 } = await Promise.resolve().then(() => (init_select(), select_exports));
    return selectGitFiles2(args, io, location, stagedDiff);
  }
  try {
    const files = expandPaths(args.positionals, io.cwd, args.options.get("follow-symlinks") === true);
    return {
      mode: "paths",
      target: args.positionals.join(" "),
      // Synchronous reads: one promise read per file left the thread idle for half of a warm (all cached) review.
      jobs: files.map((file) => ({ path: file.path, read: () => (0, import_node_fs10.readFileSync)(file.absolute) })),
      defaultCacheDir: location.commonDir ? `${location.commonDir}/review-security` : void 0,
      notices: []
    };
  } catch (error) {
    if (error instanceof PathError)
      throw new UsageError(error.message);
    throw error;
  }
}
async function openCache(settings, selection) {
  if (!settings.cache.enabled)
    return void 0;
  const dir = settings.cache.dir ?? selection.defaultCacheDir;
  if (!dir)
    return void 0;
  const { BlobCache: BlobCache2 } = await Promise.resolve().then(() => (init_blob_cache(), blob_cache_exports));
  return new BlobCache2((0, import_node_path11.resolve)(dir), settings.rulesetFingerprint);
}
function buildReport(selection, reviews, settings, baseline, comparison) {
  const findings = [];
  const report = {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    mode: selection.mode,
    target: selection.target,
    findings,
    rules: settings.rules.map(({ rule }) => rule),
    files: { scanned: 0, cached: 0, errors: 0 },
    errors: [],
    testCode: [],
    ruleErrors: [],
    notices: selection.notices,
    verdict: "passed"
  };
  const existingFiles = /* @__PURE__ */ new Set();
  let offChangedLines = 0;
  for (const [reviewIndex, review] of reviews.entries()) {
    if (review.error || !review.analysis) {
      report.errors.push({ path: review.path, message: review.error ?? "not reviewed" });
      report.files.errors++;
      continue;
    }
    report.files.scanned++;
    if (review.cached)
      report.files.cached++;
    const outcome = applyPolicy(review.path, review.analysis, settings.policy, selection.projectPath?.(review.path));
    const base = comparison?.bases[reviewIndex];
    if (comparison?.newOnly && base?.previous) {
      const previous = base.previousReview?.analysis;
      if (previous) {
        if (markExisting(outcome.findings, previous, review.path, selection.projectPath?.(review.path) ?? review.path, settings.policy) > 0)
          existingFiles.add(review.path);
      } else {
        report.notices.push(`${review.path}: the previous version could not be reviewed (${base.previousReview?.error ?? "not read"}); every finding in it counts as new`);
      }
    }
    if (comparison?.changedLinesView && base?.changedLines) {
      const kept = outcome.findings.filter((finding) => finding.blocking || touchesChangedLine(base.changedLines, finding.line, finding.endLine));
      offChangedLines += outcome.findings.length - kept.length;
      outcome.findings = kept;
    }
    findings.push(...outcome.findings);
    if (outcome.testCode)
      report.testCode.push({ path: review.path, reason: outcome.testCode });
    for (const notice of outcome.suppressionNotices)
      report.notices.push(`${review.path}:${notice.line}: ${notice.message}`);
    for (const error of review.analysis.ruleErrors)
      report.ruleErrors.push({ path: review.path, ...error });
  }
  findings.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.column - b.column);
  if (baseline) {
    const projectPath = selection.projectPath ?? ((path) => path);
    const reviewed = new Set(reviews.filter((review) => review.analysis).map((review) => projectPath(review.path)));
    const { stale } = applyBaseline(findings, baseline, reviewed);
    if (stale.length > 0) {
      report.notices.push(`baseline: ${stale.length} recorded ${stale.length === 1 ? "finding is" : "findings are"} gone (fixed or changed): ${[...new Set(stale.map((entry) => entry.path))].slice(0, 5).join(", ")}; refresh with \`git review-security baseline\``);
    }
  }
  if (comparison?.newOnly) {
    const existing = findings.filter((finding) => finding.existing && !finding.suppressed).length;
    report.existing = { count: existing, files: existingFiles.size, listed: comparison.listExisting };
    if (!comparison.listExisting)
      report.findings = findings.filter((finding) => !finding.existing || finding.suppressed);
  }
  if (comparison?.changedLinesView)
    report.offChangedLines = offChangedLines;
  const blocked = findings.some((finding) => finding.blocking) || report.errors.length > 0 || report.ruleErrors.length > 0;
  report.verdict = blocked ? "blocked" : "passed";
  return report;
}
async function writeOutputs(report, settings, args, io) {
  for (const target of settings.outputs) {
    const toTerminal = !target.file && io.stdout.isTTY === true;
    const showSourceFlag = args.options.get("show-source");
    const text = await render(target.format, report, {
      color: !target.file && useColor(args.options.get("color"), toTerminal, io.env),
      showSource: showSourceFlag === void 0 ? toTerminal : showSourceFlag === true,
      quiet: args.options.get("quiet") === true,
      columns: toTerminal && io.stdout.columns ? io.stdout.columns : void 0
    });
    if (target.file)
      (0, import_node_fs10.writeFileSync)((0, import_node_path11.resolve)(io.cwd, target.file), text);
    else
      io.stdout.write(text);
  }
}
var import_node_fs10, import_node_path11;
var init_review = __esm({
  "dist/cli/commands/review.js"() {
    "use strict";
    import_node_fs10 = require("node:fs");
    import_node_path11 = require("node:path");
    init_args();
    init_settings();
    init_review_files();
    init_apply();
    init_report();
    init_terminal();
    init_walk();
    init_progress();
    init_version();
    init_walk_paths();
    init_repo();
    init_load();
    init_path_filter();
    init_baseline();
    init_staged_source();
    init_main();
    init_new_only();
    init_hunks();
  }
});

// dist/cli/commands/rules.js
var rules_exports2 = {};
__export(rules_exports2, {
  runExplain: () => runExplain,
  runRules: () => runRules
});
async function runRules(args, io) {
  const loaded = await loadConfig(args, locateProject(io.cwd, io.env), io.env);
  const enabled = new Set(resolveSettings(args, loaded.config).rules.map(({ rule }) => rule.id));
  const rows = RULES.map((rule) => [rule.id, rule.aliases.filter((alias) => /^[A-Z]+\d+$/.test(alias)).join(",") || "-", rule.category, rule.severity, rule.confidence, enabled.has(rule.id) ? "yes" : "no"]);
  const header = ["RULE", "ALIASES", "CATEGORY", "SEVERITY", "CONFIDENCE", "ENABLED"];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells) => cells.map((cell, column) => cell.padEnd(widths[column])).join("  ").trimEnd();
  io.stdout.write(`${[line(header), ...rows.map(line)].join("\n")}
${RULES.length} rules, ${enabled.size} enabled
`);
  return 0;
}
function runExplain(args, io) {
  const name = args.positionals[0];
  if (!name)
    throw new UsageError("explain needs a rule id or alias, e.g. `git review-security explain B602`");
  const rule = findRule(name);
  if (!rule)
    throw new UsageError(`unknown rule '${name}' (see \`git review-security rules\`)`);
  const out = [
    `${rule.id}${rule.aliases.length ? ` (${rule.aliases.join(", ")})` : ""}`,
    `category: ${rule.category} \xB7 CWE-${rule.cwe} \xB7 severity ${rule.severity} \xB7 confidence ${rule.confidence} \xB7 cost ${rule.cost}`,
    "",
    rule.message,
    "",
    "Why:",
    `  ${rule.docs.why}`,
    "",
    "Flagged:",
    ...rule.docs.bad.flatMap((example) => [...indent2(example), ""]),
    "Accepted:",
    ...rule.docs.good.flatMap((example) => [...indent2(example), ""]),
    "Fix:",
    `  ${rule.fix}`
  ];
  if (rule.options && Object.keys(rule.options).length > 0) {
    out.push("", "Options (config `rules.<id>.options`):", ...Object.entries(rule.options).map(([key, value]) => `  ${key}: ${JSON.stringify(value)}`));
  }
  if (rule.docs.references?.length)
    out.push("", "References:", ...rule.docs.references.map((reference) => `  ${reference}`));
  out.push("", `Suppress one finding: # review-security: ignore[${rule.id}] -- <reason>`);
  io.stdout.write(`${out.join("\n")}
`);
  return 0;
}
function indent2(code) {
  return code.replace(/\n$/, "").split("\n").map((line) => `    ${line}`);
}
var init_rules2 = __esm({
  "dist/cli/commands/rules.js"() {
    "use strict";
    init_args();
    init_rules();
    init_settings();
    init_load();
    init_repo();
  }
});

// dist/git/hooks.js
function hooksDirectory(context) {
  return (0, import_node_path12.resolve)(context.cwd, runGitText(context, ["rev-parse", "--git-path", "hooks"]));
}
function hookPaths(directory, name) {
  const hook = (0, import_node_path12.join)(directory, name);
  return { hook, chained: `${hook}${CHAINED_SUFFIX}`, backup: `${hook}${BACKUP_SUFFIX}` };
}
function isOurHook(path) {
  try {
    return (0, import_node_fs11.readFileSync)(path, "utf8").includes(MARKER2);
  } catch {
    return false;
  }
}
function shimText(name, node = process.execPath, cli = cliPath()) {
  const template = (0, import_node_fs11.readFileSync)(packagePath("hooks", name), "utf8");
  return template.replace(/^REVIEW_SECURITY_NODE=.*$/m, `REVIEW_SECURITY_NODE=${shellQuote(node)}`).replace(/^REVIEW_SECURITY_CLI=.*$/m, `REVIEW_SECURITY_CLI=${shellQuote(cli)}`);
}
function cliPath() {
  return packagePath("dist", "cli.cjs");
}
function shellQuote(value) {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
function present(path) {
  try {
    (0, import_node_fs11.lstatSync)(path);
    return true;
  } catch {
    return false;
  }
}
function installHook(directory, name, force) {
  const paths = hookPaths(directory, name);
  (0, import_node_fs11.mkdirSync)(directory, { recursive: true });
  let outcome = "installed";
  if (present(paths.hook)) {
    if (isOurHook(paths.hook)) {
      outcome = "updated";
    } else if (force) {
      if (present(paths.backup))
        throw new UserFacingError(`${paths.backup} already exists: move it away, then run install --force again`);
      (0, import_node_fs11.renameSync)(paths.hook, paths.backup);
      outcome = "replaced";
    } else {
      if (present(paths.chained))
        throw new UserFacingError(`${paths.chained} already exists: move it away, or use --force to replace ${paths.hook} (kept as ${paths.backup})`);
      (0, import_node_fs11.renameSync)(paths.hook, paths.chained);
      outcome = "chained";
    }
  }
  const temporary = `${paths.hook}.${process.pid}.tmp`;
  (0, import_node_fs11.writeFileSync)(temporary, shimText(name), { mode: 493 });
  (0, import_node_fs11.chmodSync)(temporary, 493);
  (0, import_node_fs11.renameSync)(temporary, paths.hook);
  return outcome;
}
function uninstallHook(directory, name) {
  const paths = hookPaths(directory, name);
  if (!present(paths.hook))
    return "absent";
  if (!isOurHook(paths.hook))
    throw new UserFacingError(`${paths.hook} was not written by git-review-security: left alone`);
  (0, import_node_fs11.unlinkSync)(paths.hook);
  if (present(paths.chained)) {
    (0, import_node_fs11.renameSync)(paths.chained, paths.hook);
    return "restored-chained";
  }
  if (present(paths.backup)) {
    (0, import_node_fs11.renameSync)(paths.backup, paths.hook);
    return "restored-backup";
  }
  return "removed";
}
var import_node_fs11, import_node_path12, MARKER2, CHAINED_SUFFIX, BACKUP_SUFFIX;
var init_hooks = __esm({
  "dist/git/hooks.js"() {
    "use strict";
    import_node_fs11 = require("node:fs");
    import_node_path12 = require("node:path");
    init_main();
    init_command();
    init_package_root();
    MARKER2 = "Written by `git review-security install`";
    CHAINED_SUFFIX = ".before-review-security";
    BACKUP_SUFFIX = ".review-security-backup";
  }
});

// dist/cli/commands/install.js
var install_exports = {};
__export(install_exports, {
  runInstall: () => runInstall,
  runUninstall: () => runUninstall
});
function hookTarget(args, io) {
  const location = locateProject(io.cwd, io.env);
  if (!location.root)
    throw new UserFacingError("not a git repository: run install inside the repository whose commits should be reviewed");
  const name = args.options.get("hook") ?? "pre-commit";
  return { directory: hooksDirectory(gitContext(io.cwd, io.env)), name };
}
async function runInstall(args, io) {
  const { directory, name } = hookTarget(args, io);
  const paths = hookPaths(directory, name);
  const outcome = installHook(directory, name, args.options.get("force") === true);
  const said = {
    installed: `installed the ${name} hook: ${paths.hook}`,
    updated: `updated the ${name} hook: ${paths.hook}`,
    chained: `installed the ${name} hook: ${paths.hook}; the hook that was there runs first (${paths.chained})`,
    replaced: `installed the ${name} hook: ${paths.hook}; the hook that was there is kept as ${paths.backup}`
  }[outcome];
  writeLine(io.stdout, said);
  return 0;
}
async function runUninstall(args, io) {
  const { directory, name } = hookTarget(args, io);
  const paths = hookPaths(directory, name);
  const outcome = uninstallHook(directory, name);
  const said = {
    absent: `no ${name} hook installed at ${paths.hook}`,
    removed: `removed the ${name} hook: ${paths.hook}`,
    "restored-chained": `removed the review-security ${name} hook; restored the previous one at ${paths.hook}`,
    "restored-backup": `removed the review-security ${name} hook; restored the backup at ${paths.hook}`
  }[outcome];
  writeLine(io.stdout, said);
  return 0;
}
var init_install = __esm({
  "dist/cli/commands/install.js"() {
    "use strict";
    init_io();
    init_main();
    init_repo();
    init_command();
    init_hooks();
  }
});

// dist/cli/commands/cache.js
var cache_exports = {};
__export(cache_exports, {
  runCache: () => runCache
});
async function runCache(args, io) {
  const [action = "info", ...extra] = args.positionals;
  if (extra.length > 0 || action !== "clear" && action !== "info")
    throw new UsageError(`usage: git review-security cache clear|info`);
  const location = locateProject(io.cwd, io.env);
  const settings = resolveSettings(args, (await loadConfig(args, location)).config);
  const configured = settings.cache.dir ?? cacheDirFor(location);
  if (!configured)
    throw new UserFacingError("not a git repository and no --cache-dir: there is no cache here");
  const dir = (0, import_node_path13.resolve)(io.cwd, configured);
  if (action === "clear") {
    const removed = clearCache(dir);
    writeLine(io.stdout, `cleared the cache at ${dir} (${removed.entries} ${removed.entries === 1 ? "entry" : "entries"}, ${formatBytes(removed.bytes)})`);
  } else {
    const stats = cacheStats(dir);
    writeLine(io.stdout, `cache at ${dir}: ${stats.entries} ${stats.entries === 1 ? "entry" : "entries"}, ${formatBytes(stats.bytes)}`);
  }
  return 0;
}
function formatBytes(bytes) {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
var import_node_path13;
var init_cache = __esm({
  "dist/cli/commands/cache.js"() {
    "use strict";
    import_node_path13 = require("node:path");
    init_args();
    init_io();
    init_main();
    init_load();
    init_settings();
    init_repo();
    init_blob_cache();
  }
});

// dist/cli/commands/baseline.js
var baseline_exports = {};
__export(baseline_exports, {
  runBaseline: () => runBaseline
});
async function runBaseline(args, io) {
  const location = locateProject(io.cwd, io.env);
  const everything = args.positionals.length === 0 && !args.options.get("rev") && !args.options.get("staged");
  if (everything && !location.root)
    throw new UsageError("baseline: give PATH... to review outside a git repository");
  const reviewArgs = everything ? { ...args, options: new Map(args.options).set("all", true) } : args;
  const loaded = await loadConfig(reviewArgs, location, io.env);
  const settings = resolveSettings(reviewArgs, loaded.config);
  const selection = await selectFiles(reviewArgs, io, location);
  scopeSelection(selection, settings, loaded, io, location);
  const cache = await openCache(settings, selection);
  const reviews = await reviewFiles(selection.jobs, { rules: settings.rules, cache, maxFileBytes: settings.maxFileBytes });
  const report = buildReport(selection, reviews, settings);
  if (report.errors.length > 0 || report.ruleErrors.length > 0) {
    const first = report.errors[0] ?? { path: report.ruleErrors[0].path, message: `rule ${report.ruleErrors[0].rule} failed` };
    throw new UserFacingError(`baseline not written: ${report.errors.length + report.ruleErrors.length} file(s) could not be reviewed (${first.path}: ${first.message})`);
  }
  const file = settings.baseline ? (0, import_node_path14.resolve)(io.cwd, settings.baseline) : (0, import_node_path14.resolve)(loaded.projectRoot, DEFAULT_BASELINE_FILE);
  const projectPath = selection.projectPath ?? ((path) => path);
  let kept = [];
  let dropped = 0;
  if (!everything) {
    try {
      const previous = openBaseline({ configured: file, cwd: io.cwd, projectRoot: loaded.projectRoot });
      const reviewed = new Set(reviews.map((review) => projectPath(review.path)));
      kept = previous?.entries.filter((entry) => !reviewed.has(entry.path)) ?? [];
      dropped = (previous?.entries.length ?? 0) - kept.length;
    } catch (error) {
      if (!(error instanceof BaselineError))
        throw error;
    }
  }
  const recorded = report.findings.filter((finding) => !finding.suppressed);
  (0, import_node_fs12.mkdirSync)((0, import_node_path14.dirname)(file), { recursive: true });
  (0, import_node_fs12.writeFileSync)(file, baselineText(recorded, projectPath, kept));
  const files = new Set(recorded.map((finding) => finding.path)).size;
  const shown2 = (0, import_node_path14.relative)(io.cwd, file) || file;
  writeLine(io.stdout, `wrote ${shown2}: ${recorded.length} ${recorded.length === 1 ? "finding" : "findings"} in ${files} ${files === 1 ? "file" : "files"} from ${report.files.scanned} reviewed${kept.length > 0 ? `, ${kept.length} kept for files not reviewed` : ""}${dropped > 0 ? `, ${dropped} previous entries replaced` : ""}`);
  writeLine(io.stdout, "these findings no longer block; new ones (including new copies of these) still do. Commit the file to share it.");
  return 0;
}
var import_node_fs12, import_node_path14;
var init_baseline2 = __esm({
  "dist/cli/commands/baseline.js"() {
    "use strict";
    import_node_fs12 = require("node:fs");
    import_node_path14 = require("node:path");
    init_args();
    init_io();
    init_main();
    init_load();
    init_settings();
    init_review_files();
    init_repo();
    init_baseline();
    init_review();
  }
});

// dist/cli/commands/init.js
var init_exports = {};
__export(init_exports, {
  runInit: () => runInit
});
async function runInit(args, io) {
  if (args.positionals.length > 1)
    throw new UsageError("init takes at most one FILE (.review-securityrc.json or pyproject.toml)");
  const location = locateProject(io.cwd, io.env);
  const root = location.root ?? io.cwd;
  const existing = await loadConfig({ command: "init", positionals: [], options: /* @__PURE__ */ new Map([["all", true]]) }, { ...location, cwd: root }, io.env);
  if (existing.filepath) {
    throw new UserFacingError(`a config already exists: ${(0, import_node_path15.relative)(io.cwd, existing.filepath) || existing.filepath}; not overwritten`);
  }
  const migrated = existing.bandit;
  const config = migrated ? migrated.config : STARTER;
  const fromPyproject = migrated && (0, import_node_path15.basename)(migrated.filepath) === "pyproject.toml";
  const target = (0, import_node_path15.resolve)(root, args.positionals[0] ?? (fromPyproject ? "pyproject.toml" : `.${MODULE_NAME}rc.json`));
  const name = (0, import_node_path15.basename)(target);
  if (validateConfig(config).length > 0)
    throw new Error(`init produced an invalid config: ${validateConfig(config)[0].message}`);
  if (name === "pyproject.toml") {
    const before = (0, import_node_fs13.existsSync)(target) ? (0, import_node_fs13.readFileSync)(target, "utf8") : "";
    const table = (0, import_smol_toml.stringify)({ tool: { [MODULE_NAME]: withoutEmpty(config) } });
    const after = `${before}${before && !before.endsWith("\n") ? "\n" : ""}${before ? "\n" : ""}${table}${table.endsWith("\n") ? "" : "\n"}`;
    try {
      (0, import_smol_toml.parse)(after);
    } catch (error) {
      throw new UserFacingError(`${(0, import_node_path15.relative)(io.cwd, target) || target}: cannot append [tool.${MODULE_NAME}] (${error.message.split("\n")[0]}); write .${MODULE_NAME}rc.json instead`);
    }
    (0, import_node_fs13.writeFileSync)(target, after);
  } else if (name.endsWith(".json")) {
    if ((0, import_node_fs13.existsSync)(target))
      throw new UserFacingError(`${(0, import_node_path15.relative)(io.cwd, target) || target} already exists; not overwritten`);
    (0, import_node_fs13.writeFileSync)(target, `${JSON.stringify({ $schema: SCHEMA_HINT, ...config }, null, 2)}
`);
  } else {
    throw new UsageError(`init writes .${MODULE_NAME}rc.json (or another .json name) or pyproject.toml, not '${name}'`);
  }
  const shown2 = (0, import_node_path15.relative)(io.cwd, target) || target;
  if (migrated) {
    writeLine(io.stdout, `wrote ${shown2} from the Bandit settings in ${migrated.source}`);
    if (migrated.unmapped.length > 0)
      writeLine(io.stdout, `not carried over (no equivalent here): ${migrated.unmapped.join(", ")}`);
    writeLine(io.stdout, `review-security now reads ${shown2}; the Bandit settings are left as they are`);
  } else {
    writeLine(io.stdout, `wrote ${shown2} (preset: recommended); see README "Configuration" for every key`);
  }
  return 0;
}
function withoutEmpty(config) {
  return Object.fromEntries(Object.entries(config).filter(([, value]) => !(Array.isArray(value) && value.length === 0) && !(typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 0)));
}
var import_node_fs13, import_node_path15, import_smol_toml, SCHEMA_HINT, STARTER;
var init_init = __esm({
  "dist/cli/commands/init.js"() {
    "use strict";
    import_node_fs13 = require("node:fs");
    import_node_path15 = require("node:path");
    import_smol_toml = require("smol-toml");
    init_args();
    init_io();
    init_main();
    init_load();
    init_validate();
    init_repo();
    SCHEMA_HINT = "./node_modules/git-review-security/config/schema.json";
    STARTER = {
      extends: "recommended",
      failOn: { severity: "high", confidence: "medium" },
      exclude: [],
      rules: {}
    };
  }
});

// dist/cli/commands/index.js
var commands_exports = {};
__export(commands_exports, {
  runCommand: () => runCommand
});
async function runCommand(command, args, io) {
  switch (command) {
    case "rules":
      return (await Promise.resolve().then(() => (init_rules2(), rules_exports2))).runRules(args, io);
    case "explain":
      return (await Promise.resolve().then(() => (init_rules2(), rules_exports2))).runExplain(args, io);
    case "install":
      return (await Promise.resolve().then(() => (init_install(), install_exports))).runInstall(args, io);
    case "uninstall":
      return (await Promise.resolve().then(() => (init_install(), install_exports))).runUninstall(args, io);
    case "cache":
      return (await Promise.resolve().then(() => (init_cache(), cache_exports))).runCache(args, io);
    case "baseline":
      return (await Promise.resolve().then(() => (init_baseline2(), baseline_exports))).runBaseline(args, io);
    case "init":
      return (await Promise.resolve().then(() => (init_init(), init_exports))).runInit(args, io);
    default:
      throw new UsageError(`'${command}' is not available in this build`);
  }
}
var init_commands = __esm({
  "dist/cli/commands/index.js"() {
    "use strict";
    init_args();
  }
});

// dist/cli/main.js
async function main(argv, io) {
  try {
    const args = parseArgs(argv);
    if (args.options.get("version")) {
      writeLine(io.stdout, `git-review-security ${TOOL_VERSION}`);
      return 0;
    }
    if (args.options.get("help") || args.command === "help") {
      io.stdout.write(helpText(TOOL_VERSION));
      return 0;
    }
    switch (args.command) {
      case void 0:
      case "review":
        return await (await Promise.resolve().then(() => (init_review(), review_exports))).runReview(args, io);
      default:
        return await (await Promise.resolve().then(() => (init_commands(), commands_exports))).runCommand(args.command, args, io);
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof UserFacingError) {
      writeLine(io.stderr, `git-review-security: ${error.message}`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    writeLine(io.stderr, `git-review-security: internal error: ${message}${io.env.REVIEW_SECURITY_DEBUG ? `
${error.stack}` : " (set REVIEW_SECURITY_DEBUG=1 for details)"}`);
    return 2;
  }
}
function installSignalExits() {
  for (const [signal, number] of Object.entries(SIGNAL_NUMBERS)) {
    process.once(signal, () => {
      process.stderr.write(`
git-review-security: interrupted (${signal})
`);
      process.exit(128 + number);
    });
  }
}
async function run(argv) {
  process.exitCode = await main(argv, { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr });
}
var UserFacingError, SIGNAL_NUMBERS;
var init_main = __esm({
  "dist/cli/main.js"() {
    "use strict";
    init_args();
    init_io();
    init_version();
    UserFacingError = class extends Error {
    };
    SIGNAL_NUMBERS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 };
  }
});

// dist/bin.js
init_main();
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error) => {
    if (error.code !== "EPIPE")
      throw error;
  });
}
installSignalExits();
void run(process.argv.slice(2));
