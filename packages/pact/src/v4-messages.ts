import { DslError, compileIntegrationJson, writePactToDir } from '@pactwright/engine';
import type { JsonValue, Pact, ProviderState } from '@pactwright/engine';
import { modelRules, withRules } from './rules.js';
import type { JsonMap, PactV4Options, Rules } from './types.js';

type Metadata = { [key: string]: unknown };

/** Contents of one message as a V4 file holds them, with the example the test is given. */
interface Contents {
  json: { content: JsonValue; contentType: string; encoded: false | 'base64' };
  /** What the test receives: the JSON example, or the bytes. */
  example: unknown;
  rules: Record<string, unknown>;
  generators: Record<string, unknown>;
}

/** The builder of a message's contents (`withJSONContent`, `withContent`, `withMetadata`, `withMatchingRules`). */
export interface V4MessageContentsBuilder {
  withMetadata(metadata: Metadata): V4MessageContentsBuilder;
  withContent(contentType: string, body: Buffer): V4MessageContentsBuilder;
  withJSONContent(content: unknown): V4MessageContentsBuilder;
  withMatchingRules(rules: Rules): V4MessageContentsBuilder;
}

interface Part {
  contents?: Contents;
  metadata?: Metadata;
  extraRules?: ReturnType<typeof modelRules>;
}

function contentsBuilder(part: Part, where: string): V4MessageContentsBuilder {
  const builder: V4MessageContentsBuilder = {
    withMetadata(metadata) {
      part.metadata = { ...part.metadata, ...metadata };
      return builder;
    },
    withContent(contentType, body) {
      const bytes = Buffer.from(body);
      part.contents = { json: { content: bytes.toString('base64'), contentType, encoded: 'base64' }, example: bytes, rules: {}, generators: {} };
      return builder;
    },
    withJSONContent(content) {
      const compiled = compileIntegrationJson(content, 'body');
      part.contents = { json: { content: compiled.example, contentType: 'application/json', encoded: false }, example: compiled.example, rules: compiled.rules, generators: compiled.generators };
      return builder;
    },
    withMatchingRules(rules) {
      part.extraRules = withRules(part.extraRules, modelRules(rules, `${where}.withMatchingRules`));
      return builder;
    },
  };
  return builder;
}

/** A message's V4 JSON: contents, rules, generators (metadata where the caller puts it). */
function messageJson(part: Part, where: string): { [key: string]: JsonValue } {
  if (part.contents === undefined) throw new DslError(`${where}: the message contents (withJSONContent or withContent) are required`);
  const out: { [key: string]: JsonValue } = { contents: part.contents.json };
  const body = { ...part.contents.rules, ...(part.extraRules?.body ?? {}) };
  if (Object.keys(body).length > 0) out.matchingRules = { body } as unknown as JsonValue;
  if (Object.keys(part.contents.generators).length > 0) out.generators = { body: part.contents.generators } as unknown as JsonValue;
  return out;
}

interface Common {
  states: ProviderState[];
  pending: boolean;
  comments: { [key: string]: JsonValue };
}

/** What every V4 message interaction takes before its contents. */
export interface V4MessageCommon<T> {
  given(state: string, parameters?: JsonMap): T;
  pending(pending?: boolean): T;
  comment(comment: string | { key: string; value: string }): T;
  testName(name: string): T;
  reference(group: string, name: string, value: string): T;
  usingPlugin(): never;
}

export interface V4UnconfiguredAsynchronousMessage extends V4MessageCommon<V4UnconfiguredAsynchronousMessage> {
  expectsToReceive(description: string, fill: (builder: V4MessageContentsBuilder) => void): V4AsynchronousMessageWithContent;
}
export interface V4AsynchronousMessageWithContent {
  executeTest<T>(test: (message: AsynchronousMessage) => Promise<T>): Promise<T | undefined>;
}
export interface V4UnconfiguredSynchronousMessage extends V4MessageCommon<V4UnconfiguredSynchronousMessage> {
  withRequest(fill: (builder: V4MessageContentsBuilder) => void): V4SynchronousMessageWithRequest;
}
export interface V4SynchronousMessageWithRequest {
  withResponse(fill: (builder: V4MessageContentsBuilder) => void): V4SynchronousMessageWithResponse;
}
export interface V4SynchronousMessageWithResponse {
  executeTest<T>(test: (message: SynchronousMessage) => Promise<T>): Promise<T | undefined>;
}

function commonMethods<T>(common: Common, self: () => T): V4MessageCommon<T> {
  return {
    given(state, parameters) {
      common.states.push(parameters === undefined ? { name: state } : { name: state, params: parameters as { [key: string]: JsonValue } });
      return self();
    },
    pending(pending = true) {
      common.pending = pending;
      return self();
    },
    comment(comment) {
      if (typeof comment === 'string') ((common.comments.text ??= []) as JsonValue[]).push(comment);
      else common.comments[comment.key] = comment.value;
      return self();
    },
    testName(name) {
      common.comments.testname = name;
      return self();
    },
    reference(group, name, value) {
      const references = (common.comments.references ??= {}) as { [key: string]: { [key: string]: JsonValue } };
      (references[group] ??= {})[name] = value;
      return self();
    },
    usingPlugin(): never {
      throw new DslError('usingPlugin: Pact plugins are not supported by @pactwright/pact (it has no native core to load them into)');
    },
  };
}

async function writeMessage(options: PactV4Options, type: string, description: string, common: Common, raw: { [key: string]: JsonValue }): Promise<void> {
  const full: { [key: string]: JsonValue } = {
    ...raw,
    description,
    pending: common.pending,
    providerStates: common.states as unknown as JsonValue,
    ...(Object.keys(common.comments).length > 0 ? { comments: common.comments } : {}),
  };
  const pact: Pact = {
    consumer: { name: options.consumer },
    provider: { name: options.provider },
    specVersion: '4',
    interactions: [],
    otherInteractions: [{ type, description, providerStates: common.states, raw: full }],
    metadata: {},
  };
  await writePactToDir(pact, options.dir ?? './pacts', { spec: '4' });
}

/** What an asynchronous message's test receives. */
export interface AsynchronousMessage {
  contents: { content: unknown };
  metadata: Metadata;
}

/** What a synchronous message's test receives: the request and the responses, as bytes. */
export interface SynchronousMessage {
  Request: { content: Buffer };
  Response: Array<{ content: Buffer }>;
}

/**
 * `PactV4.addAsynchronousInteraction()`: a message the consumer receives. `executeTest` gives the
 * test the example message; when the test succeeds, the message is written into the V4 pact.
 */
export function asynchronousMessage(options: PactV4Options): V4UnconfiguredAsynchronousMessage {
  const common: Common = { states: [], pending: false, comments: {} };
  const part: Part = {};
  const unconfigured: V4UnconfiguredAsynchronousMessage = {
    ...commonMethods<V4UnconfiguredAsynchronousMessage>(common, () => unconfigured),
    expectsToReceive(description: string, fill: (builder: V4MessageContentsBuilder) => void) {
      if (typeof fill !== 'function') throw new DslError('expectsToReceive(description, (builder) => …): the builder function is required');
      fill(contentsBuilder(part, 'expectsToReceive'));
      return {
        async executeTest<T>(test: (message: AsynchronousMessage) => Promise<T>): Promise<T | undefined> {
          const raw = messageJson(part, 'expectsToReceive');
          const value = await test({ contents: { content: part.contents?.example }, metadata: part.metadata ?? {} });
          await writeMessage(options, 'Asynchronous/Messages', description, common, { ...raw, metadata: (part.metadata ?? {}) as JsonValue });
          return value;
        },
      };
    },
  };
  return unconfigured;
}

function asBytes(contents: Contents | undefined): Buffer {
  const example = contents?.example;
  return Buffer.isBuffer(example) ? example : Buffer.from(JSON.stringify(example ?? null), 'utf8');
}

/**
 * `PactV4.addSynchronousInteraction(description)`: a request message and its response messages.
 * `executeTest` gives the test both, as bytes; when the test succeeds, the interaction is written.
 */
export function synchronousMessage(options: PactV4Options, description: string): V4UnconfiguredSynchronousMessage {
  const common: Common = { states: [], pending: false, comments: {} };
  const request: Part = {};
  const response: Part = {};
  const unconfigured: V4UnconfiguredSynchronousMessage = {
    ...commonMethods<V4UnconfiguredSynchronousMessage>(common, () => unconfigured),
    withRequest(fill: (builder: V4MessageContentsBuilder) => void) {
      fill(contentsBuilder(request, 'withRequest'));
      return {
        withResponse(fillResponse: (builder: V4MessageContentsBuilder) => void) {
          fillResponse(contentsBuilder(response, 'withResponse'));
          return {
            async executeTest<T>(test: (message: SynchronousMessage) => Promise<T>): Promise<T | undefined> {
              const requestJson = messageJson(request, 'withRequest');
              const responseJson = messageJson(response, 'withResponse');
              const value = await test({ Request: { content: asBytes(request.contents) }, Response: [{ content: asBytes(response.contents) }] });
              const metadata = (part: Part): JsonValue => ({ contentType: part.contents?.json.contentType ?? 'application/json', ...(part.metadata ?? {}) }) as JsonValue;
              await writeMessage(options, 'Synchronous/Messages', description, common, {
                request: { ...requestJson, metadata: metadata(request) },
                response: [{ ...responseJson, metadata: metadata(response) }],
              });
              return value;
            },
          };
        },
      };
    },
  };
  return unconfigured;
}

/**
 * A V4 asynchronous message handler that takes the message's content: Pact JS's
 * `v4SynchronousBodyHandler`.
 *
 * @example
 * ```ts
 * .executeTest(v4SynchronousBodyHandler((cat) => handleCat(cat)));
 * ```
 */
export function v4SynchronousBodyHandler<R>(handler: (body: never) => R): (message: AsynchronousMessage) => Promise<R> {
  return async (message) => handler(message.contents.content as never);
}

/** The same for a handler that returns a promise: Pact JS's `v4AsynchronousBodyHandler`. */
export function v4AsynchronousBodyHandler<R>(handler: (body: never) => Promise<R>): (message: AsynchronousMessage) => Promise<R> {
  return async (message) => handler(message.contents.content as never);
}
