import { traceValue } from '../../../python/taint.js';
/** Functions whose result is escaped (or already safe) HTML. */
export const ESCAPING_FUNCTIONS = [
    'html.escape', 'markupsafe.escape', 'flask.escape', 'jinja2.escape', 'django.utils.html.escape',
    'django.utils.html.conditional_escape', 'django.utils.html.format_html', 'django.utils.html.format_html_join',
    'django.utils.html.strip_tags', 'django.utils.html.json_script', 'bleach.clean', 'bleach.linkify', 'nh3.clean',
];
/**
 * True when the HTML cannot carry run-time markup: a constant, or text whose every run-time part is the result of
 * an escaping function (`f"<b>{escape(name)}</b>"`) or a call listed in `allowed`.
 */
export function isSafeHtml(node, module, allowed) {
    if (module.isConstant(node))
        return true;
    const folded = node.type === 'call' ? undefined : module.fold(node);
    const written = node.type === 'call' ? allowed.has(module.callName(node) ?? '')
        : !!folded && folded.dynamic.every((part) => part.type === 'integer' || part.type === 'float' || (part.type === 'call' && allowed.has(module.callName(part) ?? '')));
    if (written)
        return true;
    // Escaped before it got here (`c = escape(c)`, a helper returning escaped markup) or built from constants only:
    // the trace for an HTML sink says so. A limit of the trace answers unknown, never safe.
    const { kind } = traceValue(node, module, { sink: 'html' });
    return kind === 'constant' || kind === 'sanitised';
}
