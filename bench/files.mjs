// File collection shared by the bench scripts: arguments are folders (walked, `*.py`, symlinks skipped), files, or
// `@LIST` (one path a line) — the same collection perf-anchors' scripts used.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function collectPythonFiles(args) {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.endsWith('.py')) out.push(path);
    }
  };
  for (const arg of args) {
    if (arg.startsWith('@')) out.push(...readFileSync(arg.slice(1), 'utf8').split('\n').filter(Boolean));
    else if (statSync(arg).isDirectory()) walk(arg);
    else out.push(arg);
  }
  return out;
}
