// Parsed arguments → the typed requests of the layers below, once: nothing under src/cli reads a flag by name
// after this, and nothing outside src/cli ever does.
import type { ConfigRequest } from '../config/load.js';
import type { CommandLineSettings } from '../config/settings.js';
import { UsageError } from '../errors.js';
import { configScope, reviewMode, type ConfigChoice, type ModeChoice, type ReviewRequest } from '../review/request.js';
import type { ParsedArgs } from './args.js';

const flag = (args: ParsedArgs, name: string): boolean | undefined => args.options.get(name) as boolean | undefined;
const text = (args: ParsedArgs, name: string): string | undefined => args.options.get(name) as string | undefined;
const list = (args: ParsedArgs, name: string): string[] | undefined => args.options.get(name) as string[] | undefined;

export function modeChoice(args: ParsedArgs): ModeChoice {
  return { all: flag(args, 'all'), rev: text(args, 'rev'), staged: flag(args, 'staged'), preCommit: flag(args, 'pre-commit'), prePush: flag(args, 'pre-push') };
}

function configChoice(args: ParsedArgs): ConfigChoice {
  return { file: text(args, 'config'), ignoreFiles: flag(args, 'no-config'), refuseJavaScript: flag(args, 'no-config-js') };
}

/** Commands that only read settings (`rules`, `cache`) read the config a review of the whole repository would. */
export function settingsConfigRequest(args: ParsedArgs): ConfigRequest {
  return { ...configChoice(args), ...configScope('all') };
}

export function commandLineSettings(args: ParsedArgs): CommandLineSettings {
  return {
    rules: list(args, 'rule'),
    profile: text(args, 'profile') as CommandLineSettings['profile'],
    failOn: text(args, 'fail-on') as CommandLineSettings['failOn'],
    failOnConfidence: text(args, 'fail-on-confidence') as CommandLineSettings['failOnConfidence'],
    minConfidence: text(args, 'min-confidence') as CommandLineSettings['minConfidence'],
    minSeverity: text(args, 'min-severity') as CommandLineSettings['minSeverity'],
    testCode: text(args, 'test-code') as CommandLineSettings['testCode'],
    cache: flag(args, 'cache'),
    cacheDir: text(args, 'cache-dir'),
    ignoreNosec: flag(args, 'ignore-nosec'),
    reportUnusedSuppressions: flag(args, 'report-unused-suppressions'),
    baseline: text(args, 'baseline'),
    newOnly: flag(args, 'new-only'),
    verbose: flag(args, 'verbose'),
    formats: list(args, 'format'),
    output: text(args, 'output'),
    maxFileBytes: text(args, 'max-file-bytes'),
    maxFileSeconds: text(args, 'max-file-seconds'),
  };
}

/** `choice` overrides the mode flags given (the `baseline` command reviews --all by default). */
export function reviewRequest(args: ParsedArgs, choice: ModeChoice = modeChoice(args)): ReviewRequest {
  return {
    mode: reviewMode(choice, args.positionals),
    paths: args.positionals,
    range: choice.rev,
    config: configChoice(args),
    settings: commandLineSettings(args),
    followSymlinks: flag(args, 'follow-symlinks') === true,
    shard: text(args, 'shard'),
    jobs: jobsOption(text(args, 'jobs')),
    allFindings: flag(args, 'all-findings') === true,
    changedLines: flag(args, 'changed-lines') === true,
    stats: flag(args, 'stats') === true,
  };
}

function jobsOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs ${value}: expected a whole number ≥ 1`);
  return jobs;
}

export interface OutputChoice {
  color?: boolean;
  showSource?: boolean;
  progress?: boolean;
  quiet: boolean;
  /** `--hook pre-commit`: the review runs as that git hook (the installed shim says so). */
  hook?: string;
}

/** Output choices the CLI itself applies when it writes the report. */
export function outputChoice(args: ParsedArgs): OutputChoice {
  const quiet = flag(args, 'quiet') === true;
  if (quiet && flag(args, 'verbose')) throw new UsageError('--quiet and --verbose cannot be combined');
  return { color: flag(args, 'color'), showSource: flag(args, 'show-source'), progress: flag(args, 'progress'), quiet, hook: text(args, 'hook') };
}
