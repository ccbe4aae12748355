// Real-world corpora for benchmarks and precision checks, fetched from Debian (never committed):
// OpenStack Nova and Django as installed Python packages. `node bench/corpora.mjs` prints their paths.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export const CORPUS_DIR = process.env.REVIEW_SECURITY_CORPORA ?? join(homedir(), '.cache', 'git-review-security-bench');

const PACKAGES = {
  nova: { deb: 'python3-nova', tree: 'usr/lib/python3/dist-packages/nova' },
  django: { deb: 'python3-django', tree: 'usr/lib/python3/dist-packages/django' },
};

/** Path of the corpus' package folder (e.g. …/nova/usr/lib/python3/dist-packages/nova), fetching it if missing. */
export function ensureCorpus(name) {
  const spec = PACKAGES[name];
  if (!spec) throw new Error(`unknown corpus ${name}`);
  const root = join(CORPUS_DIR, name);
  const tree = join(root, spec.tree);
  if (existsSync(tree)) return tree;
  mkdirSync(root, { recursive: true });
  const download = join(CORPUS_DIR, 'debs');
  mkdirSync(download, { recursive: true });
  try {
    execFileSync('apt-get', ['download', spec.deb], { cwd: download, stdio: 'pipe' });
  } catch {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'pipe' });
    execFileSync('apt-get', ['download', spec.deb], { cwd: download, stdio: 'pipe' });
  }
  const deb = readdirSync(download).find((file) => file.startsWith(`${spec.deb}_`) && file.endsWith('.deb'));
  if (!deb) throw new Error(`apt-get download ${spec.deb} produced no .deb`);
  rmSync(root, { recursive: true, force: true });
  execFileSync('dpkg', ['-x', join(download, deb), root]);
  return tree;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const name of process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(PACKAGES)) console.log(`${name}: ${ensureCorpus(name)}`);
}
