import type { HttpInteraction } from '../model/types.js';
import type { MatchResult, Mismatch } from '../matching/types.js';
import type { RequestJson } from '../model/request-json.js';
import { unexpectedRequestJson } from '../mock/official-json.js';
import type { Problem } from '../mock/outcome.js';
import type { PreparedInteraction } from '../mock/prepared-interaction.js';
import type { InteractionSummary } from './closest-interaction.js';
import { closestInteraction } from './closest-interaction.js';
import { formatMismatchEntry } from './format-mismatch-entry.js';
import { orderMismatches } from '../matching/mismatch-order.js';
import { formatRequestBlock, requestLine } from './format-request.js';
import type { Palette } from './palette.js';
import { paletteFor } from './palette.js';

/** Options of {@link formatMismatches}. */
export interface FormatMismatchesOptions {
  /**
   * `true` for ANSI colours, `false` for plain text. Default: on when the terminal supports it,
   * off with `NO_COLOR`, on with `FORCE_COLOR`.
   */
  color?: boolean;
  /**
   * The interactions that were expected. Used to name the interaction of entries that lack a
   * description and to point an unexpected request at the closest interaction.
   */
  interactions?: readonly HttpInteraction[];
  /**
   * Show at most this many entries, then a count of the rest (a client in a retry loop can
   * produce hundreds of identical entries). Default: all.
   */
  maxEntries?: number;
}

/**
 * One entry of a report, whichever source it was read from: outcomes (the engine's own mock) or
 * the official mismatch JSON (any mock server's `mismatches`).
 */
type ReportEntry =
  | { kind: 'mismatch'; description: string | undefined; line: string; mismatches: readonly Mismatch[] }
  | { kind: 'unexpected'; request: RequestJson; closest: InteractionSummary | undefined }
  | { kind: 'missing'; description: string | undefined; line: string };

/**
 * Renders mock-server mismatches as a readable report: per problem the interaction description,
 * the request, and expected vs actual of the part that differs (a line diff for large bodies);
 * unexpected requests in full with the closest interaction; requests expected but never received.
 * Entries keep the server's order (arrival order, then missing ones); problems inside an entry are
 * in the one mismatch order, so the same failure always prints the same text.
 *
 * @example
 * ```ts
 * import { formatMismatches, mockServerMismatches } from '@pactwright/engine';
 * console.log(formatMismatches(JSON.parse(mockServerMismatches(port)), { color: false }));
 * ```
 */
export function formatMismatches(results: readonly MatchResult[], options: FormatMismatchesOptions = {}): string {
  const known = (options.interactions ?? []).map(summarize);
  return render(results.map((result) => entryOfResult(result, known)), options);
}

/** Options of {@link formatProblems}. */
export interface FormatProblemsOptions extends Omit<FormatMismatchesOptions, 'interactions'> {
  /** The interactions served, to point an unexpected request at the closest one. */
  interactions?: readonly PreparedInteraction[];
}

/**
 * The same report, read from the mock's outcomes: the problems a verification found and the
 * interactions no request reached. Each entry names its interaction from the outcome itself.
 */
export function formatProblems(problems: readonly Problem[], missing: readonly PreparedInteraction[], options: FormatProblemsOptions = {}): string {
  const known = (options.interactions ?? []).map((prepared) => summarize(prepared.interaction));
  const entries: ReportEntry[] = problems.map((problem): ReportEntry => {
    if (problem.kind === 'mismatched') {
      const { request } = problem;
      return { kind: 'mismatch', description: problem.interaction.description, line: requestLine(request.method, request.path, request.query), mismatches: problem.match.mismatches() };
    }
    const request = unexpectedRequestJson(problem);
    return { kind: 'unexpected', request, closest: closestInteraction(request, known) };
  });
  for (const prepared of missing) {
    const { request } = prepared.interaction;
    entries.push({ kind: 'missing', description: prepared.description, line: requestLine(request.method, request.path, request.query) });
  }
  return render(entries, options);
}

function render(entries: readonly ReportEntry[], options: { color?: boolean; maxEntries?: number }): string {
  const palette = paletteFor(options.color);
  const limit = options.maxEntries ?? Infinity;
  const shown = entries.length > limit ? entries.slice(0, Math.max(0, limit)) : entries;
  const text = shown
    .map((entry, index) => {
      const [title, ...body] = formatEntry(entry, palette);
      const number = `${index + 1}) `;
      const pad = ' '.repeat(number.length);
      return [`${palette.bold(number)}${title ?? ''}`, ...body.map((line) => (line === '' ? '' : pad + line))].join('\n');
    })
    .join('\n\n');
  const hidden = entries.length - shown.length;
  if (hidden === 0) return text;
  const more = palette.dim(`… and ${hidden} more problem${hidden === 1 ? '' : 's'} not shown`);
  return text === '' ? more : `${text}\n\n${more}`;
}

function summarize(interaction: HttpInteraction): InteractionSummary {
  return { description: interaction.description, method: interaction.request.method, path: interaction.request.path };
}

function quoted(description: string, palette: Palette): string {
  return palette.bold(`"${description}"`);
}

/** The description of a JSON entry: given by the server, else the registered interaction it names. */
function describeEntry(result: MatchResult, known: readonly InteractionSummary[]): string | undefined {
  if (result.type !== 'request-not-found' && result.description !== undefined) return result.description;
  const sameRequest = known.filter(
    (candidate) => candidate.method.toUpperCase() === result.method.toUpperCase() && candidate.path === result.path,
  );
  // Only an unambiguous match may name the interaction.
  return sameRequest.length === 1 ? sameRequest[0]?.description : undefined;
}

function entryOfResult(result: MatchResult, known: readonly InteractionSummary[]): ReportEntry {
  switch (result.type) {
    case 'request-mismatch': {
      const actual = result.actualRequest;
      const line = actual ? requestLine(actual.method, actual.path, actual.query) : requestLine(result.method, result.path);
      return { kind: 'mismatch', description: describeEntry(result, known), line, mismatches: orderMismatches(result.mismatches) };
    }
    case 'request-not-found':
      return { kind: 'unexpected', request: result.request, closest: closestInteraction(result.request, known) };
    case 'missing-request':
      return { kind: 'missing', description: describeEntry(result, known), line: requestLine(result.request.method, result.request.path, result.request.query) };
  }
}

function formatEntry(entry: ReportEntry, palette: Palette): string[] {
  switch (entry.kind) {
    case 'mismatch': {
      const title = entry.description === undefined
        ? palette.red('Request did not match its interaction')
        : `${palette.red('Request did not match interaction')} ${quoted(entry.description, palette)}`;
      const lines = [title, palette.bold(entry.line)];
      for (const mismatch of entry.mismatches) lines.push('', ...formatMismatchEntry(mismatch, palette));
      return lines;
    }
    case 'unexpected': {
      const { request, closest } = entry;
      const lines = [palette.red('Unexpected request: no interaction matches'), ...formatRequestBlock(request, palette)];
      if (closest !== undefined) {
        const differs = [
          closest.method.toUpperCase() === request.method.toUpperCase() ? undefined : 'method',
          closest.path === request.path ? undefined : 'path',
        ].filter((part) => part !== undefined);
        const note = differs.length > 0 ? `; ${differs.join(' and ')} differ${differs.length > 1 ? '' : 's'}` : '';
        lines.push(
          `closest interaction: ${quoted(closest.description, palette)} ${palette.dim(`(${closest.method.toUpperCase()} ${closest.path}${note})`)}`,
        );
      }
      return lines;
    }
    case 'missing': {
      const title = entry.description === undefined
        ? palette.red('Expected request was not received')
        : `${palette.red('Expected request was not received:')} ${quoted(entry.description, palette)}`;
      return [title, palette.bold(entry.line)];
    }
  }
}
