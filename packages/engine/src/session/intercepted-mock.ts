/**
 * The session's mock on the msw transport: the same `PactMock` as behind the HTTP server, reached
 * through msw's interception of `fetch`, `XMLHttpRequest` and `http.request` instead of a port. It
 * has the server's surface, so the session verifies, reports and writes the same way for both.
 */
import { ConfigurationError, PactwrightError } from '../errors.js';
import type { SpecVersion } from '../model/types.js';
import type { InputLimits } from '../model/limits.js';
import { loadPact } from '../mock/load-pact.js';
import { PactMock } from '../mock/pact-mock.js';
import { MockTransport } from '../mock/mock-transport.js';
import type { Interception, InterceptMock } from '../mock/interception.js';
import { writePactToDir } from '../pact-file/write.js';
import type { SessionMock } from './types.js';
import { importModule } from '../import-module.js';

/** The package that provides the msw transport, loaded only when a session asks for it. */
export const MSW_TRANSPORT_PACKAGE = '@pactwright/msw';

export interface InterceptedMockOptions {
  consumer: string;
  provider: string;
  baseUrl: string;
  spec: SpecVersion;
  limits: InputLimits & { readonly maxDepth?: number };
  cors: boolean;
  pactDir: string;
}

/** Starts a mock on the msw transport; `intercept` defaults to `@pactwright/msw`'s. */
export async function startInterceptedMock(options: InterceptedMockOptions, intercept?: InterceptMock): Promise<SessionMock> {
  const carry = intercept ?? (await loadMswTransport());
  const mock = new PactMock(loadPact(undefined, { consumer: options.consumer, provider: options.provider }), { spec: options.spec, limits: options.limits, cors: options.cors });
  const interception = await carry(mock.core, { baseUrl: options.baseUrl, outside: 'passthrough' });
  return new InterceptedMock(mock, interception, options);
}

/** The msw transport, loaded by its package name (a parameter only for tests). */
export async function loadMswTransport(specifier: string = MSW_TRANSPORT_PACKAGE): Promise<InterceptMock> {
  // A name in a variable: the engine does not depend on the package, which depends on the engine.
  let loaded: { interceptMock?: unknown };
  try {
    loaded = (await importModule(specifier)) as { interceptMock?: unknown };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new ConfigurationError('transport', `'msw' needs the packages ${MSW_TRANSPORT_PACKAGE} and msw: npm install --save-dev ${MSW_TRANSPORT_PACKAGE} msw`, { cause: error });
    }
    throw error;
  }
  if (typeof loaded.interceptMock !== 'function') throw new PactwrightError(`${MSW_TRANSPORT_PACKAGE} has no interceptMock export: install a version that matches @pactwright/engine`);
  return loaded.interceptMock as InterceptMock;
}

class InterceptedMock extends MockTransport implements SessionMock {
  readonly url: string;
  readonly port: number;
  private closing: Promise<void> | undefined;

  constructor(
    mock: PactMock,
    private readonly interception: Interception,
    private readonly options: InterceptedMockOptions,
  ) {
    super(mock);
    const base = new URL(options.baseUrl);
    this.url = options.baseUrl.replace(/\/$/, '');
    this.port = base.port === '' ? (base.protocol === 'https:' ? 443 : 80) : Number(base.port);
  }

  writePact(dir = this.options.pactDir, options: { overwrite?: boolean } = {}): Promise<string> {
    return writePactToDir(this.mock.pact, dir, {
      overwrite: options.overwrite ?? false,
      spec: this.options.spec,
      onWarn: (message) => process.emitWarning(message, { type: 'PactwrightWarning' }),
    });
  }

  close(): Promise<void> {
    this.mock.close();
    this.closing ??= this.interception.close();
    return this.closing;
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }
}
