// Finding and reading the user's config file (cosmiconfig; pyproject.toml; Bandit migration).
import type { ParsedArgs } from '../cli/args.js';
import type { ProjectLocation } from '../git/repo.js';
import type { UserConfig } from './settings.js';

export interface LoadedConfig {
  config: UserConfig;
  /** The file it came from, if any. */
  filepath?: string;
  notices: string[];
}

export async function loadConfig(_args: ParsedArgs, _location: ProjectLocation): Promise<LoadedConfig> {
  return { config: {}, notices: [] };
}
