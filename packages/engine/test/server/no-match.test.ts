import { describe, expect, it } from 'vitest';
import { createUser, getUser, pact, request, serve } from './helpers.js';

const JSON_UTF8 = 'application/json; charset=utf-8';

describe('a request that matches no interaction', () => {
  it('partial match → 500 Request-Mismatch with the closest interaction and its mismatches', async () => {
    const server = await serve({ pact: pact([createUser, getUser]) });
    const res = await request(server.url, {
      method: 'POST',
      path: '/users',
      headers: { 'Content-Type': 'application/json' },
      body: '{"name":"Fred","age":30}',
    });
    expect(res.status).toBe(500);
    expect(res.headers['x-pact']).toBe('Request-Mismatch');
    expect(res.headers['content-type']).toBe(JSON_UTF8);
    const body = JSON.parse(res.body) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['error', 'interaction', 'mismatches', 'request', 'type']);
    expect(body['type']).toBe('request-mismatch');
    expect(body['interaction']).toBe('create user');
    expect(body['error']).toMatch(/^Request-Mismatch : POST \/users does not match interaction 'create user'/);
    expect(body['mismatches']).toEqual([
      {
        actual: '"Fred"',
        expected: '"Bob"',
        mismatch: "Expected 'Fred' (String) to be equal to 'Bob' (String)",
        path: '$.name',
        type: 'BodyMismatch',
      },
    ]);
    expect(body['request']).toMatchObject({ method: 'POST', path: '/users', body: { name: 'Fred', age: 30 } });

    // The recorded entry: the official fields plus description and the actual request.
    const [entry, missing] = server.mismatches();
    expect(entry).toEqual({
      type: 'request-mismatch',
      method: 'POST',
      path: '/users',
      description: 'create user',
      mismatches: body['mismatches'],
      actualRequest: body['request'],
    });
    // The partially matched interaction is not also reported missing; the untouched one is.
    expect(missing).toMatchObject({ type: 'missing-request', method: 'GET', path: '/users/1', description: 'get user 1' });
    expect(server.mismatches()).toHaveLength(2);
    expect(server.matched()).toBe(false);
  });

  it('missing header → a HeaderMismatch with the debug-quoted expected value', async () => {
    const server = await serve({ pact: pact([getUser]) });
    const res = await request(server.url, { path: '/users/1', headers: { Accept: 'application/json' } });
    expect(res.status).toBe(500);
    expect(res.headers['x-pact']).toBe('Request-Mismatch');
    const [entry] = server.mismatches();
    expect(entry).toMatchObject({
      type: 'request-mismatch',
      method: 'GET',
      path: '/users/1',
      mismatches: [
        {
          actual: '',
          expected: '"Bearer abc"',
          key: 'Authorization',
          mismatch: "Expected a header 'Authorization' but was missing",
          type: 'HeaderMismatch',
        },
      ],
    });
  });

  it('method or path differs → 500 Unexpected-Request with the request as received, no details', async () => {
    const server = await serve({ pact: pact([getUser]) });
    const res = await request(server.url, { method: 'DELETE', path: '/users/1?force=true', headers: { Accept: '*/*' } });
    expect(res.status).toBe(500);
    expect(res.headers['x-pact']).toBe('Unexpected-Request');
    expect(res.headers['content-type']).toBe(JSON_UTF8);
    const body = JSON.parse(res.body) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['error', 'request', 'type']);
    expect(body['type']).toBe('request-not-found');
    expect(body['error']).toBe('Unexpected-Request : no interaction matches DELETE /users/1');
    const host = new URL(server.url).host;
    expect(body['request']).toEqual({
      method: 'DELETE',
      path: '/users/1',
      query: { force: ['true'] },
      headers: { accept: '*/*', host, connection: 'close' },
      body: '',
    });
    expect(server.mismatches()[0]).toEqual({ type: 'request-not-found', method: 'DELETE', path: '/users/1', request: body['request'] });
  });

  it('a request sharing method and path with an interaction gets its details, even when another route scores higher', async () => {
    // Official scoring ranks "get user 1" (GET: method -1, path +1, Accept and Authorization +2 = 2)
    // above "rename user 1" (method +1, path +1, Content-Type +1, two body problems -2 = 1), so the
    // official server answers "unexpected request" with no details; we report the body mismatch.
    const renameUser = {
      description: 'rename user 1',
      request: { method: 'PUT', path: '/users/1', headers: { 'Content-Type': 'application/json' }, body: { name: 'Ann', tags: ['a', 'b'] } },
      response: { status: 204 },
    };
    const server = await serve({ pact: pact([getUser, renameUser]) });
    const res = await request(server.url, {
      method: 'PUT',
      path: '/users/1',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: 'Bearer abc' },
      body: '{"name":"Bea","tags":["a"]}',
    });
    expect(res.headers['x-pact']).toBe('Request-Mismatch');
    const body = JSON.parse(res.body) as { interaction: string; mismatches: { path: string }[] };
    expect(body.interaction).toBe('rename user 1');
    expect(body.mismatches.map((m) => m.path)).toContain('$.name');
    expect(server.mismatches().map((m) => m.type)).toEqual(['request-mismatch', 'missing-request']);
  });

  it('a pact without interactions reports every request as unexpected', async () => {
    const server = await serve({ pact: pact([]) });
    const res = await request(server.url, { path: '/' });
    expect(res.headers['x-pact']).toBe('Unexpected-Request');
    expect(server.mismatches().map((m) => m.type)).toEqual(['request-not-found']);
  });

  it('never-called interactions are missing-request entries with the expected request, in pact order', async () => {
    const server = await serve({ pact: pact([getUser, createUser]) });
    expect(server.matched()).toBe(false);
    expect(server.mismatches()).toEqual([
      {
        type: 'missing-request',
        method: 'GET',
        path: '/users/1',
        description: 'get user 1',
        request: { method: 'GET', path: '/users/1', headers: { Accept: 'application/json', Authorization: 'Bearer abc' } },
      },
      {
        type: 'missing-request',
        method: 'POST',
        path: '/users',
        description: 'create user',
        request: {
          method: 'POST',
          path: '/users',
          headers: { 'Content-Type': 'application/json' },
          body: { name: 'Bob', age: 30 },
        },
      },
    ]);
  });

  it('problems are listed in arrival order (repeats repeated), then missing interactions', async () => {
    const server = await serve({ pact: pact([createUser, getUser]) });
    await request(server.url, { method: 'DELETE', path: '/a' });
    await request(server.url, { method: 'POST', path: '/users', headers: { 'Content-Type': 'application/json' }, body: '{"name":"X","age":30}' });
    await request(server.url, { method: 'DELETE', path: '/a' });
    expect(server.mismatches().map((m) => m.type)).toEqual([
      'request-not-found',
      'request-mismatch',
      'request-not-found',
      'missing-request',
    ]);
  });
});
