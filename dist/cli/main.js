// The only place that turns outcomes into exit codes: 0 nothing blocking · 1 blocking findings · 2 any error.
import { helpText, parseArgs, UsageError } from './args.js';
import { writeLine } from './io.js';
import { TOOL_VERSION } from '../version.js';
/** An error whose message is meant for the user as it is (config, git, input). */
export class UserFacingError extends Error {
}
export async function main(argv, io) {
    try {
        const args = parseArgs(argv);
        if (args.options.get('version')) {
            writeLine(io.stdout, `git-review-security ${TOOL_VERSION}`);
            return 0;
        }
        if (args.options.get('help') || args.command === 'help') {
            io.stdout.write(helpText(TOOL_VERSION));
            return 0;
        }
        switch (args.command) {
            case undefined:
            case 'review':
                return await (await import('./commands/review.js')).runReview(args, io);
            default:
                return await (await import('./commands/index.js')).runCommand(args.command, args, io);
        }
    }
    catch (error) {
        if (error instanceof UsageError || error instanceof UserFacingError) {
            writeLine(io.stderr, `git-review-security: ${error.message}`);
            return 2;
        }
        const message = error instanceof Error ? error.message : String(error);
        writeLine(io.stderr, `git-review-security: internal error: ${message}${io.env.REVIEW_SECURITY_DEBUG ? `\n${error.stack}` : ' (set REVIEW_SECURITY_DEBUG=1 for details)'}`);
        return 2;
    }
}
