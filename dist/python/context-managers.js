/** The call a name was bound to by its only `with … as name`, or undefined. */
export function enteredCall(identifier, module) {
    const bindings = module.scopeOf(identifier).bindings.get(identifier.text);
    if (bindings?.length !== 1 || bindings[0].kind !== 'with')
        return undefined;
    const value = bindings[0].value;
    return value?.type === 'call' ? value : undefined;
}
/**
 * The qualified name of a method call on an object that returns itself from `__enter__`: `client.get` with
 * `with httpx.Client() as client` → `httpx.Client().get`. Falls back to `module.callName`.
 */
export function callNameThroughWith(call, module) {
    const callee = call.childForFieldName('function');
    const receiver = callee?.type === 'attribute' ? callee.childForFieldName('object') : null;
    const constructor = receiver?.type === 'identifier' ? enteredConstructor(receiver, module) : undefined;
    if (constructor === undefined)
        return module.callName(call);
    return `${constructor}().${callee.childForFieldName('attribute')?.text}`;
}
/** The qualified name of the call every `with … as name` binding of the name enters (`with httpx.Client() as c` twice), or undefined. */
function enteredConstructor(identifier, module) {
    // Inside the `with` that binds it, the name is what that `with` entered (a later rebinding would be another binding).
    for (let current = identifier.parent; current; current = current.parent) {
        if (current.type === 'function_definition' || current.type === 'class_definition')
            break;
        if (current.type !== 'with_statement')
            continue;
        const clause = current.namedChildren.find((child) => child.type === 'with_clause');
        const entered = clause?.descendantsOfType('as_pattern').find((pattern) => pattern.childForFieldName('alias')?.text === identifier.text);
        if (!entered)
            continue;
        const bindings = module.scopeOf(identifier).bindings.get(identifier.text) ?? [];
        const value = entered.firstNamedChild;
        if (value?.type === 'call' && bindings.every((binding) => binding.kind === 'with'))
            return module.callName(value);
        break;
    }
    const bindings = module.scopeOf(identifier).bindings.get(identifier.text) ?? [];
    if (bindings.length === 0 || bindings.some((binding) => binding.kind !== 'with' || binding.value?.type !== 'call'))
        return undefined;
    const names = new Set(bindings.map((binding) => module.callName(binding.value)));
    return names.size === 1 ? [...names][0] : undefined;
}
