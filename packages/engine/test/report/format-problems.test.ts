import { afterEach, describe, expect, it } from 'vitest';
import { startMockServer, type RunningMockServer } from '../../src/server/index.js';
import { formatMismatches, formatProblems } from '../../src/report/index.js';

let server: RunningMockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('the report read from outcomes', () => {
  it('says what the report read from the official JSON says, naming each interaction from its outcome', async () => {
    server = await startMockServer({});
    const user = server.addInteraction({
      description: 'create a user',
      request: { method: 'POST', path: '/users', headers: { 'Content-Type': 'application/json' }, body: { name: 'Bob', age: 30 } },
      response: { status: 201 },
    });
    const twin = server.addInteraction({ description: 'create a user (twin)', request: { method: 'POST', path: '/users', body: { name: 'Ann' } }, response: { status: 201 } });
    const never = server.addInteraction({ description: 'delete a user', request: { method: 'DELETE', path: '/users/1' }, response: { status: 204 } });
    await fetch(`${server.url}/users`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'Fred', age: '30' }) });
    await fetch(`${server.url}/user/1?x=1`, { method: 'DELETE' });
    const result = server.verifyAndReset();

    expect(result.problems.map((problem) => problem.kind)).toEqual(['mismatched', 'unexpected']);
    expect(result.problems[0]?.kind === 'mismatched' && result.problems[0].interaction).toBe(user);
    expect(result.missing).toEqual([twin, never]);
    const interactions = [user, twin, never];
    const fromOutcomes = formatProblems(result.problems, result.missing, { color: false, interactions });
    const fromJson = formatMismatches(result.mismatches, { color: false, interactions: interactions.map((served) => served.interaction) });
    expect(fromOutcomes).toBe(fromJson);
    expect(fromOutcomes).toContain('Request did not match interaction "create a user"');
    expect(fromOutcomes).toContain('closest interaction: "delete a user" (DELETE /users/1; path differs)');
    expect(fromOutcomes).toContain('Expected request was not received: "create a user (twin)"');
  });

  it('shows the values the matcher compared, never a reading of the official text', async () => {
    server = await startMockServer({});
    // Values that look like the official format's debug-printed lists and quoted strings.
    server.addInteraction({ description: 'odd values', request: { method: 'GET', path: '/odd', query: { tag: ['["x"]'] }, headers: { 'X-Label': '"quoted"' } }, response: { status: 200 } });
    await fetch(`${server.url}/odd?tag=y`, { headers: { 'X-Label': 'plain' } });
    const result = server.verifyAndReset();
    const text = formatProblems(result.problems, result.missing, { color: false });
    expect(text).toContain('query tag');
    expect(text).toContain('expected: ["x"]');
    expect(text).toContain('expected: "quoted"');
    expect(text).toContain('actual:   plain');
    // Read from the official JSON, the same text can only be guessed at.
    expect(formatMismatches(JSON.parse(JSON.stringify(result.mismatches)) as typeof result.mismatches, { color: false })).toContain('expected: x');
  });
});
