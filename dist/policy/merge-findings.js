// One problem, one finding: when two rules of the same category flag the same code (Django's `mark_safe(x)` is
// Bandit's B308 and B703; `qs.extra(where=[...])` is B610 and, for its built SQL, B608), the report shows one
// finding carrying both rules' aliases. Done after the per-path filters, so turning one of the rules off leaves the
// other's finding as it is; a suppressed finding merges only with suppressed ones (`# nosec B308` leaves B703).
import { levelRank } from '../rules/types.js';
function containsRange(outer, inner) {
    const starts = outer.line < inner.line || (outer.line === inner.line && outer.column <= inner.column);
    const ends = outer.endLine > inner.endLine || (outer.endLine === inner.endLine && outer.endColumn >= inner.endColumn);
    return starts && ends;
}
function sameProblem(a, b) {
    return a.rule !== b.rule && a.category === b.category && !a.suppressed === !b.suppressed
        && (containsRange(a, b) || containsRange(b, a));
}
/** Blocking first, then severity, then confidence: the finding that speaks for the group. */
function stronger(a, b) {
    if (a.blocking !== b.blocking)
        return a.blocking;
    const severity = levelRank(a.severity) - levelRank(b.severity);
    return severity !== 0 ? severity > 0 : levelRank(a.confidence) > levelRank(b.confidence);
}
/** Findings in source order with each group of same-problem findings replaced by its strongest, aliases joined. */
export function mergeSameCall(findings) {
    const kept = [];
    for (const finding of findings) {
        const index = kept.findIndex((other) => other.line <= finding.endLine && finding.line <= other.endLine && sameProblem(other, finding));
        if (index < 0) {
            kept.push(finding);
            continue;
        }
        const other = kept[index];
        const [lead, merged] = stronger(finding, other) ? [finding, other] : [other, finding];
        kept[index] = {
            ...lead,
            aliases: [...new Set([...lead.aliases, ...merged.aliases])],
            alsoRules: [...new Set([...(lead.alsoRules ?? []), merged.rule, ...(merged.alsoRules ?? [])])],
        };
    }
    return kept;
}
