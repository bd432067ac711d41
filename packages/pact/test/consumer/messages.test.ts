// Messages as Pact JS's messages example writes them: a MessageConsumerPact per consumer, the
// handler given the example through synchronousBodyHandler / asynchronousBodyHandler, V3 matchers
// in the contents, metadata, and a handler that rejects the message (nothing written).
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { MatchersV3, MessageConsumerPact, asynchronousBodyHandler, synchronousBodyHandler } from '@pact-foundation/pact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectGolden, pactDir } from './golden.js';

const { like, integer, string, eachLike, regex } = MatchersV3;
const consumer = 'pactwright-pact-messages';
const providerName = 'dog-events';

interface Dog {
  id: number;
  name: string;
  type: string;
}

function handleDog(dog: Dog): string {
  if (typeof dog.id !== 'number' || dog.name === '') throw new Error('not a dog');
  return `${dog.name} (${dog.type})`;
}

describe('dog events (MessageConsumerPact)', () => {
  beforeAll(() => rmSync(join(pactDir, `${consumer}-${providerName}.json`), { force: true }));
  afterAll(() => expectGolden(consumer, providerName));

  it('accepts a dog created event', async () => {
    const messagePact = new MessageConsumerPact({ consumer, provider: providerName, dir: pactDir });
    let handled: string | undefined;
    await messagePact
      .given('a dog called Rex was created')
      .expectsToReceive('a dog created event')
      .withContent({ id: integer(1), name: string('Rex'), type: regex('bulldog|sheepdog', 'bulldog') })
      .withMetadata({ queue: 'animals', 'content-type': 'application/json' })
      .verify(synchronousBodyHandler((dog: Dog) => (handled = handleDog(dog))));
    expect(handled).toBe('Rex (bulldog)');
  });

  it('accepts a list of dogs, with an asynchronous handler', async () => {
    const messagePact = new MessageConsumerPact({ consumer, provider: providerName, dir: pactDir });
    await messagePact
      .given({ name: 'dogs exist', params: { count: 2 } })
      .expectsToReceive('a dog list event')
      .withContent(eachLike(like({ id: 1, name: 'Rex', type: 'bulldog' }), 2))
      .verify(asynchronousBodyHandler(async (dogs: Dog[]) => dogs.map(handleDog)));
  });

  it('receives a text and a binary event', async () => {
    const messagePact = new MessageConsumerPact({ consumer, provider: providerName, dir: pactDir });
    let text: unknown;
    let bytes: unknown;
    await messagePact.expectsToReceive('a bark as text').withTextContent('woof', 'text/plain').verify(synchronousBodyHandler((body: string) => (text = body)));
    await messagePact
      .expectsToReceive('a bark as bytes')
      .withBinaryContent(Buffer.from([0, 1, 2, 250]), 'application/octet-stream')
      .withMetadata({ queue: 'barks' })
      .verify(synchronousBodyHandler((body: Buffer) => (bytes = body)));
    expect(text).toBe('woof');
    expect(Buffer.isBuffer(bytes) && (bytes as Buffer).equals(Buffer.from([0, 1, 2, 250]))).toBe(true);
  });

  it('writes nothing when the handler rejects the message', async () => {
    const messagePact = new MessageConsumerPact({ consumer: `${consumer}-rejected`, provider: providerName, dir: pactDir });
    const rejected = messagePact
      .expectsToReceive('a malformed dog event')
      .withContent({ id: 'x', name: '' })
      .verify(synchronousBodyHandler((dog: Dog) => handleDog(dog)));
    await expect(rejected).rejects.toThrow('not a dog');
    expect(existsSync(join(pactDir, `${consumer}-rejected-${providerName}.json`))).toBe(false);
  });
});
