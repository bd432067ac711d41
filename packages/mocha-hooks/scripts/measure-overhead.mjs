// Measures what @pactwright/mocha-hooks costs against plain Mocha: the same trivial test files run
// with and without `--require @pactwright/mocha-hooks` (one mock server started, verified and closed
// per file), median wall time of several runs, for 1 file and for many files. The slope between the
// two file counts is the per-file cost; the rest is the one-off cost of loading the plugin and engine.
//
//   node scripts/measure-overhead.mjs [--runs 7] [--files 20] [--major 12]
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '7' }, files: { type: 'string', default: '20' }, major: { type: 'string', default: '12' } },
});
const runs = Number(values.runs);
const manyFiles = Number(values.files);
const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const harness = join(packageRoot, '..', '..', 'harnesses', `mocha${values.major}`);
const mocha = join(dirname(createRequire(join(harness, 'package.json')).resolve('mocha/package.json')), 'bin', 'mocha.js');
// Inside the package (gitignored .tmp/) so that `@pactwright/mocha-hooks` resolves as it does for users.
const workDir = join(packageRoot, '.tmp', 'overhead');

function makeProject(fileCount) {
  const dir = join(workDir, `files-${fileCount}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'test'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }));
  for (let index = 0; index < fileCount; index += 1) {
    writeFileSync(join(dir, 'test', `file-${index}.spec.js`), `describe('file ${index}', () => {\n  it('runs', () => {});\n});\n`);
  }
  return dir;
}

function median(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function timeRun(dir, withPlugin, parallel) {
  const args = [mocha, '--no-config', '--reporter', 'dot', 'test/*.spec.js'];
  if (withPlugin) args.push('--require', '@pactwright/mocha-hooks');
  if (parallel) args.push('--parallel', '--jobs', '2');
  const env = { ...process.env, PACTWRIGHT_CONSUMER: 'overhead', PACTWRIGHT_PROVIDER: 'overhead-api', PACTWRIGHT_PACT_DIR: join(dir, 'pacts') };
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: dir, env, encoding: 'utf8' });
  const elapsed = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`mocha failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return elapsed;
}

function measure(dir, withPlugin, parallel) {
  timeRun(dir, withPlugin, parallel); // warm the file system cache
  return median(Array.from({ length: runs }, () => timeRun(dir, withPlugin, parallel)));
}

const rows = [];
for (const parallel of [false, true]) {
  const one = makeProject(1);
  const many = makeProject(manyFiles);
  const plain1 = measure(one, false, parallel);
  const plugin1 = measure(one, true, parallel);
  const plainN = measure(many, false, parallel);
  const pluginN = measure(many, true, parallel);
  const perFile = (pluginN - plugin1 - (plainN - plain1)) / (manyFiles - 1);
  rows.push({
    mode: parallel ? 'parallel (2 jobs)' : 'serial',
    'plain, 1 file': plain1.toFixed(0),
    'plugin, 1 file': plugin1.toFixed(0),
    [`plain, ${manyFiles} files`]: plainN.toFixed(0),
    [`plugin, ${manyFiles} files`]: pluginN.toFixed(0),
    'one-off (ms)': (plugin1 - plain1).toFixed(0),
    'per file (ms)': perFile.toFixed(1),
  });
}
rmSync(workDir, { recursive: true, force: true });
console.log(`Mocha ${values.major}, Node ${process.version}, median of ${runs} runs, wall time in ms`);
console.table(rows);
