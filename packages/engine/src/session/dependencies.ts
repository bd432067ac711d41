import type { HttpInteraction } from '../model/types.js';
import type { MockServer, MockServerOptions } from '../server/types.js';
import { PactwrightError } from '../errors.js';
import { startMockServer } from '../server/start.js';

/**
 * The DSL builder as the session uses it: each call returns the builder (or a successor) and
 * `willRespondWith` completes the interaction, handing it to the sink.
 */
export interface InteractionBuilderLike {
  given(state: string, params?: Record<string, unknown>): InteractionBuilderLike;
  uponReceiving(description: string): InteractionBuilderLike;
  withRequest(request: object): InteractionBuilderLike;
  willRespondWith(response: object): unknown;
}

/** What a session needs from the other layers; replaceable in tests of the lifecycle itself. */
export interface SessionDependencies {
  startMockServer(options: MockServerOptions): Promise<MockServer>;
  interactionBuilder(sink: (interaction: HttpInteraction) => void): InteractionBuilderLike;
}

function notYetAvailable(what: string): never {
  throw new PactwrightError(`${what} is not available in this build of @pactwright/engine`);
}

/** The real server and DSL. */
export const defaultDependencies: SessionDependencies = {
  startMockServer,
  interactionBuilder: () => notYetAvailable('the consumer DSL'),
};
