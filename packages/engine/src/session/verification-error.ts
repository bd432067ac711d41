import { PactVerificationError } from '../errors.js';
import type { MatchResult } from '../matching/types.js';
import type { Problem } from '../mock/outcome.js';
import type { PreparedInteraction } from '../mock/prepared-interaction.js';
import { requestToJson } from '../model/serialize.js';
import { formatProblems } from '../report/format-mismatches.js';
import { closestInteraction } from '../report/closest-interaction.js';
import { paletteFor } from '../report/palette.js';
import type { PlainRequest } from './request-json.js';
import { projectActual } from './request-json.js';

/** An interaction a test registered: as the server serves it, and its expected request as written. */
export interface RegisteredInteraction {
  served: PreparedInteraction;
  /** The expected request as plain JSON (as the user wrote it, for raw pact JSON), for diffs. */
  request: PlainRequest | undefined;
}

/** What one test left behind that the session checks besides the server's verdict. */
export interface TestProblems {
  /** The problems as outcomes, and the interactions no request reached. */
  problems: readonly Problem[];
  missing: readonly PreparedInteraction[];
  /** The same, in the official format (the error's `mismatches`). */
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

/** The closest received vs expected request, for runners that render their own diff. */
function diffPair(problems: TestProblems): { actual?: unknown; expected?: unknown } {
  const written = (served: PreparedInteraction | undefined): PlainRequest | undefined =>
    served === undefined ? undefined : problems.registered.find((entry) => entry.served === served)?.request;
  const mismatched = problems.problems.find((problem) => problem.kind === 'mismatched');
  if (mismatched !== undefined) {
    const expected = written(mismatched.interaction);
    return { expected, actual: projectActual(requestToJson(mismatched.request), expected) };
  }
  const unexpected = problems.problems.find((problem) => problem.kind === 'unexpected');
  if (unexpected !== undefined) {
    const summaries = problems.registered.map((entry) => ({ description: entry.served.description, method: entry.served.interaction.request.method, path: entry.served.interaction.request.path, entry }));
    const expected = closestInteraction(unexpected.request, summaries)?.entry.request;
    return { expected, actual: projectActual(requestToJson(unexpected.request), expected) };
  }
  const [missing] = problems.missing;
  if (missing === undefined) return {};
  const { method, path, query, headers, body } = requestToJson(missing.interaction.request);
  return { expected: written(missing) ?? { method, path, query, headers, body } };
}

/**
 * The error a test fails with: the readable report as message (no engine frames in its stack, so
 * runners do not point at Pactwright's code), plus raw entries and a request pair to diff.
 */
export function buildVerificationError(problems: TestProblems): PactVerificationError {
  const palette = paletteFor(problems.color);
  const count = problems.problems.length + problems.missing.length + problems.unfinished.length;
  const parts = [
    `${palette.bold(palette.red('Pact verification failed'))} (consumer "${problems.consumer}", provider "${problems.provider}"): ${plural(count, 'problem')}`,
  ];
  if (problems.problems.length + problems.missing.length > 0) {
    parts.push(
      formatProblems(problems.problems, problems.missing, {
        color: problems.color,
        maxEntries: MAX_REPORTED_ENTRIES,
        interactions: problems.registered.map((entry) => entry.served),
      }),
    );
  }
  problems.unfinished.forEach((problem, index) => {
    parts.push(
      `${palette.bold(`${problems.problems.length + problems.missing.length + index + 1}) `)}${palette.red('Unfinished interaction: it was not registered')}\n   ${problem}`,
    );
  });
  const error = new PactVerificationError(parts.join('\n\n'), {
    mismatches: problems.mismatches,
    ...diffPair(problems),
    cause: problems.cause,
  });
  error.stack = `${error.name}: ${error.message}`;
  return error;
}
