/** Just what the report needs to know about an interaction. */
export interface InteractionSummary {
  description: string;
  method: string;
  path: string;
}

function segments(path: string): string[] {
  return path.split('/').filter((segment) => segment !== '');
}

/**
 * For an unexpected request, the registered interaction the user most likely meant: the same path
 * with another method, or the same method on a path sharing most segments. `undefined` when nothing
 * is plausibly related (pointing at an arbitrary interaction would mislead).
 */
export function closestInteraction<T extends InteractionSummary>(
  request: { method: string; path: string },
  candidates: readonly T[],
): T | undefined {
  const wanted = segments(request.path);
  let best: T | undefined;
  let bestScore = 0;
  for (const candidate of candidates) {
    const have = segments(candidate.path);
    let shared = 0;
    for (let i = 0; i < Math.min(wanted.length, have.length); i++) if (wanted[i] === have[i]) shared++;
    const pathScore = shared / Math.max(wanted.length, have.length, 1);
    const samePath = candidate.path === request.path;
    const sameMethod = candidate.method.toUpperCase() === request.method.toUpperCase();
    // A same-path candidate always beats a same-method one; among those, more shared segments win.
    const score = samePath ? 3 + (sameMethod ? 1 : 0) : sameMethod && pathScore >= 0.5 ? 1 + pathScore : 0;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
