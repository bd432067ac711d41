/**
 * The depth bound for values a test passes to the DSL. The DSL's walks (compiling, reifying,
 * checking for JSON) recurse; this iterative check runs first, so a value nested past the limit is
 * a `DslError` naming where, not a stack overflow from deep inside.
 */
import { DslError } from '../errors.js';
import { DEFAULT_MAX_DEPTH, depthProblem, pathText, type PathSegment } from '../model/limits.js';
import { isMatcher } from './matchers/reify.js';

interface Frame {
  readonly node: unknown;
  /** Levels of plain data above and including this node; matchers wrap a value without adding one. */
  readonly depth: number;
  /** Objects on the way down, matchers included: bounds a cycle that runs through matchers only. */
  readonly hops: number;
  readonly parent: Frame | undefined;
  readonly key: PathSegment | undefined;
}

function pathOf(frame: Frame): PathSegment[] {
  const path: PathSegment[] = [];
  for (let at: Frame | undefined = frame; at !== undefined; at = at.parent) if (at.key !== undefined) path.push(at.key);
  return path.reverse();
}

/** Does the chain above this frame hold one object twice? */
function isCycle(frame: Frame): boolean {
  const seen = new Set<unknown>();
  for (let at: Frame | undefined = frame; at !== undefined; at = at.parent) {
    if (seen.has(at.node)) return true;
    seen.add(at.node);
  }
  return false;
}

/**
 * Throws a `DslError` when `value` nests more than `maxDepth` levels of objects and arrays (a
 * matcher around a value adds no level). `where` starts the message, e.g. `withRequest body`.
 */
export function assertDslDepth(value: unknown, where: string, maxDepth = DEFAULT_MAX_DEPTH): void {
  if (value === null || typeof value !== 'object') return;
  const stack: Frame[] = [{ node: value, depth: 1, hops: 1, parent: undefined, key: undefined }];
  for (let f = stack.pop(); f !== undefined; f = stack.pop()) {
    if (f.depth > maxDepth || f.hops > maxDepth * 4) {
      const problem = isCycle(f) ? 'refers back to itself (a cycle), which JSON cannot hold' : depthProblem(maxDepth);
      throw new DslError(`${where} ${pathText('$', pathOf(f))}: ${problem}`);
    }
    const node = f.node as object;
    const push = (key: PathSegment, child: unknown, wraps: boolean): void => {
      if (child !== null && typeof child === 'object') {
        stack.push({ node: child, depth: wraps ? f.depth : f.depth + 1, hops: f.hops + 1, parent: f, key });
      }
    };
    if (isMatcher(node)) {
      // The matcher's example sits at the matcher's own place in the body.
      const m = node as Record<string, unknown>;
      if (Array.isArray(m['variants'])) (m['variants'] as unknown[]).forEach((v, i) => push(i, v, false));
      const inner = m['value'];
      if (inner !== null && typeof inner === 'object') stack.push({ node: inner, depth: f.depth, hops: f.hops + 1, parent: f, key: undefined });
      continue;
    }
    if (Array.isArray(node)) node.forEach((v, i) => push(i, v, false));
    else for (const key of Object.keys(node)) push(key, (node as Record<string, unknown>)[key], false);
  }
}
