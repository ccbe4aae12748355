// Where we are: the repository's top level and common dir (for the cache), if inside a git work tree.
// Git runs as a child process with the inherited environment, so GIT_DIR/GIT_INDEX_FILE from a hook are honoured.
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { isWithin, realPathOfNearest } from '../files/real-path.js';
export function locateProject(cwd, env) {
    const result = spawnSync('git', ['rev-parse', '--path-format=absolute', '--show-toplevel', '--git-common-dir'], { cwd, env, encoding: 'utf8' });
    if (result.error)
        return { cwd, problem: result.error.code === 'ENOENT' ? 'git is not installed or not on PATH' : `git failed: ${result.error.message}` };
    if (result.status !== 0)
        return { cwd, problem: locationProblem(result.stderr, env) };
    const [root, commonDir] = result.stdout.split('\n');
    return { root: root || undefined, commonDir: commonDir || undefined, cwd };
}
/** git's reason when it is more than "not a git repository": a GIT_DIR that points nowhere, a bare repository. */
function locationProblem(stderr, env) {
    const reason = stderr.trim().split('\n').find((line) => line.trim())?.replace(/^(fatal|error): /, '');
    if (reason && /must be run in a work tree/.test(reason))
        return 'a bare repository (no work tree, no index)';
    if (reason && env.GIT_DIR)
        return `GIT_DIR=${env.GIT_DIR}: ${reason}`;
    return undefined;
}
/** The blob cache's default home: under the common dir, so every worktree of a clone shares it and `git status` never sees it. */
export function cacheDirFor(location) {
    return location.commonDir ? join(location.commonDir, 'review-security') : undefined;
}
/**
 * Why `dir` must not hold this repository's blob cache, or undefined. Inside the work tree a cache shows in
 * `git status`, can be committed, and may be a folder of the user's own (a committed `{"cache": {"dir": "api"}}`):
 * allowed only when git ignores it and no tracked file is in it. The git dir (the default's home) is never refused.
 */
export function cacheDirProblem(location, dir, env) {
    if (!location.root)
        return undefined;
    const real = realPathOfNearest(dir);
    const root = realPathOfNearest(location.root);
    if (!isWithin(real, root) || (location.commonDir && isWithin(real, realPathOfNearest(location.commonDir))))
        return undefined;
    const inTree = relative(root, real).split('\\').join('/');
    if (inTree === '' || inTree === '.git' || inTree.startsWith('.git/')) {
        return inTree === '' ? `${dir}: the top of the work tree cannot hold the cache; choose a directory outside it or a git-ignored one` : undefined;
    }
    const git = (args) => spawnSync('git', args, { cwd: root, env, encoding: 'utf8' });
    const tracked = git(['ls-files', '-z', '--', `:(literal)${inTree}`]);
    if (tracked.status === 0 && tracked.stdout.length > 0)
        return `${dir}: holds files tracked by git; choose a directory outside the work tree or a git-ignored one`;
    // A path inside the cache's layout: ignored when the folder is, whatever the pattern's form (`api/`, `/api`, `api`).
    const ignored = git(['check-ignore', '-q', '--', `${inTree}/v1/00/entry.json`]);
    if (ignored.status === 0)
        return undefined;
    return `${dir}: inside the work tree and not ignored by git; add it to .gitignore or choose a directory outside the work tree`;
}
