// The layer rule of the root eslint.config.js: an import from a higher layer fails lint.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const eslint = new ESLint({ cwd: repo });

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${repo}packages/engine/src/${file}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the engine layers', () => {
  it.each([
    ['model/x.ts', "import type { MockServer } from '../server/types.js';\nexport type X = MockServer;\n"],
    ['matching/body/x.ts', "import { generateValue } from '../../generators/generate-value.js';\nexport const x = generateValue;\n"],
    ['pact-file/x.ts', "import { formatMismatches } from '../report/format-mismatches.js';\nexport const x = formatMismatches;\n"],
    ['server/x.ts', "import { createPactSession } from '../session/create-session.js';\nexport const x = createPactSession;\n"],
  ])('an upward import in %s fails lint, naming what the layer may import', async (file, code) => {
    const found = await problems(file, code);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/may import only .* \(the engine's layers, packages\/engine\/README\.md\)$/);
  });

  it.each([
    ['matching/x.ts', "import type { Body } from '../model/types.js';\nexport type X = Body;\n"],
    ['server/x.ts', "import { writePactToDir } from '../pact-file/write.js';\nexport const x = writePactToDir;\n"],
    ['session/x.ts', "import { startMockServer } from '../server/start.js';\nexport const x = startMockServer;\n"],
  ])('a downward import in %s passes', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
