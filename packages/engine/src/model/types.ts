/**
 * The normalized pact model: every spec version (V1–V4) loads into these shapes, and every other
 * layer (matching, generators, server, DSL, pact-file) works on them only.
 *
 * Rule and generator collections keep the V3 pact-file JSON layout on purpose: the DSL produces
 * them directly, the serializer writes them back unchanged, and a mock prepares them once per
 * interaction it serves (mock/prepared-interaction.ts) instead of re-parsing per request.
 */

/** Pact specification versions we read. */
export type SpecVersion = '1' | '1.1' | '2' | '3' | '4';

/** Any JSON value (as produced by `JSON.parse`). */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * A body as the matching rules see it. `missing` (attribute absent: "don't care") is distinct from
 * `empty` (`""`, or zero bytes on the wire) and `null` (`"body": null`: "must be empty").
 * `content` holds the exact bytes (JSON bodies keep their original number literals, so `1` and
 * `1.0` stay distinguishable).
 */
export type Body =
  | { kind: 'missing' }
  | { kind: 'empty' }
  | { kind: 'null' }
  | {
      readonly kind: 'present';
      readonly content: Uint8Array;
      /** The body's own content type (V4 `contentType`, or recorded at load for string bodies). */
      readonly contentType?: string;
      /** V4 `contentTypeHint`. */
      readonly hint?: 'TEXT' | 'BINARY';
    };

/** One matching rule, as in a V3 pact file: `match` is always set after loading (V2 shorthand resolved). */
export interface MatchingRule {
  readonly match: string;
  readonly [attribute: string]: unknown;
}

/** A list of rules and how they combine. */
export interface RuleList {
  readonly combine: 'AND' | 'OR';
  readonly matchers: readonly MatchingRule[];
}

/**
 * Matching rules by category, V3 layout. `body` (also V4 `content`) and `metadata` are keyed by path
 * expression as written in the pact (`$.items[*].id`); `header` and `query` by name (header names
 * keep their spelling; lookups are case-insensitive); `path`, `status`, `method` hold one list.
 */
export interface MatchingRules {
  readonly path?: RuleList;
  readonly status?: RuleList;
  readonly method?: RuleList;
  readonly query?: Readonly<Record<string, RuleList>>;
  readonly header?: Readonly<Record<string, RuleList>>;
  readonly body?: Readonly<Record<string, RuleList>>;
  readonly metadata?: Readonly<Record<string, RuleList>>;
}

/** One generator, as in a V3/V4 pact file (`type` plus attributes). */
export interface Generator {
  readonly type: string;
  readonly [attribute: string]: unknown;
}

/** Generators by category, V3 layout. */
export interface Generators {
  readonly path?: Generator;
  readonly status?: Generator;
  readonly method?: Generator;
  readonly query?: Readonly<Record<string, Generator>>;
  readonly header?: Readonly<Record<string, Generator>>;
  readonly body?: Readonly<Record<string, Generator>>;
  readonly metadata?: Readonly<Record<string, Generator>>;
}

/**
 * An HTTP request. Query values are decoded; `null` is a parameter without `=`. Header values are
 * already split for the known list headers (`Accept`, `Cache-Control`, …) and trimmed.
 */
export interface HttpRequest {
  readonly method: string;
  readonly path: string;
  readonly query?: QueryMap;
  /** The query string as written (V1/V2 files, and requests off the wire); spec 1.0 compares it literally. */
  readonly rawQuery?: string;
  readonly headers?: HeaderMap;
  readonly body: Body;
  readonly matchingRules?: MatchingRules;
  readonly generators?: Generators;
}

/** An HTTP response. */
export interface HttpResponse {
  readonly status: number;
  readonly headers?: HeaderMap;
  readonly body: Body;
  readonly matchingRules?: MatchingRules;
  readonly generators?: Generators;
}

/** A provider state (V3: several per interaction, each with optional params). */
export interface ProviderState {
  readonly name: string;
  readonly params?: Record<string, JsonValue>;
}

/** A request/response interaction: the only kind the mock server matches. */
export interface HttpInteraction {
  readonly type: 'Synchronous/HTTP';
  readonly description: string;
  readonly providerStates: readonly ProviderState[];
  readonly request: HttpRequest;
  readonly response: HttpResponse;
  /** V4 only. */
  readonly key?: string;
  /** V4 only. */
  readonly pending?: boolean;
  /** V4 only. */
  readonly comments?: JsonValue;
  /** V4 only: the transport the interaction was recorded over (`http`, `https`). */
  readonly transport?: string;
}

/** A V3 message or a V4 non-HTTP interaction: kept as loaded (for round-tripping), never matched. */
export interface OtherInteraction {
  readonly type: string;
  readonly description: string;
  readonly providerStates: readonly ProviderState[];
  /** The interaction JSON exactly as read. */
  readonly raw: { [key: string]: JsonValue };
}

/** A pact, any spec version, normalized. */
export interface Pact {
  readonly consumer: { name: string };
  readonly provider: { name: string };
  /** The version the file declared (or was assumed: V3 when absent). */
  readonly specVersion: SpecVersion;
  readonly interactions: readonly HttpInteraction[];
  /** V3 `messages` and V4 non-HTTP interactions. */
  readonly otherInteractions: readonly OtherInteraction[];
  readonly metadata: { [key: string]: JsonValue };
}

/**
 * A model object while it is being built: loaders, the DSL and the server's request reader fill one
 * in, then hand it over as the read-only model type. Nothing changes a model object after that.
 */
export type Draft<T> = { -readonly [K in keyof T]: T[K] };

/** Header values by name, as the model holds them (read-only; see {@link HttpRequest.headers}). */
export type HeaderMap = Readonly<Record<string, readonly string[]>>;

/** Decoded query values by name, as the model holds them (read-only; see {@link HttpRequest.query}). */
export type QueryMap = Readonly<Record<string, readonly (string | null)[]>>;
