// What SQL looks like in folded string text (see literals.ts: HOLE marks a run-time value), and where in a
// statement each run-time value lands. Shared by sql-injection and the taint rules that reuse its sinks.
import { HOLE } from '../../../python/literals.js';
// A table or column reference: identifier, quoted identifier, dotted name, or a run-time value.
const NAME = `(?:[\\w$]+|"[^"]+"|\`[^\`]+\`|\\[[^\\]]+\\]|${HOLE})(?:\\s*\\.\\s*(?:[\\w$]+|"[^"]+"|\`[^\`]+\`|${HOLE}))*`;
// Each statement pattern must show real SQL structure, not only keywords: SELECT needs a column list and a table,
// UPDATE needs `SET col =`, INSERT needs a column list, VALUES or SELECT after the table.
const STATEMENTS = [
    { kind: 'select', pattern: new RegExp(`\\b(select)\\s+(?:(?:distinct|all|top\\s+\\d+)\\s+)?([\\s\\S]+?)\\s+(from)\\s+(${NAME})`, 'gi') },
    { kind: 'delete', pattern: new RegExp(`\\b(delete)\\s+(from)\\s+(?:only\\s+)?(${NAME})`, 'gi') },
    { kind: 'insert', pattern: new RegExp(`\\b(insert|replace)\\s+(?:(?:or\\s+\\w+|ignore|low_priority|delayed|high_priority)\\s+)*(into)\\s+(${NAME})\\s*(?:\\(|\\b(?:values|select|set|default)\\b|${HOLE})`, 'gi') },
    { kind: 'update', pattern: new RegExp(`\\b(update)\\s+(?:only\\s+)?(${NAME})(?:\\s+(?:as\\s+)?\\w+)?\\s+(set)\\s+(?:${HOLE}|${NAME}\\s*=)`, 'gi') },
];
// Words that start a noun phrase in prose ("select a file from the list", "deleted from the guild"), never a
// column list or a table name.
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'your', 'my', 'our', 'their', 'its', 'his', 'her', 'one', 'any', 'some', 'each', 'every', 'which', 'what', 'all', 'here', 'there', 'it', 'them']);
// What may come right before a statement keyword inside SQL text: nothing, `(`, `;`, or a keyword that
// introduces a (sub)statement.
const STATEMENT_LEAD = /(?:^|[(;]|\b(?:as|union(?:\s+all)?|intersect|except|explain(?:\s+analyze)?(?:\s+verbose)?|exists|in|with)\s*\(?)\s*(?:--[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*$/i;
/**
 * The first SQL statement in folded text, or null when the text is not SQL: prose such as "please select from the
 * list" or "has been deleted from the guild" fails on the column list, the table name or what precedes the keyword.
 */
export function sqlShape(text) {
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
    const keywords = kind === 'select' ? [match[1], match[3]] : kind === 'update' ? [match[1], match[3]] : [match[1], match[2]];
    const table = kind === 'select' ? match[4] : kind === 'update' ? match[2] : match[3];
    if (isProseWord(table))
        return false;
    if (kind === 'select' && !isColumnList(match[2]))
        return false;
    // Upper-case keywords are SQL wherever they appear; lower-case ones must start a statement.
    const shouted = keywords.every((word) => word === word.toUpperCase());
    return shouted || STATEMENT_LEAD.test(text.slice(0, match.index));
}
function isProseWord(name) {
    return DETERMINERS.has(name.toLowerCase());
}
function isColumnList(columns) {
    const trimmed = columns.trim();
    if (trimmed === '' || /[!?;]/.test(trimmed))
        return false;
    const first = /^[\w$]+/.exec(trimmed)?.[0];
    if (first && isProseWord(first))
        return false;
    if (trimmed.includes(HOLE) || /[*,().'"`]/.test(trimmed))
        return true;
    // Plain words: one column or `column AS alias`; other runs of bare words are prose ("select one item from").
    const words = trimmed.split(/\s+/);
    return words.length === 1 || (words.length === 3 && /^as$/i.test(words[1]));
}
/**
 * Where each run-time value (HOLE) sits in the SQL text: `identifier` after FROM/JOIN/INTO/UPDATE/TABLE/SET, in the
 * select list or ORDER/GROUP BY, or next to a `.`; `value` anywhere else (quoted literals, comparisons, VALUES,
 * WHERE clauses). Identifiers cannot be bound as parameters, so formatting them in is how such queries are written.
 */
export function holePositions(text) {
    const positions = [];
    let quotes = 0;
    for (let index = 0; index < text.length; index++) {
        const char = text[index];
        if (char === "'")
            quotes++;
        if (char !== HOLE)
            continue;
        if (quotes % 2 === 1) {
            positions.push('value');
            continue;
        }
        const before = text.slice(Math.max(0, index - 80), index).replace(/["`[]$/, '');
        const after = text.slice(index + 1, index + 3);
        const identifier = /(?:\b(?:from|join|into|update|table|select|distinct|by|as|set)\s*|\.\s*|,\s*)$/i.test(before)
            || /^["`\]]?\./.test(after);
        // A `,` continues a select list or a table list only before the first WHERE/VALUES/SET.
        if (identifier && /,\s*$/.test(before) && /\b(?:where|values|set|having|limit|in\s*\()/i.test(text.slice(0, index))) {
            positions.push('value');
            continue;
        }
        positions.push(identifier ? 'identifier' : 'value');
    }
    return positions;
}
/** Bind placeholders (`%s`, `%(name)s`, `?`, `:name`, `$1`): the query passes its values separately. */
export function hasBindPlaceholders(text) {
    return /%\(\w+\)s|%s|\?|(?<![:\w]):[A-Za-z_]\w*|\$\d+/.test(text);
}
