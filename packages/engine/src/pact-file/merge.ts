import type { HttpInteraction, JsonValue, Pact, ProviderState } from '../model/types.js';

/** Anything with a description and provider states (HTTP or other interactions). */
interface Keyed {
  description: string;
  providerStates: ProviderState[];
}

/**
 * The identity of an interaction inside a pact file: its description plus its provider states,
 * parameters included (two tests of the same call under different states are different
 * interactions). Key order inside parameters does not matter.
 */
export function interactionKey(interaction: Keyed): string {
  return `${interaction.description}\u0000${statesKey(interaction.providerStates)}`;
}

function statesKey(states: ProviderState[]): string {
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

/**
 * Merges a new pact into the one already on disk: an interaction with the same key is replaced by
 * the new one, new ones are added, the rest are kept; the result is sorted. Metadata: the file's,
 * overlaid by the new pact's.
 */
export function mergePacts(existing: Pact, incoming: Pact): Pact {
  return {
    ...incoming,
    interactions: mergeLists<HttpInteraction>(existing.interactions, incoming.interactions),
    otherInteractions: mergeLists(existing.otherInteractions, incoming.otherInteractions),
    metadata: { ...existing.metadata, ...incoming.metadata },
  };
}

/** The new pact alone, deduplicated by key (last wins) and sorted like a merge result. */
export function normalizeInteractions(pact: Pact): Pact {
  return { ...pact, interactions: mergeLists([], pact.interactions), otherInteractions: mergeLists([], pact.otherInteractions) };
}

function mergeLists<T extends Keyed>(existing: readonly T[], incoming: readonly T[]): T[] {
  const byKey = new Map<string, T>();
  for (const i of existing) byKey.set(interactionKey(i), i);
  for (const i of incoming) byKey.set(interactionKey(i), i);
  return [...byKey.values()].sort(compareInteractions);
}
