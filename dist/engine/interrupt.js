// Ending a review early (Ctrl-C, SIGTERM) without pulling the process out from under native code. Exiting while a
// worker thread is inside tree-sitter aborts the process (the binding throws a C++ exception nothing catches: exit
// 134). Work that must wind down first registers a stopper here; the signal handler awaits them, then exits.
// Kept apart from workers.ts so the CLI can ask without loading the pool.
const stoppers = new Set();
/** Registers `stop` until the returned function is called. */
export function stopOnInterrupt(stop) {
    stoppers.add(stop);
    return () => stoppers.delete(stop);
}
/** Asks every registered piece of work to stop and waits until it has. */
export async function stopRunningWork() {
    await Promise.all([...stoppers].map((stop) => stop().catch(() => undefined)));
}
