import { describe, expect, test } from 'vitest';
import { parsePathExpression } from '../../src/model/path-expression.js';

describe('parsePathExpression', () => {
  test.each([
    ['$', [{ kind: 'root' }]],
    ['$.a.b', [{ kind: 'root' }, { kind: 'field', name: 'a' }, { kind: 'field', name: 'b' }]],
    ['$.items[*].id', [{ kind: 'root' }, { kind: 'field', name: 'items' }, { kind: 'star-index' }, { kind: 'field', name: 'id' }]],
    ['$[0].name', [{ kind: 'root' }, { kind: 'index', index: 0 }, { kind: 'field', name: 'name' }]],
    ['$.a.*', [{ kind: 'root' }, { kind: 'field', name: 'a' }, { kind: 'star' }]],
    ["$['two words']['@str']", [{ kind: 'root' }, { kind: 'field', name: 'two words' }, { kind: 'field', name: '@str' }]],
    ["$['2'].str", [{ kind: 'root' }, { kind: 'field', name: '2' }, { kind: 'field', name: 'str' }]],
    ['$.animals.0', [{ kind: 'root' }, { kind: 'field', name: 'animals' }, { kind: 'field', name: '0' }]],
    ['$.a.#text', [{ kind: 'root' }, { kind: 'field', name: 'a' }, { kind: 'field', name: '#text' }]],
    ['$.ns:el.@attr-x', [{ kind: 'root' }, { kind: 'field', name: 'ns:el' }, { kind: 'field', name: '@attr-x' }]],
    ['$.größe', [{ kind: 'root' }, { kind: 'field', name: 'größe' }]],
    ['$[12][*]', [{ kind: 'root' }, { kind: 'index', index: 12 }, { kind: 'star-index' }]],
    ['name.first', [{ kind: 'root' }, { kind: 'field', name: 'name' }, { kind: 'field', name: 'first' }]],
  ])('%s', (expr, tokens) => {
    expect(parsePathExpression(expr)).toEqual(tokens);
  });

  test.each([
    ['', 'invalid path expression: it is empty'],
    ['$.a[', "invalid path expression '$.a[': unterminated '[' at position 4"],
    ['$.', "invalid path expression '$.': expected a field name or '*' after '.' at position 2"],
    ['$..a', "invalid path expression '$..a': unexpected '.' after '.' at position 2"],
    ["$['a", "invalid path expression '$['a': unterminated quoted name (missing closing ') at position 2"],
    ["$['']", "invalid path expression '$['']': empty quoted name at position 2"],
    ["$['a'", "invalid path expression '$['a'': expected ']' after the quoted name at position 5"],
    ['$[*', "invalid path expression '$[*': expected ']' after '[*' at position 3"],
    ['$[1a]', "invalid path expression '$[1a]': expected ']' after the index at position 3"],
    ['$[-1]', "invalid path expression '$[-1]': expected a number, '*' or a quoted name after '[' at position 2"],
    ['$a', "invalid path expression '$a': unexpected 'a' at position 1"],
    ['.a', "invalid path expression '.a': expected '$' but found '.' at position 0"],
    ['$.a b', "invalid path expression '$.a b': unexpected ' ' at position 3"],
  ])('%s is rejected', (expr, message) => {
    const result = parsePathExpression(expr);
    expect(result).toBeInstanceOf(Error);
    expect((result as Error).message).toBe(message);
  });
});
