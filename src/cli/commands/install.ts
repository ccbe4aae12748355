// `install` / `uninstall`: put the hook shim where git runs hooks, or take it away and restore what was there.
import type { ParsedArgs } from '../args.js';
import type { Io } from '../io.js';
import { writeLine } from '../io.js';
import { UserFacingError } from '../../errors.js';
import { locateProject } from '../../git/repo.js';
import { gitContext } from '../../git/command.js';
import { hookPaths, hooksDirectory, installHook, uninstallHook, type HookName } from '../../git/hooks.js';

function hookTarget(args: ParsedArgs, io: Io): { directory: string; name: HookName } {
  const location = locateProject(io.cwd, io.env);
  if (!location.root) throw new UserFacingError('not a git repository: run install inside the repository whose commits should be reviewed');
  const name = ((args.options.get('hook') as string | undefined) ?? 'pre-commit') as HookName;
  return { directory: hooksDirectory(gitContext(io.cwd, io.env)), name };
}

export async function runInstall(args: ParsedArgs, io: Io): Promise<number> {
  const { directory, name } = hookTarget(args, io);
  const paths = hookPaths(directory, name);
  const outcome = installHook(directory, name, args.options.get('force') === true);
  const said = outcome.kind === 'kept-edited'
    ? `installed the ${name} hook: ${paths.hook}; the installed hook had been edited: your version is kept as ${outcome.edited}`
    : {
      installed: `installed the ${name} hook: ${paths.hook}`,
      updated: `updated the ${name} hook: ${paths.hook}`,
      chained: `installed the ${name} hook: ${paths.hook}; the hook that was there runs first (${paths.chained})`,
      replaced: `installed the ${name} hook: ${paths.hook}; the hook that was there is kept as ${paths.backup}`,
    }[outcome.kind];
  writeLine(io.stdout, said);
  return 0;
}

export async function runUninstall(args: ParsedArgs, io: Io): Promise<number> {
  const { directory, name } = hookTarget(args, io);
  const paths = hookPaths(directory, name);
  const outcome = uninstallHook(directory, name);
  const said = {
    absent: `no ${name} hook installed at ${paths.hook}`,
    removed: `removed the ${name} hook: ${paths.hook}`,
    'restored-chained': `removed the review-security ${name} hook; restored the previous one at ${paths.hook}`,
    'restored-backup': `removed the review-security ${name} hook; restored the backup at ${paths.hook}`,
  }[outcome];
  writeLine(io.stdout, said);
  return 0;
}
