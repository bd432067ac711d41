/**
 * Locations inside a body, built as a parent-linked list while walking so that the `$.a['b c'][1]`
 * text is only rendered for nodes that actually produce a mismatch.
 */
const IDENTIFIER = /^[_A-Za-z][_A-Za-z0-9]*$/;
const DIGITS = /^\d+$/;

export class BodyPath {
  static readonly ROOT = new BodyPath(undefined, '$');

  private constructor(
    readonly parent: BodyPath | undefined,
    readonly segment: string,
  ) {}

  child(segment: string): BodyPath {
    return new BodyPath(this, segment);
  }

  /** `$`, `.key`, `['odd key']`, `[3]` (keys made only of digits render as indices). */
  toString(): string {
    return this.parent === undefined ? '$' : this.parent.toString() + renderSegment(this.segment);
  }
}

export function renderSegment(segment: string): string {
  if (DIGITS.test(segment)) return `[${segment}]`;
  if (IDENTIFIER.test(segment)) return `.${segment}`;
  return `['${segment}']`;
}
