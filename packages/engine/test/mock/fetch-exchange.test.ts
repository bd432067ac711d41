import { describe, expect, it } from 'vitest';
import { MockCore, requestFromFetch, responseFromAnswer } from '../../src/mock/index.js';
import { parsePact } from '../../src/model/parse.js';

describe('the mock behind the Fetch API', () => {
  it('reads a Request as the HTTP server reads a socket: raw path, query as sent, lower-cased and split headers, body bytes', async () => {
    const request = new Request('http://api.test/v1/users/a%20b?tag=x&tag=y&flag', {
      method: 'post',
      headers: { Accept: 'application/json, text/plain', 'Content-Type': 'application/json', 'X-Trace': 'one' },
      body: '{"name":"Zoë"}',
    });
    const model = await requestFromFetch(request, '/v1');
    expect(model.method).toBe('POST');
    expect(model.path).toBe('/users/a%20b');
    expect(model.rawQuery).toBe('tag=x&tag=y&flag');
    expect(model.query).toEqual({ tag: ['x', 'y'], flag: [null] });
    expect(model.headers?.['accept']).toEqual(['application/json', 'text/plain']);
    expect(model.headers?.['x-trace']).toEqual(['one']);
    expect(model.body.kind === 'present' && new TextDecoder().decode(model.body.content)).toBe('{"name":"Zoë"}');
    expect((await requestFromFetch(new Request('http://api.test/v1'), '/v1')).path).toBe('/');
  });

  it('answers with the interaction, and with the same sorted 500 body as the socket for a mismatch', async () => {
    const pact = parsePact({
      consumer: { name: 'web' },
      provider: { name: 'api' },
      interactions: [{ description: 'a user', request: { method: 'GET', path: '/users/1' }, response: { status: 200, headers: { 'Content-Type': 'application/json' }, body: { id: 1 } } }],
    });
    const mock = new MockCore();
    for (const interaction of pact.interactions) mock.register(interaction, pact.specVersion);
    const ok = responseFromAnswer(mock.respond(await requestFromFetch(new Request('http://api.test/users/1')), {}).answer);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('application/json');
    expect(await ok.json()).toEqual({ id: 1 });
    const wrong = responseFromAnswer(mock.respond(await requestFromFetch(new Request('http://api.test/users/1?x=1')), {}).answer);
    expect(wrong.status).toBe(500);
    expect(wrong.headers.get('x-pact')).toBe('Request-Mismatch');
    const text = await wrong.text();
    const keys = Object.keys(JSON.parse(text) as object);
    expect(keys).toEqual([...keys].sort());
    expect(JSON.parse(text)).toMatchObject({ type: 'request-mismatch', interaction: 'a user' });
  });

  it('adds the HTTP server\'s CORS headers with cors on: to answers, to failures and to an undescribed pre-flight', async () => {
    const pact = parsePact({
      consumer: { name: 'web' },
      provider: { name: 'api' },
      interactions: [{ description: 'a user', request: { method: 'GET', path: '/users/1' }, response: { status: 200, headers: { 'Access-Control-Allow-Origin': 'https://own.test' } } }],
    });
    const mock = new MockCore({ cors: true });
    for (const interaction of pact.interactions) mock.register(interaction, pact.specVersion);
    const answer = async (request: Request): Promise<Response> => {
      const model = await requestFromFetch(request);
      return responseFromAnswer(mock.respond(model, {}).answer, model);
    };
    const ok = await answer(new Request('http://api.test/users/1', { headers: { Origin: 'http://localhost' } }));
    expect(ok.headers.get('access-control-allow-origin'), 'the interaction\'s own header wins').toBe('https://own.test');
    expect(ok.headers.get('access-control-allow-credentials')).toBe('true');
    const failure = await answer(new Request('http://api.test/nobody', { headers: { Origin: 'http://localhost' } }));
    expect(failure.status).toBe(500);
    expect(failure.headers.get('access-control-allow-origin')).toBe('http://localhost');
    const preflight = await answer(new Request('http://api.test/users/1', { method: 'OPTIONS', headers: { Origin: 'http://localhost', 'Access-Control-Request-Headers': 'x-trace' } }));
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toBe('x-trace, *');
    expect(mock.verify(mock.registered).problems.map((p) => p.kind)).toEqual(['unexpected']);
    const plain = responseFromAnswer(new MockCore().respond(await requestFromFetch(new Request('http://api.test/x')), {}).answer);
    expect(plain.headers.get('access-control-allow-origin'), 'no CORS headers without cors').toBeNull();
  });
});
