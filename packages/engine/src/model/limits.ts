/**
 * The bounds that keep every walk over outside data (request bodies, pact files, DSL values) safe.
 * Walks elsewhere in the engine recurse; they may, because nothing deeper than `maxDepth` (itself at
 * most `MAX_DEPTH_CEILING`) gets past the checks here. One source of truth for the limits, their
 * defaults and the wording of their messages.
 */
import { ConfigurationError } from '../errors.js';
import { closestName } from './closest-name.js';
import { indexPath, keyPath } from './json-path.js';

/**
 * Nesting of containers (objects/arrays, XML elements) a body may have. 128 is serde_json's
 * recursion limit, so the official Rust tools refuse anything deeper as well.
 */
export const DEFAULT_MAX_DEPTH = 128;

/** The largest `maxDepth` a user may set: the recursive walks are tested at this depth. */
export const MAX_DEPTH_CEILING = 1000;

/** Extra levels a pact document has above its bodies (`interactions[0].request.body`, V4 `content`). */
export const PACT_STRUCTURE_DEPTH = 6;

/** Fields a url-encoded form body may have. */
export const DEFAULT_MAX_FORM_FIELDS = 100_000;

/** Parts a multipart body may have. */
export const DEFAULT_MAX_MULTIPART_PARTS = 10_000;

/** Elements (start tags) an XML body may have; xmldom needs ~7 µs per element. */
export const DEFAULT_MAX_XML_ELEMENTS = 100_000;

/**
 * Values (object members and list elements) a JSON body may have. V8 alone needs ~0.6 s to parse
 * an object of 10^6 members, so a body that large is refused before it is parsed.
 */
export const DEFAULT_MAX_JSON_ITEMS = 250_000;

/** Bytes of request head (request line + headers) the server reads; Node's default is 16 KiB. */
export const DEFAULT_MAX_HEADER_SIZE = 128 * 1024;

export type PathSegment = string | number;

/** Why a value was refused: nested too deeply. */
export function depthProblem(maxDepth: number): string {
  return `nested more than ${maxDepth} levels deep (the maxDepth limit)`;
}

/** Why a body was refused: too many items of one kind. */
export function countProblem(what: string, count: number, limit: number, option: string): string {
  return `has ${count} ${what} or more, over the limit of ${limit} (the ${option} limit)`;
}

function isLossless(value: object): boolean {
  return (value as { isLosslessNumber?: unknown }).isLosslessNumber === true;
}

/**
 * The path to the first container nested deeper than `maxDepth` (the root container is level 1),
 * or `undefined` when there is none. Iterative, linear in the number of containers, and cheap when
 * the value is within bounds: paths are only tracked once a violation is known to exist.
 */
export function tooDeepAt(root: unknown, maxDepth: number): PathSegment[] | undefined {
  if (root === null || typeof root !== 'object') return undefined;
  const nodes: object[] = [root];
  const depths: number[] = [1];
  let found = false;
  while (nodes.length > 0) {
    const node = nodes.pop() as object;
    const depth = depths.pop() as number;
    if (depth > maxDepth) {
      found = true;
      break;
    }
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const c: unknown = node[i];
        if (c !== null && typeof c === 'object') {
          nodes.push(c);
          depths.push(depth + 1);
        }
      }
    } else {
      for (const key in node) {
        const c: unknown = (node as Record<string, unknown>)[key];
        if (c !== null && typeof c === 'object' && !isLossless(c)) {
          nodes.push(c);
          depths.push(depth + 1);
        }
      }
    }
  }
  return found ? pathToFirstTooDeep(root, maxDepth) : undefined;
}

interface Frame {
  readonly node: object;
  readonly depth: number;
  readonly parent: Frame | undefined;
  readonly key: PathSegment | undefined;
}

function pathToFirstTooDeep(root: object, maxDepth: number): PathSegment[] | undefined {
  const stack: Frame[] = [{ node: root, depth: 1, parent: undefined, key: undefined }];
  for (let f = stack.pop(); f !== undefined; f = stack.pop()) {
    if (f.depth > maxDepth) {
      const path: PathSegment[] = [];
      for (let at: Frame | undefined = f; at?.key !== undefined; at = at.parent) path.push(at.key);
      return path.reverse();
    }
    const node = f.node;
    const entries: Array<[PathSegment, unknown]> = Array.isArray(node) ? node.map((v, i): [PathSegment, unknown] => [i, v]) : Object.entries(node);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, c] = entries[i] as [PathSegment, unknown];
      if (c !== null && typeof c === 'object' && !isLossless(c)) stack.push({ node: c, depth: f.depth + 1, parent: f, key });
    }
  }
  return undefined;
}

/**
 * A path for messages: `root` (`$`, or `''` for paths inside a pact document) and the segments. A
 * path of hundreds of levels keeps its first and last `keep` segments around `…(N levels)…`.
 */
export function pathText(root: string, segments: readonly PathSegment[], keep = 8): string {
  const render = (at: string, list: readonly PathSegment[]): string => list.reduce<string>((p, s) => (typeof s === 'number' ? indexPath(p, s) : keyPath(p, s)), at);
  if (segments.length <= keep * 2) return render(root, segments);
  return render(`${render(root, segments.slice(0, keep))}…(${segments.length - keep * 2} levels)…`, segments.slice(-keep));
}

/**
 * Values in JSON text (`,` `[` `{` outside strings, plus one), counted up to just past `stop`
 * without parsing. Only texts long enough to hold more than `stop` values are scanned.
 */
export function countJsonItems(text: string, stop: number): number {
  if (text.length <= stop * 2) return 0;
  let n = 1;
  for (let i = 0; i < text.length && n <= stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 91 || c === 123) n++;
    else if (c === 34) {
      // Skip the string: its closing quote is the first one not escaped by an odd run of `\`.
      for (;;) {
        i = text.indexOf('"', i + 1);
        if (i === -1) return n;
        let slashes = 0;
        while (text.charCodeAt(i - 1 - slashes) === 92) slashes++;
        if (slashes % 2 === 0) break;
      }
    }
  }
  return n;
}

/** The size limits body matching applies to an actual body (all counts; see the defaults above). */
export interface InputLimits {
  readonly maxDepth: number;
  readonly maxJsonItems: number;
  readonly maxFormFields: number;
  readonly maxMultipartParts: number;
  readonly maxXmlElements: number;
}

export const DEFAULT_LIMITS: InputLimits = Object.freeze({
  maxDepth: DEFAULT_MAX_DEPTH,
  maxJsonItems: DEFAULT_MAX_JSON_ITEMS,
  maxFormFields: DEFAULT_MAX_FORM_FIELDS,
  maxMultipartParts: DEFAULT_MAX_MULTIPART_PARTS,
  maxXmlElements: DEFAULT_MAX_XML_ELEMENTS,
});

/**
 * The `limits` option of the mock server and of every adapter: bounds on what one request may hold.
 * Each key is optional; the defaults are the constants above.
 *
 * @example
 * // a consumer whose documents really are 300 levels deep
 * await startMockServer({ pact, limits: { maxDepth: 300 } });
 */
export interface LimitOptions {
  /** Nesting of JSON or XML request bodies, pact bodies and DSL values. Default 128, at most 1000. */
  maxDepth?: number;
  /** Values (members and elements) in a JSON request body. Default 250,000. */
  maxJsonItems?: number;
  /** Fields in a url-encoded form body. Default 100,000. */
  maxFormFields?: number;
  /** Parts in a multipart body. Default 10,000. */
  maxMultipartParts?: number;
  /** Elements in an XML body. Default 100,000. */
  maxXmlElements?: number;
  /** Bytes of request line and headers. Default 128 KiB (Node's own default is 16 KiB). */
  maxHeaderSize?: number;
}

/** Every limit, after defaults. */
export interface ResolvedLimits extends InputLimits {
  readonly maxHeaderSize: number;
}

const LIMIT_DEFAULTS: Readonly<Required<LimitOptions>> = Object.freeze({ ...DEFAULT_LIMITS, maxHeaderSize: DEFAULT_MAX_HEADER_SIZE });
const LIMIT_NAMES = Object.keys(LIMIT_DEFAULTS) as Array<keyof LimitOptions>;

function shown(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/**
 * Validates a `limits` option and applies the defaults. `given` is an object, or its JSON text (as
 * environment variables, docblock pragmas and command-line flags deliver it); counts may be integer
 * strings. `label` names the option in errors (`limits`, `PACTWRIGHT_LIMITS`).
 *
 * @throws ConfigurationError naming the option and key, e.g. `limits.maxDeph: unknown limit (did you mean maxDepth?)`.
 */
export function resolveLimits(given: unknown, label = 'limits'): ResolvedLimits {
  if (given === undefined) return LIMIT_DEFAULTS;
  const notAnObject = (): ConfigurationError => new ConfigurationError(label, `expected an object such as { "maxDepth": 256 } (or its JSON text), got ${shown(given)}`);
  let value: unknown = given;
  if (typeof given === 'string') {
    try {
      value = JSON.parse(given) as unknown;
    } catch {
      throw notAnObject();
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw notAnObject();
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if ((LIMIT_NAMES as string[]).includes(key)) continue;
    const near = closestName(key, LIMIT_NAMES);
    throw new ConfigurationError(`${label}.${key}`, `unknown limit${near === undefined ? '' : ` (did you mean ${near}?)`}; known: ${LIMIT_NAMES.join(', ')}`);
  }
  const count = (name: keyof LimitOptions, max = Number.MAX_SAFE_INTEGER): number => {
    const raw = record[name];
    if (raw === undefined) return LIMIT_DEFAULTS[name];
    const n = typeof raw === 'string' && /^\s*\d+\s*$/.test(raw) ? Number(raw) : raw;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > max) {
      const range = max === Number.MAX_SAFE_INTEGER ? 'a positive integer' : `an integer from 1 to ${max}`;
      throw new ConfigurationError(`${label}.${name}`, `expected ${range}, got ${shown(raw)}`);
    }
    return n;
  };
  return {
    maxDepth: count('maxDepth', MAX_DEPTH_CEILING),
    maxJsonItems: count('maxJsonItems'),
    maxFormFields: count('maxFormFields'),
    maxMultipartParts: count('maxMultipartParts'),
    maxXmlElements: count('maxXmlElements'),
    maxHeaderSize: count('maxHeaderSize'),
  };
}
