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

/** One cold start in a fresh process. */
export interface ColdSample {
  importMs: number;
  startMs: number;
  /** How the engine was loaded: `used` (or `used-partial`) with V8's code cache, `disabled` without. */
  codeCache: string;
}

/** The medians of one Node binary's cold starts. */
export interface ColdRow {
  node: string;
  runs: number;
  importMs: number;
  startMs: number;
  totalMs: number;
  /** The same, with the code cache turned off (`PACTWRIGHT_CODE_CACHE=0`): a first run's cost. */
  totalNoCacheMs?: number;
}

/**
 * One cold start in a fresh process of `node`; throws with the child's output when it fails.
 * `cache: false` turns the engine's code cache off.
 */
export function coldStartOnce(node: string, cache = true): ColdSample {
  const env = { ...process.env, PACTWRIGHT_CODE_CACHE: cache ? '1' : '0' };
  const run = spawnSync(node, [CHILD], { cwd: BENCH_DIR, encoding: 'utf8', timeout: 30_000, env });
  if (run.status !== 0) throw new Error(`cold start under ${node} failed (${run.status}): ${run.stderr}${run.stdout}`);
  return JSON.parse(run.stdout) as ColdSample;
}

/**
 * `runs` cold starts per Node binary, with the code cache and without, all interleaved run by run
 * so that a slow moment of the machine lands on each; medians. One process per binary runs first
 * to leave the cache, as a project's earlier test run would have.
 */
export function coldStarts(nodes: readonly NodeBinary[], runs: number): ColdRow[] {
  for (const node of nodes) coldStartOnce(node.path);
  const samples = new Map<string, { cached: ColdSample[]; plain: ColdSample[] }>(nodes.map((n) => [n.label, { cached: [], plain: [] }]));
  for (let i = 0; i < runs; i++) {
    for (const node of nodes) {
      const cached = coldStartOnce(node.path);
      if (cached.codeCache !== 'used' && cached.codeCache !== 'used-partial') throw new Error(`COLD under ${node.label}: the engine did not load with its code cache (${cached.codeCache})`);
      samples.get(node.label)?.cached.push(cached);
      samples.get(node.label)?.plain.push(coldStartOnce(node.path, false));
    }
  }
  return nodes.map((node) => {
    const { cached, plain } = samples.get(node.label) ?? { cached: [], plain: [] };
    return {
      node: node.label,
      runs: cached.length,
      importMs: median(cached.map((s) => s.importMs)),
      startMs: median(cached.map((s) => s.startMs)),
      totalMs: median(cached.map((s) => s.importMs + s.startMs)),
      totalNoCacheMs: median(plain.map((s) => s.importMs + s.startMs)),
    };
  });
}
