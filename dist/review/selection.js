// Which files a review covers: the mode's files (git or PATH...), then include/exclude and --shard.
import { relative, sep } from 'node:path';
import { readFileWithin } from '../files/bounded-read.js';
import { UsageError } from '../errors.js';
import { pathFilter, projectPathMapper } from '../files/path-filter.js';
import { expandPaths, PathError } from '../files/walk-paths.js';
export async function selectFiles(request, where, location, stagedDiff) {
    if (request.mode !== 'paths') {
        const { selectGitFiles } = await import('../git/select.js');
        const selected = await selectGitFiles({ mode: request.mode, pathspecs: request.paths, range: request.range }, where, location, stagedDiff);
        return { ...selected, notices: [] };
    }
    try {
        const { files, notPython, skippedFolders } = expandPaths(request.paths, where.cwd, request.followSymlinks === true);
        return {
            mode: 'paths',
            target: request.paths.join(' '),
            // Synchronous reads: one promise read per file left the thread idle for half of a warm (all cached) review.
            jobs: files.map((file) => ({ path: file.path, read: (maxBytes) => readFileWithin(file.absolute, maxBytes) })),
            defaultCacheDir: location.commonDir ? `${location.commonDir}/review-security` : undefined,
            notices: [...notPythonNotice(notPython), ...skippedFoldersNotice(skippedFolders)],
        };
    }
    catch (error) {
        if (error instanceof PathError)
            throw new UsageError(error.message);
        throw error;
    }
}
/** Listed names: the first few, then how many more. */
function listed(names, limit = 5) {
    return names.length <= limit ? names.join(', ') : `${names.slice(0, limit).join(', ')} and ${names.length - limit} more`;
}
function notPythonNotice(names) {
    if (names.length === 0)
        return [];
    return [`skipped ${listed(names)}: not Python (a .py, .pyw or .pyi name, or a python shebang, makes a file Python)`];
}
/** PATH mode skips env/, build/, dist/… by default; a package of that name is reviewed when named as a PATH. */
function skippedFoldersNotice(folders) {
    if (folders.length === 0)
        return [];
    const example = folders[0].includes(' ') ? `'${folders[0]}'` : folders[0];
    return [`not reviewed by default: ${listed(folders.map((folder) => `${folder}/`))}; name a folder to review it (\`git review-security ${example}\`)`];
}
/** include/exclude, once for every mode, on paths relative to the project root (src/files/path-filter.ts). */
export function scopeSelection(selection, settings, loaded, where, location) {
    const base = selection.mode === 'paths' ? where.cwd : location.root ?? where.cwd;
    const projectPath = projectPathMapper(base, loaded.projectRoot);
    selection.projectPath = projectPath;
    if (settings.include.length === 0 && settings.exclude.length === 0)
        return;
    const filter = pathFilter(settings.include, settings.exclude);
    const before = selection.jobs.length;
    selection.jobs = selection.jobs.filter((job) => filter.accepts(projectPath(job.path)));
    // Never a silent pass: a config that leaves nothing to review says so, and which config it is.
    if (before > 0 && selection.jobs.length === 0) {
        selection.notices.push(`every selected file (${before}) is excluded by include/exclude in ${configName(loaded)}: nothing was reviewed`);
    }
}
/** How the report names the config in effect. */
export function configName(loaded) {
    return loaded.filepath ? relativeName(loaded.filepath, loaded.projectRoot) : 'the command line';
}
function relativeName(file, root) {
    const name = relative(root, file).split(sep).join('/');
    return name.startsWith('..') ? file : name;
}
/** `--shard I/N`: keep only this shard's files (src/files/shard.ts), and say so. */
export async function keepShard(selection, spec) {
    const { parseShard, inShard, ShardError } = await import('../files/shard.js');
    let shard;
    try {
        shard = parseShard(spec);
    }
    catch (error) {
        if (error instanceof ShardError)
            throw new UsageError(error.message);
        throw error;
    }
    const before = selection.jobs.length;
    selection.jobs = selection.jobs.filter((job) => inShard(job.path, shard));
    selection.notices.push(`shard ${shard.index}/${shard.count}: ${selection.jobs.length} of ${before} files`);
}
