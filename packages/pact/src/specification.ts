import { ConfigurationError } from '@pactwright/engine';
import type { WritableSpecVersion } from '@pactwright/engine';

/**
 * Pact specification versions, with Pact JS's values (they are the native core's enum values).
 *
 * @example
 * ```ts
 * new PactV3({ consumer: 'web', provider: 'api', spec: SpecificationVersion.SPECIFICATION_VERSION_V2 });
 * ```
 */
export enum SpecificationVersion {
  SPECIFICATION_VERSION_V2 = 3,
  SPECIFICATION_VERSION_V3 = 4,
  SPECIFICATION_VERSION_V4 = 5,
}

/** The engine's written version for a Pact JS `spec` option; `fallback` when unset. */
export function writtenSpec(spec: SpecificationVersion | undefined, fallback: WritableSpecVersion): WritableSpecVersion {
  switch (spec) {
    case undefined:
      return fallback;
    case SpecificationVersion.SPECIFICATION_VERSION_V2:
      return '2';
    case SpecificationVersion.SPECIFICATION_VERSION_V3:
      return '3';
    case SpecificationVersion.SPECIFICATION_VERSION_V4:
      return '4';
    default:
      throw new ConfigurationError('spec', `expected a SpecificationVersion (3 = V2, 4 = V3, 5 = V4), got ${String(spec)}`);
  }
}

/**
 * Status classes for `MatchersV3.matchStatus` / a V4 `willRespondWith` status matcher.
 *
 * @example
 * ```ts
 * MatchersV3.matchStatus(HTTPResponseStatusClass.Success, 200);
 * ```
 */
export enum HTTPResponseStatusClass {
  Information = 'information',
  Success = 'success',
  Redirect = 'redirect',
  ClientError = 'clientError',
  ServerError = 'serverError',
  NonError = 'nonError',
  Error = 'error',
}
