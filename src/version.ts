// The tool's version, read once from package.json (part of every cache key).
import { readFileSync } from 'node:fs';
import { packagePath } from './package-root.js';

export const TOOL_NAME = 'git-review-security';
export const TOOL_VERSION: string = (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;
