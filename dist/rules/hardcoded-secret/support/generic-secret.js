// Why a literal under a secret name is not a random-looking secret (hardcoded-high-entropy-secret's exclusions).
import { notASecret } from './password-names.js';
import { looksRandom } from './entropy.js';
import { findNamedSecret, findProviderSecrets } from './provider-secret-scan.js';
import { isStandInValue } from './provider-formats.js';
// Digests of empty input: checksums of "nothing", written as defaults and test vectors, never keys.
const EMPTY_INPUT_DIGESTS = new Set([
    'd41d8cd98f00b204e9800998ecf8427e', // MD5
    'da39a3ee5e6b4b0d3255bfef95601890afd80709', // SHA-1
    'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', // SHA-256
    '38b060a751ac96384cd9327eb1b1e36a21fdb71114be07434c0cc7bf63f6e1da274edebfe76f65fbd51ad2f14898b95b', // SHA-384
    'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e', // SHA-512
]);
/** Runs such as `abcdef`, `012345`: keyboard-made values, not random ones. */
function hasSequence(value) {
    let run = 1;
    for (let index = 1; index < value.length; index++) {
        run = value.charCodeAt(index) - value.charCodeAt(index - 1) === 1 ? run + 1 : 1;
        if (run >= 6)
            return true;
    }
    return false;
}
/** Why a literal under a secret name is not a random-looking secret, or undefined when it is one. */
export function notAGenericSecret(name, value) {
    const excuse = notASecret(name, value);
    if (excuse)
        return excuse;
    if (isStandInValue(value))
        return 'stand-in';
    if (EMPTY_INPUT_DIGESTS.has(value.toLowerCase()))
        return 'digest of empty input';
    // Stripe's publishable keys are public by design, and test-mode keys reach no money.
    if (/^(?:pk_(?:live|test)|[sr]k_test)_/.test(value))
        return 'public or test-mode key';
    // Identifiers and constants (`HMAC_SHA256_V2`, `postgres_password_2024`): one case and underscores.
    if (/^(?:[A-Z0-9]+(?:_[A-Z0-9]+)+|[a-z0-9]+(?:_[a-z0-9]+)+)$/.test(value))
        return 'identifier';
    if (hasSequence(value))
        return 'sequence';
    if (!looksRandom(value))
        return 'not random';
    // Words glued together (`ThisIsNotARealSecretKey123`): random letters are a fifth vowels, English about two fifths.
    const letters = value.replace(/[^A-Za-z]/g, '');
    if (!/^[0-9a-fA-F]+$/.test(value) && letters.length > 0 && (letters.match(/[aeiou]/gi)?.length ?? 0) / letters.length > 0.35)
        return 'words';
    // Reported by the provider rule, with the provider's name.
    if (findProviderSecrets(value).length > 0 || findNamedSecret(name, value))
        return 'provider format';
    return undefined;
}
