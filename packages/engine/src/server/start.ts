import type * as http from 'node:http';
import type * as https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import type { Pact, SpecVersion } from '../model/types.js';
import type { MockServer, MockServerOptions, LogLevel } from './types.js';
import { resolveLimits, type ResolvedLimits } from '../model/limits.js';
import { ConfigurationError, PactwrightError, PortInUseError } from '../errors.js';
import { writtenSpec } from '../model/serialize.js';
import { writePactToDir } from '../pact-file/write.js';
import {
  CLOSE_GRACE_MS,
  DEFAULT_CORS,
  DEFAULT_HOST,
  DEFAULT_LOG_LEVEL,
  DEFAULT_MAX_BODY_SIZE,
  DEFAULT_PACT_DIR,
  DEFAULT_PORT,
} from './defaults.js';
import { checkBoolean, checkDirectory, checkHost, checkLogLevel, checkPort, rejectUnknownKeys, shown } from './option-checks.js';
import type { MockCore } from '../mock/mock-core.js';
import type { LedgerCounts } from '../mock/ledger.js';
import { createLogger, type LogSink, type Logger } from './logger.js';
import { generatedCertificate } from './tls.js';
import { handleRequest, internalFailure, type HandlerContext } from './handle-request.js';
import { loadPact } from '../mock/load-pact.js';
import { PactMock } from '../mock/pact-mock.js';
import { MockTransport } from '../mock/mock-transport.js';

// Reached through `process.getBuiltinModule`, not an ES import: Node 22+ builds an ES module
// namespace of `node:http` by reading every export, and its `WebSocket` getter loads undici
// (~35 ms of every fresh test process on Node 24). HTTPS (tls, ~5 ms) is loaded only when asked for.
const nodeHttp = (): typeof http => process.getBuiltinModule('node:http');
const nodeHttps = (): typeof https => process.getBuiltinModule('node:https');

/** Options of `startMockServer` beyond the shared ones. */
export interface StartOptions extends MockServerOptions {
  /** Where log lines go (default: stderr). */
  logSink?: LogSink;
  /**
   * Awaited before each request is matched. For a host whose interactions are registered from
   * another process (the Vitest plugin serves its workers' test files from the main process): it
   * brings in what that process registered before the request was sent.
   */
  beforeAnswer?: () => Promise<void> | void;
}

/** A running mock server with its request counters. */
export interface RunningMockServer extends MockServer {
  /** Requests received so far, by outcome (never reset). */
  counts(): Readonly<LedgerCounts>;
  /** The transport-free mock the server carries requests to (other transports can share it). */
  readonly mock: PactMock;
}

/**
 * Starts a mock server: a real HTTP (or HTTPS) listener that answers requests from the pact's
 * interactions and from interactions registered later with `addInteraction`.
 *
 * Rejects with `PactParseError` for an invalid pact, `PortInUseError` when the port is taken and
 * `ConfigurationError` for an unusable option.
 */
export async function startMockServer(options: StartOptions = {}): Promise<RunningMockServer> {
  const settings = validate(options);
  const pact = loadPact(options.pact, { consumer: options.consumer, provider: options.provider }, settings.limits.maxDepth);
  settings.spec = writtenSpec(options.spec, pact.specVersion);
  const tlsMaterial = options.tls === true ? await generatedCertificate() : options.tls || undefined;
  const server = new PactMockServer(pact, settings, tlsMaterial, options.logSink, options.beforeAnswer);
  await server.listen(settings.host, settings.port);
  return server;
}

interface Settings {
  /** The version written; known once the pact is loaded. */
  spec: SpecVersion;
  limits: ResolvedLimits;
  maxHeaderSize: number;
  host: string;
  port: number;
  cors: boolean;
  pactDir: string;
  logLevel: LogLevel;
  maxBodySize: number;
}

/** Every option of `startMockServer` (and so of `createMockServer`). */
const START_OPTION_NAMES = Object.keys({
  pact: true,
  consumer: true,
  provider: true,
  host: true,
  port: true,
  cors: true,
  tls: true,
  pactDir: true,
  spec: true,
  logLevel: true,
  maxBodySize: true,
  limits: true,
  logSink: true,
  beforeAnswer: true,
} satisfies Record<keyof StartOptions, true>);

function validate(options: StartOptions): Settings {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new ConfigurationError('options', `expected an object of options, got ${Array.isArray(options) ? 'an array' : shown(options)}`);
  }
  rejectUnknownKeys(options, START_OPTION_NAMES);
  const port = checkPort(options.port ?? DEFAULT_PORT);
  const maxBodySize = options.maxBodySize ?? DEFAULT_MAX_BODY_SIZE;
  if (!Number.isSafeInteger(maxBodySize) || maxBodySize < 0) {
    throw new ConfigurationError('maxBodySize', `expected a non-negative integer, got ${shown(maxBodySize)}`);
  }
  const logLevel = checkLogLevel(options.logLevel ?? DEFAULT_LOG_LEVEL);
  const host = checkHost(options.host ?? DEFAULT_HOST);
  // JavaScript callers can pass anything; a truthy string must not silently turn CORS on.
  const cors = checkBoolean(options.cors ?? DEFAULT_CORS, 'cors');
  const pactDir = checkDirectory(options.pactDir ?? DEFAULT_PACT_DIR, 'pactDir');
  if (options.tls !== undefined && typeof options.tls !== 'boolean' && (!options.tls.key || !options.tls.cert)) {
    throw new ConfigurationError('tls', 'expected true, false, or { key, cert } in PEM');
  }
  const limits = resolveLimits(options.limits);
  // The spec is checked here too, so that a bad value fails before a pact is parsed.
  const spec = writtenSpec(options.spec, '3');
  return { spec, host, port, cors, pactDir, logLevel, maxBodySize, limits, maxHeaderSize: limits.maxHeaderSize };
}

/** An HTTPS server, or a ConfigurationError naming `tls` when Node cannot use the key or certificate. */
function createHttpsServer(tls: { key: string | Buffer; cert: string | Buffer }, maxHeaderSize: number, handler: http.RequestListener): https.Server {
  try {
    return nodeHttps().createServer({ key: tls.key, cert: tls.cert, maxHeaderSize }, handler);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigurationError('tls', `the key and certificate could not be used (expected PEM text): ${reason}`, { cause: error });
  }
}

class PactMockServer extends MockTransport implements RunningMockServer {
  private readonly server: http.Server | https.Server;
  private readonly secure: boolean;
  private readonly sockets = new Set<Socket>();
  /** Connections whose request head was refused as too large (recorded once each). */
  private readonly refusedHeads = new WeakSet<object>();
  private closing: Promise<void> | undefined;
  private bound: { port: number; url: string } | undefined;
  private log: Logger;
  private readonly handlerContext: HandlerContext;

  constructor(
    source: Pact,
    private readonly settings: Settings,
    tls: { key: string | Buffer; cert: string | Buffer } | undefined,
    private readonly logSink: LogSink | undefined,
    beforeAnswer: StartOptions['beforeAnswer'],
  ) {
    super(new PactMock(source, { spec: settings.spec, limits: settings.limits, cors: settings.cors }));
    this.log = createLogger(settings.logLevel, 'mock server', logSink);
    this.handlerContext = {
      core: this.mock.core,
      cors: settings.cors,
      maxBodySize: settings.maxBodySize,
      log: this.log,
      generatorContext: {},
      closing: { value: false },
      beforeAnswer,
    };
    const handler = (req: http.IncomingMessage, res: http.ServerResponse): void => {
      try {
        handleRequest(this.handlerContext, req, res);
      } catch (error) {
        // Last line of defence: one broken request must never stop the server.
        internalFailure(this.handlerContext, { method: req.method ?? 'GET', path: req.url ?? '/' }, res, error);
      }
    };
    this.secure = tls !== undefined;
    this.server = tls ? createHttpsServer(tls, settings.maxHeaderSize, handler) : nodeHttp().createServer({ maxHeaderSize: settings.maxHeaderSize }, handler);
    // Node drops headers past 2,000 without a word; the head size above is the bound instead.
    this.server.maxHeadersCount = 0;
    this.server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
    this.server.on('clientError', (error: NodeJS.ErrnoException & { rawPacket?: Buffer }, socket) => {
      this.log.log('debug', `client error: ${error.message}`);
      // Node may report one oversized head more than once while the rest of it arrives.
      const tooLarge = error.code === 'HPE_HEADER_OVERFLOW' && !this.refusedHeads.has(socket);
      if (tooLarge) this.refusedHeads.add(socket);
      // A request head past maxHeaderSize is a request the test sent: it is recorded, not lost.
      if (tooLarge) recordUnreadable(this.mock.core, error.rawPacket, `The request line and headers are larger than the mock server's maxHeaderSize of ${settings.maxHeaderSize} bytes`);
      const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
      if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      else socket.destroy();
    });
  }

  get port(): number {
    return this.address().port;
  }

  get url(): string {
    return this.address().url;
  }

  counts(): Readonly<LedgerCounts> {
    return this.mock.core.counts();
  }

  async listen(host: string, port: number): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      const onError = (error: NodeJS.ErrnoException): void => {
        this.server.off('listening', onListening);
        if (error.code === 'EADDRINUSE') reject(new PortInUseError(port, host, { cause: error }));
        else if (error.code === 'EACCES') reject(new ConfigurationError('port', `no permission to bind port ${port} on ${host}`, { cause: error }));
        else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') reject(new ConfigurationError('host', `cannot bind to ${host}: ${error.message}`, { cause: error }));
        else reject(new PactwrightError(`mock server could not start on ${host}:${port}: ${error.message}`, { cause: error }));
      };
      const onListening = (): void => {
        this.server.off('error', onError);
        resolve();
      };
      this.server.once('error', onError);
      this.server.once('listening', onListening);
      this.server.listen({ port, host, exclusive: true });
    });
    const address = this.server.address() as AddressInfo;
    const scheme = this.secure ? 'https' : 'http';
    const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    const shownHost = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '[::1]' : urlHost;
    this.bound = { port: address.port, url: `${scheme}://${shownHost}:${address.port}` };
    this.handlerContext.generatorContext = { mockServer: { url: this.bound.url, port: address.port } };
    this.log = createLogger(this.settings.logLevel, String(address.port), this.logSink);
    this.handlerContext.log = this.log;
    this.server.on('error', (error) => this.log.log('error', `server error: ${error.message}`));
    this.log.log('info', `Mock server listening on ${this.bound.url}`);
  }

  async writePact(dir?: string, options: { overwrite?: boolean } = {}): Promise<string> {
    if (dir !== undefined && (typeof dir !== 'string' || dir === '')) {
      throw new ConfigurationError('dir', `writePact expected a directory path, got ${shown(dir)}`);
    }
    return writePactToDir(this.pact, dir ?? this.settings.pactDir, {
      overwrite: options.overwrite ?? false,
      spec: this.settings.spec,
      onInfo: (message) => this.log.log('info', message),
      // Data left out of the file is worth a line even when the server's log is off.
      onWarn: (message) => {
        if (this.settings.logLevel === 'silent' || this.settings.logLevel === 'error') process.emitWarning(message, { type: 'PactwrightWarning' });
        else this.log.log('warn', message);
      },
    });
  }

  close(): Promise<void> {
    this.closing ??= new Promise<void>((resolve) => {
      this.mock.close();
      this.handlerContext.closing.value = true;
      const grace = setTimeout(() => {
        for (const socket of this.sockets) socket.destroy();
      }, CLOSE_GRACE_MS);
      this.server.close(() => {
        clearTimeout(grace);
        this.log.log('info', 'Mock server closed');
        resolve();
      });
      // Idle keep-alive connections would otherwise hold the port until they time out.
      this.server.closeIdleConnections();
    });
    return this.closing;
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  private address(): { port: number; url: string } {
    if (!this.bound) throw new PactwrightError('the mock server is not listening');
    return this.bound;
  }
}

/** Records a request whose head could not be read, with what can be read of its request line. */
function recordUnreadable(core: MockCore, raw: Buffer | undefined, problem: string): void {
  // Node hands over only the last chunk it read, which holds the request line only when it was short.
  const line = /^([A-Z]{1,20}) (\/[^ ?]{0,2048})/.exec(raw === undefined ? '' : raw.subarray(0, 2100).toString('latin1'));
  core.recordUnreadable(line?.[1] ?? 'UNKNOWN', line?.[2] ?? '/', problem);
}
