import type { RunOwner } from '@pactwright/engine/runner' with { 'resolution-mode': 'import' };
import { engineModules } from './engine.cjs';

// Jest may load the global setup and teardown modules in fresh module registries (watch mode
// re-runs them); the owner lives as long as the main process.
const ownerKey = Symbol.for('@pactwright/jest-env/run-owner');
type Holder = { [ownerKey]?: RunOwner };

/** The run owner of this Jest process, made on first use. */
export function runOwner(): RunOwner {
  const holder = globalThis as Holder;
  holder[ownerKey] ??= engineModules().runner.RunOwner.create();
  return holder[ownerKey];
}

/** The owner, if a global setup made one. */
export function existingRunOwner(): RunOwner | undefined {
  return (globalThis as Holder)[ownerKey];
}
