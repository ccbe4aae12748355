import { keywordArgument } from '../../../python/arguments.js';
/** RuleMeta.calleeKeywords of the rules that need `shell=` passed by name: one object, so the text is scanned once. */
export const SHELL_KEYWORD_NAME = /^shell$/;
export function shellArgument(call) {
    return keywordArgument(call, 'shell');
}
export function isShellTrue(call, module) {
    const value = shellArgument(call);
    if (!value)
        return false;
    const constant = module.constant(value);
    if (constant === undefined)
        return !['dictionary', 'list', 'tuple'].includes(value.type) || value.namedChildCount > 0;
    if (Array.isArray(constant))
        return constant.length > 0;
    return !!constant;
}
