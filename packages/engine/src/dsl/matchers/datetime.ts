import { DslError } from '../../errors.js';
import { invalid, show } from './check.js';
import { fitsJavaFormat, renderJavaFormat } from './java-date-format.js';
import type { DateTimeMatcher } from './types.js';

type Kind = { name: string; rule: 'timestamp' | 'date' | 'time'; generator: 'DateTime' | 'Date' | 'Time' };

function dateMatcher(kind: Kind, format: string, example: string | undefined): DateTimeMatcher {
  if (typeof format !== 'string' || format === '') {
    throw new DslError(`${kind.name}(${show(format)}): the format must be a non-empty Java date/time pattern`);
  }
  if (example === undefined) {
    // Pact JS throws here; recording the generator (as its code intends) gives the mock server a
    // current value to answer with, and the example keeps the pact file readable.
    return {
      'pact:generator:type': kind.generator,
      'pact:matcher:type': kind.rule,
      format,
      value: renderJavaFormat(format, new Date()),
    };
  }
  if (typeof example !== 'string') throw invalid(kind.name, example, 'the example must be a string');
  if (!fitsJavaFormat(format, example)) {
    throw new DslError(`${kind.name}(${JSON.stringify(format)}, ${JSON.stringify(example)}): the example does not fit the format`);
  }
  return { 'pact:matcher:type': kind.rule, format, value: example };
}

/**
 * A date-time string in the given Java `DateTimeFormatter` pattern; without an example the mock
 * server answers with the current date-time (`DateTime` generator).
 * @example datetime("yyyy-MM-dd'T'HH:mm:ss", '2024-01-02T03:04:05')
 */
export function datetime(format: string, example?: string): DateTimeMatcher {
  return dateMatcher({ name: 'datetime', rule: 'timestamp', generator: 'DateTime' }, format, example);
}

/**
 * Same as {@link datetime} (the Pact JS name).
 * @example timestamp('yyyy-MM-dd HH:mm', '2024-01-02 03:04')
 */
export function timestamp(format: string, example?: string): DateTimeMatcher {
  return dateMatcher({ name: 'timestamp', rule: 'timestamp', generator: 'DateTime' }, format, example);
}

/**
 * A date string in the given Java pattern; without an example, the current date (`Date` generator).
 * @example date('yyyy-MM-dd', '2024-02-29')
 */
export function date(format: string, example?: string): DateTimeMatcher {
  return dateMatcher({ name: 'date', rule: 'date', generator: 'Date' }, format, example);
}

/**
 * A time string in the given Java pattern; without an example, the current time (`Time` generator).
 * @example time('HH:mm', '09:30')
 */
export function time(format: string, example?: string): DateTimeMatcher {
  return dateMatcher({ name: 'time', rule: 'time', generator: 'Time' }, format, example);
}
