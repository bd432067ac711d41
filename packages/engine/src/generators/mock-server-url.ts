import type { Generator, JsonValue } from '../model/types.js';
import { requiredStringAttribute, stringAttribute } from './attributes.js';
import type { GeneratorContext } from './context.js';
import { GeneratorError } from './generator-error.js';

/**
 * `MockServerURL` (V4): the example URL rebased on the running mock server. `regex` runs on the
 * example; its match is replaced by the mock server URL followed by capture group 1, so
 * `{"regex": ".*(/a)", "example": "http://1234:8080/a"}` becomes `<mock server url>/a`.
 */
export function mockServerUrlValue(generator: Generator, current: JsonValue | undefined, context: GeneratorContext): JsonValue {
  const source = requiredStringAttribute(generator, 'regex');
  const example = stringAttribute(generator, 'example') ?? (typeof current === 'string' ? current : undefined);
  if (example === undefined) throw new GeneratorError('MockServerURL: no example URL');
  const base = mockServerBase(context);
  let regex: RegExp;
  try {
    regex = new RegExp(source);
  } catch (error) {
    throw new GeneratorError(`MockServerURL: invalid regex /${source}/`, { cause: error });
  }
  const match = regex.exec(example);
  if (!match) throw new GeneratorError(`MockServerURL: /${source}/ does not match '${example}'`);
  const tail = match[1] ?? '';
  // A trailing slash on the base plus a group starting with one would double it.
  const joined = base.endsWith('/') && tail.startsWith('/') ? base + tail.slice(1) : base + tail;
  return example.slice(0, match.index) + joined + example.slice(match.index + match[0].length);
}

function mockServerBase(context: GeneratorContext): string {
  const server: unknown = context.mockServer;
  if (typeof server === 'object' && server !== null) {
    const { url, href } = server as { url?: unknown; href?: unknown };
    if (typeof url === 'string' && url !== '') return url;
    if (typeof href === 'string' && href !== '') return href;
  }
  throw new GeneratorError('MockServerURL: the context has no mock server URL');
}
