/* eslint-disable */
/**
 * GENERATED from schema/pact.schema.json by scripts/generate-from-schema.mjs — do not edit by hand.
 * The raw JSON shapes of a pact file (any spec version), before normalization.
 */

/**
 * One value, or the values of a repeated parameter (`null` = present without `=`).
 */
export type QueryValue = string | (string | null | number | boolean)[] | null | number | boolean;
/**
 * V1-V3: any JSON value (strings are text, base64 for binary types). V4: {content, contentType, encoded, contentTypeHint}.
 */
export type Body = unknown;
/**
 * An array size: an integer, or a numeric string (the V3 spec's own example writes "1").
 */
export type Count = number | string;

/**
 * A pact file of any specification version (1.0, 1.1, 2, 3, 4). Lenient where real pact files vary (extra keys, V1 string query, V3 object query, V4 header arrays and body objects, V2 flat and V3 category matching rules); strict on the types the loader relies on.
 */
export interface PactFile {
  consumer?: Pacticipant;
  provider?: Pacticipant;
  interactions?: Interaction[];
  /**
   * V3 message pacts: kept, never matched.
   */
  messages?: Message[];
  metadata?: Metadata;
  [k: string]: unknown | undefined;
}
export interface Pacticipant {
  name: string;
  [k: string]: unknown | undefined;
}
/**
 * An interaction of any version. V4 adds `type`, `key`, `pending`, `comments`, `transport`; only HTTP interactions need `request` and `response`.
 */
export interface Interaction {
  type?: string;
  description: string;
  providerState?: string | null;
  providerStates?: ProviderState[];
  request?: Request;
  response?: Response;
  key?: string;
  pending?: boolean;
  comments?: {
    [k: string]: unknown | undefined;
  };
  transport?: string;
  [k: string]: unknown | undefined;
}
export interface ProviderState {
  name: string;
  params?: {
    [k: string]: unknown | undefined;
  } | null;
  [k: string]: unknown | undefined;
}
export interface Request {
  method?: string;
  path?: string;
  /**
   * A query string (V1/V2, accepted in every version) or, from V3, an object of name to value(s).
   */
  query?:
    | string
    | {
        [k: string]: QueryValue | undefined;
      };
  headers?: Headers;
  body?: Body;
  matchingRules?: MatchingRules;
  requestMatchingRules?: MatchingRules;
  generators?: Generators;
  [k: string]: unknown | undefined;
}
/**
 * Header name to a value (V1-V3, may be a comma-separated list) or to a list of values (V4).
 */
export interface Headers {
  [k: string]: string | (string | number | boolean)[] | number | boolean | undefined;
}
/**
 * V2: flat map of `$.body...`/`$.headers.X`/`$.query.x`/`$.path` to one rule. V3/V4: category map.
 */
export interface MatchingRules {
  path?: RuleList;
  status?: RuleList;
  method?: RuleList;
  header?: KeyedRuleLists;
  headers?: KeyedRuleLists;
  query?: KeyedRuleLists;
  body?: KeyedRuleLists;
  content?: KeyedRuleLists;
  metadata?: KeyedRuleLists;
  [k: string]: MatchingRule | RuleList | KeyedRuleLists | undefined;
}
/**
 * V3 `{combine, matchers}`; a bare rule object is accepted too.
 */
export interface RuleList {
  combine?: string;
  matchers?: MatchingRule[];
  match?: string;
  regex?: string;
  min?: Count;
  max?: Count;
  [k: string]: unknown | undefined;
}
/**
 * This interface was referenced by `MatchingRules`'s JSON-Schema definition
 * via the `patternProperty` "^\$".
 */
export interface MatchingRule {
  match?: string;
  regex?: string;
  min?: Count;
  max?: Count;
  format?: string;
  timestamp?: string;
  date?: string;
  time?: string;
  [k: string]: unknown | undefined;
}
export interface KeyedRuleLists {
  [k: string]: RuleList | undefined;
}
export interface Generators {
  path?: Generator;
  status?: Generator;
  method?: Generator;
  header?: KeyedGenerators;
  query?: KeyedGenerators;
  body?: KeyedGenerators;
  content?: KeyedGenerators;
  metadata?: KeyedGenerators;
  [k: string]: unknown | undefined;
}
export interface Generator {
  type?: string;
  [k: string]: unknown | undefined;
}
export interface KeyedGenerators {
  [k: string]: Generator | undefined;
}
export interface Response {
  status?: number;
  headers?: Headers;
  body?: Body;
  matchingRules?: MatchingRules;
  responseMatchingRules?: MatchingRules;
  generators?: Generators;
  [k: string]: unknown | undefined;
}
export interface Message {
  description: string;
  providerState?: string | null;
  providerStates?: ProviderState[];
  contents?: unknown;
  metaData?: {
    [k: string]: unknown | undefined;
  } | null;
  metadata?: {
    [k: string]: unknown | undefined;
  } | null;
  matchingRules?: MatchingRules;
  generators?: Generators;
  [k: string]: unknown | undefined;
}
export interface Metadata {
  pactSpecification?: SpecificationMetadata;
  'pact-specification'?: SpecificationMetadata;
  pactSpecificationVersion?: string | number;
  [k: string]: unknown | undefined;
}
export interface SpecificationMetadata {
  version?: string | number;
  [k: string]: unknown | undefined;
}
