/**
 * One target's server process. The parent pins it to a core and drives it over IPC; CPU time is
 * read here with process.cpuUsage(), which covers every thread (the Rust server's too).
 */
import type { ChildJob, ChildMessage, ParentMessage } from './protocol.js';
import { targetFor } from './targets/index.js';
import type { BenchServer } from './targets/types.js';
import { loadWorkload, pactText } from './workloads.js';

function send(message: ChildMessage): void {
  process.send?.(message);
}

function collect(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) for (let i = 0; i < 3; i++) gc();
}

async function serve(job: Extract<ChildJob, { mode: 'serve' }>): Promise<void> {
  const workload = loadWorkload(job.workload);
  const target = await targetFor(job.target, workload.response);
  const server: BenchServer = await target.start(workload.pactText);
  process.on('message', (raw: ParentMessage) => {
    if (raw.type === 'usage') {
      if (raw.gc) collect();
      const cpu = process.cpuUsage();
      send({ type: 'usage', user: cpu.user, system: cpu.system, rss: process.memoryUsage.rss() });
    } else if (raw.type === 'check') {
      send({ type: 'check', problems: server.problems(), matched: server.matchedCount() });
    } else if (raw.type === 'exit') {
      void server.close().then(() => {
        send({ type: 'closed' });
        // A normal exit, so that --cpu-prof writes its profile.
        process.disconnect?.();
        process.exitCode = 0;
        setTimeout(() => process.exit(0), 50).unref();
      });
    }
  });
  send({ type: 'ready', port: server.port });
}

async function lifecycle(job: Extract<ChildJob, { mode: 'w1' }>): Promise<void> {
  const text = pactText('W1');
  const target = await targetFor(job.target, loadWorkload('W2').response);
  for (let i = 0; i < job.warmup; i++) await target.cycle(text);
  const samplesMs: number[] = [];
  for (let i = 0; i < job.cycles; i++) {
    const t0 = performance.now();
    await target.cycle(text);
    samplesMs.push(performance.now() - t0);
  }
  send({ type: 'w1', samplesMs });
}

async function memServers(job: Extract<ChildJob, { mode: 'mem-servers' }>): Promise<void> {
  const workload = loadWorkload('W4');
  const target = await targetFor(job.target, workload.response);
  // One server first, closed again, so code loading and JIT are not counted as per-server cost.
  await (await target.start(workload.pactText)).close();
  collect();
  const rssBefore = process.memoryUsage.rss();
  const servers: BenchServer[] = [];
  for (let i = 0; i < job.count; i++) servers.push(await target.start(workload.pactText));
  collect();
  const rssAfter = process.memoryUsage.rss();
  for (const s of servers) await s.close();
  send({ type: 'mem-servers', count: job.count, rssBefore, rssAfter });
}

async function main(): Promise<void> {
  const job = JSON.parse(process.argv[2] ?? '{}') as ChildJob;
  if (job.mode === 'serve') return serve(job);
  if (job.mode === 'w1') await lifecycle(job);
  else await memServers(job);
  process.disconnect?.();
}

main().catch((error: unknown) => {
  send({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exitCode = 1;
  process.disconnect?.();
});
