// The pact JSON schema is the single source of both the validation and the raw pact-file types:
// the committed generated types must be exactly what json-schema-to-typescript makes of it.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/generate-types.mjs', import.meta.url));

it('src/model/pact-file.generated.ts is what schema/pact.schema.json generates', () => {
  const run = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8', timeout: 60_000 });
  expect(run.stderr).toBe('');
  expect(run.stdout).toContain('matches the schema');
  expect(run.status).toBe(0);
}, 60_000);
