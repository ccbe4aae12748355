// The progress spinner: stderr only, on a real terminal only, and only once a review has run for a moment.
// ora is loaded lazily when the spinner is about to appear, so short reviews (the hook) never load it.
import { createRequire } from 'node:module';
import type * as Ora from 'ora';
import type { Io } from './io.js';
import { paint, useColor } from '../report/terminal.js';

/**
 * ora is an ES module, required rather than imported: the bins' file runs the CLI as a `vm` script through V8's code
 * cache (src/cli.cts), and a `vm` script cannot `import()`. Node requires ES modules from 20.19 on; on older Nodes the
 * require fails and there is no spinner.
 */
function loadOra(): Promise<typeof Ora> {
  return new Promise((resolve) => resolve(createRequire(import.meta.url)('ora') as typeof Ora));
}

/** Reviews shorter than this never show a spinner (unless --progress asks for it). */
const PROGRESS_DELAY_MS = 300;
/** While the spinner is up, analysis gives the event loop a turn this often so the spinner can draw. */
const YIELD_EVERY_MS = 50;

interface Progress {
  /** After each file; returns a promise when the caller should let the event loop run (the spinner draws then). */
  fileReviewed(cached: boolean): Promise<void> | undefined;
  /** Removes the spinner; call before anything else is written. Idempotent. */
  stop(): void;
}

const NO_PROGRESS: Progress = { fileReviewed: () => undefined, stop: () => undefined };

/**
 * A spinner needs a terminal with a width (ora loops writing escape codes on a 0-column pty), no CI (logs are not
 * terminals, whatever they claim), a TERM that can move the cursor, and a user who did not ask for quiet.
 */
function progressWanted(io: Io, flags: ProgressFlags): boolean {
  if (flags.progress === false || flags.quiet) return false;
  return io.stderr.isTTY === true && (io.stderr.columns ?? 0) > 0 && io.env.CI === undefined && io.env.TERM !== 'dumb';
}

interface ProgressFlags {
  progress?: boolean;
  quiet?: boolean;
  /** `--color` / `--no-color`: the spinner's frame is coloured as the report would be on stderr. */
  color?: boolean;
}

/**
 * No spinner for a review of one file: "0/1" counts nothing, and whether a single slow file crosses the delay would
 * otherwise decide by the clock alone.
 */
export function startProgress(io: Io, total: number, flags: ProgressFlags): Progress {
  if (!progressWanted(io, flags) || total <= 1) return NO_PROGRESS;
  // `--progress` asks for it: shown from the first file, not only once the review has lasted a moment.
  const delayMs = flags.progress === true ? 0 : PROGRESS_DELAY_MS;
  return new SpinnerProgress(io, total, delayMs, useColor(flags.color, true, io.env));
}

/** ora's "dots" frames, coloured here: ora's own colour (chalk) reads process.stdout and ignores NO_COLOR. */
const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const FRAME_INTERVAL_MS = 80;

class SpinnerProgress implements Progress {
  private done = 0;
  private cached = 0;
  private readonly startedAt = performance.now();
  private lastYield = this.startedAt;
  /** Set once ora is being loaded; resolves when the spinner is up (or cannot be). */
  private loading: Promise<void> | undefined;
  private stopped = false;
  private spinner: { text: string; stop(): unknown } | undefined;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly io: Io, private readonly total: number, private readonly delayMs: number, private readonly color: boolean) {
    this.timer = setTimeout(() => this.show(), delayMs);
    this.timer.unref();
  }

  fileReviewed(cached: boolean): Promise<void> | undefined {
    this.done++;
    if (cached) this.cached++;
    if (this.spinner) this.spinner.text = this.text();
    const now = performance.now();
    // Analysis is synchronous: the timer may not get its turn, so the elapsed time is checked here too.
    if (now - this.startedAt >= this.delayMs && this.done < this.total) this.show();
    // Loading ora takes a few turns of the event loop that synchronous analysis would not give it.
    if (this.loading && !this.spinner && !this.stopped) return this.loading;
    if (now - this.lastYield < YIELD_EVERY_MS || this.stopped) return undefined;
    this.lastYield = now;
    return new Promise((resolve) => setImmediate(resolve));
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.spinner?.stop();
    this.spinner = undefined;
  }

  private show(): void {
    if (this.loading || this.stopped) return;
    this.loading = loadOra().then(({ default: ora }) => {
      if (this.stopped) return;
      // Conditions were checked by progressWanted against the command's own streams and environment.
      const spinner = { interval: FRAME_INTERVAL_MS, frames: FRAMES.map((frame) => paint({ color: this.color }, 'cyan', frame)) };
      this.spinner = ora({ stream: this.io.stderr as NodeJS.WriteStream, text: this.text(), spinner, color: false, isEnabled: true, discardStdin: false }).start();
    }, () => undefined); // no spinner is no reason to fail a review
  }

  private text(): string {
    return `Reviewing Python files: ${this.done}/${this.total}${this.cached > 0 ? ` (${this.cached} from cache)` : ''}`;
  }
}
