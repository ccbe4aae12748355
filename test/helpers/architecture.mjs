// The dependency checker of test/architecture.test.mjs: which part of src/ each file belongs to, what it imports
// (static, type-only, re-exports, `import()` and `require()`, found by TypeScript's own pre-processor), and which
// of those imports docs/architecture.md does not allow.
import { posix } from 'node:path';
import ts from 'typescript';

/**
 * The ```dependencies block of docs/architecture.md: `base = FILE...` and one `part -> part...` line per part.
 * Returns { base: Set<file>, allowed: Map<part, Set<part>> }.
 */
export function parseDependencyRules(markdown) {
  const block = /```dependencies\n([\s\S]*?)```/.exec(markdown);
  if (!block) throw new Error('docs/architecture.md has no ```dependencies block');
  const base = new Set();
  const allowed = new Map();
  for (const raw of block[1].split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    let match;
    if ((match = /^base\s*=\s*(.*)$/.exec(line))) {
      for (const file of match[1].split(/\s+/).filter(Boolean)) base.add(file);
    } else if ((match = /^(\S+)\s*->\s*(.*)$/.exec(line))) {
      if (allowed.has(match[1])) throw new Error(`dependencies: ${match[1]} is listed twice`);
      allowed.set(match[1], new Set(match[2].split(/\s+/).filter(Boolean)));
    } else {
      throw new Error(`dependencies: cannot read '${line}'`);
    }
  }
  return { base, allowed };
}

/** The part a file belongs to (`src/`-relative path with `/`): its top folder, `base`, or the top-level file itself. */
export function partOf(path, rules) {
  const slash = path.indexOf('/');
  if (slash >= 0) return path.slice(0, slash);
  return rules.base.has(path) ? 'base' : path;
}

/** Relative module specifiers in one file's text. */
export function importsOf(text) {
  return ts.preProcessFile(text, true, true).importedFiles.map((entry) => entry.fileName).filter((name) => name.startsWith('.'));
}

/** `./x.js` from `git/select.ts` → `git/x.ts` (TypeScript's NodeNext naming: .js is .ts, .cjs is .cts, .mjs is .mts). */
export function resolveImport(from, specifier) {
  const joined = posix.normalize(posix.join(posix.dirname(from), specifier));
  return joined.replace(/\.js$/, '.ts').replace(/\.cjs$/, '.cts').replace(/\.mjs$/, '.mts');
}

/**
 * `files`: Map of `src/`-relative path → source text. Returns one line per problem: an import the rules do not
 * allow, an import of a file that does not exist, or a file whose part the rules do not list.
 */
export function checkDependencies(files, rules) {
  const problems = [];
  for (const [path, text] of files) {
    const from = partOf(path, rules);
    if (from !== 'base' && !rules.allowed.has(from)) {
      problems.push(`${path}: part '${from}' is not listed in docs/architecture.md`);
      continue;
    }
    for (const specifier of importsOf(text)) {
      const target = resolveImport(path, specifier);
      if (target.startsWith('..')) {
        problems.push(`${path}: imports '${specifier}', outside src/`);
        continue;
      }
      if (!files.has(target)) {
        problems.push(`${path}: imports '${specifier}', which is not a file in src/`);
        continue;
      }
      const to = partOf(target, rules);
      if (to === from || to === 'base') continue;
      if (from === 'base' || !rules.allowed.get(from).has(to)) problems.push(`src/${path} imports src/${target}: ${from} -> ${to} is not allowed`);
    }
  }
  return problems;
}
