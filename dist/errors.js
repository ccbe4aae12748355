// The error kinds every layer may throw. Each one's message is meant for the user as it is: one line, which the CLI
// prints after the tool's name before it exits with code 2. Any other error is an internal error (a bug).
// This module imports nothing, so anything may import it (docs/architecture.md).
/** An error whose message is meant for the user as it is. The other kinds below are its subclasses. */
export class UserFacingError extends Error {
}
/** The command line asks for something malformed or impossible (`--jobs 0`, two modes at once). */
export class UsageError extends UserFacingError {
}
/** git failed, or answered something the review cannot use (an unknown revision's range, no merge base). */
export class GitError extends UserFacingError {
}
/** A config file that cannot be found, read, parsed or validated. */
export class ConfigError extends UserFacingError {
}
/** A file the review needs (not a reviewed file: those are reported per file) cannot be read or written. */
export class InputOutputError extends UserFacingError {
}
/** What an operating-system error says, for one line: `EISDIR (is a directory)`; the message when there is no code. */
export function ioCause(error) {
    const { code, message } = error;
    if (!code)
        return String(message ?? error);
    const reason = /^[A-Z]+: ([^,]+)/.exec(message ?? '')?.[1];
    return reason ? `${code} (${reason})` : code;
}
