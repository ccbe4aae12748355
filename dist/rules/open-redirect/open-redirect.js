import { FLOW_LEVELS, taintRule } from '../support/taint-rule.js';
import { lastName } from '../support/name-triggers.js';
// Callee → the parameter holding the redirect target.
const REDIRECTS = {
    'django.shortcuts.redirect': { keyword: 'to', position: 0 },
    'django.http.HttpResponseRedirect': { keyword: 'redirect_to', position: 0 },
    'django.http.HttpResponsePermanentRedirect': { keyword: 'redirect_to', position: 0 },
    'django.http.response.HttpResponseRedirect': { keyword: 'redirect_to', position: 0 },
    'django.http.response.HttpResponsePermanentRedirect': { keyword: 'redirect_to', position: 0 },
    'flask.redirect': { keyword: 'location', position: 0 },
    'werkzeug.utils.redirect': { keyword: 'location', position: 0 },
    'starlette.responses.RedirectResponse': { keyword: 'url', position: 0 },
    'fastapi.responses.RedirectResponse': { keyword: 'url', position: 0 },
};
export default taintRule({
    id: 'open-redirect',
    aliases: [],
    category: 'open-redirect',
    cwe: 601,
    severity: 'high',
    confidence: 'high',
    cost: 'deep',
    sinkClass: 'redirect',
    sinks: REDIRECTS,
    // Who picks the scheme and host decides where users land; the path and query after them do not.
    leading: true,
    levels: FLOW_LEVELS,
    describe: (source) => `redirect target comes from ${source} (open redirect)`,
    message: 'redirect to a URL taken from the request: the site can be used to send users anywhere (open redirect)',
    fix: 'Check the target first (Django: url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}); Flask: accept only relative paths), or redirect to a named route.',
    triggers: Object.keys(REDIRECTS).map(lastName),
    callees: Object.keys(REDIRECTS).map(lastName),
    docs: {
        why: 'A `?next=` parameter that is redirected to as is lets a phishing link start on your domain and end on the attacker\'s. '
            + 'Only targets that come from the request are reported; a target whose constant start fixes the site (`"/items/" + id`) '
            + 'or that passed an allow-list check (`if url in ALLOWED`, `url_has_allowed_host_and_scheme(url, …)`) is accepted.',
        bad: [
            'from django.shortcuts import redirect\ndef done(request):\n    return redirect(request.GET.get("next", "/"))\n',
            'from flask import request, redirect\ndef done():\n    target = request.args["next"]\n    return redirect(target)\n',
        ],
        good: [
            'from django.shortcuts import redirect\nfrom django.utils.http import url_has_allowed_host_and_scheme\ndef done(request):\n    url = request.GET.get("next", "/")\n    if not url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}):\n        url = "/"\n    return redirect(url)\n',
            'from flask import request, redirect\ndef item():\n    return redirect("/items/" + request.args["id"])\n',
        ],
        references: ['https://cwe.mitre.org/data/definitions/601.html', 'https://cheatsheetseries.owasp.org/cheatsheets/Unvalidated_Redirects_and_Forwards_Cheat_Sheet.html'],
    },
});
