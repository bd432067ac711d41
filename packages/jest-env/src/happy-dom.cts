/**
 * `@pactwright/jest-env/happy-dom`: the Pactwright environment built on `@happy-dom/jest-environment`, for
 * front-end code under test. Test code imports `pact` and the matchers from `@pactwright/jest-env`
 * as usual.
 */
import type { JestEnvironmentConfigLike, JestEnvironmentContextLike } from './jest-types.cjs';
import { lazyEnvironment } from './lazy-environment.cjs';

/** The Jest test environment (happy-dom flavour). Jest instantiates it; tests never do. */
class PactwrightHappyDomEnvironment {
  constructor(config: JestEnvironmentConfigLike, context: JestEnvironmentContextLike) {
    return lazyEnvironment('happy-dom', config, context) as unknown as PactwrightHappyDomEnvironment;
  }
}

export = PactwrightHappyDomEnvironment;
