export function step(text, node, note) {
    const compact = text.replace(/\s+/g, ' ').replace(/([([{]) /g, '$1').replace(/ ([)\]}])/g, '$1').trim();
    const shown = compact.length > 60 ? `${compact.slice(0, 57)}...` : compact;
    return `${shown} (${note ? `${note}, ` : ''}line ${node.startPosition.row + 1})`;
}
