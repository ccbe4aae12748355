// Where we are: the repository's top level and common dir (for the cache), if inside a git work tree.
// Git runs as a child process with the inherited environment, so GIT_DIR/GIT_INDEX_FILE from a hook are honoured.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
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
