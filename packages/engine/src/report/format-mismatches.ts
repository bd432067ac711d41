import type { HttpInteraction } from '../model/types.js';
import type { MatchResult } from '../matching/types.js';
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
 * Renders mock-server mismatches as a readable report: per problem the interaction description,
 * the request, and expected vs actual of the part that differs (a line diff for large bodies);
 * unexpected requests in full with the closest interaction; requests expected but never received.
 * Entries keep the server's order (arrival order, then missing ones); problems inside an entry are
 * sorted so the same failure always prints the same text.
 */
export function formatMismatches(results: readonly MatchResult[], options: FormatMismatchesOptions = {}): string {
  const palette = paletteFor(options.color);
  const known = (options.interactions ?? []).map(summarize);
  const limit = options.maxEntries ?? Infinity;
  const shown = results.length > limit ? results.slice(0, Math.max(0, limit)) : results;
  const text = shown
    .map((result, index) => {
      const [title, ...body] = formatResult(result, known, palette);
      const number = `${index + 1}) `;
      const pad = ' '.repeat(number.length);
      return [`${palette.bold(number)}${title ?? ''}`, ...body.map((line) => (line === '' ? '' : pad + line))].join('\n');
    })
    .join('\n\n');
  const hidden = results.length - shown.length;
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

/** The description of an entry: given by the server, else the registered interaction it names. */
function describeEntry(result: MatchResult, known: readonly InteractionSummary[]): string | undefined {
  if (result.type !== 'request-not-found' && result.description !== undefined) return result.description;
  const sameRequest = known.filter(
    (candidate) => candidate.method.toUpperCase() === result.method.toUpperCase() && candidate.path === result.path,
  );
  // Only an unambiguous match may name the interaction.
  return sameRequest.length === 1 ? sameRequest[0]?.description : undefined;
}

function formatResult(result: MatchResult, known: readonly InteractionSummary[], palette: Palette): string[] {
  switch (result.type) {
    case 'request-mismatch': {
      const description = describeEntry(result, known);
      const title = description === undefined
        ? palette.red('Request did not match its interaction')
        : `${palette.red('Request did not match interaction')} ${quoted(description, palette)}`;
      const actual = result.actualRequest;
      const line = actual ? requestLine(actual.method, actual.path, actual.query) : requestLine(result.method, result.path);
      const lines = [title, palette.bold(line)];
      for (const mismatch of orderMismatches(result.mismatches)) lines.push('', ...formatMismatchEntry(mismatch, palette));
      return lines;
    }
    case 'request-not-found': {
      const lines = [palette.red('Unexpected request: no interaction matches'), ...formatRequestBlock(result.request, palette)];
      const closest = closestInteraction(result.request, known);
      if (closest !== undefined) {
        const differs = [
          closest.method.toUpperCase() === result.request.method.toUpperCase() ? undefined : 'method',
          closest.path === result.request.path ? undefined : 'path',
        ].filter((part) => part !== undefined);
        const note = differs.length > 0 ? `; ${differs.join(' and ')} differ${differs.length > 1 ? '' : 's'}` : '';
        lines.push(
          `closest interaction: ${quoted(closest.description, palette)} ${palette.dim(`(${closest.method.toUpperCase()} ${closest.path}${note})`)}`,
        );
      }
      return lines;
    }
    case 'missing-request': {
      const description = describeEntry(result, known);
      const title = description === undefined
        ? palette.red('Expected request was not received')
        : `${palette.red('Expected request was not received:')} ${quoted(description, palette)}`;
      return [title, palette.bold(requestLine(result.request.method, result.request.path, result.request.query))];
    }
  }
}
