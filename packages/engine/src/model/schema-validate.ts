// Validation of raw pact JSON against schema/pact.schema.json (the same schema the raw TypeScript
// types are generated from). The validators are compiled ahead of time into
// pact-schema-validators.generated.ts, so no process pays for loading ajv or compiling the schema.
import type { ErrorObject } from 'ajv';
import { PactParseError } from '../errors.js';
import type { PactFile, Request as RawRequest, Response as RawResponse } from './pact-file.generated.js';
import { keyPath, pointerToPath } from './json-path.js';
import { containsLosslessNumber, describeValue, isLosslessNumber, toPlainJson, typeArticle } from './json-value.js';
import { pactSchemaValidators } from './pact-schema-validators.generated.js';

/** The shape of an ajv validate function: true, or false with the reasons on `errors`. */
interface Validator<T> {
  (json: unknown): json is T;
  errors?: ErrorObject[] | null;
}

interface Validators {
  pact: Validator<PactFile>;
  request: Validator<RawRequest>;
  response: Validator<RawResponse>;
}

let built: Validators | undefined;

/** Built on the first validation (scripts/generate-from-schema.mjs says why). */
function validators(): Validators {
  if (built === undefined) {
    const generated = pactSchemaValidators();
    built = {
      pact: generated.validatePact as Validator<PactFile>,
      request: generated.validateRequest as Validator<RawRequest>,
      response: generated.validateResponse as Validator<RawResponse>,
    };
  }
  return built;
}

const WRAPPER_KEYWORDS = new Set(['if', 'then', 'else', 'anyOf', 'oneOf', 'allOf', 'not', '$ref']);

function typeList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return String(value).split(',');
}

/** Turn the most specific ajv error into a `PactParseError` with our JSON path and wording. */
function toParseError(errors: readonly ErrorObject[], root: unknown, base: string): PactParseError {
  const error = errors.find((e) => !WRAPPER_KEYWORDS.has(e.keyword)) ?? errors[0];
  if (error === undefined) return new PactParseError(base, 'does not match the pact schema');
  const at = pointerToPath(root, error.instancePath, base);
  const params = error.params as Record<string, unknown>;
  const got = describeValue(error.data);
  switch (error.keyword) {
    case 'type': {
      const types = typeList(params.type).map((t) => (t === 'null' ? 'null' : typeArticle(t)));
      return new PactParseError(at, `expected ${types.join(' or ')}, got ${got}`);
    }
    case 'required':
      return new PactParseError(keyPath(at, String(params.missingProperty)), 'required but missing');
    case 'enum':
      return new PactParseError(
        at,
        `expected one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}, got ${got}`,
      );
    case 'const':
      return new PactParseError(at, `expected ${JSON.stringify(params.allowedValue)}, got ${got}`);
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return new PactParseError(at, `expected a number ${String(params.comparison)} ${String(params.limit)}, got ${got}`);
    case 'additionalProperties':
      return new PactParseError(keyPath(at, String(params.additionalProperty)), 'unexpected field');
    case 'pattern': {
      const expected = (error.parentSchema as { 'x-expected'?: string } | undefined)?.['x-expected'];
      return new PactParseError(at, `expected ${expected ?? `a string matching /${String(params.pattern)}/`}, got ${got}`);
    }
    default:
      return new PactParseError(at, `${error.message ?? 'is invalid'} (got ${got})`);
  }
}

function check<T>(validate: Validator<T>, json: unknown, base: string): T {
  if (validate(json)) return json;
  const errors = validate.errors ?? [];
  // A value parsed with lossless-json holds `LosslessNumber` objects where numbers are; the schema
  // only knows plain numbers, so judge a plain copy before blaming the input.
  if (errors.some((e) => isLosslessNumber(e.data)) || containsLosslessNumber(json)) {
    const plain = toPlainJson(json);
    if (validate(plain)) return json as T;
    throw toParseError(validate.errors ?? [], plain, base);
  }
  throw toParseError(errors, json, base);
}

/** Check a whole pact document; throws `PactParseError` naming the first bad field. */
export function validatePactJson(json: unknown): PactFile {
  return check(validators().pact, json, '');
}

/** Check one request object (pact JSON of any version); `at` prefixes error paths. */
export function validateRequestJson(json: unknown, at: string): RawRequest {
  return check(validators().request, json, at);
}

/** Check one response object (pact JSON of any version); `at` prefixes error paths. */
export function validateResponseJson(json: unknown, at: string): RawResponse {
  return check(validators().response, json, at);
}
