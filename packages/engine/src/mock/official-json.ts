/**
 * The official mock server's mismatch JSON, made from outcomes: the one serializer behind a 500's
 * body and `mockServerMismatches`. Other tools read this shape; inside the engine, outcomes are read
 * directly.
 */
import type { MatchResult } from '../matching/types.js';
import { requestToJson } from '../model/serialize.js';
import type { RequestJson } from '../model/request-json.js';
import type { Problem } from './outcome.js';
import type { PreparedInteraction } from './prepared-interaction.js';

/** One entry of the mismatch list for a recorded problem. */
export function matchResultOf(problem: Problem): MatchResult {
  if (problem.kind === 'mismatched') {
    const expected = problem.interaction.interaction.request;
    return {
      type: 'request-mismatch',
      method: expected.method.toUpperCase(),
      path: expected.path,
      mismatches: problem.match.mismatches(),
      description: problem.interaction.description,
      actualRequest: requestToJson(problem.request),
    };
  }
  const { request } = problem;
  return { type: 'request-not-found', method: request.method, path: request.path, request: unexpectedRequestJson(problem) };
}

/** The entry for an interaction no request reached. */
export function missingRequestOf(prepared: PreparedInteraction): MatchResult {
  const { request, description } = prepared.interaction;
  return { type: 'missing-request', method: request.method.toUpperCase(), path: request.path, request: requestToJson(request), description };
}

/** The readable JSON body of a 500: what went wrong, for which interaction, and what arrived. */
export function failureBody(problem: Problem): object {
  const { request } = problem;
  if (problem.kind === 'mismatched') {
    const mismatches = problem.match.mismatches();
    return {
      error: `Request-Mismatch : ${request.method} ${request.path} does not match interaction '${problem.interaction.description}': ${mismatches.map((m) => m.mismatch).join('; ')}`,
      type: 'request-mismatch',
      interaction: problem.interaction.description,
      request: requestToJson(request),
      mismatches,
    };
  }
  return {
    error: `Unexpected-Request : no interaction matches ${request.method} ${request.path}`,
    type: 'request-not-found',
    request: unexpectedRequestJson(problem),
  };
}

/** The body of a 413: the problem, and what it is recorded as. */
export function tooLargeBody(problem: Problem, message: string): object {
  return {
    error: `Payload-Too-Large : ${message}`,
    type: problem.kind === 'mismatched' ? 'request-mismatch' : 'request-not-found',
    ...(problem.kind === 'mismatched' ? { interaction: problem.interaction.description, mismatches: problem.match.mismatches() } : {}),
    request: problem.kind === 'mismatched' ? requestToJson(problem.request) : unexpectedRequestJson(problem),
  };
}

/** A request that could not be read is shown by its request line, with the reason as its body. */
export function unexpectedRequestJson(problem: Extract<Problem, { kind: 'unexpected' }>): RequestJson {
  const { request } = problem;
  return problem.problem === undefined ? requestToJson(request) : { method: request.method, path: request.path, body: problem.problem };
}

