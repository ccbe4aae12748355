// FileJob[] → FileReview[]: read, decode, look up the blob cache, analyse on a miss, store. Results in job order.
import { createHash } from 'node:crypto';
import type { AnalysisResult } from './finding.js';
import { analyseSource, type EnabledRule } from './analyse.js';
import { decodePython } from '../files/decode.js';

export interface FileJob {
  /** Display path (repo-relative in git modes, cwd-relative for paths), `/` separators. */
  path: string;
  /** Git blob id when known (staged/--all/--rev); computed from the bytes otherwise. */
  blob?: string;
  read(): Buffer | Promise<Buffer>;
}

export interface FileReview {
  path: string;
  blob?: string;
  analysis?: AnalysisResult;
  /** Unreadable, binary, undecodable or too large: reported, never a silent pass. */
  error?: string;
  cached: boolean;
}

export interface ResultCache {
  get(blob: string): AnalysisResult | undefined;
  set(blob: string, result: AnalysisResult): void;
}

export interface ReviewSettings {
  rules: readonly EnabledRule[];
  cache?: ResultCache;
  maxFileBytes: number;
}

/** The id git gives these bytes as a blob (`git hash-object`). */
export function gitBlobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

export async function reviewFile(job: FileJob, settings: ReviewSettings): Promise<FileReview> {
  let bytes: Buffer;
  try {
    bytes = await job.read();
  } catch (error) {
    return { path: job.path, error: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, cached: false };
  }
  return reviewBytes(job.path, job.blob, bytes, settings);
}

export function reviewBytes(path: string, knownBlob: string | undefined, bytes: Buffer, settings: ReviewSettings): FileReview {
  const blob = knownBlob ?? gitBlobId(bytes);
  const hit = settings.cache?.get(blob);
  if (hit) return { path, blob, analysis: hit, cached: true };
  if (bytes.length > settings.maxFileBytes) {
    return { path, blob, error: `too large: ${bytes.length} bytes (limit ${settings.maxFileBytes}; raise maxFileBytes to review it)`, cached: false };
  }
  const decoded = decodePython(bytes);
  if ('error' in decoded) return { path, blob, error: decoded.error, cached: false };
  const analysis = analyseSource(decoded.text, settings.rules);
  // A rule that threw is not a property of the content alone (a fixed tool would answer differently): not cached.
  if (analysis.ruleErrors.length === 0) settings.cache?.set(blob, analysis);
  return { path, blob, analysis, cached: false };
}

export async function reviewFiles(jobs: readonly FileJob[], settings: ReviewSettings): Promise<FileReview[]> {
  const results: FileReview[] = [];
  for (const job of jobs) results.push(await reviewFile(job, settings));
  return results;
}
