import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, RUNTIME_DIR, RUNTIME_NODE } from './paths.js';
import { wrkVersion } from './wrk.js';

export interface MachineInfo {
  date: string;
  nproc: number;
  cpuModel: string;
  node: string;
  rustTargetNode: string | undefined;
  engineVersion: string;
  pactCoreVersion: string | undefined;
  pactFfiVersion: string | undefined;
  wrk: string | undefined;
}

function version(file: string): string | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version : undefined;
}

export function machineInfo(): MachineInfo {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const pactCoreDir = join(RUNTIME_DIR, 'node_modules', '@pact-foundation', 'pact-core');
  const ffiIndex = join(pactCoreDir, 'dist', 'ffi', 'index.js');
  const ffi = existsSync(ffiIndex) ? /PACT_FFI_VERSION\s*=\s*['"]([^'"]+)/.exec(readFileSync(ffiIndex, 'utf8'))?.[1] : undefined;
  const runtimeNode = existsSync(RUNTIME_NODE) ? spawnSync(RUNTIME_NODE, ['--version'], { encoding: 'utf8' }).stdout.trim() : undefined;
  return {
    date: new Date().toISOString(),
    nproc: availableParallelism(),
    cpuModel: /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? 'unknown',
    node: process.version,
    rustTargetNode: runtimeNode,
    engineVersion: version(join(REPO_ROOT, 'packages', 'engine', 'package.json')) ?? 'unknown',
    pactCoreVersion: version(join(pactCoreDir, 'package.json')),
    pactFfiVersion: ffi,
    wrk: wrkVersion(),
  };
}
