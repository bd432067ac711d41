// Which two interactions are the same one in a pact file, and the order a pact file lists them in.
import type { JsonValue, ProviderState } from './types.js';

/** Anything with a description and provider states (HTTP or other interactions), and maybe a V4 key. */
export interface Keyed {
  readonly description: string;
  readonly providerStates: readonly ProviderState[];
  readonly key?: string | undefined;
}

/**
 * The identity of an interaction inside a pact file: its description plus its provider states,
 * parameters included (two tests of the same call under different states are different
 * interactions). Key order inside parameters does not matter.
 */
export function interactionKey(interaction: Keyed): string {
  return `${interaction.description}\u0000${statesKey(interaction.providerStates)}`;
}

function statesKey(states: readonly ProviderState[]): string {
  return JSON.stringify(states.map((s) => [s.name, canonical(s.params ?? null)]));
}

function canonical(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const out: { [key: string]: JsonValue } = {};
    for (const key of Object.keys(value).sort()) out[key] = canonical(value[key] as JsonValue);
    return out;
  }
  return value;
}

/** Description first, then provider states: a stable order that keeps diffs of pact files small. */
export function compareInteractions(a: Keyed, b: Keyed): number {
  if (a.description !== b.description) return a.description < b.description ? -1 : 1;
  const sa = statesKey(a.providerStates);
  const sb = statesKey(b.providerStates);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

