// Test helper: a model request/response as V3 pact-file JSON (what the golden files hold).
import type { HttpRequest, HttpResponse } from '../../src/model/types.js';

export function toPactJson(part: HttpRequest | HttpResponse): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if ('method' in part) {
    out['method'] = part.method;
    out['path'] = part.path;
    if (part.query) out['query'] = part.query;
  } else {
    out['status'] = part.status;
  }
  if (part.headers) out['headers'] = Object.fromEntries(Object.entries(part.headers).map(([k, v]) => [k, v.join(', ')]));
  const body = part.body;
  if (body.kind === 'present') {
    const text = Buffer.from(body.content).toString('utf8');
    out['body'] = body.contentType && /json/.test(body.contentType) ? (JSON.parse(text) as unknown) : text;
  } else if (body.kind === 'empty') {
    out['body'] = '';
  } else if (body.kind === 'null') {
    out['body'] = null;
  }
  if (part.matchingRules) out['matchingRules'] = part.matchingRules;
  if (part.generators) out['generators'] = part.generators;
  return out;
}
