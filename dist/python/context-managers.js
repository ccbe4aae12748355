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
    const entered = receiver?.type === 'identifier' ? enteredCall(receiver, module) : undefined;
    const constructor = entered ? module.callName(entered) : undefined;
    if (constructor === undefined)
        return module.callName(call);
    return `${constructor}().${callee.childForFieldName('attribute')?.text}`;
}
