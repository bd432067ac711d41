/**
 * The seed-compatible, port-keyed functions of the official `pact_mock_server` library, over a
 * process-global registry of running servers. Adapters and new code should prefer the object API
 * (`startMockServer`); these exist so code written against the official library ports one to one.
 */
import type { MockServerOptions } from './server/types.js';
import { startMockServer, type RunningMockServer } from './server/start.js';
import { stringifySorted } from './mock/sorted-json.js';
import { PactWriteError, PortInUseError } from './errors.js';

const registry = new Map<number, RunningMockServer>();

/**
 * Parses `pactJson` (V1–V4) and starts a mock server for it on `options.host ?? '127.0.0.1'`.
 * Resolves to the bound port (`0` lets the OS pick). Rejects with `PactParseError` (naming the bad
 * field's JSON path) for an invalid pact and `PortInUseError` when the port is taken.
 */
export async function createMockServer(pactJson: string, port = 0, options: MockServerOptions = {}): Promise<number> {
  const server = await startMockServer({ ...options, pact: pactJson, port });
  if (registry.has(server.port)) {
    // Another host on the same port number: the registry is keyed by port, so it cannot hold both.
    await server.close();
    throw new PortInUseError(server.port, options.host ?? '127.0.0.1');
  }
  registry.set(server.port, server);
  return server.port;
}

/**
 * `true` only if every interaction was received, every request matched and nothing unexpected
 * arrived. `false` for an unknown port.
 */
export function mockServerMatched(port: number): boolean {
  return registry.get(port)?.matched() ?? false;
}

/**
 * The mismatches as compact JSON text (keys in alphabetical order), in the official format:
 * `request-mismatch`, `request-not-found` and `missing-request` entries. `undefined` for an unknown port.
 */
export function mockServerMismatches(port: number): string | undefined {
  const server = registry.get(port);
  return server ? stringifySorted(server.mismatches()) : undefined;
}

/**
 * Closes the server on `port` and forgets it. Resolves once the port is free again (open
 * keep-alive connections are closed). `false` if no server runs on that port.
 */
export async function cleanupMockServer(port: number): Promise<boolean> {
  const server = registry.get(port);
  if (!server) return false;
  registry.delete(port);
  await server.close();
  return true;
}

/**
 * Writes (merges, unless `overwrite`) the pact of the server on `port` into `dir` (default: the
 * current directory). Returns `0` written, `1` internal error, `2` the file could not be written,
 * `3` no mock server on that port.
 */
export async function writePactFile(port: number, dir: string = process.cwd(), overwrite = false): Promise<number> {
  const server = registry.get(port);
  if (!server) return 3;
  try {
    await server.writePact(dir === '' ? process.cwd() : dir, { overwrite });
    return 0;
  } catch (error) {
    return error instanceof PactWriteError ? 2 : 1;
  }
}
