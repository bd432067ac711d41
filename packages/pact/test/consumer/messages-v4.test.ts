// V4 messages as Pact JS's current examples write them: an asynchronous message with JSON
// contents and metadata, and a synchronous request/response message.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { MatchersV3, PactV4, v4SynchronousBodyHandler } from '@pact-foundation/pact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectGolden, pactDir } from './golden.js';

const consumer = 'pactwright-pact-messages-v4';
const providerName = 'cat-events';

describe('cat messages (PactV4)', () => {
  beforeAll(() => rmSync(join(pactDir, `${consumer}-${providerName}.json`), { force: true }));
  afterAll(() => expectGolden(consumer, providerName));

  const pact = new PactV4({ consumer, provider: providerName, dir: pactDir });

  it('receives a cat created event', async () => {
    let received: unknown;
    await pact
      .addAsynchronousInteraction()
      .given('a cat exists', { id: 2 })
      .expectsToReceive('a cat created event', (builder) =>
        builder.withJSONContent({ id: MatchersV3.integer(2), name: MatchersV3.string('Tom') }).withMetadata({ queue: 'cats' }),
      )
      .executeTest(
        v4SynchronousBodyHandler((cat: unknown) => {
          received = cat;
        }),
      );
    expect(received).toEqual({ id: 2, name: 'Tom' });
  });

  it('asks for a cat and gets it back', async () => {
    await pact
      .addSynchronousInteraction('a cat lookup')
      .given('a cat exists')
      .withRequest((builder) => builder.withJSONContent({ id: MatchersV3.integer(2) }))
      .withResponse((builder) => builder.withJSONContent({ name: MatchersV3.string('Tom') }))
      .executeTest(async (message) => {
        expect(JSON.parse(message.Request.content.toString())).toEqual({ id: 2 });
        expect(JSON.parse(message.Response[0]?.content.toString() ?? 'null')).toEqual({ name: 'Tom' });
      });
  });
});
