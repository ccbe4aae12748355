// The tool's name, version and home, read once from package.json (the version is part of every cache key).
import { readFileSync } from 'node:fs';
import { packagePath } from './package-root.js';

interface PackageJson {
  version: string;
  repository: { url: string };
}

const PACKAGE = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as PackageJson;

export const TOOL_NAME = 'git-review-security';
export const TOOL_VERSION: string = PACKAGE.version;
/** The project's web address (`repository.url` without `git+` and `.git`): SARIF's `informationUri`. */
export const TOOL_REPOSITORY: string = PACKAGE.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

/** Where a rule is documented: its anchor in docs/rules.md (scripts/generate-rule-docs.mjs writes one heading per id). */
export function ruleDocsUri(ruleId: string): string {
  return `${TOOL_REPOSITORY}/blob/main/docs/rules.md#${ruleId}`;
}
