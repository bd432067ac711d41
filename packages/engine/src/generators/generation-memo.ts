/**
 * What generation works out once per response and reuses for every request it answers: which
 * generators run in each mode, the example body read for generation, and the JSON templates with
 * holes for generated values. A memo belongs to one response plan (mock/response-plan.ts), so it
 * lives exactly as long as the interaction is served; nothing is cached behind the model's back.
 */
export class GenerationMemo {
  /** By mode: the generators that run in it (generate-response.ts). */
  readonly active = new Map<string, unknown>();
  /** The example body as read for generation, with the headers its content type came from (body.ts). */
  example: { headers: unknown; example: unknown } | undefined;
  /** By generator list, then by parsed example: the template, or `null` when none fits (json-body.ts). */
  readonly templates = new Map<object, Map<object, unknown>>();
}

/**
 * A new memo. A function, not the class, for code outside the generators: the engine's Node bundle
 * loads the generators on first use, and only functions can be handed out before that
 * (scripts/node-bundle-split.mjs).
 */
export function createGenerationMemo(): GenerationMemo {
  return new GenerationMemo();
}
