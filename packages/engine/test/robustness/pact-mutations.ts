// Mutations of valid pact JSON for the bad-pact fuzz test: each one breaks a pact the way a
// hand-edited, truncated, mis-generated or hostile pact file would.
import fc from 'fast-check';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Where a value sits: its parent container and its key there. */
interface Slot {
  parent: Json[] | { [key: string]: Json };
  key: string | number;
}

function slots(root: Json): Slot[] {
  const out: Slot[] = [];
  const walk = (value: Json, depth: number): void => {
    if (depth > 40 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        out.push({ parent: value, key: i });
        walk(v, depth + 1);
      });
    } else {
      for (const [k, v] of Object.entries(value)) {
        out.push({ parent: value, key: k });
        walk(v, depth + 1);
      }
    }
  };
  walk(root, 0);
  return out;
}

function objects(root: Json): Array<{ [key: string]: Json }> {
  const out: Array<{ [key: string]: Json }> = [];
  if (root !== null && typeof root === 'object' && !Array.isArray(root)) out.push(root);
  for (const s of slots(root)) {
    const v = get(s);
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) out.push(v);
  }
  return out;
}

function get(s: Slot): Json {
  return (s.parent as Record<string | number, Json>)[s.key] as Json;
}

function set(s: Slot, value: Json): void {
  (s.parent as Record<string | number, Json>)[s.key] = value;
}

function remove(s: Slot): void {
  if (Array.isArray(s.parent)) s.parent.splice(s.key as number, 1);
  else delete s.parent[s.key as string];
}

function nest(depth: number, asArray: boolean): Json {
  let value: Json = 'bottom';
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { n: value };
  return value;
}

/** Regexes that are invalid, or valid but catastrophic for a backtracking engine. */
export const BAD_REGEXES = ['(', '[a-', '*a', 'a{2,1}', '(?<x', '\\', '(?x)a b', '(a+)+$', '(x+x+)+y', '(a|aa)+$', '(.*a){12}', '([a-z]+\\.)+com', '(?=a)(a+)+$', '(a+)+\\1'];

/** Replacement values of the wrong type or absurd size. */
const WRONG: Json[] = [
  42, -1, 1.5, 0, true, false, null, '', 'str', [], {}, [1, 'x', null], { a: 1 }, '\u0000', '\ud800',
  'x'.repeat(200_000), 1e308, -0, 'GET\r\nX-Injected: 1',
];

const RULES: Json[] = [
  { match: 'frobnicate' },
  { match: 42 },
  {},
  { regex: 42 },
  { match: 'type', min: 'many', max: -3 },
  { match: 'date', format: 'QQQQ-%%%' },
  { match: 'datetime', format: 42 },
  { match: 'include' },
  { match: 'eachKey', rules: 'x' },
  { match: 'arrayContains', variants: [1, null, { index: 'x', rules: 5 }] },
  { match: 'statusCode', status: [{}, 'x'] },
  { match: 'contentType', value: null },
  { match: 'values' },
  { match: 'number' },
  { match: 'semver' },
];

const GENERATORS: Json[] = [
  { type: 'RandomInt', min: 'x', max: -5 },
  { type: 'RandomInt', min: 10, max: 1 },
  { type: 'RandomString', size: -1 },
  { type: 'RandomString', size: 1e12 },
  { type: 'RandomDecimal', digits: 0 },
  { type: 'RandomHexadecimal', digits: 'many' },
  { type: 'Regex' },
  { type: 'Regex', regex: '(' },
  { type: 'Regex', regex: 'a{100000000}' },
  { type: 'Regex', regex: '(a+)+$' },
  { type: 'Date', format: 42 },
  { type: 'DateTime', format: "yyyy-MM-dd'T'HH:mm:ss", expression: 'tomorrow +- bogus' },
  { type: 'Time', format: 'QQQ' },
  { type: 'ProviderState', expression: null },
  { type: 'ProviderState', expression: '${missing}' },
  { type: 'MockServerURL', regex: '(', example: 5 },
  { type: 'Bogus' },
  { type: 42 },
  {},
];

const VERSIONS: Json[] = ['1.0.0', '1.1.0', '2.0.0', '3.0.0', '4.0', 'banana', 5, null, ''];

export type MutationKind =
  | 'wrong-type'
  | 'delete'
  | 'huge-string'
  | 'deep-nesting'
  | 'bad-regex-rule'
  | 'bad-rule'
  | 'bad-generator'
  | 'version-mix'
  | 'v2-rules-in-v3'
  | 'random-field';

export const MUTATION_KINDS: MutationKind[] = [
  'wrong-type',
  'delete',
  'huge-string',
  'deep-nesting',
  'bad-regex-rule',
  'bad-rule',
  'bad-generator',
  'version-mix',
  'v2-rules-in-v3',
  'random-field',
];

export interface Mutation {
  kind: MutationKind;
  /** Picks the slot/object (modulo their count). */
  where: number;
  /** Picks the value (modulo the pool size). */
  what: number;
  /** A random JSON value for `random-field`/`wrong-type`. */
  value: Json;
}

export const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom(...MUTATION_KINDS),
  where: fc.nat(),
  what: fc.nat(),
  value: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
});

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length] as T;
}

/** Parts of interactions that carry matching rules or generators. */
function httpParts(root: Json): Array<{ [key: string]: Json }> {
  const out: Array<{ [key: string]: Json }> = [];
  if (root === null || typeof root !== 'object' || Array.isArray(root)) return out;
  const interactions = root.interactions;
  if (!Array.isArray(interactions)) return out;
  for (const i of interactions) {
    if (i === null || typeof i !== 'object' || Array.isArray(i)) continue;
    for (const part of [i.request, i.response]) if (part !== null && typeof part === 'object' && !Array.isArray(part)) out.push(part);
  }
  return out;
}

/** Applies one mutation in place (the root itself is replaced by returning a new value). */
export function mutate(root: Json, m: Mutation): Json {
  const all = slots(root);
  switch (m.kind) {
    case 'wrong-type': {
      if (all.length === 0) return pick(WRONG, m.what);
      set(pick(all, m.where), m.what % 3 === 0 ? m.value : pick(WRONG, m.what));
      return root;
    }
    case 'delete':
      if (all.length > 0) remove(pick(all, m.where));
      return root;
    case 'huge-string':
      if (all.length > 0) set(pick(all, m.where), 'é'.repeat(100_000 + (m.what % 1000)));
      return root;
    case 'deep-nesting':
      if (all.length > 0) set(pick(all, m.where), nest(m.what % 2 === 0 ? 2000 : 30_000, m.what % 4 < 2));
      return root;
    case 'bad-regex-rule':
    case 'bad-rule': {
      const parts = httpParts(root);
      if (parts.length === 0) return root;
      const part = pick(parts, m.where);
      const rule = m.kind === 'bad-rule' ? pick(RULES, m.what) : { match: 'regex', regex: pick(BAD_REGEXES, m.what) };
      const category = pick(['body', 'header', 'path', 'query', 'status', 'bogus'], m.what >> 4);
      const key = category === 'body' ? '$' : category === 'path' || category === 'status' ? '' : 'X-Test';
      const list = { matchers: [rule], combine: pick(['AND', 'OR', 'XOR', 5], m.what >> 2) } as Json;
      part.matchingRules = category === 'path' || category === 'status' ? { [category]: list } : { [category]: { [key]: list } };
      return root;
    }
    case 'bad-generator': {
      const parts = httpParts(root);
      if (parts.length === 0) return root;
      const part = pick(parts, m.where);
      const gen = pick(GENERATORS, m.what);
      const category = pick(['body', 'header', 'path', 'query', 'status'], m.what >> 5);
      part.generators = category === 'path' || category === 'status' ? { [category]: gen } : { [category]: { [category === 'body' ? '$.id' : 'X-Test']: gen } };
      return root;
    }
    case 'version-mix': {
      if (root === null || typeof root !== 'object' || Array.isArray(root)) return root;
      root.metadata = pick<Json>([{ pactSpecification: { version: pick(VERSIONS, m.what) } }, { 'pact-specification': { version: pick(VERSIONS, m.what) } }, { pactSpecificationVersion: pick(VERSIONS, m.what) }, 'meta', null], m.where);
      const interactions = root.interactions;
      if (Array.isArray(interactions) && m.what % 2 === 0) {
        // A V4-typed interaction beside untyped ones, or a V4 body shape in an older pact.
        const first = interactions[0];
        if (first !== null && typeof first === 'object' && !Array.isArray(first)) {
          first.type = pick(['Synchronous/HTTP', 'Asynchronous/Messages', 'Synchronous/Messages', 'Bogus', 7], m.where >> 3);
          const response = first.response;
          if (response !== null && typeof response === 'object' && !Array.isArray(response)) {
            response.body = pick<Json>([{ content: { a: 1 }, contentType: 'application/json', encoded: false }, { content: 'AAEC', encoded: 'base64' }, { content: 5, encoded: 'rot13' }], m.what >> 2);
          }
        }
      }
      return root;
    }
    case 'v2-rules-in-v3': {
      const parts = httpParts(root);
      if (parts.length === 0) return root;
      pick(parts, m.where).matchingRules = pick<Json>(
        [{ '$.body.id': { match: 'type' } }, { '$.headers.X': { regex: '(' } }, { body: { '$.x': { match: 'type' } }, '$.body.y': { match: 'integer' } }, { '$.path': { regex: 5 } }, ['x'], 'rules'],
        m.what,
      );
      return root;
    }
    case 'random-field': {
      const objs = objects(root);
      if (objs.length === 0) return root;
      const target = pick(objs, m.where);
      target[pick(['matchingRules', 'generators', 'headers', 'query', 'body', 'status', 'method', 'path', 'providerStates', 'providerState', 'description', 'type', 'pending', 'key', 'zz-unknown'], m.what)] = m.value;
      return root;
    }
  }
}

export type TextMutation = { kind: 'truncate' | 'flip' | 'insert' | 'invalid-utf8' | 'bom' | 'none'; at: number; byte: number };

export const textMutationArb: fc.Arbitrary<TextMutation> = fc.record({
  kind: fc.constantFrom('truncate', 'flip', 'insert', 'invalid-utf8', 'bom', 'none'),
  at: fc.nat(),
  byte: fc.integer({ min: 0, max: 255 }),
});

/** Byte-level damage: what a disk, an editor or an encoding mix-up does to a file. */
export function mutateBytes(bytes: Buffer, m: TextMutation): Buffer {
  const at = bytes.length === 0 ? 0 : m.at % bytes.length;
  switch (m.kind) {
    case 'truncate':
      return bytes.subarray(0, at);
    case 'flip': {
      const copy = Buffer.from(bytes);
      if (copy.length > 0) copy[at] = m.byte;
      return copy;
    }
    case 'insert':
      return Buffer.concat([bytes.subarray(0, at), Buffer.from([m.byte]), bytes.subarray(at)]);
    case 'invalid-utf8':
      return Buffer.concat([bytes.subarray(0, at), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x80]), bytes.subarray(at)]);
    case 'bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
    case 'none':
      return bytes;
  }
}
