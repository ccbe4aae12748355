// Precision choices that decide whether a finding blocks: evidence of a secret for weak hashes, outside data for SQL.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyse } from './helpers/analyse.mjs';

function levels(source, rule) {
  return analyse(source).findings.filter((finding) => finding.rule === rule).map((finding) => `${finding.line}:${finding.severity}/${finding.confidence}`);
}

test('MD5/SHA-1 block only when the code says what they protect; named as a cache key they are audit-only', () => {
  const source = [
    'import hashlib',
    'digest = hashlib.md5(password.encode()).hexdigest()',
    'def make_token(user):',
    '    return hashlib.sha1(user.email.encode()).hexdigest()',
    'cache_key = hashlib.md5(url.encode()).hexdigest()',
    'h = hashlib.md5(data)',
  ].join('\n');
  assert.deepEqual(levels(source, 'insecure-hashlib'), ['2:high/high', '4:high/high', '6:medium/high']);
  const audited = analyse(source, undefined, { audit: true }).findings.filter((finding) => finding.rule === 'insecure-hashlib');
  assert.deepEqual(audited.filter((finding) => finding.auditOnly).map((finding) => finding.line), [5]);
});

test('SQL formatted from request data blocks; from parameters or the program\'s own values it is shown only', () => {
  const source = [
    'def by_name(cursor, name):',
    '    cursor.execute("SELECT * FROM users WHERE name = \'%s\'" % name)',
    'class Backend:',
    '    def count(self, cursor):',
    '        cursor.execute("SELECT COUNT(*) FROM %s WHERE x = %s" % (self.table, self.limit))',
    'def view(request, cursor):',
    '    cursor.execute("SELECT * FROM t WHERE id = %s" % request.GET["id"])',
  ].join('\n');
  assert.deepEqual(levels(source, 'sql-injection'), ['2:medium/medium', '5:medium/low', '7:high/high']);
});

test('Secure cookie flags switched off block in project settings, not in development settings or Django\'s own defaults', () => {
  const cookies = 'SESSION_COOKIE_SECURE = False\nCSRF_COOKIE_SECURE = False\n';
  assert.deepEqual(levels(`INSTALLED_APPS = []\nDEBUG = False\n${cookies}`, 'django-insecure-cookie'), ['3:high/high', '4:high/high']);
  assert.deepEqual(levels(`from .base import *\nDEBUG = True\nALLOWED_HOSTS = ["localhost"]\n${cookies}`, 'django-insecure-cookie'), ['4:medium/high', '5:medium/high']);
  const defaults = `"""\nDefault Django settings. Override these with settings in the module pointed to\nby the DJANGO_SETTINGS_MODULE environment variable.\n"""\nDEBUG = False\nINSTALLED_APPS = []\n${cookies}`;
  assert.deepEqual(levels(defaults, 'django-insecure-cookie'), []);
  assert.equal(analyse(defaults, undefined, { audit: true }).findings.filter((finding) => finding.rule === 'django-insecure-cookie').length, 2);
});
