/**
 * What matching works out once per expected body and reuses for every actual one: the parsed
 * expected body, and per expected JSON object and `arrayContains` variant the plans built from it.
 * A memo belongs to one prepared expected request (matching/prepared-request.ts), so it lives
 * exactly as long as the interaction is served; nothing is cached behind the model's back.
 */
export class MatchMemo {
  /** The parsed expected JSON body (or why it does not parse). */
  json: unknown;
  /** The parsed expected XML body (or why it does not parse). */
  xml: unknown;
  /** Per expected JSON object: its keys and their rule cursors (json.ts). */
  readonly objectPlans = new Map<object, unknown>();
  /** Per `arrayContains` variant: the cursor of its own rules (json.ts). */
  readonly variantCursors = new Map<object, unknown>();
}
