/**
 * The normalized pact model: every spec version (V1–V4) loads into these shapes, and every other
 * layer (matching, generators, server, DSL, pact-file) works on them only.
 *
 * Rule and generator collections keep the V3 pact-file JSON layout on purpose: the DSL produces
 * them directly, the serializer writes them back unchanged, and matching compiles them once per
 * interaction (cached by object identity) instead of re-parsing per request.
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
      kind: 'present';
      content: Uint8Array;
      /** The body's own content type (V4 `contentType`, or recorded at load for string bodies). */
      contentType?: string;
      /** V4 `contentTypeHint`. */
      hint?: 'TEXT' | 'BINARY';
    };

/** One matching rule, as in a V3 pact file: `match` is always set after loading (V2 shorthand resolved). */
export interface MatchingRule {
  match: string;
  [attribute: string]: unknown;
}

/** A list of rules and how they combine. */
export interface RuleList {
  combine: 'AND' | 'OR';
  matchers: MatchingRule[];
}

/**
 * Matching rules by category, V3 layout. `body` (also V4 `content`) and `metadata` are keyed by path
 * expression as written in the pact (`$.items[*].id`); `header` and `query` by name (header names
 * keep their spelling; lookups are case-insensitive); `path`, `status`, `method` hold one list.
 */
export interface MatchingRules {
  path?: RuleList;
  status?: RuleList;
  method?: RuleList;
  query?: Record<string, RuleList>;
  header?: Record<string, RuleList>;
  body?: Record<string, RuleList>;
  metadata?: Record<string, RuleList>;
}

/** One generator, as in a V3/V4 pact file (`type` plus attributes). */
export interface Generator {
  type: string;
  [attribute: string]: unknown;
}

/** Generators by category, V3 layout. */
export interface Generators {
  path?: Generator;
  status?: Generator;
  method?: Generator;
  query?: Record<string, Generator>;
  header?: Record<string, Generator>;
  body?: Record<string, Generator>;
  metadata?: Record<string, Generator>;
}

/**
 * An HTTP request. Query values are decoded; `null` is a parameter without `=`. Header values are
 * already split for the known list headers (`Accept`, `Cache-Control`, …) and trimmed.
 */
export interface HttpRequest {
  method: string;
  path: string;
  query?: Record<string, (string | null)[]>;
  /** The query string as written (V1/V2 files, and requests off the wire); spec 1.0 compares it literally. */
  rawQuery?: string;
  headers?: Record<string, string[]>;
  body: Body;
  matchingRules?: MatchingRules;
  generators?: Generators;
}

/** An HTTP response. */
export interface HttpResponse {
  status: number;
  headers?: Record<string, string[]>;
  body: Body;
  matchingRules?: MatchingRules;
  generators?: Generators;
}

/** A provider state (V3: several per interaction, each with optional params). */
export interface ProviderState {
  name: string;
  params?: Record<string, JsonValue>;
}

/** A request/response interaction: the only kind the mock server matches. */
export interface HttpInteraction {
  type: 'Synchronous/HTTP';
  description: string;
  providerStates: ProviderState[];
  request: HttpRequest;
  response: HttpResponse;
  /** V4 only. */
  key?: string;
  /** V4 only. */
  pending?: boolean;
  /** V4 only. */
  comments?: JsonValue;
  /** V4 only: the transport the interaction was recorded over (`http`, `https`). */
  transport?: string;
}

/** A V3 message or a V4 non-HTTP interaction: kept as loaded (for round-tripping), never matched. */
export interface OtherInteraction {
  type: string;
  description: string;
  providerStates: ProviderState[];
  /** The interaction JSON exactly as read. */
  raw: { [key: string]: JsonValue };
}

/** A pact, any spec version, normalized. */
export interface Pact {
  consumer: { name: string };
  provider: { name: string };
  /** The version the file declared (or was assumed: V3 when absent). */
  specVersion: SpecVersion;
  interactions: HttpInteraction[];
  /** V3 `messages` and V4 non-HTTP interactions. */
  otherInteractions: OtherInteraction[];
  metadata: { [key: string]: JsonValue };
}
