import * as http from 'node:http';
import { afterEach } from 'vitest';
import { startMockServer, type StartOptions, type RunningMockServer } from '../../src/server/start.js';

/** Servers started by a test; all closed after it. */
const open: RunningMockServer[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

export async function serve(options: StartOptions): Promise<RunningMockServer> {
  const server = await startMockServer(options);
  open.push(server);
  return server;
}

/** A V3 pact JSON object with the given interactions. */
export function pact(interactions: object[], names = { consumer: 'web', provider: 'users-api' }): object {
  return {
    consumer: { name: names.consumer },
    provider: { name: names.provider },
    interactions,
    metadata: { pactSpecification: { version: '3.0.0' } },
  };
}

/** The two interactions of mock-server.md §3.6. */
export const createUser = {
  description: 'create user',
  request: { method: 'POST', path: '/users', headers: { 'Content-Type': 'application/json' }, body: { name: 'Bob', age: 30 } },
  response: { status: 201, headers: { 'X-Created-By': 'mock', 'Content-Type': 'application/json' }, body: { id: 7 } },
};
export const getUser = {
  description: 'get user 1',
  request: { method: 'GET', path: '/users/1', headers: { Accept: 'application/json', Authorization: 'Bearer abc' } },
  response: { status: 200, headers: { 'Content-Type': 'application/json' }, body: { id: 1, name: 'Bob' } },
};

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Header names as sent, in order. */
  rawNames: string[];
  body: string;
}

/** A plain node:http request (lets tests see raw header names and control the connection). */
export function request(
  url: string,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer; agent?: http.Agent } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const target = new URL(options.path ?? '/', url);
    const req = http.request(
      target,
      { method: options.method ?? 'GET', headers: options.headers, agent: options.agent ?? false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            rawNames: res.rawHeaders.filter((_, i) => i % 2 === 0),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
