import { describe, expect, it } from 'vitest';
import { closestName } from '../../src/model/closest-name.js';

describe('closestName', () => {
  it('suggests a name one typo away, in any case, a swap of two letters counting as one', () => {
    expect(closestName('baseURL', ['baseUrl', 'outside'])).toBe('baseUrl');
    expect(closestName('pactdir', ['pactDir', 'port'])).toBe('pactDir');
    expect(closestName('mws', ['http', 'msw'])).toBe('msw');
    expect(closestName('porvider', ['consumer', 'provider'])).toBe('provider');
  });

  it('suggests a name the given one is a prefix of, or the other way round', () => {
    expect(closestName('warning', ['warn', 'error'])).toBe('warn');
    expect(closestName('transp', ['transport', 'tls'])).toBe('transport');
  });

  it('suggests nothing for a word that is not close to any name', () => {
    expect(closestName('timeout', ['consumer', 'provider', 'port'])).toBeUndefined();
    expect(closestName('xyz', ['msw', 'http'])).toBeUndefined();
    expect(closestName('a', [])).toBeUndefined();
  });
});
