/**
 * `@pactwright/jest-env/jsdom`: the Pactwright environment built on `jest-environment-jsdom`, for
 * front-end code under test. Test code imports `pact` and the matchers from `@pactwright/jest-env`
 * as usual.
 */
import { lazyEnvironment } from './lazy-environment.cjs';

/** The Jest test environment (jsdom flavour). Jest instantiates it; tests never do. */
const PactwrightJsdomEnvironment = lazyEnvironment('jsdom');
export default PactwrightJsdomEnvironment;
