import type { TargetName } from './targets/types.js';
import type { LoadWorkloadId } from './workloads.js';

/** How the parent starts a child (passed as one JSON argument). */
export type ChildJob =
  | { mode: 'serve'; target: TargetName; workload: LoadWorkloadId }
  | { mode: 'w1'; target: TargetName; cycles: number; warmup: number }
  | { mode: 'mem-servers'; target: TargetName; count: number };

/** Parent → child, for `serve` jobs. */
export type ParentMessage = { type: 'usage'; gc?: boolean } | { type: 'check' } | { type: 'exit' };

/** Child → parent. CPU times in microseconds (process.cpuUsage: every thread of the process). */
export type ChildMessage =
  | { type: 'ready'; port: number }
  | { type: 'usage'; user: number; system: number; rss: number }
  | { type: 'check'; problems: string[]; matched: number | undefined }
  | { type: 'closed' }
  | { type: 'w1'; samplesMs: number[] }
  | { type: 'mem-servers'; count: number; rssBefore: number; rssAfter: number }
  | { type: 'error'; message: string };
