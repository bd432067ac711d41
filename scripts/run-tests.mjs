// Runs every workspace's tests through turbo, one at a time, and, when some fail, repeats what
// the failing ones printed about their failures at the very end. CI keeps only the tail of a long
// log, and turbo prints each task's output where it ran, so without this the reason for a red run
// can scroll out of what CI kept.
import { spawn } from 'node:child_process';

const MARKER = /FAIL|×|✗|✖|Error|AssertionError|expected|received|failing|not ok|❯ .*:\d+/;
const MAX_LINES_PER_TASK = 120;
// Turbo prefixes each line with `<package>:<task>: `; colours are stripped before matching.
const PREFIX = /^(\S+?):test: ?(.*)$/;
// eslint-disable-next-line no-control-regex -- ANSI colour sequences
const ANSI = /\u001b\[[0-9;]*m/g;

const child = spawn('npx', ['turbo', 'run', 'test', '--concurrency=1', '--continue', ...process.argv.slice(2)], { stdio: ['ignore', 'pipe', 'pipe'] });
const byTask = new Map();
let pending = '';

function take(chunk, stream) {
  stream.write(chunk);
  const text = pending + chunk.toString('utf8');
  const lines = text.split('\n');
  pending = lines.pop() ?? '';
  for (const line of lines) {
    const match = PREFIX.exec(line.replace(ANSI, ''));
    if (match === null) continue;
    const [, task, rest] = match;
    if (!byTask.has(task)) byTask.set(task, []);
    byTask.get(task).push(rest);
  }
}

child.stdout.on('data', (chunk) => take(chunk, process.stdout));
child.stderr.on('data', (chunk) => take(chunk, process.stderr));
child.on('close', (code) => {
  if (code !== 0) {
    const failed = [...byTask.entries()].filter(([, lines]) => lines.some((line) => /ERR!|exited \(1\)|FAIL|failing|Test Files .*failed/.test(line)));
    process.stdout.write(`\n==== what the failing test tasks said (${failed.length || 'none found'}) ====\n`);
    for (const [task, lines] of failed) {
      const marked = lines.filter((line) => MARKER.test(line)).slice(0, MAX_LINES_PER_TASK);
      process.stdout.write(`\n---- ${task} ----\n${marked.join('\n')}\n`);
    }
  }
  process.exit(code ?? 1);
});
