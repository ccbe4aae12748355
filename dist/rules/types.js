export const LEVELS = ['low', 'medium', 'high'];
export function levelRank(level) {
    return LEVELS.indexOf(level);
}
export const CATEGORIES = [
    'sql-injection', 'command-injection', 'code-injection', 'deserialization', 'xss', 'csrf', 'template-injection',
    'insecure-transport', 'weak-crypto', 'weak-random', 'hardcoded-secret', 'path-traversal', 'xxe', 'ssrf',
    'open-redirect', 'insecure-config', 'exception-handling', 'assert-used', 'missing-timeout', 'ldap-injection',
    'xpath-injection', 'nosql-injection', 'header-injection', 'regex-injection', 'mass-assignment', 'other',
];
export const CATEGORY_TITLES = {
    'sql-injection': 'SQL injection', 'command-injection': 'Command injection', 'code-injection': 'Code injection',
    deserialization: 'Unsafe deserialization', xss: 'Cross-site scripting (XSS)', csrf: 'Cross-site request forgery (CSRF)',
    'template-injection': 'Template injection', 'insecure-transport': 'Insecure transport', 'weak-crypto': 'Weak cryptography',
    'weak-random': 'Weak randomness', 'hardcoded-secret': 'Hard-coded secrets', 'path-traversal': 'Path traversal',
    xxe: 'XML external entities', ssrf: 'Server-side request forgery', 'open-redirect': 'Open redirect',
    'insecure-config': 'Insecure configuration', 'exception-handling': 'Exception handling', 'assert-used': 'Assert used',
    'missing-timeout': 'Missing timeout', 'ldap-injection': 'LDAP injection',
    'xpath-injection': 'XPath injection', 'nosql-injection': 'NoSQL injection', 'header-injection': 'HTTP header injection',
    'regex-injection': 'Regular expression injection (ReDoS)', 'mass-assignment': 'Mass assignment', other: 'Other',
};
/**
 * A rule whose options are typed by its defaults (`defineRule<{ tmpDirs: string[] }>({ options: { tmpDirs: [...] }, ... })`):
 * `create`, `triggers` and `callees` read `options.tmpDirs` as a `string[]`, no cast. The registry holds rules of any
 * options; the engine always passes a rule the defaults merged with validated config values of the same types.
 */
export function defineRule(rule) {
    return rule;
}
