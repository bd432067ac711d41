import type { HttpInteraction, OtherInteraction, Pact } from '../model/types.js';
import { compareInteractions, interactionKey, type Keyed } from '../model/interaction-key.js';

export { compareInteractions, interactionKey };

/**
 * Merges a new pact into the one already on disk: an interaction that is the same as one there
 * replaces it, new ones are added, the rest are kept; the result is sorted. Two interactions are
 * the same when both have a V4 `key` and the keys are equal, or, when either has none, when their
 * descriptions and provider states are equal. Metadata: the file's, overlaid by the new pact's.
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
  const slots: Array<T | undefined> = [];
  const byV4Key = new Map<string, number>();
  const byIdentity = new Map<string, number[]>();
  const place = (i: T, at: number): void => {
    slots[at] = i;
    if (i.key !== undefined) byV4Key.set(i.key, at);
    const id = interactionKey(i);
    const list = byIdentity.get(id);
    if (list === undefined) byIdentity.set(id, [at]);
    else if (!list.includes(at)) list.push(at);
  };
  const same = (i: T): number | undefined => {
    if (i.key !== undefined) {
      const at = byV4Key.get(i.key);
      if (at !== undefined && slots[at]?.key === i.key) return at;
    }
    // Description and states decide unless both carry keys (which then differ).
    return byIdentity.get(interactionKey(i))?.find((at) => slots[at] !== undefined && (slots[at]?.key === undefined || i.key === undefined));
  };
  for (const i of [...existing, ...incoming]) {
    const at = same(i);
    if (at === undefined) {
      place(i, slots.length);
      continue;
    }
    // The one replaced may have been found by its key under another description: forget it there.
    const old = slots[at];
    if (old !== undefined && interactionKey(old) !== interactionKey(i)) {
      const list = byIdentity.get(interactionKey(old));
      if (list) byIdentity.set(interactionKey(old), list.filter((n) => n !== at));
    }
    if (old?.key !== undefined && old.key !== i.key) byV4Key.delete(old.key);
    place(i, at);
  }
  return slots.filter((i): i is T => i !== undefined).sort(compareInteractions);
}

/** A stable text of an interaction's content, to tell two versions of one interaction apart: keys sorted at every depth, bytes as base64. */
export function interactionContent(interaction: HttpInteraction | OtherInteraction): string {
  return JSON.stringify(interaction, (_key, value: unknown) => {
    if (Buffer.isBuffer(value)) return value.toString('base64');
    if (value && typeof value === 'object' && !Array.isArray(value) && (value as { type?: unknown }).type === 'Buffer' && Array.isArray((value as { data?: unknown }).data)) {
      return Buffer.from((value as { data: number[] }).data).toString('base64');
    }
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    }
    return value;
  });
}
