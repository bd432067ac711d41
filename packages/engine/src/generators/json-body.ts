import { isJsonObject, isLosslessNumber, jsonText, parseJsonText, toPlainJson, type ParsedJson } from '../model/json-value.js';
import { setOwn } from '../model/own.js';
import type { PathToken } from '../model/path-expression.js';
import type { Generator, JsonValue } from '../model/types.js';
import type { GeneratorContext } from './context.js';
import { tryGenerate } from './generate-value.js';
import { generatorPathTokens } from './path-tokens.js';
import type { GenerationMemo } from './generation-memo.js';

/** An example body parsed once; `undefined` when it is not JSON despite its type. */
export type ParsedBody = ParsedJson | undefined;

/** Parses an example body for {@link applyJsonGenerators}; the caller keeps it for every response. */
export function parseJsonBody(text: string): ParsedBody {
  try {
    return parseJsonText(text);
  } catch {
    return undefined;
  }
}

/**
 * Applies body generators to a parsed JSON example (matching.md §5.2) and returns the new text,
 * or `undefined` when nothing was generated (so the caller keeps the original bytes). The example
 * is copied, never changed; number literals that are not touched keep their spelling.
 */
export function applyJsonGenerators(parsed: ParsedBody, generators: [string, Generator][], context: GeneratorContext, memo?: GenerationMemo): string | undefined {
  // A body that is not JSON despite its type is sent as written.
  if (parsed === undefined) return undefined;
  const template = templateFor(parsed, generators, memo);
  if (template !== undefined) return fillTemplate(template, context);
  let document = copyJson(parsed.value);
  let changed = false;
  for (const [key, generator] of generators) {
    const tokens = generatorPathTokens(key);
    if (tokens === undefined) continue;
    if (tokens.length === 1) {
      const value = tryGenerate(generator, toPlainJson(document), context);
      if (value !== undefined) {
        document = value;
        changed = true;
      }
      continue;
    }
    forEachTarget(document, tokens, 1, (container, slot) => {
      const value = tryGenerate(generator, toPlainJson(read(container, slot)), context);
      if (value === undefined) return;
      if (Array.isArray(container)) container[slot as number] = value;
      else setOwn(container, slot as string, value);
      changed = true;
    });
  }
  if (!changed) return undefined;
  // Only literals JSON.parse would change need the lossless writer; generated values are plain.
  return parsed.lossless ? jsonText(document) : JSON.stringify(document);
}

/**
 * A generated body as its example's text cut at the generated values: `segments` around the
 * holes, holes in text order. Only for generators that replace existing scalar values with
 * scalars (the usual case), where the sequential result is the same as filling each hole
 * independently; then a response costs the generated values, not a copy and a full serialization.
 */
interface Template {
  segments: string[];
  /** In generator order: which generator fills which hole, what it replaces and the example's text there. */
  holes: Array<{ generator: Generator; current: JsonValue; example: string; position: number }>;
  write: (value: unknown) => string;
}

/** Types whose value is always a scalar, so no later path can reach into what they produce. */
const SCALAR_TYPES = new Set(['RandomInt', 'RandomDecimal', 'RandomHexadecimal', 'RandomString', 'RandomBoolean', 'Regex', 'Uuid', 'Date', 'Time', 'DateTime', 'MockServerURL']);

// Kept in the response plan's memo, by the generator list (one array per mode, see
// generate-response.ts), then by the parsed example (see body.ts).
function templateFor(parsed: ParsedJson, generators: [string, Generator][], memo: GenerationMemo | undefined): Template | undefined {
  if (memo === undefined) return buildTemplate(parsed, generators);
  let byExample = memo.templates.get(generators);
  if (byExample === undefined) {
    byExample = new Map();
    memo.templates.set(generators, byExample);
  }
  let template = byExample.get(parsed) as Template | null | undefined;
  if (template === undefined) {
    template = buildTemplate(parsed, generators) ?? null;
    byExample.set(parsed, template);
  }
  return template ?? undefined;
}

function buildTemplate(parsed: ParsedJson, generators: [string, Generator][]): Template | undefined {
  const write = parsed.lossless ? jsonText : (value: unknown): string => JSON.stringify(value);
  const document = copyJson(parsed.value);
  const marker = (n: number): string => `\u0000pactwright-hole-${n}\u0000`;
  const targets: Array<{ generator: Generator; current: JsonValue; example: string; text: string }> = [];
  const seen = new Map<Container, Set<string | number>>();
  let eligible = true;
  for (const [key, generator] of generators) {
    const tokens = generatorPathTokens(key);
    if (tokens === undefined) continue;
    if (tokens.length === 1 || !SCALAR_TYPES.has(generator.type)) return undefined;
    forEachTarget(document, tokens, 1, (container, slot) => {
      const value = read(container, slot);
      const slots = seen.get(container) ?? new Set();
      seen.set(container, slots);
      // A container target could hold another target; a slot named twice is generated twice.
      if ((value !== null && typeof value === 'object' && !isLosslessNumber(value)) || slots.has(slot)) {
        eligible = false;
        return;
      }
      slots.add(slot);
      const text = marker(targets.length);
      targets.push({ generator, current: toPlainJson(value), example: write(value), text: write(text) });
      if (Array.isArray(container)) container[slot as number] = text;
      else setOwn(container, slot as string, text);
    });
    if (!eligible) return undefined;
  }
  const text = write(document);
  const first = write(marker(0));
  const markerCore = first.slice(1, first.indexOf('hole-') + 5);
  // Every marker must stand for exactly one hole: the example itself must not spell one.
  if (text.split(markerCore).length - 1 !== targets.length) return undefined;
  const located = targets.map((target, index) => ({ index, at: text.indexOf(target.text), length: target.text.length }));
  if (located.some((l) => l.at < 0)) return undefined;
  located.sort((a, b) => a.at - b.at);
  const segments: string[] = [];
  const positions = new Array<number>(targets.length);
  let from = 0;
  located.forEach((l, position) => {
    segments.push(text.slice(from, l.at));
    positions[l.index] = position;
    from = l.at + l.length;
  });
  segments.push(text.slice(from));
  const holes = targets.map((t, i) => ({ generator: t.generator, current: t.current, example: t.example, position: positions[i] as number }));
  return { segments, holes, write };
}

function fillTemplate(template: Template, context: GeneratorContext): string | undefined {
  const texts = new Array<string>(template.holes.length);
  let changed = false;
  for (const hole of template.holes) {
    const value = tryGenerate(hole.generator, hole.current, context);
    if (value === undefined) texts[hole.position] = hole.example;
    else {
      texts[hole.position] = template.write(value);
      changed = true;
    }
  }
  if (!changed) return undefined;
  const { segments } = template;
  let out = segments[0] as string;
  for (let i = 0; i < texts.length; i++) out += (texts[i] as string) + (segments[i + 1] as string);
  return out;
}

/** A deep copy of parsed JSON: containers are new, leaves (and `LosslessNumber`s, never mutated) shared. */
function copyJson(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || isLosslessNumber(value)) return value;
  if (Array.isArray(value)) return value.map(copyJson);
  const source = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(source)) setOwn(copy, key, copyJson(source[key]));
  return copy;
}

type Container = Record<string, unknown> | unknown[];
type Visit = (container: Container, slot: string | number) => void;

/**
 * Calls `visit` for every existing node the tokens from `at` on denote, below `node`. Per §5.2,
 * `*` selects object members only and `[*]` array elements only; a field named by digits also
 * selects that array index (as in rule paths).
 */
function forEachTarget(node: unknown, tokens: PathToken[], at: number, visit: Visit): void {
  const token = tokens[at];
  if (token === undefined) return;
  const last = at === tokens.length - 1;
  const step = (container: Container, slot: string | number): void => {
    if (last) visit(container, slot);
    else forEachTarget(read(container, slot), tokens, at + 1, visit);
  };
  switch (token.kind) {
    case 'field':
      if (isJsonObject(node)) {
        if (Object.hasOwn(node, token.name)) step(node, token.name);
      } else if (Array.isArray(node) && /^\d+$/.test(token.name)) {
        const index = Number(token.name);
        if (index < node.length) step(node, index);
      }
      break;
    case 'index':
      if (Array.isArray(node) && token.index < node.length) step(node, token.index);
      break;
    case 'star':
      if (isJsonObject(node)) for (const key of Object.keys(node)) step(node, key);
      break;
    case 'star-index':
      if (Array.isArray(node)) for (let i = 0; i < node.length; i++) step(node, i);
      break;
    case 'root':
      // `$` only ever comes first; one in the middle selects nothing.
      break;
  }
}

function read(container: Container, slot: string | number): unknown {
  return Array.isArray(container) ? container[slot as number] : container[slot as string];
}
