// JSON paths in error messages, in the dotted/bracketed form users read:
// `interactions[3].request.headers['Content-Type']`.

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Path of an object member. */
export function keyPath(at: string, key: string): string {
  if (IDENTIFIER.test(key)) return at === '' ? key : `${at}.${key}`;
  return `${at}['${key.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
}

/** Path of an array element. */
export function indexPath(at: string, index: number): string {
  return `${at}[${index}]`;
}

/**
 * Convert a JSON pointer (ajv's `instancePath`, e.g. `/interactions/3/request/method`) into our
 * form, looking at the data to tell array indices from object keys named like numbers.
 */
export function pointerToPath(root: unknown, pointer: string, base = ''): string {
  if (pointer === '') return base;
  let at = base;
  let node: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node) && /^\d+$/.test(segment)) {
      const i = Number(segment);
      at = indexPath(at, i);
      node = node[i];
    } else {
      at = keyPath(at, segment);
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
    }
  }
  return at;
}
