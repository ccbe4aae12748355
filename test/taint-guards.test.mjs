// Guards and sanitisers (src/python/taint): a value checked before the sink is clean on the guarded path, a
// sanitiser counts wherever it is applied, and each check beside a look-alike that does not check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sinkKinds } from './helpers/trace.mjs';

const kinds = (source, sink) => sinkKinds(source, { sink });

const HEADER = ['import os, re, uuid, shlex, html', 'from urllib.parse import urlparse', 'from flask import request, abort', 'from werkzeug.utils import secure_filename', 'from django.utils.http import url_has_allowed_host_and_scheme', 'from ldap.filter import escape_filter_chars', 'from markupsafe import escape', 'from django.utils.safestring import mark_safe', 'ALLOWED = {"a", "b"}', 'BASE = "/srv/files"', 'HOSTS = {"example.com"}'];
const fn = (name, ...body) => [`def ${name}():`, '    x = request.args["x"]', ...body.map((line) => `    ${line}`)];
const module = (...functions) => [...HEADER, ...functions.flat()].join('\n');

test('allow-list membership: return, abort or raise when not allowed; the look-alike only logs', () => {
  assert.deepEqual(kinds(module(
    fn('a', 'if x not in ALLOWED:', '    return "no"', 'sink(x)'),
    fn('b', 'if x not in ALLOWED:', '    abort(400)', 'sink(x)'),
    fn('c', 'if x not in ALLOWED:', '    raise ValueError(x)', 'sink(x)'),
    fn('d', 'if x not in ALLOWED:', '    print("unexpected", x)', 'sink(x)'),
    fn('e', 'if x in ALLOWED:', '    sink(x)', 'sink(x)'),
  )), ['sanitised', 'sanitised', 'sanitised', 'request', 'sanitised', 'request']);
});

test('anchored regular expressions guard; unanchored match and search do not', () => {
  assert.deepEqual(kinds(module(
    fn('a', 'if not re.fullmatch(r"[a-z0-9]+", x):', '    abort(400)', 'sink(x)'),
    fn('b', 'if not re.match(r"^[a-z0-9]+$", x):', '    abort(400)', 'sink(x)'),
    fn('c', 'if not re.match(r"[a-z0-9]+", x):', '    abort(400)', 'sink(x)'),
    fn('d', 'if not re.search(r"[a-z0-9]+", x):', '    abort(400)', 'sink(x)'),
    fn('e', 'm = re.fullmatch(r"\\d+", x)', 'if not m:', '    return', 'sink(x)'),
  )), ['sanitised', 'sanitised', 'request', 'request', 'sanitised']);
});

test('isdigit, isalnum, isidentifier checks; casts by int(), float(), uuid.UUID(), also as try/except validation', () => {
  assert.deepEqual(kinds(module(
    fn('a', 'if not x.isdigit():', '    return', 'sink(x)'),
    fn('b', 'if x.isalnum():', '    sink(x)'),
    fn('c', 'if not x.isidentifier():', '    raise ValueError()', 'sink(x)'),
    fn('d', 'sink(int(x))', 'sink(float(x))', 'sink(uuid.UUID(x))', 'sink(x)'),
    fn('e', 'try:', '    int(x)', 'except ValueError:', '    return "bad"', 'sink(x)'),
    fn('f', 'try:', '    int(x)', 'except ValueError:', '    pass', 'sink(x)'),
  )), ['sanitised', 'sanitised', 'sanitised', 'sanitised', 'sanitised', 'sanitised', 'request', 'sanitised', 'request']);
});

test('paths: basename, secure_filename, realpath(...).startswith(BASE); a plain join is not safe', () => {
  assert.deepEqual(kinds(module(
    fn('a', 'sink(os.path.join(BASE, os.path.basename(x)))'),
    fn('b', 'sink(os.path.join(BASE, secure_filename(x)))'),
    fn('c', 'p = os.path.realpath(os.path.join(BASE, x))', 'if not p.startswith(BASE):', '    abort(403)', 'sink(p)'),
    fn('d', 'p = os.path.join(BASE, x)', 'if not os.path.realpath(p).startswith(BASE):', '    abort(403)', 'sink(p)'),
    fn('e', 'sink(os.path.join(BASE, x))'),
  ), 'path'), ['sanitised', 'sanitised', 'sanitised', 'sanitised', 'request']);
});

test('redirects: urlparse(x).netloc in ALLOWED and url_has_allowed_host_and_scheme guard; an unchecked URL does not', () => {
  assert.deepEqual(kinds(module(
    fn('a', 'if urlparse(x).netloc not in HOSTS:', '    abort(400)', 'sink(x)'),
    fn('b', 'if not url_has_allowed_host_and_scheme(x, allowed_hosts=HOSTS):', '    x = "/"', 'sink(x)'),
    fn('c', 'safe = url_has_allowed_host_and_scheme(x, allowed_hosts=HOSTS)', 'if not safe:', '    return', 'sink(x)'),
    fn('d', 'host = urlparse(x).netloc', 'sink(x)'),
  ), 'redirect'), ['sanitised', 'sanitised', 'sanitised', 'request']);
});

test('sink-specific sanitisers: shlex.quote for shells, escape_filter_chars for LDAP, not for each other', () => {
  const source = module(fn('a', 'sink(shlex.quote(x))', 'sink(escape_filter_chars(x))'));
  assert.deepEqual(kinds(source, 'shell'), ['sanitised', 'request']);
  assert.deepEqual(kinds(source, 'ldap'), ['request', 'sanitised']);
});

// `sink` stands for the sink call itself (`mark_safe(x)`): what reaches its argument.
test('a sanitiser counts wherever applied: into a variable first, inside a %-dict, in a helper returning it', () => {
  assert.deepEqual(kinds(module(
    ['def clean(value):', '    return escape(value)', 'def passthrough(value):', '    return value'],
    fn('a', 'x = escape(x)', 'sink(x)'),
    fn('b', 'sink("<b>%(name)s</b>" % {"name": escape(x)})'),
    fn('c', 'sink("<b>%(name)s</b>" % {"name": x})'),
    fn('d', 'sink(clean(x))'),
    fn('e', 'sink(passthrough(x))'),
    fn('f', 'y = html.escape(x)', 'sink(y)', 'sink(x)'),
  ), 'html'), ['sanitised', 'sanitised', 'request', 'sanitised', 'request', 'sanitised', 'request']);
});

test('a check in a comprehension filter and in a conditional expression', () => {
  assert.deepEqual(kinds([
    'from flask import request',
    'ALLOWED = {"a"}',
    'def view():',
    '    names = request.args.getlist("n")',
    '    sink([n for n in names if n in ALLOWED])',
    '    sink([n for n in names if n])',
    '    x = request.args["x"]',
    '    sink(x if x in ALLOWED else "a")',
    '    sink(x if x else "a")',
  ].join('\n')), ['sanitised', 'request', 'sanitised', 'request']);
});
