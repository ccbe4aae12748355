// Credential formats of service providers: one row per provider, each with the public spec of its format. A match
// (and, where the format has one, a valid checksum) is a live-looking credential, whatever name holds it.
// The algorithms that read these rows are in provider-secret-scan.ts.
import { crc32 } from 'node:zlib';
// Boundaries for tokens made of `[A-Za-z0-9_-]`: `\b` would end a token at `-`.
const START = '(?<![A-Za-z0-9_-])';
const END = '(?![A-Za-z0-9_-])';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** GitHub's and npm's token checksum: the last 6 characters are the base62 CRC32 of the 30 random ones before. */
export function hasValidBase62Checksum(token, prefixLength) {
    const body = token.slice(prefixLength, -6);
    let value = crc32(body);
    let encoded = '';
    for (; value > 0; value = Math.floor(value / 62))
        encoded = BASE62[value % 62] + encoded;
    return encoded.padStart(6, '0') === token.slice(-6);
}
// Documented example credentials: they have the exact format and are published on purpose.
const DOCUMENTED_EXAMPLES = new Set([
    'AKIAIOSFODNN7EXAMPLE', // AWS IAM user guide
    'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', // AWS IAM user guide
    // Azurite / Azure storage emulator's well-known account key (devstoreaccount1)
    'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
]);
/** A value written to be replaced: `xxxx`, `0000…`, `your-key`, `EXAMPLE`, `...`, or a documented example. */
export function isStandInValue(value) {
    return DOCUMENTED_EXAMPLES.has(value)
        || /(.)\1{5}|x{4}|\.\.\.|example|your[-_]?|dummy|fake|sample|placeholder|redacted|changeme/i.test(value);
}
// Passwords in URLs that are clearly not real: the word itself, defaults of local setups, template fields.
const URL_PASSWORD_STAND_INS = /^(?:(?:my|your|db)?[-_]?(?:pass(?:word|wd)?|pwd|secret)|changeme|change_?me|admin|root|test|guest|postgres|mysql|redis|rabbitmq|user|s3cr3t|\*+|x+|\.+)$/i;
/** `abcd0123`, `1234`: runs of four consecutive characters, the way example passwords are typed. */
function hasTypedRun(value) {
    return /abcd|bcde|cdef|0123|1234|2345|3456|4567|5678|6789/i.test(value);
}
const LOCAL_HOST = /^(?:localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[?::1\]?|[\w.-]*\.(?:local|localhost|test|example|invalid)|(?:[\w-]+\.)*example\.(?:com|org|net)|host|hostname|server|db|database)$/i;
export const TEXT_FORMATS = [
    {
        provider: 'AWS access key id',
        pattern: new RegExp(`${START}(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}${END}`, 'g'),
        accept: ([id]) => !id.endsWith('EXAMPLE') && !isStandInValue(id),
        evidence: 'provider-format',
        spec: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids',
    },
    {
        provider: 'AWS secret access key',
        pattern: /aws_?secret_?access_?key["']?\s*[:=]\s*["']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])/gi,
        secretGroup: 1,
        accept: (match) => !isStandInValue(match[1]),
        evidence: 'provider-format',
        spec: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
    },
    {
        provider: 'GitHub token',
        pattern: new RegExp(`${START}gh[pousr]_[A-Za-z0-9]{36}${END}`, 'g'),
        accept: ([token]) => hasValidBase62Checksum(token, 4),
        evidence: 'provider-format',
        spec: 'https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/',
    },
    {
        provider: 'GitHub fine-grained token',
        pattern: new RegExp(`${START}github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}${END}`, 'g'),
        accept: ([token]) => !isStandInValue(token),
        evidence: 'provider-format',
        spec: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats',
    },
    {
        provider: 'GitLab token',
        pattern: new RegExp(`${START}glpat-[A-Za-z0-9_-]{20,}${END}`, 'g'),
        accept: ([token]) => !isStandInValue(token),
        evidence: 'provider-format',
        spec: 'https://docs.gitlab.com/security/tokens/#token-prefixes',
    },
    {
        provider: 'Slack token',
        pattern: new RegExp(`${START}xox[abposr]-\\d{6,}-(?:\\d{6,}-){0,2}[A-Za-z0-9]{24,64}${END}`, 'g'),
        accept: ([token]) => !isStandInValue(token),
        evidence: 'provider-format',
        spec: 'https://api.slack.com/authentication/token-types',
    },
    {
        provider: 'Slack webhook',
        pattern: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/([A-Za-z0-9]{24})(?![A-Za-z0-9])/g,
        secretGroup: 1,
        accept: (match) => !isStandInValue(match[0]),
        evidence: 'provider-format',
        spec: 'https://api.slack.com/messaging/webhooks',
    },
    {
        provider: 'Stripe live key',
        pattern: new RegExp(`${START}[sr]k_live_[A-Za-z0-9]{24,247}${END}`, 'g'),
        accept: ([key]) => !isStandInValue(key),
        evidence: 'provider-format',
        spec: 'https://docs.stripe.com/keys',
    },
    {
        provider: 'Google API key',
        pattern: new RegExp(`${START}AIza[A-Za-z0-9_-]{35}${END}`, 'g'),
        accept: ([key]) => !isStandInValue(key),
        evidence: 'provider-format',
        spec: 'https://cloud.google.com/docs/authentication/api-keys',
    },
    {
        provider: 'Azure storage account key',
        pattern: /AccountKey=([A-Za-z0-9+/]{86}==)/g,
        secretGroup: 1,
        accept: (match) => !isStandInValue(match[1]),
        evidence: 'provider-format',
        spec: 'https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string',
    },
    {
        provider: 'Twilio API key',
        pattern: new RegExp(`${START}SK[0-9a-fA-F]{32}${END}`, 'g'),
        accept: ([key]) => !isStandInValue(key),
        evidence: 'provider-format',
        spec: 'https://www.twilio.com/docs/iam/api-keys',
    },
    {
        provider: 'SendGrid API key',
        pattern: new RegExp(`${START}SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}${END}`, 'g'),
        accept: ([key]) => !isStandInValue(key),
        evidence: 'provider-format',
        spec: 'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys',
    },
    {
        provider: 'npm token',
        pattern: new RegExp(`${START}npm_[A-Za-z0-9]{36}${END}`, 'g'),
        accept: ([token]) => hasValidBase62Checksum(token, 4),
        evidence: 'provider-format',
        spec: 'https://github.blog/security/announcing-npms-new-access-token-format/',
    },
    {
        provider: 'PyPI token',
        // A macaroon whose base64 starts with the issuer: `pypi.org` or `test.pypi.org`.
        pattern: new RegExp(`${START}pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,}${END}`, 'g'),
        accept: ([token]) => !isStandInValue(token),
        evidence: 'provider-format',
        spec: 'https://pypi.org/help/#apitoken',
    },
    {
        provider: 'OpenAI API key',
        // Every key format so far embeds `T3BlbkFJ`, base64 of "OpenAI".
        pattern: new RegExp(`${START}sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{16,}T3BlbkFJ[A-Za-z0-9_-]{16,}${END}`, 'g'),
        accept: ([key]) => !isStandInValue(key),
        evidence: 'provider-format',
        spec: 'https://platform.openai.com/docs/api-reference/authentication',
    },
    {
        provider: 'Anthropic API key',
        pattern: new RegExp(`${START}sk-ant-(?:api03|admin01)-[A-Za-z0-9_-]{93}AA${END}`, 'g'),
        accept: ([key]) => !isStandInValue(key),
        evidence: 'provider-format',
        spec: 'https://docs.anthropic.com/en/api/overview#authentication',
    },
    {
        provider: 'private key',
        // PEM (RFC 7468) as written in a string: real line breaks or `\n` escapes (service-account JSON), optional headers.
        pattern: /-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY(?: BLOCK)?-----(?:\\[rn]|\s)*((?:\\[rn]|[\s\w+/=:,.-])*?)-----END \1PRIVATE KEY(?: BLOCK)?-----/g,
        secretGroup: 2,
        accept: (match) => pemBody(match[2]).length >= 64 && !isStandInValue(pemBody(match[2])),
        evidence: 'key-material',
        spec: 'https://www.rfc-editor.org/rfc/rfc7468 ; https://cloud.google.com/iam/docs/keys-create-delete',
    },
    {
        provider: 'database URL with password',
        pattern: /(?<![\w+.-])(?:postgres(?:ql)?|mysql|mariadb|mssql|oracle|cockroachdb|mongodb(?:\+srv)?|rediss?|amqps?)(?:\+\w+)?:\/\/([^:/?#@\s'"]*):([^@/?#\s'"]+)@([^/?#:\s'"]+)/gi,
        secretGroup: 2,
        // Template fields (`${DB_PASSWORD}`, `%(password)s`, `{password}`, `<password>`) are not passwords.
        accept: ([, user, password, host]) => password !== user && !URL_PASSWORD_STAND_INS.test(password)
            && !isStandInValue(password) && !/[<>{}$%]/.test(password) && !hasTypedRun(password) && !LOCAL_HOST.test(host),
        evidence: 'key-material',
        spec: 'https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS ; https://www.rfc-editor.org/rfc/rfc3986#section-3.2.1',
    },
];
/** The base64 characters of a PEM body, headers (`Proc-Type: …`) and line breaks left out. */
function pemBody(body) {
    return body.split(/\\[rn]|\s+/).filter((line) => line !== '' && !line.includes(':')).join('');
}
export const NAMED_FORMATS = [
    {
        provider: 'AWS secret access key',
        name: /aws_?secret|secret_?access_?key/i,
        value: /^[A-Za-z0-9/+]{40}$/,
        accept: (value) => !isStandInValue(value) && /[0-9]/.test(value) && /[A-Z]/.test(value) && /[a-z]/.test(value),
        spec: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
    },
    {
        provider: 'Twilio auth token',
        name: /twilio.*(?:auth_?token|secret)/i,
        value: /^[0-9a-f]{32}$/,
        accept: (value) => !isStandInValue(value),
        spec: 'https://www.twilio.com/docs/iam/api/authtoken',
    },
];
/**
 * What the source must hold for any row to match: files without it are not scanned. Each entry is the shortest
 * distinctive start of a format, so that a key split over concatenated literals (`"github_" "pat_…"`) still
 * triggers; a key split inside these few characters is not found.
 */
export const PROVIDER_HINTS = [
    /AKIA|ASIA|ABIA|ACCA|gh[pousr]_|github_|glpat-|xox[abposr]-|slack\.com|[sr]k_live|AIza|AccountKey|SK[0-9a-fA-F]{4}|SG\.|npm_|pypi-|sk-|PRIVATE KEY/,
    /secret_?access|aws_?secret|twilio|postgres|mysql|mariadb|mssql|oracle|cockroach|mongodb|redis|amqp/i,
];
