// The pact-file JSON layout: 2-space indent, keys sorted at every depth, number literals kept.
import { isLosslessNumber } from './json-value.js';

const INDENTS: string[] = [''];

function indentOf(depth: number): string {
  let indent = INDENTS[depth];
  if (indent === undefined) {
    indent = '  '.repeat(depth);
    INDENTS[depth] = indent;
  }
  return indent;
}

// String concatenation (V8 ropes) is several times faster here than collecting parts in an array.
function write(value: unknown, depth: number): string {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      return 'null';
  }
  if (Array.isArray(value)) {
    const n = value.length;
    if (n === 0) return '[]';
    const inner = indentOf(depth + 1);
    let out = `[\n${inner}${write(value[0], depth + 1)}`;
    for (let i = 1; i < n; i++) out += `,\n${inner}${write(value[i], depth + 1)}`;
    return `${out}\n${indentOf(depth)}]`;
  }
  if (isLosslessNumber(value)) return value.value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  const inner = indentOf(depth + 1);
  let out = '';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const item = record[key];
    if (item === undefined) continue;
    out += `${out === '' ? '{\n' : ',\n'}${inner}${JSON.stringify(key)}: ${write(item, depth + 1)}`;
  }
  return out === '' ? '{}' : `${out}\n${indentOf(depth)}}`;
}

/**
 * Pretty JSON as the official writer emits it: 2-space indent, object keys in code-unit order at
 * every depth, `undefined` members dropped, `LosslessNumber`s written with their original literal,
 * no trailing newline.
 */
export function prettyJson(value: unknown): string {
  return write(value, 0);
}

/** A deep copy with object keys sorted (for plain JSON objects such as mismatch reports). */
export function sortKeysDeep<T>(value: T): T {
  if (value === null || typeof value !== 'object' || isLosslessNumber(value)) return value;
  if (Array.isArray(value)) return value.map(sortKeysDeep) as T;
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) {
    if (key === '__proto__') {
      Object.defineProperty(out, key, { value: sortKeysDeep(record[key]), enumerable: true, writable: true, configurable: true });
    } else {
      out[key] = sortKeysDeep(record[key]);
    }
  }
  return out as T;
}
