// The sink classes issue 19 adds to the tracer (xpath, nosql, header, regex): each has its own sanitisers, and a cast
// that protects one class (`str()` strips a NoSQL operator) protects no other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sinkKinds } from './helpers/trace.mjs';

/** The kind of the first argument of each `sink(...)` call, traced for `sinkClass`. */
const kinds = (source, sink) => sinkKinds(source, { sink });

const VIEW = (line) => ['import re', 'from urllib.parse import quote', 'from bson import ObjectId', 'def view(request):', `    sink(${line})`].join('\n');

test('str() and ObjectId() end a NoSQL flow, and only a NoSQL flow', () => {
  assert.deepEqual(kinds(VIEW('str(request.json["user"])'), 'nosql'), ['sanitised']);
  assert.deepEqual(kinds(VIEW('ObjectId(request.GET["id"])'), 'nosql'), ['sanitised']);
  assert.deepEqual(kinds(VIEW('str(request.json["user"])'), 'sql'), ['request']);
  assert.deepEqual(kinds(VIEW('str(request.json["user"])'), undefined), ['request']);
  assert.deepEqual(kinds(VIEW('request.json["user"]'), 'nosql'), ['request']);
});

test('a str shadowed by a local definition is no cast', () => {
  const source = ['def str(value):', '    return value', 'def view(request):', '    sink(str(request.json["user"]))'].join('\n');
  assert.deepEqual(kinds(source, 'nosql'), ['request']);
});

test('re.escape ends a regex flow; quote() ends a header flow but not a regex flow', () => {
  assert.deepEqual(kinds(VIEW('re.escape(request.args["q"])'), 'regex'), ['sanitised']);
  assert.deepEqual(kinds(VIEW('"^" + re.escape(request.args["q"]) + "$"'), 'regex'), ['sanitised']);
  assert.deepEqual(kinds(VIEW('quote(request.args["name"])'), 'header'), ['sanitised']);
  assert.deepEqual(kinds(VIEW('quote(request.args["name"])'), 'regex'), ['request']);
});

test('XPath has no sanitiser: only casts and constants end its flows', () => {
  assert.deepEqual(kinds(VIEW('"//u[@n=\'%s\']" % request.args["n"]'), 'xpath'), ['request']);
  assert.deepEqual(kinds(VIEW('"//u[@id=%d]" % int(request.args["n"])'), 'xpath'), ['sanitised']);
  assert.deepEqual(kinds(VIEW('"//u[@n=$n]"'), 'xpath'), ['constant']);
});

test('Pyramid matchdict is request data', () => {
  assert.deepEqual(kinds(VIEW('request.matchdict["name"]'), 'html'), ['request']);
});

test('route converters that only match numbers or UUIDs cast the parameter', () => {
  const source = [
    'from flask import Flask',
    'app = Flask(__name__)',
    '@app.route("/user/<int:uid>/<name>")',
    'def user(uid, name):',
    '    sink(uid)',
    '    sink(name)',
    '@app.get("/item/{item_id:int}/{slug}")',
    'def item(item_id, slug):',
    '    sink(item_id)',
    '    sink(slug)',
  ].join('\n');
  assert.deepEqual(kinds(source, 'html'), ['sanitised', 'request', 'sanitised', 'request']);
});
