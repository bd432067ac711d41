// Generated values must pass the matchers a consumer pairs them with (the DSL emits a `timestamp`
// matcher and a `DateTime` generator with the same format, a `regex` matcher with a `Regex`
// generator). These tests run the matching layer's own validators on what the generators produce.
import { describe, expect, it } from 'vitest';
import { generateValue, type GeneratorContext } from '../../src/generators/index.js';
import { compileDatePattern, validateDate } from '../../src/matching/rules/datetime-pattern.js';
import { compilePactRegex } from '../../src/matching/rules/regex.js';

const ZONES = ['UTC', '+05:30', '-08:00', 'Europe/Paris', 'America/New_York'];
const BASES = ['2024-02-29T23:59:59.999Z', '2024-05-01T00:00:00.000Z', '2023-12-31T12:30:00.001Z'];

describe('generated dates pass the date matchers', () => {
  const formats = [
    'yyyy-MM-dd',
    'HH:mm:ss',
    "yyyy-MM-dd'T'HH:mm:ssXXX",
    "yyyy-MM-dd'T'HH:mm:ss.SSSXXX",
    "yyyy-MM-dd'T'HH:mm:ss.SSSxx",
    'EEE, dd MMM yyyy HH:mm:ss Z',
    'EEEE d MMMM yyyy hh:mm a',
    'dd/MM/yy HH:mm',
  ];
  for (const format of formats) {
    it(`'${format}'`, () => {
      const pattern = compileDatePattern(format);
      if (pattern instanceof Error) throw pattern;
      for (const timeZone of ZONES) {
        for (const baseDateTime of BASES) {
          const context: GeneratorContext = { timeZone, baseDateTime };
          const value = generateValue({ type: 'DateTime', format, expression: 'tomorrow @ noon' }, 'example', context);
          expect(value).not.toBe('example');
          expect(validateDate(pattern, value as string), `${String(value)} (${timeZone})`).toBeUndefined();
        }
      }
    });
  }
});

describe('generated strings pass the regex matcher', () => {
  for (const source of ['\\d{4}-\\d{2}-\\d{2}', '^[A-Z][a-z]+ [A-Z][a-z]+$', '(GET|POST|PUT)', '\\h{8}', '[\\w.]+@example\\.(com|org)']) {
    it(`/${source}/`, () => {
      const matcher = compilePactRegex(source);
      if (matcher instanceof Error) throw matcher;
      for (let i = 0; i < 50; i++) expect(generateValue({ type: 'Regex', regex: source }, 'x')).toMatch(matcher);
    });
  }
});
