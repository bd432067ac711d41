// `npm run demo`: builds the packages, runs each example consumer's pact tests with its adapter,
// and prints where each pact file was written.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const examples = ['jest-consumer', 'vitest-consumer', 'mocha-consumer', 'frontend-consumer'];

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '1' } });
  return result.status ?? 1;
}

console.log('Building the packages…');
if (run('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], root) !== 0) process.exit(1);

let failed = 0;
for (const name of examples) {
  const dir = join(root, 'examples', name);
  if (!existsSync(join(dir, 'package.json'))) continue;
  console.log(`\n▶ examples/${name}`);
  const started = Date.now();
  const status = run('npm', ['test', '--silent'], dir);
  if (status !== 0) {
    failed += 1;
    console.log(`✖ examples/${name} failed`);
    continue;
  }
  const pactDir = join(dir, 'pacts');
  const files = existsSync(pactDir)
    ? readdirSync(pactDir).filter((f) => f.endsWith('.json') && statSync(join(pactDir, f)).mtimeMs >= started - 1000)
    : [];
  for (const file of files) {
    const pact = JSON.parse(readFileSync(join(pactDir, file), 'utf8'));
    console.log(`✔ pact written: ${relative(process.cwd(), join(pactDir, file))} (${pact.interactions.length} interactions)`);
  }
}
process.exit(failed === 0 ? 0 : 1);
