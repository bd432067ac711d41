/**
 * `@pactwright/jest-env/jsdom`: the Pactwright environment built on `jest-environment-jsdom`, for
 * front-end code under test. Test code imports `pact` and the matchers from `@pactwright/jest-env`
 * as usual.
 */
import type { JestEnvironmentConfigLike, JestEnvironmentContextLike } from './jest-types.cjs';
import { lazyEnvironment } from './lazy-environment.cjs';

/** The Jest test environment (jsdom flavour). Jest instantiates it; tests never do. */
class PactwrightJsdomEnvironment {
  constructor(config: JestEnvironmentConfigLike, context: JestEnvironmentContextLike) {
    return lazyEnvironment('jsdom', config, context) as unknown as PactwrightJsdomEnvironment;
  }
}

export = PactwrightJsdomEnvironment;
