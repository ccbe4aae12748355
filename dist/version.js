// The tool's name, version and home, read once from package.json (the version is part of every cache key).
import { readFileSync } from 'node:fs';
import { packagePath } from './package-root.js';
const PACKAGE = JSON.parse(readFileSync(packagePath('package.json'), 'utf8'));
export const TOOL_NAME = 'git-review-security';
export const TOOL_VERSION = PACKAGE.version;
/** The project's web address (`repository.url` without `git+` and `.git`): SARIF's `informationUri`. */
export const TOOL_REPOSITORY = PACKAGE.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
/** Where a rule is documented: its anchor in docs/rules.md (scripts/generate-rule-docs.mjs writes one heading per id). */
export function ruleDocsUri(ruleId) {
    return `${TOOL_REPOSITORY}/blob/main/docs/rules.md#${ruleId}`;
}
