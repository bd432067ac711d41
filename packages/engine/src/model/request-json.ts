// The V3 request JSON of mismatch reports and the official mismatch list (mock-server.md §3.4).
import type { JsonValue } from './types.js';

/** The actual request as received, in the pact V3 request JSON shape (§3.4 of the mock-server doc). */
export interface RequestJson {
  method: string;
  path: string;
  query?: Record<string, (string | null)[]>;
  headers?: Record<string, string>;
  body?: JsonValue;
  matchingRules?: JsonValue;
  generators?: JsonValue;
}
