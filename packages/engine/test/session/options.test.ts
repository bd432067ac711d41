import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors.js';
import { resolvePactwrightOptions } from '../../src/session/options.js';

const names = { consumer: 'web', provider: 'users-api' };

function errorOf(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigurationError) return error;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

const defaultLimits = { maxDepth: 128, maxJsonItems: 250_000, maxFormFields: 100_000, maxMultipartParts: 10_000, maxXmlElements: 100_000, maxHeaderSize: 131_072 };

describe('resolvePactwrightOptions', () => {
  it('applies the defaults, resolving pactDir against the working directory', () => {
    expect(resolvePactwrightOptions({ options: names, env: {}, cwd: '/projects/web' })).toEqual({
      consumer: 'web',
      provider: 'users-api',
      pactDir: resolve('/projects/web', 'pacts'),
      host: '127.0.0.1',
      port: 0,
      cors: false,
      tls: false,
      spec: '3',
      logLevel: 'silent',
      limits: defaultLimits,
      writePacts: 'run',
      transport: 'http',
      baseUrl: undefined,
    });
  });

  it('defaults cwd to process.cwd()', () => {
    expect(resolvePactwrightOptions({ options: names, env: {} }).pactDir).toBe(resolve(process.cwd(), 'pacts'));
  });

  it('reads every option from its PACTWRIGHT_* twin', () => {
    const env = {
      PACTWRIGHT_CONSUMER: 'web',
      PACTWRIGHT_PROVIDER: 'orders-api',
      PACTWRIGHT_PACT_DIR: 'out/pacts',
      PACTWRIGHT_HOST: '::1',
      PACTWRIGHT_PORT: '8123',
      PACTWRIGHT_CORS: 'true',
      PACTWRIGHT_TLS: 'false',
      PACTWRIGHT_SPEC: '3',
      PACTWRIGHT_LOG_LEVEL: 'debug',
      PACTWRIGHT_LIMITS: '{"maxDepth": 300, "maxHeaderSize": "262144"}',
      PACTWRIGHT_WRITE_PACTS: 'File',
      PACTWRIGHT_TRANSPORT: 'MSW',
      PACTWRIGHT_BASE_URL: 'http://localhost/api/',
    };
    expect(resolvePactwrightOptions({ env, cwd: '/p' })).toEqual({
      consumer: 'web',
      provider: 'orders-api',
      pactDir: resolve('/p', 'out/pacts'),
      host: '::1',
      port: 8123,
      cors: true,
      tls: false,
      spec: '3',
      logLevel: 'debug',
      limits: { ...defaultLimits, maxDepth: 300, maxHeaderSize: 262_144 },
      writePacts: 'file',
      transport: 'msw',
      baseUrl: 'http://localhost/api',
    });
  });

  it('lets explicit options win over environment variables, and ignores empty ones', () => {
    const env = { PACTWRIGHT_PROVIDER: 'from-env', PACTWRIGHT_PORT: '9000', PACTWRIGHT_CORS: '', PACTWRIGHT_CONSUMER: '' };
    const resolved = resolvePactwrightOptions({ options: { consumer: 'web', provider: 'explicit', port: 0 }, env });
    expect(resolved.provider).toBe('explicit');
    expect(resolved.port).toBe(0);
    expect(resolved.cors).toBe(false);
  });

  it('treats undefined option values as not given', () => {
    const resolved = resolvePactwrightOptions({ options: { ...names, pactDir: undefined }, env: { PACTWRIGHT_PACT_DIR: '/abs/pacts' } });
    expect(resolved.pactDir).toBe('/abs/pacts');
  });

  it('is idempotent on already resolved options', () => {
    const once = resolvePactwrightOptions({ options: { ...names, port: 1234, cors: true }, env: {} });
    expect(resolvePactwrightOptions({ options: { ...once }, env: { PACTWRIGHT_PORT: '1' } })).toEqual(once);
  });

  it('accepts the usual spellings of booleans and the spec version', () => {
    expect(resolvePactwrightOptions({ options: names, env: { PACTWRIGHT_CORS: 'ON' } }).cors).toBe(true);
    expect(resolvePactwrightOptions({ options: names, env: { PACTWRIGHT_CORS: '0' } }).cors).toBe(false);
    expect(resolvePactwrightOptions({ options: { ...names, spec: 3 }, env: {} }).spec).toBe('3');
    expect(resolvePactwrightOptions({ options: names, env: { PACTWRIGHT_SPEC: 'v3' } }).spec).toBe('3');
    expect(resolvePactwrightOptions({ options: { ...names, spec: 4 }, env: {} }).spec).toBe('4');
    expect(resolvePactwrightOptions({ options: { ...names, spec: '2' }, env: {} }).spec).toBe('2');
    expect(resolvePactwrightOptions({ options: names, env: { PACTWRIGHT_SPEC: '4.0' } }).spec).toBe('4');
  });

  describe('a missing consumer or provider', () => {
    it('names the option and the adapter-specific places to set it', () => {
      const error = errorOf(() =>
        resolvePactwrightOptions({
          options: { provider: 'users-api' },
          env: {},
          source: 'testEnvironmentOptions.pactwright in jest.config, a @pactwright-consumer docblock, or PACTWRIGHT_CONSUMER',
        }),
      );
      expect(error.option).toBe('consumer');
      expect(error.message).toBe(
        'consumer: is required but was not set. Set it in testEnvironmentOptions.pactwright in jest.config, a @pactwright-consumer docblock, or PACTWRIGHT_CONSUMER',
      );
    });

    it('appends the environment variable when the source does not mention it', () => {
      const error = errorOf(() =>
        resolvePactwrightOptions({ options: { consumer: 'web' }, env: {}, source: 'the pactwright() plugin options in vitest.config' }),
      );
      expect(error.message).toBe(
        'provider: is required but was not set. Set it in the pactwright() plugin options in vitest.config, or the PACTWRIGHT_PROVIDER environment variable',
      );
    });

    it('lets the source be a function of the option', () => {
      const error = errorOf(() =>
        resolvePactwrightOptions({ options: { consumer: 'web' }, env: {}, source: (option, envVar) => `.mocharc "pactwright.${option}" or ${envVar}` }),
      );
      expect(error.message).toBe('provider: is required but was not set. Set it in .mocharc "pactwright.provider" or PACTWRIGHT_PROVIDER');
    });

    it('has a generic message without a source', () => {
      expect(errorOf(() => resolvePactwrightOptions({ env: {} })).message).toBe(
        'consumer: is required but was not set. Set it in the "consumer" option or the PACTWRIGHT_CONSUMER environment variable',
      );
    });

    it('rejects blank names', () => {
      expect(errorOf(() => resolvePactwrightOptions({ options: { ...names, consumer: '  ' }, env: {} })).message).toBe('consumer: must not be empty');
    });
  });

  describe('bad values', () => {
    it('rejects a port that is not a number, naming the environment variable it came from', () => {
      const error = errorOf(() => resolvePactwrightOptions({ options: names, env: { PACTWRIGHT_PORT: 'abc' } }));
      expect(error.option).toBe('PACTWRIGHT_PORT');
      expect(error.message).toBe('PACTWRIGHT_PORT: expected a port number from 0 to 65535 (0 = any free port), got "abc"');
    });

    it('rejects out-of-range and fractional ports', () => {
      expect(errorOf(() => resolvePactwrightOptions({ options: { ...names, port: 70000 }, env: {} })).message).toBe(
        'port: expected a port number from 0 to 65535 (0 = any free port), got 70000',
      );
      expect(errorOf(() => resolvePactwrightOptions({ options: { ...names, port: 1.5 }, env: {} })).option).toBe('port');
    });

    it('rejects an unknown log level with a suggestion when one is close', () => {
      expect(errorOf(() => resolvePactwrightOptions({ options: { ...names, logLevel: 'loud' }, env: {} })).message).toBe(
        'logLevel: expected one of silent, error, warn, info, debug, trace, got "loud"',
      );
      expect(errorOf(() => resolvePactwrightOptions({ options: { ...names, logLevel: 'warning' }, env: {} })).message).toBe(
        'logLevel: expected one of silent, error, warn, info, debug, trace, got "warning" (did you mean "warn"?)',
      );
    });

    it('validates limits given as an object or as JSON text, naming the option and the key', () => {
      expect(resolvePactwrightOptions({ options: { ...names, limits: { maxJsonItems: 10 } }, env: {} }).limits).toEqual({ ...defaultLimits, maxJsonItems: 10 });
      const unknown = errorOf(() => resolvePactwrightOptions({ options: names, env: { PACTWRIGHT_LIMITS: '{"maxDeph": 3}' } }));
      expect(unknown.option).toBe('PACTWRIGHT_LIMITS.maxDeph');
      expect(unknown.message).toMatch(/^PACTWRIGHT_LIMITS\.maxDeph: unknown limit \(did you mean maxDepth\?\); known: maxDepth, maxJsonItems/);
      expect(errorOf(() => resolvePactwrightOptions({ options: names, env: { PACTWRIGHT_LIMITS: 'maxDepth=3' } })).message).toBe(
        'PACTWRIGHT_LIMITS: expected an object such as { "maxDepth": 256 } (or its JSON text), got "maxDepth=3"',
      );
      expect(errorOf(() => resolvePactwrightOptions({ options: { ...names, limits: { maxDepth: 1001 } }, env: {} })).message).toBe('limits.maxDepth: expected an integer from 1 to 1000, got 1001');
      expect(errorOf(() => resolvePactwrightOptions({ options: { ...names, writePacts: 'files' as never }, env: {} })).message).toBe('writePacts: expected one of run, file, got "files" (did you mean "file"?)');
      expect(errorOf(() => resolvePactwrightOptions({ options: { ...names, transport: 'mws' as never }, env: {} })).message).toBe('transport: expected one of http, msw, got "mws" (did you mean "msw"?)');
      expect(errorOf(() => resolvePactwrightOptions({ options: { ...names, transport: 'msw', port: 8080 }, env: {} })).message).toBe("port: has no meaning with transport 'msw', which starts no server: remove it, or set transport 'http'");
      expect(errorOf(() => resolvePactwrightOptions({ options: { ...names, transport: 'msw', tls: true }, env: {} })).message).toBe("tls: has no meaning with transport 'msw', which starts no server: remove it, or set transport 'http'");
      expect(errorOf(() => resolvePactwrightOptions({ options: { ...names, baseUrl: 'http://localhost/api' }, env: {} })).message).toBe("baseUrl: is only used with transport 'msw' (the HTTP mock server is reached at pact.url): remove it, or set transport: 'msw'");
      // Resolved options passed on by an adapter (defaults filled in) and shared variables are fine.
      expect(resolvePactwrightOptions({ options: { ...names, transport: 'msw', host: '127.0.0.1', port: 0, tls: false }, env: { PACTWRIGHT_PORT: '9000' } }).transport).toBe('msw');
      expect(errorOf(() => resolvePactwrightOptions({ options: names, env: { PACTWRIGHT_BASE_URL: '/api' } })).message).toBe('PACTWRIGHT_BASE_URL: expected an absolute URL such as "http://localhost/api", got "/api"');
      expect(errorOf(() => resolvePactwrightOptions({ options: { ...names, transport: 'msw', baseUrl: 'ws://localhost' }, env: {} })).message).toBe('baseUrl: expected an http: or https: URL, got "ws://localhost"');
      expect(errorOf(() => resolvePactwrightOptions({ options: { ...names, transport: 'msw', baseUrl: 'http://localhost/api?x=1' }, env: {} })).message).toBe('baseUrl: expected a URL without a query or fragment, got "http://localhost/api?x=1"');
      expect(errorOf(() => resolvePactwrightOptions({ options: { ...names, limits: { maxFormFields: -1 } }, env: {} })).message).toBe('limits.maxFormFields: expected a positive integer, got -1');
    });

    it('rejects unknown option keys, suggesting the closest name', () => {
      const error = errorOf(() => resolvePactwrightOptions({ options: { ...names, pactdir: './x' }, env: {} }));
      expect(error.option).toBe('pactdir');
      expect(error.message).toBe(
        'pactdir: unknown option; did you mean "pactDir"? Known options: consumer, provider, pactDir, host, port, cors, tls, spec, logLevel, limits, writePacts, transport, baseUrl',
      );
      expect(errorOf(() => resolvePactwrightOptions({ options: { ...names, timeout: 5 }, env: {} })).message).toBe(
        'timeout: unknown option; Known options: consumer, provider, pactDir, host, port, cors, tls, spec, logLevel, limits, writePacts, transport, baseUrl',
      );
    });

    it('rejects other wrong types', () => {
      expect(errorOf(() => resolvePactwrightOptions({ options: { ...names, cors: 'maybe' }, env: {} })).message).toBe(
        'cors: expected true or false, got "maybe"',
      );
      expect(errorOf(() => resolvePactwrightOptions({ options: { ...names, spec: '5' }, env: {} })).message).toBe(
        'spec: expected a pact specification version to write (2, 3 or 4), got "5"',
      );
      expect(errorOf(() => resolvePactwrightOptions({ options: names, env: { PACTWRIGHT_SPEC: '1' } })).message).toBe(
        'PACTWRIGHT_SPEC: expected a pact specification version to write (2, 3 or 4), got "1"',
      );
      expect(errorOf(() => resolvePactwrightOptions({ options: { ...names, host: 42 }, env: {} })).message).toBe(
        'host: expected a host name or IP address, got 42',
      );
    });
  });
});
