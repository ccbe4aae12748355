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
export function catchesEverything(clause, module) {
    const type = caughtType(clause);
    if (!type)
        return true;
    const types = type.type === 'tuple' || type.type === 'parenthesized_expression' ? type.namedChildren : [type];
    return types.some((item) => BROAD.has(item.type === 'identifier' && !module.imports.aliases.has(item.text) ? item.text : module.qualifiedName(item) ?? ''));
}
/** The single statement of the handler's body (comments aside), or null when it has several. */
export function soleStatement(clause) {
    const body = clause.namedChildren.find((child) => child.type === 'block');
    const statements = body?.namedChildren.filter((child) => child.type !== 'comment') ?? [];
    return statements.length === 1 ? statements[0] : null;
}
