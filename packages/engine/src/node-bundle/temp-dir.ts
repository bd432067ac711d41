/**
 * The OS temp directory, as `os.tmpdir()` gives it, without loading `node:os` where Node's rule is
 * plain: on POSIX, `TMPDIR`, `TMP` or `TEMP`, else `/tmp`, without a trailing slash. An isolated
 * test file loads the code cache in a fresh process that has no other use for `node:os`, and
 * loading it costs about 0.4 ms there (profiled in Vitest's workers). Windows, and a process whose
 * user or group ids were changed (where Node reads no environment variable for this), ask
 * `node:os`.
 *
 * @example
 * ```ts
 * const folder = path.join(tempDir(), 'pactwright-code-cache-1000');
 * ```
 */
export function tempDir(): string {
  if (process.platform === 'win32' || process.getuid?.() !== process.geteuid?.() || process.getgid?.() !== process.getegid?.()) {
    return process.getBuiltinModule('node:os').tmpdir();
  }
  const { TMPDIR, TMP, TEMP } = process.env;
  const dir = TMPDIR || TMP || TEMP || '/tmp';
  return dir.length > 1 && dir.endsWith('/') ? dir.slice(0, -1) : dir;
}
