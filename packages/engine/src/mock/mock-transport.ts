/**
 * What every transport of a {@link PactMock} offers besides carrying requests: the pact,
 * registration and verification, all the mock's own. The HTTP server and the msw transport extend
 * it, so neither can answer these differently.
 */
import type { HttpInteraction, Pact } from '../model/types.js';
import type { MatchResult } from '../matching/types.js';
import type { PactMock, VerifyResult } from './pact-mock.js';
import type { PreparedInteraction } from './prepared-interaction.js';

export abstract class MockTransport {
  constructor(
    /** The transport-free mock the transport carries requests to. */
    readonly mock: PactMock,
  ) {}

  /** The pact this mock holds (interactions from the pact given at start plus verified ones). */
  get pact(): Pact {
    return this.mock.pact;
  }

  /** Registers a model interaction or interaction JSON; refused once the transport is closing. */
  addInteraction(interaction: HttpInteraction | object): PreparedInteraction {
    return this.mock.addInteraction(interaction);
  }

  matched(): boolean {
    return this.mock.matched();
  }

  mismatches(): MatchResult[] {
    return this.mock.mismatches();
  }

  verifyAndReset(): VerifyResult {
    return this.mock.verifyAndReset();
  }
}
