import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { GeneratorJson, InteractionJson, PactJson } from '../pact-json.js';
import { RUNTIME_DIR } from '../paths.js';
import type { BenchServer, Target } from './types.js';

/** The parts of pact-core's consumer API the bench uses (typed here: pact-core is not a workspace dependency). */
interface RustInteraction {
  given(state: string): boolean;
  givenWithParams(state: string, params: string): boolean;
  withRequest(method: string, path: string): boolean;
  withQuery(name: string, index: number, value: string): boolean;
  withRequestHeader(name: string, index: number, value: string): boolean;
  withRequestBody(body: string, contentType: string): boolean;
  withRequestMatchingRules(rules: string): boolean;
  withStatus(status: number): boolean;
  withResponseHeader(name: string, index: number, value: string): boolean;
  withResponseBody(body: string, contentType: string): boolean;
  withResponseMatchingRules(rules: string): boolean;
}

interface RustPact {
  newInteraction(description: string): RustInteraction;
  createMockServer(address: string, port?: number, tls?: boolean): number;
  mockServerMismatches(port: number): unknown[];
  cleanupMockServer(port: number): boolean;
}

interface PactCore {
  makeConsumerPact(consumer: string, provider: string, version?: number, logLevel?: string): RustPact;
}

/** pact-core's FFI specification enum: 4 is V3. */
const SPEC_V3 = 4;

let core: PactCore | undefined;

function pactCore(): PactCore {
  // Loaded from the bench's separate runtime prefix, and only in the child that runs under Node 24.
  core ??= createRequire(join(RUNTIME_DIR, 'package.json'))('@pact-foundation/pact-core') as PactCore;
  return core;
}

/**
 * Builds the pact in the official library through pact-core's consumer builder, one FFI call per
 * element, the way Pact JS does it (pact-core has no call that takes pact JSON).
 */
export function buildRustPact(pact: PactJson): RustPact {
  const handle = pactCore().makeConsumerPact(pact.consumer.name, pact.provider.name, SPEC_V3, 'error');
  for (const interaction of pact.interactions) addInteraction(handle, interaction);
  return handle;
}

function addInteraction(handle: RustPact, interaction: InteractionJson): void {
  const it = handle.newInteraction(interaction.description);
  for (const state of interaction.providerStates ?? []) {
    if (state.params) it.givenWithParams(state.name, JSON.stringify(state.params));
    else it.given(state.name);
  }
  const { request, response } = interaction;
  it.withRequest(request.method, request.path);
  for (const [name, values] of Object.entries(request.query ?? {})) values.forEach((v, i) => it.withQuery(name, i, v));
  for (const [name, value] of Object.entries(request.headers ?? {})) it.withRequestHeader(name, 0, value);
  if (request.body !== undefined) it.withRequestBody(JSON.stringify(request.body), contentType(request.headers));
  if (request.matchingRules) it.withRequestMatchingRules(JSON.stringify(request.matchingRules));
  it.withStatus(response.status ?? 200);
  for (const [name, value] of Object.entries(response.headers ?? {})) it.withResponseHeader(name, 0, value);
  if (response.body !== undefined) {
    const body = withGenerators(response.body, response.generators?.['body'] ?? {});
    it.withResponseBody(JSON.stringify(body), contentType(response.headers));
  }
  if (response.matchingRules) it.withResponseMatchingRules(JSON.stringify(response.matchingRules));
}

function contentType(headers: Record<string, string> | undefined): string {
  for (const [name, value] of Object.entries(headers ?? {})) if (name.toLowerCase() === 'content-type') return value;
  return 'application/json';
}

/**
 * pact-core takes body generators in its "integration JSON" form (a marker object in place of the
 * value), so each generator of the pact is put at its path that way. Only `$.a.b` paths occur in
 * the workloads.
 */
function withGenerators(body: unknown, generators: Record<string, GeneratorJson>): unknown {
  const copy = structuredClone(body) as Record<string, unknown>;
  for (const [path, generator] of Object.entries(generators)) {
    const keys = path.replace(/^\$\.?/, '').split('.');
    const last = keys.pop();
    let parent: Record<string, unknown> = copy;
    for (const key of keys) parent = parent[key] as Record<string, unknown>;
    if (last === undefined || !(last in parent)) throw new Error(`rust target: generator path ${path} not found in the body`);
    const { type, ...params } = generator;
    parent[last] = { 'pact:matcher:type': 'type', value: parent[last], 'pact:generator:type': type, ...params };
  }
  return copy;
}

/** The official Rust mock server, through pact-core's FFI. */
export const rustTarget: Target = {
  async start(pactText) {
    const handle = buildRustPact(JSON.parse(pactText) as PactJson);
    const port = handle.createMockServer('127.0.0.1', 0, false);
    const bench: BenchServer = {
      port,
      problems: () =>
        handle
          .mockServerMismatches(port)
          .filter((m) => (m as { type?: unknown }).type !== 'missing-request')
          .map((m) => JSON.stringify(m)),
      matchedCount: () => undefined,
      close: async () => {
        handle.cleanupMockServer(port);
      },
    };
    return bench;
  },
  async cycle(pactText) {
    const handle = buildRustPact(JSON.parse(pactText) as PactJson);
    const port = handle.createMockServer('127.0.0.1', 0, false);
    if (!handle.cleanupMockServer(port)) throw new Error(`rust: no server on port ${port} to clean up`);
  },
};
