import { defineRule } from '../types.js';
import { lastName, nameTrigger } from '../support/name-triggers.js';
import { argument } from '../../python/arguments.js';
// A fixed CBC IV blocks like a fixed nonce: it turns the cipher deterministic (equal prefixes show, and a chosen-
// plaintext attacker can confirm guesses block by block, as in BEAST). A fixed KDF salt stays medium: a salt on
// key derivation from a high-entropy secret (HKDF-style) is a common, harmless design.
const SEVERITY = { nonce: 'high', iv: 'high', salt: 'medium' };
const RISK = {
    nonce: 'a fixed nonce/IV in a stream or AEAD mode reuses the keystream: two messages XOR to each other and GCM tags can be forged',
    iv: 'a fixed CBC IV makes equal plaintext prefixes encrypt to equal ciphertext',
    salt: 'a fixed salt lets one precomputed table crack every password hashed with it',
};
const PYCRYPTODOME_CIPHERS = ['AES', 'DES', 'DES3', 'Blowfish', 'CAST', 'ARC2'].flatMap((cipher) => ['Crypto', 'Cryptodome'].map((root) => `${root}.Cipher.${cipher}.new`));
const PYCRYPTODOME_STREAMS = ['ChaCha20', 'Salsa20', 'ChaCha20_Poly1305'].flatMap((cipher) => ['Crypto', 'Cryptodome'].map((root) => `${root}.Cipher.${cipher}.new`));
const MODES = 'cryptography.hazmat.primitives.ciphers.modes';
const AEAD = ['AESGCM', 'AESCCM', 'AESOCB3', 'AESGCMSIV', 'ChaCha20Poly1305'].map((cipher) => `cryptography.hazmat.primitives.ciphers.aead.${cipher}().encrypt`);
const KDF = 'cryptography.hazmat.primitives.kdf';
/** Calls taking an IV, nonce or salt, by qualified name (PyCryptodome's `new` is decided by its mode, below). */
const PARAMETERS = new Map([
    [`${MODES}.CBC`, { keyword: 'initialization_vector', position: 0, role: 'iv' }],
    ...['OFB', 'CFB', 'CFB8', 'GCM'].map((mode) => [`${MODES}.${mode}`, { keyword: 'initialization_vector', position: 0, role: 'nonce' }]),
    [`${MODES}.CTR`, { keyword: 'nonce', position: 0, role: 'nonce' }],
    ['cryptography.hazmat.primitives.ciphers.algorithms.ChaCha20', { keyword: 'nonce', position: 1, role: 'nonce' }],
    ...AEAD.map((name) => [name, { keyword: 'nonce', position: 0, role: 'nonce' }]),
    ...PYCRYPTODOME_STREAMS.map((name) => [name, { keyword: 'nonce', position: null, role: 'nonce' }]),
    ['hashlib.pbkdf2_hmac', { keyword: 'salt', position: 2, role: 'salt' }],
    ['hashlib.scrypt', { keyword: 'salt', position: null, role: 'salt' }],
    [`${KDF}.pbkdf2.PBKDF2HMAC`, { keyword: 'salt', position: 2, role: 'salt' }],
    [`${KDF}.scrypt.Scrypt`, { keyword: 'salt', position: 0, role: 'salt' }],
    ...['Crypto', 'Cryptodome'].flatMap((root) => ['PBKDF2', 'scrypt'].map((kdf) => [`${root}.Protocol.KDF.${kdf}`, { keyword: 'salt', position: 1, role: 'salt' }])),
    ['bcrypt.hashpw', { keyword: 'salt', position: 1, role: 'salt' }],
    ['argon2.low_level.hash_secret', { keyword: 'salt', position: 1, role: 'salt' }],
    ['argon2.low_level.hash_secret_raw', { keyword: 'salt', position: 1, role: 'salt' }],
]);
/** PyCryptodome modes whose third argument is a nonce rather than a CBC IV. */
const CBC_MODES = new Set(['MODE_CBC']);
/** True when the bytes are fixed in the source: a literal, `b"\0" * 16`, `bytes(16)`, or a name bound to one. */
function isStatic(node, module, depth = 0) {
    if (depth > 4)
        return false;
    const value = module.constant(node);
    if (typeof value === 'string')
        return true;
    switch (node.type) {
        case 'binary_operator': {
            if (node.childForFieldName('operator')?.text !== '*')
                return false;
            const sides = [node.childForFieldName('left'), node.childForFieldName('right')];
            const known = sides.every((side) => !!side && (module.isConstant(side) || isStatic(side, module, depth + 1)));
            return known && sides.some((side) => !!side && isStatic(side, module, depth + 1));
        }
        case 'call': {
            const name = module.callName(node);
            const first = argument(node, null, 0);
            return (name === 'bytes' || name === 'bytearray') && !!first && module.isConstant(first);
        }
        case 'identifier': {
            const values = module.valuesOf(node);
            return values?.length === 1 && isStatic(values[0], module, depth + 1);
        }
        case 'parenthesized_expression':
            return !!node.firstNamedChild && isStatic(node.firstNamedChild, module, depth + 1);
        default:
            return false;
    }
}
export default defineRule({
    id: 'static-iv-or-salt',
    aliases: [],
    category: 'weak-crypto',
    cwe: 329,
    severity: 'high',
    confidence: 'high',
    cost: 'fast',
    message: 'a fixed IV, nonce or salt is written into the code',
    fix: 'Generate a fresh value per message or per password: os.urandom(16) (or secrets.token_bytes) for IVs and salts, os.urandom(12) for GCM nonces; store it next to the ciphertext or hash.',
    triggers: [...PARAMETERS.keys(), ...PYCRYPTODOME_CIPHERS].map(nameTrigger),
    callees: [...new Set([...PARAMETERS.keys(), ...PYCRYPTODOME_CIPHERS].map(lastName))],
    docs: {
        why: 'IVs, nonces and salts exist to make each encryption or password hash unique. A constant nonce in CTR, GCM, OFB, CFB or ChaCha20 reuses the keystream: XOR two ciphertexts and the key is not even needed, and GCM authentication can be forged. A constant CBC IV makes the cipher deterministic: it leaks which messages start alike and lets a chosen-plaintext attacker confirm guesses block by block. Both are high severity and block. A constant password salt lets one precomputed table crack every hash: medium. Values from os.urandom, secrets or a parameter are not reported.',
        bad: [
            'from Crypto.Cipher import AES\ndef encrypt(key, data):\n    return AES.new(key, AES.MODE_CBC, iv=b"0000000000000000").encrypt(data)\n',
            'from cryptography.hazmat.primitives.ciphers.aead import AESGCM\nNONCE = b"\\x00" * 12\ndef seal(key, data):\n    return AESGCM(key).encrypt(NONCE, data, None)\n',
            'import hashlib\ndef hash_password(password):\n    return hashlib.pbkdf2_hmac("sha256", password.encode(), b"static-salt", 600000)\n',
        ],
        good: [
            'import os\nfrom Crypto.Cipher import AES\ndef encrypt(key, data):\n    iv = os.urandom(16)\n    return iv + AES.new(key, AES.MODE_CBC, iv=iv).encrypt(data)\n',
            'import os\nfrom cryptography.hazmat.primitives.ciphers.aead import AESGCM\ndef seal(key, data):\n    nonce = os.urandom(12)\n    return nonce + AESGCM(key).encrypt(nonce, data, None)\n',
            'import hashlib, os\ndef hash_password(password):\n    salt = os.urandom(16)\n    return salt + hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600000)\n',
        ],
        references: ['https://cwe.mitre.org/data/definitions/329.html', 'https://cwe.mitre.org/data/definitions/760.html', 'https://cryptography.io/en/latest/hazmat/primitives/symmetric-encryption/#modes'],
    },
    create(context) {
        const { module } = context;
        const pycryptodome = new Set(PYCRYPTODOME_CIPHERS);
        /** PyCryptodome's `AES.new(key, mode, iv)`: the mode says whether the value is an IV or a nonce. */
        const cipherParameter = (call) => {
            const mode = argument(call, 'mode', 1);
            const modeName = lastName(mode ? module.qualifiedName(mode) ?? '' : '');
            const role = CBC_MODES.has(modeName) ? 'iv' : 'nonce';
            return { value: argument(call, 'iv', 2) ?? argument(call, 'nonce', null), role };
        };
        return {
            call(node) {
                const name = module.callName(node);
                if (name === undefined)
                    return;
                let found;
                if (pycryptodome.has(name))
                    found = cipherParameter(node);
                else {
                    const parameter = PARAMETERS.get(name);
                    if (parameter)
                        found = { value: argument(node, parameter.keyword, parameter.position), role: parameter.role };
                }
                if (!found?.value || !isStatic(found.value, module))
                    return;
                context.report({ node: found.value, severity: SEVERITY[found.role], message: `fixed ${found.role === 'iv' ? 'IV' : found.role} passed to ${name.replace(/\(\)/g, '').split('.').slice(-2).join('.')}(): ${RISK[found.role]}` });
            },
        };
    },
});
