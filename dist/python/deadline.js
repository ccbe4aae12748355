// The time one file's analysis may take, checked from inside the work that can run long: the walk between nodes,
// rule handlers' loops and the data-flow tracer's recursion. A file whose analysis would run for minutes stops at
// its deadline with a visible "too slow", never a hook that does not return.
/** Thrown from inside an analysis when its deadline has passed; the engine reports the file as too slow. */
export class OutOfTime extends Error {
    constructor() {
        super('the analysis ran out of time');
    }
}
/** Calls to `check` between two looks at the clock: a clock read costs more than the work between two checks. */
const CHECK_EVERY = 64;
export class Deadline {
    at;
    interrupted;
    /** No deadline: `check` never throws. */
    static NONE = new Deadline(undefined);
    calls = 0;
    /**
     * `at`: a `performance.now()` time, or undefined for none. `interrupted`: whether the review is being stopped (a
     * signal), asked at the same points, so a worker thread ends its file within moments of Ctrl-C.
     */
    constructor(at, interrupted) {
        this.at = at;
        this.interrupted = interrupted;
    }
    /** Throws OutOfTime once the deadline has passed. Cheap enough for the innermost loops. */
    check() {
        if ((this.at === undefined && !this.interrupted) || ++this.calls % CHECK_EVERY !== 0)
            return;
        if (this.passed)
            throw new OutOfTime();
    }
    get passed() {
        return (this.at !== undefined && performance.now() > this.at) || (this.interrupted?.() ?? false);
    }
}
