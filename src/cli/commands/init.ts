// `git review-security init [FILE]`: write a config at the project root, migrating Bandit's settings when the
// project has them (`[tool.bandit]` in pyproject.toml, `.bandit`). FILE is `.review-securityrc.json` (default) or
// `pyproject.toml` (a `[tool.review-security]` table appended, the rest of the file untouched; the default when the
// Bandit settings live there). Never overwrites: refuses when a config of ours already exists.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { parse as parseToml, stringify as stringifyToml } from 'smol-toml';
import type { ParsedArgs } from '../args.js';
import type { Io } from '../io.js';
import { writeLine } from '../io.js';
import { UsageError, UserFacingError } from '../../errors.js';
import { loadConfig, MODULE_NAME } from '../../config/load.js';
import type { UserConfig } from '../../config/settings.js';
import { validateConfig } from '../../config/validate.js';
import { locateProject } from '../../git/repo.js';

const SCHEMA_HINT = './node_modules/git-review-security/config/schema.json';

const STARTER: UserConfig = {
  extends: 'recommended',
  failOn: { severity: 'high', confidence: 'medium' },
  exclude: [],
  rules: {},
};

export async function runInit(args: ParsedArgs, io: Io): Promise<number> {
  if (args.positionals.length > 1) throw new UsageError('init takes at most one FILE (.review-securityrc.json or pyproject.toml)');
  const location = locateProject(io.cwd, io.env);
  const root = location.root ?? io.cwd;
  // The config a review of the whole repository would read, searched for from the top level.
  const existing = await loadConfig({ search: 'top-level', fromIndex: false }, { ...location, cwd: root }, io.env);
  if (existing.filepath) {
    throw new UserFacingError(`a config already exists: ${relative(io.cwd, existing.filepath) || existing.filepath}; not overwritten`);
  }
  const migrated = existing.bandit;
  const config = migrated ? migrated.config : STARTER;
  const fromPyproject = migrated && basename(migrated.filepath) === 'pyproject.toml';
  const target = resolve(root, args.positionals[0] ?? (fromPyproject ? 'pyproject.toml' : `.${MODULE_NAME}rc.json`));
  const name = basename(target);
  if (validateConfig(config).length > 0) throw new Error(`init produced an invalid config: ${validateConfig(config)[0].message}`);

  if (name === 'pyproject.toml') {
    const before = existsSync(target) ? readFileSync(target, 'utf8') : '';
    const table = stringifyToml({ tool: { [MODULE_NAME]: withoutEmpty(config) } });
    const after = `${before}${before && !before.endsWith('\n') ? '\n' : ''}${before ? '\n' : ''}${table}${table.endsWith('\n') ? '' : '\n'}`;
    try {
      parseToml(after); // e.g. a `tool` defined inline cannot take a new table: refuse rather than corrupt the file
    } catch (error) {
      throw new UserFacingError(`${relative(io.cwd, target) || target}: cannot append [tool.${MODULE_NAME}] (${(error as Error).message.split('\n')[0]}); write .${MODULE_NAME}rc.json instead`);
    }
    writeFileSync(target, after);
  } else if (name.endsWith('.json')) {
    if (existsSync(target)) throw new UserFacingError(`${relative(io.cwd, target) || target} already exists; not overwritten`);
    writeFileSync(target, `${JSON.stringify({ $schema: SCHEMA_HINT, ...config }, null, 2)}\n`);
  } else {
    throw new UsageError(`init writes .${MODULE_NAME}rc.json (or another .json name) or pyproject.toml, not '${name}'`);
  }

  const shown = relative(io.cwd, target) || target;
  // Staged reviews (the hook) read a tracked config from the index: until it is staged, they would not see it.
  const stageHint = location.root ? `; \`git add ${shown}\` so that staged reviews (the hook) read it too` : '';
  if (migrated) {
    writeLine(io.stdout, `wrote ${shown} from the Bandit settings in ${migrated.source}`);
    if (migrated.unmapped.length > 0) writeLine(io.stdout, `not carried over (no equivalent here): ${migrated.unmapped.join(', ')}`);
    writeLine(io.stdout, `review-security now reads ${shown}; the Bandit settings are left as they are${stageHint}`);
  } else {
    writeLine(io.stdout, `wrote ${shown} (preset: recommended); see docs/configuration.md for every key${stageHint}`);
  }
  return 0;
}

/** TOML has no empty-list shorthand worth writing: drop keys that say nothing. */
function withoutEmpty(config: UserConfig): Record<string, unknown> {
  return Object.fromEntries(Object.entries(config).filter(([, value]) =>
    !(Array.isArray(value) && value.length === 0) && !(typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0)));
}
