// The review command: select files, analyse (cache first), apply policy, render, decide the exit code.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../args.js';
import { resolveSettings } from '../../config/settings.js';
import { reviewFiles } from '../../engine/review-files.js';
import { applyPolicy } from '../../policy/apply.js';
import { render } from '../../report/index.js';
import { TOOL_NAME, TOOL_VERSION } from '../../version.js';
import { expandPaths, PathError } from '../../files/walk-paths.js';
import { locateProject } from '../../git/repo.js';
import { loadConfig } from '../../config/load.js';
export async function runReview(args, io) {
    const location = locateProject(io.cwd, io.env);
    const loaded = await loadConfig(args, location);
    const settings = resolveSettings(args, loaded.config);
    const selection = await selectFiles(args, io, location);
    selection.notices.unshift(...loaded.notices);
    const cache = await openCache(settings, selection);
    const reviews = await reviewFiles(selection.jobs, { rules: settings.rules, cache, maxFileBytes: settings.maxFileBytes });
    const report = buildReport(selection, reviews, settings);
    await writeOutputs(report, settings, args, io);
    if (report.errors.length > 0 || report.ruleErrors.length > 0)
        return 2;
    return report.verdict === 'blocked' ? 1 : 0;
}
async function selectFiles(args, io, location) {
    const gitMode = args.options.get('all') || args.options.get('rev') || args.options.get('staged') || args.options.get('pre-commit') || args.positionals.length === 0;
    if (gitMode) {
        const { selectGitFiles } = await import('../../git/select.js');
        return selectGitFiles(args, io, location);
    }
    try {
        const files = expandPaths(args.positionals, io.cwd, args.options.get('follow-symlinks') === true);
        const { readFile } = await import('node:fs/promises');
        return {
            mode: 'paths',
            target: args.positionals.join(' '),
            jobs: files.map((file) => ({ path: file.path, read: () => readFile(file.absolute) })),
            defaultCacheDir: location.commonDir ? `${location.commonDir}/review-security` : undefined,
            notices: [],
        };
    }
    catch (error) {
        if (error instanceof PathError)
            throw new UsageError(error.message);
        throw error;
    }
}
async function openCache(settings, selection) {
    if (!settings.cache.enabled)
        return undefined;
    const dir = settings.cache.dir ?? selection.defaultCacheDir;
    if (!dir)
        return undefined;
    const { BlobCache } = await import('../../cache/blob-cache.js');
    return new BlobCache(resolve(dir), settings.rulesetFingerprint);
}
export function buildReport(selection, reviews, settings) {
    const findings = [];
    const report = {
        tool: { name: TOOL_NAME, version: TOOL_VERSION },
        mode: selection.mode,
        target: selection.target,
        findings,
        files: { scanned: 0, cached: 0, errors: 0 },
        errors: [],
        testCode: [],
        ruleErrors: [],
        notices: selection.notices,
        verdict: 'passed',
    };
    for (const review of reviews) {
        if (review.error || !review.analysis) {
            report.errors.push({ path: review.path, message: review.error ?? 'not reviewed' });
            report.files.errors++;
            continue;
        }
        report.files.scanned++;
        if (review.cached)
            report.files.cached++;
        const outcome = applyPolicy(review.path, review.analysis, settings.policy);
        findings.push(...outcome.findings);
        if (outcome.testCode)
            report.testCode.push({ path: review.path, reason: outcome.testCode });
        for (const unknown of outcome.unknownSuppressionIds) {
            report.notices.push(`${review.path}:${unknown.line}: suppression names an unknown rule '${unknown.id}'`);
        }
        for (const error of review.analysis.ruleErrors)
            report.ruleErrors.push({ path: review.path, ...error });
    }
    findings.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.column - b.column));
    const blocked = findings.some((finding) => finding.blocking) || report.errors.length > 0 || report.ruleErrors.length > 0;
    report.verdict = blocked ? 'blocked' : 'passed';
    return report;
}
async function writeOutputs(report, settings, args, io) {
    for (const target of settings.outputs) {
        const toTerminal = !target.file && io.stdout.isTTY === true;
        const colorFlag = args.options.get('color');
        const color = colorFlag === true || (colorFlag !== false && toTerminal && !io.env.NO_COLOR) || (!!io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0' && !target.file);
        const showSourceFlag = args.options.get('show-source');
        const text = await render(target.format, report, {
            color,
            showSource: showSourceFlag === undefined ? toTerminal : showSourceFlag === true,
            quiet: args.options.get('quiet') === true,
        });
        if (target.file)
            writeFileSync(resolve(io.cwd, target.file), text);
        else
            io.stdout.write(text);
    }
}
