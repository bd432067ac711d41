import type { SpecVersion } from './types.js';

/** Every spec version we read, oldest first. */
export const SPEC_VERSIONS: readonly SpecVersion[] = ['1', '1.1', '2', '3', '4'];

/** The version assumed when a pact does not declare one (what the official loader does). */
export const DEFAULT_SPEC_VERSION: SpecVersion = '3';

/** The versions a user can ask a pact file to be written in (the `spec` option). */
export const WRITABLE_SPECS = [2, 3, 4] as const;

/** A version a user can ask for: `2`, `3` or `4` (Pact JS's `SpecificationVersion` values). */
export type WritableSpec = (typeof WRITABLE_SPECS)[number];

/** A version a user can ask for, as the model spells it. */
export type WritableSpecVersion = `${WritableSpec}`;

/** The version written when nothing asks for another. */
export const DEFAULT_WRITTEN_SPEC: WritableSpecVersion = '3';

const ORDER: Record<SpecVersion, number> = { '1': 10, '1.1': 11, '2': 20, '3': 30, '4': 40 };

/** True when `version` is `min` or newer. */
export function specAtLeast(version: SpecVersion, min: SpecVersion): boolean {
  return ORDER[version] >= ORDER[min];
}

/** The newer of two versions. */
export function newerSpec(a: SpecVersion, b: SpecVersion): SpecVersion {
  return ORDER[a] >= ORDER[b] ? a : b;
}

/**
 * A `spec` option as users write it (`4`, `'4'`, `'V4'`, `'4.0'`, `'3.0.0'`) → the version, or
 * `undefined` when it names none we write. `allowV1` also accepts 1 and 1.1, which are only
 * written for pacts that were loaded as such.
 */
export function readSpecOption(value: unknown, allowV1 = false): SpecVersion | undefined {
  if (typeof value !== 'number' && typeof value !== 'string') return undefined;
  if (isSpecVersion(value)) return allowV1 || specAtLeast(value, '2') ? value : undefined;
  const text = String(value).trim();
  if (!/^[vV]?\d+(\.\d+){0,2}$/.test(text)) return undefined;
  const version = parseSpecVersion(text);
  if (version === undefined) return undefined;
  // 5 or 3.1 are not versions we know: refuse rather than write something else.
  const [major = '', minor = '0', patch = '0'] = text.replace(/^[vV]/, '').split('.');
  if (Number(patch) !== 0 || Number(major) > 4 || (Number(minor) !== 0 && version !== '1.1')) return undefined;
  return allowV1 || specAtLeast(version, '2') ? version : undefined;
}

/** The message for a `spec` option that names no version we write. */
export function unknownSpecProblem(value: unknown): string {
  const shown = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return `expected a pact specification version to write (2, 3 or 4), got ${shown}`;
}

/** Narrow a string to a `SpecVersion` (exact spelling: `'1'`, `'1.1'`, `'2'`, `'3'`, `'4'`). */
export function isSpecVersion(value: unknown): value is SpecVersion {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ORDER, value);
}

/**
 * Read a declared version leniently (`"3.0.0"`, `"v2"`, `"1.1"`, `4`, `"4.0"`): major 1 + minor 0
 * is V1, major 1 + minor 1 is V1.1, majors 2–4 as named. Newer majors load as V4 (the latest we
 * know); anything unreadable gives `undefined` so the caller can apply the default.
 */
export function parseSpecVersion(declared: unknown): SpecVersion | undefined {
  const text = typeof declared === 'number' ? String(declared) : declared;
  if (typeof text !== 'string') return undefined;
  const m = /^\s*[vV]?(\d+)(?:\.(\d+))?/.exec(text);
  if (!m) return undefined;
  const major = Number(m[1]);
  const minor = m[2] === undefined ? 0 : Number(m[2]);
  if (major === 1) return minor >= 1 ? '1.1' : '1';
  if (major === 2) return '2';
  if (major === 3) return '3';
  if (major >= 4) return '4';
  return undefined;
}

/** The version string a pact file of that version declares (`"3.0.0"`, V4: `"4.0"`). */
export function specVersionString(version: SpecVersion): string {
  switch (version) {
    case '1':
      return '1.0.0';
    case '1.1':
      return '1.1.0';
    case '2':
      return '2.0.0';
    case '3':
      return '3.0.0';
    case '4':
      return '4.0';
  }
}
