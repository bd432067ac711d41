import { ConfigurationError, DslError, PactBuilder, createPactSession } from '@pactwright/engine';
import type { PactSession, PactwrightOptions, WritableSpecVersion } from '@pactwright/engine';
import { sessionOptions } from './session-options.js';
import type { LogLevel } from './types.js';

/** Options of Pact JS's `PactV2`. */
export interface PactV2Options {
  consumer: string;
  provider: string;
  /** Default: a free port chosen when `setup()` runs. */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /** HTTPS with a self-signed certificate (needs the optional `selfsigned` package). */
  ssl?: boolean;
  /** Default `./pacts`. */
  dir?: string;
  logLevel?: LogLevel;
  /** The pact file's specification version: 2 (default) or 3. */
  spec?: number;
  /** Default `false`. */
  cors?: boolean;
  /** `'merge'` (default) or `'overwrite'`. */
  pactfileWriteMode?: 'merge' | 'overwrite' | 'update';
  /** Accepted for compatibility; the engine keeps no log file. */
  log?: string;
  /** Accepted for compatibility. */
  timeout?: number;
  /** Accepted for compatibility: the certificate is generated. */
  sslcert?: string;
  /** Accepted for compatibility: the certificate is generated. */
  sslkey?: string;
}

export interface RequestOptions {
  method: string;
  path: unknown;
  query?: unknown;
  headers?: Record<string, unknown>;
  body?: unknown;
}

export interface ResponseOptions {
  status: number;
  headers?: Record<string, unknown>;
  body?: unknown;
}

/** Pact JS's V2 interaction object form: one provider state by name under `state`. */
export interface InteractionObject {
  state: string | undefined;
  uponReceiving: string;
  withRequest: RequestOptions;
  willRespondWith: ResponseOptions;
}

/**
 * Pact JS's V2 interaction builder, for `addInteraction(new Interaction().given(…)…)`.
 *
 * @example
 * ```ts
 * await provider.addInteraction(new Interaction().given('a user').uponReceiving('a request').withRequest({ method: 'GET', path: '/' }).willRespondWith({ status: 200 }));
 * ```
 */
export class Interaction {
  state: { providerState?: string; description?: string; request?: RequestOptions; response?: ResponseOptions } = {};

  given(providerState: string): this {
    this.state.providerState = providerState;
    return this;
  }

  uponReceiving(description: string): this {
    this.state.description = description;
    return this;
  }

  withRequest(requestOpts: RequestOptions): this {
    this.state.request = requestOpts;
    return this;
  }

  willRespondWith(responseOpts: ResponseOptions): this {
    this.state.response = responseOpts;
    return this;
  }

  json(): InteractionObject {
    const { providerState, description, request, response } = this.state;
    if (description === undefined || request === undefined || response === undefined) {
      throw new DslError('Interaction: uponReceiving, withRequest and willRespondWith are all needed');
    }
    return { state: providerState, uponReceiving: description, withRequest: request, willRespondWith: response };
  }
}

/**
 * Pact JS's `PactV2`: a mock server for the whole test file. `setup()` starts it
 * (`mockService.baseUrl`), `addInteraction()` registers, `verify()` checks what was registered
 * since the last `verify()` and writes the pact, `finalize()` stops the server.
 *
 * @example
 * ```ts
 * const provider = new PactV2({ consumer: 'web', provider: 'users-api' });
 * await provider.setup();
 * await provider.addInteraction({ state: 'user 1 exists', uponReceiving: 'a request for user 1', withRequest: { method: 'GET', path: '/users/1' }, willRespondWith: { status: 200 } });
 * await fetch(`${provider.mockService.baseUrl}/users/1`);
 * await provider.verify();
 * await provider.finalize();
 * ```
 */
export class PactV2 {
  mockService: { baseUrl: string } | undefined;
  private session: PactSession | undefined;
  private builder: PactBuilder | undefined;
  private written = false;

  private readonly options: PactwrightOptions;

  constructor(readonly opts: PactV2Options) {
    // Pact JS's V2 `spec` is a plain number (2 by default); `ssl` is the other classes' `tls`.
    const spec = opts?.spec === undefined || opts.spec === 2 ? '2' : opts.spec === 3 ? '3' : opts.spec === 4 ? '4' : undefined;
    if (spec === undefined) throw new ConfigurationError('spec', `expected 2, 3 or 4, got ${JSON.stringify(opts.spec)}`);
    this.options = sessionOptions({ ...opts, tls: opts.ssl }, 'PactV2', spec, false);
  }

  /** Starts the mock server; resolves to the options, with the port it listens on. */
  async setup(): Promise<PactV2Options & { port: number; host: string }> {
    const session = createPactSession(this.options, { color: false });
    await session.start();
    session.beginTest();
    this.session = session;
    this.builder = new PactBuilder((interaction) => session.pact.addInteraction(interaction), { spec: this.options.spec as WritableSpecVersion });
    this.mockService = { baseUrl: session.pact.url };
    return { ...this.opts, port: session.pact.port, host: this.opts.host ?? '127.0.0.1' };
  }

  private running(method: string): { session: PactSession; builder: PactBuilder } {
    if (this.session === undefined || this.builder === undefined) throw new DslError(`The pact mock service wasn't running when ${method} was called: call setup() first`);
    return { session: this.session, builder: this.builder };
  }

  /** Registers an interaction (the object form, with V2's `state`, or an `Interaction`). */
  async addInteraction(interactionObj: InteractionObject | Interaction): Promise<string> {
    const { builder } = this.running('addInteraction');
    const interaction = interactionObj instanceof Interaction ? interactionObj.json() : interactionObj;
    builder.addInteraction(interaction as never);
    return '';
  }

  /**
   * Checks what was registered since the last `verify()`: every interaction received, nothing
   * unexpected. Then writes (merges) the pact. On a problem it throws the readable report and
   * writes nothing.
   */
  async verify(): Promise<string> {
    const { session } = this.running('verify');
    const report = session.endTest();
    session.beginTest();
    if (report !== undefined) throw report;
    await this.writePact();
    return '';
  }

  /** Writes (merges) the pact with every interaction verified so far. */
  async writePact(): Promise<string> {
    const { session } = this.running('writePact');
    const overwrite = this.opts.pactfileWriteMode === 'overwrite' && !this.written;
    await session.server.writePact(undefined, { overwrite });
    this.written = true;
    return '';
  }

  /** Drops what was registered since the last `verify()`, without checking it. */
  async removeInteractions(): Promise<string> {
    const { session } = this.running('removeInteractions');
    session.endTest({ skipped: true });
    session.beginTest();
    return '';
  }

  /** Stops the mock server. */
  async finalize(): Promise<void> {
    const session = this.session;
    this.session = undefined;
    this.builder = undefined;
    await session?.abort('finalized');
  }
}

/**
 * An `Interaction`'s state as Pact JS's object form (`state`, `uponReceiving`, `withRequest`,
 * `willRespondWith`).
 *
 * @example
 * ```ts
 * const object = interactionToInteractionObject(new Interaction().uponReceiving('x').withRequest({ method: 'GET', path: '/' }).willRespondWith({ status: 200 }).state);
 * ```
 */
export function interactionToInteractionObject(interaction: Interaction['state']): InteractionObject {
  const { providerState, description, request, response } = interaction;
  if (description === undefined || request === undefined || response === undefined) throw new DslError('interactionToInteractionObject: description, request and response are all needed');
  return { state: providerState, uponReceiving: description, withRequest: request, willRespondWith: response };
}
