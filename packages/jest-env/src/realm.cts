/**
 * Test code runs in Jest's vm context, which has its own `Object`, `Array` and prototypes; the
 * engine runs outside it. Plain data written in a test (`{ id: 1 }`, `[...]`) therefore fails
 * checks such as `Object.getPrototypeOf(x) === Object.prototype` in the engine. Everything a test
 * hands to the engine goes through here first and arrives as this realm's plain data.
 */

/** True for `{...}` objects of any realm (their prototype is some realm's `Object.prototype`, or null). */
function isPlainObjectOfAnyRealm(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || (Object.getPrototypeOf(proto) === null && Object.prototype.toString.call(value) === '[object Object]');
}

/**
 * Copies arrays and plain objects (deeply, keeping shared references and cycles as they are) into
 * this realm; typed arrays become Buffers. Other values (dates, class instances, functions) are
 * returned as they are for the engine to accept or reject with its own message.
 */
export function toThisRealm(value: unknown, seen = new Map<object, unknown>()): unknown {
  if (value === null || typeof value !== 'object') return value;
  const known = seen.get(value);
  if (known !== undefined) return known;
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    seen.set(value, copy);
    for (const item of value as unknown[]) copy.push(toThisRealm(item, seen));
    return copy;
  }
  if (ArrayBuffer.isView(value) && !Buffer.isBuffer(value)) {
    return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  }
  if (!isPlainObjectOfAnyRealm(value)) return value;
  const copy: Record<string, unknown> = {};
  seen.set(value, copy);
  for (const [key, item] of Object.entries(value)) copy[key] = toThisRealm(item, seen);
  return copy;
}

/**
 * Wraps `target` (the pact handle, and every builder its methods return) so that arguments of its
 * methods are copied into this realm before the engine sees them.
 */
export function acceptingTestRealm<T extends object>(target: T): T {
  return new Proxy(target, {
    get(object, property) {
      const value: unknown = Reflect.get(object, property, object);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]): unknown => {
        const result: unknown = Reflect.apply(value, object, args.map((arg) => toThisRealm(arg)));
        const chainable = typeof result === 'object' && result !== null && !('then' in result);
        return chainable ? acceptingTestRealm(result) : result;
      };
    },
  });
}

/** The same functions, taking their arguments into this realm first. */
export function functionsAcceptingTestRealm<T extends object>(functions: T): T {
  const wrapped: Record<string, unknown> = {};
  for (const [name, fn] of Object.entries(functions)) {
    wrapped[name] = typeof fn === 'function' ? (...args: unknown[]): unknown => (fn as (...a: unknown[]) => unknown)(...args.map((arg) => toThisRealm(arg))) : fn;
  }
  return Object.freeze(wrapped) as T;
}
