// Parsing git's NUL-separated listings into (path, mode, blob) entries. Paths are repository-relative, raw bytes
// decoded as UTF-8: spaces, newlines and unicode survive because every listing is read with -z.
/** Regular files only: symlinks (their blob is the link target) and submodules (a commit id) are not Python source. */
export function isRegularFile(entry) {
    return entry.mode === '100644' || entry.mode === '100755';
}
/**
 * `git diff --raw -z --no-abbrev` / `git diff-tree -r -z`: `:oldmode newmode oldsha newsha status\0path\0`
 * (`status\0src\0dst\0` for renames and copies). Returns the destination side of every change.
 */
export function parseRawDiff(output) {
    const fields = splitNul(output);
    const entries = [];
    for (let index = 0; index < fields.length;) {
        const header = fields[index++];
        if (!header.startsWith(':'))
            continue; // diff-tree prints the commit id first when given one commit
        const [, newMode, , newBlob, status] = header.slice(1).split(' ');
        const twoPaths = status.startsWith('R') || status.startsWith('C');
        if (twoPaths)
            index++;
        const path = fields[index++];
        if (path === undefined)
            break;
        entries.push({ path, mode: newMode, blob: newBlob });
    }
    return entries;
}
/**
 * `git ls-files -s -z`: `mode sha stage\tpath\0`. Merged (stage 0) entries, and for a path in a merge conflict its
 * stage 2 ("ours", what the worktree side holds): dropping conflicted paths would let `--all` pass them unreviewed.
 */
export function parseStagedListing(output) {
    const entries = [];
    for (const field of splitNul(output)) {
        const tab = field.indexOf('\t');
        if (tab < 0)
            continue;
        const [mode, blob, stage] = field.slice(0, tab).split(' ');
        if (stage !== '0' && stage !== '2')
            continue;
        entries.push({ path: field.slice(tab + 1), mode, blob });
    }
    return entries;
}
function splitNul(output) {
    const fields = [];
    let start = 0;
    for (let end = output.indexOf(0, start); end >= 0; end = output.indexOf(0, start)) {
        fields.push(output.toString('utf8', start, end));
        start = end + 1;
    }
    return fields;
}
