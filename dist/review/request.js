import { UsageError } from '../errors.js';
const MODE_CHOICES = [
    ['all', (choice) => choice.all === true],
    ['rev', (choice) => choice.rev !== undefined],
    ['pre-commit', (choice) => choice.preCommit === true],
    ['pre-push', (choice) => choice.prePush === true],
    ['staged', (choice) => choice.staged === true],
];
/**
 * The one place that decides the mode: the mode flag given (two are a usage error), else PATH mode when paths are
 * given, else the staged changes (what the hook runs).
 */
export function reviewMode(choice, paths) {
    const given = MODE_CHOICES.filter(([, isGiven]) => isGiven(choice)).map(([mode]) => mode);
    if (given.length > 1)
        throw new UsageError(`--${given[0]} and --${given[1]} cannot be combined`);
    if (given.length === 1)
        return given[0];
    return paths.length > 0 ? 'paths' : 'staged';
}
/** Reviews whose content comes from the index: their config and baseline files are read from it too when staged. */
export function readsIndex(mode) {
    return mode === 'staged' || mode === 'pre-commit';
}
/**
 * Where a mode's config is found: git modes search the repository's top level (so a hook or a command started in a
 * subfolder finds the project's config), PATH mode the current folder and its parents.
 */
export function configScope(mode) {
    return { search: mode === 'paths' ? 'upward' : 'top-level', fromIndex: readsIndex(mode) };
}
