// Fabricated credentials in each provider's real format (checksum-valid where the format has one), assembled at test
// time from a seeded PRNG so no key is written out in the repository, and look-alikes that must stay silent.
// Checksums are computed here independently of the code under test (node:zlib's CRC32).
import { crc32 } from 'node:zlib';
import { seededRandom } from './seeded-random.mjs';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const HEX = '0123456789abcdef';
const BASE32_UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const BASE64 = `${BASE62}+/`;
const URL_SAFE = `${BASE62}-_`;

const random = seededRandom(0x5ec2e75);
const chars = (alphabet, length) => Array.from({ length }, () => random.pick([...alphabet])).join('');

function base62(value, width) {
  let out = '';
  for (let rest = value; rest > 0; rest = Math.floor(rest / 62)) out = BASE62[rest % 62] + out;
  return out.padStart(width, '0');
}

/** GitHub's (and npm's) format: prefix + 30 random base62 characters + base62 CRC32 of those 30, 6 wide. */
function checksummedToken(prefix) {
  const body = chars(BASE62, 30);
  return `${prefix}${body}${base62(crc32(body), 6)}`;
}

const three = (make) => [make(), make(), make()];

/** provider → three fabricated secrets in its exact format. Keys are the provider names the rule reports. */
export const FABRICATED = {
  'AWS access key id': three(() => `${random.pick(['AKIA', 'ASIA'])}${chars(BASE32_UPPER, 16)}`),
  'GitHub token': ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'].map(checksummedToken),
  'GitHub fine-grained token': three(() => `github_pat_${chars(BASE62, 22)}_${chars(BASE62, 59)}`),
  'GitLab token': three(() => `glpat-${chars(URL_SAFE, 20)}`),
  'Slack token': three(() => `${random.pick(['xoxb', 'xoxp', 'xoxa'])}-${chars('0123456789', 12)}-${chars('0123456789', 13)}-${chars(BASE62, 24)}`),
  'Slack webhook': three(() => `https://hooks.slack.com/services/T${chars(BASE32_UPPER, 10)}/B${chars(BASE32_UPPER, 10)}/${chars(BASE62, 24)}`),
  'Stripe live key': three(() => `${random.pick(['sk_live_', 'rk_live_'])}${chars(BASE62, 24 + random.int(76))}`),
  'Google API key': three(() => `AIza${chars(URL_SAFE, 35)}`),
  'Azure storage account key': three(() => `DefaultEndpointsProtocol=https;AccountName=acct${chars('abcdefghijklmnopqrstuvwxyz0123456789', 8)};AccountKey=${chars(BASE64, 86)}==;EndpointSuffix=core.windows.net`),
  'Twilio API key': three(() => `SK${chars(HEX, 32)}`),
  'SendGrid API key': three(() => `SG.${chars(URL_SAFE, 22)}.${chars(URL_SAFE, 43)}`),
  'npm token': three(() => checksummedToken('npm_')),
  'PyPI token': three(() => `pypi-AgEIcHlwaS5vcmc${chars(URL_SAFE, 70 + random.int(100))}`),
  'OpenAI API key': three(() => `sk-${random.pick(['', 'proj-'])}${chars(URL_SAFE, 20)}T3BlbkFJ${chars(URL_SAFE, 20)}`),
  'Anthropic API key': three(() => `sk-ant-api03-${chars(URL_SAFE, 93)}AA`),
  'private key': three(() => {
    const kind = random.pick(['RSA ', 'EC ', 'OPENSSH ', '']);
    return [`-----BEGIN ${kind}PRIVATE KEY-----`, ...Array.from({ length: 4 }, () => chars(BASE64, 64)), `-----END ${kind}PRIVATE KEY-----`].join('\n');
  }),
  'database URL with password': three(() => `${random.pick(['postgresql', 'mysql+pymysql', 'mongodb+srv', 'redis'])}://app:${chars(BASE62, 18)}@db-${chars(HEX, 6)}.prod.internal:5432/app`),
};

/** The secret part a report must never show (for a connection string or URL, the key/password, not the whole text). */
export function secretParts(provider, value) {
  if (provider === 'Azure storage account key') return [/AccountKey=([^;]+)/.exec(value)[1]];
  if (provider === 'database URL with password') return [/:\/\/[^:]+:([^@]+)@/.exec(value)[1]];
  if (provider === 'private key') return value.split('\n').slice(1, -1);
  return [value];
}

/** AWS secret access keys: 40 base64 characters, recognised only under their variable name. */
export const AWS_SECRET_KEYS = three(() => chars(BASE64, 40));

/** Look-alikes that must not be reported as provider secrets. */
export const LOOK_ALIKES = [
  'AKIAIOSFODNN7EXAMPLE', // AWS's documented example id
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', // AWS's documented example secret
  `ghp_${chars(BASE62, 30)}000000`, // GitHub shape, wrong checksum
  `ghp_${'x'.repeat(36)}`,
  'github_pat_<your-token>',
  'glpat-xxxxxxxxxxxxxxxxxxxx',
  'sk_test_4eC39HqLyjWDarjtT1zdp7dc', // Stripe's documented test key: not live
  'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx',
  'sk_live_...',
  'xoxb-your-token-here',
  'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
  'AIzaSy-your-google-api-key-goes-here-xx',
  'SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  'npm_<token>',
  'pypi-<your-token>',
  'sk-your-openai-key',
  'sk-ant-api03-...',
  '-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----',
  '-----BEGIN RSA PRIVATE KEY-----',
  'postgresql://user:password@localhost/app',
  'postgresql://nova:${DB_PASSWORD}@db/nova',
  'mysql+pymysql://openstack_citest:openstack_citest@localhost/openstack_citest',
  'redis://:<password>@cache:6379/0',
  'DefaultEndpointsProtocol=https;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
  `SK${'0'.repeat(32)}`,
  // Three or more per provider: stand-ins, wrong checksums, public or test-mode values, look-alike shapes.
  'AKIAXXXXXXXXXXXXXXXX',
  'AKIA1234567890',
  'aws_secret_access_key = YOUR_SECRET_ACCESS_KEY',
  `gho_${chars(BASE62, 30)}ZZZZZZ`,
  `ghu_${'A'.repeat(36)}`,
  `github_pat_${'X'.repeat(22)}_${'X'.repeat(59)}`,
  'github_pat_11ABCDEFG',
  'glpat-<personal-access-token>',
  'glpat-12345',
  'xoxp-000000000000-000000000000-000000000000-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  'xoxb-123',
  'xoxa-2-your-app-token',
  'https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX',
  'https://hooks.slack.com/services/...',
  `pk_live_${chars(BASE62, 24)}`, // Stripe publishable key: public by design
  'rk_test_51H8tKxL2eZvKYlo2C0123456',
  'AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
  'AIzaSyShort',
  'AccountKey=<storage-account-key>',
  `DefaultEndpointsProtocol=https;AccountName=demo;AccountKey=${'A'.repeat(86)}==`,
  'SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
  `AC${chars(HEX, 32)}`, // Twilio account SID: an identifier, not a secret
  'SG.your-api-key',
  'SG.<key>.<secret>',
  `npm_${chars(BASE62, 36)}`, // npm shape, checksum of random characters: wrong
  `npm_${'x'.repeat(36)}`,
  'pypi-AgEIcHlwaS5vcmc...',
  'pypi-xxxxxxxxxxxxxxxx',
  'sk-...',
  `sk-${chars(URL_SAFE, 48)}`, // no `T3BlbkFJ`: not an OpenAI key
  'sk-ant-api03-xxxxxxxx',
  'sk-ant-<your-key>',
  '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0\n-----END PUBLIC KEY-----',
  '-----BEGIN ENCRYPTED PRIVATE KEY-----\n<paste the key here>\n-----END ENCRYPTED PRIVATE KEY-----',
  'postgresql://app@db-prod.internal/app',
  'mongodb://admin:admin@mongo.prod.internal:27017',
  'postgres://app:%(password)s@db-prod.internal/app',
];
