// The report palette writes the escape codes picocolors writes (the reports looked like this when
// they used it), without loading picocolors, whose load reads process.stdout.
import picocolors from 'picocolors';
import { describe, expect, it } from 'vitest';
import { colorEnabled, paletteFor } from '../../src/report/palette.js';

const theirs = picocolors.createColors(true);
const SAMPLES = [
  'plain',
  '',
  'a\u001b[39mb',
  '\u001b[22mx\u001b[22m',
  `${theirs.red('in')} out ${theirs.green('g')}`,
  `${theirs.bold('b')}${theirs.dim('d')}tail\u001b[39m\u001b[22m`,
  theirs.bold(`x ${theirs.dim('y')} z`),
];
const COLOURS = ['bold', 'dim', 'red', 'green', 'cyan'] as const;

describe('the report palette', () => {
  it.each(COLOURS)('%s writes what picocolors writes, nested colours included', (name) => {
    for (const text of SAMPLES) expect(JSON.stringify(paletteFor(true)[name](text))).toBe(JSON.stringify(theirs[name](text)));
  });

  it('is plain text when colour is off', () => {
    for (const name of COLOURS) for (const text of SAMPLES) expect(paletteFor(false)[name](text)).toBe(text);
  });

  it('takes NO_COLOR, FORCE_COLOR and CI from the environment, an explicit choice first', () => {
    expect(colorEnabled(true, { NO_COLOR: '1' })).toBe(true);
    expect(colorEnabled(undefined, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
    expect(colorEnabled(undefined, { FORCE_COLOR: '0', CI: '1' })).toBe(false);
    expect(colorEnabled(undefined, { FORCE_COLOR: '1' })).toBe(true);
    expect(colorEnabled(undefined, { CI: 'true' })).toBe(true);
  });
});
