import { enclosingFunction } from '../../../python/syntax.js';
/** Archive listings whose entries carry names chosen by whoever made the archive. */
export const MEMBER_LISTINGS = new Set(['namelist', 'infolist', 'getmembers', 'getnames']);
/** tarfile's listings: the archive's members as they are, every one of them. */
export const TAR_LISTINGS = new Set(['getmembers']);
/** Calls that show a loop checks where a member lands, or what it is, before writing it. */
const CONTAINMENT_CHECKS = new Set([
    'realpath', 'abspath', 'commonpath', 'commonprefix', 'is_relative_to', 'relative_to', 'resolve', 'startswith', 'basename',
    'isabs', 'issym', 'islnk', 'isdev', 'data_filter', 'tar_filter',
]);
/** The loop (or comprehension) checks each member: a containment call or a `".." in name` test. */
export function checksContainment(loop, module) {
    if (loop.descendantsOfType('call').some((call) => CONTAINMENT_CHECKS.has(module.calleeAttribute(call) ?? '')))
        return true;
    return loop.descendantsOfType('comparison_operator').some((comparison) => /^["'][^"']*\.\.[^"']*["']\s+(not\s+)?in\b/.test(comparison.text));
}
/**
 * The expression is an archive's whole member list, unchecked: `tar.getmembers()`, or a name or `self.` attribute
 * every assignment of which is one (`members = tar.getmembers()`; `self.members = tar.getmembers()`).
 */
export function isWholeListing(node, module, listings = TAR_LISTINGS, depth = 0) {
    if (depth > 4)
        return false;
    if (node.type === 'call')
        return listings.has(module.calleeAttribute(node) ?? '') && node.childForFieldName('function')?.type === 'attribute';
    if (node.type === 'identifier') {
        const values = module.valuesOf(node);
        return !!values && values.length > 0 && values.every((value) => isWholeListing(value, module, listings, depth + 1));
    }
    if (node.type === 'attribute' && node.childForFieldName('object')?.text === 'self') {
        const values = selfAttributeValues(node);
        return values.length > 0 && values.every((value) => isWholeListing(value, module, listings, depth + 1));
    }
    return false;
}
/** Values assigned to `self.<name>` anywhere in the enclosing class. */
function selfAttributeValues(attribute) {
    let owner = enclosingFunction(attribute) ?? null;
    while (owner && owner.type !== 'class_definition')
        owner = owner.parent;
    if (!owner)
        return [];
    return owner.descendantsOfType('assignment')
        .filter((assignment) => assignment.childForFieldName('left')?.text === attribute.text)
        .map((assignment) => assignment.childForFieldName('right'))
        .filter((value) => !!value);
}
/** The `for` statement whose loop variable `name` iterates over an archive's listing (`for m in tar.getmembers()`, `for m in tar`). */
export function memberLoop(name, module, listings = MEMBER_LISTINGS, archive) {
    for (let statement = name.parent; statement && statement.type !== 'function_definition'; statement = statement.parent) {
        if (statement.type !== 'for_statement')
            continue;
        const left = statement.childForFieldName('left');
        const iterable = statement.childForFieldName('right');
        if (left?.type !== 'identifier' || left.text !== name.text || !iterable)
            continue;
        // Iterating a TarFile yields its members: `for member in tar:`.
        if (archive && iterable.text === archive.text)
            return statement;
        return isWholeListing(iterable, module, listings) ? statement : undefined;
    }
    return undefined;
}
