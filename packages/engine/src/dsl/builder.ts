import { DslError } from '../errors.js';
import { closestName } from '../model/closest-name.js';
import type {
  Generators,
  HttpInteraction,
  HttpRequest,
  HttpResponse,
  JsonValue,
  MatchingRules,
  ProviderState,
  SpecVersion,
  Draft,
} from '../model/types.js';
import { compileIntegrationJson, type DslLimits } from './compile.js';
import { assertJson, type JsonSafe } from './json-safe.js';
import { assertDslDepth } from './value-depth.js';
import type { Matcher } from './matchers/types.js';
import { compileBody, compileHeaders, compileQuery, declaredContentType, withContentType } from './request-parts.js';
import { base64Text } from '../model/bytes.js';

/** A header or query value: a string or a matcher with a string example; arrays for repeated values. */
export type DslStringValue = string | Matcher<string>;

/** The request of an interaction, as Pact JS `PactV3.withRequest` takes it. */
export interface DslRequest<B = unknown> {
  method: string;
  /** `/users/1`, or a matcher such as `regex('/users/\\d+', '/users/1')`. */
  path: string | Matcher<string>;
  /** `{ q: 'x', ids: ['1', '2'] }` (matchers allowed) or `'q=x&ids=1&ids=2'`. */
  query?: string | Record<string, DslStringValue | DslStringValue[]>;
  headers?: Record<string, DslStringValue | DslStringValue[]>;
  /** JSON (matchers allowed), or a string kept as text when the content type is not JSON. */
  body?: B;
  /** The body's content type when no Content-Type header says it. */
  contentType?: string;
}

/** The response of an interaction, as Pact JS `PactV3.willRespondWith` takes it. */
export interface DslResponse<B = unknown> {
  /** A status code, or `matchStatus(...)`. */
  status: number | Matcher<number>;
  headers?: Record<string, DslStringValue | DslStringValue[]>;
  body?: B;
  contentType?: string;
}

/** A provider state as Pact JS `addInteraction` takes it. */
export interface DslState {
  description: string;
  parameters?: Record<string, unknown>;
}

/** The V4 fields of an interaction (spec 4 only). */
export interface DslV4Fields {
  /** A stable identity for the interaction: merges replace the interaction with the same key. */
  key?: string;
  /** A pending interaction does not fail the provider's verification. */
  pending?: boolean;
  /** Free-text comments, written under `comments.text`. */
  comments?: string[];
  /** The consumer test the interaction comes from, written as `comments.testname`. */
  testName?: string;
}

/** The object form of one interaction (Pact JS `PactV3.addInteraction`), plus the V4 fields. */
export interface DslInteraction<Q = unknown, R = unknown> extends DslV4Fields {
  states?: DslState[];
  /** Pact JS's V2 form: one provider state by name (the same as `states: [{ description }]`). */
  state?: string;
  uponReceiving: string;
  withRequest: DslRequest<Q>;
  willRespondWith: DslResponse<R>;
}

/** Options of {@link PactBuilder}. */
export interface DslOptions extends DslLimits {
  /** The version the pact is written in; the V4 fields are refused below 4. Unset: anything goes. */
  readonly spec?: SpecVersion;
}

interface InProgress {
  description: string;
  states: ProviderState[];
  request?: HttpRequest;
  v4: DslV4Fields;
}

function describeStates(states: readonly ProviderState[]): string {
  return states.length === 0 ? '' : ` given ${states.map((s) => JSON.stringify(s.name)).join(' and ')}`;
}

function nonEmpty<T extends object>(o: T): T | undefined {
  return Object.keys(o).length > 0 ? o : undefined;
}

/** A stable text of a request/response, to tell a repeated interaction from a conflicting one. */
function fingerprint(part: HttpRequest | HttpResponse): string {
  return JSON.stringify(part, (_k, v: unknown) => {
    if (v && typeof v === 'object' && (v as { type?: unknown }).type === 'Buffer') return base64Text(Uint8Array.from((v as { data: number[] }).data));
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return v;
  });
}

/**
 * The consumer DSL: `given(...)* → uponReceiving(...) → withRequest(...) → willRespondWith(...)`.
 * Each `willRespondWith` completes a model interaction and hands it to the sink given at
 * construction (the session registers it on the mock server).
 *
 * @example
 * new PactBuilder((i) => server.addInteraction(i))
 *   .given('user 1 exists', { id: 1 })
 *   .uponReceiving('a request for user 1')
 *   .withRequest({ method: 'GET', path: '/users/1' })
 *   .willRespondWith({ status: 200, body: like({ id: integer(1) }) });
 */
export class PactBuilder {
  private states: ProviderState[] = [];
  private current: InProgress | undefined;
  private readonly seen = new Map<string, string>();

  /**
   * `limits.maxDepth` bounds how deeply bodies and state params may nest (default 128); `spec`
   * is the version the pact is written in.
   */
  constructor(
    private readonly sink: (interaction: HttpInteraction) => void,
    private readonly limits: DslOptions = {},
  ) {}

  /** A provider state for the next interaction; call several times for several states. */
  given<P extends Record<string, unknown>>(state: string, params?: P & JsonSafe<P>): this {
    return this.addState(state, params);
  }

  private addState(state: string, params: unknown): this {
    if (this.current) {
      throw new DslError(
        this.current.request
          ? `interaction ${JSON.stringify(this.current.description)} has no willRespondWith(): finish it before given(${JSON.stringify(state)})`
          : `given(${JSON.stringify(state)}) must come before uponReceiving(${JSON.stringify(this.current.description)})`,
      );
    }
    if (typeof state !== 'string' || state === '') throw new DslError(`given(${JSON.stringify(state)}): the state must be a non-empty string`);
    const entry: Draft<ProviderState> = { name: state };
    if (params !== undefined) {
      if (typeof params !== 'object' || params === null || Array.isArray(params)) {
        throw new DslError(`given(${JSON.stringify(state)}, …): params must be an object`);
      }
      assertDslDepth(params, `given(${JSON.stringify(state)}) params`, this.limits.maxDepth);
      assertJson(params, `given(${JSON.stringify(state)}) params`);
      entry.params = structuredClone(params) as Record<string, JsonValue>;
    }
    this.states.push(entry);
    return this;
  }

  /** Starts an interaction; the description (with the states) must be unique in this builder. */
  uponReceiving(description: string): this {
    if (this.current) throw this.unfinished(`uponReceiving(${JSON.stringify(description)})`);
    if (typeof description !== 'string' || description.trim() === '') {
      throw new DslError('uponReceiving(): the description must be a non-empty string');
    }
    this.current = { description, states: this.states, v4: {} };
    this.states = [];
    return this;
  }

  /**
   * V4: a key that identifies the interaction across writes (spec 4 only).
   * @example pact.uponReceiving('a request for user 1').key('user-1').withRequest(…)
   */
  key(key: string): this {
    if (typeof key !== 'string' || key === '') throw new DslError(`key(${JSON.stringify(key)}): the key must be a non-empty string`);
    return this.setV4('key', 'key', key);
  }

  /**
   * V4: marks the interaction pending, so the provider's verification does not fail on it (spec 4 only).
   * @example pact.uponReceiving('a new endpoint').pending().withRequest(…)
   */
  pending(pending = true): this {
    if (typeof pending !== 'boolean') throw new DslError(`pending(${JSON.stringify(pending)}): expected true or false`);
    return this.setV4('pending', 'pending', pending);
  }

  /**
   * V4: adds a comment (spec 4 only); call again for more.
   * @example pact.uponReceiving('a request for user 1').comment('used by the profile page').withRequest(…)
   */
  comment(text: string): this {
    if (typeof text !== 'string') throw new DslError(`comment(${JSON.stringify(text)}): the comment must be a string`);
    return this.setV4('comment', 'comments', [...(this.current?.v4.comments ?? []), text]);
  }

  /**
   * V4: names the consumer test the interaction comes from (spec 4 only).
   * @example pact.uponReceiving('a request for user 1').testName('profile page shows the name')
   */
  testName(name: string): this {
    if (typeof name !== 'string' || name === '') throw new DslError(`testName(${JSON.stringify(name)}): the name must be a non-empty string`);
    return this.setV4('testName', 'testName', name);
  }

  private setV4<K extends keyof DslV4Fields>(method: string, field: K, value: DslV4Fields[K]): this {
    const current = this.current;
    if (!current || current.request) throw new DslError(`${method}() must come after uponReceiving(...) and before withRequest(...)`);
    this.checkV4(method);
    current.v4[field] = value;
    return this;
  }

  private checkV4(what: string): void {
    if (this.limits.spec !== undefined && this.limits.spec !== '4') {
      const description = this.current?.description;
      this.reset();
      throw new DslError(
        `${what}()${description === undefined ? '' : ` (${JSON.stringify(description)})`}: key, pending and comments are V4 fields, and this pact is written as V${this.limits.spec}; set the spec option to 4`,
      );
    }
  }

  /** The expected request. Path, query values, header values and body may hold matchers. */
  withRequest<B = undefined>(request: DslRequest<B> & { body?: JsonSafe<B> }): this {
    return this.setRequest(request);
  }

  private setRequest(request: DslRequest): this {
    const current = this.current;
    if (!current) throw new DslError(`withRequest(${describeRequest(request)}): call uponReceiving(description) first`);
    if (current.request) throw new DslError(`withRequest(): interaction ${JSON.stringify(current.description)} already has a request`);
    try {
      current.request = buildRequest(request, `withRequest (${JSON.stringify(current.description)}):`, this.limits);
    } catch (e) {
      this.reset();
      throw e;
    }
    return this;
  }

  /** The response; completes the interaction and hands it to the sink. */
  willRespondWith<B = undefined>(response: DslResponse<B> & { body?: JsonSafe<B> }): this {
    return this.setResponse(response);
  }

  private setResponse(response: DslResponse): this {
    const current = this.current;
    if (!current) throw new DslError('willRespondWith(): call uponReceiving(description) and withRequest(...) first');
    const request = current.request;
    if (!request) {
      throw new DslError(`willRespondWith(): interaction ${JSON.stringify(current.description)} has no withRequest(...)`);
    }
    this.current = undefined;
    const interaction: HttpInteraction = {
      type: 'Synchronous/HTTP',
      description: current.description,
      providerStates: current.states,
      request,
      response: buildResponse(response, `willRespondWith (${JSON.stringify(current.description)}):`, this.limits),
      ...v4Fields(current.v4),
    };
    this.remember(interaction);
    this.sink(interaction);
    return this;
  }

  /** Pact JS's object form: the same as the chained calls. */
  addInteraction<Q = undefined, R = undefined>(
    interaction: DslInteraction<Q, R> & { withRequest: { body?: JsonSafe<Q> }; willRespondWith: { body?: JsonSafe<R> } },
  ): this {
    checkKeys(interaction, INTERACTION_KEYS, `addInteraction (${JSON.stringify((interaction as { uponReceiving?: unknown }).uponReceiving)})`);
    checkKeys(interaction.withRequest, REQUEST_KEYS, `addInteraction (${JSON.stringify(interaction.uponReceiving)}) withRequest`);
    checkKeys(interaction.willRespondWith, RESPONSE_KEYS, `addInteraction (${JSON.stringify(interaction.uponReceiving)}) willRespondWith`);
    if (interaction.state !== undefined) {
      if (typeof interaction.state !== 'string') throw new DslError(`addInteraction (${JSON.stringify(interaction.uponReceiving)}): state must be a string (a provider state's name)`);
      this.addState(interaction.state, undefined);
    }
    for (const s of interaction.states ?? []) this.addState(s.description, s.parameters);
    this.uponReceiving(interaction.uponReceiving);
    if (interaction.key !== undefined) this.key(interaction.key);
    if (interaction.pending !== undefined) this.pending(interaction.pending);
    if (interaction.comments !== undefined) {
      if (!Array.isArray(interaction.comments)) {
        this.reset();
        throw new DslError(`addInteraction (${JSON.stringify(interaction.uponReceiving)}): comments must be an array of strings`);
      }
      for (const text of interaction.comments) this.comment(text);
    }
    if (interaction.testName !== undefined) this.testName(interaction.testName);
    return this.setRequest(interaction.withRequest).setResponse(interaction.willRespondWith);
  }

  /** Throws a DslError if an interaction was started but not finished (call before verifying). */
  /**
   * {@link finish} for a test's end: the message of what was left half-built, as a list (empty when
   * nothing was), instead of a throw. The builder is cleared either way.
   */
  unfinishedProblems(): string[] {
    try {
      this.finish();
      return [];
    } catch (error) {
      if (error instanceof DslError) return [error.message];
      throw error;
    }
  }

  finish(): void {
    if (this.current) throw this.unfinished('the end of the test');
    if (this.states.length > 0) {
      const names = this.states.map((s) => JSON.stringify(s.name)).join(', ');
      this.states = [];
      throw new DslError(`given(${names}) was not followed by uponReceiving(...)`);
    }
  }

  /** True while an interaction is half-built (started, not yet given its response). */
  get inProgress(): boolean {
    return this.current !== undefined || this.states.length > 0;
  }

  /** Drops a half-built interaction (after a failed test), keeping the record of finished ones. */
  reset(): void {
    this.current = undefined;
    this.states = [];
  }

  private unfinished(before: string): DslError {
    const c = this.current;
    this.reset();
    if (!c) return new DslError(`unfinished interaction before ${before}`);
    const missing = c.request ? 'willRespondWith(...)' : 'withRequest(...) and willRespondWith(...)';
    return new DslError(`interaction ${JSON.stringify(c.description)}${describeStates(c.states)} is missing ${missing} (found at ${before})`);
  }

  private remember(i: HttpInteraction): void {
    const key = JSON.stringify([i.description, i.providerStates]);
    const print = fingerprint(i.request) + fingerprint(i.response);
    const before = this.seen.get(key);
    if (before !== undefined && before !== print) {
      throw new DslError(
        `interaction ${JSON.stringify(i.description)}${describeStates(i.providerStates)} is defined twice with a different request or response; give one of them another description`,
      );
    }
    this.seen.set(key, print);
  }
}

/** The keys of the object form, as Pact JS (V2 and V3) and the V4 fields spell them. */
const INTERACTION_KEYS = ['states', 'state', 'uponReceiving', 'withRequest', 'willRespondWith', 'key', 'pending', 'comments', 'testName'] as const;
const REQUEST_KEYS = ['method', 'path', 'query', 'headers', 'body', 'contentType'] as const;
const RESPONSE_KEYS = ['status', 'headers', 'body', 'contentType'] as const;

/**
 * A key the object form does not know would otherwise be dropped without a word (a misspelt
 * `uponRecieving`, a `provider_state`), and the pact would silently lack what it meant.
 */
function checkKeys(value: unknown, known: readonly string[], where: string): void {
  if (typeof value !== 'object' || value === null) return;
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    const suggestion = closestName(key, known);
    throw new DslError(`${where}: unknown key ${JSON.stringify(key)}${suggestion ? ` (did you mean ${JSON.stringify(suggestion)}?)` : ''}; known keys: ${known.join(', ')}`);
  }
}

/** The model's V4 fields: comments as Pact JS writes them, `{ text: [...], testname }`. */
function v4Fields(v4: DslV4Fields): Pick<HttpInteraction, 'key' | 'pending' | 'comments'> {
  const out: Draft<Pick<HttpInteraction, 'key' | 'pending' | 'comments'>> = {};
  if (v4.key !== undefined) out.key = v4.key;
  if (v4.pending !== undefined) out.pending = v4.pending;
  if (v4.comments !== undefined || v4.testName !== undefined) {
    out.comments = { ...(v4.comments === undefined ? {} : { text: v4.comments }), ...(v4.testName === undefined ? {} : { testname: v4.testName }) };
  }
  return out;
}

function describeRequest(r: unknown): string {
  if (typeof r !== 'object' || r === null) return '';
  const o = r as { method?: unknown; path?: unknown };
  return `${String(o.method ?? '')} ${typeof o.path === 'string' ? o.path : '…'}`.trim();
}

function rulesAndGenerators(
  into: { matchingRules?: MatchingRules; generators?: Generators },
  rules: MatchingRules,
  generators: Generators,
): void {
  const r = nonEmpty(rules);
  const g = nonEmpty(generators);
  if (r) into.matchingRules = r;
  if (g) into.generators = g;
}

/**
 * Headers and body are compiled the same way for requests and responses: the body's content type
 * comes from `contentType` or the headers, and a JSON body adds its Content-Type header.
 */
function compileHeadersAndBody(
  into: Draft<HttpRequest> | Draft<HttpResponse>,
  part: Pick<DslRequest, 'headers' | 'body' | 'contentType'>,
  where: string,
  rules: Draft<MatchingRules>,
  generators: Draft<Generators>,
  limits: DslLimits,
): void {
  const headers = part.headers === undefined ? { values: {}, rules: {}, generators: {} } : compileHeaders(part.headers);
  const body = compileBody(part.body, declaredContentType(part.contentType, part.headers), where, limits);
  into.body = body.body;
  const allHeaders = withContentType(headers.values, body);
  if (nonEmpty(allHeaders)) into.headers = allHeaders;
  if (nonEmpty(headers.rules)) rules.header = headers.rules;
  if (nonEmpty(headers.generators)) generators.header = headers.generators;
  if (nonEmpty(body.rules)) rules.body = body.rules;
  if (nonEmpty(body.generators)) generators.body = body.generators;
  rulesAndGenerators(into, rules, generators);
}

function buildRequest(req: DslRequest, where: string, limits: DslLimits): HttpRequest {
  if (typeof req !== 'object' || req === null) throw new DslError(`${where} expected a request object`);
  if (typeof req.method !== 'string' || req.method === '') throw new DslError(`${where} method must be a non-empty string`);
  if (req.path === undefined || req.path === null) throw new DslError(`${where} path is required (a string such as "/users/1", or a matcher)`);
  const path = compileIntegrationJson(req.path, 'path');
  if (!(path.example as string).startsWith('/')) throw new DslError(`${where} path ${JSON.stringify(path.example)} must start with "/"`);
  const rules: Draft<MatchingRules> = {};
  const generators: Draft<Generators> = {};
  if (path.rules['$']) rules.path = path.rules['$'];
  if (path.generators['$']) generators.path = path.generators['$'];

  const request: Draft<HttpRequest> = { method: req.method, path: path.example as string, body: { kind: 'missing' } };
  if (req.query !== undefined) {
    const q = compileQuery(req.query);
    if (nonEmpty(q.values)) request.query = q.values;
    if (nonEmpty(q.rules)) rules.query = q.rules;
    if (nonEmpty(q.generators)) generators.query = q.generators;
  }
  compileHeadersAndBody(request, req, where, rules, generators, limits);
  return request;
}

function buildResponse(res: DslResponse, where: string, limits: DslLimits): HttpResponse {
  if (typeof res !== 'object' || res === null) throw new DslError(`${where} expected a response object`);
  const status = compileIntegrationJson(res.status, 'status');
  const code = status.example as number;
  if (code < 100 || code > 599) throw new DslError(`${where} status ${code} is not an HTTP status code`);
  const rules: Draft<MatchingRules> = {};
  const generators: Draft<Generators> = {};
  if (status.rules['$']) rules.status = status.rules['$'];
  if (status.generators['$']) generators.status = status.generators['$'];
  const response: Draft<HttpResponse> = { status: code, body: { kind: 'missing' } };
  compileHeadersAndBody(response, res, where, rules, generators, limits);
  return response;
}

/**
 * A builder whose finished interactions go to `sink`.
 * @example const pact = interactionBuilder((i) => interactions.push(i));
 */
export function interactionBuilder(sink: (interaction: HttpInteraction) => void, limits: DslOptions = {}): PactBuilder {
  return new PactBuilder(sink, limits);
}
