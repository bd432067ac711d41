// Realm-independent type tests. Test runners evaluate test files in their own vm realm (Jest,
// Vitest's vmThreads), so a test's `{ id: 1 }` has a different Object.prototype and its regexes a
// different RegExp than the engine's; identity and instanceof checks would reject them.

/** A plain object: made by `{}` or `Object.create(null)` in any realm. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  if (Object.prototype.toString.call(value) !== '[object Object]') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** A RegExp from any realm. */
export function isRegExp(value: unknown): value is RegExp {
  return Object.prototype.toString.call(value) === '[object RegExp]';
}

/** A Date from any realm. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
