import type * as Engine from '@pactwright/engine' with { 'resolution-mode': 'import' };
import type { PactSession, PactVerificationError } from '@pactwright/engine' with { 'resolution-mode': 'import' };
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
 * True when the report says a request reached the mock server and went wrong: that is likely why
 * a test that already failed on its own did (a 500 from the mock server), so the report is worth
 * adding. Interactions never called are not, when the test stopped before calling them.
 */
function reportsReceivedRequests(error: PactVerificationError): boolean {
  return error.mismatches.some((entry) => (entry as { type?: unknown }).type !== 'missing-request');
}

/**
 * The engine is an ES module; the environment (CommonJS, loaded by Jest with require) imports it
 * when a file's environment is set up, once per worker process.
 */
function loadEngine(): Promise<typeof Engine> {
  return import('@pactwright/engine');
}

/** One class per base (node or jsdom, per installed Jest), built on first use. */
const classes = new WeakMap<JestEnvironmentConstructor, JestEnvironmentConstructor>();

function pactwrightClass(Base: JestEnvironmentConstructor, flavour: Flavour): JestEnvironmentConstructor {
  const cached = classes.get(Base);
  if (cached !== undefined) return cached;

  class PactwrightEnvironment extends Base {
    readonly #config: JestEnvironmentConfigLike;
    readonly #context: JestEnvironmentContextLike;
    #engine: typeof Engine | undefined;
    #session: PactSession | undefined;

    constructor(config: JestEnvironmentConfigLike, context: JestEnvironmentContextLike) {
      super(config, context);
      this.#config = config;
      this.#context = context;
    }

    override async setup(): Promise<void> {
      await super.setup();
      const engine = await loadEngine();
      this.#engine = engine;
      let session: PactSession;
      try {
        session = this.#createSession(engine);
        this.#session = session;
        await session.start();
      } catch (error) {
        // Configuration and port problems are the user's to fix: the message says it all, and a
        // code frame inside Pactwright would only distract.
        if (error instanceof engine.PactwrightError) error.stack = `${error.name}: ${error.message}`;
        throw error;
      }
      const pact = acceptingTestRealm(session.pact);
      const bridge: JestEnvBridge = { pact, matchers: functionsAcceptingTestRealm(engine.MatchersV3) };
      this.global[bridgeKey] = bridge;
      this.global.pact = pact;
    }

    #createSession(engine: typeof Engine): PactSession {
      const { projectConfig } = this.#config;
      const options = readJestOptions(engine, projectConfig.testEnvironmentOptions, this.#context.docblockPragmas);
      // jsdom code runs on an origin (http://localhost) other than the mock server's, so the
      // browser-like XHR/fetch needs CORS answers unless the user decided otherwise.
      if (flavour === 'jsdom' && !isOptionSet(engine, options, 'cors', process.env)) options.cors = true;
      // Relative paths (pactDir) are relative to the project, wherever Jest was started from.
      return engine.createPactSession(options, { cwd: projectConfig.rootDir, source: jestOptionSource });
    }

    override async handleTestEvent(event: CircusEventLike, state: CircusStateLike): Promise<void> {
      await super.handleTestEvent?.(event, state);
      const session = this.#session;
      const engine = this.#engine;
      if (session === undefined || engine === undefined) return;
      switch (event.name) {
        case 'test_start':
          if (event.test !== undefined) session.beginTest(fullTestName(event.test));
          break;
        case 'test_done':
          if (event.test !== undefined) this.#endTest(engine, session, event.test);
          break;
        case 'hook_failure':
          session.markFailed(`a ${event.hook?.type ?? ''} hook failed`);
          break;
        case 'error':
          session.markFailed('an uncaught error');
          break;
        case 'run_finish':
          if ((state.unhandledErrors?.length ?? 0) > 0) session.markFailed('unhandled errors');
          break;
        default:
          break;
      }
    }

    #endTest(engine: typeof Engine, session: PactSession, test: CircusTestLike): void {
      // test_done comes after the test and its afterEach hooks; nothing changes the test after it,
      // so an error added here fails exactly this test.
      const failedOnItsOwn = test.errors.length > 0;
      // Under jest.retryTimes only the last attempt decides whether the file may write its pact.
      const willRetry = (test.invocations ?? 1) <= retryTimes(this.global);
      const error = session.endTest({ willRetry });
      if (failedOnItsOwn && !willRetry) session.markFailed(`test "${fullTestName(test)}" failed`);
      if (error === undefined || (failedOnItsOwn && !reportsReceivedRequests(error))) return;
      // The report's own stack is empty; Jest's code frame should point at the user's test.
      test.errors.push(engine.withTestStack(error, stackOf(test.asyncError)));
    }

    override async teardown(): Promise<void> {
      try {
        await this.#session?.finish();
      } finally {
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
