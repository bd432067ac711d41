// Public exports of the mock layer (re-exported by src/index.ts): the mock without a transport.
export { MockCore } from './mock-core.js';
export type { Answer, Reply, Verification, MockCoreOptions, RequestHead } from './mock-core.js';
export type { PreparedInteraction } from './prepared-interaction.js';
export type { Outcome, Problem } from './outcome.js';
export type { WireResponse } from './response-plan.js';
export type { LedgerCounts } from './ledger.js';
export { requestFromFetch, responseFromAnswer } from './fetch-exchange.js';
export { PactMock } from './pact-mock.js';
export type { PactMockOptions, VerifyResult } from './pact-mock.js';
export { loadPact, toInteraction } from './load-pact.js';
export { PACT_MOCK, checkBaseUrl } from './interception.js';
export type { Interception, InterceptMock, InterceptOptions } from './interception.js';
