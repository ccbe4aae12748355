import { UsageError } from '../../errors.js';
export async function runCommand(command, args, io) {
    switch (command) {
        case 'rules':
            return (await import('./rules.js')).runRules(args, io);
        case 'explain':
            return (await import('./rules.js')).runExplain(args, io);
        case 'install':
            return (await import('./install.js')).runInstall(args, io);
        case 'uninstall':
            return (await import('./install.js')).runUninstall(args, io);
        case 'cache':
            return (await import('./cache.js')).runCache(args, io);
        case 'baseline':
            return (await import('./baseline.js')).runBaseline(args, io);
        case 'init':
            return (await import('./init.js')).runInit(args, io);
        default:
            throw new UsageError(`'${command}' is not available in this build`);
    }
}
