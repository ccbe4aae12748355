import { UsageError } from '../errors.js';
import { configScope, reviewMode } from '../review/request.js';
const flag = (args, name) => args.options.get(name);
const text = (args, name) => args.options.get(name);
const list = (args, name) => args.options.get(name);
export function modeChoice(args) {
    return { all: flag(args, 'all'), rev: text(args, 'rev'), staged: flag(args, 'staged'), preCommit: flag(args, 'pre-commit'), prePush: flag(args, 'pre-push') };
}
function configChoice(args) {
    return { file: text(args, 'config'), ignoreFiles: flag(args, 'no-config'), refuseJavaScript: flag(args, 'no-config-js') };
}
/** Commands that only read settings (`rules`, `cache`) read the config a review of the whole repository would. */
export function settingsConfigRequest(args) {
    return { ...configChoice(args), ...configScope('all') };
}
export function commandLineSettings(args) {
    return {
        rules: list(args, 'rule'),
        profile: text(args, 'profile'),
        failOn: text(args, 'fail-on'),
        failOnConfidence: text(args, 'fail-on-confidence'),
        minConfidence: text(args, 'min-confidence'),
        minSeverity: text(args, 'min-severity'),
        testCode: text(args, 'test-code'),
        cache: flag(args, 'cache'),
        cacheDir: text(args, 'cache-dir'),
        ignoreNosec: flag(args, 'ignore-nosec'),
        reportUnusedSuppressions: flag(args, 'report-unused-suppressions'),
        baseline: text(args, 'baseline'),
        newOnly: flag(args, 'new-only'),
        verbose: flag(args, 'verbose'),
        formats: list(args, 'format'),
        output: text(args, 'output'),
        maxFileBytes: text(args, 'max-file-bytes'),
        maxFileSeconds: text(args, 'max-file-seconds'),
    };
}
/** `choice` overrides the mode flags given (the `baseline` command reviews --all by default). */
export function reviewRequest(args, choice = modeChoice(args)) {
    return {
        mode: reviewMode(choice, args.positionals),
        paths: args.positionals,
        range: choice.rev,
        config: configChoice(args),
        settings: commandLineSettings(args),
        followSymlinks: flag(args, 'follow-symlinks') === true,
        shard: text(args, 'shard'),
        jobs: jobsOption(text(args, 'jobs')),
        allFindings: flag(args, 'all-findings') === true,
        changedLines: flag(args, 'changed-lines') === true,
        stats: flag(args, 'stats') === true,
    };
}
function jobsOption(value) {
    if (value === undefined)
        return undefined;
    const jobs = Number(value);
    if (!Number.isInteger(jobs) || jobs < 1)
        throw new UsageError(`--jobs ${value}: expected a whole number ≥ 1`);
    return jobs;
}
/** Output choices the CLI itself applies when it writes the report. */
export function outputChoice(args) {
    const quiet = flag(args, 'quiet') === true;
    if (quiet && flag(args, 'verbose'))
        throw new UsageError('--quiet and --verbose cannot be combined');
    return { color: flag(args, 'color'), showSource: flag(args, 'show-source'), progress: flag(args, 'progress'), quiet, hook: text(args, 'hook') };
}
