// The review command: the parsed arguments as a typed request, the review (src/review/pipeline.ts), the report
// rendered to stdout or files, the exit code.
import { writeFileSync } from 'node:fs';
import { InputOutputError, ioCause } from '../../errors.js';
import { resolve } from 'node:path';
import { startProgress } from '../progress.js';
import { outputChoice, reviewRequest } from '../request.js';
import { render } from '../../report/index.js';
import { useColor } from '../../report/terminal.js';
import { runReview } from '../../review/pipeline.js';
export async function reviewCommand(args, io) {
    const output = outputChoice(args);
    const { report, outputs, verbose, times, ruleTimes } = await runReview(reviewRequest(args), io, {
        reviewStarting: (files) => startProgress(io, files, output),
    });
    await writeOutputs(report, outputs, { ...output, silentPass: runsAsHook(report.mode, output) && !verbose }, io);
    if (ruleTimes) {
        const phases = { select: times.selected - times.started, review: times.reviewed - times.selected, report: performance.now() - times.reviewed };
        io.stderr.write((await import('../../report/stats.js')).renderStats(report, { phases, ruleTimes }));
    }
    if (report.errors.length > 0 || report.ruleErrors.length > 0)
        return 2;
    return report.verdict === 'blocked' ? 1 : 0;
}
/** Hooks are silent on a pass: the installed shim (`--hook`), and the modes only hooks run. */
function runsAsHook(mode, output) {
    return output.hook !== undefined || mode === 'pre-commit' || mode === 'pre-push';
}
/**
 * How hints name this tool. Under the pre-commit framework (which sets PRE_COMMIT=1) the binary lives in the
 * framework's own environment, where neither `git review-security` nor `review-security` is on the user's PATH:
 * the hint names the script this process runs, which works from any shell.
 */
function hintCommand(env, script) {
    if (env.PRE_COMMIT !== '1' || !script)
        return undefined;
    const quoted = /^[\w@%+=:,./-]+$/.test(script) ? script : `'${script.replace(/'/g, `'\\''`)}'`;
    return /\.[cm]?js$/.test(script) ? `node ${quoted}` : quoted;
}
async function writeOutputs(report, outputs, output, io) {
    const command = hintCommand(io.env, process.argv[1]);
    for (const target of outputs) {
        const toTerminal = !target.file && io.stdout.isTTY === true;
        const text = await render(target.format, report, {
            color: !target.file && useColor(output.color, toTerminal, io.env),
            showSource: output.showSource === undefined ? toTerminal : output.showSource === true,
            quiet: output.quiet,
            silentPass: output.silentPass,
            command,
            columns: toTerminal && io.stdout.columns ? io.stdout.columns : undefined,
        });
        if (target.file)
            writeReport(resolve(io.cwd, target.file), target.file, text);
        else
            io.stdout.write(text);
    }
}
/** The report file, or one line naming it and the cause (`-o /`, a missing folder, a full or read-only disk). */
function writeReport(path, shown, text) {
    try {
        writeFileSync(path, text);
    }
    catch (error) {
        throw new InputOutputError(`cannot write the report to ${shown}: ${ioCause(error)}`);
    }
}
