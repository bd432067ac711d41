import { isJsonObject, isLosslessNumber, jsonText, parseJsonText, toPlainJson, type ParsedJson } from '../model/json-value.js';
import { setOwn } from '../model/own.js';
import type { PathToken } from '../model/path-expression.js';
import type { Generator } from '../model/types.js';
import type { GeneratorContext } from './context.js';
import { tryGenerate } from './generate-value.js';
import { generatorPathTokens } from './path-tokens.js';

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
export function applyJsonGenerators(parsed: ParsedBody, generators: [string, Generator][], context: GeneratorContext): string | undefined {
  // A body that is not JSON despite its type is sent as written.
  if (parsed === undefined) return undefined;
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
