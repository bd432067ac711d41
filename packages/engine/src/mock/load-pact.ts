import type { HttpInteraction, Pact } from '../model/types.js';
import { parsePact } from '../model/parse.js';
import { PactParseError } from '../errors.js';

/** The pact a server starts with: a parsed `Pact`, pact JSON text, or a pact JSON object. */
export function loadPact(source: string | object | undefined, names: { consumer?: string; provider?: string }, maxDepth?: number): Pact {
  const pact: Pact =
    source === undefined
      ? { consumer: { name: '' }, provider: { name: '' }, specVersion: '3', interactions: [], otherInteractions: [], metadata: {} }
      : typeof source === 'object' && isParsedPact(source)
        ? source
        : parsePact(source, { maxDepth });
  return {
    ...pact,
    consumer: { name: names.consumer ?? pact.consumer.name },
    provider: { name: names.provider ?? pact.provider.name },
  };
}

/**
 * One interaction for `addInteraction`: a model interaction as is, or interaction JSON (V3, or V4
 * when it carries a `type`) normalized through the model's pact loader so that every rule and
 * default is applied exactly as for a pact file.
 */
export function toInteraction(value: HttpInteraction | object, maxDepth?: number): HttpInteraction {
  if (isModelInteraction(value)) return value;
  const v4 = typeof (value as { type?: unknown }).type === 'string';
  try {
    const pact = parsePact({
      consumer: { name: 'consumer' },
      provider: { name: 'provider' },
      interactions: [value],
      metadata: { pactSpecification: { version: v4 ? '4.0' : '3.0.0' } },
    }, { maxDepth });
    const [interaction] = pact.interactions;
    if (!interaction) throw new PactParseError('interaction', 'not an HTTP interaction');
    return interaction;
  } catch (error) {
    if (error instanceof PactParseError && error.path.startsWith('interactions[0]')) {
      const problem = error.message.slice(error.path.length + 2);
      // No `cause`: it would say the same under the path of the pact built here, which runners print.
      throw new PactParseError('interaction' + error.path.slice('interactions[0]'.length), problem);
    }
    throw error;
  }
}

function isParsedPact(value: object): value is Pact {
  const p = value as Partial<Pact>;
  return typeof p.specVersion === 'string' && Array.isArray(p.interactions) && Array.isArray(p.otherInteractions);
}

function isModelInteraction(value: object): value is HttpInteraction {
  const i = value as Partial<HttpInteraction>;
  return (
    i.type === 'Synchronous/HTTP' &&
    Array.isArray(i.providerStates) &&
    typeof i.request?.body === 'object' &&
    i.request.body !== null &&
    typeof (i.request.body as { kind?: unknown }).kind === 'string' &&
    typeof i.response?.body === 'object' &&
    typeof i.response.status === 'number'
  );
}
