// The request, response and option shapes of Pact JS 17's consumer API, with its names.
import type { Matcher } from '@pactwright/engine';
import type { SpecificationVersion } from './specification.js';

export type { Matcher };

/** A JSON object, as provider state parameters are. */
export type JsonMap = { [key: string]: unknown };

export type Part = 'path' | 'body' | 'header' | 'query' | 'status';
export type JSONPath = string;
/** Extra matching rules for one part: at a path (`$.items[*].id`, a header or query name), or for the whole part. */
export type Rule = { path?: JSONPath; rules: Matcher<unknown>[] };
/** Extra matching rules by part, as `withRequestMatchingRules` and the V4 builders' `matchingRules` take them. */
export type Rules = Partial<{ [part in Part]: Rule | Rule[] }>;

export type TemplateHeaders = { [header: string]: string | Matcher<string> | (Matcher<string> | string)[] };
export type TemplateQuery = Record<string, string | Matcher<string | number | boolean> | Array<string | Matcher<string | number | boolean>>>;
export type Path = string | Matcher<string>;

export interface V3ProviderState {
  description: string;
  parameters?: JsonMap;
}

export interface V3Request {
  method: string;
  path: Path;
  query?: TemplateQuery;
  headers?: TemplateHeaders;
  body?: unknown;
  contentType?: string;
}

export interface V3Response {
  status: number | Matcher<number>;
  headers?: TemplateHeaders;
  body?: unknown;
  contentType?: string;
}

export interface V3Interaction {
  states?: V3ProviderState[];
  uponReceiving: string;
  withRequest: V3Request;
  willRespondWith: V3Response;
}

/** What `executeTest` hands the test: the running mock server. */
export interface V3MockServer {
  port: number;
  url: string;
  id: string;
}

export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error';

export interface PactV3Options {
  /** Directory the pact file is written to. Default `./pacts`. */
  dir?: string;
  consumer: string;
  provider: string;
  /** Answer CORS pre-flight requests. Default `true`, as in Pact JS. */
  cors?: boolean;
  /** Default: a free port chosen by the OS. */
  port?: number;
  /** Default: V3 for `PactV3`, V4 for `PactV4`. */
  spec?: SpecificationVersion;
  logLevel?: LogLevel;
  /** HTTPS with a self-signed certificate (needs the optional `selfsigned` package). */
  tls?: boolean;
  /** Default `127.0.0.1`. */
  host?: string;
  /**
   * `'merge'` (default) merges into an existing pact file; `'overwrite'` replaces it on the first
   * write of this instance.
   */
  pactfileWriteMode?: 'merge' | 'overwrite' | 'update';
}

export type PactV4Options = PactV3Options;
export type V4Request = V3Request;
export type V4Response = V3Response;
export type V4MockServer = V3MockServer;
export type V4ProviderState = V3ProviderState;
