// The parts of Jest's environment API this package touches, typed structurally so one build works
// against Jest 29 and 30 without depending on either's type packages.

/** `config.projectConfig` as Jest hands it to a test environment. */
export interface JestProjectConfigLike {
  rootDir: string;
  testEnvironmentOptions?: Record<string, unknown>;
  /** Absolute path of the test runner module (jest-circus's runner by default). */
  testRunner?: string;
}

/** First constructor argument of a Jest test environment. */
export interface JestEnvironmentConfigLike {
  projectConfig: JestProjectConfigLike;
}

/** Second constructor argument of a Jest test environment. */
export interface JestEnvironmentContextLike {
  docblockPragmas: Record<string, string | string[]>;
  /** Absolute path of the test file. */
  testPath: string;
}

/** A jest-circus describe block. */
export interface CircusDescribeLike {
  name: string;
  parent?: CircusDescribeLike | undefined;
}

/** A jest-circus test as seen in events. */
export interface CircusTestLike {
  name: string;
  parent?: CircusDescribeLike | undefined;
  /** Entries are errors or `[error, asyncError]` pairs; any entry fails the test. */
  errors: unknown[];
  /** Captured where `test(...)` was called: its stack points at the user's test. */
  asyncError?: unknown;
  /** Attempts so far, this one included (jest-circus counts them for retries). */
  invocations?: number;
}

/** A jest-circus event: only the fields this package reads. */
export interface CircusEventLike {
  name: string;
  test?: CircusTestLike;
  hook?: { type: string };
}

/** jest-circus state: only the fields this package reads. */
export interface CircusStateLike {
  unhandledErrors?: unknown[];
}

/** A Jest test environment instance. */
export interface JestEnvironmentLike {
  global: Record<PropertyKey, unknown>;
  setup(): Promise<void>;
  teardown(): Promise<void>;
  handleTestEvent?(event: CircusEventLike, state: CircusStateLike): void | Promise<void>;
}

/** A Jest test environment class. */
export type JestEnvironmentConstructor = new (
  config: JestEnvironmentConfigLike,
  context: JestEnvironmentContextLike,
) => JestEnvironmentLike;
