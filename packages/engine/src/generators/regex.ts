import RandExp from 'randexp';
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

/** `Regex`: a random string matching `regex` as a whole. */
export function regexValue(generator: Generator): JsonValue {
  const source = requiredStringAttribute(generator, 'regex');
  const { randexp, check } = compile(source);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const candidate = randexp.gen();
    if (check.test(candidate)) return candidate;
  }
  throw new GeneratorError(`Regex: could not generate a value matching /${source}/`);
}

function compile(source: string): { randexp: RandExp; check: RegExp } {
  const cached = compiled.get(source);
  if (cached) return cached;
  const { body, flags } = splitInlineFlags(stripAnchors(source));
  for (const match of body.matchAll(/\{(\d+)(?:,(\d*))?\}/g)) {
    const counts = [match[1], match[2]].filter((n): n is string => n !== undefined && n !== '').map(Number);
    if (counts.some((n) => n > MAX_EXPLICIT_COUNT)) {
      throw new GeneratorError(`Regex: repeat count above ${MAX_EXPLICIT_COUNT} in /${source}/`);
    }
  }
  let check: RegExp;
  try {
    check = new RegExp(`^(?:${body})$`, flags);
  } catch (error) {
    throw new GeneratorError(`Regex: invalid regular expression /${source}/`, { cause: error });
  }
  const randexp = new RandExp(body, flags);
  randexp.max = UNBOUNDED_REPEAT_CAP;
  const entry = { randexp, check };
  if (compiled.size >= CACHE_LIMIT) compiled.clear();
  compiled.set(source, entry);
  return entry;
}

/**
 * Pact regexes match the whole value, so `^`/`$` around them add nothing; they are removed so
 * randexp and the whole-string check see the same body. An escaped `\$` stays.
 */
function stripAnchors(source: string): string {
  let body = source.startsWith('^') ? source.slice(1) : source;
  if (body.endsWith('$') && !isEscaped(body, body.length - 1)) body = body.slice(0, -1);
  return body;
}

function isEscaped(text: string, index: number): boolean {
  let backslashes = 0;
  for (let i = index - 1; i >= 0 && text[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 1;
}

/** Java/Rust inline flags at the start (`(?i)`) have no JS syntax before Node 23; they become RegExp flags. */
function splitInlineFlags(source: string): { body: string; flags: string } {
  const match = /^\(\?([ims]+)\)/.exec(source);
  if (!match?.[1]) return { body: source, flags: '' };
  const flags = [...new Set(match[1])].join('');
  return { body: source.slice(match[0].length).replace(/^\^/, ''), flags };
}
