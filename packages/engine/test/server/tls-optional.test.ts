// `selfsigned` is an optional peer dependency: without it, `tls: true` fails with a message that
// says what to install, and `tls: { key, cert }` still works.
import { describe, expect, it, vi } from 'vitest';

vi.mock('selfsigned', () => {
  throw Object.assign(new Error("Cannot find package 'selfsigned'"), { code: 'ERR_MODULE_NOT_FOUND' });
});

describe('tls: true without the optional selfsigned package', () => {
  it('rejects with a ConfigurationError naming the package to install', async () => {
    const { startMockServer } = await import('../../src/server/start.js');
    const { ConfigurationError } = await import('../../src/errors.js');
    const attempt = startMockServer({ tls: true, consumer: 'web', provider: 'api' });
    await expect(attempt).rejects.toBeInstanceOf(ConfigurationError);
    await expect(attempt).rejects.toThrow(
      'tls: true generates a self-signed certificate with the optional package "selfsigned", which is not installed: run `npm install --save-dev selfsigned`, or pass tls: { key, cert } in PEM',
    );
  });
});
