import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FixedResponse } from '../workloads.js';
import type { BenchServer, Target } from './types.js';

/**
 * A bare node:http server answering one fixed response with no Pact logic: the most any Node
 * server can do on this machine. It still reads the whole request body, as any real server must.
 */
export function ceilingTarget(response: FixedResponse): Target {
  const flat: string[] = [];
  for (const [name, value] of Object.entries(response.headers)) flat.push(name, value);
  flat.push('Content-Length', String(response.body.length));
  const start = async (): Promise<BenchServer> => {
    const server = http.createServer((req, res) => {
      req.on('data', noop);
      req.on('end', () => {
        res.writeHead(response.status, flat);
        res.end(response.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
      port: (server.address() as AddressInfo).port,
      problems: () => [],
      matchedCount: () => undefined,
      close: () =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        }),
    };
  };
  return {
    start: () => start(),
    async cycle() {
      const server = await start();
      await server.close();
    },
  };
}

function noop(): void {}
