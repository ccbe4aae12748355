export const FORMATS = ['compact', 'json', 'sarif', 'github', 'markdown'];
export async function render(format, report, options) {
    switch (format) {
        case 'compact':
            return (await import('./compact.js')).renderCompact(report, options);
        case 'json':
            return (await import('./json.js')).renderJson(report);
        default:
            throw new Error(`format ${format} is not available yet`);
    }
}
