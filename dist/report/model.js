export function blockingCount(report) {
    return report.findings.filter((finding) => finding.blocking).length;
}
/** Findings that no marker or baseline silenced: what the reports list. */
export function visibleFindings(report) {
    return report.findings.filter((finding) => !finding.suppressed);
}
export function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
