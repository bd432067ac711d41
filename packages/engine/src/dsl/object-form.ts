import type { DslInteraction } from './builder.js';

/**
 * True for Pact JS's object form of an interaction (`uponReceiving` + `withRequest` + …), which goes
 * through the DSL; anything else given to `addInteraction` is pact JSON or a model interaction.
 */
export function isDslObjectForm(value: object): value is DslInteraction {
  const candidate = value as { uponReceiving?: unknown; withRequest?: unknown };
  return typeof candidate.uponReceiving === 'string' && typeof candidate.withRequest === 'object';
}
