import { setOwn } from '../model/own.js';
import type { Generator, Generators, HttpResponse, JsonValue, Draft, HeaderMap } from '../model/types.js';
import { applyBodyGenerators } from './body.js';
import { isSkippedInMode, type GeneratorContext } from './context.js';
import { tryGenerate } from './generate-value.js';
import { GenerationMemo } from './generation-memo.js';

/**
 * The response with its status, header and body generators applied (consumer mode unless the
 * context says otherwise). Never mutates `response` — the server sends the same interaction for
 * every request — and returns it as is when it has no generator that runs in this mode. A
 * generator that fails keeps its example value.
 */
export function generateResponse(response: HttpResponse, context: GeneratorContext = {}, memo: GenerationMemo = new GenerationMemo()): HttpResponse {
  const generators = response.generators;
  if (generators === undefined) return response;
  const { statusGenerator, headerGenerators, bodyGenerators } = activeGenerators(generators, context.mode ?? 'consumer', memo);
  if (statusGenerator === undefined && headerGenerators.length === 0 && bodyGenerators.length === 0) return response;

  const status = statusGenerator === undefined ? response.status : generateStatus(response.status, statusGenerator, context);
  const headers = headerGenerators.length === 0 ? response.headers : generateHeaders(response.headers, headerGenerators, context);
  // Body generators read the content type from the original headers: a header generator cannot retype the body.
  const body = bodyGenerators.length === 0 ? response.body : applyBodyGenerators(response.body, response.headers, bodyGenerators, context, memo);
  if (status === response.status && headers === response.headers && body === response.body) return response;
  const generated: Draft<HttpResponse> = { ...response, status, body };
  if (headers !== undefined) generated.headers = headers;
  return generated;
}

/** The generators of one response that run in a mode, in pact order. */
interface Active {
  statusGenerator: Generator | undefined;
  headerGenerators: [string, Generator][];
  bodyGenerators: [string, Generator][];
}

type Mode = NonNullable<GeneratorContext['mode']>;

// The mock generates the same response on every request: which generators run is worked out once
// per mode and kept in the response plan's memo.
function activeGenerators(generators: Generators, mode: Mode, memo: GenerationMemo): Active {
  const cached = memo.active.get(mode) as Active | undefined;
  if (cached !== undefined) return cached;
  const modeContext: GeneratorContext = { mode };
  const runs = (generator: Generator | undefined): generator is Generator =>
    generator !== undefined && typeof generator.type === 'string' && !isSkippedInMode(generator.type, modeContext);
  const active: Active = {
    statusGenerator: runs(generators.status) ? generators.status : undefined,
    headerGenerators: Object.entries(generators.header ?? {}).filter(([, g]) => runs(g)),
    bodyGenerators: Object.entries(generators.body ?? {}).filter(([, g]) => runs(g)),
  };
  memo.active.set(mode, active);
  return active;
}

/** Only `RandomInt` and `ProviderState` may change the status (§5.2), and only to a valid HTTP status. */
function generateStatus(status: number, generator: Generator, context: GeneratorContext): number {
  if (generator.type !== 'RandomInt' && generator.type !== 'ProviderState') return status;
  const value = tryGenerate(generator, status, context);
  const code = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
  return typeof code === 'number' && Number.isInteger(code) && code >= 100 && code <= 999 ? code : status;
}

/** A generated value replaces every value of its header (the header is added if absent). */
function generateHeaders(
  headers: HeaderMap | undefined,
  generators: [string, Generator][],
  context: GeneratorContext,
): HeaderMap | undefined {
  let copy: Record<string, readonly string[]> | undefined;
  for (const [name, generator] of generators) {
    const source = copy ?? headers ?? {};
    const existingKey = Object.keys(source).find((key) => key.toLowerCase() === name.toLowerCase());
    const current = existingKey === undefined ? undefined : source[existingKey]?.[0];
    const value = tryGenerate(generator, current, context);
    if (value === undefined) continue;
    copy ??= { ...headers };
    setOwn(copy, existingKey ?? name, [headerText(value)]);
  }
  return copy ?? headers;
}

function headerText(value: JsonValue): string {
  if (typeof value === 'string') return value;
  return value === null ? '' : JSON.stringify(value);
}
