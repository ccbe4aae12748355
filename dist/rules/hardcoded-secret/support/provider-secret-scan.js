import { NAMED_FORMATS, TEXT_FORMATS } from './provider-formats.js';
/** Every credential of a known provider format in `text`. */
export function findProviderSecrets(text) {
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
/** The credential a value stored under `name` is, for formats known by their name (`AWS_SECRET_ACCESS_KEY`). */
export function findNamedSecret(name, value) {
    for (const format of NAMED_FORMATS) {
        if (format.name.test(name) && format.value.test(value) && (!format.accept || format.accept(value))) {
            return { provider: format.provider, secret: value, evidence: 'provider-format' };
        }
    }
    return undefined;
}
/**
 * The source text of a string literal's constant parts, as written: one entry per run between f-string fields
 * (a key never straddles a `{field}`), consecutive literals of an implicit concatenation joined (`"sk_live_" "4eC3…"`
 * reads as one key). Bytes, raw strings and docstrings alike.
 */
export function literalPieces(node) {
    return writtenText(node).split(FIELD).filter((piece) => piece !== '');
}
/** Stands for an f-string field in `writtenText`: no source text holds it. */
const FIELD = '\u0000';
function writtenText(node) {
    if (node.type === 'concatenated_string')
        return node.namedChildren.map(writtenText).join('');
    if (node.type !== 'string')
        return '';
    let text = '';
    for (const child of node.namedChildren) {
        if (child.type === 'string_content')
            text += child.text;
        else if (child.type === 'interpolation')
            text += FIELD;
    }
    return text;
}
