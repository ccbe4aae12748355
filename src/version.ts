// The tool's version, read once from package.json (part of every cache key).
import { readFileSync } from 'node:fs';

export const TOOL_NAME = 'git-review-security';
export const TOOL_VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
