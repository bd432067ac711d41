/**
 * Whether two bodies' content types are close enough to compare their contents (matching.md §2.7).
 */
import { baseMediaType, parseMediaType, type MediaType } from '../../model/content-type.js';
import { stringRuleList } from '../rules/leaf.js';
import type { CompiledRuleList } from '../rules/rule.js';

function isXmlLike(m: MediaType): boolean {
  return (m.type === 'application' || m.type === 'text') && (m.subtype === 'xml' || m.suffix === 'xml');
}

function sameParams(a: MediaType, b: MediaType): boolean {
  const ka = Object.keys(a.parameters);
  if (ka.length !== Object.keys(b.parameters).length) return false;
  return ka.every((k) => b.parameters[k] === a.parameters[k]);
}

/** `expected` equivalent to `actual`: XML family loosely, otherwise type/subtype (+ params if expected has any). */
export function equivalentTypes(expected: string, actual: string): boolean {
  const e = parseMediaType(expected);
  const a = parseMediaType(actual);
  if (e === undefined || a === undefined) return expected.trim().toLowerCase() === actual.trim().toLowerCase();
  const noParams = Object.keys(e.parameters).length === 0;
  if (isXmlLike(e) && isXmlLike(a)) return noParams || sameParams(e, a);
  if (e.type !== a.type || e.subtype !== a.subtype) return false;
  return noParams || sameParams(e, a);
}

/** The gate: compare contents unless both types are known and disagree. */
export function contentTypesCompatible(
  expected: string | undefined,
  actual: string | undefined,
  contentTypeRule: CompiledRuleList | undefined,
): boolean {
  if (expected === undefined || actual === undefined) return true;
  if (equivalentTypes(expected, actual) || equivalentTypes(expected, baseMediaType(actual))) return true;
  return contentTypeRule !== undefined && stringRuleList(contentTypeRule, expected, actual, false).length === 0;
}
