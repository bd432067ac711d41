// `preset: '@pactwright/jest-env'` in the Jest config is the whole setup: the Pactwright environment,
// the run owner (global setup and teardown: the pacts are written once, from a green run), and the
// default pact directory out of watch mode's way (a pact written by a run must not start another
// run). With another pactDir, add it to watchPathIgnorePatterns yourself.
'use strict';
module.exports = {
  testEnvironment: '@pactwright/jest-env',
  globalSetup: require.resolve('./dist/global-setup.cjs'),
  globalTeardown: require.resolve('./dist/global-teardown.cjs'),
  watchPathIgnorePatterns: ['<rootDir>/pacts/'],
};
