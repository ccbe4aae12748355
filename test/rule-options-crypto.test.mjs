// Bandit's plugin options, carried over as rule options: `ssl_with_bad_version.bad_protocol_versions` →
// badProtocolVersions, `weak_cryptographic_key.weak_key_size_*` → weakKeySize*.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findRule } from '../dist/rules/index.js';
import { analyse } from './helpers/analyse.mjs';

function findings(ruleId, options, source) {
  return analyse(source, [{ rule: findRule(ruleId), options }]).findings.map((finding) => [finding.line, finding.severity]);
}

test('ssl-bad-version reads its protocol list from badProtocolVersions', () => {
  const source = 'import ssl\nssl.SSLContext(ssl.PROTOCOL_TLSv1)\nssl.SSLContext(ssl.PROTOCOL_TLSv1_2)\n';
  assert.deepEqual(findings('ssl-bad-version', {}, source), [[2, 'high']]);
  assert.deepEqual(findings('ssl-bad-version', { badProtocolVersions: ['PROTOCOL_TLSv1_2'] }, source), [[3, 'high']]);
});

test('ssl-bad-defaults shares the option name with ssl-bad-version', () => {
  const source = 'import ssl\ndef connect(version=ssl.PROTOCOL_TLSv1):\n    pass\n';
  assert.deepEqual(findings('ssl-bad-defaults', {}, source), [[2, 'medium']]);
  assert.deepEqual(findings('ssl-bad-defaults', { badProtocolVersions: ['PROTOCOL_SSLv2'] }, source), []);
});

test('weak-crypto-key grades key sizes with the configured thresholds', () => {
  const source = [
    'from cryptography.hazmat.primitives.asymmetric import rsa',
    'rsa.generate_private_key(65537, 1024)',
    'rsa.generate_private_key(65537, 2048)',
    'rsa.generate_private_key(65537, 512)',
  ].join('\n');
  // Defaults: every size NIST disallows is high (it blocks); 2048 bits is fine.
  assert.deepEqual(findings('weak-crypto-key', {}, source), [[2, 'high'], [4, 'high']]);
  // Bandit's own thresholds bring back its medium tier for 1024 bits.
  assert.deepEqual(findings('weak-crypto-key', { weakKeySizeRsaHigh: 1024, weakKeySizeRsaMedium: 2048 }, source), [[2, 'medium'], [4, 'high']]);
  assert.deepEqual(findings('weak-crypto-key', { weakKeySizeRsaHigh: 2048, weakKeySizeRsaMedium: 3072 }, source), [[2, 'high'], [3, 'medium'], [4, 'high']]);
});
