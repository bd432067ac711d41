import type { SpecVersion } from './types.js';

/** Every spec version we read, oldest first. */
export const SPEC_VERSIONS: readonly SpecVersion[] = ['1', '1.1', '2', '3', '4'];

/** The version assumed when a pact does not declare one (what the official loader does). */
export const DEFAULT_SPEC_VERSION: SpecVersion = '3';

/** The version every pact file we write declares. */
export const WRITTEN_SPEC_VERSION = '3.0.0';

const ORDER: Record<SpecVersion, number> = { '1': 10, '1.1': 11, '2': 20, '3': 30, '4': 40 };

/** True when `version` is `min` or newer. */
export function specAtLeast(version: SpecVersion, min: SpecVersion): boolean {
  return ORDER[version] >= ORDER[min];
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
