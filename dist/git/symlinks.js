// Python files committed as symlinks. Git stores a symlink as a blob holding its target path; checked out, `app.py`
// runs whatever the target holds, so a link to a committed `impl.txt` is reviewed as the target's blob under the
// link's path. Only targets inside the same tree are followed (an absolute or escaping target is not in the commit).
import { posix } from 'node:path';
import { runGit } from './command.js';
import { isRegularFile, parseStagedListing } from './entries.js';
export const SYMLINK_MODE = '120000';
/** Links to links are followed this deep (git and the kernel stop at 40; nobody needs more than a few). */
const MAX_HOPS = 8;
export function treeLookup(context, change) {
    return (paths) => {
        const found = new Map();
        if (paths.length === 0)
            return found;
        const entries = change.kind === 'index'
            ? parseStagedListing(runGit(context, ['ls-files', '-s', '-z', '--full-name', '--', ...paths.map((path) => `:(top,literal)${path}`)]))
            : parseTreeListing(runGit(context, ['--literal-pathspecs', 'ls-tree', '-z', '--full-tree', change.end, '--', ...paths]));
        for (const entry of entries)
            found.set(entry.path, entry);
        return found;
    };
}
/** `git ls-tree -z`: `mode type sha\tpath\0`. */
function parseTreeListing(output) {
    const entries = [];
    for (const field of output.toString('utf8').split('\0')) {
        const tab = field.indexOf('\t');
        if (tab < 0)
            continue;
        const [mode, , blob] = field.slice(0, tab).split(' ');
        entries.push({ path: field.slice(tab + 1), mode, blob });
    }
    return entries;
}
/** The repository path a link at `linkPath` holding `target` points to; undefined when it leaves the tree. */
function linkTargetPath(linkPath, target) {
    if (target.length === 0 || target.startsWith('/') || target.includes('\0'))
        return undefined;
    const resolved = posix.normalize(posix.join(posix.dirname(linkPath), target));
    if (resolved === '..' || resolved.startsWith('../') || resolved === '.')
        return undefined;
    return resolved;
}
/**
 * Each link resolved to the regular file it ends at in the tree, as an entry with the link's path and the target's
 * blob and mode; `target` is the target's path. Links to nothing, to directories or out of the tree are left out.
 */
export function resolveLinks(links, store, lookup) {
    const resolved = [];
    let pending = links.map((link) => ({ link, current: link, hops: 0 }));
    while (pending.length > 0) {
        store.preload(pending.map((item) => item.current.blob));
        const next = [];
        const wanted = new Map();
        for (const item of pending) {
            const path = linkTargetPath(item.current.path, store.peek(item.current.blob)?.toString('utf8') ?? '');
            if (path === undefined || item.hops >= MAX_HOPS)
                continue;
            const list = wanted.get(path);
            if (list)
                list.push(item);
            else
                wanted.set(path, [item]);
        }
        const found = lookup([...wanted.keys()]);
        for (const [path, items] of wanted) {
            const entry = found.get(path);
            if (!entry)
                continue;
            for (const item of items) {
                if (isRegularFile(entry))
                    resolved.push({ entry: { path: item.link.path, mode: entry.mode, blob: entry.blob }, target: path });
                else if (entry.mode === SYMLINK_MODE)
                    next.push({ link: item.link, current: entry, hops: item.hops + 1 });
            }
        }
        pending = next;
    }
    return resolved;
}
