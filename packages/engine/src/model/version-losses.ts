// What a pact loses when written in an older spec version than its data needs (mock-server.md
// §5.2): the writer leaves it out, because the format has no place for it; this says what it was,
// so that nothing is dropped without a word.
import type { Generators, MatchingRules, Pact, SpecVersion } from './types.js';
import { specAtLeast } from './spec-version.js';
import { isMessagePact } from './serialize.js';

function ruleCount(rules: MatchingRules | undefined): { places: number; extra: number } {
  let places = 0;
  let extra = 0;
  if (rules === undefined) return { places, extra };
  const lists = [rules.path, rules.status, rules.method, ...Object.values(rules.query ?? {}), ...Object.values(rules.header ?? {}), ...Object.values(rules.body ?? {})];
  for (const list of lists) {
    if (list === undefined) continue;
    places++;
    extra += Math.max(0, list.matchers.length - 1);
  }
  return { places, extra };
}

function generatorCount(generators: Generators | undefined): number {
  if (generators === undefined) return 0;
  const keyed = [generators.query, generators.header, generators.body, generators.metadata].reduce((n, map) => n + Object.keys(map ?? {}).length, 0);
  return keyed + [generators.path, generators.status, generators.method].filter((g) => g !== undefined).length;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * One sentence per kind of data `pact` holds that a file of version `spec` cannot: further provider
 * states and state params (before V3), rules beyond the first of their place (V2), any rule (V1),
 * generators (before V3), V4 interaction fields and messages (before V4). Empty when nothing is lost.
 */
export function versionLosses(pact: Pact, spec: SpecVersion): string[] {
  if (spec === '4') return [];
  const out: string[] = [];
  let states = 0;
  let params = 0;
  let extraRules = 0;
  let rulePlaces = 0;
  let generators = 0;
  let v4Fields = 0;
  for (const i of pact.interactions) {
    states += Math.max(0, i.providerStates.length - 1);
    params += i.providerStates.filter((s) => s.params !== undefined && Object.keys(s.params).length > 0).length;
    for (const part of [i.request, i.response]) {
      const rules = ruleCount(part.matchingRules);
      extraRules += rules.extra;
      rulePlaces += rules.places;
      generators += generatorCount(part.generators);
    }
    // `pending: false` is the default every V4 writer puts there: nothing is lost without it.
    if (i.key !== undefined || i.pending === true || i.comments !== undefined || i.transport !== undefined) v4Fields++;
  }
  if (!specAtLeast(spec, '3')) {
    if (states > 0) out.push(`${plural(states, 'provider state')} beyond the first of an interaction`);
    if (params > 0) out.push(`the parameters of ${plural(params, 'provider state')}`);
    if (generators > 0) out.push(plural(generators, 'generator'));
    if (spec === '2' && extraRules > 0) out.push(`${plural(extraRules, 'matching rule')} beyond the first of their place`);
    if (!specAtLeast(spec, '2') && rulePlaces > 0) out.push(`the matching rules of ${plural(rulePlaces, 'place')}`);
  }
  if (v4Fields > 0) out.push(`the V4 fields (key, pending, comments, transport) of ${plural(v4Fields, 'interaction')}`);
  if (pact.otherInteractions.length > 0 && !(spec === '3' && isMessagePact(pact))) out.push(plural(pact.otherInteractions.length, 'message or other non-HTTP interaction'));
  return out;
}
