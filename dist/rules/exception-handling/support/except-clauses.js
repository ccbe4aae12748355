// Questions about `except` clauses shared by try-except-pass and try-except-continue.
import { enclosingFunction } from '../../../python/syntax.js';
const BROAD = new Set(['Exception', 'BaseException', 'builtins.Exception', 'builtins.BaseException']);
/** The caught type expression (`except (A, B) as e:` → the tuple), or null for a bare `except:`. */
function caughtType(clause) {
    const first = clause.namedChildren.find((child) => child.type !== 'comment' && child.type !== 'block');
    if (!first)
        return null;
    return first.type === 'as_pattern' ? first.firstNamedChild : first;
}
/**
 * True for handlers that catch everything: bare `except:`, `Exception`, `BaseException`, also inside a tuple
 * (Bandit counts only bare and `Exception`; Ruff adds `BaseException` and tuples, as here).
 */
function catchesEverything(clause, module) {
    const type = caughtType(clause);
    if (!type)
        return true;
    const types = type.type === 'tuple' || type.type === 'parenthesized_expression' ? type.namedChildren : [type];
    return types.some((item) => BROAD.has(item.type === 'identifier' && !module.imports.aliases.has(item.text) ? item.text : module.qualifiedName(item) ?? ''));
}
/** The single statement of the handler's body (comments aside), or null when it has several. */
function soleStatement(clause) {
    const body = clause.namedChildren.find((child) => child.type === 'block');
    const statements = body?.namedChildren.filter((child) => child.type !== 'comment') ?? [];
    return statements.length === 1 ? statements[0] : null;
}
/** True for a handler body of `pass`, `continue` or `...` alone: the error leaves no trace. */
function swallows(clause, statementType) {
    const statement = soleStatement(clause);
    if (statement?.type === statementType)
        return true;
    return statementType === 'pass_statement' && statement?.type === 'expression_statement' && statement.firstNamedChild?.type === 'ellipsis';
}
/** Functions that only release resources: a failure there has nowhere useful to go (`__del__` must not raise). */
const CLEANUP_FUNCTION = /^_*(?:del|exit|aexit|close|aclose|stop|shutdown|teardown|tear_down|dispose|release|disconnect|terminate|kill)_*$|clean_?up/i;
/** Calls that only release or remove something: `os.unlink(tmp)`, `sock.close()`, `job.abort()`. */
const CLEANUP_CALL = /^_*(?:close|aclose|unlink|remove|rmtree|rmdir|removedirs|abort|abort_job|kill|terminate|stop|shutdown|disconnect|release|cleanup|clean_up|cancel)$/;
/** Comments addressed to tools (`# noqa`, `# pragma: no cover`, `# type: ignore`), not to readers. */
const TOOL_COMMENT = /^#\s*(?:noqa|pragma|type:|nosec|pylint:|fmt:)/i;
function calleeLastName(statement) {
    let expression = statement.type === 'expression_statement' ? statement.firstNamedChild : null;
    if (expression?.type === 'await')
        expression = expression.firstNamedChild;
    if (expression?.type !== 'call')
        return undefined;
    const callee = expression.childForFieldName('function');
    if (callee?.type === 'identifier')
        return callee.text;
    return callee?.type === 'attribute' ? callee.childForFieldName('attribute')?.text : undefined;
}
/**
 * Why a broad swallowing handler is not a defect, or undefined when it is one. A handler on a cleanup-only path (in
 * a `finally`, in `__del__`/`close()`/`stop()`, or around calls that only close or remove something) is best-effort
 * release: raising there would mask the real error or crash a destructor. A comment in the handler says the swallow
 * was decided, not forgotten. A probe (`x = load()` alone in the try, `if x is None` after it) keeps the outcome.
 */
function deliberateSwallowReason(clause) {
    const body = clause.namedChildren.find((child) => child.type === 'block');
    const comments = [...clause.namedChildren, ...body?.namedChildren ?? []].filter((child) => child.type === 'comment');
    // Only a comment on its own line in the body: one trailing the `except` line is mostly a marker for a tool.
    if (comments.some((comment) => comment.startPosition.row > clause.startPosition.row && !TOOL_COMMENT.test(comment.text)))
        return 'a comment in the handler says why';
    const tryStatement = clause.parent;
    for (let node = tryStatement?.parent ?? null; node && node.type !== 'function_definition' && node.type !== 'class_definition'; node = node.parent) {
        if (node.type === 'finally_clause')
            return 'best-effort cleanup in a finally block';
    }
    const name = enclosingFunction(clause)?.childForFieldName('name')?.text;
    if (name && CLEANUP_FUNCTION.test(name))
        return `best-effort cleanup in ${name}()`;
    const statements = tryStatement?.childForFieldName('body')?.namedChildren.filter((child) => child.type !== 'comment') ?? [];
    if (statements.length > 0 && statements.every((statement) => CLEANUP_CALL.test(calleeLastName(statement) ?? '')))
        return 'best-effort cleanup call';
    const probed = tryStatement && statements.length === 1 ? assignedName(statements[0]) : undefined;
    if (tryStatement && probed && testedAfter(probed, tryStatement))
        return `a probe: a failure leaves ${probed} at its earlier value, which the code tests afterwards`;
    return undefined;
}
/** `name = …` (one plain name on the left), or undefined. */
function assignedName(statement) {
    const assignment = statement.type === 'expression_statement' ? statement.firstNamedChild : null;
    const left = assignment?.type === 'assignment' ? assignment.childForFieldName('left') : null;
    return left?.type === 'identifier' ? left.text : undefined;
}
/**
 * True when `name` is tested after the try, in the same function (`if name:`, `if not name`, `name is None`): the
 * failure is not lost, it is the value the code branches on.
 */
function testedAfter(name, tryStatement) {
    const owner = enclosingFunction(tryStatement) ?? tryStatement.tree.rootNode;
    return owner.descendantsOfType('identifier').some((use) => {
        if (use.text !== name || use.startIndex < tryStatement.endIndex)
            return false;
        const parent = use.parent;
        if (parent?.type === 'comparison_operator' || parent?.type === 'not_operator')
            return true;
        if (parent?.type === 'boolean_operator')
            return parent.parent?.type === 'if_statement' || parent.parent?.type === 'elif_clause';
        return (parent?.type === 'if_statement' || parent?.type === 'elif_clause') && parent.childForFieldName('condition')?.id === use.id;
    });
}
/**
 * The handlers of a swallowing rule (`pass` or `continue` alone in the handler): a broad handler blocks unless the
 * swallow is deliberate; a typed one (only with checkTypedException) names the error it expects, a note at low.
 */
export function swallowingHandlers(context, statementType, message) {
    const handle = (node) => {
        if (!swallows(node, statementType))
            return;
        const broad = catchesEverything(node, context.module);
        if (!broad && !context.options.checkTypedException)
            return;
        if (!broad) {
            context.report({ node, severity: 'low', confidence: 'high' });
            return;
        }
        const reason = deliberateSwallowReason(node);
        if (reason)
            context.report({ node, severity: 'low', message: `${message} (not blocking: ${reason})` });
        else
            context.report({ node });
    };
    return { except_clause: handle, except_group_clause: handle };
}
