export function argumentList(call) {
    const args = call.childForFieldName('arguments');
    // `f"..."` call-like decorators or generator arguments (`f(x for x in y)`) count as one positional argument.
    if (!args)
        return [];
    if (args.type === 'generator_expression')
        return [args];
    return args.namedChildren.filter((child) => child.type !== 'comment');
}
export function positionalArguments(call) {
    return argumentList(call).filter((arg) => arg.type !== 'keyword_argument' && arg.type !== 'dictionary_splat');
}
export function keywordArgument(call, name) {
    for (const arg of argumentList(call)) {
        if (arg.type === 'keyword_argument' && arg.childForFieldName('name')?.text === name) {
            return arg.childForFieldName('value') ?? undefined;
        }
    }
    return undefined;
}
/** The keyword_argument node itself (for reporting at `shell=True` as Bandit does). */
export function keywordArgumentNode(call, name) {
    return argumentList(call).find((arg) => arg.type === 'keyword_argument' && arg.childForFieldName('name')?.text === name);
}
/**
 * The argument bound to a parameter: keyword `name` if given, else positional `position` (0-based) when no
 * `*args` splat comes before it.
 */
export function argument(call, name, position) {
    if (name) {
        const byName = keywordArgument(call, name);
        if (byName)
            return byName;
    }
    if (position === null)
        return undefined;
    let index = 0;
    for (const arg of argumentList(call)) {
        if (arg.type === 'keyword_argument' || arg.type === 'dictionary_splat')
            continue;
        if (arg.type === 'list_splat')
            return undefined;
        if (index === position)
            return arg;
        index++;
    }
    return undefined;
}
export function hasKeywordSplat(call) {
    return argumentList(call).some((arg) => arg.type === 'dictionary_splat');
}
export function hasKeyword(call, name) {
    return keywordArgumentNode(call, name) !== undefined;
}
