/**
 * Every mismatch message template, worded as the official Pact engine words them (matching.md §4.2,
 * mock-server.md §3.5): other tools and users' habits read these texts, so they live in one place.
 */

import { countProblem, depthProblem } from '../model/limits.js';

/** Body mismatches one request reports at most; the rest are summed up in one more entry. */
export const MAX_BODY_MISMATCHES = 100;

export const msg = {
  // Parts
  path: (a: string, e: string) => `Expected '${a}' to be equal to '${e}'`,
  status: (e: number, a: number) => `expected ${e} but was ${a}`,
  headerMissing: (k: string) => `Expected a header '${k}' but was missing`,
  headerPrefix: (k: string, inner: string) => `Mismatch with header '${k}': ${inner}`,
  headerParam: (k: string, e: string, a: string) => `Expected header '${k}' to have value '${e}' but was '${a}'`,
  headerParamAt: (k: string, i: number, e: string, a: string) => `Expected header '${k}' at index ${i} to have value '${e}' but was '${a}'`,
  headerValueMissing: (v: string, i: number, n: number) => `Expected value '${v}' at index ${i} but was missing (actual has ${n} value(s))`,
  headerEmptyExpected: (k: string, v: string) => `Expected an empty header '${k}' but actual value was '${v}'`,
  atIndex: (inner: string, i: number) => `${inner} for value at index ${i}`,
  queryMissing: (kind: string, n: string) => `Expected ${kind} '${n}' but was missing`,
  queryUnexpected: (kind: string, n: string) => `Unexpected ${kind} '${n}' received`,
  queryValue: (kind: string, n: string, e: string, a: string) => `Expected ${kind} '${n}' with value '${e}' but was '${a}'`,
  queryCount: (kind: string, n: string, e: number, a: number) => `Expected ${kind} '${n}' with ${e} value(s) but received ${a} value(s)`,
  queryValueMissing: (kind: string, n: string, e: string) => `Expected ${kind} '${n}' value '${e}' but was missing`,
  queryEmptyExpected: (n: string, a: string) => `Expected an empty parameter list for '${n}' but received ${a}`,
  queryString: (e: string, a: string) => `Expected query string '${e}' but received '${a}'`,

  // Body presence and type
  emptyBodyExpected: (desc: string) => `Expected empty body but received ${desc}`,
  bodyMissing: (desc: string) => `Expected body ${desc} but was missing`,
  bodyEmpty: (desc: string) => `Expected body ${desc} but was empty`,
  bodyType: (e: string, a: string) => `Expected a body of '${e}' but the actual content type was '${a}'`,
  parseExpected: (err: string) => `Failed to parse the expected body: '${err}'`,
  parseActual: (err: string) => `Failed to parse the actual body: '${err}'`,

  // Input limits (ours: the official engine stops at serde_json's recursion limit with no path)
  tooDeep: (max: number) => `The actual body is ${depthProblem(max)}`,
  moreMismatches: (n: number | undefined) => `Further body mismatches are not listed${n === undefined ? '' : ` (${n} more)`}: at most ${MAX_BODY_MISMATCHES} are reported per request`,
  tooMany: (what: string, count: number, limit: number, option: string) => `The actual body ${countProblem(what, count, limit, option)}`,

  // JSON structure
  typeMismatch: (a: string, e: string) => `Type mismatch: Expected ${a} to be the same type as ${e}`,
  mapKeys: (e: string[], a: string[]) => `Expected a Map with keys [${e.join(', ')}] but received one with keys [${a.join(', ')}]`,
  mapMissingKeys: (keys: string[]) => `Actual map is missing the following keys: ${keys.join(', ')}`,
  emptyMapExpected: (json: string) => `Expected an empty Map but received ${json}`,
  emptyListExpected: (json: string) => `Expected an empty List but received ${json}`,
  listLength: (e: number, a: number) => `Expected a List with ${e} elements but received ${a} elements`,
  listItemMissing: (json: string) => `Expected ${json} but was missing`,
  minSize: (desc: string, n: number, m: number) => `Expected ${desc} (size ${n}) to have minimum size of ${m}`,
  maxSize: (desc: string, n: number, m: number) => `Expected ${desc} (size ${n}) to have maximum size of ${m}`,

  // Rules on values (`t*` = typed JSON description, plain = string value)
  equalTyped: (a: string, e: string) => `Expected ${a} to be equal to ${e}`,
  equal: (a: string, e: string) => `Expected '${a}' to be equal to '${e}'`,
  sameType: (a: string, e: string) => `Expected ${a} to be the same type as ${e}`,
  include: (a: string, s: string) => `Expected '${a}' to include '${s}'`,
  integerTyped: (a: string) => `Expected ${a} to be an integer`,
  integer: (a: string) => `Expected '${a}' to match an integer number`,
  decimalTyped: (a: string) => `Expected ${a} to be a decimal number`,
  numberTyped: (a: string) => `Expected ${a} to be a number`,
  number: (a: string) => `Expected '${a}' to match a number`,
  nullTyped: (a: string) => `Expected ${a} to be a null value`,
  nullString: (a: string) => `Expected '${a}' to be a null value`,
  booleanTyped: (a: string) => `Expected ${a} to match a boolean`,
  boolean: (a: string) => `Expected ${a} to match a boolean`,
  datePattern: (what: 'date' | 'time' | 'timestamp', a: string, fmt: string) => `Expected '${a}' to match a ${what} pattern of '${fmt}'`,
  contentType: (e: string, d: string) => `Expected binary contents to have content type '${e}' but detected contents was '${d}'`,
  unableToMatch: (a: string, rule: string) => `Unable to match ${a} using ${rule}`,
  notEmptyTyped: (a: string) => `Expected ${a} to not be empty`,
  notEmptyNull: () => 'Expected non-empty value but got a NULL',
  notEmptyBytes: () => 'Expected [] (0 bytes) to not be empty',
  semver: (s: string, detail: string) => `'${s}' is not a valid semantic version - ${detail}`,
  semverNotString: (v: string) => `Expected something that matches a semantic version, but got '${v}'`,
  statusCode: (a: number, desc: string) => `Expected status code ${a} to be a ${desc}`,
  variantNotFound: (i: number, json: string) => `Variant at index ${i} (${json}) was not found in the actual list`,
  variantMissing: (i: number, n: number) => `ArrayContains: variant ${i} is missing from the expected list, which has ${n} items`,
  noMatcher: (p: string) => `No matcher found for path '${p}'`,
  invalidRule: (problem: string) => `Invalid matching rule: ${problem}`,

  // XML
  xmlName: (e: string, a: string) => `Expected '${e}' to be equal to '${a}'`,
  xmlChildMissing: (n: string) => `Expected child <${n}/> but was missing`,
  xmlChildUnexpected: (n: string) => `Unexpected child <${n}/>`,
  xmlNoChildren: (names: string[]) => `Expected no children but received [${names.join(', ')}]`,
  xmlMinChildren: (n: string, m: number) => `Expected '${n}' to have at least ${m} children`,
  xmlMaxChildren: (n: string, m: number) => `Expected '${n}' to have at most ${m} children`,
  xmlAttrMissing: (k: string, v: string) => `Expected attribute '${k}'='${v}' but was missing`,
  xmlAttrCount: (e: number, a: number) => `Expected ${e} attribute(s) but received ${a} attribute(s)`,
  xmlAttrAtLeast: (e: number, a: number) => `Expected at least ${e} attribute(s) but received ${a} attribute(s)`,
  xmlNoAttrs: (attrs: string) => `Did not expect any attributes but received ${attrs}`,

  // Other bodies
  text: (e: string, a: string) => `Expected body '${e}' to match '${a}' using equality but did not match`,
  textUtf8: (which: 'expected' | 'actual', err: string) => `Could not parse ${which} value as UTF-8 text: ${err}`,
  formParse: (which: 'expected' | 'actual', err: string) => `Could not parse ${which} body: ${err}`,
  binary: (act: string, exp: string) => `Actual body ${act} is not equal to the expected body ${exp}`,
  multipartParse: (which: 'expected' | 'actual', err: string) => `Failed to parse the ${which} body as a MIME multipart body: '${err}'`,
  mimePartMissing: (n: string) => `Expected a MIME part '${n}' but was missing`,
  mimeFieldWasFile: (n: string) => `Expected a MIME field '${n}' but was file`,
  mimeFileWasField: (n: string) => `Expected a MIME file '${n}' but was field`,
  mimePrefix: (n: string, inner: string) => `MIME part '${n}': ${inner}`,
  mimeHeaderMissing: (h: string) => `Expected a header '${h}' but was missing`,
} as const;
