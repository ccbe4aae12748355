import { CATEGORY_TITLES } from '../rules/types.js';
import { verdictText } from './compact.js';
import { escapeControl } from './terminal.js';
export function renderGithub(report) {
    const lines = [];
    for (const finding of report.findings) {
        if (finding.suppressed)
            continue;
        lines.push(annotation(commandFor(finding), {
            file: finding.path,
            line: finding.line,
            col: finding.column,
            endLine: finding.endLine,
            endColumn: finding.endColumn,
            title: `${finding.rule} (${CATEGORY_TITLES[finding.category]}, ${finding.severity})`,
        }, findingMessage(finding)));
    }
    for (const error of report.errors)
        lines.push(annotation('error', { file: error.path, title: 'not reviewed' }, error.message));
    for (const error of report.ruleErrors)
        lines.push(annotation('error', { file: error.path, title: `rule ${error.rule} failed` }, error.message));
    lines.push(`${report.tool.name}: ${verdictText(report)}`);
    return `${lines.join('\n')}\n`;
}
function commandFor(finding) {
    if (finding.blocking)
        return 'error';
    return finding.severity === 'low' ? 'notice' : 'warning';
}
function findingMessage(finding) {
    const details = [`${finding.confidence} confidence`, `CWE-${finding.cwe}`];
    if (finding.downgraded)
        details.push(`downgraded: ${finding.downgraded}`);
    const flow = finding.flow ? `\nflow: ${finding.flow.join(' → ')}` : '';
    return `${finding.message} [${details.join(', ')}]${flow}`;
}
export function annotation(command, properties, message) {
    const list = Object.entries(properties).map(([key, value]) => `${key}=${escapeProperty(neutralise(String(value)))}`).join(',');
    return `::${command} ${list}::${escapeData(message.split('\n').map(neutralise).join('\n'))}`;
}
/** Text from the repository must not act on the log viewer: other control characters are shown escaped. */
function neutralise(text) {
    return text.split('\r').map(escapeControl).join('\r');
}
/** Message text: `%`, CR and LF would end or corrupt the command (actions/toolkit `escapeData`). */
export function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Property values also may not contain the `:` and `,` that delimit them (actions/toolkit `escapeProperty`). */
export function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
