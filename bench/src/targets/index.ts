import { pathToFileURL } from 'node:url';
import type { FixedResponse } from '../workloads.js';
import { ceilingTarget } from './ceiling.js';
import { engineTarget, pactwrightTarget } from './pactwright.js';
import { BASELINE_ENGINE_VAR } from '../baseline.js';
import type { Target, TargetName } from './types.js';

/** The target implementation; rust is loaded lazily because only the Node 24 child can load pact-core. */
export async function targetFor(name: TargetName, response: FixedResponse): Promise<Target> {
  if (name === 'pactwright') return pactwrightTarget;
  if (name === 'ceiling') return ceilingTarget(response);
  if (name === 'baseline') {
    const entry = process.env[BASELINE_ENGINE_VAR];
    if (entry === undefined) throw new Error(`the baseline target needs ${BASELINE_ENGINE_VAR} (run the bench with --baseline=<revision>)`);
    return engineTarget((await import(pathToFileURL(entry).href)) as Parameters<typeof engineTarget>[0], 'baseline');
  }
  const { rustTarget } = await import('./rust.js');
  return rustTarget;
}
