// `npm run demo`: the main job on a throwaway repository. Installs the pre-commit hook, stages a vulnerable file and
// a clean one, shows the blocked commit, then commits the clean file alone and shows it pass. Cleans up after itself.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url));
const app = fileURLToPath(new URL('./app/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'review-security-demo-'));
const repo = join(scratch, 'shop');
const bin = join(scratch, 'bin');

// `git review-security` finds `git-review-security` on PATH, as after `npm install -g git-review-security`.
mkdirSync(bin);
symlinkSync(cli, join(bin, 'git-review-security'));
writeFileSync(join(scratch, 'gitconfig'), '');
const env = {
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('GIT_'))),
  PATH: `${bin}:${process.env.PATH}`,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: join(scratch, 'gitconfig'),
  GIT_AUTHOR_NAME: 'Demo', GIT_AUTHOR_EMAIL: 'demo@example.com',
  GIT_COMMITTER_NAME: 'Demo', GIT_COMMITTER_EMAIL: 'demo@example.com',
};

function sh(command, args, { show = true, quiet = false } = {}) {
  if (show) console.log(`\n$ ${[command, ...args].map((arg) => (/[\s"]/.test(arg) ? `'${arg}'` : arg)).join(' ')}`);
  const result = spawnSync(command, args, { cwd: repo, env, encoding: 'utf8' });
  if (result.error) throw result.error;
  const output = `${result.stdout}${result.stderr}`.trimEnd();
  if (!quiet && output) console.log(output);
  return result;
}

let ok = false;
try {
  console.log(`A throwaway repository in ${repo}`);
  mkdirSync(join(repo, 'app'), { recursive: true });
  sh('git', ['init', '-q', '-b', 'main'], { show: false });
  sh('git', ['review-security', 'install']);
  copyFileSync(join(app, 'views.py'), join(repo, 'app', 'views.py'));
  copyFileSync(join(app, 'safe.py'), join(repo, 'app', 'safe.py'));
  sh('git', ['add', 'app/views.py', 'app/safe.py']);
  const blocked = sh('git', ['commit', '-m', 'Add search, thumbnails and sessions']);
  console.log(`\n(exit code ${blocked.status}: the hook blocked the commit; nothing was committed)`);

  sh('git', ['rm', '-q', '--cached', 'app/views.py']);
  const passed = sh('git', ['commit', '-q', '-m', 'Add the safe versions']);
  console.log(`(exit code ${passed.status}: the hook passed silently, as hooks do on a clean commit; app/safe.py is committed)`);
  sh('git', ['log', '--oneline', '--stat']);
  const again = sh('git', ['review-security', '--rev', 'HEAD']);
  console.log(`\n(the same blob again: answered from the cache under .git/review-security/)`);
  ok = blocked.status === 1 && passed.status === 0 && again.status === 0;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
if (!ok) {
  console.error('\nThe demo did not go as expected (is dist/ built? run `npm run build`).');
  process.exitCode = 1;
}
