/**
 * The `pact` a test file in a browser page imports: it stands for the running file's page session,
 * as the Node `pact` stands for the running file run, and throws the same PactNotRunningError
 * outside a running file.
 */
import { PactNotRunningError } from '@pactwright/engine/core';
import type { PactHandle } from '@pactwright/engine/core';
import type { PageRun } from './page-run.js';

// On globalThis: the setup file and the test file may load this module separately.
const currentKey = Symbol.for('pactwright.vitest.page-run');

export function setCurrentPageRun(run: PageRun | undefined): void {
  (globalThis as Record<symbol, unknown>)[currentKey] = run;
}

export function currentPageRun(): PageRun | undefined {
  return (globalThis as Record<symbol, unknown>)[currentKey] as PageRun | undefined;
}

const probes: ReadonlySet<PropertyKey> = new Set(['then', 'asymmetricMatch', 'toJSON', '$$typeof', 'nodeType']);

/** A `pact` that forwards to the running page session. */
export function createPagePact(): PactHandle {
  const running = (member: PropertyKey): PactHandle => {
    const run = currentPageRun();
    if (run === undefined) throw new PactNotRunningError(String(member));
    return run.pact;
  };
  return new Proxy({} as PactHandle, {
    get(_target, member) {
      if ((typeof member === 'symbol' || probes.has(member)) && currentPageRun() === undefined) return undefined;
      return Reflect.get(running(member), member);
    },
    has(_target, member) {
      return Reflect.has(running(member), member);
    },
    ownKeys() {
      const run = currentPageRun();
      return run === undefined ? [] : Reflect.ownKeys(run.pact);
    },
    getOwnPropertyDescriptor(_target, member) {
      const run = currentPageRun();
      const descriptor = run === undefined ? undefined : Reflect.getOwnPropertyDescriptor(run.pact, member);
      return descriptor === undefined ? undefined : { ...descriptor, configurable: true };
    },
  });
}
