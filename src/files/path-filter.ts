// `include` / `exclude` globs: one semantics for every mode (staged, --all, --rev, folders, named files).
//
// Patterns are matched against the path relative to the project root (the repository's top level), with `/`
// separators, the way .gitignore patterns are:
// - a pattern with no `/` (other than a trailing one) matches a file or folder name at any depth:
//   `tests` and `tests/` exclude `tests/a.py` and `pkg/tests/a.py`; `test_*.py` excludes `pkg/test_x.py`;
// - a pattern with a `/` at the start or inside is anchored at the root: `./tests`, `/tests`, `tests/**` exclude the
//   top-level `tests/` only, `pkg/tests` excludes `pkg/tests/**` only;
// - a pattern that names a folder covers everything under it (`tests`, `tests/`, `tests/**` are the same);
// - `*` does not cross `/`, `**` does; `!pattern` re-includes what an earlier pattern excluded (last match wins).
import { isAbsolute, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';

interface PathFilter {
  /** True when the file at this project-relative path is reviewed. */
  accepts(projectPath: string): boolean;
}

interface CompiledPattern {
  negated: boolean;
  matches: (path: string) => boolean;
}

/** Compiles one user pattern into a matcher for the path itself and every folder above it. */
function compilePattern(pattern: string): CompiledPattern {
  let text = pattern.trim();
  const negated = text.startsWith('!');
  if (negated) text = text.slice(1);
  text = text.replace(/\\/g, '/');
  let anchored = false;
  while (text.startsWith('./')) { text = text.slice(2); anchored = true; }
  text = text.replace(/\/+$/, '');
  if (text.includes('/')) anchored = true;
  text = text.replace(/^\/+/, '').replace(/\/\*\*$/, '');
  if (text === '' || text === '.' || text === '**') return { negated, matches: () => true };
  const glob = anchored ? text : `**/${text}`;
  const matcher = picomatch([glob, `${glob}/**`], { dot: true });
  return { negated, matches: (path) => matcher(path) };
}

export function pathFilter(include: readonly string[], exclude: readonly string[]): PathFilter {
  const includes = include.map(compilePattern);
  const excludes = exclude.map(compilePattern);
  return {
    accepts(projectPath) {
      const path = normaliseProjectPath(projectPath);
      if (includes.length > 0 && !lastMatch(includes, path)) return false;
      return !lastMatch(excludes, path);
    },
  };
}

/** Last-match-wins over a gitignore-like list: true when the path ends up selected by the list. */
function lastMatch(patterns: readonly CompiledPattern[], path: string): boolean {
  let selected = false;
  for (const pattern of patterns) if (pattern.matches(path)) selected = !pattern.negated;
  return selected;
}

function normaliseProjectPath(path: string): string {
  let text = path.replace(/\\/g, '/');
  while (text.startsWith('./')) text = text.slice(2);
  return text;
}

/**
 * Turns a display path (relative to `base`: the cwd for PATH arguments, the repository root in git modes) into the
 * path relative to the project root that globs, overrides and the baseline use. Paths outside the root keep an
 * absolute form, which no relative pattern matches.
 */
export function projectPathMapper(base: string, projectRoot: string): (displayPath: string) => string {
  if (resolve(base) === resolve(projectRoot)) return normaliseProjectPath;
  return (displayPath) => {
    const absolute = resolve(base, displayPath);
    const rel = relative(projectRoot, absolute);
    if (rel.startsWith('..') || isAbsolute(rel)) return absolute.split(sep).join('/');
    return rel.split(sep).join('/');
  };
}
