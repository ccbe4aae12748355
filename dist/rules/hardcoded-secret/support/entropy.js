// Shannon entropy of a string, judged against the character set it is written in: a random hex key cannot reach
// the entropy of a random base64 key, and no string can exceed log2 of its length. Thresholds are a fraction of
// what a random string of that set and length reaches, measured in test/secrets.test.mjs.
const HEX = { name: 'hex', size: 16, minLength: 20 };
const BASE64 = { name: 'base64', size: 64, minLength: 20 };
const PRINTABLE = { name: 'printable', size: 94, minLength: 16 };
/** The smallest set the value is written in, or undefined for text with spaces or non-ASCII (prose, not keys). */
export function characterSet(value) {
    if (/^(?:[0-9a-f]+|[0-9A-F]+)$/.test(value))
        return HEX;
    if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(value))
        return BASE64;
    if (/^[\x21-\x7e]+$/.test(value))
        return PRINTABLE;
    return undefined;
}
/** Bits per character. */
function shannonEntropy(value) {
    const counts = new Map();
    for (const char of value)
        counts.set(char, (counts.get(char) ?? 0) + 1);
    let entropy = 0;
    for (const count of counts.values()) {
        const p = count / value.length;
        entropy -= p * Math.log2(p);
    }
    return entropy;
}
/**
 * Random keys reach 0.9–1.0 of the ceiling log2(min(length, set size)); identifiers, words in camel case and
 * sequences (`abcdef0123456789`) stay lower or fail the mix check below. 0.8 keeps 20-character keys.
 */
export const RANDOMNESS_THRESHOLD = 0.8;
/** How close the value's entropy comes to that of a random string of its set and length (0–1). */
export function randomness(value, set) {
    return shannonEntropy(value) / Math.log2(Math.min(value.length, set.size));
}
/** True when the value reads as a random key: long enough, random enough, and mixing character classes. */
export function looksRandom(value) {
    const set = characterSet(value);
    if (!set || value.length < set.minLength || randomness(value, set) < RANDOMNESS_THRESHOLD)
        return false;
    // Words glued together (`ThisIsMySecretKeyValue`) have no digits; hex keys need digits and letters both.
    const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((kind) => kind.test(value)).length;
    return set.name === 'hex' ? /[0-9]/.test(value) && /[a-fA-F]/.test(value) : classes >= 3 || (classes === 2 && /[0-9]/.test(value) && value.length >= 32);
}
