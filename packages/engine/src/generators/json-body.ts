import { isJsonObject, jsonText, parseJsonText, toPlainJson } from '../model/json-value.js';
import { setOwn } from '../model/own.js';
import type { PathToken } from '../model/path-expression.js';
import type { Generator } from '../model/types.js';
import type { GeneratorContext } from './context.js';
import { tryGenerate } from './generate-value.js';
import { generatorPathTokens } from './path-tokens.js';

/**
 * Applies body generators to JSON text (matching.md §5.2) and returns the new text, or
 * `undefined` when nothing was generated (so the caller keeps the original bytes). The text is
 * parsed once for all generators; number literals that are not touched keep their spelling.
 */
export function applyJsonGenerators(text: string, generators: [string, Generator][], context: GeneratorContext): string | undefined {
  let document: unknown;
  try {
    document = parseJsonText(text).value;
  } catch {
    // A body that is not JSON despite its type is sent as written.
    return undefined;
  }
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
  return changed ? jsonText(document) : undefined;
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
