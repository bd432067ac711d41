import type { NormalizedRun, Runner } from './scenarios.mjs';

export type MswEnvironment = 'jsdom' | 'happy-dom' | 'node' | 'browser';
export type UrlKind = 'relative' | 'absolute';

export declare const mswEnvironments: Record<Runner, MswEnvironment[]>;
export declare const absoluteBaseUrl: string;
export declare function mswOptions(url: UrlKind): Record<string, string>;
export declare function renderMswFiles(runner: Runner, kind: 'cjs' | 'esm', url: UrlKind, page?: boolean): Record<string, string>;
export declare function checkMswRun(label: string, run: NormalizedRun, pact: PactJson | undefined): void;

export interface PactJson {
  interactions: { description: string; request: { path: string }; providerStates?: unknown; response: { matchingRules?: { body?: Record<string, unknown> } } }[];
}
