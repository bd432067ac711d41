import type { HttpRequest } from '../model/types.js';
import type { RequestMatch } from '../matching/request-match.js';
import type { PreparedInteraction } from './prepared-interaction.js';

/**
 * What became of one request, as the mock records it. Each outcome points at the prepared
 * interaction it concerns; the official mismatch JSON is made from outcomes at the edge
 * (official-json.ts), when a 500 is answered or `mismatches()` is read.
 */
export type Outcome =
  /** Answered with the interaction's response. */
  | { readonly kind: 'matched'; readonly interaction: PreparedInteraction }
  /**
   * Meant for the interaction (same method and path) but different; also a request whose body
   * could not be used, or whose response could not be built.
   */
  | { readonly kind: 'mismatched'; readonly interaction: PreparedInteraction; readonly request: HttpRequest; readonly match: RequestMatch }
  /**
   * No interaction has its method and path. `problem` says why when the request itself could not
   * be read (a head past the size limit, a failure of the mock).
   */
  | { readonly kind: 'unexpected'; readonly request: HttpRequest; readonly problem?: string };

/** An outcome that fails verification. */
export type Problem = Exclude<Outcome, { kind: 'matched' }>;
