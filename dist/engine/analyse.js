import { statementOf, statementRows, withNormalisedIdentifiers } from '../python/syntax.js';
import { ModuleFacts } from '../python/module.js';
import { Deadline, OutOfTime } from '../python/deadline.js';
import { parsePython, ParseTimeout } from './parser.js';
import { walkTree } from './walk.js';
import { testCodeSignals } from '../python/test-signals.js';
import { isMockExpectation } from '../python/mock.js';
import { CallFilters, isTriggered, prepareRule } from './rule-filters.js';
import { maskSecrets } from '../rules/hardcoded-secret/support/redaction.js';
export const SYNTAX_ERROR_RULE = 'syntax-error';
/** Default time bound for one file's analysis (parse + rules): a hostile or pathological file never hangs a gate. */
const DEFAULT_TIME_LIMIT_MS = 30_000;
/** The file's analysis hit its time bound: reported as a file error (`too slow`), never cached, never a pass. */
export class AnalysisTimeout extends Error {
    phase;
    limitMs;
    constructor(phase, limitMs) {
        super(`too slow: ${phase === 'parse' ? 'parsing' : 'the rules'} did not finish within ${formatLimit(limitMs)} (raise maxFileSeconds to review it)`);
        this.phase = phase;
        this.limitMs = limitMs;
    }
}
function formatLimit(ms) {
    return ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`;
}
/** Statements tree-sitter-python still accepts from Python 2 but Python 3 rejects: the file is reported as not parsing. */
const PYTHON2_STATEMENTS = { print_statement: 'print statement', exec_statement: 'exec statement' };
const MARKER_WORD = /nosec|noqa|review-security/i;
const MARKER = /#\s*(nosec\b|noqa\b|review-security\s*:\s*(?:ignore-file|ignore))\s*(.*)$/i;
export function analyseSource(written, rules, limits = {}) {
    const limitMs = limits.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
    const deadline = limitMs > 0 ? performance.now() + limitMs : undefined;
    const parse = (text) => {
        try {
            return parsePython(text, deadline === undefined ? undefined : Math.max(1, deadline - performance.now()));
        }
        catch (error) {
            if (error instanceof ParseTimeout)
                throw new AnalysisTimeout('parse', limitMs);
            throw error;
        }
    };
    let source = written;
    let tree = parse(source);
    // Names as Python reads them (NFKC), before anything matches a name: one more parse, only for files that need it.
    const normalised = withNormalisedIdentifiers(tree.rootNode, source);
    if (normalised !== undefined) {
        source = normalised;
        tree = parse(source);
    }
    try {
        return runRules(tree, source, written, rules, new Deadline(deadline, limits.interrupted), limitMs);
    }
    catch (error) {
        // A handler or the tracer found the file's deadline passed (src/python/deadline.ts).
        if (error instanceof OutOfTime)
            throw new AnalysisTimeout('rules', limitMs);
        throw error;
    }
}
/**
 * The rules over one parsed file, in one walk. `written`: the file as written, whose lines reports show (the source
 * analysed may have had identifiers normalised: `ｏs.system` is shown as written, matched as `os.system`).
 */
function runRules(tree, source, written, rules, deadline, limitMs) {
    const root = tree.rootNode;
    const module = new ModuleFacts(root, source, deadline);
    const lines = source.split(/\r\n|\r|\n/);
    const shown = written === source ? lines : written.split(/\r\n|\r|\n/);
    const findings = [];
    const markers = [];
    const ruleErrors = [];
    /** Every credential any rule reported in this file, as written: masked in all findings before they leave. */
    const secretFragments = [];
    const dispatch = new Map();
    const register = (ruleId, type, handle) => {
        const list = dispatch.get(type);
        const entry = { ruleId, handle };
        if (list)
            list.push(entry);
        else
            dispatch.set(type, [entry]);
    };
    // Calls are the commonest node rules handle: when every rule handling them here names the calls it wants, those
    // are found from the text instead of by materialising every call of the tree.
    const callFilters = new CallFilters(module);
    for (const enabled of rules) {
        const { rule } = enabled;
        let preparation;
        try {
            preparation = prepareRule(enabled);
        }
        catch (error) {
            // Options that slipped past validation break triggers as they would break `create`: a rule error.
            ruleErrors.push({ rule: rule.id, message: errorText(error) });
            continue;
        }
        const { options, triggers } = preparation;
        if (!isTriggered(triggers, module))
            continue;
        const context = {
            module,
            options,
            report: (descriptor) => {
                if (isMockExpectation(descriptor.node, module))
                    return; // arguments of mock.call()/assert_called_with() never run
                const finding = toFinding(rule, descriptor, lines, shown);
                if (descriptor.credential) {
                    finding.credential = descriptor.credential.evidence;
                    const digest = descriptor.credential.evidence === 'provider-format' || descriptor.credential.evidence === 'entropy';
                    secretFragments.push(...descriptor.credential.fragments.map((text) => ({ text, digest })));
                }
                findings.push(finding);
            },
        };
        try {
            const handlers = rule.create(context);
            for (const [type, handle] of Object.entries(handlers)) {
                if (handle)
                    register(rule.id, type, type === 'call' ? callFilters.filter(handle, preparation) : handle);
            }
        }
        catch (error) {
            if (error instanceof OutOfTime)
                throw error;
            ruleErrors.push({ rule: rule.id, message: errorText(error) });
        }
    }
    // Comments are among the commonest nodes; most files have no marker at all.
    if (MARKER_WORD.test(source))
        register('(markers)', 'comment', (node) => {
            const match = MARKER.exec(node.text);
            if (!match)
                return;
            const word = match[1].toLowerCase().replace(/\s+/g, '');
            const kind = word === 'nosec' ? 'nosec' : word === 'noqa' ? 'noqa' : word.endsWith('ignore-file') ? 'ignore-file' : 'ignore';
            markers.push({ line: node.startPosition.row + 1, kind, text: match[2].trim() });
        });
    let python2;
    // Each statement starts with its keyword: without the word, no file holds one.
    for (const type of Object.keys(PYTHON2_STATEMENTS)) {
        if (module.words.has(type.slice(0, type.indexOf('_'))))
            register('(python 2 syntax)', type, (node) => { python2 ??= node; });
    }
    const callHandlers = dispatch.get('call');
    const wantedCalls = callHandlers ? callFilters.wantedCalls() : undefined;
    if (wantedCalls)
        dispatch.delete('call');
    const onHandlerError = (ruleId, error) => ruleErrors.push({ rule: ruleId, message: errorText(error) });
    const found = callHandlers && wantedCalls && wantedCalls.length > 0 ? { nodes: wantedCalls, handlers: callHandlers } : undefined;
    const finished = walkTree(tree, dispatch, onHandlerError, deadline, found);
    if (!finished)
        throw new AnalysisTimeout('rules', limitMs);
    if (root.hasError)
        findings.push(syntaxErrorFinding(root, lines, shown));
    else if (python2)
        findings.push(python2Finding(python2, lines, shown));
    if (secretFragments.length > 0)
        maskCredentials(findings, lines, shown, secretFragments);
    // Code-unit order, not localeCompare: its first call loads the ICU collator (~8 ms of every hook run).
    findings.sort((a, b) => a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
    return { findings, markers, testSignals: testCodeSignals(module), ruleErrors, lineCount: lines.length };
}
function toFinding(rule, descriptor, lines, shown) {
    const { node } = descriptor;
    const statement = statementOf(node);
    const [first, last] = statementRows(statement);
    const finding = {
        rule: rule.id,
        message: descriptor.message ?? rule.message,
        severity: descriptor.severity ?? rule.severity,
        confidence: descriptor.confidence ?? rule.confidence,
        line: node.startPosition.row + 1,
        column: node.startPosition.column + 1,
        endLine: node.endPosition.row + 1,
        endColumn: node.endPosition.column + 1,
        statementLines: [first + 1, last + 1],
        statementText: normaliseStatement(lines, first, last),
        sourceLine: (shown[node.startPosition.row] ?? '').slice(0, 300),
    };
    if (descriptor.flow)
        finding.flow = descriptor.flow;
    if (descriptor.auditOnly)
        finding.auditOnly = true;
    return finding;
}
/**
 * Masks the file's credentials in every finding, whichever rule made it (a URL rule quoting a connection string too).
 * Texts are rebuilt from masked lines rather than masked after truncation, which could leave half a secret.
 */
function maskCredentials(findings, lines, shown, fragments) {
    // Only files with a credential get here: masking every line is simpler than tracking which ones findings use.
    const maskedLines = lines.map((line) => maskSecrets(line, fragments));
    const maskedShown = shown === lines ? maskedLines : shown.map((line) => maskSecrets(line, fragments));
    for (const finding of findings) {
        finding.statementText = normaliseStatement(maskedLines, finding.statementLines[0] - 1, finding.statementLines[1] - 1);
        finding.sourceLine = (maskedShown[finding.line - 1] ?? '').slice(0, 300);
        finding.message = maskSecrets(finding.message, fragments);
        if (finding.flow)
            finding.flow = finding.flow.map((step) => maskSecrets(step, fragments));
    }
}
/** Statement text without comments and with runs of whitespace collapsed: stable under re-indentation. */
function normaliseStatement(lines, first, last) {
    const text = lines.slice(first, Math.min(last + 1, first + 40)).map((line) => line.replace(/\s+#[^'"]*$/, '')).join(' ');
    return text.replace(/\s+/g, ' ').trim().slice(0, 400);
}
function syntaxErrorFinding(root, lines, shown) {
    const { node, count } = firstError(root);
    const where = node.isMissing ? `missing ${node.type}` : 'invalid syntax';
    const more = count > 1 ? ` (${count} syntax errors in the file)` : '';
    return syntaxErrorAt(node, `file does not parse: ${where}${more}; the rest of the file was still reviewed`, lines, shown);
}
/** `exec code in ns` or `print x` parse (tree-sitter-python keeps Python 2 rules) but are not Python 3: rules that look
 * for calls (`exec-used`) would miss them, so the file is reported like one that does not parse. */
function python2Finding(node, lines, shown) {
    const what = PYTHON2_STATEMENTS[node.type];
    return syntaxErrorAt(node, `file does not parse as Python 3: Python 2 ${what}; the rest of the file was still reviewed`, lines, shown);
}
/** A `syntax-error` finding pinned to the start of `node` (a point, on one line). */
function syntaxErrorAt(node, message, lines, shown) {
    const row = node.startPosition.row;
    return {
        rule: SYNTAX_ERROR_RULE,
        message,
        severity: 'high',
        confidence: 'high',
        line: row + 1,
        column: node.startPosition.column + 1,
        endLine: row + 1,
        endColumn: node.startPosition.column + 1,
        statementLines: [row + 1, row + 1],
        statementText: normaliseStatement(lines, row, row),
        sourceLine: (shown[row] ?? '').slice(0, 300),
    };
}
function firstError(root) {
    let first;
    let count = 0;
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node.type === 'ERROR' || node.isMissing) {
            count++;
            if (!first || node.startIndex < first.startIndex)
                first = node;
            if (node.type === 'ERROR')
                continue;
        }
        if (!node.hasError)
            continue;
        for (const child of node.children)
            if (child.hasError || child.isMissing)
                stack.push(child);
    }
    return { node: first ?? root, count };
}
function errorText(error) {
    return error instanceof Error ? error.message : String(error);
}
