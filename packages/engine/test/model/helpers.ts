import { readFileSync } from 'node:fs';
import type { Body } from '../../src/model/types.js';

/** Text of a fixture under test/model/fixtures. */
export function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

/** A body as `kind` plus UTF-8 text (for present bodies) and recorded content type. */
export function describeBody(body: Body): { kind: string; text?: string; contentType?: string; hint?: string } {
  if (body.kind !== 'present') return { kind: body.kind };
  const out: { kind: string; text?: string; contentType?: string; hint?: string } = { kind: 'present', text: Buffer.from(body.content).toString('utf8') };
  if (body.contentType !== undefined) out.contentType = body.contentType;
  if (body.hint !== undefined) out.hint = body.hint;
  return out;
}
