import type { Generators, HttpResponse, HeaderMap } from '../model/types.js';
import { generateResponse, type GeneratorContext } from '../generators/index.js';
import { createGenerationMemo } from '../generators/generation-memo.js';

// How a response goes out, whatever the transport (a socket, an msw handler).

const EMPTY_BYTES = new Uint8Array(0);

/** A response ready for the socket. Header names keep the interaction's spelling. */
export interface WireResponse {
  status: number;
  /** `[name, value]` pairs, one per header line. */
  headers: Array<[string, string]>;
  /** Lower-cased names of `headers`, to let interaction headers win over added ones. */
  names: ReadonlySet<string>;
  /** `headers` as one flat `name, value, …` list (shared between responses: copy before adding). */
  headerFlat: readonly string[];
  body: Uint8Array | undefined;
  /**
   * The flat header list as sent (interaction headers plus Content-Length), memoised by the
   * handler for a fixed response when no per-request (CORS) headers are added.
   */
  flat?: string[];
}

/**
 * The response of one interaction. Without generators it is the same for every request, so it is
 * turned into wire form once, on its first use (a server holding hundreds of interactions of which
 * a test calls a few keeps no wire copies of the others); with generators it is generated per request.
 */
export class ResponsePlan {
  private fixed: WireResponse | undefined;
  /** The interaction's headers in wire form, reused by generated responses no header generator changed. */
  private headerPart: HeaderPart | undefined;
  readonly generated: boolean;
  /** What generation works out once for this response (generators/generation-memo.ts). */
  private readonly memo = createGenerationMemo();

  constructor(private readonly response: HttpResponse) {
    this.generated = hasGenerators(response.generators);
  }

  /**
   * Throws when a generator fails; the caller reports that as a failed response. The transport
   * passes the local `timeZone` in `context` (resolving it per generated date is most of the cost
   * of a generated response).
   */
  build(context: GeneratorContext): WireResponse {
    if (this.generated) {
      const response = generateResponse(this.response, context, this.memo);
      const part = response.headers === this.response.headers ? (this.headerPart ??= headerPart(response.headers)) : headerPart(response.headers);
      return wireOf(response, part);
    }
    return (this.fixed ??= toWire(this.response));
  }
}

/** Converts a model response to wire form. */
export function toWire(response: HttpResponse): WireResponse {
  return wireOf(response, headerPart(response.headers));
}

type HeaderPart = Pick<WireResponse, 'headers' | 'names' | 'headerFlat'>;

function headerPart(source: HeaderMap | undefined): HeaderPart {
  const headers: Array<[string, string]> = [];
  const names = new Set<string>();
  const headerFlat: string[] = [];
  for (const [name, values] of Object.entries(source ?? {})) {
    const lower = name.toLowerCase();
    names.add(lower);
    // Set-Cookie cannot be folded into one line; every other header can.
    if (lower === 'set-cookie') for (const v of values) headers.push([name, v]);
    else headers.push([name, values.join(', ')]);
  }
  for (const [n, v] of headers) headerFlat.push(n, v);
  return { headers, names, headerFlat };
}

function wireOf(response: HttpResponse, part: HeaderPart): WireResponse {
  const { body } = response;
  let bytes: Uint8Array | undefined;
  if (body.kind === 'present') bytes = body.content;
  else if (body.kind === 'empty') bytes = EMPTY_BYTES;
  return { status: response.status, headers: part.headers, names: part.names, headerFlat: part.headerFlat, body: bytes };
}

function hasGenerators(generators: Generators | undefined): boolean {
  if (!generators) return false;
  return Object.values(generators).some(
    (g) => g !== undefined && g !== null && (typeof g !== 'object' || 'type' in g || Object.keys(g as object).length > 0),
  );
}
