import { UsageError } from '../args.js';
export async function runCommand(command, args, io) {
    switch (command) {
        case 'rules':
            return (await import('./rules.js')).runRules(args, io);
        case 'explain':
            return (await import('./rules.js')).runExplain(args, io);
        default:
            throw new UsageError(`'${command}' is not available in this build`);
    }
}
