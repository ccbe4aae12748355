// Names that hold keys and secrets beyond Bandit's password words: `api_key`, `client_secret`, `signing_key`,
// `SECRET_KEY`, `private_key`, `credentials`. A name that describes a secret (`api_key_id`, `secret_name`) is not one.
import { isDescribingName, isPasswordName, nameWords } from './password-names.js';
const SECRET_WORDS = new Set(['secret', 'secrets', 'apikey', 'credential', 'credentials', 'privatekey', 'passphrase']);
// `key` alone names dict keys, cache keys, sort keys: only with a word that makes it a credential.
const KEY_QUALIFIERS = new Set(['api', 'access', 'private', 'secret', 'signing', 'encryption', 'client', 'master', 'auth', 'app', 'hmac', 'jwt', 'license', 'crypt', 'cipher', 'session']);
/** True when the name stores a key or secret itself (not its id, name, URL or type). */
export function isSecretName(name) {
    if (isDescribingName(name))
        return false;
    if (isPasswordName(name))
        return true;
    const words = nameWords(name);
    return words.some((word, index) => SECRET_WORDS.has(word) || (word === 'key' && index > 0 && KEY_QUALIFIERS.has(words[index - 1])));
}
