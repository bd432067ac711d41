import type { HttpInteraction, OtherInteraction, Pact, SpecVersion } from '../model/types.js';
import { newerSpec } from '../model/spec-version.js';
import { interactionContent, interactionKey, normalizeInteractions } from './merge.js';
import type { OwnedInteraction } from './owners.js';

/** What one test file of a green run did, as the plan of one pact sees it. */
export interface RunContribution {
  /** The test file, as the owners record names it. */
  owner: string;
  /** It ran every one of its tests: no skip, no name filter, no `.only`. */
  complete: boolean;
  /** What it verified for this pact, if anything. */
  pact?: Pact;
  /** The version its pact is written in. */
  spec?: SpecVersion;
}

/** Input of {@link planRunPact}. */
export interface RunPlanInput {
  /** The pact file name, for messages. */
  name: string;
  /** The pact on disk before the run. */
  existing?: Pact;
  /** Its owners before the run. */
  owners: Readonly<Record<string, readonly OwnedInteraction[]>>;
  /** Every test file the run ran, whether or not it touched this pact. */
  contributions: readonly RunContribution[];
  /** Whether a test file named in the owners record still exists (a deleted file owns nothing). */
  ownerExists(owner: string): boolean;
}

/** The pact to write after a green run, and who owns what in it. */
export interface RunPlan {
  /** The pact to write; `undefined` when nothing is left (the file goes). */
  pact?: Pact;
  spec?: SpecVersion;
  owners: Record<string, OwnedInteraction[]>;
  /** Two test files verified two different versions of one interaction: nothing may be written. */
  conflicts: string[];
  /** Interactions no test file owns (written before owners were recorded, or by other means): kept. */
  unowned: number;
}

type AnyInteraction = HttpInteraction | OtherInteraction;

function owned(interaction: AnyInteraction): OwnedInteraction {
  return interaction.providerStates.length > 0 ? { description: interaction.description, providerStates: interaction.providerStates } : { description: interaction.description };
}

function keyOf(entry: OwnedInteraction): string {
  return interactionKey({ description: entry.description, providerStates: entry.providerStates ?? [] });
}

function interactionsOf(pact: Pact | undefined): AnyInteraction[] {
  return pact === undefined ? [] : [...pact.interactions, ...pact.otherInteractions];
}

/**
 * The rule of a run owner, for one pact. A file that ran completely replaces everything it owned;
 * one that ran only some of its tests adds and replaces, removing nothing; a file that did not run
 * keeps what it owns, unless it no longer exists. Interactions nobody owns are kept. The result is
 * sorted like every pact write, so the same tests give the same bytes in any order.
 *
 * @example
 * ```ts
 * const plan = planRunPact({ name: 'web-users-api.json', existing, owners, contributions, ownerExists: (o) => existsSync(o) });
 * if (plan.conflicts.length === 0 && plan.pact) await writePactToDir(plan.pact, 'pacts', { overwrite: true });
 * ```
 */
export function planRunPact(input: RunPlanInput): RunPlan {
  const ran = new Map(input.contributions.map((c) => [c.owner, c]));
  const owners: Record<string, OwnedInteraction[]> = {};
  for (const [owner, list] of Object.entries(input.owners)) {
    const contribution = ran.get(owner);
    if (contribution === undefined ? input.ownerExists(owner) : !contribution.complete) owners[owner] = [...list];
  }

  const incoming = new Map<string, { interaction: AnyInteraction; owner: string; content: string }>();
  const conflicts: string[] = [];
  const sorted = [...input.contributions].sort((a, b) => (a.owner < b.owner ? -1 : a.owner > b.owner ? 1 : 0));
  let spec: SpecVersion | undefined;
  for (const contribution of sorted) {
    if (contribution.pact === undefined) continue;
    spec = spec === undefined ? (contribution.spec ?? contribution.pact.specVersion) : newerSpec(spec, contribution.spec ?? contribution.pact.specVersion);
    const list = (owners[contribution.owner] ??= []);
    for (const interaction of interactionsOf(contribution.pact)) {
      const key = interactionKey(interaction);
      if (!list.some((entry) => keyOf(entry) === key)) list.push(owned(interaction));
      const content = interactionContent(interaction);
      const earlier = incoming.get(key);
      if (earlier === undefined) incoming.set(key, { interaction, owner: contribution.owner, content });
      else if (earlier.content !== content) {
        conflicts.push(`${earlier.owner} and ${contribution.owner} verified two different versions of the interaction "${interaction.description}"`);
      }
    }
  }

  const everOwned = new Set(Object.values(input.owners).flatMap((list) => list.map(keyOf)));
  const stillOwned = new Set(Object.values(owners).flatMap((list) => list.map(keyOf)));
  let unowned = 0;
  const kept = interactionsOf(input.existing).filter((interaction) => {
    const key = interactionKey(interaction);
    if (incoming.has(key)) return false;
    if (!everOwned.has(key)) {
      unowned += 1;
      return true;
    }
    return stillOwned.has(key);
  });
  // An owner's claim on an interaction that is no longer in the pact means nothing.
  const present = new Set([...kept.map(interactionKey), ...incoming.keys()]);
  for (const [owner, list] of Object.entries(owners)) {
    const claims = list.filter((entry) => present.has(keyOf(entry)));
    if (claims.length > 0) owners[owner] = claims;
    else delete owners[owner];
  }

  const all = [...kept, ...[...incoming.values()].map((entry) => entry.interaction)];
  if (all.length === 0) return { owners, conflicts, unowned };
  const base = sorted.find((c) => c.pact !== undefined)?.pact ?? (input.existing as Pact);
  const pact = normalizeInteractions({
    ...base,
    interactions: all.filter((i): i is HttpInteraction => 'request' in i),
    otherInteractions: all.filter((i): i is OtherInteraction => !('request' in i)),
  });
  const written = spec === undefined ? input.existing?.specVersion : input.existing === undefined || kept.length === 0 ? spec : newerSpec(spec, input.existing.specVersion);
  return { pact, owners, conflicts, unowned, ...(written === undefined ? {} : { spec: written }) };
}
