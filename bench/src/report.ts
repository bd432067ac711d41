import type { ColdRow } from './cold-start.js';
import type { MachineInfo } from './machine.js';
import type { PactJsRow, PerFileRow } from './per-file.js';

export interface LoadRow {
  workload: string;
  title: string;
  target: string;
  reps: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  cpuMsPerReq: number;
  requests: number;
}

export interface LifecycleRow {
  target: string;
  medianMs: number;
  p95Ms: number;
  cycles: number;
}

export interface MemRow {
  target: string;
  perServerMb: number | undefined;
  rssAfter1kMb: number | undefined;
  rssAfterManyMb: number | undefined;
  manyRequests: number;
}

export interface Check {
  name: string;
  goal: string;
  measured: string;
  met: boolean;
}

export interface Report {
  machine: MachineInfo;
  quick: boolean;
  settings: Record<string, number>;
  load: LoadRow[];
  lifecycle: LifecycleRow[];
  mem: MemRow[];
  /** COLD: absent in reports written before the workload existed. */
  cold?: ColdRow[];
  /** FILE: absent in reports written before the workload existed. */
  perFile?: PerFileRow[];
  /** PACTJS: absent in reports written before the workload existed. */
  pactJs?: PactJsRow;
  checks: Check[];
}

const f = (n: number | undefined, digits = 2): string => (n === undefined || !Number.isFinite(n) ? 'n/a' : n.toFixed(digits));
const interval = (i: { low: number; high: number } | undefined): string => (i === undefined ? 'n/a' : `${f(i.low, 1)} to ${f(i.high, 1)}`);
const k = (n: number): string => (n >= 1000 ? `${(n / 1000).toFixed(1)}k` : n.toFixed(n < 100 ? 1 : 0));

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** The results as Markdown: the same text is printed and put into bench/README.md. */
export function renderMarkdown(report: Report): string {
  const m = report.machine;
  const rust = (w: string): LoadRow | undefined => report.load.find((r) => r.workload === w && r.target === 'rust');
  const ceiling = (w: string): LoadRow | undefined => report.load.find((r) => r.workload === w && r.target === 'ceiling');
  const out: string[] = [];
  out.push(
    `${m.date.slice(0, 10)} · ${m.nproc} CPUs (${m.cpuModel}) · Node ${m.node} (pactwright, ceiling, load driver) · ` +
      `Node ${m.rustTargetNode ?? 'n/a'} (rust target) · @pactwright/engine ${m.engineVersion} · ` +
      `@pact-foundation/pact-core ${m.pactCoreVersion ?? 'n/a'} (libpact_ffi ${m.pactFfiVersion ?? 'n/a'}) · wrk ${m.wrk ?? 'n/a'}` +
      (report.quick ? ' · QUICK run' : ''),
    '',
  );
  if (report.load.length > 0) out.push(
    table(
      ['workload', 'target', 'req/s', 'p50 ms', 'p99 ms', 'server CPU ms/req', '× rust', '× ceiling'],
      report.load.map((r) => {
        const base = rust(r.workload);
        const top = ceiling(r.workload);
        return [
          `${r.workload} ${r.title}`,
          r.target,
          k(r.rps),
          f(r.p50Ms),
          f(r.p99Ms),
          f(r.cpuMsPerReq, 3),
          base ? f(r.rps / base.rps, 1) : 'n/a',
          top ? f(r.rps / top.rps, 2) : 'n/a',
        ];
      }),
    ),
    '',
  );
  if (report.lifecycle.length > 0) out.push(
    table(
      ['W1 start+stop (10 interactions)', 'median ms/cycle', 'p95 ms/cycle', 'cycles'],
      report.lifecycle.map((r) => [r.target, f(r.medianMs, 3), f(r.p95Ms, 3), String(r.cycles)]),
    ),
    '',
  );
  if (report.mem.length > 0) out.push(
    table(
      ['MEM', 'RSS per W4 server MB', 'RSS after 1k W2 req MB', `RSS after ${k(report.mem[0]?.manyRequests ?? 0)} W2 req MB`, 'growth MB'],
      report.mem.map((r) => [
        r.target,
        f(r.perServerMb, 3),
        f(r.rssAfter1kMb, 1),
        f(r.rssAfterManyMb, 1),
        f(r.rssAfterManyMb !== undefined && r.rssAfter1kMb !== undefined ? r.rssAfterManyMb - r.rssAfter1kMb : undefined, 1),
      ]),
    ),
    '',
  );
  if (report.cold !== undefined && report.cold.length > 0) {
    out.push(
      table(
        ['COLD fresh process (pactwright)', 'engine import ms', 'first server ms', 'total ms', 'total without the code cache ms', 'runs'],
        report.cold.map((r) => [r.node, f(r.importMs, 1), f(r.startMs, 1), f(r.totalMs, 1), f(r.totalNoCacheMs, 1), String(r.runs)]),
      ),
      '',
    );
  }
  if (report.perFile !== undefined && report.perFile.length > 0) {
    out.push(
      table(
        ['FILE runner, mode', 'pactwright project ms', 'stub project ms', 'per-file cost ms', '90% interval ms', 'paired per-file cost ms (90%)', 'per-file CPU ms', ...(report.perFile.some((r) => r.baselinePerFileMs !== undefined) ? ['baseline per-file cost ms'] : []), 'unit-test file in a pact project ms (CPU)', 'files × runs'],
        report.perFile.map((r) => [`${r.runner}, ${r.mode}`, f(r.pactwrightMs, 0), f(r.stubMs, 0), f(r.perFileMs, 1), interval(r.perFileInterval), r.perFilePairedMs === undefined ? 'n/a' : `${f(r.perFilePairedMs, 1)} (${interval(r.perFilePairedInterval)})`, f(r.perFileCpuMs, 1), ...(r.baselinePerFileMs !== undefined ? [f(r.baselinePerFileMs, 1)] : []), `${f(r.unitPerFileMs, 1)} (${f(r.unitPerFileCpuMs, 1)})`, `${r.files} × ${r.reps}`]),
      ),
      '',
    );
  }
  if (report.pactJs !== undefined) {
    const r = report.pactJs;
    out.push(
      table(
        [`PACTJS ${r.mode}`, 'project ms', 'per-file cost ms', '90% interval ms', 'paired per-file cost ms', 'per-file CPU ms', 'files × runs'],
        [
          ['Pact JS 17 (PactV3 + executeTest)', f(r.pactJsMs, 0), f(r.pactJsPerFileMs, 1), interval(r.pactJsPerFileInterval), f(r.pactJsPerFilePairedMs, 1), f(r.pactJsPerFileCpuMs, 1), `${r.files} × ${r.reps}`],
          ['pactwright (@pactwright/vitest-plugin)', f(r.pactwrightMs, 0), f(r.pactwrightPerFileMs, 1), interval(r.pactwrightPerFileInterval), f(r.pactwrightPerFilePairedMs, 1), f(r.pactwrightPerFileCpuMs, 1), `${r.files} × ${r.reps}`],
          ...(r.baselineMs === undefined ? [] : [['pactwright, baseline engine', f(r.baselineMs, 0), f(r.baselinePerFileMs, 1), 'n/a', 'n/a', 'n/a', `${r.files} × ${r.reps}`]]),
          ['stub (node:http)', f(r.stubMs, 0), '0', 'n/a', '0', '0', `${r.files} × ${r.reps}`],
        ],
      ),
      '',
    );
  }
  out.push(table(['target (pactwright vs rust, same run)', 'goal', 'measured', 'met'], report.checks.map((c) => [c.name, c.goal, c.measured, c.met ? 'yes' : '**no**'])));
  return out.join('\n');
}
