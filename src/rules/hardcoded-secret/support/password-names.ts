// Which names hold passwords and tokens (Bandit's B105–B107 word list), and which string values look like a real
// secret rather than a field name, label, message, URL or placeholder.

// Bandit's words: `(pas+wo?r?d|pass(phrase)?|pwd|token|secrete?)`, as a whole word of the name.
const SECRET_WORD = /^(?:pas+wo?r?d|pass(?:phrase)?|pwd|token|secrete?)$/i;

/** The words of an identifier: `db_password`, `authToken`, `NextToken`, `X-Auth-Token` → lower-case words. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase());
}

/** A cheap first test: the text mentions one of the words at all. */
export const PASSWORD_HINT = /pas|pwd|token|secret/i;

/** True when a word of the name is one of Bandit's password words (`password`, `db_pass`, `api_token`, `SECRET`). */
export function isPasswordName(name: string): boolean {
  return PASSWORD_HINT.test(name) && nameWords(name).some((word) => SECRET_WORD.test(word));
}

// Words that make a name describe a secret rather than hold it: `token_type`, `password_field`, `token_url`,
// `token_fail_reason`, `input_token` (AWS paginator keys), tokenizer markers (`eos_token`, `pad_token`).
const DESCRIBING_WORDS = new Set([
  'type', 'kind', 'url', 'uri', 'endpoint', 'host', 'field', 'fields', 'name', 'label', 'prompt', 'hint', 'message', 'msg',
  'reason', 'error', 'err', 'text', 'title', 'description', 'desc', 'help', 'header', 'param', 'parameter', 'attr',
  'attribute', 'column', 'col', 'env', 'var', 'variable', 'setting', 'option', 'path', 'file', 'filename', 'dir', 'pattern',
  'regex', 're', 'format', 'fmt', 'template', 'prefix', 'suffix', 'separator', 'sep', 'delimiter', 'policy', 'length',
  'len', 'min', 'max', 'count', 'expiry', 'expires', 'expiration', 'ttl', 'timeout', 'lifetime', 'age', 'placeholder',
  'input', 'output', 'split', 'start', 'end', 'begin', 'eos', 'bos', 'pad', 'unk', 'mask', 'cls', 'id', 'ids', 'uuid', 'arn', 'ref', 'version', 'index',
  'idx', 'position', 'pos', 'char', 'chars', 'class', 'widget', 'validator', 'reset', 'change', 'forgot', 'changed',
  'rotation', 'strength', 'algorithm', 'algo', 'scheme', 'method', 'source', 'location', 'mode', 'scope', 'scopes',
]);
// What handles the secret, as the name's last word: `PASSWORD_HASHER = "argon2"`, `SECRET_BACKEND = "vault"` (but
// `SECRET_BACKEND_PASSWORD` holds one).
const HANDLER_WORDS = new Set(['hasher', 'hashers', 'backend', 'backends', 'provider', 'providers', 'storage', 'store', 'manager', 'handler', 'engine']);

/** True when the name is about a secret (its type, field, URL, error message…) rather than the secret itself. */
export function isDescribingName(name: string): boolean {
  const words = nameWords(name);
  return words.some((word) => DESCRIBING_WORDS.has(word)) || HANDLER_WORDS.has(words[words.length - 1]);
}

// Placeholders that cannot be a working secret: `<password>`, `${TOKEN}`, `{{ secret }}`, `%(pw)s`, `[PAD]`, `***`.
const PLACEHOLDER = /^(?:<[^<>]*>|\$\{[^}]*\}|\$[A-Z_][A-Z0-9_]*|\{\{?[^{}]*\}?\}|%\(\w+\)s|%s|\[[^\]]*\]|(.)\1*)$/;

/**
 * Why a string value assigned to a password-like name is not a hard-coded secret, or undefined when it looks like
 * one. Deliberately kept: weak real passwords such as `"hunter2"`, `"12345"` or `"MyNewPass"` (a default credential
 * that ships is a finding).
 */
export function notASecret(name: string, value: string): string | undefined {
  const text = value.trim();
  if (text === '') return 'empty';
  if (PLACEHOLDER.test(text) || /^(?:none|null|nil|undefined|true|false|change[-_ ]?(?:me|it))$/i.test(text)) return 'placeholder';
  // A pattern that validates secrets: `[0-9a-zA-Z]{1,12}`, `^\w{8,}$`.
  if (/\[[^\]]+\][*+?{]|\\[dwsS]|^\^.*\$$/.test(text)) return 'pattern';
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^\.{0,2}\//.test(text)) return 'URL or path';
  // Prose: error messages and prompts (`"Token has expired"`, `"Enter your password:"`); passphrases excepted.
  if (/\s/.test(text) && !nameWords(name).includes('passphrase')) return 'message';
  if (isLabel(name, text)) return 'label';
  if (isDescribingName(name)) return 'describing name';
  return undefined;
}

/**
 * A value that names the field rather than filling it: the name's own words (`PASSWORD = "password"`,
 * `DB_PASSWORD = "password"`), or a key, header or attribute spelling of a secret word (`"auth_token"`, `"X-Auth-Token"`,
 * `"user.password"`, `"accessToken"`). A glued capitalised value (`"MyNewPass"`, `"SuperSecretPassword"`) or another
 * word (`EMAIL_PASSWORD = "secret"`) fills it: weak, and reported.
 */
function isLabel(name: string, text: string): boolean {
  if (!/^[A-Za-z][\w.-]*$/.test(text)) return false;
  const words = nameWords(text);
  if (!words.every((word) => /^[a-z]+$/.test(word))) return false;
  const own = new Set(nameWords(name));
  if (words.every((word) => own.has(word))) return true;
  const spelledAsKey = /[_.-]/.test(text) || /^[a-z]+[A-Z]/.test(text);
  return spelledAsKey && words.some((word) => SECRET_WORD.test(word));
}

/**
 * For `token == "…"` comparisons, also skip what parsers compare tokens with: keywords and sentinels in capitals
 * (`"COLLATE"`, `"NOTPROVIDED"`) and words too short to be a password (`"is"`, `"not"`).
 */
export function notASecretComparison(name: string, value: string): string | undefined {
  const reason = notASecret(name, value);
  if (reason) return reason;
  if (value.length < 4) return 'too short';
  if (/^[A-Z][A-Z_]*$/.test(value)) return 'keyword';
  return undefined;
}

// Values that announce themselves as stand-ins for a signing key: still reported by the key rules, at low severity.
const STAND_IN = /change|dummy|fake|test|placeholder|example|replace|your[-_ ]|not[-_ ]?(a[-_ ])?secret|^x+$|^secret$|^dev$|^\*+$/i;

/** True for a key value written to be replaced (`"change-me"`, `"dev"`, `"your-secret-key"`). */
export function announcesStandIn(value: string): boolean {
  // A template placeholder (`<generate-one>`, `${SECRET_KEY}`) is for a human to fill in, as an example file has it.
  return STAND_IN.test(value) || GENERATE_ME.test(value) || PLACEHOLDER.test(value.trim());
}
const GENERATE_ME = /generate|insert|fill[-_ ]?in|set[-_ ]?me|todo|fixme/i;
