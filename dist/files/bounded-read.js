// Reading a file's content with a size bound: a file over the limit is rejected from its size, before its bytes are
// read, so a pathological multi-gigabyte file costs a stat, not the memory to hold it. Anything that is not a regular
// file (a FIFO, a device) is refused without blocking.
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
/** The content is larger than the limit it was read with: reported as too large, never read whole. */
export class TooLargeError extends Error {
    bytes;
    constructor(bytes) {
        super(`${bytes} bytes`);
        this.bytes = bytes;
    }
}
/** The bytes of the regular file at `path`; throws TooLargeError above `maxBytes`, and the fs error otherwise. */
export function readFileWithin(path, maxBytes) {
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
        const stats = fstatSync(fd);
        if (!stats.isFile())
            throw Object.assign(new Error('not a regular file'), { code: 'not a regular file' });
        if (stats.size > maxBytes)
            throw new TooLargeError(stats.size);
        return readFileSync(fd);
    }
    finally {
        closeSync(fd);
    }
}
