// When a command's memory peaks, not only how high: runs it, reads its resident set size from /proc every 10 ms, and
// prints the peak, when it came, and the curve in 25 steps. `/usr/bin/time` gives the peak alone; the curve tells a
// plateau (memory every file keeps: heaps, arenas) from a spike (one large file's tree and nodes). Linux only.
//   node bench/rss-timeline.mjs node dist/cli.cjs --no-cache --no-config --quiet PATH
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  process.stderr.write('usage: node bench/rss-timeline.mjs COMMAND [ARG...]\n');
  process.exit(2);
}
const SAMPLE_MS = 10;
const STEPS = 25;

const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
const started = Date.now();
/** [ms since start, MiB resident] */
const samples = [];
const timer = setInterval(() => {
  try {
    const resident = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
    if (resident) samples.push([Date.now() - started, Number(resident[1]) / 1024]);
  } catch {
    // The process has just ended: its last samples are in.
  }
}, SAMPLE_MS);

child.on('exit', (code) => {
  clearInterval(timer);
  if (samples.length === 0) {
    process.stderr.write('rss-timeline: the command ended before the first sample\n');
    process.exit(2);
  }
  const peak = samples.reduce((best, sample) => (sample[1] > best[1] ? sample : best));
  const end = samples[samples.length - 1][0];
  console.log(`peak ${peak[1].toFixed(1)} MiB at ${peak[0]} ms of ${end} ms (exit ${code})`);
  const every = Math.max(1, Math.floor(samples.length / STEPS));
  console.log(samples.filter((_, index) => index % every === 0).map(([ms, mib]) => `${ms} ms ${mib.toFixed(0)}`).join(' · '));
});
