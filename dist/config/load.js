// Finding and reading the user's config file: cosmiconfig 9 with a TOML loader for pyproject.toml, validated
// against config/schema.json; Bandit's settings when no config of ours exists.
//
// Where (the caller says, in a ConfigRequest; src/review/request.ts answers for each mode): git modes search the
// repository's top level only, so a hook or a command started in a subfolder finds the project's config; PATH mode
// searches the current folder and each parent up to the top level (the first folder with a config wins). `--config
// FILE` skips the search, `--no-config` uses the defaults. When the review reads staged content, a config file that
// is in the index is read from the index (what is committed is what is checked); an untracked config and JavaScript
// configs (they must be imported from disk) are read from the worktree.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, relative, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { ConfigError, UserFacingError } from '../errors.js';
import { respellOptionNames, validateConfig } from './validate.js';
import { banditFromIni, banditFromToml, migrateBandit } from './bandit.js';
import { readBlob, stagedBlobs } from './staged-source.js';
import { nearMissConfigFile, nearMissToolTable } from './near-miss.js';
export const MODULE_NAME = 'review-security';
// The config libraries are loaded on first use (both ship CommonJS): most runs, the hook in a repository without a
// config among them, read no config file, and loading them cost ~35 ms of every run.
const require = createRequire(import.meta.url);
let cosmiconfigModule;
let tomlModule;
const cosmiconfigLibrary = () => (cosmiconfigModule ??= require('cosmiconfig'));
const tomlLibrary = () => (tomlModule ??= require('smol-toml'));
/** In priority order: our own files first, then the shared project files. */
const SEARCH_PLACES = [
    `.${MODULE_NAME}rc`,
    `.${MODULE_NAME}rc.json`,
    `.${MODULE_NAME}rc.yaml`,
    `.${MODULE_NAME}rc.yml`,
    `.${MODULE_NAME}rc.js`,
    `.${MODULE_NAME}rc.cjs`,
    `.${MODULE_NAME}rc.mjs`,
    `${MODULE_NAME}.config.js`,
    `${MODULE_NAME}.config.cjs`,
    `${MODULE_NAME}.config.mjs`,
    'pyproject.toml',
    'package.json',
];
const JAVASCRIPT = /\.[cm]?js$/;
/** A config file that is not valid JSON/YAML/TOML: reported as `file:line:column: what`. */
class ConfigSyntaxError extends Error {
    file;
    line;
    column;
    reason;
    constructor(file, line, column, reason) {
        super(reason);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }
}
export async function loadConfig(request, location, env = process.env) {
    const defaultRoot = location.root ?? location.cwd;
    if (request.ignoreFiles === true)
        return { config: {}, notices: [], projectRoot: defaultRoot };
    const allowJavaScript = request.refuseJavaScript !== true;
    const staged = request.fromIndex && location.root !== undefined;
    const reader = new ConfigReader(location, env, staged, allowJavaScript);
    const explicit = request.file;
    if (explicit !== undefined) {
        const filepath = resolve(location.cwd, explicit);
        if (!existsSync(filepath))
            throw new ConfigError(`--config ${explicit}: no such file`);
        if (!allowJavaScript && JAVASCRIPT.test(filepath))
            throw new ConfigError(`--config ${explicit}: JavaScript config files are refused with --no-config-js`);
        const found = await reader.read(filepath);
        if (!found) {
            const what = basename(filepath) === 'pyproject.toml' ? `no [tool.${MODULE_NAME}] table` : basename(filepath) === 'package.json' ? `no "${MODULE_NAME}" key` : 'it is empty';
            throw new ConfigError(`${reader.display(filepath)}: ${what}`);
        }
        return finish(found, reader, location);
    }
    const directories = searchDirectories(request, location, env);
    for (const directory of directories) {
        const found = await reader.search(directory);
        if (found)
            return finish(found, reader, location);
        // A file named almost like ours is a config nobody reads: say so rather than review with the defaults.
        const nearMiss = nearMissConfigFile(directory, SEARCH_PLACES, MODULE_NAME);
        if (nearMiss)
            throw new ConfigError(`${reader.display(resolve(directory, nearMiss.file))}: not a config file name review-security reads; did you mean ${nearMiss.meant}?`);
    }
    // A config of ours in the worktree whose staged copy has none (`init` appended to a tracked pyproject.toml): the
    // review reads the index, so it is not used yet; say how to fix that, not "run init" again (which refuses).
    const unstaged = reader.unstaged.map((filepath) => `config: ${reader.display(filepath)} has review-security settings in the worktree only; \`git add ${reader.display(filepath)}\` to use them in staged reviews`);
    for (const directory of directories) {
        const bandit = reader.bandit(directory, unstaged.length === 0);
        if (bandit) {
            const { config, notice } = bandit;
            return { config, notices: [...unstaged, notice], projectRoot: location.root ?? directory, bandit: bandit.migration };
        }
    }
    return { config: {}, notices: unstaged, projectRoot: defaultRoot };
}
/**
 * Git modes: the top level. PATH mode: the current folder, then each parent up to the top level (outside a
 * repository: up to the home folder or the file-system root).
 */
function searchDirectories(request, location, env) {
    if (location.root && request.search === 'top-level')
        return [location.root];
    const directories = [resolve(location.cwd)];
    const under = (directory, base) => !relative(base, directory).startsWith('..');
    const home = env.HOME ? resolve(env.HOME) : undefined;
    const stop = location.root ? resolve(location.root) : home && under(directories[0], home) ? home : undefined;
    let current = directories[0];
    while (current !== stop && dirname(current) !== current) {
        current = dirname(current);
        directories.push(current);
    }
    return directories;
}
function finish(found, reader, location) {
    const name = basename(found.filepath);
    const prefix = name === 'pyproject.toml' ? `tool.${MODULE_NAME}` : name === 'package.json' ? MODULE_NAME : '';
    const respelled = respellOptionNames(found.config, prefix);
    const problems = validateConfig(respelled.config, prefix);
    if (problems.length > 0) {
        const [first] = problems;
        const more = problems.length > 1 ? ` (and ${problems.length - 1} more ${problems.length === 2 ? 'problem' : 'problems'})` : '';
        throw new ConfigError(`${reader.display(found.filepath)}: ${first.path ? `${first.path}: ` : ''}${first.message}${more}`);
    }
    const config = { ...respelled.config };
    delete config.$schema;
    // Paths in a config file are relative to that file, wherever the command runs.
    const base = dirname(found.filepath);
    if (config.baseline)
        config.baseline = resolve(base, config.baseline);
    if (config.cache?.dir)
        config.cache = { ...config.cache, dir: resolve(base, config.cache.dir) };
    const notices = [...found.notices, ...respelled.notices.map((notice) => `${reader.display(found.filepath)}: ${notice}`)];
    return { config, filepath: found.filepath, notices, projectRoot: location.root ?? base, staged: found.staged };
}
/** The files at the top level a staged search may read from the index: our search places and Bandit's `.bandit`. */
const STAGED_CANDIDATES = [...SEARCH_PLACES, '.bandit'];
class ConfigReader {
    location;
    env;
    staged;
    explorerInstance;
    places;
    /** Staged search: files whose index copy has no settings of ours and whose worktree copy has. */
    unstaged = [];
    /** Index entries already asked about (path relative to the top level → blob id, or null when not staged). */
    stagedIds = new Map();
    constructor(location, env, staged, allowJavaScript) {
        this.location = location;
        this.env = env;
        this.staged = staged;
        this.places = SEARCH_PLACES.filter((place) => allowJavaScript || !JAVASCRIPT.test(place));
    }
    get explorer() {
        // Creating an explorer reads cosmiconfig's own meta config (package.json "cosmiconfig" key, .config/config.json)
        // from the process's cwd with cosmiconfig's loaders: re-read a file it chokes on with ours for a precise error.
        try {
            this.explorerInstance ??= cosmiconfigLibrary().cosmiconfig(MODULE_NAME, {
                searchPlaces: this.places,
                searchStrategy: 'none',
                cache: false,
                loaders: { '.json': loadJson, '.yaml': loadYaml, '.yml': loadYaml, noExt: loadYaml, '.toml': loadToml },
            });
        }
        catch (error) {
            const file = /^(?:JSON|YAML) Error in (.+?):\s*$/m.exec(error.message)?.[1];
            if (file) {
                try {
                    (file.endsWith('.json') ? loadJson : loadYaml)(file, readFileSync(file, 'utf8'));
                }
                catch (precise) {
                    throw this.userError(precise, file);
                }
            }
            throw this.userError(error, file ?? process.cwd());
        }
        return this.explorerInstance;
    }
    display(filepath) {
        const rel = relative(this.location.cwd, filepath);
        return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : filepath;
    }
    /** One file: from the index when staged mode applies to it, else from disk. Undefined when it holds no settings of ours. */
    async read(filepath) {
        const staged = this.stagedContents([filepath]).get(filepath);
        if (staged !== undefined && !JAVASCRIPT.test(filepath))
            return this.fromContent(filepath, staged);
        return this.guard(filepath, async () => {
            const result = await this.explorer.load(filepath);
            return result && !result.isEmpty ? { filepath: result.filepath, config: result.config, staged: false, notices: [] } : undefined;
        });
    }
    /** The first search place in `directory` with settings of ours. */
    async search(directory) {
        if (this.staged && this.location.root && resolve(directory) === resolve(this.location.root)) {
            const paths = this.places.map((place) => resolve(directory, place));
            const staged = this.stagedContents(paths);
            for (const filepath of paths) {
                const content = staged.get(filepath);
                const fromIndex = content !== undefined && !JAVASCRIPT.test(filepath);
                const found = fromIndex ? this.fromContent(filepath, content) : existsSync(filepath) ? await this.read(filepath) : undefined;
                if (found)
                    return found;
                if (fromIndex && this.worktreeHasSettings(filepath, content))
                    this.unstaged.push(filepath);
            }
            return undefined;
        }
        // No search place exists here: nothing to find, and no need to load cosmiconfig to say so.
        if (!this.places.some((place) => existsSync(resolve(directory, place))))
            return undefined;
        return this.guard(directory, async () => {
            const result = await this.explorer.search(directory);
            return result && !result.isEmpty ? { filepath: result.filepath, config: result.config, staged: false, notices: [] } : undefined;
        });
    }
    /** The worktree copy of a staged file differs and holds settings of ours (a syntax error there is not this run's). */
    worktreeHasSettings(filepath, staged) {
        let worktree;
        try {
            worktree = readFileSync(filepath, 'utf8');
        }
        catch {
            return false;
        }
        if (worktree === staged)
            return false;
        try {
            const config = parseContent(filepath, worktree, this);
            return config !== undefined && config !== null;
        }
        catch {
            return false;
        }
    }
    /** Bandit's settings in `directory`: `[tool.bandit]` in pyproject.toml, then `.bandit`. `initHint`: suggest `init`. */
    bandit(directory, initHint = true) {
        for (const place of ['pyproject.toml', '.bandit']) {
            const filepath = resolve(directory, place);
            const content = this.content(filepath);
            if (content === undefined)
                continue;
            let settings;
            if (place === 'pyproject.toml') {
                const data = parseTomlText(filepath, content, this);
                const table = data?.tool?.bandit;
                if (!table || typeof table !== 'object' || Array.isArray(table))
                    continue;
                settings = banditFromToml(table);
            }
            else {
                settings = banditFromIni(content);
                if (!settings)
                    continue;
            }
            const source = place === 'pyproject.toml' ? `${this.display(filepath)} [tool.bandit]` : this.display(filepath);
            const migration = { ...migrateBandit(settings, source), filepath };
            const parts = [
                settings.skips.length > 0 ? `skips ${settings.skips.join(', ')}` : '',
                settings.tests.length > 0 ? `tests ${settings.tests.join(', ')}` : '',
                settings.exclude.length > 0 ? `excludes ${settings.exclude.join(', ')}` : '',
            ].filter(Boolean);
            const ignored = migration.unmapped.length > 0 ? `; not mapped: ${migration.unmapped.join(', ')}` : '';
            const notice = `using Bandit settings from ${source}${parts.length > 0 ? ` (${parts.join('; ')})` : ''}${ignored}${initHint ? '; run `git review-security init` to write a review-security config' : ''}`;
            return { config: migration.config, notice, migration };
        }
        return undefined;
    }
    /** A file's text: the index version in staged mode when it is staged, else the worktree's. */
    content(filepath) {
        const staged = this.stagedContents([filepath]).get(filepath);
        if (staged !== undefined)
            return staged;
        try {
            return readFileSync(filepath, 'utf8');
        }
        catch {
            return undefined;
        }
    }
    stagedContents(filepaths) {
        const contents = new Map();
        const root = this.location.root;
        if (!this.staged || !root)
            return contents;
        const inside = filepaths.map((filepath) => ({ filepath, rel: relative(root, filepath).split('\\').join('/') }))
            .filter(({ rel }) => rel && !rel.startsWith('..') && !isAbsolute(rel));
        // One `git ls-files` answers for every candidate of the search (and Bandit's files after it), not one per step.
        if (inside.some(({ rel }) => !this.stagedIds.has(rel))) {
            const unasked = [...new Set([...inside.map(({ rel }) => rel), ...STAGED_CANDIDATES])].filter((rel) => !this.stagedIds.has(rel));
            const blobs = stagedBlobs(root, unasked, this.env);
            for (const rel of unasked)
                this.stagedIds.set(rel, blobs.get(rel) ?? null);
        }
        for (const { filepath, rel } of inside) {
            const blob = this.stagedIds.get(rel);
            if (!blob)
                continue;
            const text = readBlob(root, blob, this.env);
            if (text !== undefined)
                contents.set(filepath, text);
        }
        return contents;
    }
    fromContent(filepath, content) {
        const config = parseContent(filepath, content, this);
        if (config === undefined || config === null)
            return undefined;
        const notices = [];
        let worktree;
        try {
            worktree = readFileSync(filepath, 'utf8');
        }
        catch {
            worktree = undefined;
        }
        if (worktree !== content)
            notices.push(`config: using the staged version of ${this.display(filepath)} (the worktree copy differs)`);
        return { filepath, config, staged: true, notices };
    }
    async guard(where, load) {
        try {
            return await load();
        }
        catch (error) {
            throw this.userError(error, where);
        }
    }
    userError(error, where) {
        if (error instanceof UserFacingError)
            return error;
        if (error instanceof ConfigSyntaxError) {
            const position = error.line !== undefined ? `:${error.line}${error.column !== undefined ? `:${error.column}` : ''}` : '';
            return new ConfigError(`${this.display(error.file)}${position}: ${error.reason}`);
        }
        const file = error.filepath ?? where;
        const message = error instanceof Error ? error.message.split('\n').find((line) => line.trim()) ?? error.name : String(error);
        return new ConfigError(`${this.display(file)}: cannot load config: ${message}`);
    }
}
function parseContent(filepath, content, reader) {
    if (content.trim() === '')
        return undefined;
    const extension = extname(filepath);
    try {
        if (extension === '.toml')
            return loadToml(filepath, content);
        if (extension === '.json') {
            const data = loadJson(filepath, content);
            return basename(filepath) === 'package.json' ? data?.[MODULE_NAME] : data;
        }
        return loadYaml(filepath, content);
    }
    catch (error) {
        throw reader.userError(error, filepath);
    }
}
function parseTomlText(filepath, content, reader) {
    try {
        return parseToml(filepath, content);
    }
    catch (error) {
        throw reader.userError(error, filepath);
    }
}
// Loaders: each turns a parser's multi-line error into file, line, column and one sentence.
const loadJson = (filepath, content) => {
    try {
        return JSON.parse(content.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        const message = error.message;
        const offset = /at position (\d+)/.exec(message);
        const [line, column] = offset ? lineAndColumn(content, Number(offset[1])) : content.trim() ? lineAndColumn(content, content.length) : [1, 1];
        throw new ConfigSyntaxError(filepath, line, column, `invalid JSON: ${message.replace(/ in JSON at position \d+.*$/s, '').replace(/ \(line \d+ column \d+\)$/, '')}`);
    }
};
const loadYaml = (filepath, content) => {
    try {
        return cosmiconfigLibrary().defaultLoaders['.yaml'](filepath, content);
    }
    catch (error) {
        const yamlError = error;
        throw new ConfigSyntaxError(filepath, yamlError.mark ? yamlError.mark.line + 1 : undefined, yamlError.mark ? yamlError.mark.column + 1 : undefined, `invalid YAML: ${yamlError.reason ?? error.message.split('\n')[1] ?? 'parse error'}`);
    }
};
/**
 * pyproject.toml: only `[tool.review-security]` (absent = nothing here, keep searching; a near miss such as
 * `[tool.review_security]` is an error naming the right table); other .toml files whole.
 */
const loadToml = (filepath, content) => {
    const data = parseToml(filepath, content);
    if (basename(filepath) !== 'pyproject.toml')
        return data;
    const nearMiss = nearMissToolTable(data.tool, MODULE_NAME);
    if (nearMiss)
        throw new ConfigSyntaxError(filepath, undefined, undefined, `[tool.${nearMiss}] is not read; did you mean [tool.${MODULE_NAME}]?`);
    return data.tool?.[MODULE_NAME];
};
function parseToml(filepath, content) {
    try {
        return tomlLibrary().parse(content);
    }
    catch (error) {
        const tomlError = error;
        const reason = tomlError.message.replace(/^Invalid TOML document:\s*/, '').split('\n')[0];
        throw new ConfigSyntaxError(filepath, tomlError.line, tomlError.column, `invalid TOML: ${reason}`);
    }
}
function lineAndColumn(text, offset) {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return [line, offset - before.lastIndexOf('\n')];
}
