// The rule contract: static metadata readable without running anything, plus `create`, which returns the
// node handlers the engine's single walk dispatches to.
import type { SyntaxNode } from '../python/syntax.js';
import type { ModuleFacts } from '../python/module.js';

export type Level = 'low' | 'medium' | 'high';
export const LEVELS: readonly Level[] = ['low', 'medium', 'high'];
export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}

export const CATEGORIES = [
  'sql-injection', 'command-injection', 'code-injection', 'deserialization', 'xss', 'csrf', 'template-injection',
  'insecure-transport', 'weak-crypto', 'weak-random', 'hardcoded-secret', 'path-traversal', 'xxe', 'ssrf',
  'open-redirect', 'insecure-config', 'exception-handling', 'assert-used', 'missing-timeout', 'ldap-injection',
  'xpath-injection', 'nosql-injection', 'header-injection', 'regex-injection', 'mass-assignment', 'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_TITLES: Record<Category, string> = {
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

type Cost = 'fast' | 'deep';

interface RuleDocs {
  why: string;
  /** Code the rule flags; each example must produce at least one finding of this rule. */
  bad: string[];
  /** Look-alike code the rule accepts; each example must produce no finding of this rule. */
  good: string[];
  references?: string[];
}

export type OptionValue = string | number | boolean | string[];
/** A rule's options by name: camelCase names (`tmpDirs`), each with its default's type. */
export type RuleOptions = Record<string, OptionValue>;

export interface RuleMeta<Options extends RuleOptions = RuleOptions> {
  /** Kebab-case name that reads as "allow ___": `subprocess-shell-true`. */
  id: string;
  /** Bandit ids (`B602`) and Ruff codes (`S602`) that name the same check. */
  aliases: string[];
  category: Category;
  cwe: number;
  severity: Level;
  confidence: Level;
  cost: Cost;
  message: string;
  fix: string;
  docs: RuleDocs;
  /** False for rules the `recommended` preset leaves off (noisy without context); `strict` turns them on. */
  recommended?: boolean;
  /**
   * Default option values, camelCase names; users override them in config (`rules.<id>.options`), where the config
   * loader also accepts the snake_case spelling of a name with a notice.
   */
  options?: Options;
  /**
   * The shape every string of an option must have (a string option, or each entry of a list), checked when the
   * config is loaded: `wrappers: { pattern: /^…:…$/, example: 'pkg.run:use_shell' }`.
   */
  optionFormats?: Partial<Record<keyof Options & string, { pattern: RegExp; example: string }>>;
  /**
   * Words the rule cannot report without. A file whose source holds none of them is skipped: the rule is not even
   * created for it, so its handlers never run there. Most files concern few rules, so this is what keeps a whole-repo
   * review near the cost of parsing. They must be sound: a rule matching the qualified name `os.chmod` needs `chmod`,
   * which every spelling of the call (`os.chmod`, `from os import chmod as ch`, `getattr(os, "chmod")`) writes out.
   * Leave them out for rules that can report on any file.
   */
  triggers?: Triggers | ((options: Readonly<Options>) => Triggers);
  /**
   * The calls the rule's `call` handler looks at, by the last segment of their qualified name (`Popen` for
   * `subprocess.Popen`, `execute` for any `.execute()`); the engine hands it no other call, and tells them apart
   * without resolving scopes (`ModuleFacts.calleeLastNames`). Repeats do no harm; names ending in `()` cannot be
   * listed (the engine then hands the rule every call). Leave out
   * when the handler wants every call.
   */
  callees?: readonly string[] | ((options: Readonly<Options>) => readonly string[]);
  /**
   * The calls the rule's `call` handler looks at, by the name of a keyword argument they pass (`/^verify$/`,
   * `/^shell$/`): found from `word=` in the text. With `callees` as well, a call that meets either is handed over.
   */
  calleeKeywords?: RegExp;
}

/**
 * Any one entry present triggers the rule. A string that is an identifier matches a whole word of the source
 * (`chmod`, not `fchmodat`); any other string matches as a substring (`0.0.0.0`, `/tmp`); a RegExp is tested
 * against the source text (write it to match within an identifier: `/passw/i`); an array of identifiers needs every one of them (`marshal.load`
 * needs both `marshal` and `load`: either alone is a common word).
 */
export type Triggers = readonly (string | RegExp | readonly string[])[];

export interface ReportDescriptor {
  node: SyntaxNode;
  message?: string;
  severity?: Level;
  confidence?: Level;
  /** Data-flow evidence, source first: `request.GET["q"] (line 12)`. */
  flow?: string[];
  /**
   * The sink is fed a proven constant or a sanitised value: kept in the analysis (the cache holds content-only
   * results) and shown only by `--profile audit`, for auditors who want everything Bandit reports.
   */
  auditOnly?: boolean;
  /** The finding is a hard-coded credential: the engine masks it in every text of every finding of the file. */
  credential?: Credential;
}

/**
 * How sure a finding is that a hard-coded value is a working credential, which policy reads: `provider-format` (an
 * exact provider format, valid checksum) keeps its level in test code, since a live key in a test is still leaked;
 * `entropy` (a random-looking value under a secret name) blocks outside test code; `name` (a value under a password
 * name) and `key-material` (a private key, a password in a URL: no provider to be live at, and test suites hold them
 * as fixtures) follow the usual policy.
 */
export type CredentialEvidence = 'provider-format' | 'key-material' | 'entropy' | 'name';

export interface Credential {
  evidence: CredentialEvidence;
  /** The secret as written in the source, in the pieces it is written in (lines, concatenated literals). */
  fragments: string[];
}

export interface RuleContext<Options extends RuleOptions = RuleOptions> {
  readonly module: ModuleFacts;
  /** The rule's defaults with the config's values over them: every option is there. */
  readonly options: Readonly<Options>;
  report(descriptor: ReportDescriptor): void;
}

export type NodeHandler = (node: SyntaxNode) => void;
// A rule may leave a type out (`undefined`) when the file cannot concern it, so the walk never visits those nodes for it.
export type RuleHandlers = Record<string, NodeHandler | undefined>;

export interface Rule<Options extends RuleOptions = RuleOptions> extends RuleMeta<Options> {
  create(context: RuleContext<Options>): RuleHandlers;
}

/**
 * A rule whose options are typed by its defaults (`defineRule<{ tmpDirs: string[] }>({ options: { tmpDirs: [...] }, ... })`):
 * `create`, `triggers` and `callees` read `options.tmpDirs` as a `string[]`, no cast. The registry holds rules of any
 * options; the engine always passes a rule the defaults merged with validated config values of the same types.
 */
export function defineRule<Options extends RuleOptions = RuleOptions>(rule: Rule<Options>): Rule {
  return rule as unknown as Rule;
}
