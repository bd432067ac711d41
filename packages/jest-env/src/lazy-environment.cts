import type {
  JestEnvironmentConfigLike,
  JestEnvironmentContextLike,
  JestEnvironmentLike,
} from './jest-types.cjs';
import type * as EnvironmentModule from './environment.cjs';

/** Which Jest environment the Pactwright environment is built on. */
export type Flavour = 'node' | 'jsdom' | 'happy-dom';

/**
 * The environment instance for the class Jest instantiates. That class cannot simply `extends` a
 * base at load time: the base must be the jest-environment-node (or -jsdom) of the user's Jest,
 * known only from the config Jest passes to the constructor, and the class's module is also loaded
 * by test code inside the vm, where pulling in the environment (and the engine) would cost every
 * test file. So the constructor calls this, which loads the real implementation on first use, and
 * returns its instance.
 */
export function lazyEnvironment(flavour: Flavour, config: JestEnvironmentConfigLike, context: JestEnvironmentContextLike): JestEnvironmentLike {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deferred on purpose, see above
  const implementation = require('./environment.cjs') as typeof EnvironmentModule;
  return implementation.createEnvironment(flavour, config, context);
}
