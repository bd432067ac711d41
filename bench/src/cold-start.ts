import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { BENCH_DIR } from './paths.js';
import { median } from './stats.js';

const CHILD = join(BENCH_DIR, 'dist', 'cold-start-child.js');

/** A Node binary to measure cold starts under. */
export interface NodeBinary {
  label: string;
  path: string;
}

/** One fresh process's cold start. */
export interface ColdSample {
  importMs: number;
  startMs: number;
}

/** The medians of one Node binary's cold starts. */
export interface ColdRow {
  node: string;
  runs: number;
  importMs: number;
  startMs: number;
  totalMs: number;
}

/** One cold start in a fresh process of `node`; throws with the child's output when it fails. */
export function coldStartOnce(node: string): ColdSample {
  const run = spawnSync(node, [CHILD], { cwd: BENCH_DIR, encoding: 'utf8', timeout: 30_000 });
  if (run.status !== 0) throw new Error(`cold start under ${node} failed (${run.status}): ${run.stderr}${run.stdout}`);
  return JSON.parse(run.stdout) as ColdSample;
}

/**
 * `runs` cold starts per Node binary, the binaries interleaved run by run so that a slow moment of
 * the machine lands on all of them; medians per binary.
 */
export function coldStarts(nodes: readonly NodeBinary[], runs: number): ColdRow[] {
  const samples = new Map<string, ColdSample[]>(nodes.map((n) => [n.label, []]));
  for (let i = 0; i < runs; i++) for (const node of nodes) samples.get(node.label)?.push(coldStartOnce(node.path));
  return nodes.map((node) => {
    const list = samples.get(node.label) ?? [];
    return {
      node: node.label,
      runs: list.length,
      importMs: median(list.map((s) => s.importMs)),
      startMs: median(list.map((s) => s.startMs)),
      totalMs: median(list.map((s) => s.importMs + s.startMs)),
    };
  });
}
