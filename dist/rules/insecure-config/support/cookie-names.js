// What a cookie's name says it holds: a session or login (its theft is an account takeover) or a CSRF token (read
// by the page on purpose).
/** Cookie names that hold a session or a login. */
export const AUTH_COOKIE = /sess|sid$|^sid|auth|token|jwt|remember|login|logged|user_?id|access|refresh|identity|credential/i;
/** The CSRF double-submit cookie. */
export const CSRF_COOKIE = /csrf|xsrf/i;
/** Response methods that write a Set-Cookie header (Flask/Werkzeug, Django, Starlette, Pyramid, Bottle, Tornado). */
export const COOKIE_SETTERS = ['set_cookie', 'set_signed_cookie', 'set_secure_cookie'];
/** Cookies that hold a display preference or a consent choice, named as such: nothing in them to steal. */
export const PREFERENCE_COOKIE = /^(?:theme|color_?scheme|dark_?mode|lang(?:uage)?|django_language|locale|tz|time_?zone|currency|country|region|consent|cookie_?consent|cookies_?accepted|layout|view_?mode|sidebar\w*|font_?size|banner\w*|dismissed\w*|seen_\w+|tour_\w+)$/i;
