#!/usr/bin/env node
// Exported names of src/ that nothing else uses: no other file of src/, test/, scripts/, bench/ or demo/ names
// them. A word match counts as a use, so the check errs towards keeping an export. Prints `file: name` per dead
// export, exit code 1 when there is any; test/architecture.test.mjs runs it too. Run: node scripts/dead-exports.mjs
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXPORT = /^export\s+(?:declare\s+)?(?:async\s+)?(?:function\*?|const|let|class|interface|type|enum|abstract\s+class)\s+([A-Za-z_$][\w$]*)/gm;

/** The project's files: src/ sources, and every file that may use them. */
export function projectFiles(root = ROOT) {
  const list = (dir, pattern) => readdirSync(join(root, dir), { recursive: true })
    .map((name) => join(dir, name))
    .filter((path) => pattern.test(path) && !/node_modules|^test\/fixtures|^bench\/results/.test(path) && statSync(join(root, path)).isFile());
  const read = (paths) => new Map(paths.map((path) => [path, readFileSync(join(root, path), 'utf8')]));
  const sources = read(list('src', /\.c?ts$/));
  const users = read(['test', 'scripts', 'bench', 'demo'].flatMap((dir) => list(dir, /\.(mjs|cjs|js|ts)$/)));
  return { sources, users };
}

/** `path: name` of every export of `sources` that no other file of `sources` or `users` names. */
export function deadExports({ sources, users }) {
  const readers = [...sources, ...users];
  const dead = [];
  for (const [path, text] of sources) {
    for (const [, name] of text.matchAll(EXPORT)) {
      const word = new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`);
      if (!readers.some(([reader, other]) => reader !== path && word.test(other))) dead.push(`${path}: ${name}`);
    }
  }
  return dead;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dead = deadExports(projectFiles());
  for (const line of dead) console.log(line);
  process.exitCode = dead.length > 0 ? 1 : 0;
}
