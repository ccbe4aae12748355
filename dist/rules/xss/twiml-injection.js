import { levelTable, REQUEST_ONLY, taintRule } from '../support/taint-rule.js';
import { enclosingFunction } from '../../python/syntax.js';
import { HOLE } from '../../python/literals.js';
import { isRouteHandler } from '../../python/taint.js';
/** A TwiML document: the `<Response>` root Twilio executes (`<Say>`, `<Dial>`, `<Message>`, `<Redirect>` …). */
const TWIML = /<Response\b/;
const TWIML_KEYWORD = 'twiml';
/** `twiml=` of the REST client (`client.calls.create(twiml=...)`, `.update(twiml=...)`) → levels by source. */
const KEYWORD_LEVELS = levelTable({
    request: { severity: 'high', confidence: 'high' },
    'user-input': { severity: 'high', confidence: 'medium' },
    'stored-input': { severity: 'high', confidence: 'medium' },
    parameter: { severity: 'medium', confidence: 'medium' },
});
/** A TwiML document built anywhere else (a webhook's answer): the caller's input is what matters. */
const BUILT_LEVELS = REQUEST_ONLY;
/** Constant text of a string built from run-time parts, or undefined for constants and non-strings. */
function builtText(node, module) {
    const shape = module.fold(node);
    return shape && !shape.constant && shape.dynamic.length > 0 ? shape.text.split(HOLE).join('') : undefined;
}
/** The outermost expression of a string build (`a + b + c` is examined once, as a whole). */
function isOutermostBuild(node) {
    let self = node;
    while (self.parent?.type === 'parenthesized_expression')
        self = self.parent;
    const parent = self.parent;
    if (parent?.type === 'binary_operator')
        return false;
    if (parent?.type === 'attribute' && parent.parent?.type === 'call')
        return false; // `"...".format(x)`: the call is the build
    return parent?.type !== 'concatenated_string' && parent?.type !== 'interpolation';
}
export default taintRule({
    id: 'twiml-injection',
    aliases: [],
    category: 'xss',
    cwe: 91,
    severity: 'high',
    confidence: 'high',
    cost: 'deep',
    message: 'TwiML built by string formatting from run-time data: markup in it adds verbs Twilio executes (`<Dial>`, `<Redirect>`)',
    fix: 'Build TwiML with twilio.twiml (VoiceResponse().say(text), MessagingResponse().message(text)), which escapes text, or escape values with xml.sax.saxutils.escape.',
    triggers: [TWIML_KEYWORD, '<Response'],
    // `.format()` builds a TwiML document; `twiml=` rides on any REST call.
    callees: ['format'],
    calleeKeywords: /^twiml$/,
    docs: {
        why: 'Twilio runs the TwiML it receives: text pasted into `<Say>` with `</Say><Dial>+1900…</Dial><Say>` in it places a premium-rate '
            + 'call, `<Redirect>` hands the call to another server. The twilio.twiml builders escape text; formatted strings do not. Reported: '
            + '`twiml=` arguments of the REST client built from request data (high) or a parameter (medium), and TwiML documents (`<Response>…`) '
            + 'formatted from request data.',
        bad: [
            'from flask import request\nfrom twilio.rest import Client\nclient = Client()\ndef call_back():\n    msg = request.form["message"]\n    client.calls.create(to="+15550100", from_="+15550199", twiml=f"<Response><Say>{msg}</Say></Response>")\n',
        ],
        good: [
            'from flask import request\nfrom twilio.rest import Client\nfrom twilio.twiml.voice_response import VoiceResponse\nclient = Client()\ndef call_back():\n    answer = VoiceResponse()\n    answer.say(request.form["message"])\n    client.calls.create(to="+15550100", from_="+15550199", twiml=str(answer))\n',
        ],
        references: ['https://cwe.mitre.org/data/definitions/91.html', 'https://www.twilio.com/docs/voice/twiml', 'https://www.twilio.com/docs/libraries/reference/twilio-python/index.html'],
    },
    sinkClass: 'html',
    levels: KEYWORD_LEVELS,
    describe: (source) => `TwiML built from ${source} (TwiML injection)`,
    match: {
        call: (node, module) => [...twimlKeywords(node, module), ...(module.calleeAttribute(node) === 'format' ? builtDocument(node, module) : [])],
        string: (node, module) => (node.namedChildren.some((child) => child.type === 'interpolation') ? builtDocument(node, module) : []),
        binary_operator: (node, module) => {
            const operator = node.childForFieldName('operator')?.type;
            return operator === '+' || operator === '%' ? builtDocument(node, module) : [];
        },
    },
});
/** `twiml=` of the REST client: a parameter or outside input counts only when formatted in at the call. */
function twimlKeywords(node, module) {
    const sinks = [];
    for (const arg of node.childForFieldName('arguments')?.namedChildren ?? []) {
        if (arg.type !== 'keyword_argument' || arg.childForFieldName('name')?.text !== TWIML_KEYWORD)
            continue;
        const value = arg.childForFieldName('value');
        if (value)
            sinks.push({ value, refine: (trace) => (trace.kind !== 'request' && builtText(value, module) === undefined ? undefined : trace) });
    }
    return sinks;
}
/** A TwiML document built from run-time parts, not a `twiml=` value nor a Flask view's answer (other rules judge those). */
function builtDocument(node, module) {
    if (!isOutermostBuild(node))
        return [];
    const text = builtText(node, module);
    if (!text || !TWIML.test(text))
        return [];
    let holder = node;
    while (holder.parent?.type === 'parenthesized_expression')
        holder = holder.parent;
    // `twiml=` values are the keyword matcher's; a Flask route's returned string is xss-response-from-request's.
    if (holder.parent?.type === 'keyword_argument' && holder.parent.childForFieldName('name')?.text === TWIML_KEYWORD)
        return [];
    const fn = enclosingFunction(node);
    if (holder.parent?.type === 'return_statement' && module.importsModule('flask') && fn?.type === 'function_definition' && isRouteHandler(fn))
        return [];
    return [{ value: node, label: 'TwiML document', levels: BUILT_LEVELS }];
}
