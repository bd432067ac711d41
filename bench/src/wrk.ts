import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RequestSpec } from './workloads.js';

export interface WrkResult {
  /** Responses received (wrk's count of completed requests). */
  requests: number;
  /** Responses whose status was not 200. */
  non200: number;
  durationUs: number;
  p50Us: number;
  p99Us: number;
  errors: { connect: number; read: number; write: number; status: number; timeout: number };
}

export interface WrkOptions {
  port: number;
  script: string;
  durationSec: number;
  connections: number;
  /** Pin wrk to this CPU with taskset, when given. */
  cpu?: number;
}

export function wrkVersion(): string | undefined {
  const r = spawnSync('wrk', ['--version'], { encoding: 'utf8' });
  if (r.error) return undefined;
  return /wrk\s+(\S+)/.exec(`${r.stdout}${r.stderr}`)?.[1] ?? 'unknown';
}

const MARK = 'BENCH_JSON ';

/**
 * A wrk Lua script sending exactly the workload's request. Every response's status is checked
 * (wrk itself only counts >= 400 as errors), the count is summed over threads in done().
 */
export function writeWrkScript(request: RequestSpec, name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `pactwright-bench-${name}-`));
  const lines = [`wrk.method = ${luaString(request.method)}`, `wrk.path = ${luaString(request.target)}`];
  for (const [header, value] of Object.entries(request.headers)) lines.push(`wrk.headers[${luaString(header)}] = ${luaString(value)}`);
  if (request.body) {
    const bodyFile = join(dir, 'body');
    writeFileSync(bodyFile, request.body);
    lines.push(`local f = assert(io.open(${luaString(bodyFile)}, "rb"))`, 'wrk.body = f:read("*a")', 'f:close()');
  }
  lines.push(
    'local threads = {}',
    'function setup(thread) table.insert(threads, thread) end',
    'function init(args) non200 = 0 end',
    'function response(status, headers, body)',
    '  if status ~= 200 then non200 = non200 + 1 end',
    'end',
    'function done(summary, latency, requests)',
    '  local bad = 0',
    '  for _, t in ipairs(threads) do bad = bad + t:get("non200") end',
    '  local e = summary.errors',
    `  io.write(string.format('${MARK}{"requests":%d,"non200":%d,"durationUs":%d,"p50Us":%d,"p99Us":%d,` +
      `"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}}\\n',`,
    '    summary.requests, bad, summary.duration, latency:percentile(50), latency:percentile(99),',
    '    e.connect, e.read, e.write, e.status, e.timeout))',
    'end',
  );
  const script = join(dir, 'load.lua');
  writeFileSync(script, lines.join('\n') + '\n');
  return script;
}

function luaString(s: string): string {
  return JSON.stringify(s); // JSON string escapes are valid Lua escapes for these ASCII values
}

export async function runWrk(options: WrkOptions): Promise<WrkResult> {
  const args = ['-t1', `-c${options.connections}`, `-d${Math.max(1, Math.round(options.durationSec))}s`, '--timeout', '10s', '-s', options.script, `http://127.0.0.1:${options.port}`];
  const [cmd, argv] = options.cpu === undefined ? ['wrk', args] : ['taskset', ['-c', String(options.cpu), 'wrk', ...args]];
  const out = await new Promise<string>((resolve, reject) => {
    const proc = spawn(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    let err = '';
    proc.stdout.on('data', (d: Buffer) => (text += d.toString()));
    proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
    proc.on('error', reject);
    proc.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`wrk exited with ${code}: ${err}${text}`))));
  });
  const line = out.split('\n').find((l) => l.startsWith(MARK));
  if (!line) throw new Error(`wrk printed no summary:\n${out}`);
  return JSON.parse(line.slice(MARK.length)) as WrkResult;
}
