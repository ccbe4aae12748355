"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.setV8Flag = setV8Flag;
exports.flagsToken = flagsToken;
exports.flagsChangedSince = flagsChangedSince;
const vm = require("node:vm");
const setHere = new Set();
/** Sets `flag` for the whole process, every thread included (V8's flags are per process); again is a no-op. */
function setV8Flag(flag) {
    if (setHere.has(flag))
        return;
    setHere.add(flag);
    // Required on first use: most runs (a hook whose files all come from the cache) never change a flag.
    require('node:v8').setFlagsFromString(flag);
}
/** V8's flags as they are now, as a token for `flagsChangedSince`: the code cache of a tiny script. */
function flagsToken() {
    return new vm.Script('0', { filename: 'flags-probe-start' }).createCachedData();
}
/**
 * Whether V8's flags changed since `token` was taken, by any thread: V8 refuses the token's cache if they did. (The
 * script compiled here has another name than the token's, so V8 compiles it instead of reusing the first from memory.)
 */
function flagsChangedSince(token) {
    return new vm.Script('0', { filename: 'flags-probe-exit', cachedData: token }).cachedDataRejected === true;
}
