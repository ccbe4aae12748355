// Git modes (staged, --all, --rev, --pre-commit): see src/git/staged.ts and friends.
import type { ParsedArgs } from '../cli/args.js';
import { UsageError } from '../cli/args.js';
import type { Io } from '../cli/io.js';
import type { Selection } from '../cli/commands/review.js';
import type { ProjectLocation } from './repo.js';

export async function selectGitFiles(_args: ParsedArgs, _io: Io, _location: ProjectLocation): Promise<Selection> {
  throw new UsageError('git modes are not built yet: give PATH... to review files');
}
