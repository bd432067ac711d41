// The pact JSON schema is the single source of both the validation and the raw pact-file types:
// the committed generated types and ahead-of-time validators must be exactly what the schema gives.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/generate-from-schema.mjs', import.meta.url));

it('the generated types and validators in src/model are what schema/pact.schema.json generates', () => {
  const run = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8', timeout: 60_000 });
  expect(run.stderr).toBe('');
  expect(run.stdout).toContain('pact-file.generated.ts matches the schema');
  expect(run.stdout).toContain('pact-schema-validators.generated.ts matches the schema');
  expect(run.status).toBe(0);
}, 60_000);
