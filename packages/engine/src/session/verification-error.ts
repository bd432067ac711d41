import { PactVerificationError } from '../errors.js';
import type { HttpInteraction } from '../model/types.js';
import { formatMismatches } from '../report/format-mismatches.js';
import { closestInteraction } from '../report/closest-interaction.js';
import { paletteFor } from '../report/palette.js';
import type { MatchResult } from '../server/types.js';
import type { PlainRequest } from './request-json.js';
import { projectActual } from './request-json.js';

/** An interaction a test registered, with its expected request as plain JSON. */
export interface RegisteredInteraction {
  description: string;
  method: string;
  path: string;
  request: PlainRequest | undefined;
  /** The model interaction, when it came from the DSL (used to name entries in the report). */
  model?: HttpInteraction;
}

/** What one test left behind that the session checks besides the server's verdict. */
export interface TestProblems {
  mismatches: readonly MatchResult[];
  /** The DSL's messages for interactions started but never completed. */
  unfinished: readonly string[];
  registered: readonly RegisteredInteraction[];
  consumer: string;
  provider: string;
  color?: boolean | undefined;
  /** The test's own error, when it also failed on its own: attached as the report's `cause`. */
  cause?: unknown;
}

/** Enough to see every distinct problem of a test; the rest stay in `error.mismatches`. */
const MAX_REPORTED_ENTRIES = 20;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function findExpected(result: MatchResult, registered: readonly RegisteredInteraction[]): RegisteredInteraction | undefined {
  if (result.type === 'request-not-found') return closestInteraction(result.request, registered);
  if (result.description !== undefined) {
    const named = registered.find((entry) => entry.description === result.description);
    if (named !== undefined) return named;
  }
  return registered.find((entry) => entry.method.toUpperCase() === result.method.toUpperCase() && entry.path === result.path);
}

/** The closest received vs expected request, for runners that render their own diff. */
function diffPair(mismatches: readonly MatchResult[], registered: readonly RegisteredInteraction[]): { actual?: unknown; expected?: unknown } {
  const pick =
    mismatches.find((entry) => entry.type === 'request-mismatch') ??
    mismatches.find((entry) => entry.type === 'request-not-found') ??
    mismatches.find((entry) => entry.type === 'missing-request');
  if (pick === undefined) return {};
  const expected = findExpected(pick, registered)?.request;
  switch (pick.type) {
    case 'request-mismatch':
      return { expected, actual: pick.actualRequest && projectActual(pick.actualRequest, expected) };
    case 'request-not-found':
      return { expected, actual: projectActual(pick.request, expected) };
    case 'missing-request': {
      const { method, path, query, headers, body } = pick.request;
      return { expected: expected ?? { method, path, query, headers, body } };
    }
  }
}

/**
 * The error a test fails with: the readable report as message (no engine frames in its stack, so
 * runners do not point at Pactwright's code), plus raw entries and a request pair to diff.
 */
export function buildVerificationError(problems: TestProblems): PactVerificationError {
  const palette = paletteFor(problems.color);
  const count = problems.mismatches.length + problems.unfinished.length;
  const parts = [
    `${palette.bold(palette.red('Pact verification failed'))} (consumer "${problems.consumer}", provider "${problems.provider}"): ${plural(count, 'problem')}`,
  ];
  const models = problems.registered.flatMap((entry) => (entry.model ? [entry.model] : []));
  const summaries = problems.registered.filter((entry) => entry.model === undefined);
  if (problems.mismatches.length > 0) {
    parts.push(
      formatMismatches(problems.mismatches, {
        color: problems.color,
        maxEntries: MAX_REPORTED_ENTRIES,
        // Raw JSON interactions have no model; a summary is all the report reads.
        interactions: [
          ...models,
          ...summaries.map((entry) => ({
            type: 'Synchronous/HTTP' as const,
            description: entry.description,
            providerStates: [],
            request: { method: entry.method, path: entry.path, body: { kind: 'missing' as const } },
            response: { status: 200, body: { kind: 'missing' as const } },
          })),
        ],
      }),
    );
  }
  problems.unfinished.forEach((problem, index) => {
    parts.push(
      `${palette.bold(`${problems.mismatches.length + index + 1}) `)}${palette.red('Unfinished interaction: it was not registered')}\n   ${problem}`,
    );
  });
  const error = new PactVerificationError(parts.join('\n\n'), {
    mismatches: problems.mismatches,
    ...diffPair(problems.mismatches, problems.registered),
    cause: problems.cause,
  });
  error.stack = `${error.name}: ${error.message}`;
  return error;
}

/**
 * Gives a verification error the stack frames of the user's test (for example Jest's
 * `test.asyncError.stack`), so the runner's code frame points at the test, not at Pactwright.
 * Only the frames of `stackFromTest` are used; its own message line is dropped. Returns `error`.
 */
export function withTestStack<E extends Error>(error: E, stackFromTest: string | undefined): E {
  const frames = (stackFromTest ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  error.stack = [`${error.name}: ${error.message}`, ...frames].join('\n');
  return error;
}
