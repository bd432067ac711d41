// The layer rule of the root eslint.config.js: an import from a higher layer fails lint.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const eslint = new ESLint({ cwd: repo });

async function problems(file: string, code: string, rule = 'no-restricted-imports'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${repo}packages/engine/src/${file}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === rule).map((m) => m.message);
}

describe('the engine layers', () => {
  it.each([
    ['model/x.ts', "import type { MockServer } from '../server/types.js';\nexport type X = MockServer;\n"],
    ['matching/body/x.ts', "import { generateValue } from '../../generators/generate-value.js';\nexport const x = generateValue;\n"],
    ['pact-file/x.ts', "import { formatMismatches } from '../report/format-mismatches.js';\nexport const x = formatMismatches;\n"],
    ['server/x.ts', "import { createPactSession } from '../session/create-session.js';\nexport const x = createPactSession;\n"],
    ['mock/x.ts', "import { startMockServer } from '../server/start.js';\nexport const x = startMockServer;\n"],
  ])('an upward import in %s fails lint, naming what the layer may import', async (file, code) => {
    const found = await problems(file, code);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/may import only .* \(the engine's layers, packages\/engine\/README\.md\)$/);
  });

  it.each([
    ['matching/x.ts', "import type { Body } from '../model/types.js';\nexport type X = Body;\n"],
    ['server/x.ts', "import { writePactToDir } from '../pact-file/write.js';\nexport const x = writePactToDir;\n"],
    ['session/x.ts', "import { startMockServer } from '../server/start.js';\nexport const x = startMockServer;\n"],
    ['server/x.ts', "import { MockCore } from '../mock/mock-core.js';\nexport const x = MockCore;\n"],
  ])('a downward import in %s passes', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});

describe("the engine's node-free core", () => {
  it.each(['model/x.ts', 'matching/body/x.ts', 'generators/x.ts', 'dsl/x.ts', 'mock/x.ts', 'report/x.ts'])('a node: module or a Node-only global in %s fails lint', async (file) => {
    const imported = await problems(file, "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n");
    expect(imported).toEqual([expect.stringContaining("the engine's core (model, matching, generators, dsl, mock, report) runs in browsers too")]);
    const globals = await problems(file, "export const x = Buffer.from('a');\nexport const y = process.env;\n", 'no-restricted-globals');
    expect(globals).toHaveLength(2);
    expect(globals[0]).toContain('bytes are Uint8Array');
  });

  it('leaves node: modules to the layers at the edge', async () => {
    expect(await problems('server/x.ts', "import { createServer } from 'node:http';\nexport const x = createServer;\n")).toEqual([]);
  });
});
