import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InteractionJson, PactJson } from './pact-json.js';
import { SHARED_BENCH_DIR } from './paths.js';

/** The load workloads (W1 is the lifecycle loop, measured separately). */
export type LoadWorkloadId = 'W2' | 'W3' | 'W4' | 'W5';
export const LOAD_WORKLOADS: readonly LoadWorkloadId[] = ['W2', 'W3', 'W4', 'W5'];

/** One HTTP request, exactly as the load generator sends it. */
export interface RequestSpec {
  method: string;
  /** Path with the query string. */
  target: string;
  headers: Record<string, string>;
  body?: Buffer;
}

/** A fixed response (what the ceiling server answers). */
export interface FixedResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export interface Workload {
  id: LoadWorkloadId;
  title: string;
  pactText: string;
  pact: PactJson;
  /** The interaction every request of the workload is meant to hit. */
  interaction: InteractionJson;
  request: RequestSpec;
  response: FixedResponse;
}

const FILES: Record<LoadWorkloadId | 'W1', { file: string; title: string }> = {
  W1: { file: 'w1-lifecycle.pact.json', title: 'start+stop, 10 interactions' },
  W2: { file: 'w2-simple-get.pact.json', title: 'GET /items/1, ~1 KB JSON' },
  W3: { file: 'w3-heavy-match.pact.json', title: 'POST /orders, ~100 KB body' },
  W4: { file: 'w4-many-interactions.pact.json', title: '200 interactions, last one' },
  W5: { file: 'w5-generators.pact.json', title: 'response generators' },
};

export function pactText(id: LoadWorkloadId | 'W1'): string {
  return readFileSync(join(SHARED_BENCH_DIR, FILES[id].file), 'utf8');
}

export function loadWorkload(id: LoadWorkloadId): Workload {
  const text = pactText(id);
  const pact = JSON.parse(text) as PactJson;
  // W4 targets the last interaction (the worst case for a linear scan); the others have one.
  const interaction = pact.interactions[pact.interactions.length - 1];
  if (!interaction) throw new Error(`${FILES[id].file} has no interactions`);
  const body = id === 'W3' ? readFileSync(join(SHARED_BENCH_DIR, 'w3-request-body.json')) : undefined;
  return {
    id,
    title: FILES[id].title,
    pactText: text,
    pact,
    interaction,
    request: requestFor(interaction, body),
    response: fixedResponse(interaction),
  };
}

/** The request that the interaction describes, with the query and headers the pact expects. */
function requestFor(interaction: InteractionJson, body: Buffer | undefined): RequestSpec {
  const { method, path, query, headers } = interaction.request;
  const pairs: string[] = [];
  for (const [name, values] of Object.entries(query ?? {})) {
    for (const value of values) pairs.push(`${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
  }
  const spec: RequestSpec = { method, target: pairs.length > 0 ? `${path}?${pairs.join('&')}` : path, headers: { ...(headers ?? {}) } };
  if (body) spec.body = body;
  else if (interaction.request.body !== undefined) spec.body = Buffer.from(JSON.stringify(interaction.request.body));
  return spec;
}

function fixedResponse(interaction: InteractionJson): FixedResponse {
  const { status, headers, body } = interaction.response;
  return {
    status: status ?? 200,
    headers: { ...(headers ?? {}) },
    body: body === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(body)),
  };
}
