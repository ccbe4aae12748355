// Reading config-like files (config, baseline, .bandit) as they are in the index, for staged mode: what is
// committed is what is checked. Git runs with the inherited environment, so a hook's GIT_INDEX_FILE is honoured.
import { spawnSync } from 'node:child_process';
/** Blob ids of those of `paths` (relative to `root`) that are in the index at stage 0. */
export function stagedBlobs(root, paths, env) {
    const blobs = new Map();
    if (paths.length === 0)
        return blobs;
    const result = spawnSync('git', ['ls-files', '--stage', '-z', '--', ...paths.map((path) => `:(literal)${path}`)], { cwd: root, env, encoding: 'utf8' });
    if (result.status !== 0 || result.error)
        return blobs;
    for (const record of result.stdout.split('\0')) {
        const match = /^(\d+) ([0-9a-f]+) (\d)\t(.*)$/s.exec(record);
        if (match && match[3] === '0' && match[1] !== '160000')
            blobs.set(match[4], match[2]);
    }
    return blobs;
}
export function readBlob(root, blob, env) {
    const result = spawnSync('git', ['cat-file', 'blob', blob], { cwd: root, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return result.status === 0 && !result.error ? result.stdout : undefined;
}
/** The index version of one file, or undefined when it is not staged. */
export function readStaged(root, path, env) {
    const blob = stagedBlobs(root, [path], env).get(path);
    return blob ? readBlob(root, blob, env) : undefined;
}
