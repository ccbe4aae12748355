import { parameterName } from '../scope.js';
import { argumentList } from '../arguments.js';
import { CONVERTED_ROUTE_CONVERTER, REQUEST_PARAMETER_NAMES, REQUEST_TYPE, ROUTE_METHODS, VIEW_DECORATORS } from './specs.js';
const roles = new WeakMap();
export function roleOf(fn) {
    const tree = fn.tree;
    let known = roles.get(tree);
    if (!known)
        roles.set(tree, (known = new Map()));
    let role = known.get(fn.id);
    if (role)
        return role;
    role = { requestObjects: new Set(), routeParameters: false, decorated: false, commandLine: false };
    known.set(fn.id, role);
    if (fn.type !== 'function_definition')
        return role;
    const parameters = (fn.childForFieldName('parameters')?.namedChildren ?? []).filter((parameter) => parameterName(parameter));
    const names = parameters.map((parameter) => parameterName(parameter).text);
    parameters.forEach((parameter, index) => {
        const type = parameter.childForFieldName('type')?.text ?? '';
        if (REQUEST_TYPE.test(type) || (REQUEST_PARAMETER_NAMES.has(names[index]) && !type))
            role.requestObjects.add(names[index]);
    });
    const first = names.find((name) => name !== 'self' && name !== 'cls');
    const viewShaped = !!first && role.requestObjects.has(first);
    role.decorated = isRouteHandler(fn);
    role.routeParameters = role.decorated || (viewShaped && !isMethod(fn));
    role.commandLine = !role.decorated && isClickCommand(fn);
    return role;
}
/** Click's decorators, written through the module (`@click.command()`, `@click.option(...)`): they fill parameters from sys.argv. */
const CLICK_DECORATOR = /^click\.(command|argument|option)$/;
function isClickCommand(fn) {
    const decorated = fn.parent?.type === 'decorated_definition' ? fn.parent : null;
    return !!decorated?.namedChildren.some((child) => {
        const expression = child.type === 'decorator' ? child.firstNamedChild : null;
        const callee = expression?.type === 'call' ? expression.childForFieldName('function') : expression;
        return !!callee && CLICK_DECORATOR.test(callee.text);
    });
}
function isMethod(fn) {
    return fn.parent?.type === 'block' && fn.parent.parent?.type === 'class_definition'
        || fn.parent?.type === 'decorated_definition' && fn.parent.parent?.type === 'block' && fn.parent.parent.parent?.type === 'class_definition';
}
/** A function registered as a web route (`@app.route`, `@router.get("/x")`, `@api_view`, `@require_POST`). */
export function isRouteHandler(fn) {
    const decorated = fn.parent?.type === 'decorated_definition' ? fn.parent : null;
    if (!decorated)
        return false;
    for (const decorator of decorated.namedChildren.filter((child) => child.type === 'decorator')) {
        const expression = decorator.firstNamedChild;
        const callee = expression?.type === 'call' ? expression.childForFieldName('function') : expression;
        if (!callee)
            continue;
        const last = callee.type === 'attribute' ? callee.childForFieldName('attribute')?.text ?? '' : callee.text;
        if (VIEW_DECORATORS.has(last))
            return true;
        if (callee.type !== 'attribute' || !ROUTE_METHODS.has(last) || expression?.type !== 'call')
            continue;
        if (last === 'route' || last === 'api_route')
            return true;
        // `@x.get("/items/{id}")`: a path argument tells a route from `@cache.get`-like decorators.
        const first = argumentList(expression)[0];
        if (first?.type === 'string' && /^[rbuf]*["']+\//i.test(first.text))
            return true;
    }
    return false;
}
/** The route decorator's path converts `name` to a number or UUID before the view sees it (`@app.route("/u/<int:id>")`). */
export function convertedRouteParameter(fn, name) {
    const decorated = fn.parent?.type === 'decorated_definition' ? fn.parent : null;
    for (const decorator of decorated?.namedChildren ?? []) {
        const call = decorator.type === 'decorator' ? decorator.firstNamedChild : null;
        const path = call?.type === 'call' ? argumentList(call)[0] : undefined;
        if (path?.type !== 'string')
            continue;
        for (const match of path.text.matchAll(/<(\w+):(\w+)>|\{(\w+):(\w+)\}/g)) {
            // Flask puts the converter first (`<int:id>`), Starlette last (`{id:int}`).
            const [converter, parameter] = match[1] ? [match[1], match[2]] : [match[4], match[3]];
            if (parameter === name && CONVERTED_ROUTE_CONVERTER.test(converter))
                return true;
        }
    }
    return false;
}
