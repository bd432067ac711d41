import { describe, expect, it } from 'vitest';
import { generateValue, type GeneratorContext } from '../../src/generators/index.js';

const PROVIDER: GeneratorContext = {
  mode: 'provider',
  providerState: { id: 1000, name: 'Ada', price: '12.5', active: 'true', user: { id: 7 } },
};

describe('ProviderState', () => {
  it('gives the raw value for a lone placeholder (a number stays a number)', () => {
    expect(generateValue({ type: 'ProviderState', expression: '${id}' }, 0, PROVIDER)).toBe(1000);
    expect(generateValue({ type: 'ProviderState', expression: '${user}' }, 0, PROVIDER)).toEqual({ id: 7 });
  });

  it('concatenates placeholders inside text into a string', () => {
    expect(generateValue({ type: 'ProviderState', expression: '/path/${id}' }, '/path/1', PROVIDER)).toBe('/path/1000');
    expect(generateValue({ type: 'ProviderState', expression: '${name}-${id}' }, 'x', PROVIDER)).toBe('Ada-1000');
  });

  it('uses an expression without placeholders as the key, and walks dotted names', () => {
    expect(generateValue({ type: 'ProviderState', expression: 'name' }, 'x', PROVIDER)).toBe('Ada');
    expect(generateValue({ type: 'ProviderState', expression: '${user.id}' }, 0, PROVIDER)).toBe(7);
  });

  it('casts with dataType', () => {
    const cast = (expression: string, dataType: string): unknown =>
      generateValue({ type: 'ProviderState', expression, dataType }, 'x', PROVIDER);
    expect(cast('${id}', 'STRING')).toBe('1000');
    expect(cast('${price}', 'DECIMAL')).toBe(12.5);
    expect(cast('${price}', 'FLOAT')).toBe(12.5);
    expect(cast('${price}', 'INTEGER')).toBe(12);
    expect(cast('${active}', 'BOOLEAN')).toBe(true);
    expect(cast('${id}', 'RAW')).toBe(1000);
    expect(cast('${name}', 'INTEGER')).toBe('x');
  });

  it('keeps the example when a value is missing or the generator is malformed', () => {
    expect(generateValue({ type: 'ProviderState', expression: '${nope}' }, 'keep', PROVIDER)).toBe('keep');
    expect(generateValue({ type: 'ProviderState', expression: '/a/${nope}' }, 'keep', PROVIDER)).toBe('keep');
    expect(generateValue({ type: 'ProviderState' }, 'keep', PROVIDER)).toBe('keep');
    expect(generateValue({ type: 'ProviderState', expression: '${id}', dataType: 'DATE' }, 'keep', PROVIDER)).toBe('keep');
  });

  it('is skipped in consumer mode (the mock server has no provider state)', () => {
    const consumer: GeneratorContext = { providerState: { id: 1000 } };
    expect(generateValue({ type: 'ProviderState', expression: '${id}' }, 1, consumer)).toBe(1);
  });
});

describe('MockServerURL', () => {
  const server: GeneratorContext = { mockServer: { url: 'http://somewhere.world', port: 80 } };

  it('rebases the example on the mock server (matching.md §5.3)', () => {
    const generator = { type: 'MockServerURL', regex: '.*(/a)', example: 'http://1234:8080/a' };
    expect(generateValue(generator, 'http://1234:8080/a', server)).toBe('http://somewhere.world/a');
  });

  it('keeps the path and query captured by group 1', () => {
    const generator = { type: 'MockServerURL', regex: '.*(\\/orders\\/\\d+.*)$', example: 'http://localhost:8080/orders/1?x=2' };
    const context: GeneratorContext = { mockServer: { url: 'http://127.0.0.1:5555/', port: 5555 } };
    expect(generateValue(generator, 'ignored', context)).toBe('http://127.0.0.1:5555/orders/1?x=2');
  });

  it('falls back to the current value when the generator has no example', () => {
    expect(generateValue({ type: 'MockServerURL', regex: '.*(/b)' }, 'http://old:1/b', server)).toBe('http://somewhere.world/b');
  });

  it('keeps the example without a mock server, in provider mode, or when the regex does not match', () => {
    const generator = { type: 'MockServerURL', regex: '.*(/a)', example: 'http://1234:8080/a' };
    expect(generateValue(generator, 'keep', {})).toBe('keep');
    expect(generateValue(generator, 'keep', { ...server, mode: 'provider' })).toBe('keep');
    expect(generateValue({ ...generator, regex: '.*(/z)' }, 'keep', server)).toBe('keep');
    expect(generateValue({ ...generator, regex: '(' }, 'keep', server)).toBe('keep');
  });
});
