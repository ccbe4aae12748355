import { defineRule } from '../types.js';
import { argument } from '../../python/arguments.js';
import { describeSource, flowMessage, mayHoldRequestData, sinkFlow, strongestTrace, traceValue } from '../../python/taint.js';
/** ORM methods whose keyword arguments name model fields (Django managers and querysets, SQLAlchemy `values`). */
const FIELD_METHODS = new Set(['create', 'update', 'get_or_create', 'update_or_create', 'values']);
/** A class by naming convention (`User(**data)`): a model, a dataclass, a pydantic model. */
const CLASS_NAME = /^_?[A-Z]\w*[a-z]\w*$/;
/**
 * Classes that validate a body against the fields they declare (pydantic models, marshmallow schemas, DRF serializers,
 * forms): splatting a request into one is the fix, not the flaw. Known by their base, or by a name saying so.
 */
const VALIDATING_BASES = /(^|\.)(BaseModel|Schema|Serializer|ModelSerializer|Form|ModelForm|Struct)$/;
const VALIDATING_NAMES = /(Schema|Serializer|Form|Input|Payload|Request|DTO|Params|Validator)$/;
/** Calls that copy a mapping onto an object's attributes: `obj.__dict__.update(data)`, `vars(obj).update(data)`. */
const ATTRIBUTE_MAPS = /(\.__dict__|^vars\(.*\))$/;
/** What a form, serializer or schema hands back once it has checked a body against the fields it declares. */
const VALIDATED_ATTRIBUTES = new Set(['cleaned_data', 'validated_data']);
const VALIDATING_METHODS = new Set(['load', 'validate', 'model_dump', 'dict']);
/**
 * `form.cleaned_data`, `serializer.validated_data`, `UserSchema().load(body)`: the validator picked the keys, whatever
 * the values carry (the data-flow trace follows the values, so it cannot tell this by itself).
 */
function isValidatedMapping(node, module) {
    if (node.type === 'attribute')
        return VALIDATED_ATTRIBUTES.has(node.childForFieldName('attribute')?.text ?? '');
    if (node.type !== 'call' || !VALIDATING_METHODS.has(module.calleeAttribute(node) ?? ''))
        return false;
    let receiver = node.childForFieldName('function')?.childForFieldName('object') ?? null;
    if (receiver?.type === 'identifier')
        receiver = module.valuesOf(receiver)?.[0] ?? receiver;
    const validator = receiver?.type === 'call' ? receiver.childForFieldName('function') : receiver;
    const name = validator?.type === 'attribute' ? validator.childForFieldName('attribute')?.text : validator?.text;
    return !!name && isValidatingClass(name, module);
}
/** Does the caller decide which fields are set? A dict display with constant keys, or a filtered comprehension, does not. */
function keyTrace(node, module, depth = 0) {
    if (isValidatedMapping(node, module))
        return { kind: 'sanitised', flow: [] };
    switch (node.type) {
        case 'dictionary': {
            const keys = node.namedChildren.map((item) => (item.type === 'pair' ? item.childForFieldName('key') : item)).filter((key) => !!key);
            return strongestTrace(keys.map((key) => (key.type === 'dictionary_splat' && key.firstNamedChild ? keyTrace(key.firstNamedChild, module, depth + 1) : traceValue(key, module))));
        }
        case 'dictionary_comprehension': {
            // `{k: v for k, v in data.items() if k in ALLOWED}`: the clause picks the keys.
            if (node.namedChildren.some((clause) => clause.type === 'if_clause'))
                return { kind: 'sanitised', flow: [] };
            const key = node.childForFieldName('body')?.childForFieldName('key');
            return key ? traceValue(key, module) : traceValue(node, module);
        }
        case 'identifier': {
            const values = depth < 3 ? module.valuesOf(node) ?? [] : [];
            if (values.length > 0 && values.every((value) => value.type === 'dictionary' || value.type === 'dictionary_comprehension' || isValidatedMapping(value, module))) {
                return strongestTrace(values.map((value) => keyTrace(value, module, depth + 1)));
            }
            return traceValue(node, module);
        }
        default:
            return traceValue(node, module);
    }
}
/**
 * `for key, value in mapping.items(): setattr(obj, key, value)`: the keys of `mapping` decide, judged as a splat's
 * would be; any other attribute name is traced as it is.
 */
function attributeNameTrace(name, module) {
    if (name.type !== 'identifier')
        return traceValue(name, module);
    for (let node = name.parent; node && node.type !== 'function_definition'; node = node.parent) {
        if (node.type !== 'for_statement')
            continue;
        const left = node.childForFieldName('left');
        const key = left?.type === 'identifier' ? left : left?.namedChildren[0];
        let mapping = node.childForFieldName('right');
        if (key?.text !== name.text || !mapping)
            continue;
        if (mapping.type === 'call' && ['items', 'keys'].includes(module.calleeAttribute(mapping) ?? '')) {
            mapping = mapping.childForFieldName('function')?.childForFieldName('object') ?? mapping;
        }
        return keyTrace(mapping, module);
    }
    return traceValue(name, module);
}
/** The field name or mapping a named call assigns from: `setattr(obj, name, …)`, `obj.__dict__.update(data)`, `vars(obj).update(data)`. */
function namedFields(call, module) {
    const callee = call.childForFieldName('function');
    if (!callee)
        return undefined;
    if (module.callName(call) === 'setattr' && module.isBuiltin('setattr')) {
        const name = argument(call, null, 1);
        return name ? { value: name, names: 'name' } : undefined;
    }
    if (module.calleeAttribute(call) === 'update' && callee.type === 'attribute' && ATTRIBUTE_MAPS.test(callee.childForFieldName('object').text)) {
        const value = argument(call, null, 0);
        return value ? { value, names: 'keys' } : undefined;
    }
    return undefined;
}
/** The mapping splatted into a model or an ORM method: `Model(**data)`, `objects.create(**data)`. */
function splatFields(call, splat, module) {
    const callee = call.childForFieldName('function');
    const value = splat.firstNamedChild;
    if (!callee || !value)
        return undefined;
    const method = module.calleeAttribute(call) ?? '';
    if (CLASS_NAME.test(method) && !isValidatingClass(method, module))
        return { value, names: 'keys' };
    if (FIELD_METHODS.has(method) && callee.type === 'attribute')
        return { value, names: 'keys' };
    return undefined;
}
function isValidatingClass(name, module) {
    if (VALIDATING_NAMES.test(name))
        return true;
    const definition = module.classDefinitions().find((candidate) => candidate.childForFieldName('name')?.text === name);
    const bases = definition?.childForFieldName('superclasses')?.namedChildren ?? [];
    return bases.some((base) => VALIDATING_BASES.test(module.qualifiedName(base) ?? base.text));
}
export default defineRule({
    id: 'mass-assignment',
    aliases: [],
    category: 'mass-assignment',
    cwe: 915,
    severity: 'high',
    confidence: 'high',
    cost: 'deep',
    message: 'model fields set from a mapping the client chose: it can set fields the form never offered (`is_admin`, `owner_id`)',
    fix: 'Copy the fields you expect by name (`User(name=data["name"], email=data["email"])`), or validate the body with a form/serializer/schema that lists its fields, and pass its validated data.',
    triggers: ['**', 'setattr', '__dict__', 'vars'],
    callees: ['setattr', 'update'],
    docs: {
        why: 'Passing a request body straight into a model (`User(**request.json)`, `objects.create(**request.POST.dict())`) lets the client '
            + 'set every column the model has, not only those on the form: `{"name": "x", "is_admin": true}` makes an administrator (CWE-915). '
            + 'The same holds for `obj.__dict__.update(body)` and `setattr(obj, key, value)` with keys from the request. A dict with constant '
            + 'keys, a comprehension filtered by an allow-list, the validated data of a form, serializer or schema, and a request splatted '
            + 'into a pydantic model, marshmallow schema, serializer or form class (which declares its fields) are not reported.',
        bad: [
            'from flask import request\nfrom app.models import User, db\ndef register():\n    user = User(**request.get_json())\n    db.session.add(user)\n    db.session.commit()\n',
            'from django.http import JsonResponse\nfrom shop.models import Order\ndef create_order(request):\n    order = Order.objects.create(**request.POST.dict())\n    return JsonResponse({"id": order.id})\n',
        ],
        good: [
            'from flask import request\nfrom app.models import User, db\ndef register():\n    body = request.get_json()\n    user = User(name=body["name"], email=body["email"])\n    db.session.add(user)\n    db.session.commit()\n',
            'from django.http import JsonResponse\nfrom shop.models import Order\nFIELDS = ("product", "quantity")\ndef create_order(request):\n    order = Order.objects.create(**{field: request.POST[field] for field in FIELDS})\n    return JsonResponse({"id": order.id})\n',
        ],
        references: ['https://cwe.mitre.org/data/definitions/915.html', 'https://cheatsheetseries.owasp.org/cheatsheets/Mass_Assignment_Cheat_Sheet.html'],
    },
    create(context) {
        const { module } = context;
        const check = (call, fields) => {
            // Only request data is reported: where there can be none, no trace (and no analysis of the function around).
            if (!fields || !mayHoldRequestData(call, module))
                return;
            const trace = fields.names === 'keys' ? keyTrace(fields.value, module) : attributeNameTrace(fields.value, module);
            if (trace.kind !== 'request')
                return;
            const flow = sinkFlow(trace, call);
            const what = fields.names === 'name' ? 'attribute name chosen by' : 'fields set from';
            context.report({ node: call, message: flowMessage(`model ${what} ${describeSource(trace)} (mass assignment)`, flow), flow });
        };
        return {
            // The engine hands this handler only `setattr(...)` and `….update(...)` calls (callees): not every call of the file.
            call: (node) => check(node, namedFields(node, module)),
            dictionary_splat(node) {
                const call = node.parent?.type === 'argument_list' ? node.parent.parent : null;
                // The first splat of a call speaks for it: one finding per call.
                if (call?.type === 'call' && node.parent.namedChildren.find((arg) => arg.type === 'dictionary_splat')?.id === node.id)
                    check(call, splatFields(call, node, module));
            },
        };
    },
});
