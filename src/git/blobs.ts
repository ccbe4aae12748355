// Reading blobs from the object database with `git cat-file --batch`: one process per batch of ids, output parsed
// by byte size (`<id> blob <size>\n<bytes>\n`), so contents stay exact bytes whatever their encoding.
import { GitError } from '../errors.js';
import { runGit, type GitContext } from './command.js';
import { TooLargeError } from '../files/bounded-read.js';

function readBlobs(context: GitContext, ids: readonly string[]): Map<string, Buffer> {
  const blobs = new Map<string, Buffer>();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return blobs;
  const output = runGit(context, ['cat-file', '--batch'], `${unique.join('\n')}\n`);
  let position = 0;
  while (position < output.length) {
    const headerEnd = output.indexOf(0x0a, position);
    if (headerEnd < 0) break;
    const [id, type, size] = output.toString('latin1', position, headerEnd).split(' ');
    if (type === 'missing' || size === undefined) throw new GitError(`object ${id} is missing from the repository`);
    const start = headerEnd + 1;
    const end = start + Number(size);
    blobs.set(id, ownBuffer(output, start, end));
    position = end + 1; // the newline after the contents
  }
  for (const id of unique) if (!blobs.has(id)) throw new GitError(`could not read object ${id}`);
  return blobs;
}

/**
 * A copy of `output[start, end)` in its own memory. A subarray would keep the whole `cat-file` output alive as long as
 * any one blob is (Nova's 20 MB for the run), and a worker hand-off (`postMessage`) of a view clones the view's whole
 * ArrayBuffer, not the view: every file sent to a worker copied the entire batch. `allocUnsafeSlow`, not `alloc`:
 * small Buffers from `alloc`/`from` are slices of a shared 8 KiB pool, the same problem on a smaller scale.
 */
function ownBuffer(output: Buffer, start: number, end: number): Buffer {
  const copy = Buffer.allocUnsafeSlow(end - start);
  output.copy(copy, 0, start, end);
  return copy;
}

/**
 * Blobs read on first use, all at once: the files a review needs come out of ONE cat-file process, and a review
 * that never asks for contents starts none. Blobs already read (shebang detection) are not read again.
 */
export class BlobStore {
  private readonly contents = new Map<string, Buffer>();
  private readonly wanted = new Set<string>();
  /** Sizes from `cat-file --batch-check`, asked for the wanted blobs before their contents are read. */
  private readonly sizes = new Map<string, number>();

  constructor(private readonly context: GitContext) {}

  /** Reads these ids now (needed to decide what to review). */
  preload(ids: readonly string[]): void {
    for (const [id, bytes] of readBlobs(this.context, ids.filter((id) => !this.contents.has(id)))) this.contents.set(id, bytes);
  }

  peek(id: string): Buffer | undefined {
    return this.contents.get(id);
  }

  /** Announces an id that `read` will be asked for. */
  want(id: string): void {
    if (!this.contents.has(id)) this.wanted.add(id);
  }

  /**
   * The blob's bytes; with `maxBytes`, throws TooLargeError for a larger blob without reading it (sizes are asked first,
   * for every wanted blob at once, and wanted blobs over the limit are left out of the read).
   */
  read(id: string, maxBytes = Infinity): Buffer {
    let bytes = this.contents.get(id);
    if (!bytes) {
      this.wanted.add(id);
      if (maxBytes !== Infinity) {
        this.learnSizes([...this.wanted]);
        const size = this.sizes.get(id) ?? 0;
        if (size > maxBytes) {
          this.wanted.delete(id);
          throw new TooLargeError(size);
        }
      }
      const now = [...this.wanted].filter((wanted) => (this.sizes.get(wanted) ?? 0) <= maxBytes);
      this.preload(now);
      for (const done of now) this.wanted.delete(done);
      bytes = this.contents.get(id)!;
    }
    return bytes;
  }

  private learnSizes(ids: readonly string[]): void {
    const unknown = ids.filter((id) => !this.sizes.has(id) && !this.contents.has(id));
    if (unknown.length === 0) return;
    const output = runGit(this.context, ['cat-file', '--batch-check'], `${unknown.join('\n')}\n`).toString('latin1');
    for (const line of output.split('\n')) {
      const [id, type, size] = line.split(' ');
      if (type === 'blob' && size !== undefined) this.sizes.set(id, Number(size));
    }
  }
}
