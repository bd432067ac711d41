import * as http from 'node:http';
import { describe, expect, it } from 'vitest';
import { createUser, getUser, pact, request, serve } from './helpers.js';
import { InteractionIndex } from '../../src/mock/select-interaction.js';
import { PreparedInteraction } from '../../src/mock/prepared-interaction.js';
import { parsePact } from '../../src/model/parse.js';

describe('answering matched requests', () => {
  it('serves status, headers with their spelling, and body; adds no Content-Type', async () => {
    const server = await serve({
      pact: pact([
        createUser,
        { description: 'ping', request: { method: 'GET', path: '/ping' }, response: { status: 200, headers: { 'X-Mixed-Case': 'yes' }, body: 'pong' } },
      ]),
    });
    const res = await request(server.url, {
      method: 'POST',
      path: '/users',
      headers: { 'Content-Type': 'application/json' },
      body: '{"age":30,"name":"Bob"}',
    });
    expect(res.status).toBe(201);
    expect(JSON.parse(res.body)).toEqual({ id: 7 });
    expect(res.rawNames).toContain('X-Created-By');
    expect(res.headers['x-created-by']).toBe('mock');

    const ping = await request(server.url, { path: '/ping' });
    expect(ping.body).toBe('pong');
    expect(ping.rawNames).toContain('X-Mixed-Case');
    expect(ping.headers['content-type']).toBeUndefined();
    expect(ping.headers['access-control-allow-origin']).toBeUndefined(); // cors is off by default
    expect(server.matched()).toBe(true);
    expect(server.mismatches()).toEqual([]);
  });

  it('works with fetch and reports the url it is bound to', async () => {
    const server = await serve({ pact: pact([getUser]) });
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    const res = await fetch(`${server.url}/users/1`, { headers: { Accept: 'application/json', Authorization: 'Bearer abc' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: 1, name: 'Bob' });
    expect(server.matched()).toBe(true);
  });

  it('accepts a chunked request body and binary bodies of any content type', async () => {
    const server = await serve({
      pact: pact([
        {
          description: 'upload text',
          request: { method: 'PUT', path: '/notes', headers: { 'Content-Type': 'text/plain' }, body: 'hello world' },
          response: { status: 204 },
        },
      ]),
    });
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(`${server.url}/notes`, { method: 'PUT', headers: { 'Content-Type': 'text/plain' }, agent: false }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.write('hello ');
      setTimeout(() => req.end('world'), 20);
    });
    expect(status).toBe(204);
    expect(server.matched()).toBe(true);

    const res = await request(server.url, { method: 'POST', path: '/bin', headers: { 'Content-Type': 'application/octet-stream' }, body: Buffer.from([0, 255, 1, 254]) });
    expect(res.status).toBe(500);
    expect(server.counts().requests).toBe(2);
  });

  it('keeps connections alive and answers concurrent requests', async () => {
    const server = await serve({ pact: pact([getUser]) });
    let connections = 0;
    const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
    agent.on('free', () => undefined);
    const counted = new Set<unknown>();
    try {
      const results = await Promise.all(
        Array.from({ length: 100 }, () =>
          new Promise<number>((resolve, reject) => {
            const req = http.request(
              `${server.url}/users/1`,
              { agent, headers: { Accept: 'application/json', Authorization: 'Bearer abc' } },
              (res) => {
                if (!counted.has(res.socket)) {
                  counted.add(res.socket);
                  connections++;
                }
                res.resume();
                res.on('end', () => resolve(res.statusCode ?? 0));
              },
            );
            req.on('error', reject);
            req.end();
          }),
        ),
      );
      expect(results.every((s) => s === 200)).toBe(true);
      expect(connections).toBeLessThanOrEqual(4);
      expect(server.counts()).toEqual({ requests: 100, matched: 100, mismatched: 0, unexpected: 0 });
      expect(server.matched()).toBe(true);
    } finally {
      agent.destroy();
    }
  });

  it('applies response generators per request, with the mock server url in the context', async () => {
    const server = await serve({
      pact: pact([
        {
          description: 'generated',
          request: { method: 'GET', path: '/gen' },
          response: {
            status: 200,
            headers: { 'Content-Type': 'application/json', Location: 'http://example/items/1' },
            body: { id: 1, href: 'http://example/items/1' },
            generators: {
              body: {
                '$.id': { type: 'RandomInt', min: 100, max: 999 },
                '$.href': { type: 'MockServerURL', example: 'http://example/items/1', regex: '.*(/items/\\d+)$' },
              },
            },
          },
        },
      ]),
    });
    const a = JSON.parse((await request(server.url, { path: '/gen' })).body) as { id: number; href: string };
    expect(a.id).toBeGreaterThanOrEqual(100);
    expect(a.id).toBeLessThanOrEqual(999);
    expect(a.href).toBe(`${server.url}/items/1`);
  });
});

describe('multipart/mixed and multipart/related requests over HTTP', () => {
  const B = 'b0undary';
  const text = (json: string, note: string) =>
    `--${B}\r\nContent-Type: application/json\r\nContent-ID: <meta>\r\n\r\n${json}\r\n--${B}\r\nContent-Type: text/plain\r\n\r\n${note}\r\n--${B}--\r\n`;

  it.each(['mixed', 'related'])('multipart/%s: a matching upload gets its response, a different one a 500 naming the part', async (subtype) => {
    const type = `multipart/${subtype}; boundary=${B}`;
    const server = await serve({
      pact: pact([
        {
          description: `upload ${subtype}`,
          request: { method: 'POST', path: '/upload', headers: { 'Content-Type': type }, body: text('{"id":1}', 'hello') },
          response: { status: 201 },
        },
      ]),
    });
    const post = (body: string) => fetch(`${server.url}/upload`, { method: 'POST', headers: { 'Content-Type': type }, body });
    expect((await post(text('{"id":1}', 'hello'))).status).toBe(201);
    const bad = await post(text('{"id":2}', 'hello'));
    expect(bad.status).toBe(500);
    const mismatches = server.mismatches();
    expect(mismatches).toHaveLength(1);
    expect(JSON.stringify(mismatches[0])).toContain("MIME part '0': Expected 2 (Integer) to be equal to 1 (Integer)");
  });
});

describe('choosing the interaction', () => {
  const base = { method: 'GET', path: '/things' };

  it('a full match beats a partial match that checks more', async () => {
    const checksMore = {
      description: 'checks three headers',
      request: { ...base, headers: { A: '1', B: '2', C: '3' } },
      response: { status: 201 },
    };
    const checksLess = { description: 'method and path only', request: base, response: { status: 202 } };
    const server = await serve({ pact: pact([checksMore, checksLess]) });
    const res = await request(server.url, { path: '/things', headers: { A: '1', B: '2', C: 'wrong' } });
    expect(res.status).toBe(202);
  });

  it('the more specific full match wins; equal scores go to the first in pact order', async () => {
    const plain = { description: 'plain', request: base, response: { status: 201 } };
    const withAuth = { description: 'with auth', request: { ...base, headers: { Authorization: 'x' } }, response: { status: 202 } };
    const twin = { description: 'twin of plain', request: base, response: { status: 203 } };
    const server = await serve({ pact: pact([plain, withAuth, twin]) });
    expect((await request(server.url, { path: '/things', headers: { Authorization: 'x' } })).status).toBe(202);
    expect((await request(server.url, { path: '/things' })).status).toBe(201);
    // Hit counts are per interaction: the unreachable twin is reported, not silently counted.
    expect(server.mismatches()).toEqual([expect.objectContaining({ type: 'missing-request', description: 'twin of plain' })]);
    expect(server.matched()).toBe(false);
  });

  it('interactions with a path matching rule are found by the rule', async () => {
    const byRegex = {
      description: 'any user',
      request: { method: 'GET', path: '/users/1', matchingRules: { path: { matchers: [{ match: 'regex', regex: '/users/\\d+' }] } } },
      response: { status: 200, body: 'user' },
    };
    const server = await serve({ pact: pact([byRegex]) });
    expect((await request(server.url, { path: '/users/42' })).status).toBe(200);
    const res = await request(server.url, { path: '/users/abc' });
    expect(res.headers['x-pact']).toBe('Unexpected-Request');
  });

  it('a path held by a single interaction still defers to a better-ranked interaction found by a path rule', () => {
    const idx = new InteractionIndex();
    const byRule = { matchers: [{ match: 'regex', regex: '/u/\\d+' }] };
    parsePact(
      pact([
        { description: 'literal', request: { method: 'GET', path: '/u/1' }, response: { status: 201 } },
        { description: 'by rule', request: { method: 'GET', path: '/u/1', headers: { A: '1' }, matchingRules: { path: byRule } }, response: { status: 202 } },
      ]),
    ).interactions.forEach((interaction, order) => idx.add(new PreparedInteraction(order, interaction, '3')));
    const chosen = (headers: Record<string, string[]>): string | undefined => {
      const selection = idx.select({ method: 'GET', path: '/u/1', headers, body: { kind: 'empty' } });
      return selection.kind === 'match' ? selection.entry.interaction.description : selection.kind;
    };
    expect(chosen({ a: ['1'] })).toBe('by rule');
    expect(chosen({})).toBe('literal');
    expect(chosen({ a: ['2'] })).toBe('literal');
  });

  // Speed with many interactions is measured by bench/ (W4), not asserted here.
  it('finds the last of 200 interactions through the method+path index', async () => {
    const many = Array.from({ length: 200 }, (_, i) => ({
      description: `r${i}`,
      request: { method: 'GET', path: `/r/${i}`, query: { q: ['1'] }, headers: { 'X-Key': 'k' } },
      response: { status: 200, body: `r${i}` },
    }));
    const server = await serve({ pact: pact(many) });
    const res = await request(server.url, { path: '/r/199?q=1', headers: { 'X-Key': 'k' } });
    expect(res.body).toBe('r199');

    const idx = new InteractionIndex();
    parsePact(pact(many)).interactions.forEach((interaction, order) => idx.add(new PreparedInteraction(order, interaction, '3')));
    const actual = { method: 'GET', path: '/r/199', query: { q: ['1'] }, rawQuery: 'q=1', headers: { 'x-key': ['k'] }, body: { kind: 'empty' as const } };
    const selection = idx.select(actual);
    expect(selection.kind).toBe('match');
  });
});
