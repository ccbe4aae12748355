// `git review-security baseline [PATH...]`: record the current findings so they stop blocking (src/review/record-baseline.ts).
import { relative } from 'node:path';
import { writeLine } from '../io.js';
import { modeChoice, reviewRequest } from '../request.js';
import { UsageError } from '../../errors.js';
import { locateProject } from '../../git/repo.js';
import { recordBaseline } from '../../review/record-baseline.js';
export async function runBaseline(args, io) {
    const location = locateProject(io.cwd, io.env);
    const given = modeChoice(args);
    const everything = args.positionals.length === 0 && given.rev === undefined && !given.staged;
    if (everything && !location.root)
        throw new UsageError('baseline: give PATH... to review outside a git repository');
    const request = reviewRequest(args, everything ? { ...given, all: true } : given);
    const written = await recordBaseline(request, everything, io, location);
    const shown = relative(io.cwd, written.file) || written.file;
    writeLine(io.stdout, `wrote ${shown}: ${written.recorded} ${written.recorded === 1 ? 'finding' : 'findings'} in ${written.files} ${written.files === 1 ? 'file' : 'files'} from ${written.scanned} reviewed${written.kept > 0 ? `, ${written.kept} kept for files not reviewed` : ''}${written.dropped > 0 ? `, ${written.dropped} previous entries replaced` : ''}`);
    writeLine(io.stdout, 'these findings no longer block; new ones (including new copies of these) still do. Commit the file to share it.');
    return 0;
}
