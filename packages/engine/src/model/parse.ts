// Loading a whole pact document (any version) into the model.
import type { HttpInteraction, JsonValue, OtherInteraction, Pact, ProviderState, SpecVersion, Draft } from './types.js';
import type { Interaction as RawInteraction, Message as RawMessage, PactFile } from './pact-file.generated.js';
import { parse as losslessParse } from 'lossless-json';
import { PactParseError } from '../errors.js';
import { indexPath, keyPath } from './json-path.js';
import { describeValue, isJsonObject, parseJsonText, toPlainJson } from './json-value.js';
import { normalizeCheckedRequest, normalizeCheckedResponse } from './normalize-http.js';
import { guard } from './parse-error.js';
import { DEFAULT_MAX_DEPTH, depthProblem, PACT_STRUCTURE_DEPTH, pathText, tooDeepAt } from './limits.js';
import { validatePactJson } from './schema-validate.js';
import { DEFAULT_SPEC_VERSION, parseSpecVersion, specAtLeast } from './spec-version.js';

const HTTP_TYPE = 'Synchronous/HTTP';
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Line and column (1-based) of a character offset, for JSON syntax errors. */
function lineColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

/**
 * V8's JSON.parse messages sometimes quote a snippet instead of a position; lossless-json always
 * names the position, so ask it to describe the same syntax error.
 */
function syntaxErrorMessage(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/position \d+/.test(message)) return message;
  try {
    losslessParse(text);
  } catch (detailed) {
    if (detailed instanceof SyntaxError) return detailed.message;
  }
  return message;
}

function parseText(text: string): unknown {
  // A UTF-8 byte-order mark is not JSON, but editors write it.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (json.trim() === '') throw new PactParseError('', 'not valid JSON: the text is empty');
  try {
    return parseJsonText(json).value;
  } catch (error) {
    // Only the lossless parser recurses; V8's own parser does not, so it can say where the text is
    // too deep (the depth check after parsing names the path).
    if (error instanceof RangeError) return JSON.parse(json) as unknown;
    const message = syntaxErrorMessage(json, error);
    const position = /position (\d+)/.exec(message);
    const where = position?.[1] !== undefined ? ` (${lineColumn(json, Number(position[1]))})` : '';
    throw new PactParseError('', `not valid JSON: ${message}${where}`, { cause: error });
  }
}

function toDocument(json: unknown): unknown {
  if (typeof json === 'string') return parseText(json);
  // Bytes made in another realm (a test runner's vm context) are not `instanceof` this realm's Uint8Array.
  if (ArrayBuffer.isView(json) && Object.prototype.toString.call(json) === '[object Uint8Array]') {
    let text: string;
    try {
      text = utf8.decode(json as Uint8Array);
    } catch (error) {
      throw new PactParseError('', 'not valid UTF-8 text: pact files must be UTF-8 encoded JSON', { cause: error });
    }
    return parseText(text);
  }
  if (json === null || typeof json !== 'object') {
    throw new PactParseError('', `expected pact JSON text or a pact object, got ${describeValue(json)}`);
  }
  return json;
}

/** The version the metadata declares, under any of the names writers have used. */
function declaredVersion(metadata: PactFile['metadata']): SpecVersion | undefined {
  if (metadata === undefined) return undefined;
  const declared =
    metadata.pactSpecification?.version ?? metadata['pact-specification']?.version ?? metadata.pactSpecificationVersion;
  return parseSpecVersion(declared);
}

function providerStates(raw: RawInteraction | RawMessage): ProviderState[] {
  if (Array.isArray(raw.providerStates)) {
    return raw.providerStates.map((state) => {
      const params = state.params;
      if (isJsonObject(params) && Object.keys(params).length > 0) {
        return { name: state.name, params: toPlainJson(params) as Record<string, JsonValue> };
      }
      return { name: state.name };
    });
  }
  if (typeof raw.providerState === 'string' && raw.providerState !== '') return [{ name: raw.providerState }];
  return [];
}

function httpInteraction(raw: RawInteraction, spec: SpecVersion, at: string): HttpInteraction {
  const interaction: Draft<HttpInteraction> = {
    type: HTTP_TYPE,
    description: raw.description,
    providerStates: providerStates(raw),
    request: normalizeCheckedRequest((raw.request ?? {}) as Record<string, unknown>, spec, keyPath(at, 'request')),
    response: normalizeCheckedResponse((raw.response ?? {}) as Record<string, unknown>, spec, keyPath(at, 'response')),
  };
  if (specAtLeast(spec, '4')) {
    if (raw.key !== undefined) interaction.key = raw.key;
    if (raw.pending !== undefined) interaction.pending = raw.pending;
    if (raw.comments !== undefined) interaction.comments = toPlainJson(raw.comments);
    if (raw.transport !== undefined) interaction.transport = raw.transport;
  }
  return interaction;
}

function otherInteraction(raw: RawInteraction | RawMessage, type: string): OtherInteraction {
  return {
    type,
    description: raw.description,
    providerStates: providerStates(raw),
    raw: toPlainJson(raw) as { [key: string]: JsonValue },
  };
}

/** The first few segments of the path to the most deeply nested value (found without recursion). */
function deepestField(root: unknown, segments = 4): string {
  let best = { depth: -1, path: '' };
  const stack: Array<{ node: unknown; depth: number; path: string }> = [{ node: root, depth: 0, path: '' }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, depth, path } = item;
    if (depth > best.depth) best = { depth, path };
    if (node === null || typeof node !== 'object') continue;
    const entries: Array<[string, unknown]> = Array.isArray(node)
      ? node.map((v, i): [string, unknown] => [indexPath(path, i), v])
      : Object.entries(node).map(([k, v]): [string, unknown] => [keyPath(path, k), v]);
    for (const [childPath, child] of entries) stack.push({ node: child, depth: depth + 1, path: depth < segments ? childPath : path });
  }
  return best.path;
}

/**
 * Load a pact of any spec version (1.0, 1.1, 2, 3, 4) from JSON text (a leading BOM is fine),
 * UTF-8 bytes, or an already parsed object. The version comes from
 * `metadata.pactSpecification.version` (also `pact-specification`, `pactSpecificationVersion`),
 * V3 when absent. HTTP interactions are normalized for matching; V3 `messages` and V4 non-HTTP
 * interactions are kept in `otherInteractions`. JSON number literals in bodies are preserved.
 *
 * @throws PactParseError naming the JSON path of the first bad field, e.g.
 *   `interactions[3].request.method: expected a string, got 42`.
 */
export function parsePact(json: string | object, options: { maxDepth?: number } = {}): Pact {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  let at = '';
  let raw: unknown;
  return guard(
    // A stack overflow before any interaction is reached comes from absurd nesting somewhere in
    // the document; name the field that holds it rather than no path at all.
    (error) => (at === '' && error instanceof RangeError ? deepestField(raw) : at),
    () => {
      raw = toDocument(json);
      // Every walk below (validation, normalizing, writing) recurses; nothing deeper gets there.
      const deep = tooDeepAt(raw, maxDepth + PACT_STRUCTURE_DEPTH);
      if (deep !== undefined) throw new PactParseError(pathText('', deep), depthProblem(maxDepth));
      const document = validatePactJson(raw);
      const declared = declaredVersion(document.metadata);
      const specVersion = declared ?? DEFAULT_SPEC_VERSION;
      const pact: Draft<Pact> & { interactions: HttpInteraction[]; otherInteractions: OtherInteraction[] } = {
        consumer: { name: document.consumer?.name ?? 'consumer' },
        provider: { name: document.provider?.name ?? 'provider' },
        specVersion,
        interactions: [],
        otherInteractions: [],
        metadata: document.metadata === undefined ? {} : (toPlainJson(document.metadata) as { [key: string]: JsonValue }),
      };
      const interactions = document.interactions ?? [];
      for (let i = 0; i < interactions.length; i++) {
        const raw = interactions[i];
        if (raw === undefined) continue;
        at = indexPath('interactions', i);
        // A typed interaction is V4 even in a file that forgot to declare its version.
        const spec = declared === undefined && raw.type !== undefined ? '4' : specVersion;
        const type = raw.type ?? HTTP_TYPE;
        if (type === HTTP_TYPE) pact.interactions.push(httpInteraction(raw, spec, at));
        else pact.otherInteractions.push(otherInteraction(raw, type));
      }
      const messages = document.messages ?? [];
      for (let i = 0; i < messages.length; i++) {
        const raw = messages[i];
        if (raw === undefined) continue;
        at = indexPath('messages', i);
        pact.otherInteractions.push(otherInteraction(raw, 'Asynchronous/Messages'));
      }
      return pact;
    },
  );
}
