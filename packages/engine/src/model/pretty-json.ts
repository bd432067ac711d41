// The pact-file JSON layout: 2-space indent, keys sorted at every depth, number literals kept.
import { isLosslessNumber } from './json-value.js';

function write(value: unknown, indent: string, out: string[]): void {
  if (value === null || value === undefined) {
    out.push('null');
    return;
  }
  switch (typeof value) {
    case 'string':
      out.push(JSON.stringify(value));
      return;
    case 'number':
      out.push(Number.isFinite(value) ? String(value) : 'null');
      return;
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'object':
      break;
    default:
      out.push('null');
      return;
  }
  if (isLosslessNumber(value)) {
    out.push(value.value);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      out.push('[]');
      return;
    }
    out.push('[\n');
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.push(',\n');
      out.push(inner);
      write(value[i], inner, out);
    }
    out.push(`\n${indent}]`);
    return;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  if (keys.length === 0) {
    out.push('{}');
    return;
  }
  out.push('{\n');
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (i > 0) out.push(',\n');
    out.push(`${inner}${JSON.stringify(key)}: `);
    write(record[key], inner, out);
  }
  out.push(`\n${indent}}`);
}

/**
 * Pretty JSON as the official writer emits it: 2-space indent, object keys in code-unit order at
 * every depth, `undefined` members dropped, `LosslessNumber`s written with their original literal,
 * no trailing newline.
 */
export function prettyJson(value: unknown): string {
  const out: string[] = [];
  write(value, '', out);
  return out.join('');
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
