import type { HttpRequest } from '../model/types.js';
import { MatchMemo } from './match-memo.js';
import { compileRules, type CompiledRules } from './rules/compile.js';

/** An expected request made ready for matching many actual ones: its rules compiled, a memo for its body. */
export interface PreparedRequest {
  readonly request: HttpRequest;
  readonly rules: CompiledRules;
  readonly memo: MatchMemo;
}

export function prepareRequest(request: HttpRequest): PreparedRequest {
  return { request, rules: compileRules(request.matchingRules), memo: new MatchMemo() };
}
