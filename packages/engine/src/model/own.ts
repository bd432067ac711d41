// Records keyed by user data (header names, query names, rule paths) must treat `__proto__` like
// any other key: plain assignment would replace the prototype instead.

const hasOwn = Object.prototype.hasOwnProperty;

/** `record[key]` if it is an own property. */
export function getOwn<T>(record: Record<string, T>, key: string): T | undefined {
  return hasOwn.call(record, key) ? record[key] : undefined;
}

/** `record[key] = value`, safe for `__proto__`. */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__') {
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    record[key] = value;
  }
}
