// Content-addressed cache of analyses: one file per (blob, ruleset fingerprint), written atomically.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalysisResult } from '../engine/finding.js';
import type { ResultCache } from '../engine/review-files.js';

export class BlobCache implements ResultCache {
  constructor(private readonly dir: string, private readonly fingerprint: string) {}

  private entryPath(blob: string): string {
    return join(this.dir, 'v1', blob.slice(0, 2), `${blob}-${this.fingerprint}.json`);
  }

  get(blob: string): AnalysisResult | undefined {
    try {
      const parsed = JSON.parse(readFileSync(this.entryPath(blob), 'utf8')) as { blob?: string; result?: AnalysisResult };
      return parsed.blob === blob && parsed.result && Array.isArray(parsed.result.findings) ? parsed.result : undefined;
    } catch {
      return undefined; // missing, truncated or corrupt: a miss, never a crash
    }
  }

  set(blob: string, result: AnalysisResult): void {
    const path = this.entryPath(blob);
    const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      mkdirSync(join(this.dir, 'v1', blob.slice(0, 2)), { recursive: true });
      writeFileSync(temporary, JSON.stringify({ blob, result }));
      renameSync(temporary, path);
    } catch {
      // A read-only or full cache dir costs speed, never correctness.
    }
  }
}
