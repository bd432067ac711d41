import type { FixedResponse } from '../workloads.js';
import { ceilingTarget } from './ceiling.js';
import { pactwrightTarget } from './pactwright.js';
import type { Target, TargetName } from './types.js';

/** The target implementation; rust is loaded lazily because only the Node 24 child can load pact-core. */
export async function targetFor(name: TargetName, response: FixedResponse): Promise<Target> {
  if (name === 'pactwright') return pactwrightTarget;
  if (name === 'ceiling') return ceilingTarget(response);
  const { rustTarget } = await import('./rust.js');
  return rustTarget;
}
