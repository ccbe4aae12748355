// Content-addressed cache of analyses: one file per (blob, ruleset fingerprint), written atomically.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
export class BlobCache {
    dir;
    fingerprint;
    constructor(dir, fingerprint) {
        this.dir = dir;
        this.fingerprint = fingerprint;
    }
    entryPath(blob) {
        return join(this.dir, 'v1', blob.slice(0, 2), `${blob}-${this.fingerprint}.json`);
    }
    get(blob) {
        try {
            const parsed = JSON.parse(readFileSync(this.entryPath(blob), 'utf8'));
            return parsed.blob === blob && parsed.result && Array.isArray(parsed.result.findings) ? parsed.result : undefined;
        }
        catch {
            return undefined; // missing, truncated or corrupt: a miss, never a crash
        }
    }
    set(blob, result) {
        const path = this.entryPath(blob);
        const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
        try {
            mkdirSync(join(this.dir, 'v1', blob.slice(0, 2)), { recursive: true });
            writeFileSync(temporary, JSON.stringify({ blob, result }));
            renameSync(temporary, path);
        }
        catch {
            // A read-only or full cache dir costs speed, never correctness.
        }
    }
}
