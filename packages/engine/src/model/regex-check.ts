// Load-time check that a pact regex can be compiled at all. Matching compiles pact regexes itself
// (matching/rules/regex.ts, with whole-string semantics); this only rejects sources no engine
// flavour could run, so a bad pact fails at load with a JSON path instead of at the first request.

// Java/Rust inline flags at the start (`(?i)`, `(?s)`), which JavaScript's syntax lacks.
const LEADING_INLINE_FLAGS = /^\(\?[imsx]+\)/;

/** `undefined` when the regex compiles, else the engine's complaint. */
export function regexProblem(source: string): string | undefined {
  const body = source.replace(LEADING_INLINE_FLAGS, '');
  try {
    new RegExp(body);
    return undefined;
  } catch (error) {
    try {
      new RegExp(body, 'u');
      return undefined;
    } catch {
      const message = error instanceof Error ? error.message : String(error);
      // V8 prefixes the message with the whole pattern; keep only the reason.
      const reason = /: ([^:]+)$/.exec(message)?.[1] ?? message;
      return `invalid regular expression ${JSON.stringify(source)}: ${reason}`;
    }
  }
}
