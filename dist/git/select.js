import { UsageError } from '../cli/args.js';
export async function selectGitFiles(_args, _io, _location) {
    throw new UsageError('git modes are not built yet: give PATH... to review files');
}
