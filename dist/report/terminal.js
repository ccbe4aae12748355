const CODES = { red: 31, yellow: 33, cyan: 36, dim: 2, bold: 1, green: 32 };
export function paint(style, color, text) {
    return style.color ? `\x1b[${CODES[color]}m${text}\x1b[0m` : text;
}
/** Paths and source lines come from the repository: control characters are shown escaped, never interpreted. */
export function escapeControl(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g, (char) => {
        const code = char.codePointAt(0);
        return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
    }).replace(/\n/g, '\\n').replace(/\t/g, '    ');
}
/**
 * Whether a report written to stdout gets colour. `--color`/`--no-color` win; then `FORCE_COLOR` (`0`/`false` turn
 * it off, anything else on, as chalk and Node read it); then `NO_COLOR` (any non-empty value, no-color.org); else
 * colour exactly when stdout is a terminal that is not `TERM=dumb`. Files never get colour.
 */
export function useColor(flag, isTTY, env) {
    if (flag !== undefined)
        return flag;
    const force = env.FORCE_COLOR;
    if (force !== undefined)
        return force !== '0' && force.toLowerCase() !== 'false';
    if (env.NO_COLOR)
        return false;
    return isTTY && env.TERM !== 'dumb';
}
