export function blockingCount(report) {
    return report.findings.filter((finding) => finding.blocking).length;
}
export function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
