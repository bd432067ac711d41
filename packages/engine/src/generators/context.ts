import type { JsonValue } from '../model/types.js';

/**
 * What generators may read besides the example value. The mock server passes its own address
 * (consumer mode); a provider verifier would pass provider-state parameters (provider mode).
 */
export interface GeneratorContext {
  /** `consumer` (default): the mock server's response — `ProviderState` generators are skipped. `provider`: `MockServerURL` generators are skipped. */
  mode?: 'consumer' | 'provider';
  /** The running mock server, for `MockServerURL` generators. */
  mockServer?: { url: string; port: number };
  /** Provider-state parameters, for `ProviderState` generators. */
  providerState?: Record<string, JsonValue>;
  /**
   * The instant `Date`/`Time`/`DateTime` generators start from (default: now). Pin it, together
   * with `timeZone`, to make generated dates reproducible.
   */
  baseDateTime?: Date | string | number;
  /**
   * IANA zone (`Europe/Paris`) or offset (`+10:00`) dates are computed and rendered in
   * (default: the process's local zone, like the official mock server).
   */
  timeZone?: string;
}

/** Whether a generator type is switched off in the context's mode (spec: consumer skips ProviderState, provider skips MockServerURL). */
export function isSkippedInMode(type: string, context: GeneratorContext): boolean {
  const mode = context.mode ?? 'consumer';
  if (mode === 'consumer') return type === 'ProviderState';
  return type === 'MockServerURL';
}
