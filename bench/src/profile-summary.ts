import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
}

/** Top frames by self time of the .cpuprofile file(s) in `dir`, as aligned text. */
export function summarizeProfile(dir: string, top: number): string {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  if (files.length === 0) return '(no profile was written)';
  const self = new Map<string, number>();
  let total = 0;
  for (const file of files) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    for (const node of profile.nodes) {
      const hits = node.hitCount ?? 0;
      if (hits === 0) continue;
      const { functionName, url, lineNumber } = node.callFrame;
      const where = url ? `${shorten(url)}:${lineNumber + 1}` : '';
      const key = `${functionName || '(anonymous)'} ${where}`.trim();
      self.set(key, (self.get(key) ?? 0) + hits);
      total += hits;
    }
  }
  const idle = (self.get('(idle)') ?? 0) + (self.get('(program)') ?? 0);
  const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, top);
  const lines = rows.map(([key, hits]) => `${((100 * hits) / total).toFixed(1).padStart(5)}%  ${key}`);
  return [`self time, ${total} samples (idle+program ${((100 * idle) / total).toFixed(1)}%)`, ...lines].join('\n');
}

function shorten(url: string): string {
  const i = url.indexOf('/packages/');
  if (i !== -1) return url.slice(i + 1);
  const n = url.lastIndexOf('node_modules/');
  return n !== -1 ? url.slice(n) : url.replace(/^file:\/\//, '');
}
