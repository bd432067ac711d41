import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpRequest } from '../model/types.js';
import type { GeneratorContext } from '../generators/index.js';
import type { MockCore, Reply } from '../mock/mock-core.js';
import type { WireResponse } from '../mock/response-plan.js';
import { tooLargeBody } from '../mock/official-json.js';
import type { Logger } from './logger.js';
import { requestHead, withBody, type RequestHead } from './incoming-request.js';
import { corsHeaders, preflightHeaders } from '../mock/cors.js';
import { stringifySorted } from '../mock/sorted-json.js';
import { localZone } from './local-zone.js';

/** What the request handler needs from its server. */
export interface HandlerContext {
  readonly core: MockCore;
  readonly cors: boolean;
  readonly maxBodySize: number;
  /** The server's log; replaced once the port is known (its lines name the port). */
  log: Logger;
  /** What generators need: the server's URL and port, given once it listens (replaced, never changed). */
  generatorContext: GeneratorContext;
  /** Set by `close()`: answers then carry `Connection: close`, so no socket outlives the server. */
  readonly closing: { value: boolean };
  /** The generator context with the local time zone, kept while neither changes. */
  zoned?: { context: GeneratorContext };
  /** Awaited before each request is matched (see `StartOptions.beforeAnswer`). */
  readonly beforeAnswer?: (() => Promise<void> | void) | undefined;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Reads one request, picks its interaction, records the outcome, then answers. The outcome is
 * recorded synchronously before any response byte is written, so a client that has its answer can
 * never observe a ledger that does not contain it yet.
 */
export function handleRequest(ctx: HandlerContext, req: IncomingMessage, res: ServerResponse): void {
  const head = requestHead(req);
  if (ctx.log.enabled('info')) ctx.log.log('info', `Received request ${head.method} ${head.path}`);
  if (ctx.log.enabled('debug')) {
    ctx.log.log('debug', `query=${head.rawQuery ?? ''} headers=${ctx.log.headers(head.headers)}`);
  }

  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > ctx.maxBodySize) {
    tooLarge(ctx, head, req, res, declared);
    return;
  }

  const chunks: Buffer[] = [];
  let size = 0;
  let done = false;
  req.on('data', (chunk: Buffer) => {
    if (done) return;
    size += chunk.length;
    if (size > ctx.maxBodySize) {
      done = true;
      tooLarge(ctx, head, req, res, size);
      return;
    }
    chunks.push(chunk);
  });
  req.on('end', () => {
    if (done) return;
    done = true;
    const bytes = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size);
    const answerNow = (): void => {
      try {
        answer(ctx, withBody(head, bytes), head, res);
      } catch (error) {
        internalFailure(ctx, head, res, error);
      }
    };
    let pending: Promise<void> | void;
    try {
      pending = ctx.beforeAnswer?.();
    } catch (error) {
      internalFailure(ctx, head, res, error);
      return;
    }
    if (pending === undefined) answerNow();
    else pending.then(answerNow, (error: unknown) => internalFailure(ctx, head, res, error));
  });
  // A client that disconnects mid-body gets no answer (it is gone), but the attempt is recorded.
  const truncated = (): void => {
    if (done) return;
    done = true;
    const declaredText = Number.isFinite(declared) ? ` of ${declared}` : '';
    const problem = `The request body was truncated: the client closed the connection after ${size}${declaredText} bytes`;
    ctx.core.recordUnusableBody(head, problem);
    ctx.log.log('warn', `${head.method} ${head.path}: ${problem}`);
  };
  const guarded = (): void => {
    try {
      truncated();
    } catch (error) {
      internalFailure(ctx, head, res, error);
    }
  };
  req.on('error', guarded);
  req.on('close', () => {
    if (!req.complete) guarded();
  });
}

/**
 * The last line of defence: whatever escaped the handling of one request is recorded as that
 * request's failure and answered with a 500 that names it, and the server goes on serving. Nothing
 * a request does may reach the test process as an uncaught exception.
 */
export function internalFailure(ctx: HandlerContext, head: RequestHead, res: ServerResponse, error: unknown): void {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const problem = `The mock server failed while handling this request (${reason}); please report this as a Pactwright bug`;
  try {
    ctx.log.log('error', `${head.method} ${head.path}: ${problem}${error instanceof Error && error.stack ? `\n${error.stack}` : ''}`);
  } catch {
    // The log sink itself may be what failed.
  }
  try {
    ctx.core.recordUnusableBody(head, problem);
  } catch {
    ctx.core.recordUnreadable(head.method, head.path, problem);
  }
  if (res.headersSent) {
    res.destroy();
    return;
  }
  try {
    sendJson(res, 500, 'Request-Mismatch', ctx, head, { error: `Internal-Error : ${problem}`, type: 'internal-error' });
  } catch {
    res.destroy();
  }
}

function answer(ctx: HandlerContext, request: HttpRequest, head: RequestHead, res: ServerResponse): void {
  if (ctx.closing.value) res.shouldKeepAlive = false;
  const reply = ctx.core.respond(request, () => zonedContext(ctx));
  log(ctx, request, reply);
  const { answer } = reply;
  switch (answer.kind) {
    case 'response': {
      res.writeHead(answer.response.status, headerList(ctx, head, answer.response));
      res.end(answer.response.body);
      return;
    }
    case 'pre-flight':
      preflight(res, head);
      return;
    case 'failure':
      sendJson(res, answer.status, answer.xPact, ctx, head, answer.body);
      return;
  }
}

/** The generator context with the local time zone, made again only when the zone changes. */
function zonedContext(ctx: HandlerContext): GeneratorContext {
  const zone = localZone();
  const kept = ctx.zoned?.context;
  if (kept !== undefined && kept.timeZone === zone && kept.mockServer === ctx.generatorContext.mockServer) return kept;
  const context = { ...ctx.generatorContext, timeZone: zone };
  ctx.zoned = { context };
  return context;
}

function log(ctx: HandlerContext, request: HttpRequest, reply: Reply): void {
  const { outcome, answer } = reply;
  if (reply.unbuilt !== undefined) {
    ctx.log.log('error', reply.unbuilt);
    return;
  }
  if (!ctx.log.enabled('info')) return;
  if (outcome === undefined) ctx.log.log('info', 'Responding to CORS pre-flight request');
  else if (outcome.kind === 'matched' && answer.kind === 'response') ctx.log.log('info', `Request matched '${outcome.interaction.description}', sending ${answer.response.status}`);
  else if (outcome.kind === 'mismatched') ctx.log.log('info', `Request did not match '${outcome.interaction.description}': ${outcome.match.mismatches().map((m) => ctx.log.mismatch(m)).join('; ')}`);
  else if (outcome.kind === 'unexpected') ctx.log.log('info', `Unexpected request ${request.method} ${request.path}`);
}

function headerList(ctx: HandlerContext, head: RequestHead, wire: WireResponse): string[] {
  // A generated response is a new object per request, so only fixed responses reuse the memo.
  if (!ctx.cors && wire.flat !== undefined) return wire.flat;
  let flat: string[];
  if (ctx.cors) {
    flat = [];
    for (const [n, v] of corsHeaders(head, wire.names)) flat.push(n, v);
    flat.push(...wire.headerFlat);
  } else {
    flat = wire.headerFlat.slice();
  }
  if (wire.body !== undefined && !wire.names.has('content-length') && !wire.names.has('transfer-encoding')) {
    flat.push('Content-Length', String(wire.body.length));
  }
  if (!ctx.cors) wire.flat = flat;
  return flat;
}

function preflight(res: ServerResponse, head: RequestHead): void {
  const flat: string[] = [];
  for (const [n, v] of preflightHeaders(head)) flat.push(n, v);
  res.writeHead(204, flat);
  res.end();
}

function sendJson(
  res: ServerResponse,
  status: number,
  xPact: 'Request-Mismatch' | 'Unexpected-Request',
  ctx: HandlerContext,
  head: RequestHead,
  body: object,
  extra: string[] = [],
): void {
  const bytes = Buffer.from(stringifySorted(body, 2), 'utf8');
  const flat: string[] = [];
  if (ctx.cors) for (const [n, v] of corsHeaders(head, new Set())) flat.push(n, v);
  flat.push('Content-Type', JSON_TYPE, 'X-Pact', xPact, 'Content-Length', String(bytes.length), ...extra);
  res.writeHead(status, flat);
  res.end(bytes);
}

function tooLarge(ctx: HandlerContext, head: RequestHead, req: IncomingMessage, res: ServerResponse, size: number): void {
  const problem = `The request body (${size} bytes or more) is larger than the mock server's maxBodySize of ${ctx.maxBodySize} bytes`;
  const recorded = ctx.core.recordUnusableBody(head, problem);
  ctx.log.log('warn', `${head.method} ${head.path}: ${problem}`);
  const body = tooLargeBody(recorded, problem);
  // The rest of the upload is not read: the connection is closed once the answer is out.
  res.shouldKeepAlive = false;
  sendJson(res, 413, recorded.kind === 'mismatched' ? 'Request-Mismatch' : 'Unexpected-Request', ctx, head, body, ['Connection', 'close']);
  res.on('finish', () => {
    req.socket.destroySoon();
  });
}
