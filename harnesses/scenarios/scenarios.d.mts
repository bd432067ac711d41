export type Runner = 'jest' | 'vitest' | 'mocha';
export type ModuleKind = 'cjs' | 'esm' | 'ts';
export type GroupName = 'main' | 'only' | 'filter' | 'watch';

/** One test of a run, read from the runner's own JSON report. */
export interface NormalizedTest {
  title: string;
  status: 'passed' | 'failed' | 'skipped';
  /** The failure as the runner reports it. */
  message: string;
  /** The failure's cause as the runner reports it, where it reports one apart from the message. */
  cause?: string;
}

/** A run of one group, in the shape every driver produces. */
export interface NormalizedRun {
  tests: NormalizedTest[];
  /** Every interaction description in the pact files the run wrote. */
  pactDescriptions: string[];
  output: string;
}

export declare const moduleKinds: Record<Runner, ModuleKind[]>;
export declare const unsupported: Partial<Record<Runner, Record<string, string>>>;
export declare const groups: readonly { name: GroupName; pattern: string | undefined }[];
export declare function fileName(runner: Runner, name: string, kind: ModuleKind): string;
export declare function renderFiles(runner: Runner, group: GroupName): Record<string, string>;
export declare function checkScenarios(runner: Runner, group: GroupName, run: NormalizedRun): void;
export declare function scenarioTable(): { name: string; what: string; differs: Partial<Record<Runner, string>> }[];
export declare function isListening(port: number): Promise<boolean>;
export declare function waitFor(condition: () => Promise<boolean> | boolean, timeoutMs: number, what: () => string): Promise<void>;
export declare function checkWatch(runner: Runner, ports: number[], pactDescriptions: string[]): Promise<void>;
export interface WatchScenarioOptions {
  runner: Runner;
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  /** How the runner's output says one run passed. */
  passed: RegExp | string;
  changeFile: string;
  portsFile: string;
  pactDescriptions(): Promise<string[]> | string[];
}
export declare function runWatchScenario(options: WatchScenarioOptions): Promise<void>;

/** What `run` in {@link OwnerScenarioOptions} is asked to do. */
export interface OwnerRunOptions {
  parallel?: boolean;
  /** Run only the tests with this name. */
  filter?: string;
  /** Run only these test files (paths relative to the project). */
  files?: string[];
  /** Run one shard: `[index, total]`. */
  shard?: [number, number];
}
export interface OwnerScenarioOptions {
  runner: Runner;
  /** The project; its pacts go to `dir/pacts`. */
  dir: string;
  run(options: OwnerRunOptions): Promise<{ output: string }>;
  /**
   * What a run with a file that fails to load prints (default: the pact's "not written" line);
   * `null` where the runner stops before anything of Pactwright's runs.
   */
  loadFailureMessage?: RegExp | null;
}
export declare function runOwnerScenario(options: OwnerScenarioOptions): Promise<void>;
export declare function childEnv(): Record<string, string | undefined>;
export declare function runCommand(
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string | undefined>; timeoutMs?: number },
): Promise<{ code: number | null; output: string }>;
export declare function makeProject(parent: string, prefix: string, files: Record<string, string>): { dir: string; cleanup(): void };
