import { DslError } from '../errors.js';
import type { Draft, Generator, MatchingRule } from '../model/types.js';

type Obj = Record<string, unknown>;

const BARE_RULES = new Set(['equality', 'integer', 'decimal', 'number', 'boolean', 'null', 'values', 'notEmpty', 'semver']);

function asCount(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v);
  return undefined;
}

/**
 * The V3 matching rule an integration-JSON matcher stands for, as the Pact core writes it
 * (`timestamp` becomes `datetime`, `include` carries its value, …). `arrayContains` is built by
 * the compiler (its variants are compiled trees). `at` names the place for error messages.
 */
export function ruleOfMatcher(m: Obj, at: string): MatchingRule {
  const type = m['pact:matcher:type'];
  if (typeof type !== 'string') throw new DslError(`${at}: a matcher needs a string 'pact:matcher:type'`);
  if (BARE_RULES.has(type)) return { match: type };
  switch (type) {
    case 'type': {
      const rule: Draft<MatchingRule> = { match: 'type' };
      const min = asCount(m['min']);
      const max = asCount(m['max']);
      if (min !== undefined) rule['min'] = min;
      if (max !== undefined) rule['max'] = max;
      return rule;
    }
    case 'regex': {
      const regex = m['regex'];
      if (typeof regex !== 'string') throw new DslError(`${at}: a regex matcher needs a string 'regex'`);
      return { match: 'regex', regex };
    }
    case 'include':
      return { match: 'include', value: String(m['value']) };
    case 'timestamp':
    case 'datetime':
    case 'date':
    case 'time': {
      const rule: Draft<MatchingRule> = { match: type === 'timestamp' ? 'datetime' : type };
      if (typeof m['format'] === 'string') rule['format'] = m['format'];
      return rule;
    }
    case 'contentType':
    case 'content-type':
      return { match: 'contentType', value: String(m['value']) };
    case 'statusCode':
      return { match: 'statusCode', status: m['status'] };
    case 'eachKey':
    case 'eachValue': {
      const rules = Array.isArray(m['rules']) ? m['rules'] : [];
      return {
        match: type,
        rules: rules.map((r, i) => {
          if (typeof r !== 'object' || r === null) throw new DslError(`${at}: ${type} rule ${i} is not a matcher`);
          return ruleOfMatcher(r as Obj, `${at} (${type} rule ${i})`);
        }),
        // The Pact core records the example as JSON text here.
        value: JSON.stringify(m['value']),
      };
    }
    default:
      throw new DslError(`${at}: unknown matcher type ${JSON.stringify(type)}`);
  }
}

/** The generator `pact:generator:type` asks for, with the defaults the Pact core writes. */
export function generatorOfMatcher(m: Obj, at: string): Generator | undefined {
  const type = m['pact:generator:type'];
  if (type === undefined) return undefined;
  if (typeof type !== 'string') throw new DslError(`${at}: 'pact:generator:type' must be a string`);
  const pick = (...names: string[]): Obj => {
    const out: Obj = {};
    for (const n of names) if (m[n] !== undefined) out[n] = m[n];
    return out;
  };
  switch (type) {
    case 'RandomInt':
      return { type, min: asCount(m['min']) ?? 0, max: asCount(m['max']) ?? 10 };
    case 'RandomDecimal':
    case 'RandomHexadecimal':
      return { type, digits: asCount(m['digits']) ?? 10 };
    case 'RandomString':
      return { type, size: asCount(m['size']) ?? 10 };
    case 'Regex':
      return { type, ...pick('regex') };
    case 'Uuid':
      return { type, ...pick('format') };
    case 'Date':
    case 'Time':
    case 'DateTime':
      return { type, ...pick('format', 'expression') };
    case 'RandomBoolean':
      return { type };
    case 'ProviderState':
      return { type, ...pick('expression', 'dataType') };
    case 'MockServerURL':
      return { type, ...pick('example', 'regex') };
    default:
      throw new DslError(`${at}: unknown generator type ${JSON.stringify(type)}`);
  }
}
