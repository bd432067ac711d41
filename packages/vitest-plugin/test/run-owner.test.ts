// The run owner (pacts written once, from a green run) on real Vitest 3, 4 and 5, with the
// README's setup (the plugin) and nothing else. The steps are the shared scenario
// (harnesses/scenarios, runOwnerScenario).
import { runOwnerScenario, type OwnerRunOptions } from '@pactwright/adapter-scenarios';
import { describe, it } from 'vitest';
import { availableMajors } from './support/majors.js';
import { createFixtureProject, runVitest, type FixtureProject } from './support/project.js';

const config = `import { defineConfig } from 'vitest/config';
import { pactwright } from '@pactwright/vitest-plugin';

export default defineConfig({
  plugins: [pactwright({ consumer: 'scenarios', provider: 'scenarios-api' })],
  test: { include: ['tests/**/*.test.{ts,js}'], allowOnly: true },
});
`;

async function run(project: FixtureProject, options: OwnerRunOptions): Promise<{ output: string }> {
  const args = [
    ...(options.parallel ? [] : ['--no-file-parallelism']),
    ...(options.filter ? ['-t', options.filter] : []),
    ...(options.shard ? [`--shard=${options.shard[0]}/${options.shard[1]}`] : []),
    ...(options.files ?? []),
  ];
  // An empty variable counts as unset: the plugin's own default (`run`) applies.
  const result = await runVitest(project, args, { env: { PACTWRIGHT_WRITE_PACTS: '' } });
  return { output: result.output };
}

describe.each(availableMajors())('the run owner on Vitest $runtime.version', ({ runtime, store }) => {
  it('writes once from a green run: renames, deletions, filters, a red run, parallel workers and merged shards', async () => {
    const project = await createFixtureProject(runtime, store, [], { 'vitest.config.ts': config });
    try {
      await runOwnerScenario({ runner: 'vitest', dir: project.dir, run: (options) => run(project, options) });
    } finally {
      await project.remove();
    }
  }, 300_000);
});
