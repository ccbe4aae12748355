// Where we are: the repository's top level and common dir (for the cache), if inside a git work tree.
// Git runs as a child process with the inherited environment, so GIT_DIR/GIT_INDEX_FILE from a hook are honoured.
import { spawnSync } from 'node:child_process';
export function locateProject(cwd, env) {
    const result = spawnSync('git', ['rev-parse', '--path-format=absolute', '--show-toplevel', '--git-common-dir'], { cwd, env, encoding: 'utf8' });
    if (result.status !== 0 || result.error)
        return { cwd };
    const [root, commonDir] = result.stdout.split('\n');
    return { root: root || undefined, commonDir: commonDir || undefined, cwd };
}
