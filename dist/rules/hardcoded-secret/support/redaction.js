import { createHash } from 'node:crypto';
import { literalPieces } from './provider-secret-scan.js';
// Secrets never leave the analysis: findings carry a description (first characters and length), and every text a
// finding holds (statement, source line, message, flow) is masked before it reaches the cache, a report or a baseline.
/** Characters of a secret a report may show: enough to tell keys apart, too few to use (none of a short password). */
const SHOWN_PREFIX = 4;
const SHORTEST_WITH_PREFIX = 16;
/** `sk_l…, 32 characters`: what a report says about a secret instead of the secret. */
export function describeSecret(secret) {
    const shown = secret.length >= SHORTEST_WITH_PREFIX ? secret.slice(0, SHOWN_PREFIX) : '';
    return `${shown}…, ${secret.length} characters`;
}
/**
 * The mask written where a fragment was: first characters (long fragments only), length, and for random values a
 * short digest, so a baseline entry for one leaked key does not also cover another key of the same length put there.
 */
function mask(fragment) {
    const { text } = fragment;
    const shown = text.length >= SHORTEST_WITH_PREFIX ? text.slice(0, SHOWN_PREFIX) : '';
    const digest = fragment.digest ? ` #${createHash('sha256').update(text).digest('hex').slice(0, 8)}` : '';
    return `${shown}…(${text.length}${digest})`;
}
/** A secret as masking sees it: the pieces it is written in on source lines (PEM lines, `\n`-separated parts). */
export function secretFragments(secret) {
    return secret.split(/\\[rn]|\s+/).filter((piece) => piece.length >= 3);
}
/** `text` with every occurrence of every fragment masked; longer fragments first, so none is left half-masked. */
export function maskSecrets(text, fragments) {
    let masked = text;
    for (const fragment of [...fragments].sort((a, b) => b.text.length - a.text.length)) {
        if (masked.includes(fragment.text))
            masked = masked.split(fragment.text).join(mask(fragment));
    }
    return masked;
}
/** The credential held by a literal (as its constant parts are written in the source), for `report({ credential })`. */
export function credentialIn(literal, evidence) {
    return { evidence, fragments: literalPieces(literal).flatMap(secretFragments) };
}
