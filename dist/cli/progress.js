// The progress spinner: stderr only, on a real terminal only, and only once a review has run for a moment.
// ora is loaded lazily when the spinner is about to appear, so short reviews (the hook) never load it.
import { createRequire } from 'node:module';
import { paint, useColor } from '../report/terminal.js';
/**
 * ora is an ES module, required rather than imported: the bins' file runs the CLI as a `vm` script through V8's code
 * cache (src/cli.cts), and a `vm` script cannot `import()`. Node requires ES modules from 20.19 on; on older Nodes the
 * require fails and there is no spinner.
 */
function loadOra() {
    return new Promise((resolve) => resolve(createRequire(import.meta.url)('ora')));
}
/** Reviews shorter than this never show a spinner (unless --progress asks for it). */
const PROGRESS_DELAY_MS = 300;
/** While the spinner is up, analysis gives the event loop a turn this often so the spinner can draw. */
const YIELD_EVERY_MS = 50;
const NO_PROGRESS = { fileReviewed: () => undefined, stop: () => undefined };
/**
 * A spinner needs a terminal with a width (ora loops writing escape codes on a 0-column pty), no CI (logs are not
 * terminals, whatever they claim), a TERM that can move the cursor, and a user who did not ask for quiet.
 */
function progressWanted(io, flags) {
    if (flags.progress === false || flags.quiet)
        return false;
    return io.stderr.isTTY === true && (io.stderr.columns ?? 0) > 0 && io.env.CI === undefined && io.env.TERM !== 'dumb';
}
/**
 * No spinner for a review of one file: "0/1" counts nothing, and whether a single slow file crosses the delay would
 * otherwise decide by the clock alone.
 */
export function startProgress(io, total, flags) {
    if (!progressWanted(io, flags) || total <= 1)
        return NO_PROGRESS;
    // `--progress` asks for it: shown from the first file, not only once the review has lasted a moment.
    const delayMs = flags.progress === true ? 0 : PROGRESS_DELAY_MS;
    return new SpinnerProgress(io, total, delayMs, useColor(flags.color, true, io.env));
}
/** ora's "dots" frames, coloured here: ora's own colour (chalk) reads process.stdout and ignores NO_COLOR. */
const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
const FRAME_INTERVAL_MS = 80;
class SpinnerProgress {
    io;
    total;
    delayMs;
    color;
    done = 0;
    cached = 0;
    startedAt = performance.now();
    lastYield = this.startedAt;
    /** Set once ora is being loaded; resolves when the spinner is up (or cannot be). */
    loading;
    stopped = false;
    spinner;
    timer;
    constructor(io, total, delayMs, color) {
        this.io = io;
        this.total = total;
        this.delayMs = delayMs;
        this.color = color;
        this.timer = setTimeout(() => this.show(), delayMs);
        this.timer.unref();
    }
    fileReviewed(cached) {
        this.done++;
        if (cached)
            this.cached++;
        if (this.spinner)
            this.spinner.text = this.text();
        const now = performance.now();
        // Analysis is synchronous: the timer may not get its turn, so the elapsed time is checked here too.
        if (now - this.startedAt >= this.delayMs && this.done < this.total)
            this.show();
        // Loading ora takes a few turns of the event loop that synchronous analysis would not give it.
        if (this.loading && !this.spinner && !this.stopped)
            return this.loading;
        if (now - this.lastYield < YIELD_EVERY_MS || this.stopped)
            return undefined;
        this.lastYield = now;
        return new Promise((resolve) => setImmediate(resolve));
    }
    stop() {
        this.stopped = true;
        clearTimeout(this.timer);
        this.spinner?.stop();
        this.spinner = undefined;
    }
    show() {
        if (this.loading || this.stopped)
            return;
        this.loading = loadOra().then(({ default: ora }) => {
            if (this.stopped)
                return;
            // Conditions were checked by progressWanted against the command's own streams and environment.
            const spinner = { interval: FRAME_INTERVAL_MS, frames: FRAMES.map((frame) => paint({ color: this.color }, 'cyan', frame)) };
            this.spinner = ora({ stream: this.io.stderr, text: this.text(), spinner, color: false, isEnabled: true, discardStdin: false }).start();
        }, () => undefined); // no spinner is no reason to fail a review
    }
    text() {
        return `Reviewing Python files: ${this.done}/${this.total}${this.cached > 0 ? ` (${this.cached} from cache)` : ''}`;
    }
}
