// `git review-security baseline [PATH...]`: review (every tracked Python file by default) and record the findings
// in the baseline file, so they stop blocking while new ones still do. See src/policy/baseline.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { UsageError } from '../args.js';
import { writeLine } from '../io.js';
import { UserFacingError } from '../main.js';
import { loadConfig } from '../../config/load.js';
import { resolveSettings } from '../../config/settings.js';
import { reviewFiles } from '../../engine/review-files.js';
import { locateProject } from '../../git/repo.js';
import { baselineText, BaselineError, DEFAULT_BASELINE_FILE, openBaseline } from '../../policy/baseline.js';
import { buildReport, openCache, scopeSelection, selectFiles } from './review.js';
export async function runBaseline(args, io) {
    const location = locateProject(io.cwd, io.env);
    const everything = args.positionals.length === 0 && !args.options.get('rev') && !args.options.get('staged');
    if (everything && !location.root)
        throw new UsageError('baseline: give PATH... to review outside a git repository');
    const reviewArgs = everything ? { ...args, options: new Map(args.options).set('all', true) } : args;
    const loaded = await loadConfig(reviewArgs, location, io.env);
    const settings = resolveSettings(reviewArgs, loaded.config);
    const selection = await selectFiles(reviewArgs, io, location);
    scopeSelection(selection, settings, loaded, io, location);
    const cache = await openCache(settings, selection);
    const reviews = await reviewFiles(selection.jobs, { rules: settings.rules, cache, maxFileBytes: settings.maxFileBytes });
    const report = buildReport(selection, reviews, settings);
    if (report.errors.length > 0 || report.ruleErrors.length > 0) {
        const first = report.errors[0] ?? { path: report.ruleErrors[0].path, message: `rule ${report.ruleErrors[0].rule} failed` };
        throw new UserFacingError(`baseline not written: ${report.errors.length + report.ruleErrors.length} file(s) could not be reviewed (${first.path}: ${first.message})`);
    }
    const file = settings.baseline ? resolve(io.cwd, settings.baseline) : resolve(loaded.projectRoot, DEFAULT_BASELINE_FILE);
    const projectPath = selection.projectPath ?? ((path) => path);
    // A baseline of some paths keeps what it recorded for the others; a full review replaces everything.
    let kept = [];
    let dropped = 0;
    if (!everything) {
        try {
            const previous = openBaseline({ configured: file, cwd: io.cwd, projectRoot: loaded.projectRoot });
            const reviewed = new Set(reviews.map((review) => projectPath(review.path)));
            kept = previous?.entries.filter((entry) => !reviewed.has(entry.path)) ?? [];
            dropped = (previous?.entries.length ?? 0) - kept.length;
        }
        catch (error) {
            if (!(error instanceof BaselineError))
                throw error; // an unreadable old baseline is simply replaced
        }
    }
    const recorded = report.findings.filter((finding) => !finding.suppressed);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, baselineText(recorded, projectPath, kept));
    const files = new Set(recorded.map((finding) => finding.path)).size;
    const shown = relative(io.cwd, file) || file;
    writeLine(io.stdout, `wrote ${shown}: ${recorded.length} ${recorded.length === 1 ? 'finding' : 'findings'} in ${files} ${files === 1 ? 'file' : 'files'} from ${report.files.scanned} reviewed${kept.length > 0 ? `, ${kept.length} kept for files not reviewed` : ''}${dropped > 0 ? `, ${dropped} previous entries replaced` : ''}`);
    writeLine(io.stdout, 'these findings no longer block; new ones (including new copies of these) still do. Commit the file to share it.');
    return 0;
}
