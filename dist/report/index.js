export const FORMATS = ['compact', 'json', 'sarif', 'github', 'gitlab', 'markdown'];
export async function render(format, report, options) {
    switch (format) {
        case 'compact':
            return (await import('./compact.js')).renderCompact(report, options);
        case 'json':
            return (await import('./json.js')).renderJson(report);
        case 'sarif':
            return (await import('./sarif.js')).renderSarif(report);
        case 'github':
            return (await import('./github.js')).renderGithub(report);
        case 'gitlab':
            return (await import('./gitlab.js')).renderGitlab(report);
        case 'markdown':
            return (await import('./markdown.js')).renderMarkdown(report);
    }
}
