// What a review is asked to do, typed: the CLI translates its flags into a ReviewRequest once (src/cli/request.ts),
// as ESLint's CLI translates its options into the ESLint class's; nothing below reads a flag by name.
import type { ConfigRequest } from '../config/load.js';
import type { CommandLineSettings } from '../config/settings.js';
import { UsageError } from '../errors.js';
import type { ReviewMode } from '../report/model.js';

export type { ReviewMode };

/** Where the command runs: files, git and configs are found from `cwd`; `env` is what git and hooks gave it. */
export interface RunContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** The modes the command line asks for; at most one may be given. */
export interface ModeChoice {
  all?: boolean;
  /** `--rev A..B` */
  rev?: string;
  staged?: boolean;
  preCommit?: boolean;
  prePush?: boolean;
}

/** The command line's config choices; the mode adds where to search (`configScope`). */
export type ConfigChoice = Omit<ConfigRequest, 'search' | 'fromIndex'>;

export interface ReviewRequest {
  mode: ReviewMode;
  /**
   * PATH mode: the files and folders to review. staged, --all, --rev: pathspecs that limit the review.
   * --pre-commit: the files the pre-commit framework names. --pre-push: git's remote name and URL.
   */
  paths: string[];
  /** `--rev`: the revision range. */
  range?: string;
  config: ConfigChoice;
  settings: CommandLineSettings;
  /** PATH mode: follow symbolic links. */
  followSymlinks?: boolean;
  /** `--shard I/N`, as given. */
  shard?: string;
  /** Analysis threads, this one included; undefined = automatic. */
  jobs?: number;
  /** `--all-findings`: list findings the change did not introduce one by one. */
  allFindings?: boolean;
  /** `--changed-lines`: show only findings on lines the change adds or modifies. */
  changedLines?: boolean;
  /** `--stats`: time each rule. */
  stats?: boolean;
}

const MODE_CHOICES = [
  ['all', (choice: ModeChoice) => choice.all === true],
  ['rev', (choice: ModeChoice) => choice.rev !== undefined],
  ['pre-commit', (choice: ModeChoice) => choice.preCommit === true],
  ['pre-push', (choice: ModeChoice) => choice.prePush === true],
  ['staged', (choice: ModeChoice) => choice.staged === true],
] as const;

/**
 * The one place that decides the mode: the mode flag given (two are a usage error), else PATH mode when paths are
 * given, else the staged changes (what the hook runs).
 */
export function reviewMode(choice: ModeChoice, paths: readonly string[]): ReviewMode {
  const given = MODE_CHOICES.filter(([, isGiven]) => isGiven(choice)).map(([mode]) => mode);
  if (given.length > 1) throw new UsageError(`--${given[0]} and --${given[1]} cannot be combined`);
  if (given.length === 1) return given[0];
  return paths.length > 0 ? 'paths' : 'staged';
}

/** Reviews whose content comes from the index: their config and baseline files are read from it too when staged. */
export function readsIndex(mode: ReviewMode): boolean {
  return mode === 'staged' || mode === 'pre-commit';
}

/**
 * Where a mode's config is found: git modes search the repository's top level (so a hook or a command started in a
 * subfolder finds the project's config), PATH mode the current folder and its parents.
 */
export function configScope(mode: ReviewMode): Pick<ConfigRequest, 'search' | 'fromIndex'> {
  return { search: mode === 'paths' ? 'upward' : 'top-level', fromIndex: readsIndex(mode) };
}
