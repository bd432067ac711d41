// The few parts of Mocha's runtime objects the plugin touches, typed structurally so the package
// needs no Mocha types and works across Mocha 10, 11 and 12 (whose classes differ in shape elsewhere).

/** A test or hook function as Mocha calls it: `done`-style when it declares a parameter. */
export type MochaFn = (this: MochaContext, done?: (error?: unknown) => void) => unknown;

export interface MochaRunnable {
  file?: string | undefined;
  state?: 'passed' | 'failed' | 'pending' | undefined;
  parent?: MochaSuite | undefined;
  fn?: MochaFn | undefined;
  fullTitle(): string;
}

export interface MochaTest extends MochaRunnable {
  /** The error of a failed test (set by Mocha's runner). */
  err?: unknown;
  retries(): number;
  currentRetry(): number;
}

export interface MochaSuite {
  file?: string | undefined;
  root?: boolean;
  parent?: MochaSuite | undefined;
  suites: MochaSuite[];
  tests: MochaTest[];
  isPending(): boolean;
  /** True when this suite or one inside it has `.only` (kept after Mocha filtered the run by it). */
  hasOnly?(): boolean;
  beforeAll(title: string, fn: MochaFn): unknown;
  afterAll(title: string, fn: MochaFn): unknown;
  /** Marked private in Mocha's docs but present, unchanged, in 10–12: the live hook arrays. */
  getHooks?(name: 'beforeAll' | 'beforeEach' | 'afterEach' | 'afterAll'): MochaRunnable[] | undefined;
}

/** `this` inside tests and hooks. */
export interface MochaContext {
  /** The running hook or test. */
  test?: MochaRunnable | undefined;
  /** In each-hooks: the test the hook runs for. */
  currentTest?: MochaTest | undefined;
  [key: string]: unknown;
}
