import { defineRule } from '../types.js';
// Unicode bidirectional controls (Bandit's list, plus U+061C ARABIC LETTER MARK as in Ruff's PLE2502).
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200F\u061C]/g;
const MARKS = /[\u200F\u061C]/;
export default defineRule({
    id: 'trojan-source',
    aliases: ['B613', 'trojansource'],
    category: 'other',
    cwe: 838,
    severity: 'high',
    confidence: 'medium',
    cost: 'fast',
    message: 'bidirectional Unicode control character: the code may run differently from how it reads (Trojan Source)',
    fix: 'Remove the control character, or write it as an escape (`"\\u202e"`) inside a string where it is intended.',
    docs: {
        why: 'Bidirectional overrides reorder how text is displayed, so a reviewer can see a comment where the interpreter sees code, or an early return that is not there (CVE-2021-42574). One finding per string, comment or token that holds such characters (Bandit stops at the first in the file). A right-to-left mark (U+200F, U+061C) inside a string literal is normal in RTL text and not reported.',
        bad: ['access_level = "user"\nif access_level != "user\u202E \u2066# Check if admin\u2069 \u2066":\n    print("You are an admin.")\n'],
        good: ['marker = "\\u202e"  # written as an escape: visible in review\n'],
        references: ['https://trojansource.codes/', 'https://cwe.mitre.org/data/definitions/838.html'],
    },
    create(context) {
        return {
            module(root) {
                const source = context.module.source;
                BIDI.lastIndex = 0;
                // One finding per token holding such characters (a multi-line string or comment is reported at its start).
                const reported = new Set();
                for (let match = BIDI.exec(source); match; match = BIDI.exec(source)) {
                    const node = root.descendantForIndex(match.index);
                    const holder = node.type === 'string_content' && node.parent ? node.parent : node;
                    if (reported.has(holder.id))
                        continue;
                    const code = match[0].codePointAt(0).toString(16).toUpperCase().padStart(4, '0');
                    // Right-to-left marks inside a string are how Arabic, Persian and Hebrew text is written (Django's locale
                    // date formats use them); they do not reorder code around the string.
                    if (MARKS.test(match[0]) && holder.type === 'string')
                        continue;
                    reported.add(holder.id);
                    context.report({ node: holder, message: `bidirectional control character U+${code}: the code may run differently from how it reads` });
                }
            },
        };
    },
});
