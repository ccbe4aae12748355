// The benchmark (`npm run bench`; not a test). Side by side in one run, commands alternating (A B C A B C …), each
// timed from outside as a whole process, start-up included:
//   (a) full scan of Nova and Django: ours cold (--no-cache) on the folder and with --all in a git repository of it
//       (the way CI runs it: blobs read through git), ours warm (every file cached), the bare parse floor
//       (read + tree-sitter parse, 1 thread and N workers), Bandit, Ruff's S rules (WASM, default and --liftoff-only);
//   (b) the hook on staged commits of 1, 2, 10 and 50 files (and one 1.3 MB file) in a temporary git repository
//       built from the Nova corpus: ours cold and warm vs Bandit on the same files (run first, see below);
//   (c) peak RSS of each process (/usr/bin/time %M);
//   (d) the worker pool's crossover curve (bench/crossover.mjs, with --only crossover or by default).
// Reports medians with min–max spreads of wall and CPU (user + sys: the steadier figure on a shared machine) and
// paired ratios (the ratio A/B of each round, then the median of those), prints tables and writes JSON (default
// bench/results/latest.json). Options:
//   --runs N          counted runs per command (default 5); a full run with Bandit takes minutes
//   --only LIST       any of nova,django,hook,crossover (default all)
//   --skip LIST       leave out tools: bandit, ruff
//   --out FILE        JSON output path
//   --doc FILE        also put the tables into FILE between <!-- bench-table:start --> and <!-- bench-table:end -->
//                     (appended under "## Latest bench run" when FILE has no such block); --readme is the old name
// Needs: `npm run build` first, bandit on PATH (Debian: apt-get install bandit), git, /usr/bin/time.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import { availableParallelism, cpus, freemem, loadavg, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCorpus } from './corpora.mjs';
import { collectPythonFiles } from './files.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
// The bins' file, as npm links it and as the installed hook runs it (`node dist/cli.cjs --staged`).
const CLI = join(ROOT, 'dist', 'cli.cjs');
const NODE = process.execPath;

const args = parseOptions(process.argv.slice(2));
const RUNS = args.runs;
const only = new Set(args.only);
const skip = new Set(args.skip);
const workers = availableParallelism();
const scratch = mkdtempSync(join(tmpdir(), 'review-security-bench-'));
/** Everything printed, kept for --readme. */
const printed = [];
const print = (line = '') => {
  printed.push(line);
  console.log(line);
};

try {
  const results = { machine: machine(), runs: RUNS, fullScan: {}, hook: {} };
  // The hook first: this kind of VM runs 30-40% slower after minutes of full load (the full scans, Bandit's above
  // all), and a commit is made on a machine that was not scanning a repository the minute before.
  if (only.has('hook')) {
    results.hook = hookBench();
    printHook(results.hook);
  }
  for (const corpus of ['nova', 'django']) {
    if (!only.has(corpus)) continue;
    results.fullScan[corpus] = fullScan(corpus);
    printFullScan(corpus, results.fullScan[corpus]);
  }
  if (only.has('crossover')) {
    results.crossover = crossover();
    printCrossover(results.crossover);
  }
  results.machine.loadAverageAtEnd = loadavg().map((load) => +load.toFixed(2));
  printTargets(results);
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nJSON: ${relative(process.cwd(), args.out)}`);
  if (args.readme) updateReadme(args.readme, results.machine);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

function parseOptions(argv) {
  const options = { runs: 5, only: ['nova', 'django', 'hook', 'crossover'], skip: [], out: join(HERE, 'results', 'latest.json'), readme: undefined };
  for (let index = 0; index < argv.length; index++) {
    const value = argv[index + 1];
    switch (argv[index]) {
      case '--runs': options.runs = Math.max(1, Number(value)); index++; break;
      case '--only': options.only = value.split(','); index++; break;
      case '--skip': options.skip = value.split(','); index++; break;
      case '--out': options.out = resolve(value); index++; break;
      case '--doc':
      case '--readme': options.readme = resolve(value); index++; break;
      default: throw new Error(`bench: unknown option ${argv[index]} (see the comment at the top of bench/run.mjs)`);
    }
  }
  return options;
}

/**
 * One whole-process run: wall (hrtime around the child), cpu and peak RSS (GNU time), exit status, stdout.
 * `prepare` runs first, untimed. Every run of ours finds V8's code cache (src/cli.cts) in the bench's own folder,
 * which the first run fills, unless `env` points it elsewhere.
 */
function measure(command, { cwd = scratch, okStatus = [0, 1], env = {}, prepare } = {}) {
  const timeFile = join(scratch, 'time.txt');
  prepare?.();
  const started = process.hrtime.bigint();
  const run = spawnSync('/usr/bin/time', ['-f', '%U %S %M', '-o', timeFile, ...command], {
    cwd, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, XDG_CACHE_HOME: join(scratch, 'xdg-cache'), ...env },
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  const [user, system, peakKb] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  const status = run.status;
  if (!okStatus.includes(status)) {
    throw new Error(`bench: ${command.join(' ')} exited ${status}\n${(run.stderr ?? '').slice(0, 2000)}`);
  }
  return { wall, cpu: user + system, peakMiB: peakKb / 1024, status, stdout: run.stdout };
}

/**
 * Runs every command once per round, in turn (after a warm-up round, not counted, of the commands marked warmUp:
 * the warm cache fill, which also brings every file into the page cache), and summarises: median wall,
 * cpu and peak, min–max wall, and for each pair of labels the median of per-round ratios.
 */
function alternate(commands, rounds = RUNS) {
  const samples = Object.fromEntries(Object.keys(commands).map((label) => [label, []]));
  for (let round = 0; round <= rounds; round++) {
    for (const [label, spec] of Object.entries(commands)) {
      // The warm-up round (0) runs only what needs it: it fills the warm cache and the page cache.
      if (round === 0 && !spec.warmUp) continue;
      const sample = measure(spec.command, spec);
      if (round > 0) samples[label].push(sample);
    }
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  const summary = {};
  for (const [label, list] of Object.entries(samples)) {
    const walls = list.map((sample) => sample.wall);
    const cpus = list.map((sample) => sample.cpu);
    summary[label] = {
      wall: median(walls),
      wallMin: Math.min(...walls),
      wallMax: Math.max(...walls),
      cpu: median(cpus),
      cpuMin: Math.min(...cpus),
      cpuMax: Math.max(...cpus),
      peakMiB: Math.max(...list.map((sample) => sample.peakMiB)),
      output: list.at(-1).stdout.trim().slice(0, 300),
    };
  }
  // Wall ratios answer "how long does the user wait"; cpu ratios are steadier on a busy machine.
  const ratio = (a, b, measure = 'wall') => median(samples[a].map((sample, index) => sample[measure] / samples[b][index][measure]));
  return { summary, ratio };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function fullScan(corpus) {
  const dir = ensureCorpus(corpus);
  const files = collectPythonFiles([dir]);
  const bytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
  const cacheDir = join(scratch, `cache-${corpus}`);
  const ours = [NODE, CLI, '--no-config', '--quiet', '--format', 'json', '--output', '/dev/null', dir];
  const repo = corpusRepo(corpus, dir);
  const commands = {
    'ours cold': { command: [...ours.slice(0, 2), '--no-cache', ...ours.slice(2)] },
    'ours cold, --all': { command: [...ours.slice(0, -1), '--no-cache', '--all'], cwd: repo },
    'ours warm': { command: [...ours.slice(0, 2), '--cache-dir', cacheDir, ...ours.slice(2)], warmUp: true },
    'parse floor, 1 thread': { command: [NODE, join(HERE, 'parse-floor.mjs'), '--gc-kb', '1024', dir] },
    [`parse floor, ${workers} workers`]: { command: [NODE, join(HERE, 'parse-floor.mjs'), '--workers', String(workers), '--gc-kb', '1024', dir] },
  };
  if (!skip.has('ruff')) {
    commands['ruff S (wasm)'] = { command: [NODE, join(HERE, 'ruff-s.mjs'), dir] };
    commands['ruff S (wasm, --liftoff-only)'] = { command: [NODE, '--liftoff-only', join(HERE, 'ruff-s.mjs'), dir] };
  }
  if (!skip.has('bandit')) commands.bandit = { command: ['bandit', '-r', dir, '-q', '-f', 'json', '-o', '/dev/null'] };
  process.stderr.write(`${corpus}: ${files.length} files, ${(bytes / 1e6).toFixed(2)} MB, ${RUNS} runs `);
  // The warm-up round fills the warm cache: every later `ours warm` run finds every file cached.
  const { summary, ratio } = alternate(commands);
  const floor = `parse floor, ${workers} workers`;
  const ratios = {
    'ours cold, --all / ours cold': ratio('ours cold, --all', 'ours cold'),
    'ours cold, --all / parse floor (N workers)': ratio('ours cold, --all', floor),
    'ours cold / parse floor (N workers)': ratio('ours cold', floor),
    'ours cold / parse floor (1 thread)': ratio('ours cold', 'parse floor, 1 thread'),
  };
  if (commands.bandit) ratios['bandit / ours cold'] = ratio('bandit', 'ours cold');
  if (commands['ruff S (wasm)']) {
    ratios['ours cold, --all / ruff S (wasm)'] = ratio('ours cold, --all', 'ruff S (wasm)');
    ratios['ours cold / ruff S (wasm)'] = ratio('ours cold', 'ruff S (wasm)');
    ratios['ours cold / ruff S (wasm, --liftoff-only)'] = ratio('ours cold', 'ruff S (wasm, --liftoff-only)');
  }
  ratios['ours warm / ours cold'] = ratio('ours warm', 'ours cold');
  const cpuRatios = {
    'ours cold, --all / ours cold': ratio('ours cold, --all', 'ours cold', 'cpu'),
    'ours cold / parse floor (1 thread)': ratio('ours cold', 'parse floor, 1 thread', 'cpu'),
  };
  if (commands.bandit) cpuRatios['bandit / ours cold'] = ratio('bandit', 'ours cold', 'cpu');
  if (commands['ruff S (wasm, --liftoff-only)']) cpuRatios['ours cold / ruff S (wasm, --liftoff-only)'] = ratio('ours cold', 'ruff S (wasm, --liftoff-only)', 'cpu');
  return { files: files.length, bytes, summary, ratios, cpuRatios };
}

/** A throw-away git repository of a corpus, committed: `--all` reviews it as CI would, blobs read through git. */
function corpusRepo(corpus, dir) {
  const repo = join(scratch, `${corpus}-all-repo`);
  cpSync(dir, join(repo, corpus), { recursive: true });
  const git = (...gitArgs) => execFileSync('git', gitArgs, { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 28 });
  git('init', '-q');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', 'add', '-A');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', 'commit', '-q', '-m', 'corpus');
  return repo;
}

/** The worker pool's crossover (bench/crossover.mjs in its own process, so its runs alternate as everywhere else). */
function crossover() {
  const out = join(scratch, 'crossover.json');
  process.stderr.write('crossover (bench/crossover.mjs) ');
  execFileSync(NODE, [join(HERE, 'crossover.mjs'), '--runs', String(RUNS), '--json', out], { stdio: ['ignore', 'ignore', 'inherit'] });
  process.stderr.write('\n');
  return JSON.parse(readFileSync(out, 'utf8'));
}

/**
 * A throw-away git repository holding the Nova corpus, committed; each set of files gets a one-line edit and is
 * staged, then the hook command runs in staged mode (cold: --no-cache; warm: a cache filled by the warm-up round)
 * and Bandit runs on the same files (under pre-commit the worktree equals the index).
 */
function hookBench() {
  const source = ensureCorpus('nova');
  const repo = join(scratch, 'nova-repo');
  cpSync(source, join(repo, 'nova'), { recursive: true });
  const git = (...gitArgs) => execFileSync('git', gitArgs, { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 28 });
  git('init', '-q');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', 'add', '-A');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', 'commit', '-q', '-m', 'corpus');
  const tracked = git('ls-files', '-z').split('\0').filter((path) => path.endsWith('.py'));
  const sized = tracked.map((path) => ({ path, size: statSync(join(repo, path)).size })).sort((a, b) => a.size - b.size || (a.path < b.path ? -1 : 1));
  // Distinct files at evenly spaced size quantiles (1 file: the median), as in perf-anchors §2.
  const pick = (count) => Array.from({ length: count }, (_, index) => sized[Math.floor(((index + 0.5) / count) * sized.length)]);
  const sets = { '1 file': pick(1), '2 files': pick(2), '10 files': pick(10), '50 files': pick(50), '1 big file (1.3 MB)': [sized.at(-1)] };
  const cacheDir = join(scratch, 'cache-hook');
  // --no-new-only: the staged blobs alone, as Bandit sees them; the 2-file set also times the default --new-only,
  // which adds a rename-detecting diff and the HEAD blobs' analysis (cold: analysed too; warm: cached, as in use).
  // No --no-config: the repository has no config, and looking for one is part of every hook run.
  const ours = [NODE, CLI, '--staged', '--quiet', '--no-new-only'];
  const out = {};
  let edit = 0;
  for (const [name, set] of Object.entries(sets)) {
    const paths = set.map((file) => file.path);
    const bytes = paths.reduce((sum, path) => sum + statSync(join(repo, path)).size, 0);
    git('reset', '-q', '--hard');
    for (const path of paths) appendFileSync(join(repo, path), `# bench edit ${++edit}\n`);
    git('add', '--', ...paths);
    const commands = {
      'ours cold': { command: [...ours, '--no-cache'], cwd: repo },
      'ours warm': { command: [...ours, '--cache-dir', cacheDir], cwd: repo, warmUp: true },
    };
    if (name === '2 files') {
      const newOnly = [...ours.filter((arg) => arg !== '--no-new-only'), '--new-only'];
      commands['new-only cold'] = { command: [...newOnly, '--no-cache'], cwd: repo };
      commands['new-only warm'] = { command: [...newOnly, '--cache-dir', cacheDir], cwd: repo, warmUp: true };
      // The first run after installing or upgrading: V8's code cache is empty too (it is written at its end).
      const empty = join(scratch, 'xdg-cache-empty');
      commands['ours first run'] = { command: [...ours, '--no-cache'], cwd: repo, env: { XDG_CACHE_HOME: empty }, prepare: () => rmSync(empty, { recursive: true, force: true }) };
    }
    if (!skip.has('bandit')) commands.bandit = { command: ['bandit', '-q', '-f', 'json', '-o', '/dev/null', ...paths], cwd: repo };
    checkStaged(commands['ours cold'].command, repo, paths.length);
    process.stderr.write(`hook, ${name} (${(bytes / 1e3).toFixed(0)} KB) `);
    const { summary, ratio } = alternate(commands);
    const ratios = { 'ours warm / ours cold': ratio('ours warm', 'ours cold') };
    if (commands['new-only cold']) {
      ratios['new-only cold / ours cold'] = ratio('new-only cold', 'ours cold');
      ratios['new-only warm / ours warm'] = ratio('new-only warm', 'ours warm');
    }
    if (commands.bandit) {
      ratios['bandit / ours cold'] = ratio('bandit', 'ours cold');
      ratios['bandit / ours cold (cpu)'] = ratio('bandit', 'ours cold', 'cpu');
    }
    out[name] = { files: paths.length, bytes, summary, ratios };
  }
  git('reset', '-q', '--hard');
  return out;
}

/** The hook command must really review the staged files: a JSON run of the same command says how many it did. */
function checkStaged(command, cwd, expected) {
  const run = spawnSync(command[0], [...command.slice(1).filter((arg) => arg !== '--quiet'), '--format', 'json'], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const scanned = JSON.parse(run.stdout).files.scanned;
  if (scanned !== expected) throw new Error(`bench: the hook reviewed ${scanned} staged files, expected ${expected}`);
}

function machine() {
  const version = (command, ...commandArgs) => {
    try {
      return execFileSync(command, commandArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).split('\n')[0].trim();
    } catch {
      return 'not available';
    }
  };
  const pkg = (name) => {
    try {
      return JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
    } catch {
      return 'not installed';
    }
  };
  return {
    date: new Date().toISOString(),
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: availableParallelism(),
    memoryGiB: +(totalmem() / 2 ** 30).toFixed(1),
    freeMemoryGiB: +(freemem() / 2 ** 30).toFixed(1),
    loadAverageAtStart: loadavg().map((load) => +load.toFixed(2)),
    kernel: release(),
    node: process.version,
    treeSitter: pkg('tree-sitter'),
    treeSitterPython: pkg('tree-sitter-python'),
    ruffWasm: pkg('@astral-sh/ruff-wasm-nodejs'),
    bandit: version('bandit', '--version'),
    git: version('git', '--version'),
    checkout: version('git', '-C', ROOT, 'rev-parse', '--short', 'HEAD'),
    rules: JSON.parse(execFileSync(NODE, ['--input-type=module', '-e', `import('${join(ROOT, 'dist', 'rules', 'index.js')}').then((m) => console.log(m.RULES.length))`], { encoding: 'utf8' })),
  };
}

function printFullScan(corpus, result) {
  print(`\n### Full scan: ${corpus} (${result.files} files, ${(result.bytes / 1e6).toFixed(2)} MB), median of ${RUNS} runs\n`);
  print('| command | wall s (min–max) | cpu s (min–max) | peak MiB | MB/s |');
  print('| --- | ---: | ---: | ---: | ---: |');
  for (const [label, row] of Object.entries(result.summary)) {
    print(`| ${label} | ${row.wall.toFixed(3)} (${row.wallMin.toFixed(2)}–${row.wallMax.toFixed(2)}) | ${row.cpu.toFixed(2)} (${row.cpuMin.toFixed(2)}–${row.cpuMax.toFixed(2)}) | ${row.peakMiB.toFixed(0)} | ${(result.bytes / 1e6 / row.wall).toFixed(1)} |`);
  }
  print('\n| paired ratio | wall | cpu |');
  print('| --- | ---: | ---: |');
  for (const [label, value] of Object.entries(result.ratios)) {
    const cpu = result.cpuRatios[label];
    print(`| ${label} | ${value.toFixed(3)} | ${cpu === undefined ? '' : cpu.toFixed(3)} |`);
  }
}

function printHook(result) {
  print(`\n### Hook on a staged commit (temporary git repo of Nova), median of ${RUNS} runs\n`);
  const labels = [...new Set(Object.values(result).flatMap((set) => Object.keys(set.summary)))];
  print(`| staged set | ${labels.map((label) => `${label}: wall s / cpu s (peak MiB)`).join(' | ')} | bandit / ours cold, paired: wall / cpu |`);
  print(`| --- | ${labels.map(() => '---:').join(' | ')} | ---: |`);
  for (const [name, set] of Object.entries(result)) {
    const cells = labels.map((label) => {
      const row = set.summary[label];
      return row ? `${row.wall.toFixed(3)} / ${row.cpu.toFixed(3)} (${row.peakMiB.toFixed(0)})` : '—';
    });
    const wall = set.ratios['bandit / ours cold'];
    const cpu = set.ratios['bandit / ours cold (cpu)'];
    print(`| ${name}, ${(set.bytes / 1e3).toFixed(0)} KB | ${cells.join(' | ')} | ${wall ? `${wall.toFixed(2)} / ${cpu.toFixed(2)}` : '—'} |`);
  }
}

function printCrossover(result) {
  const cell = (list, key) => `${median(list.map((sample) => sample[key])).toFixed(3)} (${Math.min(...list.map((sample) => sample[key])).toFixed(2)}–${Math.max(...list.map((sample) => sample[key])).toFixed(2)})`;
  print(`\n### Worker pool crossover (Nova files, cold), median of ${result.runs} runs\n`);
  print(`| misses KiB | files | --jobs 1 wall s | --jobs 1 cpu s | --jobs ${result.threads} wall s | --jobs ${result.threads} cpu s | automatic wall s | automatic cpu s | jobs ${result.threads} / jobs 1, wall (paired) |`);
  print('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const row of result.rows) {
    print(`| ${row.kib} | ${row.files} | ${cell(row.one, 'wall')} | ${cell(row.one, 'cpu')} | ${cell(row.many, 'wall')} | ${cell(row.many, 'cpu')} | ${cell(row.auto, 'wall')} | ${cell(row.auto, 'cpu')} | ${row.ratio.toFixed(2)} |`);
  }
}

/** Issue 21's targets, each with the figure from this run that answers it ("Nova cold" is `--all`, as CI runs it). */
function printTargets(results) {
  const nova = results.fullScan.nova;
  const rows = [];
  const row = (target, value, met) => rows.push(`| ${target} | ${value} | ${met === undefined ? '—' : met ? 'met' : 'not met'} |`);
  if (nova) {
    const { ratios, summary } = nova;
    const floorRatio = ratios['ours cold, --all / parse floor (N workers)'];
    row(`Nova cold (--all) ≤ 1.3× the ${workers}-worker parse floor`, `${floorRatio.toFixed(2)}× (wall, paired)`, floorRatio <= 1.3);
    if (ratios['ours cold, --all / ruff S (wasm)']) {
      const ruff = ratios['ours cold, --all / ruff S (wasm)'];
      row('Nova cold (--all) faster than Ruff S (WASM)', `${ruff.toFixed(2)}× Ruff's time`, ruff < 1);
    }
    row('Nova cold --all as fast as PATH mode', `${ratios['ours cold, --all / ours cold'].toFixed(2)}× wall, ${nova.cpuRatios['ours cold, --all / ours cold'].toFixed(2)}× cpu`, nova.cpuRatios['ours cold, --all / ours cold'] <= 1.05);
    row('Nova warm ≤ 0.3 s', `${summary['ours warm'].wall.toFixed(3)} s`, summary['ours warm'].wall <= 0.3);
    const peak = Math.max(summary['ours cold'].peakMiB, summary['ours cold, --all'].peakMiB) * 1.048576;
    row('Nova cold peak RSS ≤ 200 MB (PATH and --all)', `${peak.toFixed(0)} MB`, peak <= 200);
  }
  const fifty = results.hook['50 files'];
  if (fifty?.ratios['bandit / ours cold']) row('hook, 50-file commit ≥ 8× faster than Bandit', `${fifty.ratios['bandit / ours cold'].toFixed(2)}× (wall, paired)`, fifty.ratios['bandit / ours cold'] >= 8);
  const two = results.hook['2 files'];
  if (two) row('hook, 2-file commit no slower than before', `${two.summary['ours cold'].wall.toFixed(3)} s wall, ${two.summary['ours cold'].cpu.toFixed(3)} s cpu`);
  if (rows.length === 0) return;
  print('\n### Targets (issue 21), from this run\n');
  print('| target | this run | |');
  print('| --- | ---: | --- |');
  for (const line of rows) print(line);
}

function updateReadme(path, machine) {
  const start = '<!-- bench-table:start -->';
  const end = '<!-- bench-table:end -->';
  let text = existsSync(path) ? readFileSync(path, 'utf8') : '# Performance\n';
  if (!text.includes(start)) text = `${text.replace(/\n*$/, '\n')}\n## Latest bench run\n\n${start}\n${end}\n`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (to < from) throw new Error(`bench: ${path} has ${end} before ${start}`);
  const header = [
    `Latest \`npm run bench\` (${machine.date.slice(0, 16).replace('T', ' ')} UTC, checkout ${machine.checkout}, ${machine.rules} rules): ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ` +
      `Node ${machine.node}, tree-sitter ${machine.treeSitter}, ${machine.bandit.replace(/^bandit /, 'Bandit ')}, Ruff WASM ${machine.ruffWasm}. ` +
      `Load average ${machine.loadAverageAtStart[0]} at the start and ${machine.loadAverageAtEnd[0]} at the end (the benchmark's own processes included)` +
      (Math.max(machine.loadAverageAtStart[0], machine.loadAverageAtEnd[0]) > machine.cores
        ? ': other work shared the machine, so wall times are inflated and the cpu columns and paired ratios are the steadier figures.'
        : '.'),
  ];
  writeFileSync(path, `${text.slice(0, from + start.length)}\n${header.join('\n')}\n${printed.join('\n')}\n${text.slice(to)}`);
}
