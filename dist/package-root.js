// The installed package's folder (package.json, config/, hooks/, dist/), found from this module's own location. Every
// file the tool reads from its package is named from here, not relative to the module asking: dist/cli-bundle.cjs holds
// the CLI's modules in one file (scripts/bundle.mjs), so a module's code runs at another depth than its own file.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
function findPackageRoot(from) {
    for (let dir = from;; dir = dirname(dir)) {
        if (existsSync(join(dir, 'package.json')))
            return dir;
        if (dirname(dir) === dir)
            throw new Error(`no package.json above ${from}: the installation is incomplete`);
    }
}
const PACKAGE_ROOT = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
/** A path inside the package: `packagePath('config', 'schema.json')`. */
export function packagePath(...segments) {
    return join(PACKAGE_ROOT, ...segments);
}
