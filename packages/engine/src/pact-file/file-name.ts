import * as path from 'node:path';
import { PactWriteError } from '../errors.js';

/**
 * The pact file for a consumer/provider pair: `<consumer>-<provider>.json` directly inside `dir`.
 * Names that could place the file anywhere else (path separators, NUL, `.`/`..`, empty) are
 * refused rather than silently rewritten, so two differently spelled names can never collide.
 */
export function pactFilePath(dir: string, consumer: string, provider: string): string {
  checkName('consumer', consumer);
  checkName('provider', provider);
  const root = path.resolve(dir);
  const file = path.resolve(root, `${consumer}-${provider}.json`);
  if (path.dirname(file) !== root) {
    throw new PactWriteError(`pact file name for '${consumer}' and '${provider}' would leave the directory ${root}`, file);
  }
  return file;
}

function checkName(role: string, name: string): void {
  if (typeof name !== 'string' || name.trim() === '') {
    throw new PactWriteError(`cannot write a pact file: the ${role} name is empty`);
  }
  // eslint-disable-next-line no-control-regex
  if (/[/\\\u0000-\u001f]/.test(name) || name === '.' || name === '..') {
    throw new PactWriteError(
      `cannot write a pact file: the ${role} name ${JSON.stringify(name)} contains a path separator or control character`,
    );
  }
}
