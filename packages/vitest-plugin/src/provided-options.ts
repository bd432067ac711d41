import type { ResolvedPactwrightOptions } from '@pactwright/engine';
import type { HostAddress } from './host-protocol.js';

/**
 * The `test.provide` key the plugin passes its resolved options under. Namespaced so it cannot
 * collide with a user's own `provide` keys.
 */
export const providedOptionsKey = 'pactwright:options' as const;

/** The `test.provide` key under which workers learn the run owner's directory. */
export const providedRunDirKey = 'pactwright:runDir' as const;

/** The `test.provide` key under which workers learn where the file host listens (file-host.ts). */
export const providedHostKey = 'pactwright:host' as const;

/**
 * The `test.provide` key under which workers learn that the plugin left its setup file out of the
 * project (fresh-workers.ts): the main entry then installs each file's lifecycle as it loads.
 */
export const providedNoSetupFileKey = 'pactwright:noSetupFile' as const;

declare module 'vitest' {
  export interface ProvidedContext {
    'pactwright:options': ResolvedPactwrightOptions;
    'pactwright:runDir': string;
    'pactwright:host': HostAddress;
    'pactwright:noSetupFile': boolean;
  }
}
