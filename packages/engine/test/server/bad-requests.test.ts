import * as net from 'node:net';
import { describe, expect, it } from 'vitest';
import { createUser, getUser, pact, request, serve } from './helpers.js';

const xmlInteraction = {
  description: 'post xml',
  request: { method: 'POST', path: '/xml', headers: { 'Content-Type': 'application/xml' }, body: '<a><b>1</b></a>' },
  response: { status: 200 },
};

/** The server still answers a valid request correctly. */
async function stillServes(url: string): Promise<void> {
  const res = await request(url, { path: '/users/1', headers: { Accept: 'application/json', Authorization: 'Bearer abc' } });
  expect(res.status).toBe(200);
}

/** Sends raw bytes on a socket and resolves when the server closes it or after `ms`. */
function raw(port: number, bytes: string, options: { destroyAfterWrite?: boolean } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (d) => (received += d.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => resolve(received));
    socket.write(bytes, () => {
      if (options.destroyAfterWrite) setTimeout(() => socket.destroy(), 30);
    });
  });
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
}

describe('bad request bodies are recorded, never crash the server', () => {
  it('malformed JSON', async () => {
    const server = await serve({ pact: pact([createUser, getUser]) });
    const res = await request(server.url, { method: 'POST', path: '/users', headers: { 'Content-Type': 'application/json' }, body: '{"name": "Bob", ' });
    expect(res.status).toBe(500);
    expect(res.headers['x-pact']).toBe('Request-Mismatch');
    const [entry] = server.mismatches();
    expect(entry).toMatchObject({ type: 'request-mismatch', description: 'create user' });
    expect(entry?.type === 'request-mismatch' && entry.mismatches.length).toBeGreaterThan(0);
    await stillServes(server.url);
  });

  it('malformed XML and a body in a charset it does not declare', async () => {
    const server = await serve({ pact: pact([xmlInteraction, createUser, getUser]) });
    const bad = await request(server.url, { method: 'POST', path: '/xml', headers: { 'Content-Type': 'application/xml' }, body: '<a><b>1</a>' });
    expect(bad.status).toBe(500);
    const latin1 = await request(server.url, {
      method: 'POST',
      path: '/users',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: Buffer.from([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]), // {"n":"é"} in latin-1
    });
    expect(latin1.status).toBe(500);
    expect(server.mismatches().slice(0, 2)).toEqual([
      expect.objectContaining({ type: 'request-mismatch', description: 'post xml' }),
      expect.objectContaining({ type: 'request-mismatch', description: 'create user' }),
    ]);
    await stillServes(server.url);
  });

  it('a client that disconnects mid-body is recorded as a truncated request', async () => {
    const server = await serve({ pact: pact([createUser, getUser]) });
    await raw(
      server.port,
      'POST /users HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"name":',
      { destroyAfterWrite: true },
    );
    await until(() => server.mismatches()[0]?.type === 'request-mismatch');
    const [entry] = server.mismatches();
    expect(entry).toMatchObject({ type: 'request-mismatch', description: 'create user' });
    expect(entry?.type === 'request-mismatch' && entry.mismatches.at(-1)?.mismatch).toMatch(/truncated.*after 8 of 100 bytes/);
    await stillServes(server.url);
  });

  it('a body over maxBodySize gets 413 and a recorded mismatch', async () => {
    const server = await serve({ pact: pact([createUser, getUser]), maxBodySize: 1024 });
    const big = JSON.stringify({ name: 'x'.repeat(2000), age: 30 });
    const res = await request(server.url, { method: 'POST', path: '/users', headers: { 'Content-Type': 'application/json' }, body: big });
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    const body = JSON.parse(res.body) as { type: string; interaction: string };
    expect(body).toMatchObject({ type: 'request-mismatch', interaction: 'create user' });
    const [entry] = server.mismatches();
    expect(entry?.type === 'request-mismatch' && entry.mismatches.at(-1)?.mismatch).toMatch(/larger than the mock server's maxBodySize of 1024 bytes/);

    // Chunked (no Content-Length): the limit is enforced while reading.
    const chunked = await raw(
      server.port,
      `POST /users HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n${(2000).toString(16)}\r\n${'y'.repeat(2000)}\r\n0\r\n\r\n`,
    );
    expect(chunked).toMatch(/^HTTP\/1\.1 413 /);
    expect(server.mismatches().filter((m) => m.type === 'request-mismatch')).toHaveLength(2);
    await stillServes(server.url);
  });

  it('garbage on the socket gets 400 and the server keeps serving', async () => {
    const server = await serve({ pact: pact([getUser]) });
    const answer = await raw(server.port, 'NOT HTTP AT ALL\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    await stillServes(server.url);
  });

  it('keeps a bounded record: counts everything, stores at most 1000 problems', async () => {
    const server = await serve({ pact: pact([getUser]) });
    const agent = new (await import('node:http')).Agent({ keepAlive: true, maxSockets: 8 });
    try {
      for (let batch = 0; batch < 11; batch++) {
        await Promise.all(Array.from({ length: 100 }, (_, i) => request(server.url, { path: `/nope/${batch}/${i}`, agent })));
      }
    } finally {
      agent.destroy();
    }
    expect(server.counts()).toMatchObject({ requests: 1100, unexpected: 1100 });
    const recorded = server.mismatches().filter((m) => m.type === 'request-not-found');
    expect(recorded).toHaveLength(1000);
    expect(server.matched()).toBe(false);
  });
});
