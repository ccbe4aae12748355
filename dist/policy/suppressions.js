import { findRule } from '../rules/index.js';
/** Letters then digits, with letters mixed in: a code as typed by a hand that slipped. */
const MISTYPED_CODE = /^[A-Za-z]{1,3}\d[A-Za-z0-9]{0,5}$/;
const ID_SHAPE = /^(?:[A-Za-z]{1,3}\d{3,4}|[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+)$/;
function parseMarker(marker) {
    const parsed = { line: marker.line, kind: marker.kind, ruleIds: [], unknown: [], reason: '', used: new Set() };
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
    // Words with their offsets, so the reason keeps its own punctuation.
    const words = [...text.matchAll(/[^\s,]+/g)].map((match) => ({ word: match[0], at: match.index ?? 0 }));
    let index = 0;
    for (; index < words.length; index++) {
        const word = words[index].word.replace(/[,;:]$/, '');
        // Bandit test names such as `md5` or `eval` are ids too, whatever their shape.
        if (findRule(word)) {
            addId(parsed, word, true);
            continue;
        }
        // A mistyped code (`B6O2`, `B60`) is an id we do not know, never the start of a reason: read as a reason it
        // would leave a blanket `# nosec` that silences every rule on the statement.
        if (marker.kind !== 'noqa' && MISTYPED_CODE.test(word) && /\d/.test(word)) {
            addId(parsed, word, true);
            continue;
        }
        if (!ID_SHAPE.test(word))
            break;
        // Ruff's codes of other plugins (`# noqa: E501`) are not ours to judge.
        if (marker.kind === 'noqa' && !/^S\d{3}$/i.test(word))
            continue;
        // A plain word starts the reason; a code- or kebab/snake-shaped word is an id we do not know: reported.
        if (!/^[BS]\d{3}$/i.test(word) && !word.includes('-') && !word.includes('_'))
            break;
        addId(parsed, word, true);
    }
    parsed.reason = index < words.length ? stripReasonSeparator(text.slice(words[index].at)) : '';
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
    const problems = [];
    const parsed = markers.map((marker) => {
        const result = parseMarker(marker);
        if (!result && marker.kind === 'ignore-file') {
            problems.push({ line: marker.line, message: 'ignore-file needs rule ids, e.g. `# review-security: ignore-file[assert-used]`; this marker does nothing' });
        }
        return result;
    }).filter((marker) => marker !== undefined);
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
                const where = marker.kind === 'ignore-file' ? 'in this file' : 'in this statement';
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
        },
    };
}
