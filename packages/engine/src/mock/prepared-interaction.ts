import type { HttpInteraction, HttpRequest, SpecVersion } from '../model/types.js';
import { prepareRequest, type PreparedRequest } from '../matching/prepared-request.js';
import { ResponsePlan } from './response-plan.js';

/**
 * An interaction as a mock holds it, made once when it is registered: its identity (registration
 * order, which also breaks ties in pact order), the spec version its request is matched with, the
 * score a full match reaches, the route it is indexed under, its request made ready for matching
 * and how its response is built (both on first use, then kept).
 * Outcomes and hit counts refer to it, never to a description.
 */
export class PreparedInteraction {
  /** The §2.3 score of a full match (+1 per element checked); it depends on the interaction alone. */
  readonly fullScore: number;
  private plan: ResponsePlan | undefined;
  private prepared: PreparedRequest | undefined;

  constructor(
    readonly id: number,
    readonly interaction: HttpInteraction,
    readonly spec: SpecVersion,
  ) {
    this.fullScore = fullMatchScore(interaction.request);
  }

  /**
   * Method (upper case) and literal path it is indexed under; `undefined` when a matching rule
   * governs either. Worked out when it is indexed, not kept: a mock may hold thousands.
   */
  get route(): { readonly method: string; readonly path: string } | undefined {
    const { request } = this.interaction;
    return hasRules(request.matchingRules?.path) || hasRules(request.matchingRules?.method) ? undefined : { method: request.method.toUpperCase(), path: request.path };
  }

  get description(): string {
    return this.interaction.description;
  }

  /**
   * Its request made ready for matching (rules compiled, the body's memo), on the first request it
   * is compared with: most interactions of a large pact are never candidates.
   */
  get expected(): PreparedRequest {
    return (this.prepared ??= prepareRequest(this.interaction.request));
  }

  /**
   * How its response is built, made on the first request it answers: a mock holding hundreds of
   * interactions of which a test calls a few keeps no plan for the others.
   */
  get response(): ResponsePlan {
    return (this.plan ??= new ResponsePlan(this.interaction.response));
  }

  /** Ranks before `other`: a higher full score, then pact order. */
  ranksBefore(other: PreparedInteraction): boolean {
    return this.fullScore > other.fullScore || (this.fullScore === other.fullScore && this.id < other.id);
  }
}

/** The score of a full match of this request (§2.3: +1 per element checked). */
export function fullMatchScore(request: HttpRequest): number {
  return 2 + Object.keys(request.query ?? {}).length + Object.keys(request.headers ?? {}).length;
}

function hasRules(list: { readonly matchers: readonly unknown[] } | undefined): boolean {
  return list !== undefined && list.matchers.length > 0;
}
