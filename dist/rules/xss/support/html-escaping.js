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
    if (node.type === 'call')
        return allowed.has(module.callName(node) ?? '');
    const folded = module.fold(node);
    if (!folded)
        return false;
    return folded.dynamic.every((part) => {
        if (part.type === 'integer' || part.type === 'float')
            return true;
        return part.type === 'call' && allowed.has(module.callName(part) ?? '');
    });
}
