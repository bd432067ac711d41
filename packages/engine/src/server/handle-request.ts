import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpRequest } from '../model/types.js';
import type { Mismatch } from '../matching/types.js';
import type { MatchResult, RequestJson } from './types.js';
import type { GeneratorContext } from '../generators/index.js';
import type { InteractionIndex, Registered } from './select-interaction.js';
import type { Ledger } from './ledger.js';
import type { Logger } from './logger.js';
import { ResponsePlan, type WireResponse } from './wire-response.js';
import { requestHead, withBody, type RequestHead } from './incoming-request.js';
import { corsHeaders, preflightHeaders } from './cors.js';
import { requestToJson } from '../model/serialize.js';
import { stringifySorted } from './sorted-json.js';
import { withBodyProblem } from '../matching/request-match.js';

/** What the request handler needs from its server. */
export interface HandlerContext {
  readonly index: InteractionIndex;
  readonly ledger: Ledger;
  readonly cors: boolean;
  readonly maxBodySize: number;
  readonly log: Logger;
  readonly generatorContext: GeneratorContext;
  /** Set by `close()`: answers then carry `Connection: close`, so no socket outlives the server. */
  readonly closing: { value: boolean };
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
    try {
      answer(ctx, withBody(head, bytes), head, res);
    } catch (error) {
      internalFailure(ctx, head, res, error);
    }
  });
  // A client that disconnects mid-body gets no answer (it is gone), but the attempt is recorded.
  const truncated = (): void => {
    if (done) return;
    done = true;
    const declaredText = Number.isFinite(declared) ? ` of ${declared}` : '';
    const problem = `The request body was truncated: the client closed the connection after ${size}${declaredText} bytes`;
    recordBodyProblem(ctx, head, problem);
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
    recordBodyProblem(ctx, head, problem);
  } catch {
    ctx.ledger.unexpected({ type: 'request-not-found', method: head.method, path: head.path, request: { method: head.method, path: head.path, body: problem } });
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
  const selection = ctx.index.select(request);
  switch (selection.kind) {
    case 'match': {
      const { entry } = selection;
      let wire: WireResponse;
      let flat: string[];
      try {
        const plan = (entry.plan ??= new ResponsePlan(entry.interaction.response));
        wire = plan.build(ctx.generatorContext);
        flat = headerList(ctx, head, wire);
        res.writeHead(wire.status, flat);
      } catch (error) {
        // The official server counts a response it failed to build as a match; the client got a
        // 500, so we report it instead.
        const reason = error instanceof Error ? error.message : String(error);
        const mismatch: Mismatch = {
          type: 'BodyMismatch',
          path: '/',
          expected: null,
          actual: null,
          mismatch: `The response of interaction '${entry.interaction.description}' could not be built: ${reason}`,
        };
        const result = requestMismatch(entry, request, [mismatch]);
        ctx.ledger.mismatch(entry, result);
        ctx.log.log('error', mismatch.mismatch);
        sendJson(res, 500, 'Request-Mismatch', ctx, head, failureBody(result, request));
        return;
      }
      ctx.ledger.match(entry);
      if (ctx.log.enabled('info')) ctx.log.log('info', `Request matched '${entry.interaction.description}', sending ${wire.status}`);
      res.end(wire.body);
      return;
    }
    case 'mismatch': {
      const mismatches = selection.match.mismatches();
      const result = requestMismatch(selection.entry, request, mismatches);
      ctx.ledger.mismatch(selection.entry, result);
      if (ctx.log.enabled('info')) {
        ctx.log.log('info', `Request did not match '${selection.entry.interaction.description}': ${mismatches.map((m) => ctx.log.mismatch(m)).join('; ')}`);
      }
      if (ctx.cors && request.method === 'OPTIONS') {
        preflight(res, head);
        return;
      }
      sendJson(res, 500, 'Request-Mismatch', ctx, head, failureBody(result, request));
      return;
    }
    case 'not-found': {
      // Pre-flights the pact does not describe are the browser's business, not the contract's.
      if (ctx.cors && request.method === 'OPTIONS') {
        ctx.ledger.unexpected(undefined);
        ctx.log.log('info', 'Responding to CORS pre-flight request');
        preflight(res, head);
        return;
      }
      const result = requestNotFound(request);
      ctx.ledger.unexpected(result);
      ctx.log.log('info', `Unexpected request ${request.method} ${request.path}`);
      sendJson(res, 500, 'Unexpected-Request', ctx, head, failureBody(result, request));
      return;
    }
  }
}

function requestMismatch(entry: Registered, request: HttpRequest, mismatches: Mismatch[]): MatchResult {
  const expected = entry.interaction.request;
  return {
    type: 'request-mismatch',
    method: expected.method.toUpperCase(),
    path: expected.path,
    mismatches,
    description: entry.interaction.description,
    actualRequest: requestToJson(request),
  };
}

function requestNotFound(request: HttpRequest): MatchResult {
  return { type: 'request-not-found', method: request.method, path: request.path, request: requestToJson(request) };
}

/** The readable JSON body of a 500: what went wrong, for which interaction, and what arrived. */
function failureBody(result: MatchResult, request: HttpRequest): object {
  if (result.type === 'request-mismatch') {
    return {
      error: `Request-Mismatch : ${request.method} ${request.path} does not match interaction '${result.description ?? ''}': ${result.mismatches.map((m) => m.mismatch).join('; ')}`,
      type: 'request-mismatch',
      interaction: result.description,
      request: result.actualRequest,
      mismatches: result.mismatches,
    };
  }
  return {
    error: `Unexpected-Request : no interaction matches ${request.method} ${request.path}`,
    type: 'request-not-found',
    request: requestToJson(request),
  };
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

/**
 * Records a request whose body could not be used (too large, truncated) against the interaction
 * its method and path point at, or as unexpected when there is none.
 */
function recordBodyProblem(ctx: HandlerContext, head: RequestHead, problem: string): MatchResult {
  const request: HttpRequest = { ...head, body: { kind: 'missing' } };
  const selection = ctx.index.select(request);
  const entry = selection.kind === 'not-found' ? undefined : selection.entry;
  if (!entry) {
    const result = requestNotFound(request);
    ctx.ledger.unexpected(result);
    return result;
  }
  const compared = selection.kind === 'mismatch' ? selection.match : undefined;
  const result = requestMismatch(entry, request, withBodyProblem(entry.interaction.request, request, problem, compared).mismatches());
  ctx.ledger.mismatch(entry, result);
  return result;
}

function tooLarge(ctx: HandlerContext, head: RequestHead, req: IncomingMessage, res: ServerResponse, size: number): void {
  const problem = `The request body (${size} bytes or more) is larger than the mock server's maxBodySize of ${ctx.maxBodySize} bytes`;
  const result = recordBodyProblem(ctx, head, problem);
  ctx.log.log('warn', `${head.method} ${head.path}: ${problem}`);
  const request: RequestJson = result.type === 'request-mismatch' && result.actualRequest ? result.actualRequest : requestToJson({ ...head, body: { kind: 'missing' } });
  const body = {
    error: `Payload-Too-Large : ${problem}`,
    type: result.type,
    ...(result.type === 'request-mismatch' ? { interaction: result.description, mismatches: result.mismatches } : {}),
    request,
  };
  // The rest of the upload is not read: the connection is closed once the answer is out.
  res.shouldKeepAlive = false;
  sendJson(res, 413, result.type === 'request-mismatch' ? 'Request-Mismatch' : 'Unexpected-Request', ctx, head, body, ['Connection', 'close']);
  res.on('finish', () => {
    req.socket.destroySoon();
  });
}
