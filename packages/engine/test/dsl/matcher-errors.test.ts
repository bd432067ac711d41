// A matcher whose example contradicts it fails where it is written, naming the matcher and the value.
import { describe, expect, it } from 'vitest';
import { DslError } from '../../src/errors.js';
import * as M from '../../src/dsl/matchers/index.js';

const cases: [string, () => unknown, RegExp][] = [
  ['regex with a non-matching example', () => M.regex(/\d+/, 'abc'), /^regex\(\/\\d\+\/, "abc"\): the example does not match/],
  ['regex: the whole value must match', () => M.regex('\\d+', '12a'), /regex\("\\\\d\+", "12a"\)/],
  ['regex with a pattern no flavour compiles (parsePact would refuse the pact)', () => M.regex('([', 'x'), /^regex\("\(\[", "x"\): invalid regular expression "\(\[": /],
  ['integer with a fraction', () => M.integer(1.5), /^integer\(1\.5\): the example is not an integer/],
  ['integer with a string (from JS)', () => M.integer('1' as unknown as number), /^integer\("1"\)/],
  ['decimal with a whole number', () => M.decimal(2), /^decimal\(2\)/],
  ['number with NaN', () => M.number(Number.NaN), /^number\(NaN\)/],
  ['eachLike with min 0', () => M.eachLike('x', 0), /^eachLike: min must be a whole number >= 1, got 0/],
  ['eachLike with a fractional min', () => M.eachLike('x', 1.5), /eachLike: min/],
  ['atLeastOneLike with count 0', () => M.atLeastOneLike('x', 0), /atLeastOneLike: count/],
  ['atLeastLike with count < min', () => M.atLeastLike('x', 3, 2), /^atLeastLike\("x", 3, 2\): the example would have 2 elements, fewer than the minimum 3/],
  ['atMostLike with count > max', () => M.atMostLike('x', 2, 3), /^atMostLike\("x", 2, 3\): .*more than the maximum 2/],
  ['constrainedArrayLike with min > max', () => M.constrainedArrayLike('x', 3, 2), /min 3 is greater than max 2/],
  ['constrainedArrayLike with count outside', () => M.constrainedArrayLike('x', 1, 2, 5), /outside 1\.\.2/],
  ['email with a non-address', () => M.email('nope'), /^email\("nope"\): the example does not match/],
  ['uuid upper-case', () => M.uuid('0B8B9A4E-2F43-4A4E-9E56-7C1D2B3A4F5E'), /^uuid\("0B8B9A4E/],
  ['ipv4Address', () => M.ipv4Address('localhost'), /^ipv4Address\("localhost"\)/],
  ['ipv6Address', () => M.ipv6Address('1.2.3.4'), /^ipv6Address\("1\.2\.3\.4"\)/],
  ['hexadecimal', () => M.hexadecimal('xyz'), /^hexadecimal\("xyz"\)/],
  ['iso8601Date', () => M.iso8601Date('01/02/2024'), /^iso8601Date/],
  ['iso8601DateTime', () => M.iso8601DateTime('2024-01-01'), /^iso8601DateTime/],
  ['iso8601DateTimeWithMillis', () => M.iso8601DateTimeWithMillis('2024-01-01T00:00:00Z'), /^iso8601DateTimeWithMillis/],
  ['iso8601Time', () => M.iso8601Time('noon'), /^iso8601Time/],
  ['rfc1123Timestamp', () => M.rfc1123Timestamp('yesterday'), /^rfc1123Timestamp/],
  ['datetime example not in the format', () => M.datetime('yyyy-MM-dd', '02/29/2024'), /^datetime\("yyyy-MM-dd", "02\/29\/2024"\): the example does not fit the format/],
  ['date example not in the format', () => M.date('yyyy-MM-dd', 'tomorrow'), /^date\(/],
  ['time example not in the format', () => M.time('HH:mm', '9.30'), /^time\(/],
  ['datetime without a format', () => M.datetime(''), /^datetime\(""\)/],
  ['string with a number (from JS)', () => M.string(1 as unknown as string), /^string\(1\)/],
  ['boolean with a string (from JS)', () => M.boolean('yes' as unknown as boolean), /^boolean\("yes"\)/],
  ['includes with a number (from JS)', () => M.includes(1 as unknown as string), /^includes\(1\)/],
  ['eachKeyMatches with an array', () => M.eachKeyMatches([] as unknown as Record<string, unknown>), /^eachKeyMatches\(\[\]\)/],
  ['arrayContaining without variants', () => M.arrayContaining(), /arrayContaining\(\)/],
  ['matchStatus outside its class', () => M.matchStatus(404, 'success'), /matchStatus\(404, "success"\)/],
  ['fromProviderState without expression', () => M.fromProviderState('', 1), /fromProviderState\(""/],
];

describe('self-contradicting matchers throw DslError', () => {
  it.each(cases)('%s', (_name, make, message) => {
    expect(make).toThrow(DslError);
    expect(make).toThrow(message);
  });
});

describe('valid examples are accepted', () => {
  it.each([
    ['datetime with offset X', () => M.datetime("yyyy-MM-dd'T'HH:mm:ssXXX", '2024-01-02T03:04:05+01:00')],
    ['datetime with Z', () => M.datetime("yyyy-MM-dd'T'HH:mm:ss.SSSX", '2024-01-02T03:04:05.123Z')],
    ['date with month name', () => M.date('dd MMM yyyy', '02 Feb 2024')],
    ['time with am/pm', () => M.time('hh:mm a', '09:30 PM')],
    ['regex with Ruby-only syntax is not second-guessed', () => M.regex('\\h+\\z', 'ff')],
    ['atLeastLike with min 0 keeps one example element', () => M.atLeastLike('x', 0)],
  ])('%s', (_n, make) => {
    expect(make).not.toThrow();
  });
  it('atLeastLike(x, 0) keeps a template element so its rules reach the pact', () => {
    expect(M.atLeastLike('x', 0)).toStrictEqual({ min: 0, 'pact:matcher:type': 'type', value: ['x'] });
  });
});
