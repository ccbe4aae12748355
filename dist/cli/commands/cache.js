// `cache clear` / `cache info`: the blob cache of this repository (or of --cache-dir / the configured dir).
import { resolve } from 'node:path';
import { writeLine } from '../io.js';
import { commandLineSettings, settingsConfigRequest } from '../request.js';
import { InputOutputError, UsageError, UserFacingError } from '../../errors.js';
import { loadConfig } from '../../config/load.js';
import { resolveSettings } from '../../config/settings.js';
import { cacheDirFor, cacheDirProblem, locateProject } from '../../git/repo.js';
import { CacheDirError, cacheRootProblem, cacheStats, clearCache } from '../../cache/blob-cache.js';
export async function runCache(args, io) {
    const [action = 'info', ...extra] = args.positionals;
    if (extra.length > 0 || (action !== 'clear' && action !== 'info'))
        throw new UsageError(`usage: git review-security cache clear|info`);
    const location = locateProject(io.cwd, io.env);
    const settings = resolveSettings(commandLineSettings(args), (await loadConfig(settingsConfigRequest(args), location)).config);
    const configured = settings.cache.dir ?? cacheDirFor(location);
    if (!configured)
        throw new UserFacingError('not a git repository and no --cache-dir: there is no cache here');
    const dir = resolve(io.cwd, configured);
    // Refused as the review refuses it: a folder that is not a cache of ours is never cleared.
    const problem = cacheRootProblem(dir) ?? cacheDirProblem(location, dir, io.env);
    if (problem)
        throw new InputOutputError(`cache dir ${problem}`);
    if (action === 'clear') {
        let removed;
        try {
            removed = clearCache(dir);
        }
        catch (error) {
            if (error instanceof CacheDirError)
                throw new InputOutputError(`cache dir ${error.message}`);
            throw error;
        }
        writeLine(io.stdout, `cleared the cache at ${dir} (${removed.entries} ${removed.entries === 1 ? 'entry' : 'entries'}, ${formatBytes(removed.bytes)})`);
    }
    else {
        const stats = cacheStats(dir);
        writeLine(io.stdout, `cache at ${dir}: ${stats.entries} ${stats.entries === 1 ? 'entry' : 'entries'}, ${formatBytes(stats.bytes)}`);
    }
    return 0;
}
function formatBytes(bytes) {
    return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
