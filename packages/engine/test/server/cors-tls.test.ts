import * as https from 'node:https';
import { describe, expect, it } from 'vitest';
import { generatedCertificate } from '../../src/server/tls.js';
import { getUser, pact, request, serve } from './helpers.js';

describe('CORS', () => {
  it('answers an unmatched pre-flight OPTIONS with 204 and does not record it', async () => {
    const server = await serve({ pact: pact([getUser]), cors: true });
    const res = await request(server.url, {
      method: 'OPTIONS',
      path: '/users/1',
      headers: { Origin: 'http://app.test', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization, accept' },
    });
    expect(res.status).toBe(204);
    expect(res.body).toBe('');
    expect(res.headers['access-control-allow-origin']).toBe('http://app.test');
    expect(res.headers['access-control-allow-methods']).toBe('GET, HEAD, POST, PUT, DELETE, CONNECT, OPTIONS, TRACE, PATCH');
    expect(res.headers['access-control-allow-headers']).toBe('authorization, accept, *');
    expect(res.headers['access-control-expose-headers']).toBe('Location, Link');
    expect(res.headers['access-control-allow-credentials']).toBe('true');
    expect(server.mismatches().map((m) => m.type)).toEqual(['missing-request']);
  });

  it('adds CORS headers to responses; an interaction header of the same name wins', async () => {
    const own = {
      description: 'own origin',
      request: { method: 'GET', path: '/own' },
      response: { status: 200, headers: { 'Access-Control-Allow-Origin': 'https://only.test' } },
    };
    const server = await serve({ pact: pact([getUser, own]), cors: true });
    const res = await request(server.url, { path: '/users/1', headers: { Accept: 'application/json', Authorization: 'Bearer abc' } });
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-allow-credentials']).toBe('true');
    const ownRes = await request(server.url, { path: '/own', headers: { Origin: 'http://x.test' } });
    expect(ownRes.rawNames.filter((n) => n.toLowerCase() === 'access-control-allow-origin')).toHaveLength(1);
    expect(ownRes.headers['access-control-allow-origin']).toBe('https://only.test');
    const miss = await request(server.url, { path: '/nope' });
    expect(miss.headers['access-control-allow-origin']).toBe('*');
  });

  it('is off by default: OPTIONS is an unexpected request and no CORS headers are added', async () => {
    const server = await serve({ pact: pact([getUser]) });
    const res = await request(server.url, { method: 'OPTIONS', path: '/users/1', headers: { Origin: 'http://app.test' } });
    expect(res.status).toBe(500);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(server.mismatches()[0]?.type).toBe('request-not-found');
  });
});

function httpsGet(url: string, options: https.RequestOptions): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = https.request(url, { ...options, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('TLS', () => {
  const headers = { Accept: 'application/json', Authorization: 'Bearer abc' };

  it('tls: true serves HTTPS with a generated certificate valid for 127.0.0.1', async () => {
    const server = await serve({ pact: pact([getUser]), tls: true });
    expect(server.url).toBe(`https://127.0.0.1:${server.port}`);
    const { cert } = await generatedCertificate();
    const res = await httpsGet(`${server.url}/users/1`, { headers, ca: cert });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ id: 1, name: 'Bob' });
    expect(server.matched()).toBe(true);
  });

  it('uses a given key and certificate, and generators see the https url', async () => {
    const material = await generatedCertificate();
    const server = await serve({
      pact: pact([
        {
          description: 'link',
          request: { method: 'GET', path: '/link' },
          response: {
            status: 200,
            body: { self: 'http://x/link' },
            generators: { body: { '$.self': { type: 'MockServerURL', example: 'http://x/link', regex: '.*(/link)$' } } },
          },
        },
      ]),
      tls: { key: material.key, cert: material.cert },
    });
    const res = await httpsGet(`${server.url}/link`, { rejectUnauthorized: false });
    expect(JSON.parse(res.body)).toEqual({ self: `${server.url}/link` });
  });
});
