// Where a path really is, even before it exists: the real path of its nearest existing ancestor, with the rest of
// the path appended. Tells whether a directory to be created would land under /proc or inside a work tree.
import { realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
export function realPathOfNearest(path) {
    let current = resolve(path);
    const rest = [];
    for (;;) {
        try {
            return join(realpathSync(current), ...rest.reverse());
        }
        catch {
            const parent = dirname(current);
            if (parent === current)
                return resolve(path);
            rest.push(current.slice(parent.length).replace(/^[\\/]+/, ''));
            current = parent;
        }
    }
}
/** `inner` is `outer` or inside it (both real paths). */
export function isWithin(inner, outer) {
    return inner === outer || inner.startsWith(outer.endsWith('/') ? outer : `${outer}/`);
}
