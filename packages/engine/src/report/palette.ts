// The five colours the reports use, written out rather than taken from picocolors: picocolors
// decides whether the terminal supports colour when it is loaded, which reads `process.stdout` and
// so creates the stdout stream, about 5 ms of every fresh test process (an isolated test file),
// whether a report is ever written or not. Here that question is asked when a report is written.

/** A colour function: the text wrapped in the colour's escape codes, or the text when colour is off. */
export type Colour = (text: string) => string;

/** The colour functions a report is written with (identity functions when colour is off). */
export interface Palette {
  bold: Colour;
  dim: Colour;
  red: Colour;
  green: Colour;
  cyan: Colour;
}

/**
 * Colours on or off: an explicit choice wins; otherwise `NO_COLOR` turns them off, `FORCE_COLOR`
 * on (`0`/`false` off), and else the terminal decides, as picocolors and most CLIs do: `--color`,
 * Windows, a TTY on stdout (not `TERM=dumb`), or CI; `--no-color` says no. Read at call time, not
 * import time, so adapters that set the environment of a worker late are still obeyed.
 */
export function colorEnabled(explicit: boolean | undefined, env: Readonly<Record<string, string | undefined>> = hostEnv()): boolean {
  if (explicit !== undefined) return explicit;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.trim().toLowerCase());
  return terminalSupportsColour(env);
}

interface HostProcess {
  env?: Record<string, string | undefined>;
  argv?: string[];
  platform?: string;
  stdout?: { isTTY?: boolean };
}

/** The process on Node; none in a page, where reports are plain unless asked. */
function hostProcess(): HostProcess | undefined {
  return (globalThis as { process?: HostProcess }).process;
}

function hostEnv(): Readonly<Record<string, string | undefined>> {
  return hostProcess()?.env ?? {};
}

function terminalSupportsColour(env: Readonly<Record<string, string | undefined>>): boolean {
  const host = hostProcess();
  const argv = host?.argv ?? [];
  if (argv.includes('--no-color')) return false;
  return argv.includes('--color') || host?.platform === 'win32' || (host?.stdout?.isTTY === true && env.TERM !== 'dumb') || Boolean(env.CI);
}

/**
 * A colour that opens with `open` and closes with `close`. A close code inside the text (a nested
 * colour that ends early) would end this colour too, so each one found after the start is replaced
 * with `reopen`: the same escape codes picocolors writes.
 */
function colour(open: number, close: number, reopen = `\u001b[${open}m`): Colour {
  const start = `\u001b[${open}m`;
  const end = `\u001b[${close}m`;
  return (text) => {
    let index = text.indexOf(end, start.length);
    if (index === -1) return start + text + end;
    let result = '';
    let cursor = 0;
    do {
      result += text.substring(cursor, index) + reopen;
      cursor = index + end.length;
      index = text.indexOf(end, cursor);
    } while (index !== -1);
    return start + result + text.substring(cursor) + end;
  };
}

// Bold and dim share their close code, so a nested one's close is followed by this one's open.
const COLOURS: Palette = {
  bold: colour(1, 22, '\u001b[22m\u001b[1m'),
  dim: colour(2, 22, '\u001b[22m\u001b[2m'),
  red: colour(31, 39),
  green: colour(32, 39),
  cyan: colour(36, 39),
};
const PLAIN: Palette = { bold: String, dim: String, red: String, green: String, cyan: String };

/** The palette for reports: colours when {@link colorEnabled} says so, plain text otherwise. */
export function paletteFor(explicit: boolean | undefined): Palette {
  return colorEnabled(explicit) ? COLOURS : PLAIN;
}
