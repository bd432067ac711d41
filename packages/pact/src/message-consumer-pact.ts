import { DslError, compileIntegrationJson, writePactToDir } from '@pactwright/engine';
import type { JsonValue, Pact, RuleList } from '@pactwright/engine';
import type { LogLevel } from './types.js';

/** Options of `MessageConsumerPact`. */
export interface MessageConsumerOptions {
  consumer: string;
  provider: string;
  /** Default `./pacts`. */
  dir?: string;
  logLevel?: LogLevel;
  /** Accepted for compatibility; message pacts are written as V3. */
  spec?: number;
  /** Accepted for compatibility. */
  log?: string;
  /** `'merge'` (default) or `'overwrite'`. */
  pactfileWriteMode?: 'merge' | 'overwrite' | 'update';
}

/** A provider state of a message, by name, with optional parameters. */
export interface ProviderState {
  name: string;
  params?: { [name: string]: unknown };
}

export type Metadata = { [key: string]: string | unknown };

/** The message a handler receives: its example contents and what describes it. */
export interface Message {
  contents: unknown;
  description?: string;
  providerStates?: ProviderState[];
  metadata?: Metadata;
}

export type MessageConsumer = (message: Message) => Promise<unknown>;

/**
 * A handler that takes the message's contents (its body) and returns a value: Pact JS's
 * `synchronousBodyHandler`.
 *
 * @example
 * ```ts
 * await messagePact.verify(synchronousBodyHandler((dog) => dogApiHandler(dog)));
 * ```
 */
export function synchronousBodyHandler<R>(handler: (body: never) => R): MessageConsumer {
  return async (message) => handler(message.contents as never);
}

/** The same for a handler that returns a promise: Pact JS's `asynchronousBodyHandler`. */
export function asynchronousBodyHandler<R>(handler: (body: never) => Promise<R>): MessageConsumer {
  return async (message) => handler(message.contents as never);
}

interface Draft {
  description?: string;
  states: ProviderState[];
  /** `written`: what the pact holds (base64 text for bytes); `example`: what the handler gets. */
  contents?: { example: unknown; written: JsonValue; rules: Record<string, RuleList>; generators: Record<string, unknown>; contentType: string };
  metadata: { [key: string]: JsonValue };
  metadataRules: Record<string, RuleList>;
}

/**
 * Pact JS's `MessageConsumerPact`: describe the message a consumer expects (`given`,
 * `expectsToReceive`, `withContent`, `withMetadata`), then `verify(handler)` hands its example to
 * your handler; when the handler succeeds, the message is written (merged) into a V3 message pact.
 *
 * @example
 * ```ts
 * const messagePact = new MessageConsumerPact({ consumer: 'dog-client', provider: 'dog-events' });
 * await messagePact
 *   .given('a dog exists')
 *   .expectsToReceive('a dog event')
 *   .withContent({ id: MatchersV3.integer(1) })
 *   .withMetadata({ queue: 'dogs' })
 *   .verify(synchronousBodyHandler((dog) => handleDog(dog)));
 * ```
 */
export class MessageConsumerPact {
  private draft: Draft = { states: [], metadata: {}, metadataRules: {} };
  private written = false;

  constructor(private readonly config: MessageConsumerOptions) {
    if (typeof config?.consumer !== 'string' || config.consumer === '') throw new DslError('MessageConsumerPact: the consumer name is required');
    if (typeof config.provider !== 'string' || config.provider === '') throw new DslError('MessageConsumerPact: the provider name is required');
  }

  /** A provider state, by name or as `{ name, params }`. */
  given(state: string | ProviderState): MessageConsumerPact {
    if (typeof state === 'string') this.draft.states.push({ name: state });
    else if (typeof state?.name === 'string') this.draft.states.push(state.params === undefined ? { name: state.name } : { name: state.name, params: state.params });
    else throw new DslError(`given: expected a state name or { name, params }, got ${JSON.stringify(state)}`);
    return this;
  }

  expectsToReceive(description: string): MessageConsumerPact {
    if (typeof description !== 'string' || description === '') throw new DslError('expectsToReceive: the description is required');
    this.draft.description = description;
    return this;
  }

  /** JSON contents; matchers allowed. */
  withContent(content: unknown): MessageConsumerPact {
    const compiled = compileIntegrationJson(content, 'body');
    this.draft.contents = { ...compiled, written: compiled.example, contentType: 'application/json' };
    return this;
  }

  /** Text contents of the given content type. */
  withTextContent(content: string, contentType: string): MessageConsumerPact {
    this.draft.contents = { example: content, written: content, rules: {}, generators: {}, contentType };
    return this;
  }

  /** Bytes of the given content type: the handler gets a Buffer, the pact holds base64 text. */
  withBinaryContent(content: Buffer, contentType: string): MessageConsumerPact {
    const bytes = Buffer.from(content);
    this.draft.contents = { example: bytes, written: bytes.toString('base64'), rules: {}, generators: {}, contentType };
    return this;
  }

  /** Metadata of the message (`queue`, `content-type`, …); matchers allowed. */
  withMetadata(metadata: Metadata): MessageConsumerPact {
    for (const [key, value] of Object.entries(metadata)) {
      const compiled = compileIntegrationJson(value, 'body');
      this.draft.metadata[key] = compiled.example;
      if (compiled.rules.$ !== undefined) this.draft.metadataRules[key] = compiled.rules.$;
    }
    return this;
  }

  /** The message as Pact JS builds it for the handler. */
  json(): Message {
    const { description, states, contents, metadata } = this.draft;
    return { contents: contents?.example, description, providerStates: states, metadata: { ...metadata, ...(contents ? { contentType: contents.contentType } : {}) } };
  }

  /**
   * Hands the message to `handler`. When it succeeds, the message is written (merged) into
   * `<dir>/<consumer>-<provider>.json`; when it throws, nothing is written and its error is
   * rethrown. The builder starts clean either way. Resolves to nothing, as in Pact JS.
   */
  async verify(handler: MessageConsumer): Promise<void> {
    const draft = this.draft;
    this.draft = { states: [], metadata: {}, metadataRules: {} };
    if (draft.description === undefined) throw new DslError('verify: expectsToReceive(description) is required');
    if (draft.contents === undefined) throw new DslError('verify: the message contents (withContent or withTextContent) are required');
    const message: Message = {
      contents: draft.contents.example,
      description: draft.description,
      providerStates: draft.states,
      metadata: { ...draft.metadata, contentType: draft.contents.contentType },
    };
    await handler(message);
    await this.write(draft, message);
  }

  private async write(draft: Draft, message: Message): Promise<void> {
    const raw: { [key: string]: JsonValue } = {
      contents: draft.contents?.written ?? null,
      description: draft.description ?? '',
      metadata: message.metadata as JsonValue,
      // Absent when the message has none, as the official writer leaves it.
      ...(draft.states.length > 0 ? { providerStates: draft.states as unknown as JsonValue } : {}),
    };
    const matchingRules: { [key: string]: JsonValue } = {};
    if (draft.contents && Object.keys(draft.contents.rules).length > 0) matchingRules.body = draft.contents.rules as unknown as JsonValue;
    if (Object.keys(draft.metadataRules).length > 0) matchingRules.metadata = draft.metadataRules as unknown as JsonValue;
    if (Object.keys(matchingRules).length > 0) raw.matchingRules = matchingRules;
    if (draft.contents && Object.keys(draft.contents.generators).length > 0) raw.generators = { body: draft.contents.generators as JsonValue };
    const pact: Pact = {
      consumer: { name: this.config.consumer },
      provider: { name: this.config.provider },
      specVersion: '3',
      interactions: [],
      otherInteractions: [{ type: 'Asynchronous/Messages', description: raw.description as string, providerStates: draft.states.map((state) => ({ name: state.name, ...(state.params ? { params: state.params as { [key: string]: JsonValue } } : {}) })), raw }],
      metadata: {},
    };
    const overwrite = this.config.pactfileWriteMode === 'overwrite' && !this.written;
    await writePactToDir(pact, this.config.dir ?? './pacts', { spec: '3', overwrite });
    this.written = true;
  }
}
