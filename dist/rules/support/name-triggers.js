// Trigger words and callee names for rules that match calls or imports by qualified name (RuleMeta.triggers/callees).
import { lastName } from '../../python/imports.js';
/** The last identifier of a qualified name (`subprocess.Popen` → `Popen`): what `RuleMeta.callees` lists. */
export { lastName };
/**
 * The first and last identifiers of a qualified name, both required (`marshal.load` → marshal and load;
 * `requests.Session().get` → requests and get). Every spelling of a call or import of that name writes both out,
 * the first in the import statement or as the name itself, the last at the use; a file without either cannot match.
 */
export function nameTrigger(qualified) {
    const segments = qualified.replace(/\(\)/g, '').split('.').filter(Boolean);
    return [...new Set([segments[0], segments[segments.length - 1]])];
}
/**
 * `triggers` and `callees` of a rule that matches the qualified names its options list (`functions: ['os.system',
 * …]`): worked out from the options, so functions a user adds trigger the rule too.
 */
export function listedCalls(...optionNames) {
    const names = (options) => optionNames.flatMap((name) => options[name] ?? []);
    return { triggers: (options) => names(options).map(nameTrigger), callees: (options) => names(options).map(lastName) };
}
