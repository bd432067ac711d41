import { requestToJson } from '../model/serialize.js';
import type { HttpInteraction, HttpRequest, JsonValue } from '../model/types.js';
import type { RequestJson } from '../server/types.js';

/** A request as plain JSON for a runner's diff: only what the user wrote and matching compares. */
export type PlainRequest = Pick<RequestJson, 'method' | 'path' | 'query' | 'headers' | 'body'>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The expected request of a model interaction, as the mock server renders requests (§3.4). */
export function modelRequestJson(request: HttpRequest): PlainRequest {
  const { method, path, query, headers, body } = requestToJson(request);
  const plain: PlainRequest = { method, path };
  if (query !== undefined && Object.keys(query).length > 0) plain.query = query;
  if (headers !== undefined && Object.keys(headers).length > 0) plain.headers = headers;
  if (body !== undefined) plain.body = body;
  return plain;
}

/** The expected request of raw V3 interaction JSON, as written (rules and generators left out). */
export function rawRequestJson(interaction: Record<string, unknown>): PlainRequest | undefined {
  const request = interaction.request;
  if (!isRecord(request)) return undefined;
  const plain: PlainRequest = {
    method: typeof request.method === 'string' ? request.method.toUpperCase() : 'GET',
    path: typeof request.path === 'string' ? request.path : '/',
  };
  if (isRecord(request.query)) plain.query = request.query as PlainRequest['query'];
  if (isRecord(request.headers)) plain.headers = request.headers as PlainRequest['headers'];
  if (request.body !== undefined) plain.body = request.body as JsonValue;
  return plain;
}

/** True for a normalized model interaction (as opposed to pact JSON). */
export function isModelInteraction(value: object): value is HttpInteraction {
  return (
    isRecord(value) &&
    value.type === 'Synchronous/HTTP' &&
    isRecord(value.request) &&
    isRecord(value.request.body) &&
    typeof value.request.body.kind === 'string'
  );
}

/**
 * The received request cut down to what the expected request talks about: headers the
 * interaction does not mention cannot cause a mismatch (and `host`, `user-agent` … would drown the
 * diff), so only the expected header names are kept, in the expected spelling.
 */
export function projectActual(actual: RequestJson, expected: PlainRequest | undefined): PlainRequest {
  const plain: PlainRequest = { method: actual.method, path: actual.path };
  if (actual.query !== undefined && Object.keys(actual.query).length > 0) plain.query = actual.query;
  const wanted = Object.keys(expected?.headers ?? {});
  if (actual.headers !== undefined && wanted.length > 0) {
    const received = new Map(Object.entries(actual.headers).map(([name, value]) => [name.toLowerCase(), value]));
    const headers: Record<string, string> = {};
    for (const name of wanted) {
      const value = received.get(name.toLowerCase());
      if (value !== undefined) headers[name] = value;
    }
    plain.headers = headers;
  }
  if (actual.body !== undefined && !(actual.body === '' && expected?.body === undefined)) plain.body = actual.body;
  return plain;
}
