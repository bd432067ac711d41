import type { Generator, JsonValue } from '../model/types.js';
import { requiredStringAttribute, stringAttribute } from './attributes.js';
import type { GeneratorContext } from './context.js';
import { GeneratorError } from './generator-error.js';

const PLACEHOLDER = /\$\{([^}]*)\}/g;
const LONE_PLACEHOLDER = /^\$\{([^}]*)\}$/;
/** Context keys that are ours, never provider-state values. */
const RESERVED_KEYS = new Set(['mode', 'mockServer', 'providerState', 'baseDateTime', 'timeZone']);

/**
 * `ProviderState` (V4): the `expression` filled from provider-state values (matching.md §5.3).
 * A lone `${id}` yields the raw value (a number stays a number); placeholders inside text are
 * concatenated into a string; an expression without placeholders is itself the key. `dataType`
 * (`RAW` default, `STRING`, `INTEGER`, `DECIMAL`/`FLOAT`, `BOOLEAN`) then casts the result.
 */
export function providerStateValue(generator: Generator, context: GeneratorContext): JsonValue {
  const expression = requiredStringAttribute(generator, 'expression');
  const lone = LONE_PLACEHOLDER.exec(expression);
  let value: JsonValue;
  if (lone) value = lookUp(lone[1] ?? '', context);
  else if (expression.includes('${')) {
    value = expression.replace(PLACEHOLDER, (_whole, name: string) => asText(lookUp(name, context)));
  } else value = lookUp(expression, context);
  return cast(value, (stringAttribute(generator, 'dataType') ?? 'RAW').toUpperCase());
}

/** Provider-state parameters first, then the top level of the context; `a.b` walks into objects. */
function lookUp(name: string, context: GeneratorContext): JsonValue {
  const key = name.trim();
  const sources: Record<string, unknown>[] = [];
  if (context.providerState) sources.push(context.providerState);
  const topLevel = Object.fromEntries(Object.entries(context).filter(([k]) => !RESERVED_KEYS.has(k)));
  sources.push(topLevel);
  for (const source of sources) {
    const found = Object.hasOwn(source, key) ? source[key] : walk(source, key.split('.'));
    if (found !== undefined) return found as JsonValue;
  }
  throw new GeneratorError(`ProviderState: no value for '${key}' in the provider state`);
}

function walk(source: unknown, segments: string[]): unknown {
  let node = source;
  for (const segment of segments) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

function asText(value: JsonValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function cast(value: JsonValue, dataType: string): JsonValue {
  const fail = (): never => {
    throw new GeneratorError(`ProviderState: cannot cast ${JSON.stringify(value)} to ${dataType}`);
  };
  switch (dataType) {
    case 'RAW':
      return value;
    case 'STRING':
      return asText(value);
    case 'INTEGER': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      return Number.isFinite(n) ? Math.trunc(n) : fail();
    }
    case 'DECIMAL':
    case 'FLOAT': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      return Number.isFinite(n) ? n : fail();
    }
    case 'BOOLEAN':
      if (typeof value === 'boolean') return value;
      if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
      return fail();
    default:
      throw new GeneratorError(`ProviderState: unknown dataType '${dataType}'`);
  }
}
