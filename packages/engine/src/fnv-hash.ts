/**
 * A 64-bit FNV-1a hash of `text` as 16 hex digits, for file names that must differ between inputs
 * (run records per test file, code caches per install). Not `node:crypto`: its first load costs a
 * fresh process (an isolated test file) about 4 ms, and none of these names guards a secret.
 */
export function fnvHash(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) hash = ((hash ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n) & 0xffffffffffffffffn;
  return hash.toString(16).padStart(16, '0');
}
