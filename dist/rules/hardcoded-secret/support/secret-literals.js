import { readStringLiteral } from '../../../python/literals.js';
/** The text of a string literal (plain or implicitly concatenated, no f-string fields), else undefined. */
export function literalString(node) {
    if (node.type === 'concatenated_string') {
        const parts = node.namedChildren.map(literalString);
        return parts.every((part) => part !== undefined) ? parts.join('') : undefined;
    }
    if (node.type !== 'string' || node.namedChildren.some((child) => child.type === 'interpolation'))
        return undefined;
    const literal = readStringLiteral(node);
    return literal.isBytes ? undefined : literal.value;
}
/** `password` → password; `self.api_token` → api_token; `conf["db_password"]` → db_password. */
export function targetName(target) {
    switch (target.type) {
        case 'identifier':
            return target.text;
        case 'attribute':
            return target.childForFieldName('attribute')?.text;
        case 'subscript': {
            const key = target.childForFieldName('subscript');
            return key ? literalString(key) : undefined;
        }
        default:
            return undefined;
    }
}
