import picocolors from 'picocolors';

/** The colour functions a report is written with (identity functions when colour is off). */
export type Palette = ReturnType<typeof picocolors.createColors>;

/**
 * Colours on or off: an explicit choice wins; otherwise `NO_COLOR` turns them off, `FORCE_COLOR`
 * on (`0`/`false` off), and else picocolors' terminal detection decides. Read at call time, not
 * import time, so adapters that set the environment of a worker late are still obeyed.
 */
export function colorEnabled(explicit: boolean | undefined, env: Readonly<Record<string, string | undefined>> = hostEnv()): boolean {
  if (explicit !== undefined) return explicit;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.trim().toLowerCase());
  return picocolors.isColorSupported;
}

/** The process environment on Node; none in a page, where reports are plain unless asked. */
function hostEnv(): Readonly<Record<string, string | undefined>> {
  return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {};
}

export function paletteFor(explicit: boolean | undefined): Palette {
  return picocolors.createColors(colorEnabled(explicit));
}
