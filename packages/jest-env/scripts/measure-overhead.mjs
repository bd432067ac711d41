// Measures what @pactwright/jest-env adds per test file: the same test files run by real Jest
// (a harness's), once with `testEnvironment: 'node'` and once with '@pactwright/jest-env'
// (a mock server started and closed per file, every test verified; no interaction registered, so
// what is measured is the environment itself). Prints medians over several runs.
//
//   node scripts/measure-overhead.mjs [--jest 29|30] [--files 10] [--runs 5]
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { jest: { type: 'string', default: '30' }, files: { type: 'string', default: '10' }, runs: { type: 'string', default: '5' } },
});
const files = Number(values.files);
const runs = Number(values.runs);
const harness = fileURLToPath(new URL(`../../../harnesses/jest${values.jest}/`, import.meta.url));
const manifest = createRequire(join(harness, 'package.json')).resolve('jest/package.json');
const jestBin = join(dirname(manifest), 'bin', 'jest.js');
const jestVersion = JSON.parse(readFileSync(manifest, 'utf8')).version;

const work = mkdtempSync(join(tmpdir(), 'pactwright-overhead-'));
const testsDir = join(work, 'tests');
mkdirSync(testsDir);
const body = (i) => `
describe('file ${i}', () => {
  for (let t = 0; t < 5; t += 1) {
    test('test ' + t, async () => {
      await new Promise((resolve) => setImmediate(resolve));
      expect(t + 1).toBeGreaterThan(t);
    });
  }
});
`;
for (let i = 0; i < files; i += 1) writeFileSync(join(testsDir, `file${i}.test.js`), body(i));

function median(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function runOnce(testEnvironment, index) {
  const outputFile = join(work, `report-${index}.json`);
  const config = {
    rootDir: harness,
    roots: [testsDir],
    testEnvironment,
    testEnvironmentOptions: { pactwright: { consumer: 'overhead', provider: 'overhead-api', pactDir: join(work, 'pacts') } },
    transform: {},
    cacheDirectory: join(work, 'cache'),
    watchman: false,
  };
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [jestBin, '--config', JSON.stringify(config), '--runInBand', '--ci', '--json', '--outputFile', outputFile], {
      cwd: harness,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0) return reject(new Error(`jest (${testEnvironment}) exited ${code}:\n${stderr}`));
      const report = JSON.parse(readFileSync(outputFile, 'utf8'));
      // startTime/endTime of a file: from just before its environment is created to its end.
      const perFile = report.testResults.map((result) => result.endTime - result.startTime);
      resolve({ wallMs, perFileMs: median(perFile) });
    });
  });
}

try {
  const environments = ['node', '@pactwright/jest-env'];
  const results = Object.fromEntries(environments.map((environment) => [environment, { wall: [], perFile: [] }]));
  // Warm Jest's transform cache and the file system once, then alternate so drift hits both alike.
  await runOnce('node', 'warm');
  for (let run = 0; run < runs; run += 1) {
    for (const environment of environments) {
      const { wallMs, perFileMs } = await runOnce(environment, `${environment.replace(/\W/g, '')}-${run}`);
      results[environment].wall.push(wallMs);
      results[environment].perFile.push(perFileMs);
    }
  }
  const plain = results.node;
  const pact = results['@pactwright/jest-env'];
  const line = (label, a, b) => `${label.padEnd(44)} ${a.toFixed(1).padStart(8)} ms ${b.toFixed(1).padStart(8)} ms ${(b - a).toFixed(1).padStart(8)} ms`;
  console.log(`Jest ${jestVersion}, Node ${process.version}, ${files} files x 5 tests, --runInBand, median of ${runs} runs`);
  console.log(`${''.padEnd(44)} ${'plain'.padStart(11)} ${'jest-env'.padStart(11)} ${'overhead'.padStart(11)}`);
  console.log(line('per test file (Jest start→end, median file)', median(plain.perFile), median(pact.perFile)));
  console.log(line(`whole run of ${files} files (wall clock)`, median(plain.wall), median(pact.wall)));
  console.log(line('whole run / files', median(plain.wall) / files, median(pact.wall) / files));
} finally {
  rmSync(work, { recursive: true, force: true });
}
