import { writeLine } from '../io.js';
import { UserFacingError } from '../../errors.js';
import { locateProject } from '../../git/repo.js';
import { gitContext } from '../../git/command.js';
import { hookPaths, hooksDirectory, installHook, uninstallHook } from '../../git/hooks.js';
function hookTarget(args, io) {
    const location = locateProject(io.cwd, io.env);
    if (!location.root)
        throw new UserFacingError('not a git repository: run install inside the repository whose commits should be reviewed');
    const name = (args.options.get('hook') ?? 'pre-commit');
    return { directory: hooksDirectory(gitContext(io.cwd, io.env)), name };
}
export async function runInstall(args, io) {
    const { directory, name } = hookTarget(args, io);
    const paths = hookPaths(directory, name);
    const outcome = installHook(directory, name, args.options.get('force') === true);
    const said = outcome.kind === 'kept-edited'
        ? `installed the ${name} hook: ${paths.hook}; the installed hook had been edited: your version is kept as ${outcome.edited}`
        : {
            installed: `installed the ${name} hook: ${paths.hook}`,
            updated: `updated the ${name} hook: ${paths.hook}`,
            chained: `installed the ${name} hook: ${paths.hook}; the hook that was there runs first (${paths.chained})`,
            replaced: `installed the ${name} hook: ${paths.hook}; the hook that was there is kept as ${paths.backup}`,
        }[outcome.kind];
    writeLine(io.stdout, said);
    return 0;
}
export async function runUninstall(args, io) {
    const { directory, name } = hookTarget(args, io);
    const paths = hookPaths(directory, name);
    const outcome = uninstallHook(directory, name);
    const said = {
        absent: `no ${name} hook installed at ${paths.hook}`,
        removed: `removed the ${name} hook: ${paths.hook}`,
        'restored-chained': `removed the review-security ${name} hook; restored the previous one at ${paths.hook}`,
        'restored-backup': `removed the review-security ${name} hook; restored the backup at ${paths.hook}`,
    }[outcome];
    writeLine(io.stdout, said);
    return 0;
}
