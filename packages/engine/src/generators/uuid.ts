import type { Generator, JsonValue } from '../model/types.js';
import { stringAttribute } from './attributes.js';
import { GeneratorError } from './generator-error.js';

/**
 * `Uuid`: a random (v4) UUID. `format`: `lower-case-hyphenated` (default, as the official
 * implementation), `upper-case-hyphenated`, `simple` (32 hex digits) or `URN` (`urn:uuid:…`).
 * Format names are compared case-insensitively because pact files spell `URN`/`urn` both ways.
 */
export function uuid(generator: Generator): JsonValue {
  const format = (stringAttribute(generator, 'format') ?? 'lower-case-hyphenated').toLowerCase();
  // Web Crypto's, the same in Node (>= 19 as a global), browsers and service workers.
  const id = globalThis.crypto.randomUUID();
  switch (format) {
    case 'lower-case-hyphenated':
      return id;
    case 'upper-case-hyphenated':
      return id.toUpperCase();
    case 'simple':
      return id.replaceAll('-', '');
    case 'urn':
      return `urn:uuid:${id}`;
    default:
      throw new GeneratorError(`Uuid: unknown format '${format}'`);
  }
}
