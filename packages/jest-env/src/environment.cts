import type * as Engine from '@pactwright/engine' with { 'resolution-mode': 'import' };
import type * as Runner from '@pactwright/engine/runner' with { 'resolution-mode': 'import' };
import type { FileRun } from '@pactwright/engine/runner' with { 'resolution-mode': 'import' };
import { bridgeKey } from './bridge.cjs';
import type { JestEnvBridge } from './bridge.cjs';
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
import { isOptionSet, jestOptionSource, readJestOptions } from './options.cjs';
import { acceptingTestRealm, functionsAcceptingTestRealm } from './realm.cjs';
import { loadJestEnvironment } from './resolve-jest-module.cjs';

/** jest-circus names its implicit outermost describe block this; it is not part of test names. */
const rootDescribeName = 'ROOT_DESCRIBE_BLOCK';

function fullTestName(test: CircusTestLike): string {
  const names = [test.name];
  for (let block = test.parent; block !== undefined && block.name !== rootDescribeName; block = block.parent) {
    names.unshift(block.name);
  }
  return names.join(' ');
}

function stackOf(value: unknown): string | undefined {
  return value instanceof Error || (typeof value === 'object' && value !== null && 'stack' in value)
    ? String((value as { stack?: unknown }).stack)
    : undefined;
}

/**
 * The engine is an ES module; the environment (CommonJS, loaded by Jest with require) imports it
 * when a file's environment is set up, once per worker process.
 */
async function loadEngine(): Promise<{ engine: typeof Engine; runner: typeof Runner }> {
  const [engine, runner] = await Promise.all([import('@pactwright/engine'), import('@pactwright/engine/runner')]);
  return { engine, runner };
}

/** One class per base (node or jsdom, per installed Jest), built on first use. */
const classes = new WeakMap<JestEnvironmentConstructor, JestEnvironmentConstructor>();

function pactwrightClass(Base: JestEnvironmentConstructor, flavour: Flavour): JestEnvironmentConstructor {
  const cached = classes.get(Base);
  if (cached !== undefined) return cached;

  class PactwrightEnvironment extends Base {
    readonly #config: JestEnvironmentConfigLike;
    readonly #context: JestEnvironmentContextLike;
    #run: FileRun | undefined;
    #withTestStack: typeof Engine.withTestStack | undefined;

    constructor(config: JestEnvironmentConfigLike, context: JestEnvironmentContextLike) {
      super(config, context);
      this.#config = config;
      this.#context = context;
    }

    override async setup(): Promise<void> {
      await super.setup();
      const { engine, runner } = await loadEngine();
      try {
        this.#run = this.#createRun(engine, runner);
        this.#withTestStack = engine.withTestStack;
      } catch (error) {
        // Configuration problems are the user's to fix: the message says it all, and a code frame
        // inside Pactwright would only distract.
        if (error instanceof engine.PactwrightError) error.stack = `${error.name}: ${error.message}`;
        throw error;
      }
      const pact = acceptingTestRealm(runner.createBoundPact());
      const bridge: JestEnvBridge = { pact, matchers: functionsAcceptingTestRealm(engine.MatchersV3) };
      this.global[bridgeKey] = bridge;
      this.global.pact = pact;
    }

    #createRun(engine: typeof Engine, runner: typeof Runner): FileRun {
      const { projectConfig } = this.#config;
      const options = readJestOptions(engine, projectConfig.testEnvironmentOptions, this.#context.docblockPragmas);
      // jsdom code runs on an origin (http://localhost) other than the mock server's, so the
      // browser-like XHR/fetch needs CORS answers unless the user decided otherwise.
      if (flavour === 'jsdom' && !isOptionSet(engine, options, 'cors', process.env)) options.cors = true;
      // Relative paths (pactDir) are relative to the project, wherever Jest was started from.
      return runner.createFileRun(options, { cwd: projectConfig.rootDir, source: jestOptionSource });
    }

    override async handleTestEvent(event: CircusEventLike, state: CircusStateLike): Promise<void> {
      await super.handleTestEvent?.(event, state);
      const run = this.#run;
      if (run === undefined) return;
      switch (event.name) {
        // After the test file was loaded, before its first hook: as on every runner, `pact` is
        // live in hooks and tests, not at the file's top level.
        case 'run_start':
          await run.start();
          break;
        case 'test_start':
          if (event.test !== undefined) run.beginTest(fullTestName(event.test));
          break;
        // A skipped test (`.skip`, `.only` elsewhere, `-t`) starts but never ends.
        case 'test_skip':
        case 'test_todo':
          run.endTest({ skipped: true });
          break;
        case 'test_done':
          if (event.test !== undefined) this.#endTest(run, event.test);
          break;
        case 'hook_failure':
          run.markFailed(`a ${event.hook?.type ?? ''} hook failed`);
          break;
        case 'error':
          run.markFailed('an uncaught error');
          break;
        case 'run_finish':
          if ((state.unhandledErrors?.length ?? 0) > 0) run.markFailed('unhandled errors');
          break;
        default:
          break;
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
      test.errors.push(this.#withTestStack?.(error, stackOf(test.asyncError)) ?? error);
    }

    override async teardown(): Promise<void> {
      try {
        await this.#run?.finish();
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

/** The count set by `jest.retryTimes(n)` in the test file (jest-circus keeps it on the test global). */
function retryTimes(global: object): number {
  const value: unknown = (global as Record<symbol, unknown>)[Symbol.for('RETRY_TIMES')];
  const times = typeof value === 'number' ? value : Number.parseInt(String(value ?? ''), 10);
  return Number.isFinite(times) && times > 0 ? times : 0;
}

/** Builds the Pactwright environment on the user's jest-environment-node or -jsdom and instantiates it. */
export function createEnvironment(flavour: Flavour, config: JestEnvironmentConfigLike, context: JestEnvironmentContextLike): JestEnvironmentLike {
  const Base = loadJestEnvironment(flavour === 'jsdom' ? 'jest-environment-jsdom' : 'jest-environment-node', config.projectConfig);
  const Environment = pactwrightClass(Base, flavour);
  return new Environment(config, context);
}
