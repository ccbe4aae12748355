import { defineRule } from '../types.js';
import { argument, keywordArgument } from '../../python/arguments.js';
import { statementOf } from '../../python/syntax.js';
import { HOLE } from '../../python/literals.js';
const WEAK_HASHES = new Set(['md4', 'md5', 'sha', 'sha1']);
const WEAK_CRYPT_METHODS = new Set(['METHOD_CRYPT', 'METHOD_MD5', 'METHOD_BLOWFISH']);
export default defineRule({
    id: 'insecure-hashlib',
    aliases: ['B324', 'S324', 'hashlib'],
    category: 'weak-crypto',
    cwe: 327,
    severity: 'high',
    confidence: 'high',
    cost: 'fast',
    message: 'MD4, MD5 and SHA-1 are broken for security use',
    fix: 'Use hashlib.sha256() or better; for passwords use hashlib.scrypt / argon2 / bcrypt. If the hash is not a security control (cache key, ETag), say so: hashlib.md5(data, usedforsecurity=False).',
    triggers: ['hashlib', 'crypt'],
    // Reported: hashlib.{md4,md5,sha,sha1,new} and crypt.{crypt,mksalt}, matched on callName's last segment.
    callees: [...WEAK_HASHES, 'new', 'crypt', 'mksalt'],
    docs: {
        why: 'Collisions for MD5 and SHA-1 are cheap to compute, so signatures, integrity checks and tokens built on them can be forged; as password hashes they are fast to brute-force. crypt.crypt() with crypt.METHOD_CRYPT or a written-out DES salt (two characters, no `$`) is high severity (8-character passwords, brute-forced in hours); MD5-crypt (`$1$`, crypt.METHOD_MD5) is medium. `usedforsecurity=False` (Python 3.9+) documents a non-security use and is accepted. MD5/SHA-1 are also used everywhere for cache keys, ETags and file fingerprints, so the finding is high severity (blocking) only when the statement or the enclosing function names what the hash protects (password, token, signature, secret, HMAC…); when they name a non-security use instead (ETag, cache key, checksum, shard, bucket, a git object id or content address) it is shown only by `--profile audit`; otherwise it is reported at medium. Bandit reports every call as high.',
        bad: [
            'import hashlib\ndigest = hashlib.md5(password.encode()).hexdigest()\n',
            'import hashlib\nh = hashlib.new("SHA1")\n',
            'import crypt\nhashed = crypt.crypt(password, crypt.METHOD_MD5)\n',
            'import crypt\nhashed = crypt.crypt(password, "ab")  # DES crypt\n',
            'import crypt\nhashed = crypt.crypt(password, "$1$" + salt)  # MD5-crypt\n',
        ],
        good: [
            'import hashlib\ndigest = hashlib.sha256(data).hexdigest()\n',
            'import hashlib\nkey = hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()\n',
            'import hashlib\netag = \'"%s"\' % hashlib.md5(body).hexdigest()\n',
            'import hashlib\nh = hashlib.new("sha256")\n',
            'import crypt\nhashed = crypt.crypt(password, crypt.mksalt(crypt.METHOD_SHA512))\n',
            'import crypt\nok = crypt.crypt(password, stored_hash) == stored_hash  # verifying: the stored hash picks the scheme\n',
        ],
        references: ['https://docs.python.org/3/library/hashlib.html', 'https://cwe.mitre.org/data/definitions/327.html'],
    },
    create(context) {
        // Only resolved names of these modules match: skip files that never import them.
        if (!context.module.importsModule('hashlib') && !context.module.importsModule('crypt'))
            return {};
        const module = context.module;
        return {
            call(node) {
                const name = module.callName(node);
                if (!name)
                    return;
                const dot = name.lastIndexOf('.');
                const owner = name.slice(0, dot);
                const func = name.slice(dot + 1);
                if (owner === 'hashlib') {
                    const used = keywordArgument(node, 'usedforsecurity');
                    if (used && module.constant(used) === false)
                        return;
                    let algorithm;
                    if (WEAK_HASHES.has(func))
                        algorithm = func;
                    else if (func === 'new') {
                        const named = argument(node, 'name', 0);
                        const value = named ? module.constant(named) : undefined;
                        if (typeof value === 'string' && WEAK_HASHES.has(value.toLowerCase()))
                            algorithm = value.toLowerCase();
                    }
                    if (!algorithm)
                        return;
                    // MD5/SHA1 are everywhere as cache keys, ETags and file fingerprints: block only with a sign of a secret.
                    const evidence = securityEvidence(node, module);
                    if (evidence)
                        context.report({ node, message: `weak ${algorithm.toUpperCase()} hash used for ${evidence}: use SHA-256 or better (a password hash such as hashlib.scrypt for passwords)` });
                    else {
                        // A hash the code names as an ETag, cache key or shard is not a security control: audit only.
                        const auditOnly = namesNonSecurityUse(node, module);
                        context.report({ node, severity: 'medium', auditOnly, message: `weak ${algorithm.toUpperCase()} hash: if it protects nothing (cache key, checksum) pass usedforsecurity=False; for security use SHA-256 or better` });
                    }
                }
                else if (owner === 'crypt' && (func === 'crypt' || func === 'mksalt')) {
                    const method = func === 'crypt' ? argument(node, 'salt', 1) : argument(node, 'method', 0);
                    const methodName = method ? module.qualifiedName(method)?.split('.').pop() : undefined;
                    if (methodName && WEAK_CRYPT_METHODS.has(methodName)) {
                        context.report({ node, severity: methodName === 'METHOD_CRYPT' ? 'high' : 'medium', message: `crypt.${methodName} is a weak password hash` });
                        return;
                    }
                    // A salt written out names its scheme: `$1$…` is MD5-crypt; no `$` prefix is the original DES crypt.
                    const scheme = func === 'crypt' && method ? cryptSaltScheme(method, module) : undefined;
                    if (scheme)
                        context.report({ node, severity: scheme.severity, message: `crypt.crypt() with a ${scheme.name} salt: ${scheme.why}` });
                }
            },
        };
    },
});
const DES_CRYPT = { name: 'DES', why: 'only the first 8 characters of the password count and a GPU tries every one in hours', severity: 'high' };
const MD5_CRYPT = { name: 'MD5 ($1$)', why: 'MD5-crypt is fast enough to brute-force; use $6$ (SHA-512) via crypt.mksalt(crypt.METHOD_SHA512) or a modern hash', severity: 'medium' };
/** The scheme a folded salt selects, when its start is written out and weak. */
function cryptSaltScheme(salt, module) {
    const text = module.fold(salt)?.text;
    if (!text || text.startsWith(HOLE))
        return undefined;
    if (text.startsWith('$1$'))
        return MD5_CRYPT;
    return text.startsWith('$') || text.startsWith('_') ? undefined : DES_CRYPT;
}
const SECURITY_WORDS = /passw|passphrase|pwd|secret|token|auth|signature|\bsign\b|_sign|sign_|hmac|credential|api_?key|private_?key|nonce|salt|otp|session|csrf|integrity|cert/i;
// Gravatar addresses avatars by the MD5 of the e-mail address: the protocol fixes the hash. Content addressing (git
// object ids, content-addressed stores) names objects by their hash: the format fixes SHA-1, it guards nothing.
const NON_SECURITY_WORDS = /cache|etag|checksum|fingerprint|file_?name|filename|dedup|shard|bucket|partition|gravatar|avatar|object_?id|\boid\b|blob_?id|content_?(?:hash|address|id)/i;
/** The statement or the enclosing function names a non-security use, and neither names a security one. */
function namesNonSecurityUse(call, module) {
    const texts = [statementOf(call).text.slice(0, 400), module.functionAt(call)?.childForFieldName('name')?.text ?? ''];
    return texts.some((text) => NON_SECURITY_WORDS.test(text)) && !texts.some((text) => SECURITY_WORDS.test(text));
}
/** What the hash protects, from the statement's text or the enclosing function's name, if it says. */
function securityEvidence(call, module) {
    const statement = statementOf(call).text.slice(0, 400);
    const owner = module.functionAt(call)?.childForFieldName('name')?.text ?? '';
    for (const text of [statement, owner]) {
        if (NON_SECURITY_WORDS.test(text))
            return undefined;
        const match = SECURITY_WORDS.exec(text);
        if (!match)
            continue;
        // Name the whole word the evidence sits in (`password`, `make_token`), not the fragment matched.
        const word = /\w*$/.exec(text.slice(0, match.index))[0] + match[0] + /^\w*/.exec(text.slice(match.index + match[0].length))[0];
        return text === owner ? `${owner}()` : `'${word}'`;
    }
    return undefined;
}
