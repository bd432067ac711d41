import type RandExp from 'randexp';
import { loadOnFirstUse } from '../load-on-first-use.js';
import { compilePactRegex } from '../matching/rules/regex.js';
import type { Generator, JsonValue } from '../model/types.js';
import { requiredStringAttribute } from './attributes.js';
import { GeneratorError } from './generator-error.js';

/** Unbounded repeats (`*`, `+`, `{n,}`) draw at most this many extra repetitions (as the official implementation). */
const UNBOUNDED_REPEAT_CAP = 20;
/** Explicit counts above this are refused: `a{100000000}` would otherwise allocate for seconds. */
const MAX_EXPLICIT_COUNT = 1000;
/** Draws are checked against the regex; features randexp cannot honour (lookarounds, …) get a few more tries, never a loop. */
const MAX_ATTEMPTS = 10;

const compiled = new Map<string, { randexp: RandExp; check: RegExp }>();
const CACHE_LIMIT = 500;

/**
 * `Regex`: a random string matching `regex` as a whole. The regex is compiled the way the
 * matchers compile it (whole-string, Ruby escapes translated), so what is generated also passes
 * a `regex` matcher with the same source.
 */
export function regexValue(generator: Generator): JsonValue {
  const source = requiredStringAttribute(generator, 'regex');
  const { randexp, check } = compile(source);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const candidate = randexp.gen();
    if (check.test(candidate)) return candidate;
  }
  throw new GeneratorError(`Regex: could not generate a value matching /${source}/`);
}

const loadRandExp = loadOnFirstUse<typeof RandExp>('randexp');

type Expand = (this: RandExp, token: object) => unknown;

/**
 * randexp rebuilds the character range of a set (`[A-Z]`, `\d`) on every draw, most of a draw's
 * cost. A set's range depends only on the token and the instance's flags and default range, all
 * fixed once constructed, and randexp only reads it, so it is built once per token. The class is
 * made when the first Regex generator runs, since randexp is loaded then.
 */
let SetCachingRandExp: typeof RandExp | undefined;

function setCachingRandExp(): typeof RandExp {
  if (SetCachingRandExp !== undefined) return SetCachingRandExp;
  const Base = loadRandExp();
  const expand = Reflect.get(Base.prototype, '_expand') as Expand;
  SetCachingRandExp = class extends Base {
    private readonly sets = new WeakMap<object, unknown>();

    _expand(token: object): unknown {
      let range = this.sets.get(token);
      if (range === undefined) {
        range = expand.call(this, token);
        this.sets.set(token, range);
      }
      return range;
    }
  };
  return SetCachingRandExp;
}

function compile(source: string): { randexp: RandExp; check: RegExp } {
  const cached = compiled.get(source);
  if (cached) return cached;
  for (const match of source.matchAll(/\{(\d+)(?:,(\d*))?\}/g)) {
    const counts = [match[1], match[2]].filter((n): n is string => n !== undefined && n !== '').map(Number);
    if (counts.some((n) => n > MAX_EXPLICIT_COUNT)) {
      throw new GeneratorError(`Regex: repeat count above ${MAX_EXPLICIT_COUNT} in /${source}/`);
    }
  }
  const check = compilePactRegex(source);
  if (check instanceof Error) throw new GeneratorError(`Regex: invalid regular expression /${source}/`, { cause: check });
  // The whole-string anchors (and any `^`/`$` the source carries) are positions: randexp emits nothing for them.
  const randexp = new (setCachingRandExp())(check);
  randexp.max = UNBOUNDED_REPEAT_CAP;
  const entry = { randexp, check };
  if (compiled.size >= CACHE_LIMIT) compiled.clear();
  compiled.set(source, entry);
  return entry;
}
