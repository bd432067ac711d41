import type { FileRun } from '@pactwright/engine/runner' with { 'resolution-mode': 'import' };
import { bridgeKey } from './bridge.cjs';
import type { JestEnvBridge } from './bridge.cjs';
import { engineModules } from './engine.cjs';
import type {
  CircusEventLike,
  CircusStateLike,
  CircusTestLike,
  JestEnvironmentConfigLike,
  JestEnvironmentConstructor,
  JestEnvironmentContextLike,
  JestEnvironmentLike,
} from './jest-types.cjs';
import type { Flavour } from './lazy-environment.cjs';
import { readJestOptions } from './options.cjs';
import { loadJestEnvironment } from './resolve-jest-module.cjs';

/** jest-circus names its implicit outermost describe block this; it is not part of test names. */
const rootDescribeName = 'ROOT_DESCRIBE_BLOCK';

function fullTestName(test: CircusTestLike): string {
  const names = [test.name];
  for (let block = test.parent; block !== undefined && block.name !== rootDescribeName; block = block.parent) names.unshift(block.name);
  return names.join(' ');
}

/** The count set by `jest.retryTimes(n)` in the test file (jest-circus keeps it on the test global). */
function retryTimes(global: object): number {
  const times = Number((global as Record<symbol, unknown>)[Symbol.for('RETRY_TIMES')] ?? 0);
  return Number.isFinite(times) && times > 0 ? times : 0;
}

/**
 * The file's run, from `testEnvironmentOptions.pactwright` and the file's docblock pragmas.
 * Relative paths (pactDir) are relative to the project, wherever Jest was started from. jsdom code
 * runs on an origin (http://localhost) other than the mock server's, so its browser-like XHR and
 * fetch need CORS answers unless the user decided otherwise.
 */
function createRun(flavour: Flavour, config: JestEnvironmentConfigLike, context: JestEnvironmentContextLike, global: object): FileRun {
  const { engine, runner } = engineModules();
  const { projectConfig } = config;
  try {
    const options = readJestOptions(engine, projectConfig.testEnvironmentOptions, context.docblockPragmas);
    // With transport 'msw' the page's own origin is where relative URLs go.
    const defaults = flavour === 'node' ? {} : { cors: true, ...pageOrigin(global) };
    return runner.createFileRun(options, { cwd: projectConfig.rootDir, source: runner.optionSource('jest'), defaults, testFile: context.testPath });
  } catch (error) {
    // Configuration problems are the user's to fix: the message says it all, and a code frame
    // inside Pactwright would only distract.
    if (error instanceof engine.PactwrightError) error.stack = `${error.name}: ${error.message}`;
    throw error;
  }
}

/**
 * msw intercepts by patching this realm's `fetch` (and Node's `http`, which jsdom's XHR uses);
 * the test's vm realm got its own reference to `fetch` when it was made. It is pointed at this
 * realm's, whatever that is when called, unless the test environment or the user set another.
 */
function reachInterception(global: Record<PropertyKey, unknown>): void {
  const outer = globalThis as { fetch?: unknown };
  if (typeof outer.fetch !== 'function' || global.fetch !== outer.fetch) return;
  global.fetch = function fetch(input: unknown, init?: unknown): unknown {
    return (outer.fetch as (input: unknown, init?: unknown) => unknown)(input, init);
  };
}

function pageOrigin(global: object): { baseUrl?: string } {
  const origin = (global as { location?: { origin?: unknown } }).location?.origin;
  return typeof origin === 'string' && /^https?:/.test(origin) ? { baseUrl: origin } : {};
}

/** One class per base (node or jsdom, per installed Jest), built on first use. */
const classes = new WeakMap<JestEnvironmentConstructor, JestEnvironmentConstructor>();

function pactwrightClass(Base: JestEnvironmentConstructor, flavour: Flavour): JestEnvironmentConstructor {
  const cached = classes.get(Base);
  if (cached !== undefined) return cached;

  class PactwrightEnvironment extends Base {
    readonly #run: FileRun;

    constructor(config: JestEnvironmentConfigLike, context: JestEnvironmentContextLike) {
      super(config, context);
      this.#run = createRun(flavour, config, context, this.global);
    }

    override async setup(): Promise<void> {
      await super.setup();
      const { engine, runner } = engineModules();
      const pact = runner.createBoundPact();
      // Values made in the test's vm realm are accepted by the engine as they are (it checks plain
      // objects by shape, not by this realm's prototypes).
      const bridge: JestEnvBridge = { pact, matchers: engine.MatchersV3 };
      this.global[bridgeKey] = bridge;
      this.global.pact = pact;
      if (this.#run.session.options.transport === 'msw') reachInterception(this.global);
    }

    override async handleTestEvent(event: CircusEventLike, state: CircusStateLike): Promise<void> {
      await super.handleTestEvent?.(event, state);
      const run = this.#run;
      const test = event.test;
      switch (event.name) {
        // After the test file was loaded, before its first hook: as on every runner, `pact` is
        // live in hooks and tests, not at the file's top level.
        case 'run_start':
          return run.start();
        case 'test_start':
          if (test !== undefined) run.beginTest(fullTestName(test));
          return;
        // A skipped test (`.skip`, `.only` elsewhere, `-t`) starts but never ends.
        case 'test_skip':
        case 'test_todo':
          run.endTest({ skipped: true });
          return;
        case 'test_done':
          if (test !== undefined) this.#endTest(run, test);
          return;
        case 'hook_failure':
          return run.markFailed(`a ${event.hook?.type ?? ''} hook failed`);
        case 'error':
          return run.markFailed('an uncaught error');
        case 'run_finish':
          if ((state.unhandledErrors?.length ?? 0) > 0) run.markFailed('unhandled errors');
          return;
      }
    }

    #endTest(run: FileRun, test: CircusTestLike): void {
      // test_done comes after the test and its afterEach hooks; nothing changes the test after it,
      // so the errors set here are the test's verdict.
      const error = run.endTest({ willRetry: (test.invocations ?? 1) <= retryTimes(this.global), testErrors: test.errors });
      if (error === undefined) return;
      // The report replaces the test's own errors, which it carries as its cause. Its own stack is
      // empty; Jest's code frame should point at the user's test.
      test.errors.length = 0;
      test.errors.push(engineModules().engine.withTestStack(error, (test.asyncError as Error | undefined)?.stack));
    }

    override async teardown(): Promise<void> {
      try {
        await this.#run.finish();
      } finally {
        // Jest 30 walks what is left on the global at teardown; the bound pact would answer that
        // walk with "not running".
        delete this.global.pact;
        delete this.global[bridgeKey];
        await super.teardown();
      }
    }
  }

  classes.set(Base, PactwrightEnvironment);
  return PactwrightEnvironment;
}

/** Builds the Pactwright environment on the user's jest-environment-node or -jsdom and instantiates it. */
/** The environment package each flavour extends. */
const BASES = { node: 'jest-environment-node', jsdom: 'jest-environment-jsdom', 'happy-dom': '@happy-dom/jest-environment' } as const;

export function createEnvironment(flavour: Flavour, config: JestEnvironmentConfigLike, context: JestEnvironmentContextLike): JestEnvironmentLike {
  const Base = loadJestEnvironment(BASES[flavour], config.projectConfig);
  const Environment = pactwrightClass(Base, flavour);
  return new Environment(config, context);
}
