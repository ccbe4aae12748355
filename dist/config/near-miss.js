// Config names that are almost ours: `[tool.review_security]` in pyproject.toml, `.review_security.toml`,
// `.review-securtyrc.json`. Nothing reads them, so a user who wrote one would get the defaults without a word; the
// search reports them instead (one line, exit 2) with the name that would be read.
import { readdirSync } from 'node:fs';
import { editDistance } from '../spelling.js';
/** Spellings within this many edits of the tool's name (after dropping `-`, `_`, `.` and case) are near misses. */
const MAX_EDITS = 2;
/** The tool's name as compared: `reviewsecurity`. */
function normalised(name) {
    return name.toLowerCase().replace(/[-_.\s]/g, '');
}
function isNearMiss(name, moduleName) {
    return name !== moduleName && editDistance(normalised(name), normalised(moduleName)) <= MAX_EDITS;
}
/** A `[tool.X]` table of pyproject.toml that is almost `[tool.<moduleName>]`, when the real one is absent. */
export function nearMissToolTable(tool, moduleName) {
    if (!tool || moduleName in tool)
        return undefined;
    return Object.keys(tool).find((key) => isNearMiss(key, moduleName));
}
/** Extensions a config file may have; a near-miss file name is one of these around a near-miss of the tool's name. */
const CONFIG_EXTENSIONS = ['.json', '.yaml', '.yml', '.toml', '.js', '.cjs', '.mjs'];
/**
 * A file in `directory` named almost like a config file of ours (and not one of `places`), with the place it was
 * probably meant to be: the search place with its extension, else `.review-securityrc.json`.
 */
export function nearMissConfigFile(directory, places, moduleName) {
    let names;
    try {
        names = readdirSync(directory, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);
    }
    catch {
        return undefined;
    }
    for (const file of names.sort()) {
        if (places.includes(file))
            continue;
        const extension = CONFIG_EXTENSIONS.find((candidate) => file.endsWith(candidate)) ?? '';
        const base = file.slice(0, file.length - extension.length);
        // Only names shaped like config files: dotfiles with a config extension or an `rc`, or `*.config.*`. A module
        // `review_security.py` or a report written to `review-security.json` is none of these.
        const shaped = /[-_.]config$/i.test(base) || (file.startsWith('.') && (extension !== '' || /rc$/i.test(base)));
        if (!shaped)
            continue;
        const stem = base.replace(/^\./, '').replace(/(?:rc|[-_.]config)$/i, '');
        if (!isNearMiss(stem, moduleName) && !(stem === moduleName && extension !== ''))
            continue;
        const meant = places.find((place) => place.startsWith('.') && place.endsWith(extension) && extension !== '')
            ?? (extension === '' ? `.${moduleName}rc` : extension === '.toml' ? `[tool.${moduleName}] in pyproject.toml` : `.${moduleName}rc.json`);
        return { file, meant };
    }
    return undefined;
}
