import * as http from 'node:http';
import type { RequestSpec } from './workloads.js';

export interface LoadOutcome {
  sent: number;
  /** Responses by status code. */
  statuses: Record<number, number>;
  /** The first non-200 answer, to show what went wrong. */
  firstFailure?: string;
}

/**
 * Sends exactly `count` requests over `concurrency` keep-alive connections (a count-bounded loop;
 * wrk can only be bounded by time). Used for the MEM phase and the self-check.
 */
export async function sendRequests(port: number, spec: RequestSpec, count: number, concurrency: number): Promise<LoadOutcome> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const outcome: LoadOutcome = { sent: 0, statuses: {} };
  const headers: Record<string, string | number> = { ...spec.headers };
  if (spec.body) headers['Content-Length'] = spec.body.length;
  const one = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, method: spec.method, path: spec.target, headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          outcome.statuses[status] = (outcome.statuses[status] ?? 0) + 1;
          if (status !== 200 && outcome.firstFailure === undefined) {
            outcome.firstFailure = `${status} ${Buffer.concat(chunks).toString('utf8').slice(0, 2000)}`;
          }
          resolve();
        });
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(spec.body);
    });
  const worker = async (): Promise<void> => {
    while (outcome.sent < count) {
      outcome.sent++;
      await one();
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  } finally {
    agent.destroy();
  }
  return outcome;
}
