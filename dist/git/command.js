// Running git: a child process with the inherited environment, so the GIT_INDEX_FILE / GIT_DIR a hook receives
// are honoured (simple-git would strip them). Every call runs in the directory the command started in.
import { spawn, spawnSync } from 'node:child_process';
import { isAbsolute, resolve } from 'node:path';
import { GitError } from '../errors.js';
/** Variables git may give a hook as paths relative to the hook's working directory. */
const PATH_VARIABLES = ['GIT_INDEX_FILE', 'GIT_DIR', 'GIT_WORK_TREE', 'GIT_COMMON_DIR', 'GIT_OBJECT_DIRECTORY'];
/** Resolves the relative paths git hands a hook (`GIT_INDEX_FILE=.git/index` on a plain commit) against `cwd`, once, at start-up. */
export function gitContext(cwd, env) {
    const resolved = { ...env };
    for (const name of PATH_VARIABLES) {
        const value = env[name];
        if (value && !isAbsolute(value))
            resolved[name] = resolve(cwd, value);
    }
    // Never take optional locks or write an opportunistically refreshed index: the review only reads.
    resolved.GIT_OPTIONAL_LOCKS = '0';
    return { cwd, env: resolved };
}
/** Runs `git ARGS` and returns its stdout as bytes; a failure becomes one clear line for the user. */
export function runGit(context, args, input) {
    const result = spawnSync('git', args, {
        cwd: context.cwd,
        env: context.env,
        input,
        maxBuffer: 2 ** 31 - 1,
        stdio: ['pipe', 'pipe', 'pipe'],
    });
    if (result.error)
        throw spawnFailure(args, result.error);
    if (result.status !== 0)
        throw gitFailure(args, result.status, result.stderr);
    return result.stdout;
}
export function startGit(context, args) {
    const output = new Promise((resolve, reject) => {
        const child = spawn('git', args, { cwd: context.cwd, env: context.env, stdio: ['ignore', 'pipe', 'pipe'] });
        const stdout = [];
        const stderr = [];
        child.stdout.on('data', (chunk) => stdout.push(chunk));
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        child.on('error', (error) => reject(spawnFailure(args, error)));
        child.on('close', (status) => (status === 0 ? resolve(Buffer.concat(stdout)) : reject(gitFailure(args, status, Buffer.concat(stderr)))));
    });
    // Read or not: a run that stops before it needs the answer must not die of an unhandled rejection.
    output.catch(() => undefined);
    return { args, output };
}
function spawnFailure(args, error) {
    const code = error.code;
    return new GitError(code === 'ENOENT' ? 'git is not installed or not on PATH' : `git ${args[0]} failed: ${error.message}`);
}
function gitFailure(args, status, stderr) {
    const reason = stderr.toString('utf8').trim().split('\n').find((line) => line.trim()) ?? `exit code ${status}`;
    return new GitError(`git ${args.filter((arg) => !arg.startsWith('-')).slice(0, 1).join(' ')} failed: ${reason.replace(/^(fatal|error): /, '')}`);
}
export function runGitText(context, args) {
    return runGit(context, args).toString('utf8').replace(/\n$/, '');
}
/** Like runGit, but a non-zero exit is an answer (`rev-parse --verify -q`), not an error: undefined. */
export function tryGitText(context, args) {
    const result = spawnSync('git', args, { cwd: context.cwd, env: context.env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    if (result.error || result.status !== 0)
        return undefined;
    return result.stdout.replace(/\n$/, '');
}
