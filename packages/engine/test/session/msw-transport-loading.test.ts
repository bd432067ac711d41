// `transport: 'msw'` loads @pactwright/msw by name; a project without it, or with something else
// under that name, gets a message that says what to install.
import { describe, expect, it } from 'vitest';
import { ConfigurationError, PactwrightError } from '../../src/errors.js';
import { loadMswTransport } from '../../src/session/intercepted-mock.js';

describe('loading the msw transport', () => {
  it('names the packages to install when it is missing', async () => {
    const error = await loadMswTransport('@pactwright/no-such-transport').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toBe("transport: 'msw' needs the packages @pactwright/msw and msw: npm install --save-dev @pactwright/msw msw");
  });

  it('says so when the package found has no transport in it', async () => {
    const error = await loadMswTransport('node:path').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PactwrightError);
    expect((error as Error).message).toContain('@pactwright/msw has no interceptMock export');
  });
});
