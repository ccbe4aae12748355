import { argument } from '../../python/arguments.js';
import { callTableRule } from '../support/call-table.js';
import { ESCAPING_FUNCTIONS, isSafeHtml } from '../xss/support/html-escaping.js';
const members = (modules, names) => modules.flatMap((module) => names.map((name) => `${module}.${name}`));
/** The first argument folds to a constant (a literal, or a name bound once to one). */
function firstArgumentIsConstant(call, module) {
    const first = argument(call, null, 0);
    return !!first && module.isConstant(first);
}
const ESCAPED_MARKUP = new Set(ESCAPING_FUNCTIONS);
const PYCRYPTO = ['Crypto', 'Cryptodome'];
const CRYPTOGRAPHY_ALGORITHMS = ['cryptography.hazmat.primitives.ciphers.algorithms', 'cryptography.hazmat.decrepit.ciphers.algorithms'];
// Block-cipher modules of PyCrypto/PyCryptodome whose `new(key, mode)` accepts MODE_ECB.
const PYCRYPTO_BLOCK_CIPHERS = members(PYCRYPTO.map((root) => `${root}.Cipher`), ['AES', 'DES', 'DES3', 'Blowfish', 'CAST', 'ARC2']).map((module) => `${module}.new`);
const ROWS = [
    {
        id: 'insecure-hash', aliases: ['B303', 'S303', 'md5'], category: 'weak-crypto', cwe: 327, severity: 'medium', confidence: 'high',
        // hashlib.md5/sha1 are B324's (insecure-hashlib), as in Bandit ≥ 1.7.
        calls: [
            ...members(PYCRYPTO.map((root) => `${root}.Hash`), ['MD2', 'MD4', 'MD5', 'SHA']).map((module) => `${module}.new`),
            'cryptography.hazmat.primitives.hashes.MD5', 'cryptography.hazmat.primitives.hashes.SHA1',
        ],
        message: 'MD2, MD4, MD5 and SHA-1 are broken hash functions',
        fix: 'Use SHA-256 or better (Crypto.Hash.SHA256, hashes.SHA256()); for passwords use a password hash (argon2, scrypt, bcrypt, PBKDF2).',
        docs: {
            why: 'Collisions for MD5 and SHA-1 can be computed cheaply, so signatures, integrity checks and fingerprints built on them can be forged.',
            bad: ['from Crypto.Hash import MD5\ndigest = MD5.new(data).hexdigest()\n', 'from cryptography.hazmat.primitives import hashes\nalgorithm = hashes.SHA1()\n'],
            good: ['from Crypto.Hash import SHA256\ndigest = SHA256.new(data).hexdigest()\n'],
            references: ['https://cwe.mitre.org/data/definitions/327.html', 'https://shattered.io/'],
        },
    },
    {
        id: 'insecure-cipher', aliases: ['B304', 'S304', 'ciphers'], category: 'weak-crypto', cwe: 327, severity: 'high', confidence: 'high',
        // Bandit's list, plus DES3/CAST (PyCrypto/PyCryptodome) and cryptography's `decrepit` home of the legacy ciphers.
        calls: [
            ...members(PYCRYPTO.map((root) => `${root}.Cipher`), ['ARC2', 'ARC4', 'Blowfish', 'DES', 'DES3', 'CAST', 'XOR']).map((module) => `${module}.new`),
            ...members(CRYPTOGRAPHY_ALGORITHMS, ['ARC4', 'Blowfish', 'CAST5', 'IDEA', 'SEED', 'TripleDES', 'RC2']),
        ],
        message: 'insecure cipher (RC2, RC4, Blowfish, DES, 3DES, CAST, IDEA, SEED or XOR)',
        fix: 'Use AES-GCM or ChaCha20-Poly1305 (cryptography\'s AESGCM / ChaCha20Poly1305, or Crypto.Cipher.AES with MODE_GCM).',
        docs: {
            why: 'These ciphers have small blocks (64-bit: Sweet32), small keys (DES) or biased keystreams (RC4); traffic encrypted with them can be decrypted or forged.',
            bad: ['from Crypto.Cipher import DES\ncipher = DES.new(key, DES.MODE_CBC, iv)\n', 'from cryptography.hazmat.primitives.ciphers import algorithms\nalgorithm = algorithms.TripleDES(key)\n'],
            good: ['from cryptography.hazmat.primitives.ciphers.aead import AESGCM\nsealed = AESGCM(key).encrypt(nonce, data, None)\n'],
            references: ['https://cwe.mitre.org/data/definitions/327.html', 'https://sweet32.info/'],
        },
    },
    {
        // High, unlike Bandit's medium: ECB leaks the plaintext's structure whatever the key, so it blocks.
        id: 'insecure-cipher-mode', aliases: ['B305', 'S305', 'cipher_modes'], category: 'weak-crypto', cwe: 327, severity: 'high', confidence: 'high',
        calls: ['cryptography.hazmat.primitives.ciphers.modes.ECB', ...PYCRYPTO_BLOCK_CIPHERS],
        message: 'ECB mode encrypts equal blocks to equal ciphertext and leaks the structure of the data',
        fix: 'Use an authenticated mode: GCM (modes.GCM, AES.MODE_GCM) or AESGCM / ChaCha20Poly1305.',
        docs: {
            why: 'In ECB each block is encrypted on its own, so repeated plaintext blocks show through (the "ECB penguin") and blocks can be cut and pasted between messages.',
            bad: ['from cryptography.hazmat.primitives.ciphers import modes\nmode = modes.ECB()\n', 'from Crypto.Cipher import AES\ncipher = AES.new(key, AES.MODE_ECB)\n'],
            good: ['from Crypto.Cipher import AES\ncipher = AES.new(key, AES.MODE_GCM)\n'],
            references: ['https://cwe.mitre.org/data/definitions/327.html'],
        },
        // PyCrypto's `X.new(key, mode)`: only the ECB mode is flagged (PyCryptodome has no default mode; PyCrypto's
        // default ECB is not assumed, as the two share the `Crypto` package name).
        when: (call, module) => {
            const name = module.callName(call) ?? '';
            if (!name.endsWith('.new'))
                return true;
            const mode = argument(call, 'mode', 1);
            if (!mode)
                return false;
            const modeName = module.qualifiedName(mode) ?? '';
            return modeName === 'MODE_ECB' || modeName.endsWith('.MODE_ECB') || module.constant(mode) === 1;
        },
    },
    {
        // High, unlike Bandit's medium: the name-then-create race is exploitable by any local user, so it blocks.
        id: 'mktemp', aliases: ['B306', 'S306', 'mktemp_q'], category: 'other', cwe: 377, severity: 'high', confidence: 'high',
        calls: ['tempfile.mktemp'],
        message: 'tempfile.mktemp() returns a name that another process can create first (race condition)',
        fix: 'Use tempfile.mkstemp(), NamedTemporaryFile() or TemporaryDirectory(), which create the file atomically.',
        docs: {
            why: 'Between mktemp() choosing a name and the program creating the file, an attacker can create that path (often a symlink to a file of theirs or of the victim), so the program writes where the attacker wants.',
            bad: ['import tempfile\npath = tempfile.mktemp()\n'],
            good: ['import tempfile\nhandle, path = tempfile.mkstemp()\n'],
            references: ['https://docs.python.org/3/library/tempfile.html#tempfile.mktemp', 'https://cwe.mitre.org/data/definitions/377.html'],
        },
    },
    {
        id: 'mark-safe-used', aliases: ['B308', 'S308', 'mark_safe'], category: 'xss', cwe: 79, severity: 'medium', confidence: 'high',
        calls: ['django.utils.safestring.mark_safe', 'django.utils.html.mark_safe'],
        message: 'mark_safe() turns off HTML escaping: any user data inside is rendered as markup (XSS)',
        fix: 'Build HTML with django.utils.html.format_html(), which escapes every argument; keep mark_safe() for constant markup.',
        docs: {
            why: 'Django escapes everything a template prints unless it is marked safe. Marking a string that contains request data as safe lets that data inject script into the page.',
            bad: ['from django.utils.safestring import mark_safe\ndef greet(name):\n    return mark_safe("<b>%s</b>" % name)\n'],
            good: [
                'from django.utils.html import format_html\ndef greet(name):\n    return format_html("<b>{}</b>", name)\n',
                'from django.utils.safestring import mark_safe\nICON = mark_safe("<i class=\\"icon\\"></i>")  # constant markup: low severity only\n',
            ],
            references: ['https://docs.djangoproject.com/en/stable/ref/utils/#django.utils.safestring.mark_safe', 'https://cwe.mitre.org/data/definitions/79.html'],
        },
        // Bandit flags every call; like Ruff (S308) we keep constant markup out of the blocking levels.
        // Markup whose every run-time part was escaped (where it is built, or earlier as the trace shows) is an audit's.
        when: (call, module) => {
            if (firstArgumentIsConstant(call, module))
                return { severity: 'low', message: 'mark_safe() of constant markup: safe as written' };
            const first = argument(call, null, 0);
            return first && isSafeHtml(first, module, ESCAPED_MARKUP)
                ? { severity: 'low', confidence: 'low', auditOnly: true, message: 'mark_safe() of escaped markup (shown by --profile audit)' }
                : true;
        },
    },
    {
        id: 'urllib-urlopen', aliases: ['B310', 'S310', 'urllib_urlopen'], category: 'ssrf', cwe: 22, severity: 'medium', confidence: 'high',
        calls: [
            ...members(['urllib.request', 'six.moves.urllib.request', 'urllib'], ['urlopen', 'urlretrieve', 'URLopener', 'FancyURLopener']),
            'urllib2.urlopen', 'urllib2.Request',
        ],
        message: 'urlopen() also opens file:// and custom schemes: audit which URLs can reach it',
        fix: 'Check the scheme (and host) of the URL before opening it, or use an HTTP client (requests, httpx) that only speaks http(s).',
        docs: {
            why: 'urllib\'s openers follow file://, ftp:// and data: URLs as well as http(s). A URL that comes from a user can read local files or reach internal services.',
            bad: ['import urllib.request\ndef fetch(url):\n    return urllib.request.urlopen(url).read()\n'],
            good: ['import urllib.request\nPAGE = urllib.request.urlopen("https://example.org/status").read()  # constant https URL: --profile audit only\n'],
            references: ['https://docs.python.org/3/library/urllib.request.html', 'https://cwe.mitre.org/data/definitions/22.html'],
        },
        // Precision choice (as Ruff's S310): a constant http(s) URL — literal, or a Request() built from one — cannot be
        // turned into file://; `--profile audit` still lists it so Bandit users see every call.
        when: (call, module) => {
            const written = argument(call, 'url', 0) ?? argument(call, 'fullurl', null);
            if (!written)
                return true;
            // `request = Request("https://…")` then `urlopen(request)`: follow a name bound once.
            const bound = written.type === 'identifier' ? module.valuesOf(written) : undefined;
            const target = bound?.length === 1 ? bound[0] : written;
            const url = target.type === 'call' && /(^|\.)Request$/.test(module.callName(target) ?? '')
                ? argument(target, 'url', 0)
                : target;
            const value = url ? module.constant(url) : undefined;
            return typeof value === 'string' && /^https?:\/\//i.test(value)
                ? { severity: 'low', confidence: 'low', auditOnly: true, message: 'urlopen() of a constant http(s) URL (shown by --profile audit)' }
                : true;
        },
    },
    {
        id: 'telnet-call', aliases: ['B312', 'S312', 'telnetlib'], category: 'insecure-transport', cwe: 319, severity: 'high', confidence: 'high',
        calls: ['telnetlib.Telnet'],
        message: 'Telnet sends everything, passwords included, in clear text',
        fix: 'Use SSH (paramiko, asyncssh) instead of Telnet.',
        docs: {
            why: 'Telnet has no encryption or server authentication: anyone on the network path reads the session and can alter it.',
            bad: ['import telnetlib\nsession = telnetlib.Telnet("switch.example", 23)\n'],
            good: ['import paramiko\nclient = paramiko.SSHClient()\n'],
            references: ['https://cwe.mitre.org/data/definitions/319.html'],
        },
    },
    {
        id: 'ftp-call', aliases: ['B321', 'S321', 'ftplib'], category: 'insecure-transport', cwe: 319, severity: 'high', confidence: 'high',
        // Only plain FTP (as Bandit ≥ 1.7): ftplib.FTP_TLS encrypts the session.
        calls: ['ftplib.FTP'],
        message: 'FTP sends credentials and data in clear text',
        fix: 'Use SFTP (paramiko) or ftplib.FTP_TLS with prot_p().',
        docs: {
            why: 'Plain FTP has no encryption: the login and every file cross the network readable and modifiable by anyone on the path.',
            bad: ['import ftplib\nsession = ftplib.FTP("ftp.example", "user", password)\n'],
            good: ['import ftplib\nsession = ftplib.FTP_TLS("ftp.example")\nsession.prot_p()\n'],
            references: ['https://cwe.mitre.org/data/definitions/319.html'],
        },
    },
];
export const DANGEROUS_CALL_RULES = ROWS.map(callTableRule);
