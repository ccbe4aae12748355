import { keywordArgument } from '../../python/arguments.js';
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
