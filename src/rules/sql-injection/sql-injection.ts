import { defineRule, type ReportDescriptor, type RuleContext } from '../types.js';
import type { SyntaxNode } from '../../python/syntax.js';
import { enclosingFunction } from '../../python/syntax.js';
import type { ModuleFacts } from '../../python/module.js';
import { SINK_LAST_NAMES, sqlInjectionVerdict, sqlInjectionVerdictOf, sqlSinkQuery, type SqlInjectionVerdict } from './support/sql-sinks.js';
import type { StringShape } from '../../python/literals.js';
import { levelTable, REQUEST_ONLY, SINK_LEVELS, sinkVerdict, sinkVerdicts } from '../support/taint-rule.js';
import { strongestTrace, traceValue } from '../../python/taint.js';

// Expressions that build a string from parts; only the outermost one of a chain is examined.
const BUILD_METHODS = new Set(['format', 'join', 'replace']);
const SQL_WORD = /select|insert|update|delete|replace/i;
/** An escape that can spell a letter in a string literal: `\x53`, `\u0053`, `\U00000053`, `\N{...}`, `\123`. */
const LETTER_ESCAPE = /\\(?:x[0-9a-fA-F]|u[0-9a-fA-F]|U[0-9a-fA-F]|N\{|[0-7])/;
// Cheap test before folding: the expression's own text shows a SQL keyword (a query continued from a variable
// still shows its clause: `query + " WHERE id = " + uid`).
const SQL_HINT = /\b(?:select|insert|update|delete|replace|where|from|into|values|set|join|order|group|limit|and|or)\b/i;

export default defineRule({
  id: 'sql-injection',
  aliases: ['B608', 'S608', 'hardcoded_sql_expressions'],
  category: 'sql-injection',
  cwe: 89,
  severity: 'medium',
  confidence: 'low',
  cost: 'fast',
  // Every report needs SQL text, found by folding the file's string literals: a keyword in the source, or one spelled
  // with escapes (`"\x53ELECT"`). A keyword split across adjacent literals (`"SEL" "ECT"`) is not seen.
  triggers: [SQL_WORD, LETTER_ESCAPE, /executescript/],
  // Calls that build a string (`.format()`, `.join()`, `.replace()`) or run SQL.
  callees: [...BUILD_METHODS, ...SINK_LAST_NAMES],
  message: 'SQL query built by string formatting: values formatted into SQL can change the statement',
  fix: 'Pass values as query parameters (`cursor.execute("SELECT … WHERE id = %s", (user_id,))`, `text("… :id")`); check table and column names against an allow-list.',
  docs: {
    why: 'A value formatted into SQL text is parsed as SQL: a name like `x\' OR \'1\'=\'1` or `1; DROP TABLE users` rewrites the query. '
      + 'A query with run-time values that reaches execute()/executemany(), Django raw()/RawSQL or SQLAlchemy text() is decided by where the values '
      + 'come from: request data or other outside input blocks (high severity, high confidence); a parameter (medium/medium) or a value of unknown '
      + 'origin (medium/low) is shown without blocking; cast or quoted values only by --profile audit. A SQL string built the same way that is not '
      + 'seen reaching a sink is medium severity, low confidence, as in Bandit. Prose that merely contains '
      + '"select … from" or "deleted from" is not SQL and is not reported, and numbers, generated placeholder lists and quoting functions are harmless parts. '
      + 'Fragments passed to QuerySet.extra() and RawSQL() are also checked by django-extra and django-rawsql.',
    bad: [
      'from django.db import connection\ndef search(request):\n    with connection.cursor() as cursor:\n        cursor.execute("SELECT * FROM users WHERE name = \'%s\'" % request.GET["q"])\n        return cursor.fetchall()\n',
      'def find(cursor, name):\n    cursor.execute("SELECT * FROM users WHERE name = \'%s\'" % name)\n',
      'def find(cursor, uid):\n    query = f"DELETE FROM sessions WHERE user_id = {uid}"\n    cursor.execute(query)\n',
      'def build(name):\n    return "SELECT id FROM users WHERE name = \'" + name + "\'"\n',
    ],
    good: [
      'def find(cursor, name):\n    cursor.execute("SELECT * FROM users WHERE name = %s", (name,))\n',
      'def ask(variants):\n    print(f"Please select from {variants}")\n',
      'def find(cursor, ids):\n    marks = ",".join(["%s"] * len(ids))\n    cursor.execute(f"SELECT * FROM users WHERE id IN ({marks})", ids)\n',
    ],
    references: [
      'https://cwe.mitre.org/data/definitions/89.html',
      'https://peps.python.org/pep-0249/#paramstyle',
      'https://docs.djangoproject.com/en/stable/topics/security/#sql-injection-protection',
    ],
  },
  create(context) {
    const { module } = context;
    const examineBuild = (node: SyntaxNode) => {
      const text = node.text;
      if (node.type === 'string' || node.type === 'concatenated_string') {
        if (!SQL_WORD.test(text) || !hasInterpolation(node)) return;
      } else if (!SQL_HINT.test(text)) {
        return;
      }
      if (enclosingBuild(node, module)) return;
      const verdict = sqlInjectionVerdict(node, module);
      if (!verdict || reachesSqlSink(node, module)) return;
      reportBuilt(context, node, verdict);
    };
    return {
      binary_operator(node) {
        const operator = node.childForFieldName('operator')?.type;
        if (operator === '+' || operator === '%') examineBuild(node);
      },
      // Only strings with interpolations can be built queries: they are found from their prefixes, once per file.
      module() {
        for (const string of module.formattedStrings()) examineBuild(string);
      },
      concatenated_string: examineBuild,
      call(node) {
        const method = module.calleeAttribute(node);
        if (method && BUILD_METHODS.has(method) && node.childForFieldName('function')?.type === 'attribute') examineBuild(node);
        const query = sqlSinkQuery(node, module);
        if (query) reportSink(context, node, query);
      },
      augmented_assignment(node) {
        reportAugmentedQuery(context, node);
      },
    };
  },
});

/**
 * A SQL string built with run-time parts, not seen reaching a sink: Bandit's medium/low finding, unless the trace
 * decides. Parts that are only constants or checked values (`uuid.UUID(x)`) are left to an audit; parts that are a
 * helper's parameters are judged by what the module's calls pass (`def q(tag): return "… '%s'" % tag` called with
 * request data is reported, blocking, at that call, with the path).
 */
function reportBuilt(context: RuleContext, node: SyntaxNode, verdict: SqlInjectionVerdict): void {
  const { module } = context;
  const trace = strongestTrace(verdict.parts.map((part) => traceValue(part, module, { sink: 'sql' })));
  if (trace.kind === 'constant' || trace.kind === 'sanitised') {
    context.report({ node, severity: 'low', confidence: 'low', auditOnly: true, message: `${builtMessage(verdict)}; its run-time parts are constants or checked values (shown by --profile audit)` });
    return;
  }
  if (trace.kind === 'parameter') {
    const statement = verdict.shape.statement.toUpperCase();
    const describe = (source: string) => `SQL injection: ${statement} query built with ${source} formatted into it (${describeParts(verdict.parts)}); pass values as parameters`;
    const fromCallers = sinkVerdicts({ sinkClass: 'sql', levels: BUILT_LEVELS, describe }, node, verdict.parts, module)
      .filter((report) => report.node.id !== node.id);
    if (fromCallers.length > 0) {
      for (const report of fromCallers) context.report(report);
      return;
    }
  }
  context.report({ node, message: builtMessage(verdict) });
}

/** A built query's parts that a helper's callers fill with outside data block; the rest is the rule's own level. */
const BUILT_LEVELS = levelTable({ request: { severity: 'high', confidence: 'high' }, 'user-input': { severity: 'high', confidence: 'high' }, parameter: { severity: 'medium', confidence: 'low' }, unknown: { severity: 'medium', confidence: 'low' }, 'stored-input': { severity: 'medium', confidence: 'low' } });

function builtMessage(verdict: SqlInjectionVerdict): string {
  const statement = verdict.shape.statement.toUpperCase();
  return verdict.position === 'identifier'
    ? `${statement} query with table or column names formatted in: check them against an allow-list`
    : `${statement} query built by string formatting: values formatted into SQL can change the statement`;
}


/**
 * The whole statement taken from outside input (`db.executescript(request.files["dump"].read())`): no SQL text to
 * fold, so no shape to judge; the client writes the statement outright. Only request data: a command-line tool that
 * runs the SQL its user names (`sys.argv[1]`), or a helper's query parameter, is ordinary code.
 */
function reportOutsideQuery(context: RuleContext, call: SyntaxNode, query: SyntaxNode): void {
  // Text only: a statement object (`text(…).bindparams(v=x)`, `select(…).where(…)`) carries its values bound.
  if (context.module.isConstant(query) || !isQueryText(query, context.module, 0)) return;
  const describe = (source: string) => `SQL injection: the statement executed is ${source}; run fixed SQL with the values as parameters`;
  const report = sinkVerdict({ sinkClass: 'sql', levels: REQUEST_ONLY, describe }, call, [query], context.module);
  if (report) context.report(report);
}

/** Methods whose result is text read or cut from their receiver (`upload.read().decode()`, `form.get("q")`). */
const TEXT_METHODS = new Set(['read', 'decode', 'get', 'strip', 'getvalue', 'format', 'join', 'replace', 'lower', 'upper']);

/** Whether a query expression is SQL text rather than a statement object: literals, items, reads, string methods. */
function isQueryText(node: SyntaxNode, module: ModuleFacts, depth: number): boolean {
  if (depth > 4) return false;
  switch (node.type) {
    case 'string': case 'concatenated_string': case 'binary_operator': case 'subscript':
      return true;
    case 'parenthesized_expression': case 'await':
      return !!node.firstNamedChild && isQueryText(node.firstNamedChild, module, depth + 1);
    case 'identifier': {
      const values = module.valuesOf(node);
      return !!values && values.length > 0 && values.every((value) => isQueryText(value, module, depth + 1));
    }
    case 'call':
      return TEXT_METHODS.has(module.calleeAttribute(node) ?? '') && node.childForFieldName('function')?.type === 'attribute';
    default:
      return false;
  }
}

/** SQL run with run-time parts: the strongest source among the parts sets the levels (SINK_LEVELS). */
function reportSink(context: RuleContext, call: SyntaxNode, query: SyntaxNode): void {
  const verdict = sqlInjectionVerdict(query, context.module);
  if (!verdict) {
    reportOutsideQuery(context, call, query);
    return;
  }
  const statement = verdict.shape.statement.toUpperCase();
  const what = verdict.position === 'identifier'
    ? (source: string) => `${statement} query executed with table or column names formatted in from ${source}${verdict.placeholders ? ' (values are bound)' : ''}: check the names against an allow-list`
    : (source: string) => `SQL injection: ${statement} query executed with ${source} formatted into it (${describeParts(verdict.parts)}); pass values as parameters`;
  const spec = { sinkClass: 'sql' as const, levels: SINK_LEVELS, describe: what };
  const fromParts = sinkVerdict(spec, call, verdict.parts, context.module);
  if (!fromParts) return;
  // Parts that are parameters of a helper this module calls: what its calls pass decides (reported where it is passed).
  const judged = sinkVerdicts(spec, call, verdict.parts, context.module);
  if (judged.length !== 1 || judged[0].node.id !== call.id || !sameLevels(judged[0], fromParts)) {
    for (const report of judged) context.report(report);
    return;
  }
  // The parts decide (harmless parts such as numbers are left out of them); the whole query, when it comes to the
  // same verdict, shows the longer path (`q → query → cursor.execute`).
  const whole = sinkVerdict(spec, call, query, context.module);
  const report = whole && sameLevels(whole, fromParts) ? whole : fromParts;
  // Where the query was built, when it reaches the sink through a variable and the trace shows no path.
  context.report({ ...report, flow: report.flow ?? queryFlow(query, context.module, call) });
}

function sameLevels(one: ReportDescriptor, other: ReportDescriptor): boolean {
  return one.severity === other.severity && one.confidence === other.confidence && !!one.auditOnly === !!other.auditOnly;
}

function describeParts(parts: SyntaxNode[]): string {
  const names = [...new Set(parts.map((part) => part.text.replace(/\s+/g, ' ')))].slice(0, 3).map((text) => (text.length > 30 ? `${text.slice(0, 27)}...` : text));
  return names.join(', ') || 'run-time value';
}

/** Evidence when the query reaches the sink through a variable: where it was built. */
function queryFlow(query: SyntaxNode, module: ModuleFacts, call: SyntaxNode): string[] | undefined {
  if (query.type !== 'identifier') return undefined;
  const values = module.valuesOf(query);
  if (!values || values.length === 0) return undefined;
  return [
    ...values.map((value) => `${query.text} built at line ${value.startPosition.row + 1}: ${value.text.replace(/\s+/g, ' ').slice(0, 80)}`),
    `executed at line ${call.startPosition.row + 1}`,
  ];
}

/** `query += " AND name = '%s'" % name`: the whole query so far, reported where it stops being constant. */
function reportAugmentedQuery(context: RuleContext, node: SyntaxNode): void {
  const { module } = context;
  const target = node.childForFieldName('left');
  const right = node.childForFieldName('right');
  if (node.childForFieldName('operator')?.type !== '+=' || target?.type !== 'identifier' || !right) return;
  if (!SQL_HINT.test(right.text) || module.isConstant(right)) return;
  const scope = module.scopeOf(target);
  const verdictAt = (position: number) => {
    const values = scope.valuesBefore(target.text, position);
    const shapes = values?.map((value) => module.fold(value));
    if (!shapes || shapes.length === 0 || shapes.some((shape) => shape === null)) return undefined;
    const parts = shapes as StringShape[];
    return sqlInjectionVerdictOf({
      text: parts.map((part) => part.text).join(''),
      constant: parts.every((part) => part.constant),
      dynamic: parts.flatMap((part) => part.dynamic),
    }, module);
  };
  // Reported once: where the query first stops being constant SQL, and not again when the appended part is a
  // SQL statement of its own (the string-building handler reports that one).
  if (verdictAt(node.startIndex) || sqlInjectionVerdict(right, module)) return;
  const verdict = verdictAt(node.endIndex);
  if (!verdict || reachesSqlSink(right, module)) return;
  context.report({ node, message: builtMessage(verdict) });
}

function hasInterpolation(node: SyntaxNode): boolean {
  if (node.type === 'concatenated_string') return node.namedChildren.some(hasInterpolation);
  return node.namedChildren.some((child) => child.type === 'interpolation');
}

function unparenthesize(node: SyntaxNode): SyntaxNode {
  let current = node;
  while (current.parent?.type === 'parenthesized_expression') current = current.parent;
  return current;
}

/** The string-building expression this one is part of, if any (its parts are examined together). */
function enclosingBuild(node: SyntaxNode, module: ModuleFacts): SyntaxNode | undefined {
  const self = unparenthesize(node);
  const parent = self.parent;
  if (!parent) return undefined;
  switch (parent.type) {
    case 'binary_operator': {
      const operator = parent.childForFieldName('operator')?.type;
      return operator === '+' || operator === '%' ? parent : undefined;
    }
    case 'concatenated_string':
      return parent;
    case 'interpolation':
      return parent.parent ?? undefined;
    case 'attribute': {
      const call = parent.parent;
      const method = parent.childForFieldName('attribute')?.text ?? '';
      return call?.type === 'call' && BUILD_METHODS.has(method) && parent.childForFieldName('object')?.id === self.id ? call : undefined;
    }
    case 'argument_list': {
      const call = parent.parent;
      return call && BUILD_METHODS.has(module.calleeAttribute(call) ?? '') && call.childForFieldName('function')?.type === 'attribute' ? call : undefined;
    }
    case 'keyword_argument': {
      const call = parent.parent?.parent;
      return call?.type === 'call' && module.calleeAttribute(call) === 'format' ? call : undefined;
    }
    case 'tuple':
    case 'list':
    case 'dictionary':
    case 'pair': {
      const holder = unparenthesize(parent.type === 'pair' ? parent.parent ?? parent : parent);
      const operator = holder.parent?.type === 'binary_operator' ? holder.parent.childForFieldName('operator')?.type : undefined;
      if (operator === '%' && holder.parent!.childForFieldName('right')?.id === holder.id) return holder.parent!;
      if (holder.parent?.type === 'argument_list' && module.calleeAttribute(holder.parent.parent!) === 'join') return holder.parent.parent!;
      return undefined;
    }
    default:
      return undefined;
  }
}

/**
 * True when the built expression is executed by a SQL sink: directly as its query argument, or through a variable
 * the sink's query argument reads (the sink reports it then, once, with the higher severity).
 */
function reachesSqlSink(expression: SyntaxNode, module: ModuleFacts): boolean {
  const self = unparenthesize(expression);
  const parent = self.parent;
  const call = parent?.type === 'argument_list' ? parent.parent : parent?.type === 'keyword_argument' ? parent.parent?.parent : null;
  if (call?.type === 'call') {
    const query = sqlSinkQuery(call, module);
    if (query && query.id === self.id) return sqlInjectionVerdict(query, module) !== undefined;
  }
  const statement = parent?.type === 'assignment' || parent?.type === 'augmented_assignment' ? parent : null;
  const target = statement?.childForFieldName('left');
  if (!statement || target?.type !== 'identifier' || statement.childForFieldName('right')?.id !== self.id) return false;
  const owner = enclosingFunction(statement) ?? module.root;
  for (const candidate of owner.descendantsOfType('call')) {
    if (candidate.startIndex < statement.endIndex) continue;
    const query = sqlSinkQuery(candidate, module);
    if (query?.type !== 'identifier' || query.text !== target.text) continue;
    const values = module.valuesOf(query);
    if (values?.some((value) => value.id === self.id) && sqlInjectionVerdict(query, module)) return true;
  }
  return false;
}
