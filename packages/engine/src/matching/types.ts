import type { RequestJson } from '../model/request-json.js';
/**
 * A difference between an expected and an actual request or response. The `type` names and
 * `mismatch` wording follow the official Pact implementation; other tools read them.
 */
export type Mismatch =
  | { type: 'MethodMismatch'; expected: string; actual: string; mismatch: string }
  | { type: 'PathMismatch'; expected: string; actual: string; mismatch: string }
  | { type: 'StatusMismatch'; expected: number; actual: number; mismatch: string }
  | { type: 'QueryMismatch'; parameter: string; expected: string; actual: string; mismatch: string }
  | { type: 'HeaderMismatch'; key: string; expected: string; actual: string; mismatch: string }
  | {
      type: 'BodyTypeMismatch';
      expected: string;
      actual: string;
      mismatch: string;
      expectedBody: string | null;
      actualBody: string | null;
    }
  | { type: 'BodyMismatch'; path: string; expected: string | null; actual: string | null; mismatch: string };

/** The `type` of a {@link Mismatch}: `MethodMismatch`, `PathMismatch`, … `BodyMismatch`. */
export type MismatchType = Mismatch['type'];

/**
 * One entry of the mismatch list, in the official mock server's JSON format. Extra fields
 * (`description`, `actualRequest`) are additions that official readers ignore.
 */
export type MatchResult =
  | {
      type: 'request-mismatch';
      method: string;
      path: string;
      mismatches: Mismatch[];
      /** Description of the interaction the request was closest to. */
      description?: string;
      /** The request as received. */
      actualRequest?: RequestJson;
    }
  | { type: 'request-not-found'; method: string; path: string; request: RequestJson }
  | { type: 'missing-request'; method: string; path: string; request: RequestJson; description?: string };
