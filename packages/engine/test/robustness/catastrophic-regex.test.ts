// A pact regex that would make a backtracking engine run for hours must not freeze the server:
// matching is bounded and a value that does not match is an ordinary, explained mismatch.
import { describe, expect, it } from 'vitest';
import { regexMismatch, compilePactRegex } from '../../src/matching/rules/regex.js';
import { pactJson, send, serve, trapEscapes } from './helpers.js';

trapEscapes();

/** Pattern, a value that makes V8 backtrack exponentially, and a value that matches. */
const EVIL: Array<[string, string, string]> = [
  ['(a+)+$', `${'a'.repeat(40)}!`, 'aaaa'],
  ['(x+x+)+y', 'x'.repeat(40), 'xxy'],
  ['(a|aa)+$', `${'a'.repeat(40)}b`, 'aaa'],
  ['(a|a?)+b', 'a'.repeat(40), 'aab'],
  ['(a*)*b', 'a'.repeat(40), 'aaab'],
  ['^(([a-z])+.)+[A-Z]([a-z])+$', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!', 'ab.Cd'],
  ['(\\w+\\s?)+$', `${'word '.repeat(10)}!`, 'two words'],
  ['([a-zA-Z0-9]+\\.)+[a-z]{2,}@', `${'a.'.repeat(30)}`, 'a.b.com@'],
];

describe('catastrophic regexes in a pact', () => {
  it('each pattern answers promptly on an evil value of 40 and of 50,000 characters', () => {
    for (const [pattern, evil, good] of EVIL) {
      for (const value of [evil, evil.repeat(1250)]) {
        const start = performance.now();
        const outcome = regexMismatch(pattern, value);
        const ms = performance.now() - start;
        expect(outcome, pattern).toMatch(/^Expected '.*' to match '/s);
        expect(ms, `${pattern} on ${value.length} chars`).toBeLessThan(1000);
      }
      expect(regexMismatch(pattern, good), pattern).toBeUndefined();
    }
  });

  it('a pattern RE2 cannot run (lookaround + nested quantifier) is refused beyond a short value, with the reason', () => {
    const start = performance.now();
    const outcome = regexMismatch('(?=a)(a+)+$', `${'a'.repeat(40)}!`);
    expect(performance.now() - start).toBeLessThan(500);
    expect(outcome).toContain('could backtrack catastrophically');
    expect(outcome).toContain('at most 16 characters and this one has 41');
    expect(regexMismatch('(?=a)(a+)+$', 'aaaa')).toBeUndefined();
    expect(regexMismatch('(a+)+\\1', 'aaaa')).toBeUndefined();
  });

  it('ordinary pact regexes keep their semantics whichever engine runs them', () => {
    const cases: Array<[string, string, boolean]> = [
      ['\\d{4}-\\d{2}-\\d{2}', '2024-01-31', true],
      ['[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', 'e2490de5-5bd3-43d5-b7c4-526e33f71304', true],
      ['(?i)abc', 'ABC', true],
      ['\\w+@\\w+\\.com', `${'a'.repeat(5000)}@b.com`, true],
      ['\\w+@\\w+\\.com', `${'a'.repeat(5000)}@b.org`, false],
      ['(ab)+', 'ab'.repeat(10_000), true],
      ['\\u0041+', 'A'.repeat(5000), true],
    ];
    for (const [pattern, value, matches] of cases) {
      expect(regexMismatch(pattern, value) === undefined, `${pattern} on ${value.length} chars`).toBe(matches);
      expect((compilePactRegex(pattern) as RegExp).test(value)).toBe(matches);
    }
  });

  it('a request with a 40-char evil header, query and body gets a prompt mismatch; the server then serves the next request', async () => {
    const server = await serve({
      pact: pactJson([
        {
          description: 'evil rules',
          request: {
            method: 'POST',
            path: '/evil',
            query: { q: ['aaaa'] },
            headers: { 'X-Code': 'aaaa', 'Content-Type': 'application/json' },
            body: { name: 'xxy' },
            matchingRules: {
              query: { q: { matchers: [{ match: 'regex', regex: '(a+)+$' }] } },
              header: { 'X-Code': { matchers: [{ match: 'regex', regex: '(a|aa)+$' }] } },
              body: { '$.name': { matchers: [{ match: 'regex', regex: '(x+x+)+y' }] } },
            },
          },
          response: { status: 200 },
        },
        { description: 'ping', request: { method: 'GET', path: '/ping' }, response: { status: 200, body: 'pong' } },
      ]),
    });
    const evil = `${'a'.repeat(40)}!`;
    const start = performance.now();
    const reply = await send(server.url, {
      method: 'POST',
      path: `/evil?q=${evil}`,
      headers: { 'X-Code': `${'a'.repeat(40)}b`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'x'.repeat(40) }),
      timeoutMs: 5000,
    });
    const ms = performance.now() - start;
    expect(ms).toBeLessThan(2000);
    expect(reply.status).toBe(500);
    expect(reply.headers['x-pact']).toBe('Request-Mismatch');
    const [entry] = server.mismatches();
    expect(entry?.type).toBe('request-mismatch');
    const text = JSON.stringify(entry);
    expect(text).toContain("to match '(a+)+$'");
    expect(text).toContain("to match '(a|aa)+$'");
    expect(text).toContain("to match '(x+x+)+y'");

    const next = await send(server.url, { path: '/ping', timeoutMs: 2000 });
    expect(next.status).toBe(200);
    expect(next.body).toBe('pong');
    const good = await send(server.url, {
      method: 'POST',
      path: '/evil?q=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      headers: { 'X-Code': 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: `${'x'.repeat(40)}y` }),
    });
    expect(good.status).toBe(200);
  });
});
