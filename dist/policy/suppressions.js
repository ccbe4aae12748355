import { findRule } from '../rules/index.js';
const ID_SHAPE = /^(?:[A-Z]{1,3}\d{3,4}|[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+)$/;
export function parseMarker(marker) {
    const parsed = { line: marker.line, kind: marker.kind, ruleIds: [], unknown: [], reason: '' };
    if (marker.kind === 'ignore' || marker.kind === 'ignore-file') {
        const match = /^\[([^\]]*)\]\s*(.*)$/.exec(marker.text);
        if (!match) {
            if (marker.kind === 'ignore-file')
                return undefined; // a file-wide blanket needs explicit ids
            parsed.reason = stripReasonSeparator(marker.text);
            return parsed;
        }
        for (const word of match[1].split(/[\s,]+/).filter(Boolean))
            addId(parsed, word, true);
        parsed.reason = stripReasonSeparator(match[2]);
        return parsed;
    }
    const text = marker.text.replace(/^:\s*/, '');
    const words = text.split(/[\s,]+/).filter(Boolean);
    let index = 0;
    for (; index < words.length; index++) {
        const word = words[index].replace(/[,;:]$/, '');
        if (!ID_SHAPE.test(word))
            break;
        const known = findRule(word);
        // Ruff's codes of other plugins (`# noqa: E501`) are not ours to judge.
        if (!known && marker.kind === 'noqa' && !/^S\d{3}$/.test(word))
            continue;
        if (!known && !/^[BS]\d{3}$/.test(word) && !word.includes('-') && !word.includes('_'))
            break;
        addId(parsed, word, true);
    }
    parsed.reason = stripReasonSeparator(words.slice(index).join(' '));
    // A bare `# noqa` silences flake8 findings; it is not a security suppression.
    if (marker.kind === 'noqa' && parsed.ruleIds.length === 0)
        return undefined;
    return parsed;
}
function addId(parsed, word, reportUnknown) {
    const rule = findRule(word);
    if (rule) {
        if (!parsed.ruleIds.includes(rule.id))
            parsed.ruleIds.push(rule.id);
    }
    else if (reportUnknown) {
        parsed.unknown.push(word);
    }
}
function stripReasonSeparator(text) {
    return text.replace(/^(?:--?|:|—)\s*/, '').trim();
}
export function indexMarkers(markers) {
    const parsed = markers.map(parseMarker).filter((marker) => marker !== undefined);
    const byLine = new Map();
    const fileWide = parsed.filter((marker) => marker.kind === 'ignore-file');
    for (const marker of parsed) {
        if (marker.kind === 'ignore-file')
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
        find(rule, firstLine, lastLine) {
            for (const marker of fileWide)
                if (covers(marker, rule))
                    return marker;
            for (let line = firstLine; line <= lastLine; line++) {
                for (const marker of byLine.get(line) ?? [])
                    if (covers(marker, rule))
                        return marker;
            }
            return undefined;
        },
    };
}
