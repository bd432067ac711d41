import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jestBinary, makeTempDir, readPacts, removeDir } from './support/run-jest.js';

const exampleDir = resolve(fileURLToPath(new URL('../../../examples/jest-consumer', import.meta.url)));

interface Run {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the example's own Jest (as `npm test` there would), with pacts sent to `pactDir`. */
function runExampleJest(args: string[], pactDir: string): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [jestBinary(exampleDir), '--ci', ...args], {
      cwd: exampleDir,
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', PACTWRIGHT_PACT_DIR: pactDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.on('error', fail);
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      done({ exitCode, stdout, stderr });
    });
  });
}

describe.skipIf(!existsSync(join(exampleDir, 'package.json')))('examples/jest-consumer', () => {
  const greenDir = makeTempDir('example-pacts');
  const brokenDir = makeTempDir('broken-pacts');
  let green: Run;
  let broken: Run;

  beforeAll(async () => {
    [green, broken] = await Promise.all([
      runExampleJest(['--detectOpenHandles'], greenDir),
      runExampleJest(['--config', 'broken/jest.config.cjs'], brokenDir),
    ]);
  });

  afterAll(() => [greenDir, brokenDir].forEach(removeDir));

  it('passes quietly under --detectOpenHandles and leaves the pact with every interaction', () => {
    expect(green.exitCode).toBe(0);
    expect(green.stdout).toBe('');
    const noise = green.stderr
      .split('\n')
      .filter((line) => line.trim() !== '' && !/^(PASS |Test Suites:|Tests:|Snapshots:|Time:|Ran all test suites)/.test(line));
    expect(noise).toEqual([]);
    const pact = readPacts(greenDir)['orders-web-users-orders-api.json'];
    expect(pact?.interactions.map((interaction) => interaction.description).sort()).toEqual([
      'a request for a user that does not exist',
      'a request for the open orders of user 42',
      'a request for user 42',
      'a request to create an order',
    ]);
  });

  it('the broken variant fails each test with the mismatch report at the test, and writes no pact', () => {
    expect(broken.exitCode).toBe(1);
    const output = broken.stderr;
    expect(output).toContain('Request did not match interaction "a request to create an order"');
    expect(output).toMatch(/body \$\.lines\[0\]\.quantity — Expected '2' \(String\) to be an integer/);
    expect(output).toMatch(/query status — Expected query parameter 'status' with value 'open' but was 'OPEN'/);
    expect(output).toMatch(/query limit — Expected query parameter 'limit' but was missing/);
    // The code frame is the user's test line, not Pactwright's code.
    expect(output).toMatch(/> +8 \| test\('createOrder sends the quantity as a string/);
    expect(output).toContain('at Object.<anonymous> (broken/orders.broken.test.ts:8:');
    // A test that failed on its own (the client threw on the mock's 500) also gets the report.
    expect(output).toContain('ApiError: users/orders service answered 500');
    expect(readPacts(brokenDir)).toEqual({});
  });
});
