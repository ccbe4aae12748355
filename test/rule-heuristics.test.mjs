// SQL recognition in folded text and the password-name heuristics behind sql-injection and hardcoded-password-*.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HOLE } from '../dist/python/literals.js';
import { hasBindPlaceholders, holePositions, sqlShape } from '../dist/rules/sql-injection/support/sql-shape.js';
import { isPasswordName, notASecret } from '../dist/rules/hardcoded-secret/support/password-names.js';

const H = HOLE;

test('real SQL statements are recognised, upper or lower case, multi-line and after a CTE', () => {
  assert.equal(sqlShape(`SELECT * FROM users WHERE name = '${H}'`)?.statement, 'select');
  assert.equal(sqlShape(`select id, name from ${H} where x = 1`)?.statement, 'select');
  assert.equal(sqlShape(`\n    SELECT id\n      FROM users\n     WHERE id = ${H}\n`)?.statement, 'select');
  assert.equal(sqlShape(`SELECT ${H} FROM t`)?.statement, 'select');
  assert.equal(sqlShape(`delete from sessions where id = ${H}`)?.statement, 'delete');
  assert.equal(sqlShape(`INSERT INTO log (who) VALUES ('${H}')`)?.statement, 'insert');
  assert.equal(sqlShape(`insert into ${H} values (%s)`)?.statement, 'insert');
  assert.equal(sqlShape(`UPDATE users SET name = '${H}' WHERE id = 1`)?.statement, 'update');
  assert.equal(sqlShape(`with recent as (select id from t) select * from recent where a = ${H}`)?.statement, 'select');
});

test('prose with SQL words is not SQL', () => {
  for (const text of [
    `Please select from ${H}`,
    `${H} has been delete from the guild`,
    `${H} has been deleted from the guild`,
    `Select a model from ${H}`,
    `Could not delete from ${H}: ${H}`,
    `update the settings from ${H}`,
    `Please select one item from the list`,
    `You can insert into ${H} later`,
  ]) assert.equal(sqlShape(text), null, text);
});

test('holes are classified as identifiers (table/column names) or values', () => {
  assert.deepEqual(holePositions(`DELETE FROM ${H} WHERE id = :id`), ['identifier']);
  assert.deepEqual(holePositions(`SELECT ${H}, name FROM ${H}.users ORDER BY ${H}`), ['identifier', 'identifier', 'identifier']);
  assert.deepEqual(holePositions(`SELECT * FROM t WHERE name = '${H}' AND id = ${H}`), ['value', 'value']);
  assert.deepEqual(holePositions(`INSERT INTO t (a, b) VALUES ('x', ${H})`), ['value']);
  assert.deepEqual(holePositions(`SELECT * FROM t WHERE ${H}`), ['value']);
});

test('bind placeholders in every paramstyle are seen', () => {
  for (const text of ['a = %s', 'a = %(name)s', 'a = ?', 'a = :name', 'a = $1']) assert.ok(hasBindPlaceholders(text), text);
  assert.ok(!hasBindPlaceholders("a = 'x' AND b::text = c"));
});

test('password names follow Bandit words as whole words, snake or camel case', () => {
  for (const name of ['password', 'db_password', 'PASSWD', 'api_token', 'authToken', 'SECRET_KEY', 'pwd', 'passphrase']) assert.ok(isPasswordName(name), name);
  for (const name of ['passed', 'tokenizer', 'bypass', 'compass_word', 'secretary']) assert.ok(!isPasswordName(name), name);
});

test('values that are not secrets, and values that are', () => {
  assert.equal(notASecret('token_type', 'Bearer'), 'describing name');
  assert.ok(notASecret('input_token', 'NextToken'));
  assert.equal(notASecret('headers', 'X-Auth-Token'), 'label');
  assert.equal(notASecret('DB_PASSWORD', 'password'), 'label');
  assert.equal(notASecret('password', 'changeme'), 'placeholder');
  assert.equal(notASecret('password_field', 'password'), 'label');
  assert.equal(notASecret('token_fail_reason', 'Token has expired'), 'message');
  assert.equal(notASecret('reset_url', 'https://x.test/reset'), 'URL or path');
  assert.equal(notASecret('password', ''), 'empty');
  assert.equal(notASecret('password', '<password>'), 'placeholder');
  assert.equal(notASecret('password', '***'), 'placeholder');
  for (const [name, value] of [['password', 'hunter2'], ['password', '12345'], ['admin_pass', 'MyNewPass'], ['db_password', 'SuperSecretPassword'], ['EMAIL_PASSWORD', 'secret'], ['secret_key', 'django-insecure-x1'], ['token', 'ghp_abcDEF123']]) {
    assert.equal(notASecret(name, value), undefined, `${name}=${value}`);
  }
});
