import type { PathToken } from '../model/path-expression.js';
import type { Generator, JsonValue } from '../model/types.js';
import type { GeneratorContext } from './context.js';
import { tryGenerate } from './generate-value.js';
import { generatorPathTokens } from './path-tokens.js';

/**
 * Applies body generators to an `application/x-www-form-urlencoded` body: `$.name` regenerates
 * every value of `name`, `$.name[1]` one of them, `$.*` every parameter. Parameters are never
 * added. Returns the new text, or `undefined` when nothing was generated.
 */
export function applyFormGenerators(text: string, generators: [string, Generator][], context: GeneratorContext): string | undefined {
  const params = [...new URLSearchParams(text)];
  let changed = false;
  for (const [key, generator] of generators) {
    const tokens = generatorPathTokens(key);
    if (tokens === undefined) continue;
    for (const position of selectedPositions(params, tokens)) {
      const entry = params[position];
      if (entry === undefined) continue;
      const value = tryGenerate(generator, entry[1], context);
      if (value === undefined) continue;
      entry[1] = asFormText(value);
      changed = true;
    }
  }
  return changed ? new URLSearchParams(params).toString() : undefined;
}

/** Indexes into `params` selected by `$.name`, `$.name[i]`, `$.name[*]`, `$.*`. */
function selectedPositions(params: [string, string][], tokens: PathToken[]): number[] {
  const [, nameToken, indexToken, extra] = tokens;
  if (nameToken === undefined || extra !== undefined) return [];
  let positions: number[];
  if (nameToken.kind === 'star') positions = params.map((_, i) => i);
  else if (nameToken.kind === 'field') {
    positions = params.flatMap(([name], i) => (name === nameToken.name ? [i] : []));
  } else return [];
  if (indexToken === undefined || indexToken.kind === 'star-index') return positions;
  if (indexToken.kind === 'index') {
    const position = positions[indexToken.index];
    return position === undefined ? [] : [position];
  }
  return [];
}

function asFormText(value: JsonValue): string {
  if (typeof value === 'string') return value;
  return value === null ? '' : JSON.stringify(value);
}
