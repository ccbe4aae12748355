// Worktree file selection for `PATH...`: files and folders recursively, Python files only, default excludes.
import { existsSync, lstatSync, readdirSync, openSync, readSync, closeSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { hasPythonExtension, hasPythonShebang } from './python-files.js';
const DEFAULT_EXCLUDED_DIRS = new Set([
    '.git', '.hg', '.svn', 'node_modules', '.tox', '.nox', '.venv', 'venv', 'env', '.env', 'virtualenv', 'build', 'dist',
    '__pycache__', '.eggs', '.mypy_cache', '.pytest_cache', '.ruff_cache', 'site-packages',
]);
/**
 * Default-excluded names that a source tree may also use for a package of its own (`myapp/env/`, `tools/build/`):
 * skipping one is said (WalkResult.skippedFolders), unless it is a virtual environment (`pyvenv.cfg`). The others
 * (VCS, caches, `node_modules`, dot-folders) never hold code under review.
 */
const AMBIGUOUS_EXCLUDED_DIRS = new Set(['env', 'venv', 'virtualenv', 'build', 'dist']);
export class PathError extends Error {
}
/**
 * Expands the given paths: named files are taken if Python (extension or shebang; `README.md` is skipped and listed
 * in `notPython`), folders are walked. Throws PathError for a missing path.
 */
export function expandPaths(paths, base, followSymlinks = false) {
    const found = [];
    const notPython = [];
    const skippedFolders = [];
    const seen = new Set();
    const add = (absolute) => {
        if (seen.has(absolute))
            return;
        seen.add(absolute);
        found.push({ absolute, path: displayPath(absolute, base) });
    };
    for (const given of paths) {
        const absolute = resolve(base, given);
        let stats;
        try {
            stats = lstatSync(absolute);
        }
        catch {
            throw new PathError(`${given}: no such file or directory`);
        }
        if (stats.isSymbolicLink()) {
            if (!followSymlinks)
                continue; // a link may point outside the tree being reviewed
            try {
                stats = statSync(absolute);
            }
            catch (error) {
                throw new PathError(`${given}: a symbolic link to nothing (${error.code ?? 'unreadable'})`);
            }
        }
        if (stats.isDirectory())
            walkDirectory(absolute, add, followSymlinks, (folder) => skippedFolders.push(displayPath(folder, base)));
        else if (stats.isFile() && (hasPythonExtension(absolute) || startsWithPythonShebang(absolute)))
            add(absolute);
        else if (stats.isFile())
            notPython.push(given);
    }
    return { files: found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), notPython, skippedFolders: skippedFolders.sort() };
}
function walkDirectory(root, add, followSymlinks, skipped) {
    const stack = [root];
    while (stack.length > 0) {
        const directory = stack.pop();
        let entries;
        try {
            entries = readdirSync(directory, { withFileTypes: true });
        }
        catch (error) {
            const code = error.code;
            if (code === 'ENOENT')
                continue; // removed while walking: nothing left to review
            // A folder that cannot be read may hold Python files: an error, never a silent "no Python files".
            throw new PathError(`${directory}: cannot read this directory (${code ?? error.message})`);
        }
        entries.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
        for (const entry of entries) {
            const absolute = join(directory, entry.name);
            if (entry.isDirectory()) {
                if (!DEFAULT_EXCLUDED_DIRS.has(entry.name) && !entry.name.endsWith('.egg-info'))
                    stack.push(absolute);
                else if (AMBIGUOUS_EXCLUDED_DIRS.has(entry.name) && !existsSync(join(absolute, 'pyvenv.cfg')))
                    skipped(absolute);
            }
            else if (entry.isFile()) {
                if (hasPythonExtension(entry.name) || (!entry.name.includes('.') && startsWithPythonShebang(absolute)))
                    add(absolute);
            }
            else if (entry.isSymbolicLink() && followSymlinks && hasPythonExtension(entry.name)) {
                add(absolute);
            }
        }
    }
}
function startsWithPythonShebang(absolute) {
    let descriptor;
    try {
        descriptor = openSync(absolute, 'r');
        const head = Buffer.alloc(128);
        const read = readSync(descriptor, head, 0, head.length, 0);
        return hasPythonShebang(head.subarray(0, read));
    }
    catch {
        return false;
    }
    finally {
        if (descriptor !== undefined)
            closeSync(descriptor);
    }
}
export function displayPath(absolute, base) {
    const rel = relative(base, absolute);
    return (rel === '' ? '.' : rel).split(sep).join('/');
}
