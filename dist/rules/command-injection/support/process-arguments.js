import { argument } from '../../../python/arguments.js';
/** The command argument: `args=` or the first positional argument. */
export function commandArgument(call) {
    return argument(call, 'args', 0);
}
const TRUSTED_PROGRAMS = new Set(['sys.executable']);
/** True when every part of the command is known before run time. */
export function isFixedCommand(node, module, depth = 0) {
    if (depth > 4)
        return false;
    if (module.isConstant(node))
        return true;
    switch (node.type) {
        case 'list':
        case 'tuple':
            return node.namedChildren.every((item) => isFixedCommand(item, module, depth + 1));
        case 'parenthesized_expression':
            return !!node.firstNamedChild && isFixedCommand(node.firstNamedChild, module, depth + 1);
        case 'attribute':
            return TRUSTED_PROGRAMS.has(module.qualifiedName(node) ?? '');
        case 'call': {
            const first = argument(node, 's', 0);
            return module.callName(node) === 'shlex.split' && !!first && module.isConstant(first);
        }
        case 'identifier': {
            if (TRUSTED_PROGRAMS.has(module.qualifiedName(node) ?? ''))
                return true;
            if (module.changedInPart(node))
                return false; // `argv[0] = user` after `argv = ["ls"]`
            const values = module.valuesOf(node);
            return !!values && values.length > 0 && values.every((value) => isFixedCommand(value, module, depth + 1));
        }
        default:
            return false;
    }
}
/** The program a command names when it is a literal: the string itself, or the first item of a literal list. */
export function literalProgram(node, module) {
    let target = node;
    if (node.type === 'list' || node.type === 'tuple') {
        const first = node.firstNamedChild;
        if (!first)
            return undefined;
        target = first;
    }
    const value = module.constant(target);
    return typeof value === 'string' ? { text: value, node: target } : undefined;
}
