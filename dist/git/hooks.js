// Installing the hook shim (hooks/pre-commit of this package) where git really looks for hooks, without ever losing
// a hook that was there: by default the old hook is kept beside ours and run first (chained); with --force it is
// kept as a backup and not run. Our shim ends with a digest of itself, so an edit the user made to it is seen:
// re-install keeps the edited shim as a backup (and says so), uninstall leaves an edited shim alone. Uninstall
// removes only our unmodified shim and puts the old hook back.
import { createHash } from 'node:crypto';
import { chmodSync, lstatSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserFacingError } from '../errors.js';
import { runGitText } from './command.js';
import { packagePath } from '../package-root.js';
const HOOK_NAMES = ['pre-commit', 'pre-push'];
/** A line every shim we write carries: how uninstall and re-install recognise our own hook. */
const MARKER = 'Written by `git review-security install`';
const CHAINED_SUFFIX = '.before-review-security';
const BACKUP_SUFFIX = '.review-security-backup';
/** Where re-install keeps a shim of ours that the user edited (numbered when one is already there). */
const EDITED_SUFFIX = '.review-security-edited';
/** The shim's last line: the SHA-256 of everything before it, as written. */
const DIGEST = /\n# shim digest: ([0-9a-f]{64})\n$/;
/** `git rev-parse --git-path hooks`: honours core.hooksPath, and linked worktrees share the common dir's hooks. */
export function hooksDirectory(context) {
    // Relative answers are relative to cwd (git rewrites a relative core.hooksPath against the top level for us).
    return resolve(context.cwd, runGitText(context, ['rev-parse', '--git-path', 'hooks']));
}
export function hookPaths(directory, name) {
    const hook = join(directory, name);
    return { hook, chained: `${hook}${CHAINED_SUFFIX}`, backup: `${hook}${BACKUP_SUFFIX}` };
}
function isOurHook(path) {
    try {
        return readFileSync(path, 'utf8').includes(MARKER);
    }
    catch {
        return false;
    }
}
/** The shim with this installation's node and CLI recorded in it, and its digest as the last line. */
function shimText(name, node = process.execPath, cli = cliPath()) {
    const text = undigestedShim(name, node, cli);
    return `${text}# shim digest: ${sha256(text)}\n`;
}
function undigestedShim(name, node, cli) {
    const template = readFileSync(packagePath('hooks', name), 'utf8');
    return template
        .replace(/^REVIEW_SECURITY_NODE=.*$/m, `REVIEW_SECURITY_NODE=${shellQuote(node)}`)
        .replace(/^REVIEW_SECURITY_CLI=.*$/m, `REVIEW_SECURITY_CLI=${shellQuote(cli)}`);
}
function sha256(text) {
    return createHash('sha256').update(text).digest('hex');
}
/**
 * Whether our shim at `path` is as install wrote it. A shim with a digest must match it; one written before the
 * digest existed must equal the shim its recorded node and CLI give with this template (else it counts as edited:
 * kept, never lost).
 */
function isUnmodifiedShim(path, name) {
    let text;
    try {
        text = readFileSync(path, 'utf8');
    }
    catch {
        return false;
    }
    const digest = DIGEST.exec(text);
    if (digest)
        return sha256(text.slice(0, digest.index + 1)) === digest[1];
    const recorded = (variable) => shellUnquote(new RegExp(`^${variable}=(.*)$`, 'm').exec(text)?.[1] ?? '');
    return text === undigestedShim(name, recorded('REVIEW_SECURITY_NODE'), recorded('REVIEW_SECURITY_CLI'));
}
function shellUnquote(value) {
    return value.startsWith("'") && value.endsWith("'") ? value.slice(1, -1).replace(/'\\''/g, "'") : value;
}
/** `base`, or `base.1`, `base.2`…: the first that does not exist. */
function freePath(base) {
    let path = base;
    for (let index = 1; present(path); index++)
        path = `${base}.${index}`;
    return path;
}
function cliPath() {
    return packagePath('dist', 'cli.cjs');
}
function shellQuote(value) {
    return `'${value.replace(/'/g, `'\\''`)}'`;
}
function present(path) {
    try {
        lstatSync(path);
        return true;
    }
    catch {
        return false;
    }
}
export function installHook(directory, name, force) {
    const paths = hookPaths(directory, name);
    mkdirSync(directory, { recursive: true });
    let outcome = { kind: 'installed' };
    if (present(paths.hook)) {
        if (isOurHook(paths.hook) && isUnmodifiedShim(paths.hook, name)) {
            outcome = { kind: 'updated' };
        }
        else if (isOurHook(paths.hook)) {
            // The user edited our shim: their edit is kept beside the new one, never overwritten.
            const edited = freePath(`${paths.hook}${EDITED_SUFFIX}`);
            renameSync(paths.hook, edited);
            outcome = { kind: 'kept-edited', edited };
        }
        else if (force) {
            if (present(paths.backup))
                throw new UserFacingError(`${paths.backup} already exists: move it away, then run install --force again`);
            renameSync(paths.hook, paths.backup);
            outcome = { kind: 'replaced' };
        }
        else {
            if (present(paths.chained))
                throw new UserFacingError(`${paths.chained} already exists: move it away, or use --force to replace ${paths.hook} (kept as ${paths.backup})`);
            renameSync(paths.hook, paths.chained);
            outcome = { kind: 'chained' };
        }
    }
    const temporary = `${paths.hook}.${process.pid}.tmp`;
    writeFileSync(temporary, shimText(name), { mode: 0o755 });
    chmodSync(temporary, 0o755);
    renameSync(temporary, paths.hook);
    return outcome;
}
export function uninstallHook(directory, name) {
    const paths = hookPaths(directory, name);
    if (!present(paths.hook))
        return 'absent';
    if (!isOurHook(paths.hook))
        throw new UserFacingError(`${paths.hook} was not written by git-review-security: left alone`);
    if (!isUnmodifiedShim(paths.hook, name))
        throw new UserFacingError(`${paths.hook} was edited since install: left alone (removing it would lose the edit); delete it yourself`);
    unlinkSync(paths.hook);
    if (present(paths.chained)) {
        renameSync(paths.chained, paths.hook);
        return 'restored-chained';
    }
    if (present(paths.backup)) {
        renameSync(paths.backup, paths.hook);
        return 'restored-backup';
    }
    return 'removed';
}
