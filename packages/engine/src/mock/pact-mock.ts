/**
 * A mock of one provider as a test run sees it, whatever carries its requests: the pact it started
 * from, the interactions the current test registered, and the ones verified so far (which make the
 * pact that gets written). The HTTP server and the msw transport both wrap one, so registration,
 * verification and the written pact cannot differ between them.
 */
import type { HttpInteraction, Pact, SpecVersion } from '../model/types.js';
import type { MatchResult } from '../matching/types.js';
import type { InputLimits } from '../model/limits.js';
import { PactwrightError } from '../errors.js';
import { interactionKey } from '../model/interaction-key.js';
import { MockCore } from './mock-core.js';
import type { Problem } from './outcome.js';
import type { PreparedInteraction } from './prepared-interaction.js';
import { toInteraction } from './load-pact.js';

/** Outcome of one test's verification (`verifyAndReset`). */
export interface VerifyResult {
  /** True when every interaction registered since the last reset was received and nothing else went wrong. */
  ok: boolean;
  /** Problems found, in the official format. Empty when `ok`. */
  mismatches: MatchResult[];
  /** Interactions of this test that were matched (kept for the pact). */
  verified: HttpInteraction[];
  /** The problems as outcomes, in arrival order (what `mismatches` serializes), for reports. */
  problems: readonly Problem[];
  /** The interactions registered since the last reset that no request reached. */
  missing: readonly PreparedInteraction[];
}

/** How a {@link PactMock} matches and what it writes. */
export interface PactMockOptions {
  /** The spec version of the pact it writes. */
  spec: SpecVersion;
  limits: InputLimits & { readonly maxDepth?: number };
  /** Undescribed `OPTIONS` requests are CORS pre-flights (see `MockCoreOptions.cors`). */
  cors?: boolean;
}

/**
 * The pact-level mock: a {@link MockCore} plus the test scope and the pact it accumulates.
 *
 * @example
 * ```ts
 * import { PactMock, loadPact } from '@pactwright/engine';
 *
 * const mock = new PactMock(loadPact(undefined, { consumer: 'web', provider: 'users-api' }), { spec: '3', limits: {} });
 * mock.addInteraction({ description: 'a user', request: { method: 'GET', path: '/users/1' }, response: { status: 200 } });
 * mock.core.respond({ method: 'GET', path: '/users/1', body: { kind: 'empty' } }, {});
 * mock.verifyAndReset().ok; // true
 * mock.pact.interactions.length; // 1
 * ```
 */
export class PactMock {
  readonly core: MockCore;
  private readonly initial: PreparedInteraction[] = [];
  private current: PreparedInteraction[] = [];
  private readonly verified: HttpInteraction[] = [];
  private closed = false;

  constructor(
    private readonly source: Pact,
    private readonly options: PactMockOptions,
  ) {
    this.core = new MockCore({ limits: options.limits, cors: options.cors ?? false });
    for (const interaction of source.interactions) this.initial.push(this.core.register(interaction, source.specVersion));
  }

  /** The spec version of the pact this mock writes. */
  get spec(): SpecVersion {
    return this.options.spec;
  }

  /** The pact given at start, plus every interaction verified since, without duplicates. */
  get pact(): Pact {
    const byKey = new Map<string, HttpInteraction>();
    const served = [...this.initial.map((e) => e.interaction), ...this.verified, ...this.current.filter((e) => this.core.answered(e) > 0).map((e) => e.interaction)];
    for (const interaction of served) byKey.set(interactionKey(interaction), interaction);
    return { ...this.source, specVersion: this.options.spec, interactions: [...byKey.values()] };
  }

  /** Registers a model interaction or interaction JSON for the current test. */
  addInteraction(interaction: HttpInteraction | object): PreparedInteraction {
    if (this.closed) throw new PactwrightError('addInteraction: the mock server is closed');
    const prepared = this.core.register(toInteraction(interaction, this.options.limits.maxDepth), '3');
    this.current.push(prepared);
    return prepared;
  }

  matched(): boolean {
    return this.core.matched();
  }

  mismatches(): MatchResult[] {
    return this.core.mismatches();
  }

  /** Verifies the current test's interactions, keeps the matched ones for the pact, and clears them. */
  verifyAndReset(): VerifyResult {
    const mine = this.current;
    const { ok, mismatches, verified, problems, missing } = this.core.verify(mine);
    const interactions = verified.map((prepared) => prepared.interaction);
    this.verified.push(...interactions);
    this.core.unregister(mine);
    this.current = [];
    return { ok, mismatches, verified: interactions, problems, missing };
  }

  /** No interaction can be added from now on (the transport is closing). */
  close(): void {
    this.closed = true;
  }
}
