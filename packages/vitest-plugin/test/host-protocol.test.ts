// The wire format between a test worker and the file host: what a model interaction holds (byte
// bodies, nulls, nested rules) arrives as it was sent, however the stream splits it.
import { describe, expect, it } from 'vitest';
import { PactBuilder, like, integer, type HttpInteraction } from '@pactwright/engine/dsl';
import { encodeMessage, messageReader, type WorkerMessage } from '../src/host-protocol.js';

function built(): HttpInteraction {
  const interactions: HttpInteraction[] = [];
  new PactBuilder((interaction) => interactions.push(interaction))
    .given('a user', { id: 1, note: null })
    .uponReceiving('a user with bytes')
    .withRequest({ method: 'POST', path: '/users', query: { q: ['a', 'b'] }, headers: { 'Content-Type': 'application/json' }, body: { name: 'Ann' } })
    .willRespondWith({ status: 201, body: like({ id: integer(7), tags: ['x'] }) });
  return interactions[0] as HttpInteraction;
}

describe('host messages', () => {
  it('carry a model interaction, byte bodies included, through a stream split anywhere', () => {
    const interaction = built();
    const messages: WorkerMessage[] = [
      { kind: 'register', interaction },
      { kind: 'beginTest', name: 'a test' },
      { kind: 'register', interaction: { description: 'raw', request: { method: 'GET', path: '/raw', body: Buffer.from('hi') }, response: { status: 200 } } },
    ];
    const wire = Buffer.concat(messages.map((message) => encodeMessage(message)));
    for (const step of [1, 3, 7, wire.length]) {
      const received: WorkerMessage[] = [];
      const read = messageReader<WorkerMessage>((message) => received.push(message));
      for (let at = 0; at < wire.length; at += step) read(wire.subarray(at, at + step));
      expect(received).toHaveLength(3);
      expect(received[0]).toEqual({ kind: 'register', interaction });
      const body = (received[0] as { interaction: HttpInteraction }).interaction.request.body;
      expect(body.kind === 'present' && body.content).toBeInstanceOf(Uint8Array);
      expect(received[1]).toEqual(messages[1]);
      // A Buffer travels as the bytes it holds, not as its `{ type, data }` JSON.
      const raw = (received[2] as { interaction: { request: { body: Uint8Array } } }).interaction.request.body;
      expect(Buffer.from(raw).toString()).toBe('hi');
    }
  });

  it('refuses a frame no peer would send', () => {
    const read = messageReader(() => undefined);
    const huge = Buffer.alloc(8);
    huge.writeUInt32BE(0xffffffff, 0);
    expect(() => read(huge)).toThrow(/not one of ours/);
  });
});
