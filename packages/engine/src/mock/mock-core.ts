/**
 * The mock itself, whatever carries its requests: a socket (server/) or an msw handler. It holds the
 * prepared interactions, picks the one for a request, records the outcome in the ledger and says
 * what to answer. It runs where the rest of the core runs (no Node APIs); the transport reads
 * requests, writes answers, adds CORS headers and logs.
 */
import type { HttpInteraction, HttpRequest, SpecVersion } from '../model/types.js';
import type { MatchResult } from '../matching/types.js';
import { withBodyProblem } from '../matching/request-match.js';
import { DEFAULT_LIMITS, type InputLimits } from '../model/limits.js';
import type { GeneratorContext } from '../generators/index.js';
import { Ledger, type LedgerCounts } from './ledger.js';
import { failureBody, matchResultOf, missingRequestOf } from './official-json.js';
import type { Outcome, Problem } from './outcome.js';
import { PreparedInteraction } from './prepared-interaction.js';
import type { WireResponse } from './response-plan.js';
import { InteractionIndex } from './select-interaction.js';

/** A request without its body (read separately, and maybe not usable). */
export type RequestHead = Omit<HttpRequest, 'body'>;

/** What to send back for one request. */
export type Answer =
  | { readonly kind: 'response'; readonly response: WireResponse }
  /** A CORS pre-flight the pact does not describe: the browser's business, answered with 204. */
  | { readonly kind: 'pre-flight' }
  | { readonly kind: 'failure'; readonly status: 500; readonly xPact: 'Request-Mismatch' | 'Unexpected-Request'; readonly body: object };

/** One request's answer and its recorded outcome (none for an undescribed pre-flight). */
export interface Reply {
  readonly answer: Answer;
  readonly outcome: Outcome | undefined;
  /** Why the selected interaction's response could not be built, when that is the problem. */
  readonly unbuilt?: string;
}

/** What one test's verification found. */
export interface Verification {
  readonly ok: boolean;
  /** The problems, then the interactions no request reached, as official JSON. */
  readonly mismatches: MatchResult[];
  /** The problems and the unreached interactions as they are, for the report. */
  readonly problems: readonly Problem[];
  readonly missing: readonly PreparedInteraction[];
  /** The interactions answered at least once. */
  readonly verified: readonly PreparedInteraction[];
}

export interface MockCoreOptions {
  /** What matching accepts of an actual body. */
  limits?: InputLimits;
  /** Undescribed `OPTIONS` requests are CORS pre-flights, answered and not recorded as problems. */
  cors?: boolean;
  /** How many problems the ledger keeps in full. */
  maxRecordedProblems?: number;
}

// What a header line may hold on any HTTP transport (as Node's and the Fetch API's checks).
const HEADER_NAME = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
const HEADER_VALUE_INVALID = /[^\t\x20-\x7e\x80-\xff]/;

/**
 * A mock without a transport. A transport turns what it receives into a model request, calls
 * `respond`, and sends the answer.
 *
 * @example
 * ```ts
 * import { MockCore, PactBuilder } from '@pactwright/engine';
 *
 * const mock = new MockCore();
 * const served = [];
 * new PactBuilder((interaction) => served.push(mock.register(interaction, '3')))
 *   .uponReceiving('a user').withRequest({ method: 'GET', path: '/users/1' }).willRespondWith({ status: 200 });
 * const { answer } = mock.respond({ method: 'GET', path: '/users/1', body: { kind: 'empty' } }, {});
 * answer.kind; // 'response'
 * mock.verify(served).ok; // true
 * ```
 */
const NO_CONTEXT: GeneratorContext = {};

export class MockCore {
  private readonly index: InteractionIndex;
  private readonly ledger: Ledger;
  /** Whether the transport adds CORS headers and undescribed pre-flights are answered. */
  readonly cors: boolean;
  private nextId = 0;

  constructor(options: MockCoreOptions = {}) {
    this.index = new InteractionIndex(options.limits ?? DEFAULT_LIMITS);
    this.ledger = new Ledger(options.maxRecordedProblems);
    this.cors = options.cors ?? false;
  }

  /** Prepares an interaction and serves it from now on. */
  register(interaction: HttpInteraction, spec: SpecVersion): PreparedInteraction {
    const prepared = new PreparedInteraction(this.nextId++, interaction, spec);
    this.index.add(prepared);
    return prepared;
  }

  /** Stops serving these interactions and forgets their counts. */
  unregister(prepared: readonly PreparedInteraction[]): void {
    this.index.remove(new Set(prepared));
    this.ledger.forget(prepared);
  }

  /** Every interaction served, in registration order. */
  get registered(): readonly PreparedInteraction[] {
    return this.index.entries;
  }

  /** Requests received so far (never reset). */
  counts(): Readonly<LedgerCounts> {
    return { ...this.ledger.counts };
  }

  /** Requests answered with this interaction. */
  answered(prepared: PreparedInteraction): number {
    return this.ledger.answered(prepared);
  }

  /**
   * Picks the interaction for a request, records the outcome, and says what to answer. The outcome
   * is recorded before the answer is returned, so a client that has its answer never observes a
   * ledger without it. `context` carries what generators need (the mock's URL, the time zone); a
   * function is called only when the response has generators.
   */
  respond(request: HttpRequest, context: GeneratorContext | (() => GeneratorContext)): Reply {
    const selection = this.index.select(request);
    switch (selection.kind) {
      case 'match': {
        const prepared = selection.entry;
        let response: WireResponse;
        try {
          const plan = prepared.response;
          // A fixed response needs no context: the transport's (the time zone) is not worked out for it.
          const generatorContext = typeof context !== 'function' ? context : plan.generated ? context() : NO_CONTEXT;
          response = plan.build(generatorContext);
          checkSendable(response);
        } catch (error) {
          // The official server counts a response it failed to build as a match; the client got a
          // 500, so it is reported instead.
          const reason = error instanceof Error ? error.message : String(error);
          const problem = `The response of interaction '${prepared.description}' could not be built: ${reason}`;
          return { ...this.problem({ kind: 'mismatched', interaction: prepared, request, match: withBodyProblem(prepared.interaction.request, request, problem) }), unbuilt: problem };
        }
        const outcome: Outcome = { kind: 'matched', interaction: prepared };
        this.ledger.record(outcome);
        return { answer: { kind: 'response', response }, outcome };
      }
      case 'mismatch': {
        const outcome: Problem = { kind: 'mismatched', interaction: selection.entry, request, match: selection.match };
        if (this.cors && request.method === 'OPTIONS') {
          this.ledger.record(outcome);
          return { answer: { kind: 'pre-flight' }, outcome };
        }
        return this.problem(outcome);
      }
      case 'not-found': {
        if (this.cors && request.method === 'OPTIONS') {
          this.ledger.record({ kind: 'pre-flight' });
          return { answer: { kind: 'pre-flight' }, outcome: undefined };
        }
        return this.problem({ kind: 'unexpected', request });
      }
    }
  }

  /**
   * Records a request whose body could not be used (too large, truncated) against the interaction
   * its method and path point at, or as unexpected when there is none. Returns what was recorded.
   */
  recordUnusableBody(head: RequestHead, problem: string): Problem {
    const request: HttpRequest = { ...head, body: { kind: 'missing' } };
    const selection = this.index.select(request);
    const outcome: Problem =
      selection.kind === 'not-found'
        ? { kind: 'unexpected', request }
        : { kind: 'mismatched', interaction: selection.entry, request, match: withBodyProblem(selection.entry.interaction.request, request, problem, selection.kind === 'mismatch' ? selection.match : undefined) };
    this.ledger.record(outcome);
    return outcome;
  }

  /** Records a request that could not be read at all, by what is known of its request line. */
  recordUnreadable(method: string, path: string, problem: string): void {
    this.ledger.record({ kind: 'unexpected', request: { method, path, body: { kind: 'missing' } }, problem });
  }

  /** True when nothing went wrong and every interaction served was answered at least once. */
  matched(): boolean {
    if (this.ledger.recorded.length > 0 || this.ledger.overflow > 0) return false;
    return this.index.entries.every((prepared) => this.ledger.answered(prepared) > 0);
  }

  /** The problems since the last verification, then every interaction no request reached. */
  mismatches(): MatchResult[] {
    return [...this.ledger.recorded.map(matchResultOf), ...this.index.entries.filter((p) => this.ledger.untouched(p)).map(missingRequestOf)];
  }

  /**
   * Verifies `scope` (one test's interactions) against everything recorded since the last
   * verification, then forgets the problems.
   */
  verify(scope: readonly PreparedInteraction[]): Verification {
    const problems = [...this.ledger.recorded];
    const missing = scope.filter((p) => this.ledger.untouched(p));
    const verified = scope.filter((p) => this.ledger.answered(p) > 0);
    const ok = problems.length === 0 && missing.length === 0 && this.ledger.overflow === 0;
    const mismatches = [...problems.map(matchResultOf), ...missing.map(missingRequestOf)];
    this.ledger.reset();
    return { ok, mismatches, problems, missing, verified };
  }

  private problem(outcome: Problem): Reply {
    this.ledger.record(outcome);
    return {
      answer: { kind: 'failure', status: 500, xPact: outcome.kind === 'mismatched' ? 'Request-Mismatch' : 'Unexpected-Request', body: failureBody(outcome) },
      outcome,
    };
  }
}

/** Throws, naming the problem, when a built response could not be sent on any HTTP transport. */
function checkSendable(response: WireResponse): void {
  if (!Number.isInteger(response.status) || response.status < 100 || response.status > 999) throw new Error(`invalid status code ${response.status}`);
  for (const [name, value] of response.headers) {
    if (!HEADER_NAME.test(name)) throw new Error(`invalid header name ${JSON.stringify(name)}`);
    if (HEADER_VALUE_INVALID.test(value)) throw new Error(`invalid character in the value of header ${JSON.stringify(name)}`);
  }
}
