// What a cookie's name says it holds: a session or login (its theft is an account takeover) or a CSRF token (read
// by the page on purpose).
/** Cookie names that hold a session or a login. */
export const AUTH_COOKIE = /sess|sid$|^sid|auth|token|jwt|remember|login|logged|user_?id|access|refresh|identity|credential/i;
/** The CSRF double-submit cookie. */
export const CSRF_COOKIE = /csrf|xsrf/i;
/** Response methods that write a Set-Cookie header (Flask/Werkzeug, Django, Starlette, Pyramid, Bottle, Tornado). */
export const COOKIE_SETTERS = ['set_cookie', 'set_signed_cookie', 'set_secure_cookie'];
